#include "auth/CaptchaVerifier.h"

#include "auth/CaptchaStore.h"

CaptchaVerifier::CaptchaVerifier(PortalContext& context)
    : m_context(context)
{ }

bool CaptchaVerifier::consume(const QString& captchaId, const QString& answer)
{
    return CaptchaStore(m_context).consume(captchaId, answer);
}
