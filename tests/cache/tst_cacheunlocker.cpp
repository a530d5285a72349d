#include "TestFiles.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheUnlocker.h"
#include "cache/CacheVault.h"
#include "keys/Keychain.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

// Every CacheUnlocker operation on real key files and a real SQLCipher database, with a real
// Secret Service (gnome-keyring on a private D-Bus, started by the CTest wrapper) for the keychain
// and with none. Each operation is checked to report exactly once and never before it returned.
class TestCacheUnlocker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createThenUnlockWithThePassword();
    void createRefusesAnExistingKey();
    void wrongPasswordIsRefusedAndChangesNothing();
    void withoutACacheThePasswordSaysNoCache();
    void openWithPasswordCreatesThenUnlocks();
    void keychainUnlocksOnlyWithAStoredKey();
    void rewrapWithTheRightOldPassword();
    void rewrapWithAWrongOldPasswordChangesNothing();
    void rewrapRememberedKeyTakesTheNewPassword();
    void rewrapRememberedKeyRefusesAKeyThatDoesNotOpenTheCache();
    void recreateDiscardsTheOldCache();
    void secondOperationIsRefusedWhileBusy();

private:
    std::unique_ptr<CacheUnlocker> unlocker(bool withKeychain = true) const;
    // Runs start (an operation of u) and checks that finished() comes asynchronously, exactly
    // once; returns its outcome.
    static CacheUnlocker::Outcome finish(CacheUnlocker& u, const std::function<bool()>& start);
    // Writes a row into the cache u's key opens, so that a test can tell that cache from a new one.
    static bool writeMarker(const CacheUnlocker& u, const DataKey& key);
    static bool hasMarker(const CacheUnlocker& u, const DataKey& key);

    static constexpr quint32 fastIterations = PasswordKeyWrap::minimumIterations;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<QTemporaryDir> m_root;
};

void TestCacheUnlocker::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_cacheunlocker"_s);
    m_keychain = std::make_unique<Keychain>(u"Kabinet test"_s);
    m_keychain->setTimeout(std::chrono::milliseconds(3000));
    // The keychain cases below mean nothing without a Secret Service: refuse to run without one.
    const Keychain::Result probe = m_keychain->writeBlocking(u"probe"_s, "probe");
    QVERIFY2(probe.ok(), qPrintable(u"no Secret Service: "_s + probe.errorText));
    QVERIFY(m_keychain->removeBlocking(u"probe"_s).ok());
}

void TestCacheUnlocker::init()
{
    m_root = std::make_unique<QTemporaryDir>(QDir::home().filePath(u"unlocker-XXXXXX"_s));
    QVERIFY(m_root->isValid());
    // The entry is named after the server and the login only, the same in every test.
    const Keychain::Result removed =
        m_keychain->removeBlocking(unlocker()->location().keychainEntry());
    QVERIFY(removed.ok() || removed.status == Keychain::Status::NotFound);
}

std::unique_ptr<CacheUnlocker> TestCacheUnlocker::unlocker(bool withKeychain) const
{
    auto u = std::make_unique<CacheUnlocker>(
        CacheLocation::forUser(QUrl(u"https://portal.example"_s), u"Ivanov"_s, m_root->path()),
        withKeychain ? m_keychain.get() : nullptr);
    u->setIterations(fastIterations);
    return u;
}

CacheUnlocker::Outcome TestCacheUnlocker::finish(CacheUnlocker& u,
                                                 const std::function<bool()>& start)
{
    std::vector<CacheUnlocker::Outcome> outcomes;
    const QMetaObject::Connection connection = QObject::connect(
        &u, &CacheUnlocker::finished,
        [&outcomes](const CacheUnlocker::Outcome& outcome) { outcomes.push_back(outcome); });
    const bool started = start();
    const bool busy = u.isBusy();
    const size_t beforeReturn = outcomes.size();
    // Long enough for a second finished() to show, were there one.
    const bool finished = QTest::qWaitFor([&] { return !outcomes.empty(); }, 20000);
    QTest::qWait(50);
    QObject::disconnect(connection);
    if (!started || !busy || beforeReturn != 0 || !finished || outcomes.size() != 1) {
        qWarning("started %d, busy %d, reports before returning %zu, reports %zu", started, busy,
                 beforeReturn, outcomes.size());
        return {std::nullopt, CacheVault::Error::None, u"finished() not exactly once"_s};
    }
    if (u.isBusy())
        return {std::nullopt, CacheVault::Error::None, u"still busy after finished()"_s};
    return outcomes.front();
}

