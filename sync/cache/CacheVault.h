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
    // Re-wraps the key when the user's password changed. WrongPassword (and nothing written) when
    // oldPassword does not unwrap it.
    Result changePassword(const QString& oldPassword, const QString& newPassword,
                          quint32 iterations = PasswordKeyWrap::defaultIterations) const;
    // The password was changed elsewhere (on the portal, by a reset) and the key file still wants
    // the old one: the keychain's key, once it has proved to open the database, wrapped with
    // password. NotRemembered also when the keychain's key does not open the database.
    Result rewrapRememberedKey(const QString& password,
                               quint32 iterations = PasswordKeyWrap::defaultIterations) const;
    // Removes the key from the keychain; the password still unlocks the cache.
    bool forgetRememberedKey() const;
    // Removes this cache from this computer: the folder (database, key file) and the keychain's
    // key (when the keychain answers). Whatever it held and the server does not is lost. The
    // folder is first moved aside in one rename, so that an interrupted removal never leaves a
    // database without its key file where the next cache goes. False with detail when some of the
    // folder could not be removed; the cache is then still gone from its place unless exists()
    // says otherwise.
    bool erase(QString* detail = nullptr) const;

    static QString errorText(Error error);

private:
    Result writeWrapped(const DataKey& key, const QString& password, quint32 iterations) const;
    void remember(const DataKey& key) const;

    CacheLocation m_location;
    const Keychain* m_keychain;
};
