#pragma once

#include "engine/SyncPageSource.h"

#include <QList>
#include <QQueue>
#include <QStringList>

// A SyncPageSource that answers from a script, for the engine's fault tests: each fetch() takes
// the next scripted result and delivers it from the event loop (as a real request would), or
// keeps the request pending when the script is empty, until answer() is called.
class ScriptedPageSource : public SyncPageSource
{
    Q_OBJECT

public:
    explicit ScriptedPageSource(QObject* parent = nullptr);

    void enqueue(const ApiResult& result) { m_script.enqueue(result); }
    // As received in compact JSON, unless bodyBytes says how many bytes it came in.
    void enqueueBody(const QJsonObject& body, qint64 bodyBytes = -1);
    void enqueueError(const ApiError& error) { enqueue(ApiResult::failure(error)); }
    qsizetype scripted() const { return m_script.size(); }

    // The cursor of every fetch() so far, in order.
    QStringList requests() const { return m_requests; }
    bool isPending() const { return m_pending; }
    int cancellations() const { return m_cancellations; }
    // Answers the pending request with result now.
    void answer(const ApiResult& result);

    void fetch(const QString& cursor) override;
    void cancel() override;

private:
    void deliverNext();

    QQueue<ApiResult> m_script;
    QStringList m_requests;
    bool m_pending = false;
    int m_generation = 0; // drops a delivery queued for a cancelled request
    int m_cancellations = 0;
};