bool TestCacheUnlocker::writeMarker(const CacheUnlocker& u, const DataKey& key)
{
    std::optional<CacheDatabase> cache =
        CacheDatabase::open(u.location().databasePath(), key.bytes(), u"marker-write"_s);
    if (!cache)
        return false;
    QSqlQuery query(cache->database());
    return query.exec(u"CREATE TABLE marker (v TEXT)"_s)
        && query.exec(u"INSERT INTO marker VALUES ('saved here')"_s);
}

bool TestCacheUnlocker::hasMarker(const CacheUnlocker& u, const DataKey& key)
{
    if (!QFile::exists(u.location().databasePath()))
        return false;
    std::optional<CacheDatabase> cache =
        CacheDatabase::open(u.location().databasePath(), key.bytes(), u"marker-read"_s);
    if (!cache)
        return false;
    QSqlQuery query(cache->database());
    return query.exec(u"SELECT v FROM marker"_s) && query.next()
        && query.value(0).toString() == u"saved here";
}

void TestCacheUnlocker::createThenUnlockWithThePassword()
{
    const auto u = unlocker();
    const CacheUnlocker::Outcome created = finish(*u, [&] { return u->create(u"first"_s); });
    QVERIFY2(created.ok(), qPrintable(created.detail));
    QVERIFY(created.created);
    QVERIFY(!created.rewrapped);
    QVERIFY(QFile::exists(u->location().keyFilePath()));

    const CacheUnlocker::Outcome unlocked =
        finish(*u, [&] { return u->unlockWithPassword(u"first"_s); });
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.detail));
    QVERIFY(!unlocked.created);
    QCOMPARE(*unlocked.key, *created.key);
}

void TestCacheUnlocker::createRefusesAnExistingKey()
{
    const auto u = unlocker();
    QVERIFY(finish(*u, [&] { return u->create(u"first"_s); }).ok());
    const QByteArray keyFile = TestFiles::readFile(u->location().keyFilePath());
    const CacheUnlocker::Outcome again = finish(*u, [&] { return u->create(u"second"_s); });
    QCOMPARE(again.error, CacheVault::Error::Io);
    QVERIFY(!again.ok());
    QCOMPARE(TestFiles::readFile(u->location().keyFilePath()), keyFile);
}

void TestCacheUnlocker::wrongPasswordIsRefusedAndChangesNothing()
{
    const auto u = unlocker();
    const CacheUnlocker::Outcome created = finish(*u, [&] { return u->create(u"right"_s); });
    QVERIFY(created.ok());
    QVERIFY(writeMarker(*u, *created.key));
    const QByteArray keyFile = TestFiles::readFile(u->location().keyFilePath());

    const CacheUnlocker::Outcome refused =
        finish(*u, [&] { return u->unlockWithPassword(u"wrong"_s); });
    QCOMPARE(refused.error, CacheVault::Error::WrongPassword);
    QVERIFY(!refused.key);
    QCOMPARE(CacheUnlocker::errorName(refused.error), u"WrongPassword"_s);
    QCOMPARE(TestFiles::readFile(u->location().keyFilePath()), keyFile);
    QVERIFY(hasMarker(*u, *created.key));
}

void TestCacheUnlocker::withoutACacheThePasswordSaysNoCache()
{
    const auto u = unlocker();
    QCOMPARE(finish(*u, [&] { return u->unlockWithPassword(u"any"_s); }).error,
             CacheVault::Error::NoCache);
    QVERIFY(!QFile::exists(u->location().keyFilePath()));
}

void TestCacheUnlocker::openWithPasswordCreatesThenUnlocks()
{
    const auto u = unlocker(false);
    const CacheUnlocker::Outcome first =
        finish(*u, [&] { return u->openWithPassword(u"signed-in"_s); });
    QVERIFY2(first.ok(), qPrintable(first.detail));
    QVERIFY(first.created);

    const CacheUnlocker::Outcome second =
        finish(*u, [&] { return u->openWithPassword(u"signed-in"_s); });
    QVERIFY2(second.ok(), qPrintable(second.detail));
    QVERIFY(!second.created);
    QCOMPARE(*second.key, *first.key);

    // A password the key file does not take is not a reason to make a new key.
    const QByteArray keyFile = TestFiles::readFile(u->location().keyFilePath());
    const CacheUnlocker::Outcome changed =
        finish(*u, [&] { return u->openWithPassword(u"changed-elsewhere"_s); });
    QCOMPARE(changed.error, CacheVault::Error::WrongPassword);
    QCOMPARE(TestFiles::readFile(u->location().keyFilePath()), keyFile);
}

