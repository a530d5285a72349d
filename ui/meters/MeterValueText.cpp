#include "meters/MeterValueText.h"

#include <QCoreApplication>

#include <limits>

QString MeterValueText::format(qint64 thousandths)
{
    // Unsigned magnitude, so that the most negative value does not overflow on negation.
    const quint64 magnitude = thousandths < 0 ? quint64(0) - static_cast<quint64>(thousandths)
                                              : static_cast<quint64>(thousandths);
    // Thousands grouped by no-break spaces, as Russian texts write them (and parse() reads).
    QString whole = QString::number(magnitude / 1000);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QChar::Nbsp);
    QString text = whole + u',' + QString::number(magnitude % 1000).rightJustified(3, u'0');
    if (thousandths < 0)
        text.prepend(u'-');
    return text;
}

std::optional<qint64> MeterValueText::parse(QStringView text, Problem* problem)
{
    const auto fail = [problem](Problem why) -> std::optional<qint64> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (problem)
        *problem = Problem::None;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Problem::Empty);
    quint64 whole = 0;
    qint64 fraction = 0;
    int decimals = -1; // -1: no separator yet
    bool anyDigit = false;
    for (const QChar c : trimmed) {
        if (c == u',' || c == u'.') {
            if (decimals >= 0)
                return fail(Problem::NotANumber);
            decimals = 0;
            continue;
        }
        // Spaces group the thousands of the whole part (a no-break one too, as QLocale writes).
        if ((c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)) && decimals < 0)
            continue;
        if (c < u'0' || c > u'9')
            return fail(Problem::NotANumber);
        anyDigit = true;
        const int digit = c.unicode() - u'0';
        if (decimals >= 0) {
            if (++decimals > 3)
                return fail(Problem::TooManyDecimals);
            fraction = fraction * 10 + digit;
        } else {
            whole = whole * 10 + quint64(digit);
            if (whole > quint64(std::numeric_limits<qint64>::max() / 1000))
                return fail(Problem::TooLarge);
        }
    }
    if (!anyDigit)
        return fail(Problem::NotANumber);
    for (int i = std::max(decimals, 0); i < 3; ++i)
        fraction *= 10;
    return qint64(whole) * 1000 + fraction;
}

QString MeterValueText::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("MeterValueText", "Enter the reading.");
    case Problem::NotANumber:
        return QCoreApplication::translate("MeterValueText",
                                           "Write the reading as a number, e.g. 123,456.");
    case Problem::TooManyDecimals:
        return QCoreApplication::translate("MeterValueText",
                                           "A reading has at most three digits after the comma.");
    case Problem::TooLarge:
        return QCoreApplication::translate("MeterValueText", "The number is too large.");
    }
    return {};
}
