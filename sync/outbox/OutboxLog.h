#pragma once

#include <QLoggingCategory>

// The outbox's log: items queued, sent, put back and refused, by local id and kind; never a
// payload, a key or a server message (they may repeat what the user typed).
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
