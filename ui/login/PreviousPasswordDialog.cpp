#include "login/PreviousPasswordDialog.h"

#include "profile/FormMessage.h"
#include "widgets/FormBuddies.h"
#include "widgets/WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

PreviousPasswordDialog::PreviousPasswordDialog(const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_login(login)
    , m_password(new QLineEdit(this))
    , m_message(FormMessage::newLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("previousPasswordDialog"));
    setWindowTitle(tr("Your password was changed"));
    setStyleSheet(FormMessage::styleSheet());
    m_password->setObjectName(QStringLiteral("previousPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(240);

    auto* title =
        new QLabel(tr("The password of <b>%1</b> was changed").arg(login.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    auto* explanation =
        new QLabel(tr("Your password was changed (on the portal, or with a password reset) after "
                      "the data on this computer was saved, and that data still opens only with "
                      "the previous password. Enter the previous password to keep the saved data, "
                      "including anything waiting to be sent; from then on your new password "
                      "opens it."),
                   this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    explanation->setMinimumWidth(440);
    auto* alternative = new QLabel(
        tr("If you do not remember the previous password, discard the data saved on this "
           "computer and download it again from the server."),
        this);
    alternative->setObjectName(QStringLiteral("hint"));
    alternative->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Previous password"), FormMessage::column(m_password, m_message, this));

    m_keep = m_buttons->addButton(tr("Keep the saved data"), QDialogButtonBox::AcceptRole);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_keep->setDefault(true);
    m_discard =
        m_buttons->addButton(tr("Discard and download again…"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_discard->setAutoDefault(false);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAutoDefault(false);
    connect(m_keep, &QPushButton::clicked, this, &PreviousPasswordDialog::keep);
    connect(m_discard, &QPushButton::clicked, this, &PreviousPasswordDialog::askToDiscard);
    connect(m_cancel, &QPushButton::clicked, this, &PreviousPasswordDialog::reject);
    connect(m_password, &QLineEdit::textEdited, this, [this] { FormMessage::set(m_message, {}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    FormBuddies::bind(form);
    layout->addLayout(form);
    layout->addWidget(alternative);
    layout->addWidget(m_buttons);
    m_password->setFocus();
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

QString PreviousPasswordDialog::message() const
{
    return m_message->text();
}

void PreviousPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setReadOnly(busy);
    for (QPushButton* button : {m_keep, m_discard, m_cancel})
        button->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void PreviousPasswordDialog::showWrongPassword()
{
    FormMessage::set(m_message,
                     tr("The saved data does not open with this password either. Try "
                        "another previous password, or discard the saved data."));
    m_password->selectAll();
    m_password->setFocus();
}

void PreviousPasswordDialog::showError(const QString& text)
{
    FormMessage::set(m_message, text);
}

void PreviousPasswordDialog::keep()
{
    if (m_busy)
        return;
    if (m_password->text().isEmpty()) {
        FormMessage::set(m_message, tr("Enter the previous password."));
        m_password->setFocus();
        return;
    }
    FormMessage::set(m_message, {});
    emit previousPasswordEntered(m_password->text());
}

void PreviousPasswordDialog::askToDiscard()
{
    if (m_busy || m_confirmation)
        return;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Discard the saved data?"),
        tr("Discard the data of <b>%1</b> saved on this computer?").arg(m_login.toHtmlEscaped()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setInformativeText(
        tr("Everything saved on this computer for this user is deleted, together with the "
           "messages, meter readings and other requests not sent to the operator yet: those are "
           "lost for good. Then everything the server has is downloaded again."));
    QPushButton* discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("confirmDiscard"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton* clicked) {
        if (clicked == discard && !m_busy) {
            FormMessage::set(m_message, {});
            emit discardConfirmed();
        }
    });
    m_confirmation = box;
    box->open();
}

void PreviousPasswordDialog::reject()
{
    // The caller is changing the saved data: leaving now would leave its answer to nobody.
    if (m_busy)
        return;
    QDialog::reject();
}
