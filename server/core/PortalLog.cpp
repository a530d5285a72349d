#include "core/PortalLog.h"

Q_LOGGING_CATEGORY(lcPortal, "kabinet.portal", QtInfoMsg)
