#include "appeals/AppealEditor.h"

#include "outbox/Outbox.h"
#include "protocol/AppealRules.h"
#include "widgets/FormBuddies.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel* messageLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setProperty("problem", true);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool isSendKey(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & Qt::ControlModifier);
}

} // namespace

AppealEditor::AppealEditor(QWidget* parent)
    : QWidget(parent)
    , m_account(new QComboBox(this))
    , m_topic(new QLineEdit(this))
    , m_topicMessage(messageLabel(QStringLiteral("topicMessage"), this))
    , m_text(new QPlainTextEdit(this))
    , m_textMessage(messageLabel(QStringLiteral("textMessage"), this))
    , m_length(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("appealEditor"));
    setStyleSheet(
        QStringLiteral("QLabel[problem=\"true\"] { color: %1; }"
                       "QLabel#appealLength { color: %2; }")
            .arg(ThemeColors::css(ThemeColors::error()), ThemeColors::css(ThemeColors::hint())));
    m_account->setObjectName(QStringLiteral("appealAccount"));
    // Addresses are long; the form beside the list is not.
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(12);
    m_topic->setObjectName(QStringLiteral("appealTopic"));
    m_topic->setPlaceholderText(tr("What the appeal is about"));
    m_text->setObjectName(QStringLiteral("appealText"));
    m_text->setPlaceholderText(tr("Your question or request to the operator"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(72);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_length->setObjectName(QStringLiteral("appealLength"));
    m_send->setObjectName(QStringLiteral("sendAppeal"));
    m_send->setToolTip(tr("Send the appeal (Ctrl+Enter)"));
    m_status->setObjectName(QStringLiteral("appealStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_topic->installEventFilter(this);
    m_text->installEventFilter(this);
    setAccounts({});

    auto* topicColumn = new QVBoxLayout;
    topicColumn->setSpacing(2);
    topicColumn->addWidget(m_topic);
    topicColumn->addWidget(m_topicMessage);
    auto* textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_text, 1);
    textColumn->addWidget(m_textMessage);
    // Labels above the fields: the form is narrow beside the list.
    auto* form = new QVBoxLayout;
    form->setSpacing(4);
    auto* accountLabel = new QLabel(tr("&Concerning:"), this);
    auto* topicLabel = new QLabel(tr("T&opic:"), this);
    auto* textLabel = new QLabel(tr("Te&xt:"), this);
    FormBuddies::bind(accountLabel, m_account);
    FormBuddies::bind(topicLabel, m_topic);
    FormBuddies::bind(textLabel, m_text);
    form->addWidget(accountLabel);
    form->addWidget(m_account);
    form->addWidget(topicLabel);
    form->addLayout(topicColumn);
    form->addWidget(textLabel);
    form->addLayout(textColumn, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_length);
    buttons->addStretch();
    buttons->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_send, &QPushButton::clicked, this, &AppealEditor::submit);
    connect(m_topic, &QLineEdit::textEdited, this, [this] { showMessage(m_topicMessage, {}); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        showMessage(m_textMessage, {});
        updateLength();
    });
    updateLength();
}

void AppealEditor::setOutbox(Outbox* outbox)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_outboxConnections))
        disconnect(connection);
    m_outboxConnections.clear();
    m_outbox = outbox;
    if (m_pendingKey.size() > 0) {
        // The outbox the appeal was handed to is gone; whether it stored it, the list tells.
        m_pendingKey.clear();
        setBusy(false);
    }
    if (!outbox)
        return;
    m_outboxConnections = {
        connect(outbox, &Outbox::queued, this, &AppealEditor::onQueued),
        connect(outbox, &Outbox::queueFailed, this, &AppealEditor::onQueueFailed),
        connect(outbox, &Outbox::itemSent, this,
                [this](qint64 localId, OutboxItem::Kind kind) {
                    if (kind == OutboxItem::Kind::Appeal)
                        onItemSent(localId);
                }),
        connect(outbox, &Outbox::itemFailed, this,
                [this](qint64 localId, OutboxItem::Kind kind, const QString& message) {
                    if (kind == OutboxItem::Kind::Appeal)
                        onItemFailed(localId, message);
                }),
    };
}

