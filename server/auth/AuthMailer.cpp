#include "auth/AuthMailer.h"

#include "auth/AuthLinks.h"
#include "auth/AuthLog.h"
#include "auth/AuthMails.h"
#include "auth/LinkTokenRepository.h"
#include "auth/MailSpool.h"
#include "core/Clock.h"
#include "core/PortalContext.h"

using namespace Qt::Literals::StringLiterals;

namespace {
using Purpose = LinkTokenRepository::Purpose;

bool withinCooldown(LinkTokenRepository& tokens, qint64 userId, Purpose purpose, qint64 now)
{
    const std::optional<qint64> last = tokens.lastIssuedAt(userId, purpose);
    return last && now - *last < AuthMailer::cooldownSeconds && now >= *last;
}
} // namespace

AuthMailer::AuthMailer(PortalContext& context)
    : m_context(context)
{ }

QString AuthMailer::spoolDirectory(const PortalContext& context)
{
    return context.dataPath(u"mail"_s);
}

AuthMailer::Result AuthMailer::sendActivation(const UserRecord& user, bool respectCooldown)
{
    LinkTokenRepository tokens(m_context);
    const QDateTime now = m_context.clock().now();
    if (respectCooldown
        && withinCooldown(tokens, user.id, Purpose::Activation, now.toSecsSinceEpoch()))
        return Result::TooSoon;
    const std::optional<QString> token = tokens.issue(user.id, Purpose::Activation);
    if (!token)
        return Result::Failed;
    const QUrl link = AuthLinks(m_context.options()).activation(*token);
    MailSpool spool(spoolDirectory(m_context));
    if (!spool.deliver(AuthMails::activation(user.login, user.email, link, now))) {
        qCWarning(lcAuth).noquote() << "activation e-mail not written:" << spool.errorString();
        return Result::Failed;
    }
    qCInfo(lcAuth) << "activation e-mail written for user" << user.id;
    return Result::Sent;
}

AuthMailer::Result AuthMailer::sendPasswordReset(const UserRecord& user)
{
    LinkTokenRepository tokens(m_context);
    const QDateTime now = m_context.clock().now();
    if (withinCooldown(tokens, user.id, Purpose::PasswordReset, now.toSecsSinceEpoch()))
        return Result::TooSoon;
    const std::optional<QString> token = tokens.issue(user.id, Purpose::PasswordReset);
    if (!token)
        return Result::Failed;
    const QUrl link = AuthLinks(m_context.options()).passwordReset(*token);
    MailSpool spool(spoolDirectory(m_context));
    if (!spool.deliver(AuthMails::passwordReset(user.login, user.email, link, now))) {
        qCWarning(lcAuth).noquote() << "password reset e-mail not written:" << spool.errorString();
        return Result::Failed;
    }
    qCInfo(lcAuth) << "password reset e-mail written for user" << user.id;
    return Result::Sent;
}

AuthMailer::Result AuthMailer::sendEmailChanged(const UserRecord& user, const QString& newEmail)
{
    MailSpool spool(spoolDirectory(m_context));
    if (!spool.deliver(
            AuthMails::emailChanged(user.login, user.email, newEmail, m_context.clock().now()))) {
        qCWarning(lcAuth).noquote() << "e-mail change notice not written:" << spool.errorString();
        return Result::Failed;
    }
    qCInfo(lcAuth) << "e-mail change notice written for user" << user.id;
    return Result::Sent;
}
