#pragma once

#include "api/AddressQuery.h"
#include "api/ApiReply.h"
#include "api/PeriodRange.h"
#include "net/ApiRequest.h"
#include "protocol/json/AccountCharges.h"
#include "protocol/json/AccountLinkForm.h"
#include "protocol/json/AddressItem.h"
#include "protocol/json/AppealForm.h"
#include "protocol/json/BuildingDetails.h"
#include "protocol/json/CaptchaChallenge.h"
#include "protocol/json/LoginCredentials.h"
#include "protocol/json/MeterDetails.h"
#include "protocol/json/MeterReadingForm.h"
#include "protocol/json/PasswordChange.h"
#include "protocol/json/ProfileChanges.h"
#include "protocol/json/RegisteredUser.h"
#include "protocol/json/RegistrationForm.h"
#include "protocol/json/SessionTokens.h"
#include "protocol/json/SyncAnswerBody.h"
#include "protocol/json/TypoReportForm.h"
#include "protocol/types/Account.h"
#include "protocol/types/Appeal.h"
#include "protocol/types/MeterReading.h"
#include "protocol/types/MovementOfFunds.h"
#include "protocol/types/NewsItem.h"
#include "protocol/types/Organization.h"
#include "protocol/types/Payment.h"
#include "protocol/types/UserProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <variant>

class AuthorizedApi;

// A typed call for every endpoint of docs/api.md. Each returns an ApiReply<T> (owned by this
// object, deleted after its finished()) with the answer decoded by the protocol's codecs, or an
// ApiError. The 🔒 endpoints go through AuthorizedApi::send() (bearer token, refresh on 401), the
// public ones through AuthorizedApi::sendPublic().
//
// The creating POSTs (link an account, an appeal, a meter reading, a typo report) take the
// Idempotency-Key to send: the outbox passes the key it stored with the item, so that a retry
// after a lost answer creates nothing twice; an empty key means "a new one" (a UUID).
//
// Nothing here blocks or waits; nothing is retried but the one resend after a refresh.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // How a user is named to the activation and password-reset requests.
    enum class UserKey
    {
        Login,
        Email,
    };

    using Done = std::monostate;

    explicit ApiClient(AuthorizedApi& api, QObject* parent = nullptr);
    ~ApiClient() override;

    AuthorizedApi& api() const { return m_api; }

    // A fresh Idempotency-Key: a UUID without braces.
    static QString newIdempotencyKey();

    // Public: captcha, registration, activation, sessions, password reset.
    ApiReply<CaptchaChallenge>* createCaptcha();
    ApiReply<RegisteredUser>* registerUser(const RegistrationForm& form);
    // Answered 202 whether or not such an inactive user exists.
    ApiReply<Done>* resendActivation(UserKey key, const QString& value);
    ApiReply<SessionTokens>* logIn(const LoginCredentials& credentials);
    ApiReply<SessionTokens>* refreshSession(const QString& refreshToken);
    ApiReply<Done>* requestPasswordReset(UserKey key, const QString& value);

    // 🔒 The session and the profile.
    ApiReply<Done>* logOut();
    ApiReply<Done>* changePassword(const PasswordChange& change);
    ApiReply<UserProfile>* profile();
    ApiReply<UserProfile>* updateProfile(const ProfileChanges& changes);
    ApiReply<Done>* deleteProfile(const QString& password);

    // 🔒 The address directory, for linking an account.
    ApiReply<QList<AddressItem>>* addresses(const AddressQuery& query);

    // 🔒 Accounts and what belongs to them.
    ApiReply<Account>* linkAccount(const AccountLinkForm& form, const QString& idempotencyKey = {});
    ApiReply<QList<Account>>* accounts();
    ApiReply<Account>* account(qint64 accountId);
    ApiReply<Done>* unlinkAccount(qint64 accountId);
    ApiReply<AccountCharges>* charges(qint64 accountId, const PeriodRange& range = {});
    ApiReply<QList<Payment>>* payments(qint64 accountId, const PeriodRange& range = {});
    ApiReply<MovementOfFunds>* movement(qint64 accountId, const PeriodRange& range = {});
    ApiReply<BuildingDetails>* building(qint64 buildingId);
    ApiReply<QList<MeterDetails>>* meters(qint64 accountId);
    ApiReply<MeterReading>* submitMeterReading(qint64 meterId, const MeterReadingForm& form,
                                               const QString& idempotencyKey = {});

    // 🔒 What the operator publishes, and what the user writes.
    ApiReply<QList<Organization>>* organizations();
    ApiReply<QList<NewsItem>>* news();
    ApiReply<Appeal>* createAppeal(const AppealForm& form, const QString& idempotencyKey = {});
    ApiReply<QList<Appeal>>* appeals();
    // The id of the new report.
    ApiReply<qint64>* reportTypo(const TypoReportForm& form, const QString& idempotencyKey = {});

    // 🔒 Everything that changed since cursor (empty: everything).
    ApiReply<SyncAnswerBody>* sync(const QString& cursor = {});

private:
    template<typename T>
    ApiReply<T>* authorized(const ApiRequest& request, typename ApiReply<T>::Decoder decoder);
    template<typename T>
    ApiReply<T>* open(const ApiRequest& request, typename ApiReply<T>::Decoder decoder);

    AuthorizedApi& m_api;
};
