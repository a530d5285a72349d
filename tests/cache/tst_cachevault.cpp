#include "TestFiles.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheVault.h"
#include "keys/Keychain.h"

#include <QDir>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Runs twice (see CMakeLists.txt): with a real Secret Service on a private D-Bus, and with no
// keychain at all, where the password-wrapped key is the only way in.
class TestCacheVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createThenUnlockWithPassword();
    void wrongPasswordLeavesDataUntouched();
    void keychainKeepsTheKeyWhenThereIsOne();
    void changedPasswordRewrapsTheSameKey();
    void missingOrDamagedKeyFileIsReported();
    void refusesToReplaceAnExistingKey();
    void cachesAreSeparatePerServerAndLogin();
    void noSecretReachesDiskOrLog();

private:
    CacheVault vault(const QString& login = u"Ivanov"_s) const;
    bool withSecretService() const { return m_mode == u"secret-service"; }
    static void captureMessage(QtMsgType type, const QMessageLogContext& context,
                               const QString& message);

    static constexpr quint32 fastIterations = PasswordKeyWrap::minimumIterations;
    QString m_mode;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<QTemporaryDir> m_root;
    QStringList m_secrets;
    static inline QStringList s_log;
    static inline QtMessageHandler s_previousHandler = nullptr;
};

void TestCacheVault::captureMessage(QtMsgType type, const QMessageLogContext& context,
                                    const QString& message)
{
    s_log.append(message);
    s_previousHandler(type, context, message);
}

void TestCacheVault::initTestCase()
{
    s_previousHandler = qInstallMessageHandler(captureMessage);
    QCoreApplication::setOrganizationName(u"Kabinet"_s);
    QCoreApplication::setApplicationName(u"Kabinet"_s);
    m_mode = qEnvironmentVariable("KABINET_TEST_KEYCHAIN");
    QVERIFY2(m_mode == u"secret-service" || m_mode == u"none",
             "KABINET_TEST_KEYCHAIN must be secret-service or none");
    m_keychain = std::make_unique<Keychain>(u"Kabinet test"_s);
    m_keychain->setTimeout(std::chrono::milliseconds(3000));
}

void TestCacheVault::init()
{
    m_root = std::make_unique<QTemporaryDir>(QDir::home().filePath(u"vault-XXXXXX"_s));
    QVERIFY(m_root->isValid());
}

CacheVault TestCacheVault::vault(const QString& login) const
{
    return CacheVault(
        CacheLocation::forUser(QUrl(u"https://portal.example"_s), login, m_root->path()),
        m_keychain.get());
}

void TestCacheVault::createThenUnlockWithPassword()
{
    const QString password = u"Pa$$w0rd-create"_s;
    m_secrets << password;
    const CacheVault v = vault();
    QVERIFY(!v.exists());
    const CacheVault::Result created = v.create(password, fastIterations);
    QVERIFY2(created.ok(), qPrintable(created.detail));
    QVERIFY(v.exists());
    m_secrets << QString::fromLatin1(created.key->toHex());

    {
        auto cache =
            CacheDatabase::open(v.location().databasePath(), created.key->bytes(), u"vault"_s);
        QVERIFY(cache);
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"CREATE TABLE t (v TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO t VALUES ('Лебедка')"_s));
    }

    const CacheVault::Result unlocked = v.unlockWithPassword(password);
    QVERIFY(unlocked.ok());
    QVERIFY(*unlocked.key == *created.key);
    auto cache =
        CacheDatabase::open(v.location().databasePath(), unlocked.key->bytes(), u"vault2"_s);
    QVERIFY(cache);
    QSqlQuery query(cache->database());
    QVERIFY(query.exec(u"SELECT v FROM t"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Лебедка"_s);
}

void TestCacheVault::wrongPasswordLeavesDataUntouched()
{
    const CacheVault v = vault();
    const CacheVault::Result created = v.create(u"right-password"_s, fastIterations);
    QVERIFY(created.ok());
    {
        auto cache =
            CacheDatabase::open(v.location().databasePath(), created.key->bytes(), u"data"_s);
        QVERIFY(cache);
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"CREATE TABLE t (v TEXT)"_s));
    }
    const QByteArray data = TestFiles::readFile(v.location().databasePath());
    const QByteArray keyFile = TestFiles::readFile(v.location().keyFilePath());

    const CacheVault::Result refused = v.unlockWithPassword(u"wrong-password"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error, CacheVault::Error::WrongPassword);
    QVERIFY(!CacheVault::errorText(refused.error).isEmpty());
    QCOMPARE(TestFiles::readFile(v.location().databasePath()), data);
    QCOMPARE(TestFiles::readFile(v.location().keyFilePath()), keyFile);
}

