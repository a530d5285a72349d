#include "profile/ChangePasswordDialog.h"

#include "api/ApiClient.h"
#include "profile/FormMessage.h"
#include "profile/LocalDataCleaner.h"
#include "protocol/ValidationRules.h"
#include "widgets/FormBuddies.h"
#include "widgets/WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(ApiClient& client, LocalDataCleaner* cleaner,
                                           QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_cleaner(cleaner)
    , m_current(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_currentMessage(FormMessage::newLabel(this))
    , m_passwordMessage(FormMessage::newLabel(this))
    , m_confirmationMessage(FormMessage::newLabel(this))
    , m_formMessage(FormMessage::newLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    setStyleSheet(FormMessage::styleSheet());
    for (QLineEdit* edit : {m_current, m_password, m_confirmation}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(ValidationRules::maxPasswordLength + 10);
        edit->setMinimumWidth(240);
    }
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_confirmation->setObjectName(QStringLiteral("passwordConfirmation"));

    auto* form = new QFormLayout;
    form->addRow(tr("Current password *"), FormMessage::column(m_current, m_currentMessage, this));
    form->addRow(tr("New password *"), FormMessage::column(m_password, m_passwordMessage, this));
    form->addRow(tr("Password confirmation *"),
                 FormMessage::column(m_confirmation, m_confirmationMessage, this));

    // Spaced out, so that the line wraps between characters rather than inside the list.
    QStringList specials;
    for (QChar c : ValidationRules::passwordSpecialCharacters())
        specials.append(QString(c));
    auto* rule = new QLabel(tr("From %1 to %2 Latin letters, digits and the characters %3")
                                .arg(ValidationRules::minPasswordLength)
                                .arg(ValidationRules::maxPasswordLength)
                                .arg(specials.join(u' ')),
                            this);
    rule->setObjectName(QStringLiteral("hint"));
    rule->setWordWrap(true);

    m_buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("submit"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    FormBuddies::bind(form);
    layout->addLayout(form);
    layout->addWidget(rule);
    layout->addWidget(m_formMessage);
    layout->addWidget(m_buttons);

    connect(m_current, &QLineEdit::textEdited, this,
            [this] { FormMessage::set(m_currentMessage, {}); });
    connect(m_password, &QLineEdit::textEdited, this,
            [this] { FormMessage::set(m_passwordMessage, {}); });
    connect(m_confirmation, &QLineEdit::textEdited, this,
            [this] { FormMessage::set(m_confirmationMessage, {}); });
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

QPushButton* ChangePasswordDialog::submitButton() const
{
    return m_buttons->findChild<QPushButton*>(QStringLiteral("submit"));
}

QString ChangePasswordDialog::currentMessage() const
{
    return m_currentMessage->text();
}

QString ChangePasswordDialog::passwordMessage() const
{
    return m_passwordMessage->text();
}

QString ChangePasswordDialog::confirmationMessage() const
{
    return m_confirmationMessage->text();
}

QString ChangePasswordDialog::formMessage() const
{
    return m_formMessage->text();
}

bool ChangePasswordDialog::checkFields()
{
    const QString current = m_current->text();
    FormMessage::set(m_currentMessage,
                     current.isEmpty() ? tr("Enter your current password.") : QString());
    const ValidationResult password = ValidationRules::validatePassword(m_password->text());
    FormMessage::set(m_passwordMessage, password.message());
    const ValidationResult confirmation =
        ValidationRules::validatePasswordConfirmation(m_password->text(), m_confirmation->text());
    FormMessage::set(m_confirmationMessage, confirmation.message());
    return !current.isEmpty() && password.isValid() && confirmation.isValid();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit* edit : {m_current, m_password, m_confirmation})
        edit->setReadOnly(busy);
    submitButton()->setEnabled(!busy);
}

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    FormMessage::set(m_formMessage, {});
    if (!checkFields())
        return;
    const PasswordChange change {m_current->text(), m_password->text(), m_confirmation->text()};
    setBusy(true);
    m_client.changePassword(change)->onFinished(
        this, [this, change](const ApiReply<ApiClient::Done>& reply) {
            if (!reply.isOk()) {
                setBusy(false);
                showError(reply.error());
                return;
            }
            if (!m_cleaner) {
                onKeyRewrapped(CacheVault::Error::None);
                return;
            }
            FormMessage::set(m_formMessage, {});
            connect(m_cleaner, &LocalDataCleaner::keyRewrapped, this,
                    &ChangePasswordDialog::onKeyRewrapped, Qt::SingleShotConnection);
            m_cleaner->rewrapKey(change.currentPassword, change.password);
        });
}

void ChangePasswordDialog::onKeyRewrapped(CacheVault::Error error)
{
    setBusy(false);
    if (error != CacheVault::Error::None) {
        // The server has the new password already; the saved data still opens with the old one
        // until this succeeds, and the keychain (when there is one) still opens it meanwhile.
        FormMessage::set(m_formMessage,
                         tr("The password was changed, but the data saved on this computer is "
                            "still locked with the old password: %1")
                             .arg(CacheVault::errorText(error)));
    }
    emit passwordChanged();
    if (error == CacheVault::Error::None)
        accept();
}

void ChangePasswordDialog::showError(const ApiError& error)
{
    const QString text = error.serverMessage.isEmpty() ? error.userMessage() : error.serverMessage;
    if (error.code == ApiErrorBody::Code::Invalid
        && error.field == QStringLiteral("currentPassword"))
        FormMessage::set(m_currentMessage, tr("The current password is wrong."));
    else if (error.code == ApiErrorBody::Code::Invalid && error.field == QStringLiteral("password"))
        FormMessage::set(m_passwordMessage, text);
    else if (error.code == ApiErrorBody::Code::Invalid
             && error.field == QStringLiteral("passwordConfirmation"))
        FormMessage::set(m_confirmationMessage, text);
    else
        FormMessage::set(m_formMessage, error.userMessage());
}
