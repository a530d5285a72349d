#include "auth/CaptchaRoutes.h"

#include "app/PortalOptions.h"
#include "auth/CaptchaGenerator.h"
#include "auth/CaptchaImage.h"
#include "auth/CaptchaStore.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "protocol/ApiVersion.h"
#include "storage/PortalDatabase.h"

using namespace Qt::Literals::StringLiterals;

QString CaptchaRoutes::name() const
{
    return u"captcha"_s;
}

bool CaptchaRoutes::prepare(PortalContext& context, QString& error)
{
    if (!CaptchaStore::ensureSchema(context.database())) {
        error = context.database().lastError();
        return false;
    }
    return true;
}

void CaptchaRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    router.route(QHttpServerRequest::Method::Post, ApiVersion::pathPrefix() + u"/captchas"_s,
                 [&context](const QHttpServerRequest&) {
                     const QString testAnswer = context.options().testCaptchaAnswer;
                     const QString answer =
                         testAnswer.isEmpty() ? CaptchaGenerator::randomText() : testAnswer;
                     const std::optional<QString> id = CaptchaStore(context).create(answer);
                     if (!id)
                         return JsonResponse::error(ApiErrorCode::Internal);
                     const QByteArray png = CaptchaImage::toPng(CaptchaImage::render(answer));
                     return JsonResponse::created({
                         {u"id"_s, *id},
                         {u"imagePng"_s, QString::fromLatin1(png.toBase64())},
                         {u"expiresIn"_s, CaptchaStore::lifetimeSeconds},
                     });
                 });
}
