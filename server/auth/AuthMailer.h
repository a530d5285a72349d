#pragma once

#include "auth/UserRecord.h"

class PortalContext;

// Sends the activation and password-reset e-mails (a new link token, the message of AuthMails,
// a file in the MailSpool of DATA/mail), and the notice of a changed e-mail address. The endpoints
// that send on request (re-send activation, reset a password) answer 202 whatever happens, so a
// stranger could use them to flood someone's mailbox: a user gets at most one such e-mail of each
// kind per cooldownSeconds.
class AuthMailer
{
public:
    static constexpr qint64 cooldownSeconds = 60;

    enum class Result
    {
        Sent,
        TooSoon, // within the cooldown of the last one; nothing sent
        Failed, // a database or disk error (logged)
    };

    explicit AuthMailer(PortalContext& context);

    // The mail directory, DATA/mail.
    static QString spoolDirectory(const PortalContext& context);

    // Registration sends at once; a re-send respects the cooldown.
    Result sendActivation(const UserRecord& user, bool respectCooldown);
    Result sendPasswordReset(const UserRecord& user);
    // To the address user had before its e-mail was changed to newEmail: whoever holds a session
    // could otherwise move the account's mail, and with it the password reset, away unnoticed.
    Result sendEmailChanged(const UserRecord& user, const QString& newEmail);

private:
    PortalContext& m_context;
};
