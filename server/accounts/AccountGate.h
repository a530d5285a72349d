#pragma once

#include "auth/RequestAuthenticator.h"

#include <QHttpServerResponse>
#include <QString>

#include <variant>

class PortalContext;
class QHttpServerRequest;

// The first steps of every request about one account (/accounts/{id}/…): authenticate, parse
// the id, and check that the account is linked to the user. Anything but a linked account is
// 404 not_found, exactly as if it did not exist.
//
//     auto admitted = m_gate.admit(idText, request);
//     if (auto* refusal = std::get_if<QHttpServerResponse>(&admitted))
//         return std::move(*refusal);
//     const AccountGate::Pass pass = std::get<AccountGate::Pass>(admitted);
class AccountGate
{
public:
    struct Pass
    {
        qint64 userId = 0;
        qint64 accountId = 0;
    };

    explicit AccountGate(PortalContext& context);

    std::variant<Pass, QHttpServerResponse> admit(const QString& idText,
                                                  const QHttpServerRequest& request);
    // Only the authentication; 401 unauthorized without a user.
    std::variant<qint64, QHttpServerResponse> authenticate(const QHttpServerRequest& request);

private:
    PortalContext& m_context;
    RequestAuthenticator m_authenticator;
};
