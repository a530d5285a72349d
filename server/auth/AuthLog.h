#pragma once

#include <QLoggingCategory>

// "kabinet.portal.auth", from info up, on stderr like the rest of the server's log. Never log
// passwords, tokens, captcha answers, e-mail bodies or links: they are secrets.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