void TestCacheUnlocker::keychainUnlocksOnlyWithAStoredKey()
{
    const auto u = unlocker();
    QCOMPARE(finish(*u, [&] { return u->unlockWithKeychain(); }).error, CacheVault::Error::NoCache);

    const CacheUnlocker::Outcome created = finish(*u, [&] { return u->create(u"pass"_s); });
    QVERIFY(created.ok());
    const CacheUnlocker::Outcome remembered = finish(*u, [&] { return u->unlockWithKeychain(); });
    QVERIFY2(remembered.ok(), qPrintable(remembered.detail));
    QCOMPARE(*remembered.key, *created.key);

    QVERIFY(CacheVault(u->location(), m_keychain.get()).forgetRememberedKey());
    QCOMPARE(finish(*u, [&] { return u->unlockWithKeychain(); }).error,
             CacheVault::Error::NotRemembered);

    const auto withoutKeychain = unlocker(false);
    QCOMPARE(finish(*withoutKeychain, [&] { return withoutKeychain->unlockWithKeychain(); }).error,
             CacheVault::Error::KeychainUnavailable);
}

void TestCacheUnlocker::rewrapWithTheRightOldPassword()
{
    const auto u = unlocker(false);
    const CacheUnlocker::Outcome created = finish(*u, [&] { return u->create(u"old-pass"_s); });
    QVERIFY(created.ok());
    QVERIFY(writeMarker(*u, *created.key));

    const CacheUnlocker::Outcome rewrapped =
        finish(*u, [&] { return u->rewrap(u"old-pass"_s, u"new-pass"_s); });
    QVERIFY2(rewrapped.ok(), qPrintable(rewrapped.detail));
    QVERIFY(rewrapped.rewrapped);
    QVERIFY(!rewrapped.created);
    QCOMPARE(*rewrapped.key, *created.key);

    const CacheUnlocker::Outcome withNew =
        finish(*u, [&] { return u->unlockWithPassword(u"new-pass"_s); });
    QVERIFY(withNew.ok());
    QCOMPARE(*withNew.key, *created.key);
    QCOMPARE(finish(*u, [&] { return u->unlockWithPassword(u"old-pass"_s); }).error,
             CacheVault::Error::WrongPassword);
    QVERIFY(hasMarker(*u, *withNew.key));
}

void TestCacheUnlocker::rewrapWithAWrongOldPasswordChangesNothing()
{
    const auto u = unlocker(false);
    const CacheUnlocker::Outcome created = finish(*u, [&] { return u->create(u"old-pass"_s); });
    QVERIFY(created.ok());
    const QByteArray keyFile = TestFiles::readFile(u->location().keyFilePath());

    const CacheUnlocker::Outcome refused =
        finish(*u, [&] { return u->rewrap(u"not-the-old-one"_s, u"new-pass"_s); });
    QCOMPARE(refused.error, CacheVault::Error::WrongPassword);
    QVERIFY(!refused.rewrapped);
    QCOMPARE(TestFiles::readFile(u->location().keyFilePath()), keyFile);
    QVERIFY(finish(*u, [&] { return u->unlockWithPassword(u"old-pass"_s); }).ok());
    QCOMPARE(finish(*u, [&] { return u->unlockWithPassword(u"new-pass"_s); }).error,
             CacheVault::Error::WrongPassword);
}

void TestCacheUnlocker::rewrapRememberedKeyTakesTheNewPassword()
{
    const auto u = unlocker();
    const CacheUnlocker::Outcome created = finish(*u, [&] { return u->create(u"old-pass"_s); });
    QVERIFY(created.ok());
    QVERIFY(writeMarker(*u, *created.key));

    const CacheUnlocker::Outcome rewrapped =
        finish(*u, [&] { return u->rewrapRememberedKey(u"new-pass"_s); });
    QVERIFY2(rewrapped.ok(), qPrintable(rewrapped.detail));
    QVERIFY(rewrapped.rewrapped);
    QCOMPARE(*rewrapped.key, *created.key);
    QCOMPARE(finish(*u, [&] { return u->unlockWithPassword(u"old-pass"_s); }).error,
             CacheVault::Error::WrongPassword);
    const CacheUnlocker::Outcome withNew =
        finish(*u, [&] { return u->unlockWithPassword(u"new-pass"_s); });
    QVERIFY(withNew.ok());
    QVERIFY(hasMarker(*u, *withNew.key));

    // Nothing in the keychain (or no keychain): the key file stays as it is.
    QVERIFY(CacheVault(u->location(), m_keychain.get()).forgetRememberedKey());
    const QByteArray keyFile = TestFiles::readFile(u->location().keyFilePath());
    QCOMPARE(finish(*u, [&] { return u->rewrapRememberedKey(u"third-pass"_s); }).error,
             CacheVault::Error::NotRemembered);
    const auto withoutKeychain = unlocker(false);
    QCOMPARE(finish(*withoutKeychain,
                    [&] { return withoutKeychain->rewrapRememberedKey(u"third-pass"_s); })
                 .error,
             CacheVault::Error::KeychainUnavailable);
    QCOMPARE(TestFiles::readFile(u->location().keyFilePath()), keyFile);
}

