#include "auth/AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "kabinet.portal.auth", QtInfoMsg)
