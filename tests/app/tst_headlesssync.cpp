#include "ChildRun.h"
#include "PortalProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheLocation.h"
#include "cache/CacheVault.h"
#include "cache/SqlCipherDriver.h"
#include "store/AccountStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

// `kabinet --sync` as a script runs it: the real binary against the real kabinet-portal, under a
// real Secret Service (the CTest wrapper starts gnome-keyring), into the cache the window uses.
class tst_HeadlessSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncFillsTheCacheWithTheServersAccounts();
    void secondSyncBringsNothing();
    void wrongPasswordIsRefusedAndKeepsTheCache();
    void rememberedSessionNeedsNoPassword();
    void aPasswordChangedElsewhereRewrapsTheRememberedKey();
    void unreachableServerIsOffline();
    void untrustedServerIsATlsFailure();
    void missingUserIsAUsageError();

private:
    using Run = ChildRun::Result;
    Run kabinet(const QStringList& arguments, const std::optional<QByteArray>& password);
    QStringList syncArguments() const;
    // The account numbers and balances in the cache, opened with the password.
    QMap<QString, qint64> cachedBalances(const QString& password = u"kapremont"_s);
    // The same from GET /api/v1/accounts as demo.
    QMap<QString, qint64> serverBalances(const QString& password = u"kapremont"_s);
    // PUT /api/v1/profile/password as demo, as the portal's profile page would.
    bool changePassword(const QString& from, const QString& to);

    PortalProcess m_portal;
};

void tst_HeadlessSync::initTestCase()
{
    // The child's cache folder derives from these names (CacheLocation::defaultRoot()).
    QCoreApplication::setOrganizationName(u"Kabinet"_s);
    QCoreApplication::setApplicationName(u"Kabinet"_s);
    SqlCipherDriver::registerDriver();
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
}

tst_HeadlessSync::Run tst_HeadlessSync::kabinet(const QStringList& arguments,
                                                const std::optional<QByteArray>& password)
{
    return ChildRun::run(QStringLiteral(KABINET_BINARY), arguments,
                         QProcessEnvironment::systemEnvironment(), password);
}

QStringList tst_HeadlessSync::syncArguments() const
{
    return {u"--sync"_s, u"--server"_s, m_portal.baseUrl().toString(), u"--ca"_s, m_portal.caPath(),
            u"--user"_s, u"demo"_s};
}

QMap<QString, qint64> tst_HeadlessSync::cachedBalances(const QString& password)
{
    const CacheVault vault(CacheLocation::forUser(m_portal.baseUrl(), u"demo"_s), nullptr);
    const CacheVault::Result unlocked = vault.unlockWithPassword(password);
    if (!unlocked.ok()) {
        qWarning() << "cannot unlock the cache:" << unlocked.detail;
        return {};
    }
    QMap<QString, qint64> balances;
    {
        std::optional<CacheDatabase> db =
            CacheDatabase::open(vault.location().databasePath(), unlocked.key->bytes(), u"test"_s);
        if (!db)
            return {};
        const AccountStore store(db->database());
        for (const Account& account : store.accounts().value_or(QList<Account>()))
            balances.insert(account.number, account.balance.kopecks());
    }
    return balances;
}

bool tst_HeadlessSync::changePassword(const QString& from, const QString& to)
{
    const PortalReply login =
        m_portal.post(u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, from}});
    const QString token = login.json.value(u"accessToken"_s).toString();
    const PortalReply changed = m_portal.put(
        u"/api/v1/profile/password"_s,
        {{u"currentPassword"_s, from}, {u"password"_s, to}, {u"passwordConfirmation"_s, to}},
        PortalClient::bearer(token));
    return changed.status == 204;
}

QMap<QString, qint64> tst_HeadlessSync::serverBalances(const QString& password)
{
    const PortalReply login =
        m_portal.post(u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, password}});
    const QString token = login.json.value(u"accessToken"_s).toString();
    const PortalReply accounts = m_portal.get(u"/api/v1/accounts"_s, PortalClient::bearer(token));
    QMap<QString, qint64> balances;
    for (const QJsonValue& item : accounts.json.value(u"items"_s).toArray()) {
        const QJsonObject account = item.toObject();
        balances.insert(account.value(u"number"_s).toString(),
                        qint64(account.value(u"balanceKopecks"_s).toDouble()));
    }
    return balances;
}

