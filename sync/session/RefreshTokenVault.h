#pragma once

#include "keys/Keychain.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

// Keeps one user's refresh token in the OS keychain, for «Запомнить?»: the session then survives
// a restart of the application without the password. Only the keychain ever holds it — never
// QSettings, never a file — and only while the user wants to be remembered; sign-out and a refused
// refresh remove it.
//
// One vault per (server, login), under the entry "refresh-token:<id>" of the service Kabinet, id
// being the cache's (CacheLocation::id()): the same server written differently and the same login
// in another case are one entry, and the keychain shows neither in clear.
//
// Every operation is asynchronous and reports with its signal, exactly once, in the order the
// operations were started. A missing or silent keychain reports Keychain::Status::Unavailable
// within the timeout: then the session simply is not remembered.
class RefreshTokenVault : public QObject
{
    Q_OBJECT

public:
    RefreshTokenVault(const QUrl& server, const QString& login, QObject* parent = nullptr);
    // service: the keychain service (Keychain::defaultService() in the application).
    RefreshTokenVault(const QUrl& server, const QString& login, const QString& service,
                      QObject* parent = nullptr);
    ~RefreshTokenVault() override;

    static QString entryFor(const QUrl& server, const QString& login);

    QString entry() const { return m_entry; }
    QString service() const { return m_keychain.service(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_keychain.setTimeout(timeout); }
    // Operations started and not yet reported.
    int pendingOperations() const { return m_pending; }

    // Reports with loaded(): Ok with the token, NotFound when none is remembered, or why the
    // keychain could not say.
    void load();
    // Replaces the remembered token; reports with stored().
    void store(const QString& refreshToken);
    // Removes the remembered token; reports with forgotten(), Ok also when there was none.
    void forget();

signals:
    void loaded(Keychain::Status status, const QString& refreshToken);
    void stored(Keychain::Status status);
    void forgotten(Keychain::Status status);

private:
    void onRead(const Keychain::ReadResult& result);
    void onWritten(const Keychain::Result& result);
    void onRemoved(const Keychain::Result& result);

    // A keychain of its own, so that its signals are this vault's operations only.
    Keychain m_keychain;
    QString m_entry;
    int m_pending = 0;
};
