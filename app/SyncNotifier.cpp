#include "SyncNotifier.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcNotify, "kabinet.notify")

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;
constexpr int balloonMs = 10000;

} // namespace

SyncNotifier::SyncNotifier(QObject* parent)
    : QObject(parent)
    , m_enabledAction(new QAction(tr("Desktop &notifications"), this))
{
    m_enabledAction->setObjectName(u"notificationsEnabled"_s);
    m_enabledAction->setCheckable(true);
    m_enabledAction->setChecked(isEnabled());
    m_enabledAction->setStatusTip(
        tr("Tell me of new charges, payments, news and answers to my appeals"));
    connect(m_enabledAction, &QAction::toggled, this, &SyncNotifier::setEnabled);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_channel = Channel::Tray;
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Kabinet"));
        m_trayMenu = new QMenu;
        auto* show = new QAction(tr("&Show Kabinet"), m_trayMenu);
        connect(show, &QAction::triggered, this, [this] { emit activated(MainSection::Home); });
        m_trayMenu->addAction(show);
        m_trayMenu->addAction(m_enabledAction);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        emit activated(MainSection::Home);
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit activated(m_lastSection); });
        m_tray->show();
    } else if (QDBusConnection::sessionBus().isConnected()) {
        m_channel = Channel::DBus;
        QDBusConnection::sessionBus().connect(service, path, interface, u"ActionInvoked"_s, this,
                                              SLOT(onDBusAction(uint, QString)));
    }
    qCDebug(lcNotify) << "notifications through" << int(m_channel);
}

SyncNotifier::~SyncNotifier()
{
    delete m_trayMenu; // a menu has no QObject parent here: the tray icon does not own it
}

bool SyncNotifier::isEnabled() const
{
    return m_settings.notificationsEnabled();
}

void SyncNotifier::setEnabled(bool enabled)
{
    if (enabled != isEnabled())
        m_settings.setNotificationsEnabled(enabled);
    m_enabledAction->setChecked(enabled);
}

void SyncNotifier::notify(const SyncDigest& digest)
{
    // Read each time: the settings dialog may have changed it meanwhile.
    m_enabledAction->setChecked(isEnabled());
    if (digest.isEmpty() || !isEnabled())
        return;
    const SyncNotice notice = SyncNotice::fromDigest(digest);
    m_lastSection = notice.section;
    switch (m_channel) {
    case Channel::Tray:
        m_tray->showMessage(notice.title, notice.body, QSystemTrayIcon::Information, balloonMs);
        break;
    case Channel::DBus:
        sendOverDBus(notice);
        break;
    case Channel::None:
        qCInfo(lcNotify) << "no tray and no notification service for:" << notice.title;
        break;
    }
    emit notified(notice);
}

void SyncNotifier::sendOverDBus(const SyncNotice& notice)
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):
    // the previous notice, when still shown, gives way to this one.
    message << QApplication::applicationDisplayName() << m_lastDBusId << u"kabinet"_s
            << notice.title << notice.body.toHtmlEscaped() << QStringList {u"default"_s, tr("Open")}
            << QVariantMap() << -1;
    // Asynchronous: a slow or absent service never holds up the window.
    auto* watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
            const QDBusPendingReply<uint> reply = *call;
            if (reply.isError())
                qCInfo(lcNotify) << "the notification service refused:" << reply.error().message();
            else
                m_lastDBusId = reply.value();
            call->deleteLater();
        });
}

void SyncNotifier::onDBusAction(uint id, const QString& action)
{
    if (id == m_lastDBusId && id != 0 && action == u"default")
        emit activated(m_lastSection);
}
