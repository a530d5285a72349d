#include "login/ActivationSentPage.h"

#include "api/ApiClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ActivationSentPage::ActivationSentPage(ApiClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_text(new QLabel(this))
    , m_status(new QLabel(this))
    , m_resend(new QPushButton(tr("Send the e-mail again"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setObjectName(QStringLiteral("activationSentPage"));
    auto* title = new QLabel(tr("Registration is almost done"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_text->setObjectName(QStringLiteral("activationText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("activationStatus"));
    m_status->setWordWrap(true);
    m_resend->setObjectName(QStringLiteral("resendActivation"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_resend);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(m_text);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_resend, &QPushButton::clicked, this, &ActivationSentPage::resend);
    connect(m_signIn, &QPushButton::clicked, this, [this] { emit signInRequested(m_user.login); });
}

void ActivationSentPage::setUser(const RegisteredUser& user)
{
    m_user = user;
    m_text->setText(tr("An e-mail with a link to activate the account <b>%1</b> was sent to "
                       "<b>%2</b>. Open the link from the e-mail, then sign in. The link is good "
                       "for 48 hours.")
                        .arg(user.login.toHtmlEscaped(), user.email.toHtmlEscaped()));
    m_status->clear();
    m_status->hide();
    m_resend->setEnabled(true);
}

QString ActivationSentPage::text() const
{
    return m_text->text();
}

void ActivationSentPage::resend()
{
    if (m_request || m_user.login.isEmpty())
        return;
    m_resend->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_status->show();
    ApiReply<ApiClient::Done>* reply =
        m_client.resendActivation(ApiClient::UserKey::Login, m_user.login);
    m_request = reply;
    reply->onFinished(this, [this](const ApiReply<ApiClient::Done>& answer) {
        m_request.clear();
        if (answer.isOk()) {
            // The server sends at most one a minute: leave the button off for this visit.
            m_status->setText(
                tr("The e-mail is sent to %1 again (at most one a minute). Check the spam folder "
                   "too.")
                    .arg(m_user.email));
            return;
        }
        m_resend->setEnabled(true);
        m_status->setText(answer.error().userMessage());
    });
}
