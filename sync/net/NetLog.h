#pragma once

#include <QLoggingCategory>

// "kabinet.net": one line per request (method, path, query keys, status or error kind, time).
// Never bodies, tokens, passwords or query values.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
