#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

// Where the GUI thread has files read and written that it must not wait for: a CA file of
// «Settings…» (TlsTrust::loadInBackground()) or a PDF saved (FileWriter::writeInBackground()),
// any of which may be on a slow or unreachable network share.
//
// A pool of its own: reads and writes hung on a dead share never take the threads of Qt's global
// pool, which the GUI thread itself waits for (QImage's conversions run there). And one never
// deleted (QThreadPool's destructor would wait for its threads): such a hung read does not hold
// up the application's exit either. The window's main() gives a save still running a bounded
// moment to finish before it returns.
class FileIoPool
{
public:
    FileIoPool() = delete;

    static QThreadPool* instance();

    // work() on the pool; its result comes with the future.
    template<typename Work>
    static QFuture<std::invoke_result_t<Work>> run(Work work)
    {
        using Result = std::invoke_result_t<Work>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        instance()->start([promise, work = std::move(work)]() mutable {
            promise->addResult(work());
            promise->finish();
        });
        return future;
    }
};
