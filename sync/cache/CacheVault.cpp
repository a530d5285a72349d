#include "cache/CacheVault.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheLog.h"
#include "keys/KeyFile.h"
#include "keys/Keychain.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"kabinet-cache-vault-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

// Where erase() moves a cache folder before removing it: beside it, so that the rename stays on
// one file system and is atomic.
QString asideSuffix()
{
    return u".discarded-"_s;
}

bool removeTree(const QString& path, QString* failed)
{
    if (QDir(path).removeRecursively())
        return true;
    if (failed)
        *failed = u"cannot remove everything in %1"_s.arg(path);
    return false;
}

} // namespace

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

CacheVault::Result CacheVault::rewrapRememberedKey(const QString& password,
                                                   quint32 iterations) const
{
    Result remembered = unlockWithKeychain();
    if (!remembered.ok())
        return remembered;
    // A key that does not open the database (left by an earlier cache of this user) would
    // orphan the data once the key file holds it instead of the real one.
    const QString databasePath = m_location.databasePath();
    if (QFileInfo::exists(databasePath)) {
        CacheOpenError reason = CacheOpenError::None;
        QString message;
        const std::optional<CacheDatabase> opened = CacheDatabase::open(
            databasePath, remembered.key->bytes(), nextConnectionName(), &reason, &message);
        if (!opened) {
            if (reason == CacheOpenError::WrongKey)
                return {std::nullopt, Error::NotRemembered,
                        QStringLiteral("the keychain's key does not open the cache")};
            return {std::nullopt, Error::Io, message};
        }
    }
    return writeWrapped(*remembered.key, password, iterations);
}

bool CacheVault::forgetRememberedKey() const
{
    if (!m_keychain)
        return true;
    const Keychain::Result removed = m_keychain->removeBlocking(m_location.keychainEntry());
    return removed.ok() || removed.status == Keychain::Status::NotFound;
}

bool CacheVault::erase(QString* detail) const
{
    const QString directory = m_location.directory();
    const QString parent = QFileInfo(directory).absolutePath();
    bool ok = true;
    QString failed;
    // Left by an earlier erase() that could not finish.
    const QStringList stale = QDir(parent).entryList(
        {m_location.id() + asideSuffix() + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : stale)
        ok = removeTree(QDir(parent).filePath(name), &failed) && ok;

    if (QFileInfo(directory).exists() || QFileInfo(directory).isSymLink()) {
        const QString aside = directory + asideSuffix()
            + QString::number(QRandomGenerator::global()->generate64(), 36);
        if (!QDir().rename(directory, aside)) {
            if (detail)
                *detail = u"cannot move the cache folder %1 aside"_s.arg(directory);
            return false;
        }
        ok = removeTree(aside, &failed) && ok;
    }
    // A key left in the keychain opens nothing any more, and a new cache's key replaces it.
    if (!forgetRememberedKey())
        qCInfo(lcCache) << "the keychain keeps the key of the erased cache";
    if (!ok) {
        qCWarning(lcCache).noquote() << "the cache is not erased completely:" << failed;
        if (detail)
            *detail = failed;
    }
    return ok;
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
