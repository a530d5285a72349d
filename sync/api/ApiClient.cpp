#include "api/ApiClient.h"

#include "net/ApiRequest.h"
#include "protocol/json/AccountChargesJson.h"
#include "protocol/json/AccountJson.h"
#include "protocol/json/AccountLinkFormJson.h"
#include "protocol/json/AddressItemJson.h"
#include "protocol/json/AppealFormJson.h"
#include "protocol/json/AppealJson.h"
#include "protocol/json/BuildingJson.h"
#include "protocol/json/CaptchaChallengeJson.h"
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
#include "protocol/json/RegisteredUserJson.h"
#include "protocol/json/RegistrationFormJson.h"
#include "protocol/json/SessionTokensJson.h"
#include "protocol/json/SyncAnswerJson.h"
#include "protocol/json/TypoReportFormJson.h"
#include "protocol/json/UserProfileJson.h"
#include "session/AuthorizedApi.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

using Done = ApiClient::Done;

// For answers without a body: whatever came is fine.
std::optional<Done> noBody(const QJsonObject&, JsonError*)
{
    return Done {};
}

// {"items": [...]}, each item decoded by decodeItem(object, error).
template<typename T, typename DecodeItem>
typename ApiReply<QList<T>>::Decoder items(DecodeItem decodeItem)
{
    return [decodeItem](const QJsonObject& body, JsonError* error) {
        JsonReader reader(body);
        const QList<T> list = reader.objectList<T>(u"items", decodeItem);
        return reader.result(list, error);
    };
}

// The codecs of objects the wire does not tie to their account (or meter): the request did.
template<typename T, typename Decode>
typename ApiReply<T>::Decoder boundTo(qint64 ownerId, Decode decode)
{
    return [ownerId, decode](const QJsonObject& object, JsonError* error) {
        return decode(object, ownerId, error);
    };
}

// {"id": 12}
std::optional<qint64> createdId(const QJsonObject& body, JsonError* error)
{
    JsonReader reader(body);
    const qint64 id = reader.integer(u"id");
    return reader.result(id, error);
}

QJsonObject userKeyBody(ApiClient::UserKey key, const QString& value)
{
    return QJsonObject {{key == ApiClient::UserKey::Login ? u"login"_s : u"email"_s, value}};
}

ApiRequest creatingPost(const QString& path, const QJsonObject& body, const QString& key)
{
    ApiRequest request = ApiRequest::post(path, body);
    request.idempotencyKey = key.isEmpty() ? ApiClient::newIdempotencyKey() : key;
    return request;
}

QString accountPath(qint64 accountId, QStringView what = {})
{
    QString path = u"/accounts/"_s + QString::number(accountId);
    if (!what.isEmpty())
        path += u'/' + what;
    return path;
}

} // namespace

