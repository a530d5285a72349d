#include "login/LoginPage.h"

#include "session/SessionManager.h"
#include "widgets/CaptchaField.h"
#include "widgets/FormBuddies.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using Status = LoginOutcome::Status;

namespace {

QString pageStyle()
{
    return QStringLiteral("QLabel#loginMessage[error=\"true\"] { color: %1; }"
                          "QLabel#loginMessage[error=\"false\"] { color: %2; }")
        .arg(ThemeColors::css(ThemeColors::error()), ThemeColors::css(ThemeColors::success()));
}

} // namespace

LoginPage::LoginPage(QWidget* parent)
    : QWidget(parent)
{
    setUpForm();
}

LoginPage::LoginPage(SessionManager& manager, QWidget* parent)
    : QWidget(parent)
    , m_manager(&manager)
{
    setUpForm();
    connect(m_manager, &SessionManager::loginFinished, this, &LoginPage::onLoginFinished);
}

void LoginPage::setUpForm()
{
    setObjectName(QStringLiteral("loginPage"));
    setStyleSheet(pageStyle());
    m_login = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_remember = new QCheckBox(tr("&Remember me?"), this);
    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_message = new QLabel(this);
    m_resendActivation = new QPushButton(tr("Send the e-mail again"), this);
    m_offlineUnlock = new QPushButton(tr("Sign in without network"), this);

    m_login->setObjectName(QStringLiteral("login"));
    // The manual's notes beside figure 3.
    m_login->setToolTip(tr("The account name (login) given at registration"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("The secret set of characters entered at registration"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Tick it to keep the sign-in, so that the password need not be "
                              "entered every time"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_resendActivation->setObjectName(QStringLiteral("resendActivation"));
    m_resendActivation->hide();
    m_offlineUnlock->setObjectName(QStringLiteral("offlineUnlock"));
    m_offlineUnlock->hide();

    auto* intro = new QLabel(
        tr("Enter your user name and password or <a href=\"register\">register</a>."), this);
    intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(intro, &QLabel::linkActivated, this, &LoginPage::registrationRequested);

    auto* forgot = new QLabel(tr("<a href=\"reset\">Forgot your password?</a>"), this);
    forgot->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(forgot, &QLabel::linkActivated, this, &LoginPage::passwordResetRequested);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    if (m_manager) {
        m_captchaRow = new QWidget(this);
        m_captchaRow->setObjectName(QStringLiteral("captchaRow"));
        m_captcha = new CaptchaField(m_manager->client(), m_captchaRow);
        auto* captchaLayout = new QVBoxLayout(m_captchaRow);
        captchaLayout->setContentsMargins(0, 0, 0, 0);
        auto* captchaLabel = new QLabel(tr("&Code from the picture:"), m_captchaRow);
        FormBuddies::bind(captchaLabel, m_captcha);
        captchaLayout->addWidget(captchaLabel);
        captchaLayout->addWidget(m_captcha);
        form->addRow(QString(), m_captchaRow);
        m_captchaRow->hide();
        connect(m_captcha->answerEdit(), &QLineEdit::returnPressed, this, &LoginPage::signIn);
    }

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_signIn);
    actions->addWidget(m_resendActivation);
    actions->addWidget(m_offlineUnlock);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    FormBuddies::bind(form);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(forgot);
    layout->addStretch();

    // The order on screen, top to bottom: the links were made after the inputs.
    QList<QWidget*> tabOrder {intro, m_login, m_password, m_remember};
    if (m_captcha)
        tabOrder << m_captcha->reloadButton() << m_captcha->answerEdit();
    tabOrder << m_signIn << m_resendActivation << m_offlineUnlock << forgot;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_login, &QLineEdit::textChanged, this, &LoginPage::updateSignInEnabled);
    connect(m_password, &QLineEdit::textChanged, this, &LoginPage::updateSignInEnabled);
    // What the last answer offered belongs to the login it was about.
    connect(m_login, &QLineEdit::textEdited, this, &LoginPage::forgetOutcomeActions);
    connect(m_signIn, &QPushButton::clicked, this, &LoginPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::signIn);
    connect(m_resendActivation, &QPushButton::clicked, this, &LoginPage::resendActivation);
    connect(m_offlineUnlock, &QPushButton::clicked, this,
            [this] { emit offlineUnlockRequested(login(), m_password->text()); });
    updateSignInEnabled();
}

void LoginPage::setOfflineUnlockCheck(std::function<bool(const QString&)> hasCache)
{
    m_hasOfflineCache = std::move(hasCache);
}

QString LoginPage::login() const
{
    return m_login->text().trimmed();
}

void LoginPage::setLogin(const QString& login)
{
    m_login->setText(login);
    forgetOutcomeActions();
    m_password->clear();
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

bool LoginPage::rememberRequested() const
{
    return m_remember->isChecked();
}

bool LoginPage::hasInput() const
{
    return !m_login->text().isEmpty() || !m_password->text().isEmpty()
        || (m_captcha && !m_captcha->answer().isEmpty());
}

void LoginPage::setRememberOffered(bool offered)
{
    if (!offered)
        m_remember->setChecked(false);
    m_remember->setEnabled(offered);
    m_remember->setVisible(offered);
}

bool LoginPage::isCaptchaShown() const
{
    return m_captchaRow && !m_captchaRow->isHidden();
}

QString LoginPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LoginPage::signIn()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    if (!m_manager) {
        emit signInRequested();
        return;
    }
    LoginCredentials credentials {login(), m_password->text(), {}, {}};
    if (isCaptchaShown()) {
        if (m_captcha->captchaId().isEmpty() || m_captcha->answer().isEmpty()) {
            setMessage(tr("Enter the code from the picture."), true);
            m_captcha->answerEdit()->setFocus();
            return;
        }
        credentials.captchaId = m_captcha->captchaId();
        credentials.captchaAnswer = m_captcha->answer();
    }
    if (!m_manager->logIn(credentials, rememberRequested())) {
        // The start-up's resume (or a sign-out) is still running.
        setMessage(tr("Please wait: the previous sign-in has not finished yet."), true);
        return;
    }
    forgetOutcomeActions();
    setMessage({}, false);
    setBusy(true);
    emit signInRequested();
}

void LoginPage::onLoginFinished(const LoginOutcome& outcome)
{
    // Only the answer to this page's own request: the manager also reports other callers'.
    if (!m_busy)
        return;
    setBusy(false);
    // showOutcome() clears the field; the application still needs the password to open the cache.
    const QString password = m_password->text();
    showOutcome(outcome);
    if (outcome.isSignedIn())
        emit signedIn(m_manager->login(), password, outcome.isRemembered());
}

void LoginPage::showOutcome(const LoginOutcome& outcome)
{
    forgetOutcomeActions();
    const Status status = outcome.status();
    if (outcome.isSignedIn()) {
        setMessage({}, false);
        m_password->clear();
        if (m_captchaRow)
            m_captchaRow->hide();
        return;
    }
    if (outcome.allowsOfflineUnlock()) {
        const bool hasCache = m_hasOfflineCache && m_hasOfflineCache(login());
        // LoginOutcome's words offer the offline way; without a cache only the cause is true.
        setMessage(hasCache ? outcome.userMessage() : outcome.error().userMessage(), true);
        m_offlineUnlock->setVisible(hasCache);
        return;
    }
    setMessage(outcome.userMessage(), true);
    if (status == Status::Cancelled || status == Status::NotRemembered)
        return;
    if (m_captcha && (outcome.needsCaptcha() || isCaptchaShown())) {
        // Every answer the server looked at used the challenge up; once asked for, the captcha
        // is needed until a sign-in of this login succeeds.
        m_captchaRow->show();
        m_captcha->reload();
    }
    switch (status) {
    case Status::InvalidCredentials:
        m_password->clear();
        m_password->setFocus();
        break;
    case Status::AccountInactive:
        m_resendActivation->setVisible(m_manager != nullptr);
        m_resendActivation->setEnabled(true);
        break;
    case Status::CaptchaRequired:
    case Status::WrongCaptcha:
        if (m_captcha)
            m_captcha->answerEdit()->setFocus();
        break;
    default:
        break;
    }
}

void LoginPage::resendActivation()
{
    if (!m_manager || m_resendRequest || login().isEmpty())
        return;
    m_resendActivation->setEnabled(false);
    ApiReply<ApiClient::Done>* reply =
        m_manager->client().resendActivation(ApiClient::UserKey::Login, login());
    m_resendRequest = reply;
    reply->onFinished(this, [this](const ApiReply<ApiClient::Done>& answer) {
        m_resendRequest.clear();
        if (answer.isOk()) {
            // The server sends at most one a minute, so the button stays off after this.
            setMessage(tr("The activation e-mail is sent again to the address given at "
                          "registration (at most one a minute). Open its link, then sign in."),
                       false);
            return;
        }
        m_resendActivation->setEnabled(true);
        setMessage(answer.error().userMessage(), true);
    });
}

void LoginPage::forgetOutcomeActions()
{
    m_resendActivation->hide();
    m_offlineUnlock->hide();
}

void LoginPage::updateSignInEnabled()
{
    m_signIn->setEnabled(!m_busy && !login().isEmpty() && !m_password->text().isEmpty());
}

void LoginPage::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign in"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateSignInEnabled();
}

void LoginPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("error", error);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}
