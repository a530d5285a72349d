#pragma once

#include "auth/AuthenticatedSession.h"
#include "protocol/json/SessionTokens.h"

#include <QString>

#include <optional>

class PortalContext;
class PortalDatabase;
class SecretToken;

// Sessions and their tokens. A login opens a session (a "family" of tokens) with an access token
// (15 minutes) and a refresh token (30 days); each refresh uses its refresh token up and adds a
// new pair to the same session. A used refresh token presented again means someone kept a copy:
// the whole session is revoked. Revoking a session deletes it with all its tokens, so its tokens
// are unknown from then on. Earlier access tokens of a session stay good until they expire.
//
// Tokens are SecretTokens: only selectors and verifier hashes are stored.
class SessionRepository
{
public:
    static constexpr qint64 accessLifetimeSeconds = 15 * 60;
    static constexpr qint64 refreshLifetimeSeconds = 30 * 24 * 60 * 60;

    enum class RefreshResult
    {
        Refreshed,
        InvalidToken, // unknown, malformed, expired or of a revoked session
        Reused, // a used token again: the session is revoked now
        Failed, // a database error
    };

    explicit SessionRepository(PortalContext& context);

    // Creates the session tables (and users before them).
    static bool ensureSchema(PortalDatabase& database);

    // A new session of userId with its first token pair; nullopt on a database error. Call inside
    // a SqlTransaction.
    std::optional<SessionTokens> open(qint64 userId);
    // Rotates: uses refreshToken up and answers a new pair in *tokens. Makes its own transaction,
    // because a detected reuse must be committed although the refresh fails.
    RefreshResult refresh(const QString& refreshToken, SessionTokens* tokens);
    // The user and session of a live access token.
    std::optional<AuthenticatedSession> authenticate(const QString& accessToken) const;

    bool revoke(qint64 sessionId);
    // Every session of userId but exceptSessionId (0: all of them).
    bool revokeAllOf(qint64 userId, qint64 exceptSessionId = 0);
    // Forgets tokens that expired and sessions with no refresh token left.
    bool removeExpired();

private:
    std::optional<SessionTokens> issuePair(qint64 sessionId, qint64 now);
    bool insertToken(const QString& table, qint64 sessionId, const SecretToken& token,
                     qint64 expiresAt);

    PortalContext& m_context;
};
