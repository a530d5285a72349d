#include "login/LoginPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginPage::LoginPage(QWidget* parent)
    : QWidget(parent)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me?"), this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("loginPage"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);

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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    layout->addWidget(forgot);
    layout->addStretch();

    connect(m_login, &QLineEdit::textChanged, this, &LoginPage::updateSignInEnabled);
    connect(m_password, &QLineEdit::textChanged, this, &LoginPage::updateSignInEnabled);
    connect(m_signIn, &QPushButton::clicked, this, &LoginPage::signInRequested);
    updateSignInEnabled();
}

QString LoginPage::login() const
{
    return m_login->text().trimmed();
}

bool LoginPage::rememberRequested() const
{
    return m_remember->isChecked();
}

void LoginPage::updateSignInEnabled()
{
    m_signIn->setEnabled(!login().isEmpty() && !m_password->text().isEmpty());
}
