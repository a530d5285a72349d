#pragma once

#include "net/ApiError.h"
#include "outbox/OutboxAnswer.h"
#include "protocol/types/OutboxItem.h"

#include <QObject>

class ApiClient;

// Sends one outbox item through ApiClient, with the item's idempotency key, and reports the
// server's answer: POST /appeals, POST /meters/{id}/readings, POST /typo-reports or
// PATCH /profile (which changes the flag to the same value however often it comes, so needs no
// key). Lives on the GUI thread beside ApiClient; nothing here waits.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    explicit OutboxSender(ApiClient& client, QObject* parent = nullptr);

    // Exactly one of answered() or failed() follows, never before this returns.
    void send(const OutboxItem& item);

signals:
    void answered(qint64 localId, const OutboxAnswer& answer);
    // An item whose payload cannot be read fails with BadRequest: it can never be sent.
    void failed(qint64 localId, const ApiError& error);

private:
    template<typename T>
    void follow(qint64 localId, T* reply);
    void failLater(qint64 localId, const QString& detail);

    ApiClient& m_client;
};
