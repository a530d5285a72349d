#include "cache/CacheDatabase.h"

#include "cache/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

std::optional<CacheDatabase> CacheDatabase::open(const QString& path, QByteArrayView rawKey,
                                                 const QString& connectionName,
                                                 CacheOpenError* error, QString* message)
{
    const auto report = [&](CacheOpenError reason, const QString& text) {
        if (error)
            *error = reason;
        if (message)
            *message = text;
    };

    constexpr qsizetype rawKeySize = 32;
    if (rawKey.size() != rawKeySize) {
        report(CacheOpenError::InvalidKey, cacheOpenErrorText(CacheOpenError::InvalidKey));
        return std::nullopt;
    }

    SqlCipherDriver::registerDriver();
    CacheOpenError reason = CacheOpenError::None;
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), connectionName);
        db.setDatabaseName(path);
        QByteArray hexKey = rawKey.toByteArray().toHex();
        // The key goes straight to the driver: QSqlDatabase::open(user, password) does not keep it.
        QString keyText = QString::fromLatin1(hexKey);
        const bool opened = db.open(QString(), keyText);
        keyText.fill(u'0');
        hexKey.fill('\0');
        if (!opened) {
            const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
            reason = driver ? driver->openError() : CacheOpenError::Io;
            if (reason == CacheOpenError::None)
                reason = CacheOpenError::Io;
            text = db.lastError().text();
        }
    }
    if (reason != CacheOpenError::None) {
        QSqlDatabase::removeDatabase(connectionName);
        report(reason, text);
        return std::nullopt;
    }
    report(CacheOpenError::None, {});
    return CacheDatabase(connectionName, path);
}

CacheDatabase::CacheDatabase(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{ }

CacheDatabase::CacheDatabase(CacheDatabase&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_path(std::exchange(other.m_path, QString()))
{ }

CacheDatabase& CacheDatabase::operator=(CacheDatabase&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

CacheDatabase::~CacheDatabase()
{
    close();
}

void CacheDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase CacheDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString CacheDatabase::cipherVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next())
        return query.value(0).toString();
    return {};
}
