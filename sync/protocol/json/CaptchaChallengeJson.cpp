#include "CaptchaChallengeJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject CaptchaChallengeJson::toJson(const CaptchaChallenge& captchaChallenge)
{
    return QJsonObject {
        {u"id"_s, captchaChallenge.id},
        {u"imagePng"_s, QString::fromLatin1(captchaChallenge.imagePng.toBase64())},
        {u"expiresIn"_s, JsonValues::integer(captchaChallenge.expiresIn)},
    };
}

std::optional<CaptchaChallenge> CaptchaChallengeJson::fromJson(const QJsonObject& object,
                                                               JsonError* error)
{
    JsonReader reader(object);
    CaptchaChallenge challenge;
    challenge.id = reader.string(u"id");
    const QString imageText = reader.string(u"imagePng");
    challenge.expiresIn = reader.integer(u"expiresIn");
    if (reader.isOk()) {
        // Strict: a picture garbled in transit must not pass for another one. (Characters beyond
        // Latin-1 become '?', which is not base64 either.)
        const QByteArray::FromBase64Result image = QByteArray::fromBase64Encoding(
            imageText.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!image)
            reader.fail(JsonError::Reason::WrongType, u"imagePng"_s);
        else
            challenge.imagePng = *image;
    }
    return reader.result(challenge, error);
}
