#pragma once

#include <QLoggingCategory>

// The server's log category, "kabinet.portal", enabled from info up. It goes to stderr; stdout
// carries only the start-up lines that tests and scripts read. Never log bodies, passwords,
// tokens, codes or query strings.
Q_DECLARE_LOGGING_CATEGORY(lcPortal)
