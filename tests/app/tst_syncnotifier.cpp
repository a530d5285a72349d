#include "AppSettings.h"
#include "SyncNotifier.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

SyncDigest onePayment()
{
    SyncDigest digest;
    digest.payments.append(
        {u"16616"_s,
         Payment {51, 7, QDate(2024, 9, 28), Money::fromKopecks(123450), u"Почта России"_s}});
    return digest;
}

SyncDigest everyKind()
{
    SyncDigest digest = onePayment();
    digest.closedPeriods.append({7, u"16616"_s, Period(2024, 10)});
    digest.news.append({3, u"Новый тариф"_s});
    digest.answers.append(
        {9, u"Перерасчет"_s, QDateTime(QDate(2024, 10, 16), QTime(9, 0), Qt::UTC)});
    return digest;
}

} // namespace

// The freedesktop notification service as far as SyncNotifier uses it: Notify() is recorded and
// answers an id.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    static constexpr uint id = 42;
    int calls = 0;
    QString summary;
    QString body;
    QStringList actions;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& icon,
                const QString& summaryText, const QString& bodyText, const QStringList& actionList,
                const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        ++calls;
        summary = summaryText;
        body = bodyText;
        actions = actionList;
        return id;
    }
};

// SyncNotifier and SyncNotice: what a sync's digest becomes on the desktop, the setting that
// switches it off (QSettings "notifications/enabled", on by default) and the menu action bound to
// it. Offscreen there is no system tray; the notice goes to D-Bus or nowhere, and notified() says
// what it was either way.
class tst_SyncNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KabinetTests"_s);
        QCoreApplication::setApplicationName(u"tst_syncnotifier"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<MainSection>();
    }

    void init() { QSettings().clear(); }

    void enabledByDefault()
    {
        QVERIFY(AppSettings().notificationsEnabled());
        SyncNotifier notifier;
        QVERIFY(notifier.isEnabled());
        QVERIFY(notifier.enabledAction()->isCheckable());
        QVERIFY(notifier.enabledAction()->isChecked());
        // Offscreen has no tray: the icon exists only with one.
        QCOMPARE(notifier.trayIcon() != nullptr, notifier.channel() == SyncNotifier::Channel::Tray);
    }

    void anEmptyDigestSaysNothing()
    {
        SyncNotifier notifier;
        QSignalSpy notified(&notifier, &SyncNotifier::notified);
        notifier.notify(SyncDigest());
        QCOMPARE(notified.size(), 0);
    }

    void aPaymentIsToldWithItsAmountAndAccount()
    {
        SyncNotifier notifier;
        QSignalSpy notified(&notifier, &SyncNotifier::notified);
        notifier.notify(onePayment());
        QCOMPARE(notified.size(), 1);
        const auto notice = notified.at(0).at(0).value<SyncNotice>();
        QCOMPARE(notice.title, u"Payment received"_s);
        QVERIFY2(notice.body.contains(u"1\u00a0234,50"_s), qPrintable(notice.body));
        QVERIFY2(notice.body.contains(u"16616"_s), qPrintable(notice.body));
        QCOMPARE(notice.section, MainSection::Payments);
    }

    void everyKindIsOneLineEach()
    {
        const SyncNotice notice = SyncNotice::fromDigest(everyKind());
        QCOMPARE(notice.section, MainSection::Home);
        const QStringList lines = notice.body.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).contains(u"October 2024"_s), qPrintable(lines.at(0)));
        QVERIFY(lines.at(2).contains(u"Новый тариф"_s));
        QVERIFY(lines.at(3).contains(u"Перерасчет"_s));
        QVERIFY(!notice.title.isEmpty());
    }

    void manyOfAKindAreCounted()
    {
        SyncDigest digest = onePayment();
        digest.payments.append(digest.payments.constFirst());
        digest.payments.last().payment.id = 52;
        digest.news.append({3, u"Новый тариф"_s});
        digest.news.append({4, u"Собрание"_s});
        const SyncNotice notice = SyncNotice::fromDigest(digest);
        QVERIFY2(notice.body.contains(u"2 payment"_s), qPrintable(notice.body));
        QVERIFY2(notice.body.contains(u"2 news"_s), qPrintable(notice.body));
    }

    void switchedOffSaysNothing()
    {
        SyncNotifier notifier;
        QSignalSpy notified(&notifier, &SyncNotifier::notified);
        notifier.enabledAction()->trigger(); // the menu item
        QVERIFY(!notifier.isEnabled());
        QCOMPARE(QSettings().value(u"notifications/enabled"_s).toBool(), false);
        notifier.notify(everyKind());
        QCOMPARE(notified.size(), 0);

        // Switched on again elsewhere (the settings dialog): the next digest is told, and the
        // action follows.
        AppSettings().setNotificationsEnabled(true);
        notifier.notify(onePayment());
        QCOMPARE(notified.size(), 1);
        QVERIFY(notifier.enabledAction()->isChecked());
    }

    void withoutATrayItGoesOverDBus()
    {
        // Run on a private session bus (CTest does): this test is the notification service.
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no session bus");
        FakeNotificationService service;
        QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));
        SyncNotifier notifier;
        QCOMPARE(notifier.channel(), SyncNotifier::Channel::DBus);
        QSignalSpy activated(&notifier, &SyncNotifier::activated);
        notifier.notify(onePayment());
        QTRY_COMPARE(service.calls, 1);
        QCOMPARE(service.summary, u"Payment received"_s);
        QVERIFY2(service.body.contains(u"16616"_s), qPrintable(service.body));
        QVERIFY(service.actions.contains(u"default"_s));

        // The user clicks it: the window is asked for at «Платежи».
        QTest::qWait(200); // the answer (the id) comes back first
        QDBusMessage clicked =
            QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                       u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        clicked << FakeNotificationService::id << u"default"_s;
        QVERIFY(bus.send(clicked));
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<MainSection>(), MainSection::Payments);

        bus.unregisterService(u"org.freedesktop.Notifications"_s);
        bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    }

    void aSettingOffAtStartIsKept()
    {
        AppSettings().setNotificationsEnabled(false);
        SyncNotifier notifier;
        QVERIFY(!notifier.enabledAction()->isChecked());
        QSignalSpy notified(&notifier, &SyncNotifier::notified);
        notifier.notify(onePayment());
        QCOMPARE(notified.size(), 0);
    }
};

QTEST_MAIN(tst_SyncNotifier)
#include "tst_syncnotifier.moc"
