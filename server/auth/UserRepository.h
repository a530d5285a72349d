#pragma once

#include "auth/UserRecord.h"

#include <QString>
#include <QVariant>

#include <optional>

class PortalContext;
class PortalDatabase;

// The table users: portal accounts with their login, e-mail, password hash, activation state and
// receipt subscription, each row stamped with changed_seq (ChangeSequence) for sync.
//
// Logins and e-mails are unique regardless of case, Cyrillic included: each has a key column
// (foldedKey(): NFC, then Unicode case folding) under a UNIQUE index, so "Иванов" and "иВАНОВ"
// are the same login. Other areas reference users with
// `user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE`, after calling ensureSchema().
//
// The writing methods stamp changed_seq and are to be called inside a SqlTransaction (so that the
// stamp and the change commit together); createActiveUser() makes its own.
class UserRepository
{
public:
    enum class WriteResult
    {
        Done,
        LoginTaken,
        EmailTaken,
        Failed, // a database error
    };

    explicit UserRepository(PortalContext& context);

    // Creates the table users (and the change sequence it stamps with). Idempotent and cheap: any
    // area whose tables reference users calls it first in its prepare().
    static bool ensureSchema(PortalDatabase& database);

    // An activated user whose password is hashed as at registration, for the demo data and
    // tests. nullopt when the login, e-mail or password breaks ValidationRules, the login or
    // e-mail is taken, or on a database error.
    static std::optional<qint64> createActiveUser(PortalContext& context, const QString& login,
                                                  const QString& email, const QString& password);

    // The form logins and e-mails are compared in.
    static QString foldedKey(const QString& text);

    // A new user; *id gets its id when Done.
    WriteResult create(const QString& login, const QString& email, const QString& passwordHash,
                       bool active, qint64* id = nullptr);

    std::optional<UserRecord> findById(qint64 id) const;
    // Case-insensitive.
    std::optional<UserRecord> findByLogin(const QString& login) const;
    std::optional<UserRecord> findByEmail(const QString& email) const;

    bool activate(qint64 id);
    bool setPasswordHash(qint64 id, const QString& passwordHash);
    // Changes what is given; EmailTaken when another user has that e-mail.
    WriteResult updateProfile(qint64 id, const std::optional<QString>& email,
                              const std::optional<bool>& receiptSubscription);
    // Deletes the user; the rows of every area that reference it go by ON DELETE CASCADE.
    bool remove(qint64 id);

private:
    std::optional<UserRecord> findOne(const QString& condition, const QVariant& value) const;
    // Whether another user than exceptId has key in column; nullopt on a database error.
    std::optional<bool> keyTaken(const QString& column, const QString& key, qint64 exceptId) const;

    PortalContext& m_context;
};
