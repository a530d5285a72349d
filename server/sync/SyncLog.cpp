#include "sync/SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "kabinet.portal.sync", QtInfoMsg)
