#pragma once

#include <QString>

#include <optional>

class PortalContext;
class PortalDatabase;

// The tokens of the links the server mails: activation (48 hours) and password reset (1 hour).
// SecretTokens again: the table auth_link_tokens keeps selectors and verifier hashes only.
class LinkTokenRepository
{
public:
    enum class Purpose
    {
        Activation,
        PasswordReset,
    };

    enum class Status
    {
        Live,
        Used, // right token, already used (and not expired)
        Invalid, // malformed, unknown, wrong or expired
    };

    struct Lookup
    {
        Status status = Status::Invalid;
        qint64 tokenId = 0;
        qint64 userId = 0;
    };

    static qint64 lifetimeSeconds(Purpose purpose);

    explicit LinkTokenRepository(PortalContext& context);

    // Creates the table (and users before it).
    static bool ensureSchema(PortalDatabase& database);

    // A new token of userId; its text (for the link) or nullopt on a database error.
    std::optional<QString> issue(qint64 userId, Purpose purpose);
    // When the last token of userId for purpose was issued (seconds since the epoch), if any.
    std::optional<qint64> lastIssuedAt(qint64 userId, Purpose purpose) const;
    Lookup find(const QString& token, Purpose purpose) const;
    bool markUsed(qint64 tokenId);
    // Every token of userId for purpose, e.g. all reset links once one of them worked.
    bool removeAll(qint64 userId, Purpose purpose);
    // Deletes the users registered at least an activation link's lifetime ago, never activated,
    // with no activation link live any more: their login and e-mail may be registered again,
    // and nothing personal is kept of an account nobody can use. False on a database error.
    bool removeAbandonedRegistrations();

private:
    static QString purposeKey(Purpose purpose);
    bool removeExpired(qint64 now);

    PortalContext& m_context;
};
