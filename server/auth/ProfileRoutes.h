#pragma once

#include "auth/FailureWindow.h"
#include "core/RouteModule.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class QHttpServerRequest;
struct AuthenticatedSession;

// docs/api.md, Profile and Passwords: GET/PATCH/DELETE /api/v1/profile and
// PUT /api/v1/profile/password, all 🔒. Wrong current passwords count per user: after
// maxWrongPasswords within the window the user is answered 429, so a stolen access token cannot
// be used to guess the password.
class ProfileRoutes final : public RouteModule
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRoutes)

public:
    static constexpr int maxWrongPasswords = 10;
    static constexpr qint64 wrongPasswordWindowSeconds = 15 * 60;

    ProfileRoutes();

    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    static QHttpServerResponse profile(PortalContext& context, const QHttpServerRequest& request);
    static QHttpServerResponse updateProfile(PortalContext& context,
                                             const QHttpServerRequest& request);
    QHttpServerResponse changePassword(PortalContext& context, const QHttpServerRequest& request);
    QHttpServerResponse deleteUser(PortalContext& context, const QHttpServerRequest& request);

    // 429 while the user has too many wrong passwords; nullopt when they may try.
    std::optional<QHttpServerResponse> throttled(const AuthenticatedSession& session, qint64 now);

    FailureWindow m_wrongPasswords;
};
