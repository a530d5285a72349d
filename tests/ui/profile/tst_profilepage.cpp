// «Мой профиль» against the real kabinet-portal with its demo data and a real SQLCipher cache:
// the e-mail change with its confirmation, the receipt subscription's request, unlinking an
// account (asked first, then gone from the server and from the cache), the password change (its
// rules, a wrong current password, then the new one signs in and opens the cache) and deleting
// the user (asked first, then the cache folder is gone). The slots run in order: the last ones
// change the demo user's password and delete it.

#include "DemoServer.h"
#include "ReplyWaiter.h"
#include "SignedInClient.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheVault.h"
#include "profile/ChangePasswordDialog.h"
#include "profile/DeleteUserDialog.h"
#include "profile/LocalDataCleaner.h"
#include "profile/ProfilePage.h"
#include "protocol/ValidationRules.h"
#include "store/AccountStore.h"
#include "store/CacheSchema.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString demoPassword = u"kapremont"_s;
const QString newPassword = u"novyi-parol1"_s;

} // namespace

class tst_ProfilePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheProfile();
    void emailChangeNeedsAConfirmation();
    void subscriptionIsRequestedNotSent();
    void unlinkAsksThenRemovesFromServerAndCache();
    void passwordChangeFollowsTheRules();
    void passwordChangeRewrapsTheCacheKey();
    void deleteUserAsksThenErasesTheCache();

private:
    std::optional<qint64> addressId(const AddressQuery& query, const QString& name);
    std::optional<Account> linkFreeAccount();
    std::optional<CacheDatabase> openCache(const QString& connection) const;
    void savePage(const QString& name);
    // The question the page opened, once it shows.
    template<typename Dialog>
    Dialog* waitForChild(const QString& objectName = {});

    DemoServer m_server;
    std::unique_ptr<SignedInClient> m_session;
    QTemporaryDir m_cacheRoot;
    std::optional<DataKey> m_key;
    std::unique_ptr<LocalDataCleaner> m_cleaner;
    std::unique_ptr<ProfilePage> m_page;
};

void tst_ProfilePage::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_session = std::make_unique<SignedInClient>(m_server);
    QVERIFY(m_session->logIn(u"demo"_s, demoPassword));

    // The cache the application would have for demo on this server, key wrapped with the password.
    const CacheLocation location =
        CacheLocation::forUser(m_server.baseUrl(), u"demo"_s, m_cacheRoot.path());
    const CacheVault::Result created =
        CacheVault(location, nullptr).create(demoPassword, PasswordKeyWrap::minimumIterations);
    QVERIFY2(created.ok(), qPrintable(created.detail));
    m_key = *created.key;
    QString message;
    std::optional<CacheDatabase> cache = openCache(u"test-setup"_s);
    QVERIFY(cache);
    QVERIFY2(CacheSchema::migrate(cache->database(), CacheSchema::latestVersion(), &message),
             qPrintable(message));

    m_cleaner = std::make_unique<LocalDataCleaner>(m_server.baseUrl(), u"demo"_s, *m_key, nullptr,
                                                   m_cacheRoot.path());
    m_page = std::make_unique<ProfilePage>(m_session->client);
    m_page->setCleaner(m_cleaner.get());
    m_page->resize(720, 620);
    m_page->show();
}

std::optional<CacheDatabase> tst_ProfilePage::openCache(const QString& connection) const
{
    return CacheDatabase::open(
        m_cleaner ? m_cleaner->location().databasePath()
                  : CacheLocation::forUser(m_server.baseUrl(), u"demo"_s, m_cacheRoot.path())
                        .databasePath(),
        m_key->bytes(), connection);
}

std::optional<qint64> tst_ProfilePage::addressId(const AddressQuery& query, const QString& name)
{
    const Waited<QList<AddressItem>> items = waitFor(m_session->client.addresses(query));
    if (!items.isOk())
        return std::nullopt;
    for (const AddressItem& item : *items.value) {
        if (item.name == name)
            return item.id;
    }
    return std::nullopt;
}

