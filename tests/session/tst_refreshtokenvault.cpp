// RefreshTokenVault against a real Secret Service (gnome-keyring-daemon on a private bus, started
// by with-gnome-keyring.sh; see CMakeLists.txt): the token is kept, replaced and removed there, one
// entry per server and login, and nowhere else.

#include "SecretScan.h"
#include "keys/Keychain.h"
#include "session/RefreshTokenVault.h"

#include <QDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QUrl server(u"https://portal.example.ru"_s);

struct Report
{
    Keychain::Status status = Keychain::Status::Failed;
    QString token;
};

std::optional<Report> loadFrom(RefreshTokenVault& vault)
{
    std::optional<Report> report;
    QObject::connect(
        &vault, &RefreshTokenVault::loaded, &vault,
        [&report](Keychain::Status status, const QString& token) {
            report = Report {status, token};
        },
        Qt::SingleShotConnection);
    vault.load();
    static_cast<void>(QTest::qWaitFor([&report] { return report.has_value(); }, 10000));
    return report;
}

std::optional<Keychain::Status> storeIn(RefreshTokenVault& vault, const QString& token)
{
    std::optional<Keychain::Status> status;
    QObject::connect(
        &vault, &RefreshTokenVault::stored, &vault,
        [&status](Keychain::Status reported) { status = reported; }, Qt::SingleShotConnection);
    vault.store(token);
    static_cast<void>(QTest::qWaitFor([&status] { return status.has_value(); }, 10000));
    return status;
}

std::optional<Keychain::Status> forgetIn(RefreshTokenVault& vault)
{
    std::optional<Keychain::Status> status;
    QObject::connect(
        &vault, &RefreshTokenVault::forgotten, &vault,
        [&status](Keychain::Status reported) { status = reported; }, Qt::SingleShotConnection);
    vault.forget();
    static_cast<void>(QTest::qWaitFor([&status] { return status.has_value(); }, 10000));
    return status;
}

} // namespace

class tst_RefreshTokenVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entryNamesTheUserWithoutShowingIt();
    void storeLoadReplaceForget();
    void usersAreKeptApart();
    void operationsReportInOrder();
    void tokensWentNowhereElse();

private:
    QStringList m_tokens;
};

void tst_RefreshTokenVault::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_refreshtokenvault"_s);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through with-gnome-keyring.sh (ctest does)");
}

void tst_RefreshTokenVault::entryNamesTheUserWithoutShowingIt()
{
    const QString entry = RefreshTokenVault::entryFor(server, u"Ivanov"_s);
    QVERIFY(entry.startsWith(u"refresh-token:"_s));
    QVERIFY(!entry.contains(u"ivanov"_s, Qt::CaseInsensitive));
    QVERIFY(!entry.contains(u"example"_s));
    // The same user written differently is the same entry...
    QCOMPARE(RefreshTokenVault::entryFor(QUrl(u"HTTPS://Portal.Example.ru:443/"_s), u" ivanov"_s),
             entry);
    // ...another user, or the same login on another server, is not.
    QVERIFY(RefreshTokenVault::entryFor(server, u"Petrov"_s) != entry);
    QVERIFY(RefreshTokenVault::entryFor(QUrl(u"https://other.example.ru"_s), u"Ivanov"_s) != entry);
    // The cache key's entry of the same user is another one.
    QVERIFY(!entry.startsWith(u"cache-key:"_s));

    RefreshTokenVault vault(server, u"Ivanov"_s);
    QCOMPARE(vault.entry(), entry);
    QCOMPARE(vault.service(), Keychain::defaultService());
}

