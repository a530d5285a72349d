#include "net/NetLog.h"

Q_LOGGING_CATEGORY(lcNet, "kabinet.net", QtInfoMsg)
