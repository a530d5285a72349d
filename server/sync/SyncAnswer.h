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

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One page of GET /api/v1/sync as it is gathered, and its body: {"cursor", "more", and only the
// keys that have something: "profile", "accounts", "removedAccounts", "charges", "payments",
// "buildings", "organizations", "news", "appeals", "meters"}. Every object is written by the
// protocol's codec of its type (sync/protocol/json), the one the client decodes it with; the
// per-account groups add their "accountId". An account has at most one entry in each of
// "charges", "payments" and "meters" of a page, in the order the accounts were first added.
class SyncAnswer
{
public:
    void setProfile(const UserProfile& profile) { m_profile = profile; }
    void addRemovedAccount(qint64 accountId) { m_removedAccounts.append(accountId); }
    void addAccount(const Account& account) { m_accounts.append(account); }
    // The account's charges entry of this page, made on first use with lastClosed.
    AccountCharges& charges(qint64 accountId, Period lastClosed);
    void addPayment(const Payment& payment); // to the entry of payment.accountId
    void addMeter(qint64 accountId, const MeterDetails& meter);
    void addBuilding(const BuildingDetails& building) { m_buildings.append(building); }
    void addOrganization(const Organization& organization) { m_organizations.append(organization); }
    void addNews(const NewsItem& item) { m_news.append(item); }
    void addAppeal(const Appeal& appeal) { m_appeals.append(appeal); }

    QJsonObject toJson(const QString& cursor, bool more) const;

private:
    template<typename T>
    struct AccountGroup
    {
        qint64 accountId = 0;
        QList<T> items;
    };
    template<typename T>
    static QList<T>& groupOf(QList<AccountGroup<T>>& groups, QHash<qint64, qsizetype>& index,
                             qint64 accountId);

    std::optional<UserProfile> m_profile;
    QList<qint64> m_removedAccounts;
    QList<Account> m_accounts;
    QList<AccountCharges> m_charges;
    QHash<qint64, qsizetype> m_chargesIndex;
    QList<AccountGroup<Payment>> m_payments;
    QHash<qint64, qsizetype> m_paymentsIndex;
    QList<AccountGroup<MeterDetails>> m_meters;
    QHash<qint64, qsizetype> m_metersIndex;
    QList<BuildingDetails> m_buildings;
    QList<Organization> m_organizations;
    QList<NewsItem> m_news;
    QList<Appeal> m_appeals;
};
