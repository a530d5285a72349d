#pragma once

#include <QLoggingCategory>

// The sync engine's log: runs, pages, retries and failures; never a body, token or key.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
