#pragma once

#include "protocol/json/AppealForm.h"
#include "protocol/types/Account.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class Outbox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The «new appeal» form: which account it concerns (or none), the topic and the text, checked by
// the portal's AppealRules before anything is queued. A valid appeal goes to the outbox, which
// keeps it in the cache and sends it when it can; the form is cleared only once the outbox has
// stored it, so that nothing typed is lost when the cache cannot take it. Ctrl+Enter in the topic
// or the text sends, as Send does.
class AppealEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AppealEditor(QWidget* parent = nullptr);

    // Not owned; null until the cache is open (sending then says so and keeps the text).
    void setOutbox(Outbox* outbox);
    void setAccounts(const QList<Account>& accounts);
    // Fills the form, e.g. with a refused appeal to be corrected.
    void setForm(const AppealForm& form);
    AppealForm form() const;

    // Checks the form and queues it; false (with the reason shown) when it was not queued.
    bool submit();

signals:
    // The outbox stored the appeal under this outbox item.
    void appealQueued(qint64 outboxLocalId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onQueued(qint64 localId, const QString& key);
    void onQueueFailed(const QString& key, const QString& error);
    void onItemSent(qint64 localId);
    void onItemFailed(qint64 localId, const QString& message);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool problem);
    void updateLength();

    QPointer<Outbox> m_outbox;
    QList<QMetaObject::Connection> m_outboxConnections;
    QString m_pendingKey; // of the appeal handed to the outbox, until it is stored
    qint64 m_lastQueuedId = 0; // the outbox item of the appeal last stored
    QComboBox* m_account = nullptr;
    QLineEdit* m_topic = nullptr;
    QLabel* m_topicMessage = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_textMessage = nullptr;
    QLabel* m_length = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_status = nullptr;
};