std::optional<Account> tst_ProfilePage::linkFreeAccount()
{
    using Level = AddressQuery::Level;
    const std::optional<qint64> district =
        addressId(AddressQuery::districts(), u"Мирнинский район"_s);
    const std::optional<qint64> settlement = district
        ? addressId(AddressQuery::within(Level::Settlement, *district), u"г.п. Мирный"_s)
        : std::nullopt;
    const std::optional<qint64> street = settlement
        ? addressId(AddressQuery::within(Level::Street, *settlement), u"ул. Мира"_s)
        : std::nullopt;
    const std::optional<qint64> house =
        street ? addressId(AddressQuery::within(Level::House, *street), u"4"_s) : std::nullopt;
    const std::optional<qint64> flat = house
        ? addressId(AddressQuery::within(Level::Flat, *house).limitedTo(200), u"12"_s)
        : std::nullopt;
    if (!flat)
        return std::nullopt;
    const Waited<CaptchaChallenge> captcha = waitFor(m_session->client.createCaptcha());
    if (!captcha.isOk())
        return std::nullopt;
    const Waited<Account> linked = waitFor(m_session->client.linkAccount(
        {*flat, u"16621"_s, QDate(2024, 9, 20), Money::fromKopecks(150000), captcha.value->id,
         DemoServer::captchaAnswer()}));
    return linked.value;
}

void tst_ProfilePage::savePage(const QString& name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    QVERIFY(m_page->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

template<typename Dialog>
Dialog* tst_ProfilePage::waitForChild(const QString& objectName)
{
    Dialog* found = nullptr;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            found = m_page->findChild<Dialog*>(objectName);
            return found && found->isVisible();
        },
        5000));
    return found;
}

void tst_ProfilePage::showsTheProfile()
{
    m_page->reloadProfile();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->loginLabel()->text(), u"demo"_s, 10000);
    QCOMPARE(m_page->emailEdit()->text(), u"demo@kabinet.example"_s);
    const Waited<QList<Account>> accounts = waitFor(m_session->client.accounts());
    QVERIFY2(accounts.isOk(), accounts.describe());
    m_page->setAccounts(*accounts.value);
    QCOMPARE(m_page->accountList()->count(), accounts.value->size());
    QVERIFY(!m_page->unlinkButton()->isEnabled());
    m_page->accountList()->setCurrentRow(0);
    QVERIFY(m_page->unlinkButton()->isEnabled());
    savePage(u"profilepage.png"_s);
}

void tst_ProfilePage::emailChangeNeedsAConfirmation()
{
    QLineEdit* email = m_page->emailEdit();
    QLineEdit* confirmation = m_page->emailConfirmationEdit();
    email->clear();
    QTest::keyClicks(email, u"not an address"_s);
    QTest::mouseClick(m_page->saveEmailButton(), Qt::LeftButton);
    QCOMPARE(m_page->emailMessage(), ValidationRules::validateEmail(u"not an address"_s).message());
    QVERIFY(!m_page->emailConfirmationMessage().isEmpty());

    email->setText(u"demo-new@kabinet.example"_s);
    m_page->saveEmail();
    QVERIFY(m_page->emailMessage().isEmpty());
    QVERIFY(!m_page->emailConfirmationMessage().isEmpty());
    QTest::keyClicks(confirmation, u"demo-neu@kabinet.example"_s);
    m_page->saveEmail();
    QVERIFY(!m_page->emailConfirmationMessage().isEmpty());
    QVERIFY(!m_page->isBusy());

    confirmation->setText(u"demo-new@kabinet.example"_s);
    QSignalSpy changed(m_page.get(), &ProfilePage::profileChanged);
    m_page->saveEmail();
    QVERIFY(m_page->isBusy());
    QVERIFY(!m_page->saveEmailButton()->isEnabled());
    QVERIFY(changed.wait(10000));
    QVERIFY(m_page->emailConfirmationMessage().isEmpty());
    QCOMPARE(m_page->profile().email, u"demo-new@kabinet.example"_s);
    const Waited<UserProfile> onServer = waitFor(m_session->client.profile());
    QVERIFY2(onServer.isOk(), onServer.describe());
    QCOMPARE(onServer.value->email, u"demo-new@kabinet.example"_s);
}