void tst_RefreshTokenVault::storeLoadReplaceForget()
{
    RefreshTokenVault vault(server, u"Ivanov"_s);
    const std::optional<Report> nothing = loadFrom(vault);
    QVERIFY(nothing);
    QCOMPARE(nothing->status, Keychain::Status::NotFound);
    QVERIFY(nothing->token.isEmpty());

    const QString first = u"kP3x.first-refresh-token_Ж"_s;
    m_tokens << first;
    QCOMPARE(storeIn(vault, first), std::optional(Keychain::Status::Ok));
    QCOMPARE(vault.pendingOperations(), 0);

    // Another vault object (a new start of the application) finds it.
    RefreshTokenVault later(QUrl(u"https://PORTAL.example.ru/"_s), u"IVANOV"_s);
    std::optional<Report> loaded = loadFrom(later);
    QVERIFY(loaded);
    QCOMPARE(loaded->status, Keychain::Status::Ok);
    QCOMPARE(loaded->token, first);

    const QString second = u"kP3x.second-refresh-token"_s;
    m_tokens << second;
    QCOMPARE(storeIn(later, second), std::optional(Keychain::Status::Ok));
    loaded = loadFrom(vault);
    QCOMPARE(loaded->token, second);

    QCOMPARE(forgetIn(vault), std::optional(Keychain::Status::Ok));
    QCOMPARE(loadFrom(later)->status, Keychain::Status::NotFound);
    // Forgetting what is not there is fine.
    QCOMPARE(forgetIn(vault), std::optional(Keychain::Status::Ok));
}

void tst_RefreshTokenVault::usersAreKeptApart()
{
    RefreshTokenVault ivanov(server, u"Ivanov"_s);
    RefreshTokenVault petrov(server, u"Petrov"_s);
    RefreshTokenVault elsewhere(QUrl(u"https://other.example.ru"_s), u"Ivanov"_s);
    m_tokens << u"token-of-ivanov"_s << u"token-of-petrov"_s;
    QCOMPARE(storeIn(ivanov, u"token-of-ivanov"_s), std::optional(Keychain::Status::Ok));
    QCOMPARE(storeIn(petrov, u"token-of-petrov"_s), std::optional(Keychain::Status::Ok));
    QCOMPARE(loadFrom(ivanov)->token, u"token-of-ivanov"_s);
    QCOMPARE(loadFrom(petrov)->token, u"token-of-petrov"_s);
    QCOMPARE(loadFrom(elsewhere)->status, Keychain::Status::NotFound);

    QCOMPARE(forgetIn(petrov), std::optional(Keychain::Status::Ok));
    QCOMPARE(loadFrom(ivanov)->token, u"token-of-ivanov"_s);
    QCOMPARE(forgetIn(ivanov), std::optional(Keychain::Status::Ok));
}

void tst_RefreshTokenVault::operationsReportInOrder()
{
    // What AuthorizedApi does after refreshes in a row, then a refusal: the last word wins.
    RefreshTokenVault vault(server, u"Sidorov"_s);
    QStringList reports;
    connect(&vault, &RefreshTokenVault::stored, this, [&reports] { reports << u"stored"_s; });
    connect(&vault, &RefreshTokenVault::forgotten, this, [&reports] { reports << u"forgotten"_s; });
    m_tokens << u"rotated-1"_s << u"rotated-2"_s << u"rotated-3"_s;
    vault.store(u"rotated-1"_s);
    vault.store(u"rotated-2"_s);
    vault.forget();
    vault.store(u"rotated-3"_s);
    QCOMPARE(vault.pendingOperations(), 4);
    QTRY_COMPARE(vault.pendingOperations(), 0);
    QCOMPARE(reports, (QStringList {u"stored"_s, u"stored"_s, u"forgotten"_s, u"stored"_s}));
    QCOMPARE(loadFrom(vault)->token, u"rotated-3"_s);
    QCOMPARE(forgetIn(vault), std::optional(Keychain::Status::Ok));
}

void tst_RefreshTokenVault::tokensWentNowhereElse()
{
    QVERIFY(m_tokens.size() >= 5);
    for (const QString& token : std::as_const(m_tokens)) {
        const QByteArray secret = token.toUtf8();
        const QStringList settings =
            SecretScan::settingsFilesContaining(Keychain::defaultService(), secret);
        QVERIFY2(settings.isEmpty(), qPrintable(settings.join(u", "_s)));
        const QStringList files = SecretScan::filesContaining(QDir::homePath(), secret);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(tst_RefreshTokenVault)
#include "tst_refreshtokenvault.moc"
