#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

// What the window remembers between runs in QSettings: the operator's server with the CA file or
// public-key pin that trusts it, the login of the user who ticked «Запомнить?» at the last
// sign-in, and the preferences of the settings dialog. Nothing secret: the session's refresh token
// and the cache's key live in the OS keychain only (a pin is the hash of a public key).
class AppSettings
{
public:
    QUrl server() const;
    QString caFile() const;
    // Remembers both; an empty caFile means the system's CAs.
    void setServer(const QUrl& server, const QString& caFile);
    // "sha256/<base64>" (PublicKeyPin), empty when none.
    QString pin() const;
    void setPin(const QString& pin);

    // The user to open at start-up without the password; empty when none.
    QString rememberedLogin() const;
    void setRememberedLogin(const QString& login);
    void forgetRememberedLogin();

    // Between background syncs while signed in; 0 means none (only «Обновить» syncs).
    std::chrono::minutes syncInterval() const;
    void setSyncInterval(std::chrono::minutes interval);

    // "ru" or "en"; empty: follow the system's locale. Read at start-up only.
    QString language() const;
    void setLanguage(const QString& code);

    // Desktop notifications of what a sync brought (SyncNotifier); on unless switched off.
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
};
