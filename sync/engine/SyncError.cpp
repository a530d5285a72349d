#include "engine/SyncError.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
QString writeFailureName(SyncError::WriteFailure failure)
{
    switch (failure) {
    case SyncError::WriteFailure::None:
        return u"None"_s;
    case SyncError::WriteFailure::Busy:
        return u"Busy"_s;
    case SyncError::WriteFailure::Statement:
        return u"Statement"_s;
    case SyncError::WriteFailure::UnknownAccount:
        return u"UnknownAccount"_s;
    case SyncError::WriteFailure::Commit:
        return u"Commit"_s;
    case SyncError::WriteFailure::Cancelled:
        return u"Cancelled"_s;
    }
    return {};
}
} // namespace

SyncError SyncError::fromApi(const ApiError& error)
{
    SyncError sync;
    sync.kind = Kind::Api;
    sync.api = error;
    return sync;
}

SyncError SyncError::badAnswer(const JsonError& error)
{
    SyncError sync;
    sync.kind = Kind::BadAnswer;
    sync.answer = error;
    sync.detail = error.field;
    return sync;
}

SyncError SyncError::cacheUnavailable(CacheOpenError error, const QString& detail)
{
    SyncError sync;
    sync.kind = Kind::CacheUnavailable;
    sync.cacheOpen = error;
    sync.detail = detail;
    return sync;
}

SyncError SyncError::cacheWrite(WriteFailure failure, const QString& detail)
{
    SyncError sync;
    sync.kind = Kind::CacheWrite;
    sync.write = failure;
    sync.detail = detail;
    return sync;
}

QString SyncError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Api:
        return api.userMessage();
    case Kind::BadAnswer:
        return QCoreApplication::translate(
            "SyncError",
            "The server sent data this version of Kabinet cannot read. The application may need "
            "an update.");
    case Kind::CacheUnavailable:
        return QCoreApplication::translate("SyncError", "The local data cannot be opened: %1")
            .arg(cacheOpenErrorText(cacheOpen));
    case Kind::CacheWrite:
        if (write == WriteFailure::Busy)
            return QCoreApplication::translate(
                "SyncError", "The local data is busy. The update will be tried again later.");
        if (write == WriteFailure::UnknownAccount)
            return QCoreApplication::translate(
                "SyncError",
                "The server sent data out of order. The update will be tried again later.");
        return QCoreApplication::translate(
            "SyncError",
            "The update could not be saved on this computer. Check the free disk space.");
    }
    return {};
}

QString SyncError::describe() const
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::Api:
        return u"Api "_s + api.describe();
    case Kind::BadAnswer:
        return u"BadAnswer "_s + answer.field + u" (reason "_s + QString::number(int(answer.reason))
            + u')';
    case Kind::CacheUnavailable:
        return u"CacheUnavailable "_s + QString::number(int(cacheOpen)) + u": "_s + detail;
    case Kind::CacheWrite:
        return u"CacheWrite "_s + writeFailureName(write) + u": "_s + detail;
    }
    return {};
}
