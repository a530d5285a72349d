#include "outbox/OutboxLog.h"

Q_LOGGING_CATEGORY(lcOutbox, "kabinet.outbox")
