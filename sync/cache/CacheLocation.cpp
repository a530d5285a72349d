#include "cache/CacheLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {

// The same server written differently ("HTTPS://Host:443/", "https://host") is one server.
QString normalizedServer(const QUrl& server)
{
    QUrl url = server.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash
                               | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if (url.port() == 443 && url.scheme() == u"https")
        url.setPort(-1);
    if (url.path() == u"/")
        url.setPath(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QString CacheLocation::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/caches");
}

CacheLocation CacheLocation::forUser(const QUrl& server, const QString& login, const QString& root)
{
    // Kabinet logins are unique regardless of case (the server refuses «ivanov» when «Ivanov»
    // exists), so both spellings reach the same cache.
    const QByteArray identity =
        normalizedServer(server).toUtf8() + '\n' + login.trimmed().toCaseFolded().toUtf8();
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));
    return CacheLocation(id, QDir(root).filePath(id));
}

CacheLocation::CacheLocation(QString id, QString directory)
    : m_id(std::move(id))
    , m_directory(std::move(directory))
{ }

QString CacheLocation::databasePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("cache.db"));
}

QString CacheLocation::keyFilePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("cache.key"));
}

QString CacheLocation::keychainEntry() const
{
    return QStringLiteral("cache-key:") + m_id;
}

bool CacheLocation::ensureDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return false;
    return QFile::setPermissions(
        m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}
