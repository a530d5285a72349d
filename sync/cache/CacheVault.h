#pragma once

#include "cache/CacheLocation.h"
#include "keys/DataKey.h"
#include "keys/PasswordKeyWrap.h"

#include <QString>

#include <optional>

class Keychain;

// Keeps the data key of one user's cache: creates it, stores it in the OS keychain when there is
// one and always wrapped with the user's password beside the cache, and gives it back from either.
//
// Every call blocks (the keychain for up to its timeout, the password derivation for a fraction of
// a second): call them off the GUI thread.
class CacheVault
{
public:
    enum class Error
    {
        None,
        // No key file: this user has no cache on this machine yet.
        NoCache,
        // The keychain is there but holds no key for this cache.
        NotRemembered,
        // There is no keychain, or it did not answer in time.
        KeychainUnavailable,
        WrongPassword,
        // The key file is not a key file, or a newer Kabinet wrote it.
        KeyFileDamaged,
        // The folder or the key file cannot be read or written.
        Io,
    };

    struct Result
    {
        std::optional<DataKey> key;
        Error error = Error::None;
        // For logs: what the system or a library said. Never a secret.
        QString detail;
        bool ok() const { return key.has_value(); }
    };

    // keychain may be null: then the password is the only way in.
    CacheVault(CacheLocation location, const Keychain* keychain);

    const CacheLocation& location() const { return m_location; }
    bool exists() const;

    // A new data key for a new cache: written wrapped with the password, and kept in the keychain
    // when there is one. Refuses to replace an existing key file, which would orphan the cache.
    Result create(const QString& password,
                  quint32 iterations = PasswordKeyWrap::defaultIterations) const;
    Result unlockWithKeychain() const;
    // Also puts the key back into the keychain when it is available and lacks it.
    Result unlockWithPassword(const QString& password) const;
    // Re-wraps the key when the user's password changed.
    Result changePassword(const QString& oldPassword, const QString& newPassword,
                          quint32 iterations = PasswordKeyWrap::defaultIterations) const;
    // Removes the key from the keychain; the password still unlocks the cache.
    bool forgetRememberedKey() const;

    static QString errorText(Error error);

private:
    Result writeWrapped(const DataKey& key, const QString& password, quint32 iterations) const;
    void remember(const DataKey& key) const;

    CacheLocation m_location;
    const Keychain* m_keychain;
};
