#pragma once

#include "protocol/json/CaptchaChallenge.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// A captcha challenge: {"id", "imagePng" (the PNG in standard base64), "expiresIn" (seconds)}.
// Text that is not base64 is reported as WrongType at "imagePng": the field's type is base64 text.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class CaptchaChallengeJson
{
public:
    CaptchaChallengeJson() = delete;

    static QJsonObject toJson(const CaptchaChallenge& captchaChallenge);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<CaptchaChallenge> fromJson(const QJsonObject& object,
                                                    JsonError* error = nullptr);
};
