#pragma once

#include "engine/SyncPageSource.h"
#include "session/SessionCall.h"

#include <QPointer>

class AuthorizedApi;

// Sync pages through the session layer: AuthorizedApi adds the access token and, when the server
// answers 401, refreshes the session once and asks again, so a sync survives an expired access
// token. A session the server has ended comes back as Unauthorized (AuthorizedApi also emits
// sessionEnded(), for the UI to ask the user to sign in).
class AuthorizedPageSource : public SyncPageSource
{
    Q_OBJECT

public:
    // api must outlive this source.
    explicit AuthorizedPageSource(AuthorizedApi& api, QObject* parent = nullptr);
    ~AuthorizedPageSource() override;

    void fetch(const QString& cursor) override;
    void cancel() override;

private:
    void onFinished(const ApiResult& result);

    AuthorizedApi& m_api;
    QPointer<SessionCall> m_call;
};
