#pragma once

#include "AppSettings.h"
#include "SyncNotice.h"
#include "engine/SyncDigest.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

// Tells the user what a sync brought (SyncDigest: a closed period, a payment, news, an answer to
// an appeal) with a desktop notification, unless switched off (AppSettings::
// notificationsEnabled(), toggled by enabledAction()). Where the desktop has a system tray the
// cabinet has an icon there and the notification is its balloon; elsewhere it goes to the
// freedesktop notification service over the session D-Bus (org.freedesktop.Notifications), and
// with neither it is only logged. Clicking the icon or the notification asks for the window
// (activated), with the section that shows what was new.
class SyncNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel
    {
        None,
        Tray,
        DBus,
    };

    explicit SyncNotifier(QObject* parent = nullptr);
    ~SyncNotifier() override;

    Channel channel() const { return m_channel; }
    bool isEnabled() const;
    void setEnabled(bool enabled);
    // Checkable «Desktop notifications», for the window's menu and the tray icon's.
    QAction* enabledAction() const { return m_enabledAction; }
    // Null without a system tray.
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    // Shows what digest holds; nothing for an empty one or while switched off.
    void notify(const SyncDigest& digest);

signals:
    // A notice went out (to the tray or D-Bus; or nowhere, with Channel::None).
    void notified(const SyncNotice& notice);
    // The user clicked the tray icon or a notice: show the window at section.
    void activated(MainSection section);

private slots:
    // org.freedesktop.Notifications' ActionInvoked: the user clicked one of our notices.
    void onDBusAction(uint id, const QString& action);

private:
    void sendOverDBus(const SyncNotice& notice);

    AppSettings m_settings;
    Channel m_channel = Channel::None;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    QAction* m_enabledAction = nullptr;
    MainSection m_lastSection = MainSection::Home;
    uint m_lastDBusId = 0;
};
