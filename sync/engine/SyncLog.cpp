#include "engine/SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "kabinet.sync")
