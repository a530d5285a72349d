#include "login/RegistrationPage.h"

#include "api/ApiClient.h"
#include "login/RegistrationField.h"
#include "protocol/ValidationRules.h"
#include "widgets/CaptchaField.h"
#include "widgets/FormBuddies.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString pageStyle()
{
    // The manual prints the rules in callouts beside the fields; neutral here (the palette's
    // alternate base), so that only what is wrong is red.
    return QStringLiteral("QLabel#pageTitle { font-size: 14pt; font-weight: bold; }"
                          "QLabel#rule { color: palette(text); background: palette(alternate-base);"
                          " border-left: 3px solid %2; padding: 3px 6px; }"
                          "QLabel#fieldMessage, QLabel#agreementMessage, QLabel#registrationError"
                          " { color: %1; }"
                          "QLineEdit[invalid=\"true\"] { border: 1px solid %1; border-radius: 2px;"
                          " padding: 2px; }")
        .arg(ThemeColors::css(ThemeColors::error()), ThemeColors::css(ThemeColors::accent()));
}

// «*» after a label, red like the portal's.
QString requiredLabel(const QString& text)
{
    return text.toHtmlEscaped()
        + u" <span style=\"color:%1\">*</span>"_s.arg(ThemeColors::css(ThemeColors::error()));
}

QString spacedPasswordSpecials()
{
    QStringList characters;
    for (QChar c : ValidationRules::passwordSpecialCharacters())
        characters << QString(c);
    return characters.join(u' ');
}

} // namespace