ApiClient::ApiClient(AuthorizedApi& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

ApiClient::~ApiClient() = default;

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

template<typename T>
ApiReply<T>* ApiClient::authorized(const ApiRequest& request, typename ApiReply<T>::Decoder decoder)
{
    return new ApiReply<T>(m_api.send(request), std::move(decoder), this);
}

template<typename T>
ApiReply<T>* ApiClient::open(const ApiRequest& request, typename ApiReply<T>::Decoder decoder)
{
    return new ApiReply<T>(m_api.sendPublic(request), std::move(decoder), this);
}

ApiReply<CaptchaChallenge>* ApiClient::createCaptcha()
{
    return open<CaptchaChallenge>(ApiRequest::post(u"/captchas"_s, {}),
                                  [](const QJsonObject& body, JsonError* error) {
                                      return CaptchaChallengeJson::fromJson(body, error);
                                  });
}

ApiReply<RegisteredUser>* ApiClient::registerUser(const RegistrationForm& form)
{
    return open<RegisteredUser>(
        ApiRequest::post(u"/registrations"_s, RegistrationFormJson::toJson(form)),
        [](const QJsonObject& body, JsonError* error) {
            return RegisteredUserJson::fromJson(body, error);
        });
}

ApiReply<Done>* ApiClient::resendActivation(UserKey key, const QString& value)
{
    return open<Done>(ApiRequest::post(u"/activations"_s, userKeyBody(key, value)), noBody);
}

ApiReply<SessionTokens>* ApiClient::logIn(const LoginCredentials& credentials)
{
    return open<SessionTokens>(
        ApiRequest::post(u"/sessions"_s, LoginCredentialsJson::toJson(credentials)),
        [](const QJsonObject& body, JsonError* error) {
            return SessionTokensJson::fromJson(body, error);
        });
}

ApiReply<SessionTokens>* ApiClient::refreshSession(const QString& refreshToken)
{
    return open<SessionTokens>(
        ApiRequest::post(u"/sessions/refresh"_s, {{u"refreshToken"_s, refreshToken}}),
        [](const QJsonObject& body, JsonError* error) {
            return SessionTokensJson::fromJson(body, error);
        });
}

ApiReply<Done>* ApiClient::requestPasswordReset(UserKey key, const QString& value)
{
    return open<Done>(ApiRequest::post(u"/password-resets"_s, userKeyBody(key, value)), noBody);
}

ApiReply<Done>* ApiClient::logOut()
{
    return authorized<Done>(ApiRequest::del(u"/sessions/current"_s), noBody);
}

ApiReply<Done>* ApiClient::changePassword(const PasswordChange& change)
{
    return authorized<Done>(
        ApiRequest::put(u"/profile/password"_s, PasswordChangeJson::toJson(change)), noBody);
}

ApiReply<UserProfile>* ApiClient::profile()
{
    return authorized<UserProfile>(ApiRequest::get(u"/profile"_s),
                                   [](const QJsonObject& body, JsonError* error) {
                                       return UserProfileJson::fromJson(body, error);
                                   });
}

ApiReply<UserProfile>* ApiClient::updateProfile(const ProfileChanges& changes)
{
    return authorized<UserProfile>(
        ApiRequest::patch(u"/profile"_s, ProfileChangesJson::toJson(changes)),
        [](const QJsonObject& body, JsonError* error) {
            return UserProfileJson::fromJson(body, error);
        });
}

ApiReply<Done>* ApiClient::deleteProfile(const QString& password)
{
    return authorized<Done>(ApiRequest::del(u"/profile"_s, QJsonObject {{u"password"_s, password}}),
                            noBody);
}

ApiReply<QList<AddressItem>>* ApiClient::addresses(const AddressQuery& query)
{
    return authorized<QList<AddressItem>>(
        ApiRequest::get(query.path(), query.query()),
        items<AddressItem>([](const QJsonObject& item, JsonError* error) {
            return AddressItemJson::fromJson(item, error);
        }));
}

ApiReply<Account>* ApiClient::linkAccount(const AccountLinkForm& form,
                                          const QString& idempotencyKey)
{
    return authorized<Account>(
        creatingPost(u"/accounts"_s, AccountLinkFormJson::toJson(form), idempotencyKey),
        [](const QJsonObject& body, JsonError* error) {
            return AccountJson::fromJson(body, error);
        });
}

ApiReply<QList<Account>>* ApiClient::accounts()
{
    return authorized<QList<Account>>(ApiRequest::get(u"/accounts"_s),
                                      items<Account>([](const QJsonObject& item, JsonError* error) {
                                          return AccountJson::fromJson(item, error);
                                      }));
}

ApiReply<Account>* ApiClient::account(qint64 accountId)
{
    return authorized<Account>(ApiRequest::get(accountPath(accountId)),
                               [](const QJsonObject& body, JsonError* error) {
                                   return AccountJson::fromJson(body, error);
                               });
}

ApiReply<Done>* ApiClient::unlinkAccount(qint64 accountId)
{
    return authorized<Done>(ApiRequest::del(accountPath(accountId)), noBody);
}

ApiReply<AccountCharges>* ApiClient::charges(qint64 accountId, const PeriodRange& range)
{
    return authorized<AccountCharges>(
        ApiRequest::get(accountPath(accountId, u"charges"), range.query()),
        boundTo<AccountCharges>(accountId,
                                [](const QJsonObject& body, qint64 id, JsonError* error) {
                                    return AccountChargesJson::fromJson(body, id, error);
                                }));
}

ApiReply<QList<Payment>>* ApiClient::payments(qint64 accountId, const PeriodRange& range)
{
    return authorized<QList<Payment>>(
        ApiRequest::get(accountPath(accountId, u"payments"), range.query()),
        items<Payment>([accountId](const QJsonObject& item, JsonError* error) {
            return PaymentJson::fromJson(item, accountId, error);
        }));
}

ApiReply<MovementOfFunds>* ApiClient::movement(qint64 accountId, const PeriodRange& range)
{
    return authorized<MovementOfFunds>(
        ApiRequest::get(accountPath(accountId, u"movement"), range.query()),
        [](const QJsonObject& body, JsonError* error) {
            return MovementOfFundsJson::fromJson(body, error);
        });
}

ApiReply<BuildingDetails>* ApiClient::building(qint64 buildingId)
{
    return authorized<BuildingDetails>(
        ApiRequest::get(u"/buildings/"_s + QString::number(buildingId)),
        [](const QJsonObject& body, JsonError* error) {
            return BuildingJson::fromJson(body, error);
        });
}

ApiReply<QList<MeterDetails>>* ApiClient::meters(qint64 accountId)
{
    return authorized<QList<MeterDetails>>(
        ApiRequest::get(accountPath(accountId, u"meters")),
        items<MeterDetails>([accountId](const QJsonObject& item, JsonError* error) {
            return MeterJson::fromJson(item, accountId, error);
        }));
}

ApiReply<MeterReading>* ApiClient::submitMeterReading(qint64 meterId, const MeterReadingForm& form,
                                                      const QString& idempotencyKey)
{
    return authorized<MeterReading>(
        creatingPost(u"/meters/"_s + QString::number(meterId) + u"/readings"_s,
                     MeterReadingFormJson::toJson(form), idempotencyKey),
        boundTo<MeterReading>(meterId, [](const QJsonObject& body, qint64 id, JsonError* error) {
            return MeterReadingJson::fromJson(body, id, error);
        }));
}

ApiReply<QList<Organization>>* ApiClient::organizations()
{
    return authorized<QList<Organization>>(
        ApiRequest::get(u"/organizations"_s),
        items<Organization>([](const QJsonObject& item, JsonError* error) {
            return OrganizationJson::fromJson(item, error);
        }));
}

ApiReply<QList<NewsItem>>* ApiClient::news()
{
    return authorized<QList<NewsItem>>(
        ApiRequest::get(u"/news"_s), items<NewsItem>([](const QJsonObject& item, JsonError* error) {
            return NewsItemJson::fromJson(item, error);
        }));
}

ApiReply<Appeal>* ApiClient::createAppeal(const AppealForm& form, const QString& idempotencyKey)
{
    return authorized<Appeal>(
        creatingPost(u"/appeals"_s, AppealFormJson::toJson(form), idempotencyKey),
        [](const QJsonObject& body, JsonError* error) {
            return AppealJson::fromJson(body, error);
        });
}

ApiReply<QList<Appeal>>* ApiClient::appeals()
{
    return authorized<QList<Appeal>>(ApiRequest::get(u"/appeals"_s),
                                     items<Appeal>([](const QJsonObject& item, JsonError* error) {
                                         return AppealJson::fromJson(item, error);
                                     }));
}

ApiReply<qint64>* ApiClient::reportTypo(const TypoReportForm& form, const QString& idempotencyKey)
{
    return authorized<qint64>(
        creatingPost(u"/typo-reports"_s, TypoReportFormJson::toJson(form), idempotencyKey),
        createdId);
}

ApiReply<SyncAnswerBody>* ApiClient::sync(const QString& cursor)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    return authorized<SyncAnswerBody>(ApiRequest::get(u"/sync"_s, query),
                                      [](const QJsonObject& body, JsonError* error) {
                                          return SyncAnswerJson::fromJson(body, error);
                                      });
}
