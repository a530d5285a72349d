#include "profile/DeleteUserDialog.h"

#include "api/ApiClient.h"
#include "profile/FormMessage.h"
#include "widgets/FormBuddies.h"
#include "widgets/WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeleteUserDialog::DeleteUserDialog(ApiClient& client, const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_password(new QLineEdit(this))
    , m_passwordMessage(FormMessage::newLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("deleteUserDialog"));
    setWindowTitle(tr("Delete user"));
    setStyleSheet(FormMessage::styleSheet());
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(240);

    auto* question = new QLabel(tr("Delete the user <b>%1</b>?").arg(login.toHtmlEscaped()), this);
    question->setObjectName(QStringLiteral("sectionTitle"));
    auto* consequences = new QLabel(
        tr("The user is deleted from the portal: every personal account is unlinked from it and "
           "every session ends. Everything saved on this computer for this user is removed too: "
           "the saved data of the accounts, its key and the remembered sign-in. This cannot be "
           "undone; the accounts can later be linked to another user."),
        this);
    consequences->setObjectName(QStringLiteral("consequences"));
    consequences->setWordWrap(true);
    consequences->setMinimumWidth(420);

    auto* form = new QFormLayout;
    form->addRow(tr("Your password *"), FormMessage::column(m_password, m_passwordMessage, this));

    auto* remove = m_buttons->addButton(tr("Delete user"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("delete"));
    m_buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    connect(remove, &QPushButton::clicked, this, &DeleteUserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textEdited, this,
            [this] { FormMessage::set(m_passwordMessage, {}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(consequences);
    FormBuddies::bind(form);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

QPushButton* DeleteUserDialog::deleteButton() const
{
    return m_buttons->findChild<QPushButton*>(QStringLiteral("delete"));
}

QString DeleteUserDialog::passwordMessage() const
{
    return m_passwordMessage->text();
}

void DeleteUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setReadOnly(busy);
    deleteButton()->setEnabled(!busy);
}

void DeleteUserDialog::submit()
{
    if (m_busy)
        return;
    if (m_password->text().isEmpty()) {
        FormMessage::set(m_passwordMessage, tr("Enter your password to confirm."));
        return;
    }
    setBusy(true);
    m_client.deleteProfile(m_password->text())
        ->onFinished(this, [this](const ApiReply<ApiClient::Done>& reply) {
            setBusy(false);
            if (reply.isOk()) {
                accept();
                return;
            }
            const ApiError& error = reply.error();
            if (error.code == ApiErrorBody::Code::Invalid)
                FormMessage::set(m_passwordMessage, tr("The password is wrong."));
            else
                FormMessage::set(m_passwordMessage, error.userMessage());
        });
}
