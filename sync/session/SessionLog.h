#pragma once

#include <QLoggingCategory>

// "kabinet.session": sign-in, refreshes, the end of sessions, the remembered refresh token. Never
// a token, a password or a captcha answer.
Q_DECLARE_LOGGING_CATEGORY(lcSession)
