#include "session/RefreshTokenVault.h"

#include "cache/CacheLocation.h"
#include "session/SessionLog.h"

using namespace Qt::Literals::StringLiterals;

RefreshTokenVault::RefreshTokenVault(const QUrl& server, const QString& login, QObject* parent)
    : RefreshTokenVault(server, login, Keychain::defaultService(), parent)
{ }

RefreshTokenVault::RefreshTokenVault(const QUrl& server, const QString& login,
                                     const QString& service, QObject* parent)
    : QObject(parent)
    , m_keychain(service)
    , m_entry(entryFor(server, login))
{
    connect(&m_keychain, &Keychain::readFinished, this, &RefreshTokenVault::onRead);
    connect(&m_keychain, &Keychain::writeFinished, this, &RefreshTokenVault::onWritten);
    connect(&m_keychain, &Keychain::removeFinished, this, &RefreshTokenVault::onRemoved);
}

RefreshTokenVault::~RefreshTokenVault() = default;

QString RefreshTokenVault::entryFor(const QUrl& server, const QString& login)
{
    // The cache's identity of the user (normalized server, case-folded login), hashed; the root
    // folder plays no part in it.
    return u"refresh-token:"_s + CacheLocation::forUser(server, login, QString()).id();
}

void RefreshTokenVault::load()
{
    ++m_pending;
    m_keychain.read(m_entry);
}

void RefreshTokenVault::store(const QString& refreshToken)
{
    ++m_pending;
    m_keychain.write(m_entry, refreshToken.toUtf8());
}

void RefreshTokenVault::forget()
{
    ++m_pending;
    m_keychain.remove(m_entry);
}

void RefreshTokenVault::onRead(const Keychain::ReadResult& result)
{
    --m_pending;
    if (!result.ok() && result.status != Keychain::Status::NotFound)
        qCWarning(lcSession) << "cannot read the remembered session:"
                             << Keychain::statusText(result.status) << result.errorText;
    emit loaded(result.status, result.ok() ? QString::fromUtf8(result.data) : QString());
}

void RefreshTokenVault::onWritten(const Keychain::Result& result)
{
    --m_pending;
    if (!result.ok())
        qCWarning(lcSession) << "cannot remember the session:"
                             << Keychain::statusText(result.status) << result.errorText;
    emit stored(result.status);
}

void RefreshTokenVault::onRemoved(const Keychain::Result& result)
{
    --m_pending;
    // Nothing remembered is as good as removed.
    const Keychain::Status status =
        result.status == Keychain::Status::NotFound ? Keychain::Status::Ok : result.status;
    if (status != Keychain::Status::Ok)
        qCWarning(lcSession) << "cannot forget the remembered session:"
                             << Keychain::statusText(result.status) << result.errorText;
    emit forgotten(status);
}
