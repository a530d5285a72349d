#pragma once

#include <QLoggingCategory>

// "kabinet.portal.sync", from info up. Database errors only: never a body, a token or a cursor
// (a cursor tells what a user holds).
Q_DECLARE_LOGGING_CATEGORY(lcSync)
