#pragma once

#include <QString>
#include <QUrl>

// What the window remembers between runs in QSettings: the operator's server and the CA file
// that trusts it, the login of the user who ticked «Запомнить?» at the last sign-in, and whether
// to show desktop notifications. Nothing secret: the session's refresh token and the cache's key
// live in the OS keychain only.
class AppSettings
{
public:
    QUrl server() const;
    QString caFile() const;
    // Remembers both; an empty caFile means the system's CAs.
    void setServer(const QUrl& server, const QString& caFile);

    // The user to open at start-up without the password; empty when none.
    QString rememberedLogin() const;
    void setRememberedLogin(const QString& login);
    void forgetRememberedLogin();

    // Desktop notifications of what a sync brought (SyncNotifier); on unless switched off.
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
};
