#pragma once

#include "SyncPageData.h"

#include <QMap>
#include <QPair>
#include <QStringList>

#include <optional>

// What a client holds after applying sync answers, by the rules of docs/api.md: everything is
// an upsert by its id (a charge line by period and service); "removedAccounts" drops an account
// with all that hangs on it; an account's lastClosedPeriod drops its lines, recalculations and
// payments after that period; a building no account names is dropped. The same structure is
// filled from the per-endpoint answers (SyncExpectation) to compare the two.
class SyncReplica
{
public:
    using LineKey = QPair<int, QString>; // period key, service

    void apply(const SyncPageData& page);

    // What differs from other, one line each (empty when equal).
    QStringList differences(const SyncReplica& other) const;

    std::optional<UserProfile> profile;
    QMap<qint64, Account> accounts;
    QMap<qint64, Period> lastClosed; // per account
    QMap<qint64, QMap<LineKey, ChargeLine>> lines;
    QMap<qint64, QMap<qint64, Recalculation>> recalculations;
    QMap<qint64, QMap<qint64, Payment>> payments;
    QMap<qint64, QMap<qint64, MeterDetails>> meters;
    QMap<qint64, BuildingDetails> buildings;
    QMap<qint64, Organization> organizations;
    QMap<qint64, NewsItem> news;
    QMap<qint64, Appeal> appeals;

private:
    void dropAfterClosed(qint64 accountId);
    void dropUnnamedBuildings();
};
