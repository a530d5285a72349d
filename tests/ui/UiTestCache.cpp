#include "UiTestCache.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheLocation.h"
#include "cache/CacheVault.h"
#include "keys/PasswordKeyWrap.h"
#include "protocol/types/SyncState.h"
#include "store/AccountStore.h"
#include "store/CacheSchema.h"
#include "store/ChargeStore.h"
#include "store/SyncStateStore.h"
#include "store/UserStore.h"

#include <QUrl>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

UiTestCache::UiTestCache() = default;

Account UiTestCache::figure6Account()
{
    Account account;
    account.id = 16616;
    account.number = u"16616"_s;
    account.ownerName = u"Лебедка Валентина Григорьевна"_s;
    account.address = u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s;
    account.areaCentiM2 = 3160;
    account.ownershipType = u"Частная"_s;
    account.balance = Money::fromKopecks(22025);
    return account;
}

ChargeLine UiTestCache::figure6Line()
{
    ChargeLine line;
    line.accountId = 16616;
    line.period = Period(2014, 9);
    line.service = u"Капитальный ремонт"_s;
    line.unit = u"кв.м."_s;
    line.quantityHundredths = 3160;
    line.tariff = Money::fromKopecks(520);
    line.baseCharge = Money::fromKopecks(16432);
    line.recalculation = Money::fromKopecks(0);
    line.total = Money::fromKopecks(16432);
    return line;
}

bool UiTestCache::create()
{
    const CacheLocation location = CacheLocation::forUser(QUrl(u"https://portal.example"_s),
                                                          login(), m_dir.filePath(u"caches"_s));
    const CacheVault vault(location, nullptr);
    // The fewest iterations the wrap allows: the test is about the views, not the key's strength.
    const CacheVault::Result created =
        vault.create(u"test password"_s, PasswordKeyWrap::minimumIterations);
    if (!created.ok()) {
        qWarning("Cannot create the cache key: %s", qPrintable(created.detail));
        return false;
    }
    m_key = *created.key;
    m_path = location.databasePath();

    QString message;
    std::optional<CacheDatabase> cache =
        CacheDatabase::open(m_path, m_key.bytes(), u"ui-test-writer"_s, nullptr, &message);
    if (!cache
        || !CacheSchema::migrate(cache->database(), CacheSchema::latestVersion(), &message)) {
        qWarning("Cannot open the cache: %s", qPrintable(message));
        return false;
    }
    Account other = figure6Account();
    other.id = 9;
    other.number = u"9"_s;
    other.ownerName = u"Петров Иван Сергеевич"_s;
    other.address = u"г.п. Мирный, ул. Ленина, д. 12, кв. 41"_s;
    other.areaCentiM2 = 5420;
    other.balance = Money::fromKopecks(-154310);
    const bool written = AccountStore(cache->database()).upsert(figure6Account())
        && AccountStore(cache->database()).upsert(other)
        && ChargeStore(cache->database()).upsertLine(figure6Line())
        // An older period, to show the card picks the last closed one.
        && ChargeStore(cache->database()).upsertLine([] {
               ChargeLine older = figure6Line();
               older.period = Period(2014, 8);
               older.baseCharge = Money::fromKopecks(1);
               older.total = Money::fromKopecks(1);
               return older;
           }())
        && SyncStateStore(cache->database())
               .save({SyncState::forAccount(16616, u"charges"), u"2014-09"_s, {}})
        && UserStore(cache->database()).saveProfile({login(), u"ivanov@example.org"_s, false});
    if (!written)
        qWarning("Cannot write the test data");
    return written;
}
