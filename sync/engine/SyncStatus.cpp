#include "engine/SyncStatus.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
QString when(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString lastSyncedText(const QDateTime& lastSyncedAt)
{
    if (!lastSyncedAt.isValid())
        return QCoreApplication::translate("SyncStatus", "Not updated yet.");
    return QCoreApplication::translate("SyncStatus", "Updated %1.").arg(when(lastSyncedAt));
}
} // namespace

QString SyncStatus::text() const
{
    switch (state) {
    case State::Idle:
        return lastSyncedText(lastSyncedAt);
    case State::Syncing: {
        const QString size = QLocale().formattedDataSize(progress.bytes);
        if (progress.applying)
            return QCoreApplication::translate("SyncStatus", "Saving\u2026 %n page(s), %1.",
                                               nullptr, progress.pages)
                .arg(size);
        QString line = QCoreApplication::translate("SyncStatus", "Updating\u2026 %n page(s), %1.",
                                                   nullptr, progress.pages)
                           .arg(size);
        if (progress.isRetrying())
            line += u' '
                + QCoreApplication::translate("SyncStatus", "%1 Trying again at %2.")
                      .arg(progress.lastFailure.userMessage(),
                           QLocale().toString(progress.retryAt.toLocalTime().time(),
                                              QLocale::ShortFormat));
        return line;
    }
    case State::Offline:
        return QCoreApplication::translate("SyncStatus", "Offline since %1.")
                   .arg(when(offlineSince))
            + u' ' + lastSyncedText(lastSyncedAt);
    case State::Failed:
        return QCoreApplication::translate("SyncStatus", "Update failed: %1")
                   .arg(error.userMessage())
            + u' ' + lastSyncedText(lastSyncedAt);
    }
    return {};
}

QString SyncStatus::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return u"Idle"_s;
    case State::Syncing:
        return u"Syncing"_s;
    case State::Offline:
        return u"Offline"_s;
    case State::Failed:
        return u"Failed"_s;
    }
    return {};
}
