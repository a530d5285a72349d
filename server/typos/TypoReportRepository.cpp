#include "typos/TypoReportRepository.h"

#include "auth/UserRepository.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

TypoReportRepository::TypoReportRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool TypoReportRepository::ensureSchema(PortalDatabase& database)
{
    return UserRepository::ensureSchema(database)
        && database.ensureSchema(
            u"typo_reports"_s,
            {
                // created_at: milliseconds since the epoch (UTC).
                {u"CREATE TABLE typo_reports ("
                 "id INTEGER PRIMARY KEY, "
                 "user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                 "selection TEXT NOT NULL, "
                 "context TEXT NOT NULL, "
                 "screen TEXT NOT NULL, "
                 "comment TEXT NOT NULL, "
                 "created_at INTEGER NOT NULL)"_s,
                 u"CREATE INDEX typo_reports_user ON typo_reports (user_id)"_s},
            });
}

std::optional<qint64> TypoReportRepository::create(qint64 userId, const TypoReport& report)
{
    QSqlQuery insert(m_database.database());
    insert.prepare(u"INSERT INTO typo_reports "
                   "(user_id, selection, context, screen, comment, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(userId);
    // Empty optional parts are stored as '' (never NULL: the columns are NOT NULL).
    insert.addBindValue(report.selection);
    insert.addBindValue(report.context.isNull() ? u""_s : report.context);
    insert.addBindValue(report.screen.isNull() ? u""_s : report.screen);
    insert.addBindValue(report.comment.isNull() ? u""_s : report.comment);
    insert.addBindValue(report.createdAt.toMSecsSinceEpoch());
    if (!insert.exec())
        return std::nullopt;
    return insert.lastInsertId().toLongLong();
}

std::optional<QList<TypoReport>> TypoReportRepository::forUser(qint64 userId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, selection, context, screen, comment, created_at "
                  "FROM typo_reports WHERE user_id = ? ORDER BY id"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return std::nullopt;
    QList<TypoReport> reports;
    while (query.next()) {
        TypoReport report;
        report.id = query.value(0).toLongLong();
        report.selection = query.value(1).toString();
        report.context = query.value(2).toString();
        report.screen = query.value(3).toString();
        report.comment = query.value(4).toString();
        report.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        reports.append(report);
    }
    return reports;
}