void TestCacheUnlocker::rewrapRememberedKeyRefusesAKeyThatDoesNotOpenTheCache()
{
    const auto u = unlocker();
    const CacheUnlocker::Outcome created = finish(*u, [&] { return u->create(u"old-pass"_s); });
    QVERIFY(created.ok());
    QVERIFY(writeMarker(*u, *created.key));
    // As left by an earlier cache of the same user that was replaced without the keychain.
    QVERIFY(m_keychain->writeBlocking(u->location().keychainEntry(), TestFiles::randomKey()).ok());
    const QByteArray keyFile = TestFiles::readFile(u->location().keyFilePath());

    const CacheUnlocker::Outcome refused =
        finish(*u, [&] { return u->rewrapRememberedKey(u"new-pass"_s); });
    QCOMPARE(refused.error, CacheVault::Error::NotRemembered);
    QCOMPARE(TestFiles::readFile(u->location().keyFilePath()), keyFile);
    const CacheUnlocker::Outcome withOld =
        finish(*u, [&] { return u->unlockWithPassword(u"old-pass"_s); });
    QVERIFY(withOld.ok());
    QVERIFY(hasMarker(*u, *withOld.key));
}

void TestCacheUnlocker::recreateDiscardsTheOldCache()
{
    const auto u = unlocker();
    const CacheUnlocker::Outcome old = finish(*u, [&] { return u->create(u"old-pass"_s); });
    QVERIFY(old.ok());
    QVERIFY(writeMarker(*u, *old.key));
    QVERIFY(QFile::exists(u->location().databasePath()));

    const CacheUnlocker::Outcome fresh = finish(*u, [&] { return u->recreate(u"new-pass"_s); });
    QVERIFY2(fresh.ok(), qPrintable(fresh.detail));
    QVERIFY(fresh.created);
    QVERIFY(!(*fresh.key == *old.key));
    // The old database went with its folder; nothing was left beside the new one.
    QVERIFY(!QFile::exists(u->location().databasePath()));
    QCOMPARE(QDir(m_root->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {u->location().id()});
    QVERIFY(!hasMarker(*u, *fresh.key));

    const CacheUnlocker::Outcome withNew =
        finish(*u, [&] { return u->unlockWithPassword(u"new-pass"_s); });
    QVERIFY(withNew.ok());
    QCOMPARE(*withNew.key, *fresh.key);
    QCOMPARE(finish(*u, [&] { return u->unlockWithPassword(u"old-pass"_s); }).error,
             CacheVault::Error::WrongPassword);
    // The keychain holds the new key, not the discarded one.
    const CacheUnlocker::Outcome remembered = finish(*u, [&] { return u->unlockWithKeychain(); });
    QVERIFY(remembered.ok());
    QCOMPARE(*remembered.key, *fresh.key);

    // Without a cache there is nothing to discard: it is simply created.
    init();
    const auto first = unlocker(false);
    const CacheUnlocker::Outcome created = finish(*first, [&] { return first->recreate(u"p"_s); });
    QVERIFY2(created.ok(), qPrintable(created.detail));
    QVERIFY(created.created);
}

void TestCacheUnlocker::secondOperationIsRefusedWhileBusy()
{
    const auto u = unlocker();
    std::vector<CacheUnlocker::Outcome> outcomes;
    connect(u.get(), &CacheUnlocker::finished, this,
            [&outcomes](const CacheUnlocker::Outcome& outcome) { outcomes.push_back(outcome); });
    QVERIFY(!u->isBusy());
    QVERIFY(u->create(u"first"_s));
    QVERIFY(u->isBusy());
    // The first operation reports only through the event loop, so it is still running here.
    QVERIFY(!u->create(u"second"_s));
    QVERIFY(!u->unlockWithPassword(u"first"_s));
    QVERIFY(!u->openWithPassword(u"first"_s));
    QVERIFY(!u->unlockWithKeychain());
    QVERIFY(!u->rewrap(u"first"_s, u"second"_s));
    QVERIFY(!u->rewrapRememberedKey(u"second"_s));
    QVERIFY(!u->recreate(u"second"_s));
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), size_t(1), 20000);
    QTest::qWait(50);
    QCOMPARE(outcomes.size(), size_t(1));
    QVERIFY(outcomes.front().ok());
    QVERIFY(!u->isBusy());
    // The refused calls did nothing: the first password, not the second, opens the cache.
    QVERIFY(finish(*u, [&] { return u->unlockWithPassword(u"first"_s); }).ok());
    QCOMPARE(finish(*u, [&] { return u->unlockWithPassword(u"second"_s); }).error,
             CacheVault::Error::WrongPassword);
}

QTEST_GUILESS_MAIN(TestCacheUnlocker)
#include "tst_cacheunlocker.moc"
