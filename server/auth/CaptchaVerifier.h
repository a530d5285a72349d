#pragma once

#include <QString>

class PortalContext;

// For any endpoint that asks for a captcha (registration, login after failures, and whatever
// another area protects): checks an answer to a challenge of POST /api/v1/captchas.
//
//     if (!CaptchaVerifier(context).consume(captchaId, captchaAnswer))
//         return JsonResponse::error(ApiErrorCode::WrongCaptcha, u"captchaAnswer"_s);
class CaptchaVerifier
{
public:
    explicit CaptchaVerifier(PortalContext& context);

    // True only for the right answer (case-insensitive) to an open, unexpired challenge. Right
    // or wrong, the challenge is used up.
    bool consume(const QString& captchaId, const QString& answer);

private:
    PortalContext& m_context;
};
