#include "cache/CacheLog.h"

Q_LOGGING_CATEGORY(lcCache, "kabinet.cache", QtInfoMsg)
