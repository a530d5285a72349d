#include "SyncNotifier.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QMenu>
#include <QMutex>
#include <QMutexLocker>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString watcherService = u"org.kde.StatusNotifierWatcher"_s;
const QString notificationsService = u"org.freedesktop.Notifications"_s;
const QString notificationsPath = u"/org/freedesktop/Notifications"_s;
const QString itemInterface = u"org.kde.StatusNotifierItem"_s;

SyncDigest onePayment()
{
    SyncDigest digest;
    digest.payments.append(
        {u"16616"_s,
         Payment {51, 7, QDate(2024, 9, 28), Money::fromKopecks(123450), u"Почта России"_s}});
    return digest;
}

} // namespace

// What a desktop's panel is on the session bus, as far as Qt's D-Bus tray (QDBusTrayIcon) needs
// it: the StatusNotifierWatcher with a host registered (so the tray counts as there), which
// records the items that register, and the freedesktop notification service, which records
// Notify(). It lives in a thread of its own on a connection of its own, as a panel lives in a
// process of its own: Qt asks the watcher with blocking calls from the GUI thread.
class FakePanel : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    static constexpr uint notificationId = 7;

    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const
    {
        QMutexLocker lock(&m_mutex);
        return m_items;
    }
    struct Notice
    {
        QString appName;
        QString summary;
        QString body;
    };
    QList<Notice> notices() const
    {
        QMutexLocker lock(&m_mutex);
        return m_notices;
    }

public slots:
    void RegisterStatusNotifierItem(const QString& service)
    {
        QMutexLocker lock(&m_mutex);
        m_items.append(service);
    }
    void RegisterStatusNotifierHost(const QString&) { }

public:
    // For FakeNotifications.
    uint record(const Notice& notice)
    {
        QMutexLocker lock(&m_mutex);
        m_notices.append(notice);
        return notificationId;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_items;
    QList<Notice> m_notices;
};

// The panel's notification service: org.freedesktop.Notifications, recording into the panel.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotifications(FakePanel* panel)
        : m_panel(panel)
    { }

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& icon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        return m_panel->record({appName, summary, body});
    }
    QStringList GetCapabilities() { return {u"body"_s, u"actions"_s}; }

private:
    FakePanel* m_panel;
};

// SyncNotifier where the desktop has a system tray: on Linux, Qt's QSystemTrayIcon is a
// StatusNotifierItem on the session bus whenever a StatusNotifierWatcher with a host is there
// (under xcb; offscreen Qt has no tray at all). Run by CTest on a private session bus under Xvfb
// with QT_QPA_PLATFORM=xcb: the icon registers with the watcher, a sync's digest becomes the
// item's message (Qt sends it to org.freedesktop.Notifications) and the item asks for attention,
// and a click on the message asks for the window at the section of what was new.
class tst_TrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KabinetTests"_s);
        QCoreApplication::setApplicationName(u"tst_traynotifier"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<MainSection>();
        QSettings().clear();
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no (private) session bus");
        // Qt decides once per process whether the D-Bus tray is there: the panel comes first.
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(watcherService));
        m_thread.start();
        m_panel = new FakePanel;
        m_notifications = new FakeNotifications(m_panel);
        m_panel->moveToThread(&m_thread);
        m_notifications->moveToThread(&m_thread);
        QDBusConnection panelBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fakePanel"_s);
        QVERIFY(panelBus.isConnected());
        QVERIFY(panelBus.registerObject(u"/StatusNotifierWatcher"_s, m_panel,
                                        QDBusConnection::ExportAllSlots
                                            | QDBusConnection::ExportAllProperties));
        QVERIFY(panelBus.registerObject(notificationsPath, m_notifications,
                                        QDBusConnection::ExportAllSlots));
        QVERIFY(panelBus.registerService(watcherService));
        QVERIFY(panelBus.registerService(notificationsService));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(u"fakePanel"_s);
        m_thread.quit();
        m_thread.wait();
        delete m_notifications;
        delete m_panel;
    }

    void theIconRegistersInTheTray()
    {
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
        SyncNotifier notifier;
        QCOMPARE(notifier.channel(), SyncNotifier::Channel::Tray);
        QVERIFY(notifier.trayIcon());
        QVERIFY(notifier.trayIcon()->isVisible());
        QTRY_COMPARE(m_panel->items().size(), 1);
        const QString item = m_panel->items().constFirst();
        // Qt 6.4 registers the item by its connection's name, with the item at /StatusNotifierItem.
        QVERIFY2(QDBusConnection::sessionBus().interface()->isServiceRegistered(item),
                 qPrintable(item));
        QCOMPARE(itemProperty(item, u"ToolTip"_s).isValid(), true);
        QCOMPARE(itemProperty(item, u"Status"_s).toString(), u"Active"_s);
        // Its menu holds the switch for the notifications.
        QVERIFY(notifier.trayIcon()->contextMenu()->actions().contains(notifier.enabledAction()));
    }

    void aSyncsDigestIsTheItemsMessage()
    {
        const qsizetype items = m_panel->items().size();
        SyncNotifier notifier;
        QCOMPARE(notifier.channel(), SyncNotifier::Channel::Tray);
        QTRY_COMPARE(m_panel->items().size(), items + 1);
        const QString item = m_panel->items().constLast();
        const qsizetype before = m_panel->notices().size();
        QSignalSpy notified(&notifier, &SyncNotifier::notified);
        QSignalSpy activated(&notifier, &SyncNotifier::activated);
        notifier.notify(onePayment());
        QCOMPARE(notified.size(), 1);
        QTRY_COMPARE(m_panel->notices().size(), before + 1);
        const FakePanel::Notice notice = m_panel->notices().constLast();
        QCOMPARE(notice.summary, u"Payment received"_s);
        QVERIFY2(notice.body.contains(u"16616"_s), qPrintable(notice.body));
        QVERIFY2(notice.body.contains(u"1\u00a0234,50"_s), qPrintable(notice.body));
        QCOMPARE(itemProperty(item, u"Status"_s).toString(), u"NeedsAttention"_s);

        // The user clicks the message: the window is asked for at «Платежи».
        QDBusMessage clicked =
            QDBusMessage::createSignal(notificationsPath, notificationsService, u"ActionInvoked"_s);
        clicked << FakePanel::notificationId << u"default"_s;
        QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fakePanel"_s)
                    .send(clicked));
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<MainSection>(), MainSection::Payments);
    }

    void switchedOffTheTrayStaysQuiet()
    {
        SyncNotifier notifier;
        QCOMPARE(notifier.channel(), SyncNotifier::Channel::Tray);
        notifier.enabledAction()->trigger();
        const qsizetype before = m_panel->notices().size();
        notifier.notify(onePayment());
        QTest::qWait(300);
        QCOMPARE(m_panel->notices().size(), before);
        notifier.setEnabled(true);
    }

private:
    // A property of the tray item, asked without blocking: the item answers from this thread.
    QVariant itemProperty(const QString& item, const QString& name)
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            item, u"/StatusNotifierItem"_s, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        get << itemInterface << name;
        QDBusPendingCallWatcher call(QDBusConnection::sessionBus().asyncCall(get));
        if (!QTest::qWaitFor([&] { return call.isFinished(); }, 5000))
            return {};
        const QDBusPendingReply<QDBusVariant> reply = call;
        return reply.isError() ? QVariant() : reply.value().variant();
    }

    QThread m_thread;
    FakePanel* m_panel = nullptr;
    FakeNotifications* m_notifications = nullptr;
};

QTEST_MAIN(tst_TrayNotifier)
#include "tst_traynotifier.moc"
