#include "cache/CacheReader.h"

#include "charges/AccountHistoryReader.h"
#include "store/AccountStore.h"
#include "store/CacheSchema.h"
#include "store/ChargeStore.h"
#include "store/UserStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCacheReader, "kabinet.ui.cachereader")

namespace {

// Every reader gets a connection name no other connection of the process uses: the sync engine's
// connection and other readers stay untouched when this one closes.
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"kabinet-ui-reader-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

CacheReader::CacheReader(QString path, DataKey key, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_key(std::move(key))
    , m_connectionName(nextConnectionName())
{ }

CacheReader::~CacheReader() = default;

QString CacheReader::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::CannotOpen:
        return QCoreApplication::translate("CacheReader", "The saved data cannot be opened.");
    case Error::ReadFailed:
        return QCoreApplication::translate("CacheReader", "The saved data cannot be read.");
    }
    return {};
}

bool CacheReader::ensureOpen()
{
    if (m_cache)
        return true;
    CacheOpenError reason = CacheOpenError::None;
    m_cache = CacheDatabase::open(m_path, m_key.bytes(), m_connectionName, &reason);
    if (!m_cache) {
        qCWarning(lcCacheReader) << "cannot open the cache:" << cacheOpenErrorText(reason);
        emit failed(Error::CannotOpen);
        return false;
    }
    return true;
}

void CacheReader::openIfUpToDate()
{
    bool upToDate = false;
    if (m_cache) {
        upToDate = true;
    } else if (QFileInfo::exists(m_path)) {
        CacheOpenError reason = CacheOpenError::None;
        m_cache = CacheDatabase::open(m_path, m_key.bytes(), m_connectionName, &reason);
        if (m_cache) {
            upToDate = CacheSchema::currentVersion(m_cache->database())
                == std::optional<int>(CacheSchema::latestVersion());
            // The next read opens it again, after the engine's upgrade.
            if (!upToDate)
                m_cache.reset();
        }
    }
    emit openedIfUpToDate(upToDate);
}

void CacheReader::close()
{
    m_cache.reset();
}

void CacheReader::run(const std::function<bool(const QSqlDatabase&)>& read)
{
    if (!ensureOpen())
        return;
    if (!read(m_cache->database()))
        emit failed(Error::ReadFailed);
}

void CacheReader::readAccounts()
{
    if (!ensureOpen())
        return;
    const std::optional<QList<Account>> accounts = AccountStore(m_cache->database()).accounts();
    if (!accounts) {
        emit failed(Error::ReadFailed);
        return;
    }
    emit accountsRead(*accounts);
}

void CacheReader::readProfile()
{
    if (!ensureOpen())
        return;
    UserStore store(m_cache->database());
    const std::optional<UserProfile> profile = store.profile();
    if (!profile && store.lastError().isValid()) {
        emit failed(Error::ReadFailed);
        return;
    }
    emit profileRead(profile.value_or(UserProfile {}));
}

void CacheReader::readCard(qint64 accountId)
{
    if (!ensureOpen())
        return;
    AccountStore accounts(m_cache->database());
    const std::optional<Account> account = accounts.account(accountId);
    if (!account) {
        // An account unlinked by the last sync simply has no card any more.
        if (accounts.lastError().isValid())
            emit failed(Error::ReadFailed);
        return;
    }
    AccountCard card;
    card.account = *account;
    // Only closed periods are shown; the rule is the history pages' one.
    const std::optional<Period> period =
        AccountHistoryReader::lastClosedPeriod(m_cache->database(), accountId);
    if (!period) {
        emit failed(Error::ReadFailed);
        return;
    }
    card.period = *period;
    if (card.period.isValid()) {
        const std::optional<QList<ChargeLine>> lines =
            ChargeStore(m_cache->database()).charges(accountId, card.period, card.period);
        if (!lines) {
            emit failed(Error::ReadFailed);
            return;
        }
        card.lines = *lines;
    }
    emit cardRead(card);
}
