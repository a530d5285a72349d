#include "printing/Statement.h"

std::optional<Statement> Statement::make(const QList<AccountHistory>& histories, Period from,
                                         Period to, QDate madeOn)
{
    if (histories.isEmpty())
        return std::nullopt;
    Statement statement {from, to, madeOn, {}, {}};
    std::optional<Money> opening = Money();
    std::optional<Money> charged = Money();
    std::optional<Money> recalculated = Money();
    std::optional<Money> paid = Money();
    for (const AccountHistory& history : histories) {
        const std::optional<StatementAccount> account = StatementAccount::make(history, from, to);
        if (!account)
            return std::nullopt;
        statement.accounts.append(*account);
        const MovementOfFunds& movement = account->movement;
        if (opening)
            opening = opening->checkedAdd(movement.opening);
        if (charged)
            charged = charged->checkedAdd(movement.charged);
        if (recalculated)
            recalculated = recalculated->checkedAdd(movement.recalculated);
        if (paid)
            paid = paid->checkedAdd(movement.paid);
    }
    if (!opening || !charged || !recalculated || !paid)
        return std::nullopt;
    if (statement.accounts.size() > 1) {
        statement.total =
            MovementOfFunds::compute(from, to, *opening, *charged, *recalculated, *paid);
        if (!statement.total)
            return std::nullopt;
    }
    return statement;
}
