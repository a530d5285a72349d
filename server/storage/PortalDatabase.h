#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The server's SQLite file (DATA/portal.db) through Qt's QSQLITE driver, in WAL mode with
// foreign keys on. It is used from the server's one thread only.
//
// Schema: there is no central schema file. Each feature area owns its tables and declares them
// where its repository lives, as a list of steps:
//
//     bool UserRepository::ensureSchema(PortalDatabase& db)
//     {
//         return db.ensureSchema(u"users"_s, {
//             // step 1: never edit a step once released; append a new one instead
//             {u"CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE)"_s},
//             // step 2
//             {u"ALTER TABLE users ADD COLUMN email TEXT"_s},
//         });
//     }
//
// The table schema_versions remembers how many steps of each area are applied; ensureSchema()
// runs the missing ones, each step in its own transaction, and is cheap when nothing is missing.
// Areas that reference another area's tables call that area's ensureSchema() first. Call it from
// RouteModule::prepare(), before the server listens.
class PortalDatabase
{
    Q_DECLARE_TR_FUNCTIONS(PortalDatabase)

public:
    PortalDatabase();
    ~PortalDatabase();
    PortalDatabase(const PortalDatabase&) = delete;
    PortalDatabase& operator=(const PortalDatabase&) = delete;

    // Opens (creating if needed) the file; false with lastError() on failure.
    bool open(const QString& path);
    bool isOpen() const;
    void close();

    QString path() const { return m_path; }
    // The connection for QSqlQuery(database()). Valid while this object is open.
    QSqlDatabase database() const;

    // Applies the steps of area that are not applied yet; see above.
    bool ensureSchema(const QString& area, const QList<QStringList>& steps);
    // How many steps of area are applied (0 for an unknown area, -1 on error).
    int schemaVersion(const QString& area) const;

    QString lastError() const { return m_lastError; }

private:
    bool exec(const QString& statement);
    bool applyStep(const QString& area, int version, const QStringList& statements);

    // SqlTransaction nests by counting the transactions open on this connection.
    friend class SqlTransaction;

    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
    int m_transactionDepth = 0;
};
