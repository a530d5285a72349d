#pragma once

#include "protocol/Period.h"
#include "protocol/types/Payment.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// What a sync brought that the user would want to hear of (a desktop notification): charge
// periods the operator closed, payments received, news, and answers to the user's appeals, each
// new to this cache. Only accounts the cache knew before the sync count, so that linking an
// account (its whole history arrives) or the very first sync of a fresh cache reports nothing.
// SyncDigestCollector finds these; SyncSummary carries them to SyncEngine::finished.
struct SyncDigest
{
    struct ClosedPeriod
    {
        qint64 accountId = 0;
        QString accountNumber;
        Period period;

        friend bool operator==(const ClosedPeriod&, const ClosedPeriod&) = default;
    };
    struct PaymentReceived
    {
        QString accountNumber;
        Payment payment;

        friend bool operator==(const PaymentReceived&, const PaymentReceived&) = default;
    };
    struct News
    {
        qint64 id = 0;
        QString title;

        friend bool operator==(const News&, const News&) = default;
    };
    struct AppealAnswer
    {
        qint64 serverId = 0;
        QString topic;
        QDateTime answeredAt; // UTC

        friend bool operator==(const AppealAnswer&, const AppealAnswer&) = default;
    };

    QList<ClosedPeriod> closedPeriods;
    QList<PaymentReceived> payments;
    QList<News> news;
    QList<AppealAnswer> answers;

    bool isEmpty() const
    {
        return closedPeriods.isEmpty() && payments.isEmpty() && news.isEmpty() && answers.isEmpty();
    }
    // Appends what a later sync brought.
    void add(const SyncDigest& other)
    {
        closedPeriods += other.closedPeriods;
        payments += other.payments;
        news += other.news;
        answers += other.answers;
    }

    friend bool operator==(const SyncDigest&, const SyncDigest&) = default;
};

Q_DECLARE_METATYPE(SyncDigest)
