#include "profile/LocalDataCleaner.h"

#include "cache/CacheDatabase.h"
#include "keys/Keychain.h"
#include "session/RefreshTokenVault.h"
#include "store/AccountStore.h"

#include <QAtomicInteger>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLocalData, "kabinet.ui.localdata")

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"kabinet-ui-cleaner-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

LocalDataCleaner::LocalDataCleaner(const QUrl& server, const QString& login, const DataKey& key,
                                   const Keychain* keychain, const QString& cacheRoot,
                                   QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_login(login)
    , m_key(key)
    , m_keychain(keychain)
    , m_location(CacheLocation::forUser(server, login, cacheRoot))
{ }

LocalDataCleaner::~LocalDataCleaner() = default;

template<typename Result>
void LocalDataCleaner::runJob(std::function<Result()> work, std::function<void(const Result&)> done)
{
    auto result = std::make_shared<Result>();
    QThread* thread = QThread::create([work = std::move(work), result] { *result = work(); });
    thread->setObjectName(u"kabinet-local-data"_s);
    ++m_pending;
    // The thread is deleted only after it has finished; a cleaner destroyed meanwhile just
    // misses the report.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result, done = std::move(done)] {
        --m_pending;
        done(*result);
    });
    thread->start();
}

void LocalDataCleaner::removeAccount(qint64 accountId)
{
    const QString path = m_location.databasePath();
    const DataKey key = m_key;
    runJob<bool>(
        [path, key, accountId] {
            if (!QFile::exists(path))
                return true;
            CacheOpenError reason = CacheOpenError::None;
            std::optional<CacheDatabase> cache =
                CacheDatabase::open(path, key.bytes(), nextConnectionName(), &reason);
            if (!cache) {
                qCWarning(lcLocalData) << "cannot open the cache:" << cacheOpenErrorText(reason);
                return false;
            }
            // The store's delete cascades to the account's charges, payments, meters and appeals.
            AccountStore store(cache->database());
            if (!store.remove(accountId)) {
                qCWarning(lcLocalData) << "cannot remove an account:" << store.lastError().text();
                return false;
            }
            return true;
        },
        [this, accountId](const bool& ok) { emit accountRemoved(accountId, ok); });
}

void LocalDataCleaner::rewrapKey(const QString& oldPassword, const QString& newPassword)
{
    const CacheLocation location = m_location;
    const Keychain* keychain = m_keychain;
    runJob<CacheVault::Error>(
        [location, keychain, oldPassword, newPassword] {
            const CacheVault vault(location, keychain);
            if (!vault.exists())
                return CacheVault::Error::None;
            const CacheVault::Result result = vault.changePassword(oldPassword, newPassword);
            if (!result.ok())
                qCWarning(lcLocalData).noquote()
                    << "cannot re-wrap the cache key:" << CacheVault::errorText(result.error)
                    << result.detail;
            return result.error;
        },
        [this](const CacheVault::Error& error) {
            emit keyRewrapped(error == CacheVault::Error::NoCache ? CacheVault::Error::None
                                                                  : error);
        });
}

void LocalDataCleaner::eraseEverything()
{
    const CacheLocation location = m_location;
    const Keychain* keychain = m_keychain;
    runJob<bool>(
        [location, keychain] {
            QString detail;
            const bool removed = CacheVault(location, keychain).erase(&detail);
            if (!removed)
                qCWarning(lcLocalData).noquote() << "cannot remove the cache folder:" << detail;
            return removed;
        },
        [this](const bool& ok) {
            if (!m_keychain) {
                emit everythingErased(ok);
                return;
            }
            // The remembered session lives under its own entry; its vault is asynchronous.
            auto* vault = new RefreshTokenVault(m_server, m_login, m_keychain->service(), this);
            vault->setTimeout(m_keychain->timeout());
            connect(vault, &RefreshTokenVault::forgotten, this,
                    [this, vault, ok](Keychain::Status status) {
                        vault->deleteLater();
                        const bool forgotten =
                            status == Keychain::Status::Ok || status == Keychain::Status::NotFound;
                        emit everythingErased(ok && forgotten);
                    });
            vault->forget();
        });
}
