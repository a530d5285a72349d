#pragma once

#include <QString>
#include <QUrl>

struct PortalOptions;

// The links the server mails: https://HOST:PORT/activate?token=… and /reset-password?token=…,
// HOST and PORT being where the server listens (never the request's Host header, which a
// stranger could set to send the owner's token to a server of theirs).
class AuthLinks
{
public:
    explicit AuthLinks(const PortalOptions& options);

    static QString activationPath();
    static QString passwordResetPath();

    // "https://127.0.0.1:8443", "https://[::1]:8443".
    QUrl baseUrl() const;
    QUrl activation(const QString& token) const;
    QUrl passwordReset(const QString& token) const;

private:
    QUrl withToken(const QString& path, const QString& token) const;

    const PortalOptions& m_options;
};
