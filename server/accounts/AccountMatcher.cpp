#include "accounts/AccountMatcher.h"

#include "accounts/AccountRepository.h"
#include "accounts/LinkRequest.h"
#include "accounts/PaymentRepository.h"

AccountMatcher::AccountMatcher(PortalDatabase& database)
    : m_database(database)
{ }

Lookup<qint64> AccountMatcher::match(const LinkRequest& request) const
{
    const Lookup<AccountRecord> account =
        AccountRepository(m_database).findInFlat(request.flatId, request.number);
    if (account.failed())
        return Lookup<qint64>::failure();
    if (!account.isFound())
        return Lookup<qint64>::missing();
    const qint64 accountId = account.value().account.id;
    const std::optional<QList<Payment>> last = PaymentRepository(m_database).lastDay(accountId);
    if (!last)
        return Lookup<qint64>::failure();
    // Several payments on the last day: any of them is "the last payment".
    for (const Payment& payment : *last) {
        if (payment.date == request.lastPaymentDate && payment.amount == request.lastPayment)
            return Lookup<qint64>::found(accountId);
    }
    return Lookup<qint64>::missing();
}
