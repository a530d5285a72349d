#include "printing/StatementCsv.h"

#include "printing/Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString dateFormat = u"dd.MM.yyyy"_s;

} // namespace

QString StatementCsv::field(const QString& text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString StatementCsv::textField(const QString& text)
{
    static const QString formulaStarts = u"=+-@"_s;
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return field(u'\'' + text);
    return field(text);
}

QString StatementCsv::amount(Money money)
{
    QString text = money.toPlainDecimal();
    text.replace(u'.', u',');
    return text;
}

QString StatementCsv::row(const QStringList& fields)
{
    return fields.join(u';') + u"\r\n"_s;
}

QByteArray StatementCsv::toCsv(const Statement& statement)
{
    QString text;
    // The fixed Russian words are the file's vocabulary, like the portal's own export: a
    // spreadsheet's columns keep their names whatever the language of the window.
    text +=
        row({u"Выписка по лицевым счетам"_s, u"с"_s, statement.from.toIsoString(), u"по"_s,
             statement.to.toIsoString(), u"сформирована"_s, statement.madeOn.toString(dateFormat)});
    text += u"\r\n"_s;
    text += row({u"Движение средств"_s});
    text += row({u"Лицевой счёт"_s, u"Адрес"_s, u"Последний закрытый период"_s,
                 u"Сальдо на начало, руб. (долг +, переплата −)"_s, u"Начислено, руб."_s,
                 u"Перерасчёт, руб."_s, u"Оплачено, руб."_s,
                 u"Сальдо на конец, руб. (долг +, переплата −)"_s});
    const auto movementRow = [](const QString& number, const QString& address, Period lastClosed,
                                const MovementOfFunds& movement) {
        return row({textField(number), textField(address), lastClosed.toIsoString(),
                    amount(movement.opening), amount(movement.charged),
                    amount(movement.recalculated), amount(movement.paid),
                    amount(movement.closing)});
    };
    for (const StatementAccount& account : statement.accounts) {
        text += movementRow(account.account.number, account.account.address, account.lastClosed,
                            account.movement);
    }
    if (statement.total)
        text += movementRow(u"Все счета"_s, QString(), Period(), *statement.total);

    text += u"\r\n"_s;
    text += row({u"Операции"_s});
    text += row({u"Лицевой счёт"_s, u"Период"_s, u"Дата"_s, u"Операция"_s, u"Описание"_s,
                 u"Сумма, руб."_s});
    for (const StatementAccount& account : statement.accounts) {
        const QString number = textField(account.account.number);
        for (const ChargeLine& line : account.lines) {
            text += row({number, line.period.toIsoString(), QString(), u"Начисление"_s,
                         textField(line.service), amount(line.baseCharge)});
        }
        for (const Recalculation& recalculation : account.recalculations) {
            const QString what = recalculation.reason.isEmpty()
                ? u"за %1"_s.arg(recalculation.corrects.toRussianString())
                : u"за %1: %2"_s.arg(recalculation.corrects.toRussianString(),
                                     recalculation.reason);
            text += row({number, recalculation.appliedIn.toIsoString(), QString(), u"Перерасчёт"_s,
                         textField(what), amount(recalculation.amount)});
        }
        for (const Payment& payment : account.payments) {
            text += row({number, Period::fromDate(payment.date).toIsoString(),
                         payment.date.toString(dateFormat), u"Оплата"_s, textField(payment.source),
                         amount(payment.amount)});
        }
    }
    // The byte order mark tells spreadsheet programs the file is UTF-8.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
