#include "cache/CacheUnlocker.h"

#include "cache/CacheLog.h"

#include <QFileInfo>
#include <QThread>

#include <utility>

using namespace Qt::Literals::StringLiterals;

CacheUnlocker::CacheUnlocker(CacheLocation location, const Keychain* keychain, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_keychain(keychain)
{ }

CacheUnlocker::~CacheUnlocker()
{
    if (m_thread) {
        // The thread reads the keychain through the pointer it was given: it must be done before
        // the caller may destroy the keychain.
        m_thread->wait();
        delete m_thread;
    }
}

bool CacheUnlocker::create(const QString& password)
{
    return run(Operation::Create, password);
}

bool CacheUnlocker::unlockWithPassword(const QString& password)
{
    return run(Operation::Password, password);
}

bool CacheUnlocker::openWithPassword(const QString& password)
{
    return run(Operation::PasswordOrCreate, password);
}

bool CacheUnlocker::unlockWithKeychain()
{
    return run(Operation::Keychain, QString());
}

bool CacheUnlocker::rewrap(const QString& oldPassword, const QString& newPassword)
{
    return run(Operation::Rewrap, oldPassword, newPassword);
}

bool CacheUnlocker::rewrapRememberedKey(const QString& password)
{
    return run(Operation::RewrapRemembered, QString(), password);
}

bool CacheUnlocker::recreate(const QString& password)
{
    return run(Operation::Recreate, password);
}

bool CacheUnlocker::run(Operation operation, const QString& password, const QString& newPassword)
{
    if (m_thread)
        return false;
    const CacheVault vault(m_location, m_keychain);
    const quint32 iterations = m_iterations;
    m_thread = QThread::create([this, vault, operation, password, newPassword, iterations] {
        m_outcome = perform(vault, operation, password, newPassword, iterations);
    });
    m_thread->setObjectName(u"CacheUnlocker"_s);
    // Queued: QThread::finished comes from the ending thread.
    connect(m_thread, &QThread::finished, this, &CacheUnlocker::onThreadFinished,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

CacheUnlocker::Outcome CacheUnlocker::perform(const CacheVault& vault, Operation operation,
                                              const QString& password, const QString& newPassword,
                                              quint32 iterations)
{
    CacheVault::Result result;
    bool created = false;
    bool rewrapped = false;
    switch (operation) {
    case Operation::Create:
        result = vault.create(password, iterations);
        created = result.ok();
        break;
    case Operation::Password:
        result = vault.unlockWithPassword(password);
        break;
    case Operation::PasswordOrCreate:
        if (vault.exists()) {
            result = vault.unlockWithPassword(password);
        } else {
            result = vault.create(password, iterations);
            created = result.ok();
        }
        break;
    case Operation::Keychain:
        result = vault.unlockWithKeychain();
        break;
    case Operation::Rewrap:
        result = vault.changePassword(password, newPassword, iterations);
        rewrapped = result.ok();
        break;
    case Operation::RewrapRemembered:
        result = vault.rewrapRememberedKey(newPassword, iterations);
        rewrapped = result.ok();
        break;
    case Operation::Recreate: {
        QString detail;
        vault.erase(&detail);
        // Leftovers moved aside do not matter; only an old key or database in the new one's place.
        if (vault.exists() || QFileInfo::exists(vault.location().databasePath())) {
            result = {std::nullopt, CacheVault::Error::Io,
                      detail.isEmpty() ? u"the old cache is still there"_s : detail};
            break;
        }
        result = vault.create(password, iterations);
        created = result.ok();
        break;
    }
    }
    return {std::move(result.key), result.error, result.detail, created, rewrapped};
}

void CacheUnlocker::onThreadFinished()
{
    QThread* const thread = std::exchange(m_thread, nullptr);
    if (!thread)
        return;
    // finished() is emitted just before the thread ends; wait() also orders m_outcome's writes
    // before the reads below.
    thread->wait();
    delete thread;
    Outcome outcome = std::exchange(m_outcome, Outcome());
    if (outcome.ok())
        qCInfo(lcCache) << "cache key"
                        << (outcome.created         ? "created"
                                : outcome.rewrapped ? "re-wrapped with the new password"
                                                    : "unlocked");
    else
        qCInfo(lcCache).noquote() << "the cache stays locked:" << errorName(outcome.error)
                                  << outcome.detail;
    emit finished(outcome);
}

QString CacheUnlocker::errorName(CacheVault::Error error)
{
    switch (error) {
    case CacheVault::Error::None:
        return u"None"_s;
    case CacheVault::Error::NoCache:
        return u"NoCache"_s;
    case CacheVault::Error::NotRemembered:
        return u"NotRemembered"_s;
    case CacheVault::Error::KeychainUnavailable:
        return u"KeychainUnavailable"_s;
    case CacheVault::Error::WrongPassword:
        return u"WrongPassword"_s;
    case CacheVault::Error::KeyFileDamaged:
        return u"KeyFileDamaged"_s;
    case CacheVault::Error::Io:
        return u"Io"_s;
    }
    return u"Unknown"_s;
}
