#pragma once

#include <QByteArray>
#include <QString>

// A captcha the user must answer, as POST /captchas answers (docs/api.md, "Captcha"). The answer
// goes back with the request that needed it, together with id.
struct CaptchaChallenge
{
    QString id;
    QByteArray imagePng; // the picture's PNG bytes (base64 on the wire)
    qint64 expiresIn = 0; // seconds from the answer

    friend bool operator==(const CaptchaChallenge&, const CaptchaChallenge&) = default;
};