void TestCacheVault::keychainKeepsTheKeyWhenThereIsOne()
{
    const CacheVault v = vault();
    const QString password = u"keychain-pass"_s;
    const CacheVault::Result created = v.create(password, fastIterations);
    QVERIFY(created.ok());

    const CacheVault::Result fromKeychain = v.unlockWithKeychain();
    if (!withSecretService()) {
        QCOMPARE(fromKeychain.error, CacheVault::Error::KeychainUnavailable);
        // The password still opens it.
        QVERIFY(v.unlockWithPassword(password).ok());
        return;
    }
    QVERIFY2(fromKeychain.ok(), qPrintable(fromKeychain.detail));
    QVERIFY(*fromKeychain.key == *created.key);

    QVERIFY(v.forgetRememberedKey());
    QCOMPARE(v.unlockWithKeychain().error, CacheVault::Error::NotRemembered);
    // Unlocking with the password puts the key back.
    QVERIFY(v.unlockWithPassword(password).ok());
    const CacheVault::Result again = v.unlockWithKeychain();
    QVERIFY(again.ok());
    QVERIFY(*again.key == *created.key);
    QVERIFY(v.forgetRememberedKey());
}

void TestCacheVault::changedPasswordRewrapsTheSameKey()
{
    const CacheVault v = vault();
    const CacheVault::Result created = v.create(u"old-password"_s, fastIterations);
    QVERIFY(created.ok());
    QCOMPARE(v.changePassword(u"not-the-old-one"_s, u"new-password"_s, fastIterations).error,
             CacheVault::Error::WrongPassword);
    QVERIFY(v.changePassword(u"old-password"_s, u"new-password"_s, fastIterations).ok());
    QCOMPARE(v.unlockWithPassword(u"old-password"_s).error, CacheVault::Error::WrongPassword);
    const CacheVault::Result unlocked = v.unlockWithPassword(u"new-password"_s);
    QVERIFY(unlocked.ok());
    QVERIFY(*unlocked.key == *created.key);
}

void TestCacheVault::missingOrDamagedKeyFileIsReported()
{
    const CacheVault v = vault();
    QCOMPARE(v.unlockWithPassword(u"whatever"_s).error, CacheVault::Error::NoCache);
    QCOMPARE(v.unlockWithKeychain().error, CacheVault::Error::NoCache);

    QVERIFY(v.create(u"password"_s, fastIterations).ok());
    QFile file(v.location().keyFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("this is not a key file");
    file.close();
    QCOMPARE(v.unlockWithPassword(u"password"_s).error, CacheVault::Error::KeyFileDamaged);
}

void TestCacheVault::refusesToReplaceAnExistingKey()
{
    const CacheVault v = vault();
    QVERIFY(v.create(u"first"_s, fastIterations).ok());
    const QByteArray keyFile = TestFiles::readFile(v.location().keyFilePath());
    QVERIFY(!v.create(u"second"_s, fastIterations).ok());
    QCOMPARE(TestFiles::readFile(v.location().keyFilePath()), keyFile);
    QVERIFY(v.unlockWithPassword(u"first"_s).ok());
}

void TestCacheVault::cachesAreSeparatePerServerAndLogin()
{
    const QString root = m_root->path();
    const QUrl server(u"https://portal.example"_s);
    const CacheLocation ivanov = CacheLocation::forUser(server, u"Ivanov"_s, root);
    QCOMPARE(CacheLocation::forUser(QUrl(u"HTTPS://Portal.Example:443/"_s), u"ivanov "_s, root)
                 .directory(),
             ivanov.directory());
    QVERIFY(CacheLocation::forUser(server, u"Петров"_s, root).directory() != ivanov.directory());
    QVERIFY(CacheLocation::forUser(QUrl(u"https://other.example"_s), u"Ivanov"_s, root).directory()
            != ivanov.directory());
    QVERIFY(!ivanov.directory().contains(u"Ivanov"_s, Qt::CaseInsensitive));
    QVERIFY(!ivanov.directory().contains(u"portal"_s));
    QVERIFY(ivanov.directory().startsWith(root));
    QVERIFY(CacheLocation::defaultRoot().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestCacheVault::noSecretReachesDiskOrLog()
{
    QVERIFY(m_secrets.size() >= 2);
    QSettings settings;
    settings.sync();
    for (const QString& secret : std::as_const(m_secrets)) {
        for (const QString& line : std::as_const(s_log))
            QVERIFY2(!line.contains(secret), qPrintable(u"a secret was logged: "_s + line));
        QCOMPARE(TestFiles::filesContaining(QDir::homePath(), secret.toUtf8()), QStringList());
    }
    // QtKeychain's insecure fallback would have written the key into this file.
    QVERIFY(!TestFiles::readFile(settings.fileName()).contains("cache-key"));
}

QTEST_GUILESS_MAIN(TestCacheVault)
#include "tst_cachevault.moc"
