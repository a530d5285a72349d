#include "engine/SyncPageReport.h"

#include <QSet>

#include <algorithm>

void SyncPageReport::describe(const SyncAnswerBody& answer)
{
    cursor = answer.cursor;
    more = answer.more;
    rows = answer.rowCount();
    accounts = int(answer.accounts.size());
    payments = 0;
    for (const auto& entry : answer.payments)
        payments += int(entry.items.size());

    QSet<qint64> changed;
    QSet<std::pair<qint64, int>> accountPeriods;
    for (const Account& account : answer.accounts)
        changed.insert(account.id);
    for (const AccountCharges& entry : answer.charges) {
        changed.insert(entry.accountId);
        for (const ChargeLine& line : entry.lines)
            accountPeriods.insert({entry.accountId, line.period.toKey()});
    }
    for (const auto& entry : answer.payments)
        changed.insert(entry.accountId);
    for (const auto& entry : answer.meters)
        changed.insert(entry.accountId);
    periods = int(accountPeriods.size());
    changedAccounts = QList<qint64>(changed.cbegin(), changed.cend());
    std::sort(changedAccounts.begin(), changedAccounts.end());
    removedAccounts = answer.removedAccounts;

    profileChanged = answer.profile.has_value();
    buildingsChanged = !answer.buildings.isEmpty();
    organizationsChanged = !answer.organizations.isEmpty();
    newsChanged = !answer.news.isEmpty();
    appealsChanged = !answer.appeals.isEmpty();
}
