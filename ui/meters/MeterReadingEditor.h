#pragma once

#include "protocol/types/Meter.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <optional>

class Outbox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The form for a new reading of one meter: the day it was taken and the value, checked by the
// portal's MeterReadingCheck (not below the last reading, at most 100 000 units above it, not
// before it or in the future) before it is queued. The outbox keeps it in the cache and sends it
// when it can; the value is cleared only once it is stored.
class MeterReadingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeterReadingEditor(QWidget* parent = nullptr);

    // Not owned; null until the cache is open.
    void setOutbox(Outbox* outbox);
    // The meter the next reading is for, its last reading being the latest one entered that was
    // not refused; std::nullopt for none (the form is disabled).
    void setMeter(const std::optional<Meter>& meter);
    std::optional<qint64> meterId() const;

    // The last day a reading may be taken on; today by default.
    void setLatestDate(QDate date);

    // Checks and queues the reading; false (with the reason shown) when it was not queued.
    bool submit();

signals:
    void readingQueued(qint64 outboxLocalId);

private:
    void onQueued(qint64 localId, const QString& key);
    void onQueueFailed(const QString& key, const QString& error);
    void onItemDone(qint64 localId, bool accepted, const QString& message);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool problem);
    void showProblem(const QString& text);
    void updateHint();

    QPointer<Outbox> m_outbox;
    QList<QMetaObject::Connection> m_outboxConnections;
    std::optional<Meter> m_meter;
    QDate m_latestDate;
    QString m_pendingKey;
    qint64 m_lastQueuedId = 0;
    QLabel* m_meterLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_status = nullptr;
};
