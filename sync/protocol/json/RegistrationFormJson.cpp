#include "RegistrationFormJson.h"

#include "protocol/json/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject RegistrationFormJson::toJson(const RegistrationForm& registrationForm)
{
    return QJsonObject {
        {u"login"_s, registrationForm.login},
        {u"email"_s, registrationForm.email},
        {u"password"_s, registrationForm.password},
        {u"passwordConfirmation"_s, registrationForm.passwordConfirmation},
        {u"captchaId"_s, registrationForm.captchaId},
        {u"captchaAnswer"_s, registrationForm.captchaAnswer},
        {u"agreementAccepted"_s, registrationForm.agreementAccepted},
    };
}

std::optional<RegistrationForm> RegistrationFormJson::fromJson(const QJsonObject& object,
                                                               JsonError* error)
{
    JsonReader reader(object);
    RegistrationForm form;
    form.login = reader.string(u"login");
    form.email = reader.string(u"email");
    form.password = reader.string(u"password");
    form.passwordConfirmation = reader.string(u"passwordConfirmation");
    form.captchaId = reader.string(u"captchaId");
    form.captchaAnswer = reader.string(u"captchaAnswer");
    form.agreementAccepted = reader.boolean(u"agreementAccepted");
    return reader.result(form, error);
}
