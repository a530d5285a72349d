#include "sync/SyncAnswer.h"

#include "protocol/json/AccountChargesJson.h"
#include "protocol/json/AccountJson.h"
#include "protocol/json/AppealJson.h"
#include "protocol/json/BuildingJson.h"
#include "protocol/json/JsonValues.h"
#include "protocol/json/MeterJson.h"
#include "protocol/json/NewsItemJson.h"
#include "protocol/json/OrganizationJson.h"
#include "protocol/json/PaymentJson.h"
#include "protocol/json/UserProfileJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename T, typename Encode>
QJsonArray arrayOf(const QList<T>& items, Encode encode)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(encode(item));
    return array;
}

void insertIfAny(QJsonObject& object, const QString& key, const QJsonArray& array)
{
    if (!array.isEmpty())
        object.insert(key, array);
}
} // namespace

template<typename T>
QList<T>& SyncAnswer::groupOf(QList<AccountGroup<T>>& groups, QHash<qint64, qsizetype>& index,
                              qint64 accountId)
{
    auto found = index.constFind(accountId);
    if (found == index.constEnd()) {
        found = index.insert(accountId, groups.size());
        groups.append(AccountGroup<T> {accountId, {}});
    }
    return groups[*found].items;
}

AccountCharges& SyncAnswer::charges(qint64 accountId, Period lastClosed)
{
    auto found = m_chargesIndex.constFind(accountId);
    if (found == m_chargesIndex.constEnd()) {
        found = m_chargesIndex.insert(accountId, m_charges.size());
        AccountCharges entry;
        entry.accountId = accountId;
        entry.lastClosedPeriod = lastClosed;
        m_charges.append(entry);
    }
    return m_charges[*found];
}

void SyncAnswer::addPayment(const Payment& payment)
{
    groupOf(m_payments, m_paymentsIndex, payment.accountId).append(payment);
}

void SyncAnswer::addMeter(qint64 accountId, const MeterDetails& meter)
{
    groupOf(m_meters, m_metersIndex, accountId).append(meter);
}

QJsonObject SyncAnswer::toJson(const QString& cursor, bool more) const
{
    QJsonObject body {{u"cursor"_s, cursor}, {u"more"_s, more}};
    if (m_profile)
        body.insert(u"profile"_s, UserProfileJson::toJson(*m_profile));
    insertIfAny(body, u"removedAccounts"_s,
                arrayOf(m_removedAccounts, [](qint64 id) { return JsonValues::integer(id); }));
    insertIfAny(body, u"accounts"_s, arrayOf(m_accounts, AccountJson::toJson));
    insertIfAny(body, u"charges"_s, arrayOf(m_charges, [](const AccountCharges& entry) {
                    QJsonObject object = AccountChargesJson::toJson(entry);
                    object.insert(u"accountId"_s, JsonValues::integer(entry.accountId));
                    return object;
                }));
    insertIfAny(body, u"payments"_s, arrayOf(m_payments, [](const AccountGroup<Payment>& group) {
                    return QJsonObject {{u"accountId"_s, JsonValues::integer(group.accountId)},
                                        {u"items"_s, arrayOf(group.items, PaymentJson::toJson)}};
                }));
    insertIfAny(body, u"meters"_s, arrayOf(m_meters, [](const AccountGroup<MeterDetails>& group) {
                    return QJsonObject {{u"accountId"_s, JsonValues::integer(group.accountId)},
                                        {u"items"_s, arrayOf(group.items, MeterJson::toJson)}};
                }));
    insertIfAny(body, u"buildings"_s, arrayOf(m_buildings, BuildingJson::toJson));
    insertIfAny(body, u"organizations"_s, arrayOf(m_organizations, OrganizationJson::toJson));
    insertIfAny(body, u"news"_s, arrayOf(m_news, NewsItemJson::toJson));
    insertIfAny(body, u"appeals"_s, arrayOf(m_appeals, AppealJson::toJson));
    return body;
}