RegistrationPage::RegistrationPage(ApiClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_login(new QLineEdit)
    , m_email(new QLineEdit)
    , m_password(new QLineEdit)
    , m_confirmation(new QLineEdit)
    , m_captcha(new CaptchaField(client))
    , m_form(new QWidget(this))
    , m_agreementText(new QTextBrowser(this))
    , m_agreement(new QCheckBox(this))
    , m_agreementMessage(new QLabel(this))
    , m_error(new QLabel(this))
    , m_register(new QPushButton(tr("Register"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("registrationPage"));
    setStyleSheet(pageStyle());
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(ValidationRules::maxLoginLength + 10);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setMaxLength(ValidationRules::maxEmailLength + 10);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(ValidationRules::maxPasswordLength + 10);
    m_confirmation->setObjectName(QStringLiteral("passwordConfirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_confirmation->setMaxLength(ValidationRules::maxPasswordLength + 10);

    auto* title = new QLabel(tr("Enter your registration details"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_loginField = addField(
        m_login,
        tr("The login may contain Russian and Latin letters, digits, a hyphen or an underscore, "
           "must start with a letter and be at most %n character(s) long",
           nullptr, ValidationRules::maxLoginLength),
        QStringLiteral("loginField"));
    form->addRow(requiredLabel(tr("User name")), m_loginField);
    m_emailField = addField(m_email, tr("E-mail address"), QStringLiteral("emailField"));
    form->addRow(requiredLabel(tr("E-mail")), m_emailField);
    m_passwordField = addField(
        m_password,
        tr("Must consist of at least six and at most sixty letters, digits and characters from "
           "the list: %1")
            .arg(spacedPasswordSpecials()),
        QStringLiteral("passwordField"));
    form->addRow(requiredLabel(tr("Password")), m_passwordField);
    m_confirmationField = addField(m_confirmation, tr("To rule out a typing error"),
                                   QStringLiteral("passwordConfirmationField"));
    form->addRow(requiredLabel(tr("Password confirmation")), m_confirmationField);
    m_captchaField = addField(m_captcha, QString(), QStringLiteral("captchaField"));
    form->addRow(requiredLabel(tr("Code from the picture")), m_captchaField);
    // Each label names the input inside its field (for Alt and screen readers).
    FormBuddies::bind(form);
    // The form's labels are rich text (the red star): find them by buddy, not by text.
    for (RegistrationField* field :
         {m_loginField, m_emailField, m_passwordField, m_confirmationField, m_captchaField}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setTextFormat(Qt::RichText);
    }

    m_agreementText->setObjectName(QStringLiteral("agreementText"));
    m_agreementText->setOpenExternalLinks(false);
    m_agreementText->setMaximumHeight(90);
    setAgreementText(tr("<p>The personal cabinet shows the owner of a flat the state of their "
                        "personal account for capital repair contributions: charges, payments and "
                        "the house's repair plans. The user keeps the login and password secret, "
                        "gives true information when linking an account and agrees that the "
                        "operator processes the personal data needed for that.</p>"));
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_agreement->setText(
        tr("I have read and accepted the agreement on the use of the personal cabinet"));
    m_agreementMessage->setObjectName(QStringLiteral("agreementMessage"));
    m_agreementMessage->setWordWrap(true);
    m_agreementMessage->hide();
    m_error->setObjectName(QStringLiteral("registrationError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_register->setObjectName(QStringLiteral("register"));
    m_register->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancel"));

    auto* required = new QLabel(tr("All fields are required."), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_agreementText);
    layout->addWidget(m_agreement);
    layout->addWidget(m_agreementMessage);
    layout->addWidget(required);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch();

    // The inputs were made before the fields that hold them, so Tab would visit the agreement
    // and the buttons first: the order on screen, top to bottom.
    const QList<QWidget*> tabOrder {m_login,
                                    m_email,
                                    m_password,
                                    m_confirmation,
                                    m_captcha->reloadButton(),
                                    m_captcha->answerEdit(),
                                    m_agreementText,
                                    m_agreement,
                                    m_register,
                                    m_cancel};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    // As the user types: each field's own rule, and the confirmation again when the password
    // it must equal changes (only once the user has typed one).
    connect(m_login, &QLineEdit::textEdited, this, &RegistrationPage::validateLogin);
    connect(m_email, &QLineEdit::textEdited, this, &RegistrationPage::validateEmail);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        validatePassword();
        if (!m_confirmation->text().isEmpty() || m_confirmationField->isMarked())
            validateConfirmation();
    });
    connect(m_confirmation, &QLineEdit::textEdited, this, &RegistrationPage::validateConfirmation);
    connect(m_captcha->answerEdit(), &QLineEdit::textEdited, this,
            [this] { m_captchaField->setMessage({}); });
    connect(m_captcha, &CaptchaField::loadFailed, this,
            [this](const ApiError& error) { m_captchaField->setMessage(error.userMessage()); });
    connect(m_agreement, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked)
            m_agreementMessage->hide();
    });
    connect(m_register, &QPushButton::clicked, this, &RegistrationPage::submit);
    connect(m_confirmation, &QLineEdit::returnPressed, this, &RegistrationPage::submit);
    connect(m_captcha->answerEdit(), &QLineEdit::returnPressed, this, &RegistrationPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // A registration still on its way stays on its way: the server may create the account
        // either way, and the activation e-mail tells the user.
        if (m_request)
            m_request->disconnect(this);
        m_request.clear();
        setBusy(false);
        emit cancelled();
    });
}

RegistrationField* RegistrationPage::addField(QWidget* input, const QString& rule,
                                              const QString& objectName)
{
    auto* field = new RegistrationField(input, rule, m_form);
    field->setObjectName(objectName);
    return field;
}

void RegistrationPage::setAgreementText(const QString& html)
{
    m_agreementText->setHtml(html);
}

void RegistrationPage::reset()
{
    for (QLineEdit* edit : {m_login, m_email, m_password, m_confirmation})
        edit->clear();
    for (RegistrationField* field :
         {m_loginField, m_emailField, m_passwordField, m_confirmationField, m_captchaField})
        field->setMessage({});
    m_agreement->setChecked(false);
    m_agreementMessage->hide();
    m_error->hide();
    m_captcha->reload();
    m_login->setFocus();
}

void RegistrationPage::validateLogin()
{
    m_loginField->setMessage(ValidationRules::validateLogin(m_login->text()).message());
}

void RegistrationPage::validateEmail()
{
    m_emailField->setMessage(ValidationRules::validateEmail(m_email->text()).message());
}

void RegistrationPage::validatePassword()
{
    m_passwordField->setMessage(ValidationRules::validatePassword(m_password->text()).message());
}

void RegistrationPage::validateConfirmation()
{
    m_confirmationField->setMessage(
        ValidationRules::validatePasswordConfirmation(m_password->text(), m_confirmation->text())
            .message());
}

bool RegistrationPage::validateCaptcha()
{
    if (m_captcha->captchaId().isEmpty())
        m_captchaField->setMessage(
            tr("The picture has not loaded. Click «%1».").arg(tr("Load a new code")));
    else if (m_captcha->answer().isEmpty())
        m_captchaField->setMessage(tr("Enter the code from the picture."));
    else
        m_captchaField->setMessage({});
    return !m_captchaField->isMarked();
}

bool RegistrationPage::validateAgreement()
{
    if (m_agreement->isChecked()) {
        m_agreementMessage->hide();
        return true;
    }
    m_agreementMessage->setText(tr("Accept the agreement on the use of the personal cabinet."));
    m_agreementMessage->show();
    return false;
}

bool RegistrationPage::validateAll()
{
    validateLogin();
    validateEmail();
    validatePassword();
    validateConfirmation();
    // Every message at once (no early return), so that the user sees all there is to fix.
    const bool captcha = validateCaptcha();
    const bool agreement = validateAgreement();
    bool valid = captcha && agreement;
    for (RegistrationField* field :
         {m_loginField, m_emailField, m_passwordField, m_confirmationField}) {
        if (field->isMarked()) {
            if (valid)
                field->input()->setFocus();
            valid = false;
        }
    }
    return valid;
}

void RegistrationPage::submit()
{
    if (isBusy())
        return;
    m_error->hide();
    if (!validateAll())
        return;
    RegistrationForm form;
    form.login = m_login->text();
    form.email = m_email->text();
    form.password = m_password->text();
    form.passwordConfirmation = m_confirmation->text();
    form.captchaId = m_captcha->captchaId();
    form.captchaAnswer = m_captcha->answer();
    form.agreementAccepted = m_agreement->isChecked();
    ApiReply<RegisteredUser>* reply = m_client.registerUser(form);
    m_request = reply;
    setBusy(true);
    reply->onFinished(this, [this](const ApiReply<RegisteredUser>& answer) { onAnswer(answer); });
}

void RegistrationPage::onAnswer(const ApiReply<RegisteredUser>& reply)
{
    m_request.clear();
    setBusy(false);
    if (reply.isOk()) {
        m_password->clear();
        m_confirmation->clear();
        emit registered(reply.value());
        return;
    }
    showServerError(reply.error());
}

void RegistrationPage::showServerError(const ApiError& error)
{
    using Code = ApiErrorBody::Code;
    const auto fieldFor = [this](const QString& name) -> RegistrationField* {
        if (name == u"login")
            return m_loginField;
        if (name == u"email")
            return m_emailField;
        if (name == u"password")
            return m_passwordField;
        if (name == u"passwordConfirmation")
            return m_confirmationField;
        if (name == u"captchaId" || name == u"captchaAnswer")
            return m_captchaField;
        return nullptr;
    };

    if (error.kind == ApiError::Kind::Conflict && error.code == Code::Taken) {
        // Taken is only looked at after a right captcha answer, which is used up now.
        if (RegistrationField* field = fieldFor(error.field)) {
            field->setMessage(error.userMessage());
            field->input()->setFocus();
        } else {
            m_error->setText(error.userMessage());
            m_error->show();
        }
        m_captcha->reload();
        return;
    }
    if (error.kind == ApiError::Kind::Validation && error.code == Code::WrongCaptcha) {
        m_captcha->reload();
        m_captchaField->setMessage(
            tr("The code was entered wrongly. Enter the code from the new picture."));
        m_captcha->answerEdit()->setFocus();
        return;
    }
    if (error.kind == ApiError::Kind::Validation && error.field == u"agreementAccepted") {
        validateAgreement();
        return;
    }
    if (error.kind == ApiError::Kind::Validation) {
        if (RegistrationField* field = fieldFor(error.field)) {
            // The rules are shared, so this means a server of another version: its own words.
            field->setMessage(error.serverMessage.isEmpty() ? error.userMessage()
                                                            : error.serverMessage);
            field->input()->setFocus();
            return;
        }
    }
    m_error->setText(error.userMessage());
    m_error->show();
}

void RegistrationPage::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_agreement->setEnabled(!busy);
    m_register->setEnabled(!busy);
    m_register->setText(busy ? tr("Registering…") : tr("Register"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}