void tst_ProfilePage::subscriptionIsRequestedNotSent()
{
    QSignalSpy requested(m_page.get(), &ProfilePage::subscriptionChangeRequested);
    const bool before = m_page->subscriptionBox()->isChecked();
    QTest::mouseClick(m_page->subscriptionBox(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toBool(), !before);
    QVERIFY(!m_page->subscriptionPendingLabel()->isVisibleTo(m_page.get()));
    m_page->setSubscriptionPending(true);
    QVERIFY(m_page->subscriptionPendingLabel()->isVisibleTo(m_page.get()));
    savePage(u"profilepage-pending.png"_s);
    m_page->setSubscriptionPending(false);
    QVERIFY(!m_page->subscriptionPendingLabel()->isVisibleTo(m_page.get()));
    // Showing a profile is not a request.
    m_page->setProfile(m_page->profile());
    QCOMPARE(requested.size(), 1);
}

void tst_ProfilePage::unlinkAsksThenRemovesFromServerAndCache()
{
    const std::optional<Account> linked = linkFreeAccount();
    QVERIFY(linked);
    {
        std::optional<CacheDatabase> cache = openCache(u"test-unlink-write"_s);
        QVERIFY(cache);
        AccountStore store(cache->database());
        QVERIFY(store.upsert(*linked));
        Account other = *linked;
        other.id = 424242;
        other.number = u"99999"_s;
        QVERIFY(store.upsert(other));
    }
    const Waited<QList<Account>> accounts = waitFor(m_session->client.accounts());
    QVERIFY2(accounts.isOk(), accounts.describe());
    m_page->setAccounts(*accounts.value);
    const QList<QListWidgetItem*> rows =
        m_page->accountList()->findItems(u"16621"_s, Qt::MatchContains);
    QCOMPARE(rows.size(), 1);

    // Cancel: nothing happens.
    m_page->accountList()->setCurrentItem(rows.first());
    QTest::mouseClick(m_page->unlinkButton(), Qt::LeftButton);
    QMessageBox* question = waitForChild<QMessageBox>(u"unlinkQuestion"_s);
    QVERIFY(question);
    QVERIFY(question->text().contains(u"16621"_s));
    QVERIFY(question->informativeText().contains(u"removed"_s));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(!m_page->isBusy());
    QVERIFY(waitFor(m_session->client.account(linked->id)).isOk());

    QSignalSpy unlinked(m_page.get(), &ProfilePage::accountUnlinked);
    m_page->accountList()->setCurrentItem(rows.first());
    m_page->unlinkSelected();
    question = waitForChild<QMessageBox>(u"unlinkQuestion"_s);
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QVERIFY(m_page->isBusy());
    QVERIFY(!m_page->unlinkButton()->isEnabled());
    QVERIFY(unlinked.wait(10000));
    QCOMPARE(unlinked.at(0).at(0).toLongLong(), linked->id);
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_page->accountList()->findItems(u"16621"_s, Qt::MatchContains).size(), 0);
    QCOMPARE(m_page->accountList()->count(), accounts.value->size() - 1);

    const Waited<Account> gone = waitFor(m_session->client.account(linked->id));
    QCOMPARE(gone.error.kind, ApiError::Kind::NotFound);
    std::optional<CacheDatabase> cache = openCache(u"test-unlink-read"_s);
    QVERIFY(cache);
    AccountStore store(cache->database());
    QVERIFY(!store.account(linked->id));
    QVERIFY(!store.lastError().isValid());
    QVERIFY(store.account(424242));
}

