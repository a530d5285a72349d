#include "profile/ProfilePage.h"

#include "api/ApiClient.h"
#include "profile/ChangePasswordDialog.h"
#include "profile/DeleteUserDialog.h"
#include "profile/FormMessage.h"
#include "profile/LocalDataCleaner.h"
#include "protocol/ValidationRules.h"
#include "widgets/FormBuddies.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString describe(const Account& account)
{
    return ProfilePage::tr("Account No. %1 — %2").arg(account.number, account.address);
}

} // namespace

ProfilePage::ProfilePage(ApiClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_login(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_emailConfirmation(new QLineEdit(this))
    , m_emailMessage(FormMessage::newLabel(this))
    , m_emailConfirmationMessage(FormMessage::newLabel(this))
    , m_saveEmail(new QPushButton(tr("Save e-mail"), this))
    , m_subscription(new QCheckBox(tr("Send me the receipts by e-mail"), this))
    , m_pending(new QLabel(tr("Waiting to be sent to the server…"), this))
    , m_changePassword(new QPushButton(tr("Change password…"), this))
    , m_accountList(new QListWidget(this))
    , m_unlink(new QPushButton(tr("Unlink the account…"), this))
    , m_deleteUser(new QPushButton(tr("Delete user…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("profilePage"));
    setStyleSheet(FormMessage::styleSheet());
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setMaxLength(ValidationRules::maxEmailLength);
    m_emailConfirmation->setObjectName(QStringLiteral("emailConfirmation"));
    m_emailConfirmation->setMaxLength(ValidationRules::maxEmailLength);
    m_emailConfirmation->setPlaceholderText(tr("Type the new e-mail again"));
    m_saveEmail->setObjectName(QStringLiteral("saveEmail"));
    m_subscription->setObjectName(QStringLiteral("receiptSubscription"));
    m_pending->setObjectName(QStringLiteral("hint"));
    m_pending->hide();
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    m_accountList->setObjectName(QStringLiteral("linkedAccounts"));
    m_accountList->setMaximumHeight(140);
    m_unlink->setObjectName(QStringLiteral("unlink"));
    m_deleteUser->setObjectName(QStringLiteral("deleteUser"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* title = new QLabel(tr("My profile"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(createUserBox());
    layout->addWidget(createAccountsBox());
    layout->addWidget(m_status);
    layout->addStretch();
    // «Delete user…» sits in the user's box, above the accounts' list it was made after.
    setTabOrder(m_changePassword, m_deleteUser);
    setTabOrder(m_deleteUser, m_accountList);

    connect(m_saveEmail, &QPushButton::clicked, this, &ProfilePage::saveEmail);
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        FormMessage::set(m_emailMessage, {});
        updateButtons();
    });
    connect(m_emailConfirmation, &QLineEdit::textEdited, this,
            [this] { FormMessage::set(m_emailConfirmationMessage, {}); });
    // clicked(), not toggled(): setProfile() sets the box without asking for anything.
    connect(m_subscription, &QCheckBox::clicked, this, &ProfilePage::subscriptionChangeRequested);
    connect(m_changePassword, &QPushButton::clicked, this, &ProfilePage::changePassword);
    connect(m_unlink, &QPushButton::clicked, this, &ProfilePage::unlinkSelected);
    connect(m_accountList, &QListWidget::currentRowChanged, this, &ProfilePage::updateButtons);
    connect(m_deleteUser, &QPushButton::clicked, this, &ProfilePage::deleteUser);
    updateButtons();
}

QWidget* ProfilePage::createUserBox()
{
    auto* box = new QGroupBox(tr("User"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("E-mail"), FormMessage::column(m_email, m_emailMessage, box));
    form->addRow(tr("E-mail confirmation"),
                 FormMessage::column(m_emailConfirmation, m_emailConfirmationMessage, box));
    auto* emailRow = new QHBoxLayout;
    emailRow->addWidget(m_saveEmail);
    emailRow->addStretch();
    form->addRow(QString(), emailRow);
    auto* subscriptionRow = new QHBoxLayout;
    subscriptionRow->addWidget(m_subscription);
    subscriptionRow->addWidget(m_pending);
    subscriptionRow->addStretch();
    form->addRow(QString(), subscriptionRow);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_changePassword);
    actions->addStretch();
    actions->addWidget(m_deleteUser);
    form->addRow(QString(), actions);
    FormBuddies::bind(form);
    return box;
}

QWidget* ProfilePage::createAccountsBox()
{
    auto* box = new QGroupBox(tr("Linked personal accounts"), this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_accountList);
    auto* row = new QHBoxLayout;
    row->addWidget(m_unlink);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

QString ProfilePage::emailMessage() const
{
    return m_emailMessage->text();
}

QString ProfilePage::emailConfirmationMessage() const
{
    return m_emailConfirmationMessage->text();
}

QString ProfilePage::statusMessage() const
{
    return m_status->text();
}

void ProfilePage::setProfile(const UserProfile& profile)
{
    m_profile = profile;
    m_login->setText(profile.login);
    m_email->setText(profile.email);
    m_emailConfirmation->clear();
    FormMessage::set(m_emailMessage, {});
    FormMessage::set(m_emailConfirmationMessage, {});
    m_subscription->setChecked(profile.receiptsByEmail);
    updateButtons();
}

void ProfilePage::setAccounts(const QList<Account>& accounts)
{
    m_accounts = accounts;
    m_accountList->clear();
    for (const Account& account : accounts) {
        auto* item = new QListWidgetItem(describe(account), m_accountList);
        item->setData(Qt::UserRole, account.id);
    }
    updateButtons();
}

void ProfilePage::reloadProfile()
{
    m_client.profile()->onFinished(this, [this](const ApiReply<UserProfile>& reply) {
        if (reply.isOk())
            setProfile(reply.value());
        else
            setStatus(reply.error().userMessage(), true);
    });
}

void ProfilePage::setSubscriptionPending(bool pending)
{
    m_pending->setVisible(pending);
}

void ProfilePage::saveEmail()
{
    if (m_busy)
        return;
    setStatus({});
    const QString email = m_email->text();
    const ValidationResult valid = ValidationRules::validateEmail(email);
    QString problem = valid.message();
    if (valid.isValid() && email.compare(m_profile.email, Qt::CaseInsensitive) == 0)
        problem = tr("This is your e-mail address already.");
    FormMessage::set(m_emailMessage, problem);
    const bool confirmed = m_emailConfirmation->text() == email;
    FormMessage::set(m_emailConfirmationMessage,
                     confirmed ? QString()
                               : (m_emailConfirmation->text().isEmpty()
                                      ? tr("Type the new e-mail address again to confirm it.")
                                      : tr("The e-mail addresses do not match.")));
    if (!problem.isEmpty() || !confirmed)
        return;
    setBusy(true);
    ProfileChanges changes;
    changes.email = email;
    m_client.updateProfile(changes)->onFinished(this, [this](const ApiReply<UserProfile>& reply) {
        setBusy(false);
        if (!reply.isOk()) {
            const ApiError& error = reply.error();
            if (error.code == ApiErrorBody::Code::Taken)
                FormMessage::set(m_emailMessage,
                                 tr("This e-mail address is used by another user."));
            else if (error.code == ApiErrorBody::Code::Invalid)
                FormMessage::set(m_emailMessage,
                                 error.serverMessage.isEmpty() ? error.userMessage()
                                                               : error.serverMessage);
            else
                setStatus(error.userMessage(), true);
            return;
        }
        setProfile(reply.value());
        setStatus(tr("The e-mail address has been changed."));
        emit profileChanged(reply.value());
    });
}

void ProfilePage::changePassword()
{
    auto* dialog = new ChangePasswordDialog(m_client, m_cleaner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this] {
        setStatus(tr("The password has been changed."));
        emit passwordChanged();
    });
    dialog->open();
}

void ProfilePage::unlinkSelected()
{
    const QListWidgetItem* item = m_accountList->currentItem();
    if (m_busy || !item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Account& account : std::as_const(m_accounts)) {
        if (account.id == id) {
            unlink(account);
            return;
        }
    }
}

void ProfilePage::unlink(const Account& account)
{
    auto* question =
        new QMessageBox(QMessageBox::Warning, tr("Unlink personal account"),
                        tr("Unlink personal account No. %1 from your cabinet?").arg(account.number),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("unlinkQuestion"));
    question->setInformativeText(
        tr("%1\n\nThe account disappears from your cabinet, and its charges, payments, meter "
           "readings and appeals saved on this computer are removed. You can link it again "
           "with «Add personal account».")
            .arg(account.address));
    question->button(QMessageBox::Yes)->setText(tr("Unlink"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = account.id;
    connect(question, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes || m_busy)
            return;
        setBusy(true);
        setStatus({});
        m_client.unlinkAccount(id)->onFinished(
            this, [this, id](const ApiReply<ApiClient::Done>& reply) {
                // Not found: unlinked already (elsewhere, or by a lost earlier answer).
                if (!reply.isOk() && reply.error().kind != ApiError::Kind::NotFound) {
                    setBusy(false);
                    setStatus(reply.error().userMessage(), true);
                    return;
                }
                if (!m_cleaner) {
                    finishUnlink(id, true);
                    return;
                }
                connect(
                    m_cleaner, &LocalDataCleaner::accountRemoved, this,
                    [this](qint64 removedId, bool ok) { finishUnlink(removedId, ok); },
                    Qt::SingleShotConnection);
                m_cleaner->removeAccount(id);
            });
    });
    question->open();
}

void ProfilePage::finishUnlink(qint64 accountId, bool cacheCleaned)
{
    setBusy(false);
    QList<Account> remaining;
    for (const Account& account : std::as_const(m_accounts)) {
        if (account.id != accountId)
            remaining.append(account);
    }
    setAccounts(remaining);
    // The server's sync sends a tombstone for it too, which removes what is left next time.
    setStatus(cacheCleaned ? tr("The personal account has been unlinked.")
                           : tr("The personal account has been unlinked; its saved data will be "
                                "removed with the next update."),
              !cacheCleaned);
    emit accountUnlinked(accountId);
}

void ProfilePage::deleteUser()
{
    if (m_busy)
        return;
    auto* dialog = new DeleteUserDialog(m_client, m_profile.login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        setStatus({});
        if (!m_cleaner) {
            emit userDeleted();
            return;
        }
        setBusy(true);
        connect(
            m_cleaner, &LocalDataCleaner::everythingErased, this,
            [this](bool ok) {
                setBusy(false);
                if (!ok)
                    setStatus(tr("The user has been deleted, but some data saved on this "
                                 "computer could not be removed."),
                              true);
                emit userDeleted();
            },
            Qt::SingleShotConnection);
        m_cleaner->eraseEverything();
    });
    dialog->open();
}

void ProfilePage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ProfilePage::setStatus(const QString& text, bool problem)
{
    m_status->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::error()))
                : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ProfilePage::updateButtons()
{
    m_saveEmail->setEnabled(!m_busy);
    m_unlink->setEnabled(!m_busy && m_accountList->currentItem() != nullptr);
    m_changePassword->setEnabled(!m_busy);
    m_deleteUser->setEnabled(!m_busy);
}
