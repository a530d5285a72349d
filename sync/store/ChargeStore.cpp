#include "store/ChargeStore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

ChargeLine lineFromRow(const QSqlQuery& row)
{
    ChargeLine line;
    line.accountId = row.value(0).toLongLong();
    line.period = Period::fromKey(row.value(1).toInt());
    line.service = row.value(2).toString();
    line.unit = row.value(3).toString();
    line.quantityHundredths = row.value(4).toLongLong();
    line.tariff = Money::fromKopecks(row.value(5).toLongLong());
    line.baseCharge = Money::fromKopecks(row.value(6).toLongLong());
    line.recalculation = Money::fromKopecks(row.value(7).toLongLong());
    line.total = Money::fromKopecks(row.value(8).toLongLong());
    return line;
}

Recalculation recalculationFromRow(const QSqlQuery& row)
{
    Recalculation recalculation;
    recalculation.id = row.value(0).toLongLong();
    recalculation.accountId = row.value(1).toLongLong();
    recalculation.appliedIn = Period::fromKey(row.value(2).toInt());
    recalculation.corrects = Period::fromKey(row.value(3).toInt());
    recalculation.amount = Money::fromKopecks(row.value(4).toLongLong());
    recalculation.reason = row.value(5).toString();
    return recalculation;
}

StoreConnection::Bindings rangeBindings(qint64 accountId, Period from, Period to)
{
    return {{u":account"_s, accountId}, {u":from"_s, from.toKey()}, {u":to"_s, to.toKey()}};
}

QString outsideRangeText()
{
    return QCoreApplication::translate("ChargeStore",
                                       "A row belongs to another account or period than the "
                                       "range being replaced.");
}

} // namespace

ChargeStore::ChargeStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool ChargeStore::checkRange(Period from, Period to) const
{
    if (from.isValid() && to.isValid() && from <= to)
        return true;
    return m_connection.fail(
        QCoreApplication::translate("ChargeStore", "The period range is not valid."));
}

bool ChargeStore::upsertLine(const ChargeLine& line)
{
    return m_connection.upsert(
        u"UPDATE charge_lines SET unit = :unit, quantity_hundredths = :quantity, "
        "tariff_kopecks = :tariff, base_kopecks = :base, recalculation_kopecks = :recalculation, "
        "total_kopecks = :total "
        "WHERE account_id = :account AND period = :period AND service = :service"_s,
        u"INSERT INTO charge_lines (account_id, period, service, unit, quantity_hundredths, "
        "tariff_kopecks, base_kopecks, recalculation_kopecks, total_kopecks) VALUES (:account, "
        ":period, :service, :unit, :quantity, :tariff, :base, :recalculation, :total)"_s,
        {{u":account"_s, line.accountId},
         {u":period"_s, line.period.toKey()},
         {u":service"_s, line.service},
         {u":unit"_s, line.unit},
         {u":quantity"_s, line.quantityHundredths},
         {u":tariff"_s, line.tariff.kopecks()},
         {u":base"_s, line.baseCharge.kopecks()},
         {u":recalculation"_s, line.recalculation.kopecks()},
         {u":total"_s, line.total.kopecks()}});
}

bool ChargeStore::replaceCharges(qint64 accountId, Period from, Period to,
                                 const QList<ChargeLine>& lines)
{
    if (!checkRange(from, to))
        return false;
    const bool inRange = std::all_of(lines.cbegin(), lines.cend(), [&](const ChargeLine& line) {
        return line.accountId == accountId && line.period >= from && line.period <= to;
    });
    if (!inRange)
        return m_connection.fail(outsideRangeText());
    return m_connection.replace(u"DELETE FROM charge_lines WHERE account_id = :account "
                                "AND period BETWEEN :from AND :to"_s,
                                rangeBindings(accountId, from, to), lines,
                                [this](const ChargeLine& line) { return upsertLine(line); });
}

std::optional<QList<ChargeLine>> ChargeStore::charges(qint64 accountId, Period from,
                                                      Period to) const
{
    return m_connection.list(
        u"SELECT account_id, period, service, unit, quantity_hundredths, tariff_kopecks, "
        "base_kopecks, recalculation_kopecks, total_kopecks FROM charge_lines "
        "WHERE account_id = :account AND period BETWEEN :from AND :to ORDER BY period, id"_s,
        rangeBindings(accountId, from, to), lineFromRow);
}

std::optional<Money> ChargeStore::totalCharged(qint64 accountId, Period from, Period to) const
{
    return m_connection.one(u"SELECT coalesce(sum(total_kopecks), 0) FROM charge_lines "
                            "WHERE account_id = :account AND period BETWEEN :from AND :to"_s,
                            rangeBindings(accountId, from, to), [](const QSqlQuery& row) {
                                return Money::fromKopecks(row.value(0).toLongLong());
                            });
}

bool ChargeStore::upsertRecalculation(const Recalculation& recalculation)
{
    return m_connection.upsert(
        u"UPDATE recalculations SET account_id = :account, applied_period = :applied, "
        "corrected_period = :corrected, amount_kopecks = :amount, reason = :reason "
        "WHERE id = :id"_s,
        u"INSERT INTO recalculations (id, account_id, applied_period, corrected_period, "
        "amount_kopecks, reason) VALUES (:id, :account, :applied, :corrected, :amount, "
        ":reason)"_s,
        {{u":id"_s, recalculation.id},
         {u":account"_s, recalculation.accountId},
         {u":applied"_s, recalculation.appliedIn.toKey()},
         {u":corrected"_s, recalculation.corrects.toKey()},
         {u":amount"_s, recalculation.amount.kopecks()},
         {u":reason"_s, recalculation.reason}});
}

bool ChargeStore::replaceRecalculations(qint64 accountId, Period from, Period to,
                                        const QList<Recalculation>& recalculations)
{
    if (!checkRange(from, to))
        return false;
    const bool inRange = std::all_of(
        recalculations.cbegin(), recalculations.cend(), [&](const Recalculation& recalculation) {
            return recalculation.accountId == accountId && recalculation.appliedIn >= from
                && recalculation.appliedIn <= to;
        });
    if (!inRange)
        return m_connection.fail(outsideRangeText());
    return m_connection.replace(
        u"DELETE FROM recalculations WHERE account_id = :account "
        "AND applied_period BETWEEN :from AND :to"_s,
        rangeBindings(accountId, from, to), recalculations,
        [this](const Recalculation& recalculation) { return upsertRecalculation(recalculation); });
}

std::optional<QList<Recalculation>> ChargeStore::recalculations(qint64 accountId, Period from,
                                                                Period to) const
{
    return m_connection.list(
        u"SELECT id, account_id, applied_period, corrected_period, amount_kopecks, reason "
        "FROM recalculations WHERE account_id = :account "
        "AND applied_period BETWEEN :from AND :to ORDER BY applied_period, id"_s,
        rangeBindings(accountId, from, to), recalculationFromRow);
}
