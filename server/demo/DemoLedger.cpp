#include "demo/DemoLedger.h"

#include "demo/DemoTariff.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString paymentSource(QRandomGenerator& random)
{
    const quint32 roll = random.bounded(100U);
    if (roll < 50)
        return u"Сбербанк"_s;
    if (roll < 70)
        return u"Почта России"_s;
    if (roll < 80)
        return u"ВТБ"_s;
    if (roll < 90)
        return u"Касса регионального оператора"_s;
    return u"Энский расчетный центр"_s;
}

int dayIn(Period period, int day)
{
    return std::clamp(day, 1, period.firstDay().daysInMonth());
}

// Up to the next whole 100 roubles.
Money roundedUp(Money amount)
{
    const qint64 step = 10000;
    return Money::fromKopecks((amount.kopecks() + step - 1) / step * step);
}
} // namespace

QString DemoLedger::service()
{
    return u"Капитальный ремонт"_s;
}

QString DemoLedger::unit()
{
    return u"кв.м."_s;
}

Money DemoLedger::chargedUpTo(Period lastClosed) const
{
    Money sum;
    for (const ChargeLine& line : lines) {
        if (line.period <= lastClosed)
            sum += line.baseCharge;
    }
    for (const Recalculation& recalculation : recalculations) {
        if (recalculation.appliedIn <= lastClosed)
            sum += recalculation.amount;
    }
    return sum;
}

Money DemoLedger::paidUpTo(Period lastClosed) const
{
    Money sum;
    for (const Payment& payment : payments) {
        if (payment.date <= lastClosed.lastDay())
            sum += payment.amount;
    }
    return sum;
}

DemoLedger DemoLedger::generate(const DemoAccountPlan& plan, QRandomGenerator& random)
{
    DemoLedger ledger;

    // Recalculations first: the charge lines show what each period books.
    if (plan.areaError) {
        const DemoAccountPlan::AreaError& error = *plan.areaError;
        for (Period p = error.from; p.isValid() && p <= error.to; p = p.next()) {
            const Money tariff = DemoTariff::perSquareMetre(p.year());
            const Money right = DemoTariff::charge(plan.areaCentiM2, tariff);
            const Money charged = DemoTariff::charge(error.chargedAreaCentiM2, tariff);
            ledger.recalculations.append(Recalculation {0, 0, error.correctedIn, p, right - charged,
                                                        u"Уточнение площади помещения"_s});
        }
    }
    for (const DemoAccountPlan::Correction& correction : plan.corrections)
        ledger.recalculations.append(Recalculation {0, 0, correction.appliedIn, correction.corrects,
                                                    correction.amount, correction.reason});

    const Period openMonth = plan.lastClosed.next();
    const int habitualDay = 5 + int(random.bounded(20U));
    Money balance; // after the charges and payments booked so far
    Money receipt; // what the last receipt asked for: the balance at the end of the month before
    for (Period p = plan.first; p.isValid() && p <= openMonth; p = p.next()) {
        // The month's payment of the previous receipt; none in the open month.
        if (p <= plan.lastClosed && p > plan.first && receipt.isPositive()) {
            std::optional<Money> amount;
            switch (plan.habit) {
            case DemoAccountPlan::Habit::Monthly:
                if (random.bounded(100U) < 95)
                    amount = receipt;
                break;
            case DemoAccountPlan::Habit::Irregular:
                if (random.bounded(100U) < 60)
                    amount = random.bounded(100U) < 30 ? roundedUp(receipt) : receipt;
                break;
            case DemoAccountPlan::Habit::Quarterly:
                if (p.month() % 3 == 0)
                    amount = receipt;
                break;
            case DemoAccountPlan::Habit::Rare:
                if (random.bounded(100U) < 25)
                    amount = roundedUp(Money::fromKopecks(receipt.kopecks() / 2));
                break;
            }
            const int day = dayIn(p, habitualDay + int(random.bounded(7U)) - 3);
            const QString source = paymentSource(random);
            if (amount && amount->isPositive()) {
                ledger.payments.append(
                    Payment {0, 0, QDate(p.year(), p.month(), day), *amount, source});
                balance -= *amount;
            }
        }

        // The month's charge line, with whatever recalculations it books.
        ChargeLine line;
        line.period = p;
        line.service = service();
        line.unit = unit();
        const bool wrongArea =
            plan.areaError && p >= plan.areaError->from && p <= plan.areaError->to;
        line.quantityHundredths = wrongArea ? plan.areaError->chargedAreaCentiM2 : plan.areaCentiM2;
        line.tariff = DemoTariff::perSquareMetre(p.year());
        line.baseCharge = DemoTariff::charge(line.quantityHundredths, line.tariff);
        for (const Recalculation& recalculation : ledger.recalculations) {
            if (recalculation.appliedIn == p)
                line.recalculation += recalculation.amount;
        }
        line.total = line.baseCharge + line.recalculation;
        ledger.lines.append(line);
        if (p <= plan.lastClosed) {
            balance += line.total;
            receipt = balance;
        }
    }

    // The last closed month's payment as the demo promises it.
    const bool fixedPayment = plan.lastPaymentDay && plan.lastPaymentAmount;
    if (plan.closingBalance || fixedPayment) {
        const QDate monthStart = plan.lastClosed.firstDay();
        ledger.payments.removeIf([monthStart](const Payment& p) { return p.date >= monthStart; });
        const Money owed = ledger.balanceAt(plan.lastClosed);
        Money amount = fixedPayment ? *plan.lastPaymentAmount : Money();
        if (plan.closingBalance)
            amount = owed - *plan.closingBalance;
        const int day = dayIn(plan.lastClosed, plan.lastPaymentDay.value_or(25));
        if (amount.isPositive())
            ledger.payments.append(
                Payment {0, 0, QDate(plan.lastClosed.year(), plan.lastClosed.month(), day), amount,
                         u"Сбербанк"_s});
    }
    return ledger;
}