void AppealEditor::setAccounts(const QList<Account>& accounts)
{
    const QVariant chosen = m_account->currentData();
    m_account->clear();
    m_account->addItem(tr("No particular account"), QVariant());
    for (const Account& account : accounts)
        m_account->addItem(tr("Account No. %1 — %2").arg(account.number, account.address),
                           account.id);
    const int index = chosen.isValid() ? m_account->findData(chosen) : 0;
    m_account->setCurrentIndex(index < 0 ? 0 : index);
}

void AppealEditor::setForm(const AppealForm& form)
{
    int index = form.accountId ? m_account->findData(*form.accountId) : 0;
    m_account->setCurrentIndex(index < 0 ? 0 : index);
    m_topic->setText(form.topic);
    m_text->setPlainText(form.text);
    showMessage(m_topicMessage, {});
    showMessage(m_textMessage, {});
    m_topic->setFocus();
}

AppealForm AppealEditor::form() const
{
    AppealForm form;
    const QVariant account = m_account->currentData();
    if (account.isValid())
        form.accountId = account.toLongLong();
    form.topic = m_topic->text().trimmed();
    form.text = m_text->toPlainText().trimmed();
    return form;
}

bool AppealEditor::submit()
{
    if (!m_pendingKey.isEmpty())
        return false; // the last one is being stored
    const AppealForm appeal = form();
    const AppealRules::Problem problem = AppealRules::check(appeal.topic, appeal.text);
    const bool topicProblem = AppealRules::field(problem) == QStringLiteral("topic");
    showMessage(m_topicMessage, topicProblem ? AppealRules::problemText(problem) : QString());
    showMessage(m_textMessage,
                problem != AppealRules::Problem::None && !topicProblem
                    ? AppealRules::problemText(problem)
                    : QString());
    if (problem != AppealRules::Problem::None) {
        setStatus({}, false);
        if (topicProblem)
            m_topic->setFocus();
        else
            m_text->setFocus();
        return false;
    }
    if (!m_outbox) {
        setStatus(tr("The cabinet's data is not open yet, so the appeal cannot be saved. Your "
                     "text is kept: try again in a moment."),
                  true);
        return false;
    }
    setBusy(true);
    setStatus(tr("Saving the appeal…"), false);
    m_pendingKey = m_outbox->queueAppeal(appeal);
    return true;
}

void AppealEditor::onQueued(qint64 localId, const QString& key)
{
    if (key != m_pendingKey)
        return;
    m_pendingKey.clear();
    m_lastQueuedId = localId;
    setBusy(false);
    m_topic->clear();
    m_text->clear();
    setStatus(tr("Your appeal is saved. It is sent to the operator as soon as the server can be "
                 "reached; until then the list shows it as waiting to be sent."),
              false);
    emit appealQueued(localId);
}

void AppealEditor::onQueueFailed(const QString& key, const QString& error)
{
    if (key != m_pendingKey)
        return;
    m_pendingKey.clear();
    setBusy(false);
    setStatus(tr("The appeal could not be saved (%1). Your text is kept: try again.").arg(error),
              true);
}

void AppealEditor::onItemSent(qint64 localId)
{
    if (localId == m_lastQueuedId)
        setStatus(tr("Your appeal has been sent to the operator."), false);
}

void AppealEditor::onItemFailed(qint64 localId, const QString& message)
{
    if (localId == m_lastQueuedId)
        setStatus(tr("The server did not accept your appeal: %1 It stays in the list with its "
                     "text, so that you can correct it and send it again.")
                      .arg(message),
                  true);
}

void AppealEditor::setBusy(bool busy)
{
    m_account->setEnabled(!busy);
    m_topic->setReadOnly(busy);
    m_text->setReadOnly(busy);
    m_send->setEnabled(!busy);
}

void AppealEditor::setStatus(const QString& text, bool problem)
{
    m_status->setProperty("problem", problem);
    // The property selects the colour: the style has to be worked out again.
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    showMessage(m_status, text);
}

void AppealEditor::updateLength()
{
    const qsizetype length = AppealRules::length(m_text->toPlainText());
    m_length->setText(tr("%1 of %2 characters").arg(length).arg(AppealRules::maxTextLength));
}

bool AppealEditor::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_topic || watched == m_text) && event->type() == QEvent::KeyPress
        && isSendKey(static_cast<QKeyEvent*>(event))) {
        submit();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
