#include "net/SystemCaList.h"

#include <QMutex>
#include <QPromise>
#include <QSslConfiguration>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace {

struct Loading
{
    QMutex mutex;
    std::optional<QFuture<QList<QSslCertificate>>> future;
};

Loading& loading()
{
    static Loading instance;
    return instance;
}

} // namespace

QFuture<QList<QSslCertificate>> SystemCaList::load()
{
    Loading& state = loading();
    const QMutexLocker lock(&state.mutex);
    if (!state.future) {
        auto promise = std::make_shared<QPromise<QList<QSslCertificate>>>();
        state.future = promise->future();
        promise->start();
        QThreadPool::globalInstance()->start([promise] {
            promise->addResult(QSslConfiguration::systemCaCertificates());
            promise->finish();
        });
    }
    return *state.future;
}

bool SystemCaList::isLoaded()
{
    Loading& state = loading();
    const QMutexLocker lock(&state.mutex);
    return state.future && state.future->isFinished();
}

QList<QSslCertificate> SystemCaList::certificates()
{
    return load().result();
}
