#include "storage/PortalDatabase.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"kabinet-portal-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}
} // namespace

PortalDatabase::PortalDatabase()
    : m_connectionName(nextConnectionName())
{ }

PortalDatabase::~PortalDatabase()
{
    close();
}

bool PortalDatabase::open(const QString& path)
{
    close();
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_lastError = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }

    QSqlQuery wal(database());
    if (!wal.exec(u"PRAGMA journal_mode=WAL"_s) || !wal.next()
        || wal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        m_lastError = tr("Cannot switch the database %1 to WAL mode.").arg(path);
        close();
        return false;
    }
    const bool ready = exec(u"PRAGMA foreign_keys=ON"_s) && exec(u"PRAGMA busy_timeout=5000"_s)
        && exec(u"PRAGMA synchronous=NORMAL"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS schema_versions ("
                "area TEXT PRIMARY KEY NOT NULL, "
                "version INTEGER NOT NULL)"_s);
    if (!ready) {
        close();
        return false;
    }
    return true;
}

bool PortalDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void PortalDatabase::close()
{
    m_transactionDepth = 0;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PortalDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PortalDatabase::ensureSchema(const QString& area, const QList<QStringList>& steps)
{
    const int applied = schemaVersion(area);
    if (applied < 0)
        return false;
    if (applied > steps.size()) {
        m_lastError = tr("The database has %1 schema steps of \"%2\" but this server knows only "
                         "%3: it was written by a newer server.")
                          .arg(applied)
                          .arg(area)
                          .arg(steps.size());
        return false;
    }
    for (int version = applied + 1; version <= steps.size(); ++version) {
        if (!applyStep(area, version, steps.at(version - 1)))
            return false;
    }
    return true;
}

int PortalDatabase::schemaVersion(const QString& area) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT version FROM schema_versions WHERE area = ?"_s);
    query.addBindValue(area);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

bool PortalDatabase::applyStep(const QString& area, int version, const QStringList& statements)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            m_lastError = tr("Schema step %1 of \"%2\" failed: %3")
                              .arg(version)
                              .arg(area, query.lastError().text());
            db.rollback();
            return false;
        }
    }
    QSqlQuery record(db);
    record.prepare(u"INSERT INTO schema_versions (area, version) VALUES (?, ?) "
                   "ON CONFLICT(area) DO UPDATE SET version = excluded.version"_s);
    record.addBindValue(area);
    record.addBindValue(version);
    if (!record.exec() || !db.commit()) {
        m_lastError =
            record.lastError().isValid() ? record.lastError().text() : db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool PortalDatabase::exec(const QString& statement)
{
    QSqlQuery query(database());
    if (!query.exec(statement)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}
