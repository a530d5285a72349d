#include "cache/CacheVault.h"

#include "cache/CacheLog.h"
#include "keys/KeyFile.h"
#include "keys/Keychain.h"

#include <QCoreApplication>

CacheVault::CacheVault(CacheLocation location, const Keychain* keychain)
    : m_location(std::move(location))
    , m_keychain(keychain)
{ }

bool CacheVault::exists() const
{
    return KeyFile(m_location.keyFilePath()).exists();
}

CacheVault::Result CacheVault::create(const QString& password, quint32 iterations) const
{
    if (exists())
        return {std::nullopt, Error::Io, QStringLiteral("a key file already exists")};
    if (!m_location.ensureDirectory())
        return {std::nullopt, Error::Io,
                QStringLiteral("cannot create the folder %1").arg(m_location.directory())};
    const DataKey key = DataKey::generate();
    Result result = writeWrapped(key, password, iterations);
    if (result.ok())
        remember(key);
    return result;
}

CacheVault::Result CacheVault::writeWrapped(const DataKey& key, const QString& password,
                                            quint32 iterations) const
{
    const QByteArray blob = PasswordKeyWrap::wrap(key, password, iterations);
    if (blob.isEmpty())
        return {std::nullopt, Error::Io, QStringLiteral("the key could not be wrapped")};
    const KeyFile::WriteResult written = KeyFile(m_location.keyFilePath()).write(blob);
    if (!written.ok())
        return {std::nullopt, Error::Io, written.detail};
    return {key, Error::None, {}};
}

void CacheVault::remember(const DataKey& key) const
{
    if (!m_keychain)
        return;
    const Keychain::Result stored =
        m_keychain->writeBlocking(m_location.keychainEntry(), key.bytes());
    if (!stored.ok())
        qCInfo(lcCache) << "the data key stays in the password-wrapped file only:"
                        << Keychain::statusText(stored.status) << stored.errorText;
}

CacheVault::Result CacheVault::unlockWithKeychain() const
{
    if (!exists())
        return {std::nullopt, Error::NoCache, {}};
    if (!m_keychain)
        return {std::nullopt, Error::KeychainUnavailable, {}};
    const Keychain::ReadResult read = m_keychain->readBlocking(m_location.keychainEntry());
    switch (read.status) {
    case Keychain::Status::Ok:
        break;
    case Keychain::Status::NotFound:
        return {std::nullopt, Error::NotRemembered, {}};
    case Keychain::Status::Unavailable:
    case Keychain::Status::Denied:
    case Keychain::Status::Failed:
        return {std::nullopt, Error::KeychainUnavailable, read.errorText};
    }
    std::optional<DataKey> key = DataKey::fromBytes(read.data);
    if (!key)
        return {std::nullopt, Error::NotRemembered,
                QStringLiteral("the keychain entry is not a data key")};
    return {std::move(key), Error::None, {}};
}

CacheVault::Result CacheVault::unlockWithPassword(const QString& password) const
{
    const KeyFile::ReadResult file = KeyFile(m_location.keyFilePath()).read();
    if (file.error == KeyFile::Error::NotFound)
        return {std::nullopt, Error::NoCache, {}};
    if (!file.ok())
        return {std::nullopt,
                file.error == KeyFile::Error::TooLarge ? Error::KeyFileDamaged : Error::Io,
                file.detail};

    PasswordKeyWrap::UnwrapResult unwrapped = PasswordKeyWrap::unwrap(file.blob, password);
    switch (unwrapped.error) {
    case PasswordKeyWrap::Error::None:
        break;
    case PasswordKeyWrap::Error::WrongPassword:
        return {std::nullopt, Error::WrongPassword, {}};
    case PasswordKeyWrap::Error::Corrupt:
    case PasswordKeyWrap::Error::UnsupportedVersion:
        return {std::nullopt, Error::KeyFileDamaged, PasswordKeyWrap::errorText(unwrapped.error)};
    case PasswordKeyWrap::Error::CryptoFailure:
        return {std::nullopt, Error::Io, PasswordKeyWrap::errorText(unwrapped.error)};
    }

    if (m_keychain) {
        const Keychain::ReadResult stored = m_keychain->readBlocking(m_location.keychainEntry());
        if (stored.status == Keychain::Status::NotFound
            || (stored.ok() && DataKey::fromBytes(stored.data) != unwrapped.key))
            remember(*unwrapped.key);
    }
    return {std::move(unwrapped.key), Error::None, {}};
}

CacheVault::Result CacheVault::changePassword(const QString& oldPassword,
                                              const QString& newPassword, quint32 iterations) const
{
    Result unlocked = unlockWithPassword(oldPassword);
    if (!unlocked.ok())
        return unlocked;
    return writeWrapped(*unlocked.key, newPassword, iterations);
}

bool CacheVault::forgetRememberedKey() const
{
    if (!m_keychain)
        return true;
    const Keychain::Result removed = m_keychain->removeBlocking(m_location.keychainEntry());
    return removed.ok() || removed.status == Keychain::Status::NotFound;
}

QString CacheVault::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NoCache:
        return QCoreApplication::translate(
            "CacheVault", "There is no saved data for this user on this computer.");
    case Error::NotRemembered:
        return QCoreApplication::translate("CacheVault",
                                           "The key of the saved data is not remembered.");
    case Error::KeychainUnavailable:
        return QCoreApplication::translate("CacheVault", "The system keychain is not available.");
    case Error::WrongPassword:
        return QCoreApplication::translate("CacheVault", "The password is wrong.");
    case Error::KeyFileDamaged:
        return QCoreApplication::translate(
            "CacheVault", "The key file of the saved data is damaged or from a newer Kabinet.");
    case Error::Io:
        return QCoreApplication::translate("CacheVault",
                                           "The saved data cannot be read or written.");
    }
    return {};
}
