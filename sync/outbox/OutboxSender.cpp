#include "outbox/OutboxSender.h"

#include "api/ApiClient.h"
#include "outbox/OutboxPayload.h"
#include "protocol/json/AppealFormJson.h"
#include "protocol/json/MeterReadingFormJson.h"
#include "protocol/json/ProfileChangesJson.h"
#include "protocol/json/TypoReportFormJson.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

OutboxSender::OutboxSender(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

template<typename T>
void OutboxSender::follow(qint64 localId, T* reply)
{
    reply->onFinished(this, [this, localId](const T& finished) {
        if (finished.isOk())
            emit answered(localId, OutboxAnswer(finished.value()));
        else
            emit failed(localId, finished.error());
    });
}

void OutboxSender::failLater(qint64 localId, const QString& detail)
{
    const ApiError error = ApiError::make(ApiError::Kind::BadRequest, detail);
    QTimer::singleShot(0, this, [this, localId, error] { emit failed(localId, error); });
}

void OutboxSender::send(const OutboxItem& item)
{
    const std::optional<OutboxPayload> payload = OutboxPayload::fromBytes(item.payload);
    if (!payload)
        return failLater(item.localId, u"the queued item cannot be read"_s);
    const QString& key = item.idempotencyKey;
    switch (item.kind) {
    case OutboxItem::Kind::Appeal:
        if (const std::optional<AppealForm> form = AppealFormJson::fromJson(payload->body))
            return follow(item.localId, m_client.createAppeal(*form, key));
        break;
    case OutboxItem::Kind::MeterReading:
        if (const std::optional<MeterReadingForm> form =
                MeterReadingFormJson::fromJson(payload->body);
            form && payload->meterId)
            return follow(item.localId, m_client.submitMeterReading(*payload->meterId, *form, key));
        break;
    case OutboxItem::Kind::TypoReport:
        if (const std::optional<TypoReportForm> form = TypoReportFormJson::fromJson(payload->body))
            return follow(item.localId, m_client.reportTypo(*form, key));
        break;
    case OutboxItem::Kind::SubscriptionChange:
        if (const std::optional<ProfileChanges> changes =
                ProfileChangesJson::fromJson(payload->body);
            changes && !changes->isEmpty())
            return follow(item.localId, m_client.updateProfile(*changes));
        break;
    }
    failLater(item.localId, u"the queued request body cannot be read"_s);
}
