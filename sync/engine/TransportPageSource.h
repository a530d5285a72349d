#pragma once

#include "engine/SyncPageSource.h"
#include "net/ApiCall.h"

#include <QPointer>
#include <QString>

class ApiTransport;

// Sync pages straight over ApiTransport with an access token the caller got (POST /sessions).
// It does not refresh the token: a 401 ends the sync as Failed(Unauthorized). Meant to be
// replaced by an adapter over AuthorizedApi once the session layer exists.
class TransportPageSource : public SyncPageSource
{
    Q_OBJECT

public:
    // transport must outlive this source.
    explicit TransportPageSource(ApiTransport& transport, QObject* parent = nullptr);
    ~TransportPageSource() override;

    void setAccessToken(const QString& token) { m_accessToken = token; }

    void fetch(const QString& cursor) override;
    void cancel() override;

private:
    void onFinished(const ApiResult& result);

    ApiTransport& m_transport;
    QString m_accessToken;
    QPointer<ApiCall> m_call;
};