void tst_ProfilePage::passwordChangeFollowsTheRules()
{
    QSignalSpy changed(m_page.get(), &ProfilePage::passwordChanged);
    QTest::mouseClick(m_page->changePasswordButton(), Qt::LeftButton);
    ChangePasswordDialog* dialog = waitForChild<ChangePasswordDialog>();
    QVERIFY(dialog);

    dialog->submit();
    QVERIFY(!dialog->currentMessage().isEmpty());
    QCOMPARE(dialog->passwordMessage(), ValidationRules::validatePassword({}).message());
    QVERIFY(!dialog->isBusy());

    QTest::keyClicks(dialog->currentEdit(), u"not-the-password"_s);
    QTest::keyClicks(dialog->passwordEdit(), u"abc"_s);
    QTest::keyClicks(dialog->confirmationEdit(), u"abd"_s);
    dialog->submit();
    QVERIFY(dialog->currentMessage().isEmpty());
    QCOMPARE(dialog->passwordMessage(), ValidationRules::validatePassword(u"abc"_s).message());
    QCOMPARE(dialog->confirmationMessage(),
             ValidationRules::validatePasswordConfirmation(u"abc"_s, u"abd"_s).message());
    QVERIFY(!dialog->isBusy());

    // Valid new password, wrong current one: the server says so.
    dialog->passwordEdit()->setText(newPassword);
    dialog->confirmationEdit()->setText(newPassword);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY2(!dialog->currentMessage().isEmpty(), qPrintable(dialog->formMessage()));
    QVERIFY(dialog->passwordMessage().isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(changed.isEmpty());
    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"changepassworddialog.png"_s);
    QVERIFY(dialog->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
    dialog->reject();
}

void tst_ProfilePage::passwordChangeRewrapsTheCacheKey()
{
    QSignalSpy changed(m_page.get(), &ProfilePage::passwordChanged);
    m_page->changePassword();
    ChangePasswordDialog* dialog = waitForChild<ChangePasswordDialog>();
    QVERIFY(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->currentEdit()->setText(demoPassword);
    dialog->passwordEdit()->setText(newPassword);
    dialog->confirmationEdit()->setText(newPassword);
    dialog->submit();
    QVERIFY(changed.wait(15000));
    QCOMPARE(accepted.size(), 1);
    QVERIFY(m_page->statusMessage().contains(u"changed"_s));

    SignedInClient fresh(m_server);
    QVERIFY(fresh.logIn(u"demo"_s, newPassword));
    const CacheVault vault(m_cleaner->location(), nullptr);
    const CacheVault::Result withNew = vault.unlockWithPassword(newPassword);
    QVERIFY2(withNew.ok(), qPrintable(CacheVault::errorText(withNew.error)));
    QCOMPARE(*withNew.key, *m_key);
    QCOMPARE(vault.unlockWithPassword(demoPassword).error, CacheVault::Error::WrongPassword);
}

void tst_ProfilePage::deleteUserAsksThenErasesTheCache()
{
    const QString directory = m_cleaner->location().directory();
    QVERIFY(QDir(directory).exists());
    QSignalSpy deleted(m_page.get(), &ProfilePage::userDeleted);
    QTest::mouseClick(m_page->deleteUserButton(), Qt::LeftButton);
    DeleteUserDialog* dialog = waitForChild<DeleteUserDialog>();
    QVERIFY(dialog);
    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"deleteuserdialog.png"_s);
    QVERIFY(dialog->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    dialog->submit();
    QVERIFY(!dialog->passwordMessage().isEmpty());
    QTest::keyClicks(dialog->passwordEdit(), demoPassword);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY(!dialog->passwordMessage().isEmpty());
    QVERIFY(deleted.isEmpty());
    QVERIFY(QDir(directory).exists());

    dialog->passwordEdit()->setText(newPassword);
    dialog->submit();
    QVERIFY(deleted.wait(10000));
    QVERIFY(!QDir(directory).exists());
    QVERIFY(m_page->statusMessage().isEmpty());

    SignedInClient fresh(m_server);
    const Waited<SessionTokens> refused =
        waitFor(fresh.client.logIn({u"demo"_s, newPassword, {}, {}}));
    QCOMPARE(refused.error.kind, ApiError::Kind::InvalidCredentials);
}

QTEST_MAIN(tst_ProfilePage)
#include "tst_profilepage.moc"
