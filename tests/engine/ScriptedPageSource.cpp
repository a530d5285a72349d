#include "ScriptedPageSource.h"

#include <QJsonDocument>
#include <QTimer>

ScriptedPageSource::ScriptedPageSource(QObject* parent)
    : SyncPageSource(parent)
{ }

void ScriptedPageSource::fetch(const QString& cursor)
{
    m_requests.append(cursor);
    m_pending = true;
    const int generation = ++m_generation;
    if (m_script.isEmpty())
        return;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_pending && !m_script.isEmpty())
            answer(m_script.dequeue());
    });
}

void ScriptedPageSource::answer(const ApiResult& result)
{
    if (!m_pending)
        return;
    m_pending = false;
    emit finished(result);
}

void ScriptedPageSource::cancel()
{
    if (!m_pending)
        return;
    m_pending = false;
    ++m_generation;
    ++m_cancellations;
}

void ScriptedPageSource::enqueueBody(const QJsonObject& body, qint64 bodyBytes)
{
    ApiResult result = ApiResult::success(200, body);
    result.setBodyBytes(bodyBytes >= 0 ? bodyBytes
                                       : QJsonDocument(body).toJson(QJsonDocument::Compact).size());
    enqueue(result);
}
