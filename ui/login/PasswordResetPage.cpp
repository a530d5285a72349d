#include "login/PasswordResetPage.h"

#include "api/ApiClient.h"
#include "widgets/FormBuddies.h"
#include "widgets/ThemeColors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

PasswordResetPage::PasswordResetPage(ApiClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_steps(new QStackedWidget(this))
    , m_name(new QLineEdit)
    , m_error(new QLabel)
    , m_send(new QPushButton(tr("Send")))
    , m_explanation(new QLabel)
{
    setObjectName(QStringLiteral("passwordResetPage"));
    auto* title = new QLabel(tr("Password recovery"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));

    // The question.
    auto* ask = new QWidget(m_steps);
    auto* intro = new QLabel(tr("Enter the login or the e-mail address you registered with. We "
                                "will send a link for setting a new password to that address."),
                             ask);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("loginOrEmail"));
    m_error->setObjectName(QStringLiteral("resetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::error())));
    m_error->hide();
    m_send->setObjectName(QStringLiteral("sendReset"));
    m_send->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), ask);
    cancel->setObjectName(QStringLiteral("cancel"));
    auto* form = new QFormLayout;
    form->addRow(tr("Login or e-mail:"), m_name);
    auto* askButtons = new QHBoxLayout;
    askButtons->addWidget(m_send);
    askButtons->addWidget(cancel);
    askButtons->addStretch();
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->addWidget(intro);
    FormBuddies::bind(form);
    askLayout->addLayout(form);
    askLayout->addWidget(m_error);
    askLayout->addLayout(askButtons);
    askLayout->addStretch();

    // The explanation.
    auto* sent = new QWidget(m_steps);
    m_explanation->setObjectName(QStringLiteral("resetExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("If an active account with this login or e-mail exists, an e-mail with a link is on "
           "its way to its address. Open the link within an hour: it leads to a page of the "
           "portal where you set a new password (by the same rules as at registration). Then "
           "sign in with the new password; every earlier sign-in of the account ends.\n\nNo "
           "e-mail? Check the spam folder; a new one can be asked for after a minute."));
    auto* back = new QPushButton(tr("Back to sign-in"), sent);
    back->setObjectName(QStringLiteral("backToSignIn"));
    auto* sentLayout = new QVBoxLayout(sent);
    sentLayout->setContentsMargins(0, 0, 0, 0);
    sentLayout->addWidget(m_explanation);
    sentLayout->addWidget(back, 0, Qt::AlignLeft);
    sentLayout->addStretch();

    m_steps->addWidget(ask);
    m_steps->addWidget(sent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(m_steps, 1);

    // The field and «Send» were made before their step and put in it afterwards: Tab goes down
    // the step as it is read.
    setTabOrder(m_name, m_send);
    setTabOrder(m_send, cancel);

    connect(m_send, &QPushButton::clicked, this, &PasswordResetPage::submit);
    connect(m_name, &QLineEdit::returnPressed, this, &PasswordResetPage::submit);
    connect(m_name, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(cancel, &QPushButton::clicked, this, &PasswordResetPage::backRequested);
    connect(back, &QPushButton::clicked, this, &PasswordResetPage::backRequested);
}

bool PasswordResetPage::isExplanationShown() const
{
    return m_steps->currentIndex() == 1;
}

QString PasswordResetPage::explanation() const
{
    return m_explanation->text();
}

void PasswordResetPage::reset(const QString& loginOrEmail)
{
    if (m_request) {
        m_request->disconnect(this);
        m_request.clear();
    }
    m_name->setText(loginOrEmail);
    m_name->setEnabled(true);
    m_error->hide();
    m_send->setEnabled(true);
    m_send->setText(tr("Send"));
    m_steps->setCurrentIndex(0);
    m_name->setFocus();
}

void PasswordResetPage::submit()
{
    if (isBusy())
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Enter the login or the e-mail address."));
        m_error->show();
        return;
    }
    m_error->hide();
    // A login cannot contain '@' (ValidationRules), an e-mail address must.
    const ApiClient::UserKey key =
        name.contains(u'@') ? ApiClient::UserKey::Email : ApiClient::UserKey::Login;
    ApiReply<ApiClient::Done>* reply = m_client.requestPasswordReset(key, name);
    m_request = reply;
    m_name->setEnabled(false);
    m_send->setEnabled(false);
    m_send->setText(tr("Sending…"));
    reply->onFinished(this, [this](const ApiReply<ApiClient::Done>& answer) {
        m_request.clear();
        m_name->setEnabled(true);
        m_send->setEnabled(true);
        m_send->setText(tr("Send"));
        if (answer.isOk()) {
            m_steps->setCurrentIndex(1);
            return;
        }
        m_error->setText(answer.error().userMessage());
        m_error->show();
    });
}
