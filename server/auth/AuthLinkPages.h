#pragma once

#include "protocol/ValidationResult.h"

#include <QHttpServerResponse>
#include <QString>

// The pages behind the mailed links, in Russian: the outcome of an activation, and the form that
// sets a new password after a reset (posted back to POST /reset-password with the token in a
// hidden field). Every value put into a page is escaped.
class AuthLinkPages
{
public:
    AuthLinkPages() = delete;

    static QHttpServerResponse activated(const QString& login);
    static QHttpServerResponse alreadyActive(const QString& login);
    // Unknown, used or expired link: 400.
    static QHttpServerResponse invalidLink();
    // The form; with an error (a broken password rule) it is answered 422.
    static QHttpServerResponse resetForm(const QString& token, const QString& login,
                                         const QString& error = {});
    static QHttpServerResponse passwordChanged(const QString& login);
    static QHttpServerResponse internalError();

    // A Russian sentence about a broken password rule (the form's fields only).
    static QString ruleMessage(const ValidationResult& result);
};
