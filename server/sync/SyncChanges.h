#pragma once

#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

class PortalDatabase;
struct SyncWindow;

// Which of the operator's records changed within a sync window, whoever they belong to (the
// collectors keep the user's): found through the changed_seq indexes, so a run that little
// changed in costs little however long the history. Each gives std::nullopt on a database error.
class SyncChanges
{
public:
    SyncChanges(PortalDatabase& database, const SyncWindow& window);

    // Accounts with a charge line, recalculation or payment of a closed period (up to
    // window.toClosed) stamped within the window: their balance and history changed.
    std::optional<QSet<qint64>> accountsWithChangedLedger() const;
    // Accounts with a meter or a meter reading stamped within the window.
    std::optional<QSet<qint64>> accountsWithChangedMeters() const;
    // Buildings whose passport, works or fund were stamped within the window.
    std::optional<QSet<qint64>> changedBuildings() const;

private:
    // sql has one "changed_seq > ? AND changed_seq <= ?" per UNION part, in order; extra values
    // follow each pair as given.
    std::optional<QSet<qint64>> ids(const QString& sql, const QList<QVariantList>& extras) const;

    PortalDatabase& m_database;
    const SyncWindow& m_window;
};
