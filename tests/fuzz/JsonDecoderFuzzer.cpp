#include "JsonDecoderFuzzer.h"

#include "protocol/json/AccountChargesJson.h"
#include "protocol/json/AccountJson.h"
#include "protocol/json/AccountLinkFormJson.h"
#include "protocol/json/AddressItemJson.h"
#include "protocol/json/ApiErrorBodyJson.h"
#include "protocol/json/AppealFormJson.h"
#include "protocol/json/AppealJson.h"
#include "protocol/json/BuildingJson.h"
#include "protocol/json/CapitalRepairWorkJson.h"
#include "protocol/json/CaptchaChallengeJson.h"
#include "protocol/json/ChargeLineJson.h"
#include "protocol/json/HouseFundJson.h"
#include "protocol/json/JsonReader.h"
#include "protocol/json/LoginCredentialsJson.h"
#include "protocol/json/MeterJson.h"
#include "protocol/json/MeterReadingFormJson.h"
#include "protocol/json/MeterReadingJson.h"
#include "protocol/json/MovementOfFundsJson.h"
#include "protocol/json/NewsItemJson.h"
#include "protocol/json/OrganizationJson.h"
#include "protocol/json/PasswordChangeJson.h"
#include "protocol/json/PaymentJson.h"
#include "protocol/json/ProfileChangesJson.h"
#include "protocol/json/RecalculationJson.h"
#include "protocol/json/RegisteredUserJson.h"
#include "protocol/json/RegistrationFormJson.h"
#include "protocol/json/SessionTokensJson.h"
#include "protocol/json/SyncAnswerJson.h"
#include "protocol/json/TypoReportFormJson.h"
#include "protocol/json/UserProfileJson.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// The account, meter or building an answer belongs to: the request's URL names it, not the body.
constexpr qint64 contextId = 7;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

