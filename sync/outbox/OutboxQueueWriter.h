#pragma once

#include "protocol/json/AppealForm.h"
#include "protocol/json/MeterReadingForm.h"
#include "protocol/json/TypoReportForm.h"
#include "protocol/types/OutboxItem.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

struct OutboxPayload;

// Puts what the user sends into the outbox, together with how the cache shows it until the
// server has it, in one transaction (both or neither):
//  - an appeal: a local appeal in state Queued (AppealStore), its local id in the payload;
//  - a meter reading: the reading in state Pending, when the meter is in the cache;
//  - a subscription change: the cached profile's flag at once, when a profile is cached (a later
//    sync shows the server's value again should the change be refused);
//  - a typo report: nothing but the item.
// Each returns the item's local id; std::nullopt on failure, lastError() then says why.
class OutboxQueueWriter
{
public:
    explicit OutboxQueueWriter(QSqlDatabase db);

    std::optional<qint64> queueAppeal(const AppealForm& form, const QString& idempotencyKey,
                                      const QDateTime& now);
    std::optional<qint64> queueMeterReading(qint64 meterId, const MeterReadingForm& form,
                                            const QString& idempotencyKey, const QDateTime& now);
    std::optional<qint64> queueTypoReport(const TypoReportForm& form, const QString& idempotencyKey,
                                          const QDateTime& now);
    std::optional<qint64> queueSubscriptionChange(bool enabled, const QString& idempotencyKey,
                                                  const QDateTime& now);

    QString lastError() const { return m_lastError; }

private:
    // Runs work and enqueues the item it describes in one transaction.
    std::optional<qint64> queue(OutboxItem::Kind kind, const QString& idempotencyKey,
                                const QDateTime& now,
                                const std::function<std::optional<OutboxPayload>()>& work);
    std::nullopt_t fail(const QString& error);

    QSqlDatabase m_db;
    QString m_lastError;
};
