#pragma once

#include "protocol/Period.h"
#include "protocol/json/AccountCharges.h"
#include "protocol/types/Payment.h"
#include "store/ChargeStore.h"
#include "store/PaymentStore.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// Writes an account's history from sync answers: charge lines (keyed by period and service),
// recalculations and payments (by id) are added or replaced one by one, since a page carries only
// what changed. trimAfter() then drops what lies after the account's last closed period: the
// operator may take a closing back, and the client never keeps an open period's figures
// (docs/api.md, "Incremental sync").
class SyncHistoryWriter
{
public:
    explicit SyncHistoryWriter(QSqlDatabase db);

    bool writeCharges(const AccountCharges& charges);
    bool writePayments(const QList<Payment>& payments);
    // Drops the account's lines and recalculations (by the period they are applied in) after
    // lastClosed, and its payments dated after its last day; everything when lastClosed is
    // invalid (no period closed).
    bool trimAfter(qint64 accountId, Period lastClosed);

    QSqlError lastError() const { return m_lastError; }

private:
    bool check(bool ok, const QSqlError& error);

    ChargeStore m_charges;
    PaymentStore m_payments;
    QSqlError m_lastError;
};
