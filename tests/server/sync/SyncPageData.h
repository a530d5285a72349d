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

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One answer of GET /api/v1/sync decoded the way the client decodes it: every object through its
// protocol codec (sync/protocol/json), strictly. Beyond the codecs it checks the rules of the
// sync answer itself (docs/api.md, "Incremental sync"): only known keys, a key only with
// something in it, at most one entry per account in "charges", "payments" and "meters".
struct SyncPageData
{
    template<typename T>
    struct AccountItems
    {
        qint64 accountId = 0;
        QList<T> items;
    };

    QString cursor;
    bool more = false;
    std::optional<UserProfile> profile;
    QList<Account> accounts;
    QList<qint64> removedAccounts;
    QList<AccountCharges> charges;
    QList<AccountItems<Payment>> payments;
    QList<AccountItems<MeterDetails>> meters;
    QList<BuildingDetails> buildings;
    QList<Organization> organizations;
    QList<NewsItem> news;
    QList<Appeal> appeals;

    // std::nullopt with *error saying why when body breaks the wire form.
    static std::optional<SyncPageData> decode(const QJsonObject& body, QString* error);

    // One key per item the page carries ("line 3 2024-09 Капитальный ремонт", "payment 51",
    // "account 3", …), to find an item sent twice within one run. The charges entries themselves
    // are not items (an account's entry may appear on every page its lines span).
    QStringList itemKeys() const;
    // How much the page weighs by SyncBudget's measure, without the charges entries themselves.
    qint64 weight() const;
    // Whether the page carries anything but its cursor.
    bool isEmpty() const;
};