[[noreturn]] void fail(const char* codec, const char* broken, const QJsonObject& input,
                       const QJsonObject& encoded = {}, const JsonError& error = {})
{
    std::fprintf(stderr, "JsonDecoderFuzzer: %s: %s\n  input:   %s\n  encoded: %s\n  error:   %s\n",
                 codec, broken, compact(input).constData(), compact(encoded).constData(),
                 error.message.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// decode: (const QJsonObject&, JsonError*) -> std::optional<T>; encode: (const T&) -> QJsonObject.
template<typename Decode, typename Encode>
void checkCodec(const char* codec, const QJsonObject& input, Decode decode, Encode encode)
{
    JsonError error;
    const auto decoded = decode(input, &error);
    if (!decoded) {
        // Callers branch on the reason, and the portal names the field in its 400 answer.
        if (!error.isError() || error.field.isEmpty() || error.message.isEmpty())
            fail(codec, "refused without a reason, a field and a message", input, {}, error);
        return;
    }

    const QJsonObject encoded = encode(*decoded);
    JsonError againError;
    const auto again = decode(encoded, &againError);
    if (!again)
        fail(codec, "refuses its own encoding", input, encoded, againError);
    if (!(*again == *decoded))
        fail(codec, "decode(encode(value)) differs from value", input, encoded);
    if (encode(*again) != encoded)
        fail(codec, "encodes the same value differently the second time", input, encoded);

    // What actually travels is the text, not the QJsonObject.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(compact(encoded), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        fail(codec, "its encoding does not parse back as a JSON object", input, encoded);
    JsonError fromTextError;
    const auto fromText = decode(document.object(), &fromTextError);
    if (!fromText)
        fail(codec, "refuses its own encoding after a trip through JSON text", input, encoded,
             fromTextError);
    if (!(*fromText == *decoded))
        fail(codec, "the value changes on a trip through JSON text", input, encoded);
}

// Every decoder of the protocol, the answers' and the request bodies' (the portal decodes those).
void checkEveryCodec(const QJsonObject& object)
{
    // Answers
    checkCodec("AccountJson", object, AccountJson::fromJson, AccountJson::toJson);
    checkCodec(
        "AccountChargesJson", object,
        [](const QJsonObject& o, JsonError* e) {
            return AccountChargesJson::fromJson(o, contextId, e);
        },
        AccountChargesJson::toJson);
    checkCodec(
        "ChargeLineJson", object,
        [](const QJsonObject& o, JsonError* e) {
            return ChargeLineJson::fromJson(o, contextId, e);
        },
        ChargeLineJson::toJson);
    checkCodec(
        "RecalculationJson", object,
        [](const QJsonObject& o, JsonError* e) {
            return RecalculationJson::fromJson(o, contextId, e);
        },
        RecalculationJson::toJson);
    checkCodec(
        "PaymentJson", object,
        [](const QJsonObject& o, JsonError* e) { return PaymentJson::fromJson(o, contextId, e); },
        PaymentJson::toJson);
    checkCodec("MovementOfFundsJson", object, MovementOfFundsJson::fromJson,
               MovementOfFundsJson::toJson);
    checkCodec("BuildingJson", object, BuildingJson::fromJson, BuildingJson::toJson);
    checkCodec(
        "CapitalRepairWorkJson", object,
        [](const QJsonObject& o, JsonError* e) {
            return CapitalRepairWorkJson::fromJson(o, contextId, e);
        },
        CapitalRepairWorkJson::toJson);
    checkCodec(
        "HouseFundJson", object,
        [](const QJsonObject& o, JsonError* e) { return HouseFundJson::fromJson(o, contextId, e); },
        HouseFundJson::toJson);
    checkCodec("OrganizationJson", object, OrganizationJson::fromJson, OrganizationJson::toJson);
    checkCodec("NewsItemJson", object, NewsItemJson::fromJson, NewsItemJson::toJson);
    checkCodec("AppealJson", object, AppealJson::fromJson, AppealJson::toJson);
    checkCodec(
        "MeterJson", object,
        [](const QJsonObject& o, JsonError* e) { return MeterJson::fromJson(o, contextId, e); },
        MeterJson::toJson);
    checkCodec(
        "MeterReadingJson", object,
        [](const QJsonObject& o, JsonError* e) {
            return MeterReadingJson::fromJson(o, contextId, e);
        },
        MeterReadingJson::toJson);
    checkCodec("SessionTokensJson", object, SessionTokensJson::fromJson, SessionTokensJson::toJson);
    checkCodec("UserProfileJson", object, UserProfileJson::fromJson, UserProfileJson::toJson);
    checkCodec("ApiErrorBodyJson", object, ApiErrorBodyJson::fromJson, ApiErrorBodyJson::toJson);
    checkCodec("SyncAnswerJson", object, SyncAnswerJson::fromJson, SyncAnswerJson::toJson);
    checkCodec("CaptchaChallengeJson", object, CaptchaChallengeJson::fromJson,
               CaptchaChallengeJson::toJson);
    checkCodec("RegisteredUserJson", object, RegisteredUserJson::fromJson,
               RegisteredUserJson::toJson);
    checkCodec("AddressItemJson", object, AddressItemJson::fromJson, AddressItemJson::toJson);

    // Request bodies
    checkCodec("RegistrationFormJson", object, RegistrationFormJson::fromJson,
               RegistrationFormJson::toJson);
    checkCodec("LoginCredentialsJson", object, LoginCredentialsJson::fromJson,
               LoginCredentialsJson::toJson);
    checkCodec("PasswordChangeJson", object, PasswordChangeJson::fromJson,
               PasswordChangeJson::toJson);
    checkCodec("ProfileChangesJson", object, ProfileChangesJson::fromJson,
               ProfileChangesJson::toJson);
    checkCodec("AccountLinkFormJson", object, AccountLinkFormJson::fromJson,
               AccountLinkFormJson::toJson);
    checkCodec("AppealFormJson", object, AppealFormJson::fromJson, AppealFormJson::toJson);
    checkCodec("MeterReadingFormJson", object, MeterReadingFormJson::fromJson,
               MeterReadingFormJson::toJson);
    checkCodec("TypoReportFormJson", object, TypoReportFormJson::fromJson,
               TypoReportFormJson::toJson);
}

} // namespace

void JsonDecoderFuzzer::run(QByteArrayView data)
{
    JsonError error;
    const std::optional<QJsonObject> object = JsonReader::parseObject(data.toByteArray(), &error);
    if (!object) {
        if (error.reason != JsonError::Reason::NotJson
            && error.reason != JsonError::Reason::NotAnObject)
            fail("JsonReader::parseObject", "refused a body for another reason", {}, {}, error);
        return;
    }

    checkEveryCodec(*object);
    // The list answers: {"items": [...]}.
    const QJsonValue items = object->value(u"items"_s);
    if (items.isArray()) {
        const QJsonArray array = items.toArray();
        for (const QJsonValue& item : array) {
            if (item.isObject())
                checkEveryCodec(item.toObject());
        }
    }
}
