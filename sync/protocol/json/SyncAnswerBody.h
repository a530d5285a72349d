#pragma once

#include "protocol/json/AccountCharges.h"
#include "protocol/json/BuildingDetails.h"
#include "protocol/json/MeterDetails.h"
#include "protocol/types/Account.h"
#include "protocol/types/Appeal.h"
#include "protocol/types/NewsItem.h"
#include "protocol/types/Organization.h"
#include "protocol/types/Payment.h"
#include "protocol/types/UserProfile.h"

#include <QList>
#include <QString>

#include <optional>

// One answer of GET /api/v1/sync (docs/api.md, "Incremental sync"), decoded: what changed since
// the cursor the request carried. Empty lists and an absent profile mean "nothing of that kind".
//
// Named ...Body rather than SyncAnswer because the reference server, which links the protocol
// library too, has a class SyncAnswer of its own that builds these answers.
struct SyncAnswerBody
{
    // The items of one account: a "payments" or "meters" entry.
    template<typename T>
    struct ForAccount
    {
        qint64 accountId = 0;
        QList<T> items;

        friend bool operator==(const ForAccount&, const ForAccount&) = default;
    };

    QString cursor; // never empty: handed back with the next request
    bool more = false; // ask again at once with cursor
    std::optional<UserProfile> profile;
    QList<Account> accounts;
    QList<qint64> removedAccounts;
    QList<AccountCharges> charges; // at most one entry per account
    QList<ForAccount<Payment>> payments; // at most one entry per account
    QList<ForAccount<MeterDetails>> meters; // at most one entry per account
    QList<BuildingDetails> buildings;
    QList<Organization> organizations;
    QList<NewsItem> news;
    QList<Appeal> appeals;

    // Whether the answer carries nothing but its cursor: the client is up to date.
    bool isEmpty() const
    {
        return !profile && accounts.isEmpty() && removedAccounts.isEmpty() && charges.isEmpty()
            && payments.isEmpty() && meters.isEmpty() && buildings.isEmpty()
            && organizations.isEmpty() && news.isEmpty() && appeals.isEmpty();
    }

    // How many rows the answer holds by the server's paging measure (a charge line, a
    // recalculation, a payment, a reading, a work, every object and removed id count one), for
    // progress reports.
    qint64 rowCount() const
    {
        qint64 rows = (profile ? 1 : 0) + accounts.size() + removedAccounts.size()
            + organizations.size() + news.size() + appeals.size();
        for (const AccountCharges& entry : charges)
            rows += entry.lines.size() + entry.recalculations.size();
        for (const ForAccount<Payment>& entry : payments)
            rows += entry.items.size();
        for (const ForAccount<MeterDetails>& entry : meters) {
            for (const MeterDetails& meter : entry.items)
                rows += 1 + meter.readings.size();
        }
        for (const BuildingDetails& building : buildings)
            rows += 1 + building.works.size();
        return rows;
    }

    friend bool operator==(const SyncAnswerBody&, const SyncAnswerBody&) = default;
};
