#include "sync/SyncHistoryReader.h"

#include "storage/PortalDatabase.h"
#include "sync/SyncLog.h"
#include "sync/SyncWindow.h"

#include <QSqlError>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

// The account's rows come through its (account_id, …) index; "+id" keeps SQLite from walking
// the whole table in id order instead, which would be slow for accounts with high ids.

SyncHistoryReader::SyncHistoryReader(PortalDatabase& database, const SyncWindow& window)
    : m_database(database)
    , m_window(window)
{ }

bool SyncHistoryReader::run(QSqlQuery& query, const QString& sql, const QVariantList& values) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcSync).noquote() << "prepare:" << query.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSync).noquote() << "history:" << query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QList<SyncHistoryReader::Line>>
SyncHistoryReader::chargeLines(qint64 accountId, bool wholeHistory, qint64 afterId, int limit) const
{
    QSqlQuery query(m_database.database());
    if (!run(query,
             u"SELECT id, period, service, unit, quantity_hundredths, tariff_kopecks, "
             "base_kopecks, recalculation_kopecks, total_kopecks FROM charge_lines "
             "WHERE account_id = ? AND +id > ? AND changed_seq <= ? AND period <= ? "
             "AND (? OR changed_seq > ? OR period > ?) ORDER BY id LIMIT ?"_s,
             {accountId, afterId, m_window.toSequence, m_window.toClosedKey(), wholeHistory,
              m_window.fromSequence, m_window.fromClosedKey(), limit}))
        return std::nullopt;
    QList<Line> lines;
    while (query.next()) {
        Line row;
        row.id = query.value(0).toLongLong();
        ChargeLine& line = row.line;
        line.accountId = accountId;
        line.period = Period::fromKey(query.value(1).toInt());
        line.service = query.value(2).toString();
        line.unit = query.value(3).toString();
        line.quantityHundredths = query.value(4).toLongLong();
        line.tariff = Money::fromKopecks(query.value(5).toLongLong());
        line.baseCharge = Money::fromKopecks(query.value(6).toLongLong());
        line.recalculation = Money::fromKopecks(query.value(7).toLongLong());
        line.total = Money::fromKopecks(query.value(8).toLongLong());
        lines.append(row);
    }
    return lines;
}

std::optional<QList<Recalculation>> SyncHistoryReader::recalculations(qint64 accountId,
                                                                      bool wholeHistory,
                                                                      qint64 afterId,
                                                                      int limit) const
{
    QSqlQuery query(m_database.database());
    if (!run(query,
             u"SELECT id, applied_in, corrects, amount_kopecks, reason FROM recalculations "
             "WHERE account_id = ? AND +id > ? AND changed_seq <= ? AND applied_in <= ? "
             "AND (? OR changed_seq > ? OR applied_in > ?) ORDER BY id LIMIT ?"_s,
             {accountId, afterId, m_window.toSequence, m_window.toClosedKey(), wholeHistory,
              m_window.fromSequence, m_window.fromClosedKey(), limit}))
        return std::nullopt;
    QList<Recalculation> recalculations;
    while (query.next()) {
        Recalculation recalculation;
        recalculation.id = query.value(0).toLongLong();
        recalculation.accountId = accountId;
        recalculation.appliedIn = Period::fromKey(query.value(1).toInt());
        recalculation.corrects = Period::fromKey(query.value(2).toInt());
        recalculation.amount = Money::fromKopecks(query.value(3).toLongLong());
        recalculation.reason = query.value(4).toString();
        recalculations.append(recalculation);
    }
    return recalculations;
}

std::optional<QList<Payment>> SyncHistoryReader::payments(qint64 accountId, bool wholeHistory,
                                                          qint64 afterId, int limit) const
{
    QSqlQuery query(m_database.database());
    if (!run(query,
             u"SELECT id, paid_on, amount_kopecks, source FROM payments "
             "WHERE account_id = ? AND +id > ? AND changed_seq <= ? AND paid_on <= ? "
             "AND (? OR changed_seq > ? OR paid_on > ?) ORDER BY id LIMIT ?"_s,
             {accountId, afterId, m_window.toSequence, m_window.toClosedLastDay(), wholeHistory,
              m_window.fromSequence, m_window.fromClosedLastDay(), limit}))
        return std::nullopt;
    QList<Payment> payments;
    while (query.next()) {
        Payment payment;
        payment.id = query.value(0).toLongLong();
        payment.accountId = accountId;
        payment.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        payment.amount = Money::fromKopecks(query.value(2).toLongLong());
        payment.source = query.value(3).toString();
        payments.append(payment);
    }
    return payments;
}

std::optional<QList<qint64>> SyncHistoryReader::meters(qint64 accountId, bool wholeHistory,
                                                       qint64 afterId, int limit) const
{
    QSqlQuery query(m_database.database());
    if (!run(query,
             u"SELECT m.id FROM meters m WHERE m.account_id = ? AND +m.id > ? "
             "AND m.changed_seq <= ? AND (? OR m.changed_seq > ? OR EXISTS ("
             "SELECT 1 FROM meter_readings r WHERE r.meter_id = m.id "
             "AND r.changed_seq > ? AND r.changed_seq <= ?)) ORDER BY m.id LIMIT ?"_s,
             {accountId, afterId, m_window.toSequence, wholeHistory, m_window.fromSequence,
              m_window.fromSequence, m_window.toSequence, limit}))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}
