#include "cache/SqlCipherDriver.h"

#include "cache/CacheLog.h"
#include "cache/SqlCipherResult.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace {

constexpr int busyTimeoutMs = 5000;
constexpr int rawKeyHexLength = 64;

QByteArray plaintextHeader()
{
    return QByteArrayLiteral("SQLite format 3\0");
}

bool startsWithPlaintextHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == plaintextHeader();
}

bool isHexKey(const QString& key)
{
    if (key.size() != rawKeyHexLength)
        return false;
    for (const QChar c : key) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool lower = c >= u'a' && c <= u'f';
        const bool upper = c >= u'A' && c <= u'F';
        if (!digit && !lower && !upper)
            return false;
    }
    return true;
}

QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

QMetaType metaTypeForDeclaredType(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(u"INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains(u"REAL") || type.contains(u"FLOA") || type.contains(u"DOUB"))
        return QMetaType::fromType<double>();
    if (type.contains(u"BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

} // namespace

QString SqlCipherDriver::driverName()
{
    return QStringLiteral("KABINET_SQLCIPHER");
}

void SqlCipherDriver::registerDriver()
{
    static QMutex mutex;
    static bool registered = false;
    const QMutexLocker locker(&mutex);
    if (!registered) {
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>);
        registered = true;
    }
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{ }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case Unicode:
    case BLOB:
    case SimpleLocking:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case FinishQuery:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& path, const QString& /*user*/, const QString& hexKey,
                           const QString& /*host*/, int /*port*/, const QString& /*options*/)
{
    if (isOpen())
        close();
    m_path = path;
    m_openError = CacheOpenError::None;

    if (!isHexKey(hexKey))
        return fail(CacheOpenError::InvalidKey, QStringLiteral("the key is not 64 hex digits"));

    // A plaintext database would merely look like a wrong key under SQLCipher; saying what it
    // really is spares the user a useless password prompt.
    if (startsWithPlaintextHeader(path))
        return fail(CacheOpenError::NotEncrypted, QStringLiteral("plaintext SQLite header"));

    m_createdFile = !QFileInfo::exists(path);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = sqliteMessage(m_db);
        closeConnection();
        discardCreatedFile();
        return fail(CacheOpenError::Io, detail);
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);

    // The order matters: nothing may write to the file before both checks have passed, or a plain
    // SQLite underneath would already have written a plaintext header.
    if (!applyKey(hexKey) || !isSqlCipher() || !verifyKey() || !configureConnection()) {
        closeConnection();
        if (m_openError == CacheOpenError::NotSqlCipher || m_createdFile)
            discardCreatedFile();
        return false;
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::fail(CacheOpenError error, const QString& detail)
{
    m_openError = error;
    qCWarning(lcCache) << "cannot open the cache:" << cacheOpenErrorText(error) << detail;
    setLastError(QSqlError(cacheOpenErrorText(error), detail, QSqlError::ConnectionError,
                           QString::number(static_cast<int>(error))));
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::execute(const char* sql, QSqlError::ErrorType type)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    setLastError(QSqlError(QStringLiteral("SQLite statement failed"), QString::fromUtf8(message),
                           type, QString::number(rc)));
    sqlite3_free(message);
    return false;
}

bool SqlCipherDriver::applyKey(const QString& hexKey)
{
    // PRAGMA key rather than sqlite3_key(): if a plain libsqlite3 has won symbol resolution, a
    // direct sqlite3_key() call would land in SQLCipher with a handle of the other library. Through
    // SQL every call reaches the same library, and plain SQLite simply ignores the pragma.
    QByteArray statement = "PRAGMA key = \"x'" + hexKey.toLatin1() + "'\";";
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, statement.constData(), nullptr, nullptr, &message);
    statement.fill('\0');
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return fail(CacheOpenError::Io, sqliteMessage(m_db));
    return true;
}

bool SqlCipherDriver::isSqlCipher()
{
    sqlite3_stmt* stmt = nullptr;
    QByteArray version;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        version = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    if (version.isEmpty())
        return fail(CacheOpenError::NotSqlCipher,
                    QStringLiteral("PRAGMA cipher_version gave no answer; SQLite %1 is in use")
                        .arg(QString::fromLatin1(sqlite3_libversion())));
    qCDebug(lcCache) << "SQLCipher" << version;
    return true;
}

bool SqlCipherDriver::verifyKey()
{
    // The first read decrypts page 1: a wrong key shows here as "not a database".
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_master;", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_NOTADB)
        return fail(CacheOpenError::WrongKey, sqliteMessage(m_db));
    return fail(CacheOpenError::Io, sqliteMessage(m_db));
}

bool SqlCipherDriver::configureConnection()
{
    // WAL with synchronous=FULL: what a commit acknowledged survives a crash or power loss.
    sqlite3_stmt* stmt = nullptr;
    QByteArray mode;
    if (sqlite3_prepare_v2(m_db, "PRAGMA journal_mode = WAL;", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        mode = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    if (mode.toLower() != "wal")
        return fail(
            CacheOpenError::Io,
            QStringLiteral("cannot switch the journal to WAL: %1").arg(sqliteMessage(m_db)));
    if (!execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
                 QSqlError::ConnectionError))
        return fail(CacheOpenError::Io, lastError().databaseText());
    return true;
}

void SqlCipherDriver::discardCreatedFile()
{
    if (!m_createdFile)
        return;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
    m_createdFile = false;
}

void SqlCipherDriver::closeConnection()
{
    for (SqlCipherResult* result : std::as_const(m_results))
        result->finalize();
    m_results.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqlCipherDriver::close()
{
    closeConnection();
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    auto* result = new SqlCipherResult(this);
    m_results.append(result);
    return result;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock at once, so two writers wait for each other at BEGIN instead
    // of failing later with SQLITE_BUSY halfway through their work.
    return isOpen() && execute("BEGIN IMMEDIATE;", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execute("COMMIT;", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execute("ROLLBACK;", QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString sql;
    if (type == QSql::Tables)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%' ORDER BY name");
    else if (type == QSql::Views)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name");
    else if (type == QSql::SystemTables)
        sql = QStringLiteral("SELECT 'sqlite_master'");
    else
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                             "ORDER BY name");
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(sql)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    if (!isOpen())
        return result;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName));
    if (!query.exec(sql))
        return result;
    while (query.next()) {
        QSqlField field(query.value(1).toString(),
                        metaTypeForDeclaredType(query.value(2).toString()), tableName);
        field.setRequiredStatus(query.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        result.append(field);
    }
    return result;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (isIdentifierEscaped(identifier, TableName))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}
