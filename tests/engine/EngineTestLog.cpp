#include "EngineTestLog.h"

Q_LOGGING_CATEGORY(lcEngineTest, "kabinet.test.engine")
