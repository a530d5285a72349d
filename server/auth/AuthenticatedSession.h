#pragma once

#include <QtGlobal>

// Whose live access token a request carries, and of which session (for "this session" and
// "every other session").
struct AuthenticatedSession
{
    qint64 userId = 0;
    qint64 sessionId = 0;
};
