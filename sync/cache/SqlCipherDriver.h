#pragma once

#include "cache/CacheOpenError.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;
class SqlCipherResult;

// A Qt SQL driver over Debian's libsqlcipher, compiled into Kabinet. Qt's own QSQLITE plugin links
// the system libsqlite3, whose symbols have the same names as SQLCipher's: the two must never share
// a process, so the client reaches its cache only through this driver.
//
// open() takes the 32-byte data key as 64 hex digits in place of the password and applies it as a
// raw key. Before anything can be written it proves that SQLCipher is really underneath and that
// the key opens the file; otherwise it refuses with openError() telling why.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    // The name the driver is registered under with QSqlDatabase.
    static QString driverName();
    // Registers the driver with QSqlDatabase; safe to call more than once.
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& path, const QString& user, const QString& hexKey, const QString& host,
              int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    CacheOpenError openError() const { return m_openError; }
    sqlite3* connection() const { return m_db; }

private:
    friend class SqlCipherResult;

    bool fail(CacheOpenError error, const QString& detail);
    bool execute(const char* sql, QSqlError::ErrorType type);
    bool applyKey(const QString& hexKey);
    bool isSqlCipher();
    bool verifyKey();
    bool configureConnection();
    void discardCreatedFile();
    void closeConnection();

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_createdFile = false;
    CacheOpenError m_openError = CacheOpenError::None;
    mutable QList<SqlCipherResult*> m_results;
};
