#include "sync/SyncChanges.h"

#include "sync/SyncIdQuery.h"
#include "sync/SyncWindow.h"

using namespace Qt::Literals::StringLiterals;

SyncChanges::SyncChanges(PortalDatabase& database, const SyncWindow& window)
    : m_database(database)
    , m_window(window)
{ }

std::optional<QSet<qint64>> SyncChanges::ids(const QString& sql,
                                             const QList<QVariantList>& extras) const
{
    QVariantList values;
    for (const QVariantList& extra : extras) {
        values << m_window.fromSequence << m_window.toSequence;
        values << extra;
    }
    return SyncIdQuery::set(m_database, sql, values);
}

std::optional<QSet<qint64>> SyncChanges::accountsWithChangedLedger() const
{
    return ids(u"SELECT account_id FROM charge_lines "
               "WHERE changed_seq > ? AND changed_seq <= ? AND period <= ? "
               "UNION SELECT account_id FROM recalculations "
               "WHERE changed_seq > ? AND changed_seq <= ? AND applied_in <= ? "
               "UNION SELECT account_id FROM payments "
               "WHERE changed_seq > ? AND changed_seq <= ? AND paid_on <= ?"_s,
               {{m_window.toClosedKey()}, {m_window.toClosedKey()}, {m_window.toClosedLastDay()}});
}

std::optional<QSet<qint64>> SyncChanges::accountsWithChangedMeters() const
{
    return ids(u"SELECT account_id FROM meters WHERE changed_seq > ? AND changed_seq <= ? "
               "UNION SELECT m.account_id FROM meter_readings r "
               "JOIN meters m ON m.id = r.meter_id "
               "WHERE r.changed_seq > ? AND r.changed_seq <= ?"_s,
               {{}, {}});
}

std::optional<QSet<qint64>> SyncChanges::changedBuildings() const
{
    return ids(u"SELECT id FROM buildings WHERE changed_seq > ? AND changed_seq <= ? "
               "UNION SELECT building_id FROM capital_repair_works "
               "WHERE changed_seq > ? AND changed_seq <= ? "
               "UNION SELECT building_id FROM house_funds "
               "WHERE changed_seq > ? AND changed_seq <= ?"_s,
               {{}, {}, {}});
}