void tst_HeadlessSync::firstSyncFillsTheCacheWithTheServersAccounts()
{
    const Run run = kabinet(syncArguments() << u"--password-stdin"_s, "kapremont");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    static const QRegularExpression summary(
        uR"(^synced accounts=3 periods=[1-9]\d* payments=[1-9]\d* bytes=[1-9]\d* seconds=\d+\.\d+\n$)"_s);
    QVERIFY2(summary.match(run.out).hasMatch(), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"kapremont"_s) && !run.err.contains(u"kapremont"_s));

    const QMap<QString, qint64> server = serverBalances();
    QCOMPARE(server.size(), 3);
    QCOMPARE(cachedBalances(), server);
}

void tst_HeadlessSync::secondSyncBringsNothing()
{
    const Run run = kabinet(syncArguments() << u"--password-stdin"_s, "kapremont");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"synced accounts=0 periods=0 payments=0 "_s), qPrintable(run.out));
    QCOMPARE(cachedBalances(), serverBalances());
}

void tst_HeadlessSync::wrongPasswordIsRefusedAndKeepsTheCache()
{
    const QMap<QString, qint64> before = cachedBalances();
    QCOMPARE(before.size(), 3);
    const Run run = kabinet(syncArguments() << u"--password-stdin"_s, "not-the-password");
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"InvalidCredentials"_s), qPrintable(run.err));
    QCOMPARE(cachedBalances(), before);
}

void tst_HeadlessSync::rememberedSessionNeedsNoPassword()
{
    const Run remembered =
        kabinet(syncArguments() << u"--password-stdin"_s << u"--remember"_s, "kapremont");
    QVERIFY2(remembered.exitCode == 0, qPrintable(remembered.err));

    // No password on standard input at all: the keychain's refresh token and data key do it.
    const Run run = kabinet(syncArguments(), std::nullopt);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"synced "_s), qPrintable(run.out));
}

void tst_HeadlessSync::aPasswordChangedElsewhereRewrapsTheRememberedKey()
{
    // Since rememberedSessionNeedsNoPassword the keychain holds the data key. The password is
    // changed on the portal: the key file is still wrapped with the old one.
    const QString newPassword = u"Kapremont-2026"_s;
    QVERIFY(changePassword(u"kapremont"_s, newPassword));
    const Run run = kabinet(syncArguments() << u"--password-stdin"_s, newPassword.toUtf8());
    QVERIFY(changePassword(newPassword, u"kapremont"_s) || !run.err.isEmpty());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The keychain's key opened the cache and was wrapped with the new password on the way:
    // the password alone opens the saved data now, as the window would need when offline.
    QCOMPARE(cachedBalances(newPassword), serverBalances());

    // And back, which the next tests expect.
    const Run back = kabinet(syncArguments() << u"--password-stdin"_s, "kapremont");
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QCOMPARE(cachedBalances(u"kapremont"_s), serverBalances());
}

void tst_HeadlessSync::unreachableServerIsOffline()
{
    // A port of a server that has stopped: nothing listens there any more.
    PortalProcess gone;
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    const QString url = gone.baseUrl().toString();
    const QString ca = gone.caPath();
    const QString copiedCa = QDir::temp().filePath(u"kabinet-gone-ca.pem"_s);
    QFile::remove(copiedCa);
    QVERIFY(QFile::copy(ca, copiedCa));
    gone.stop();
    const Run run = kabinet({u"--sync"_s, u"--server"_s, url, u"--ca"_s, copiedCa, u"--user"_s,
                             u"demo"_s, u"--password-stdin"_s},
                            "kapremont");
    QFile::remove(copiedCa);
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
}

void tst_HeadlessSync::untrustedServerIsATlsFailure()
{
    // Without --ca the portal's development CA is not trusted.
    const Run run = kabinet({u"--sync"_s, u"--server"_s, m_portal.baseUrl().toString(), u"--user"_s,
                             u"demo"_s, u"--password-stdin"_s},
                            "kapremont");
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.out.isEmpty());
}

void tst_HeadlessSync::missingUserIsAUsageError()
{
    const Run run = kabinet({u"--sync"_s, u"--server"_s, m_portal.baseUrl().toString()}, "x");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--user"_s));
}

QTEST_GUILESS_MAIN(tst_HeadlessSync)
#include "tst_headlesssync.moc"
