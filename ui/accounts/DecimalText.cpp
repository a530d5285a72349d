#include "accounts/DecimalText.h"

QString DecimalText::hundredths(qint64 value)
{
    // Unsigned magnitude, so that the most negative value does not overflow on negation.
    const quint64 magnitude =
        value < 0 ? quint64(0) - static_cast<quint64>(value) : static_cast<quint64>(value);
    QString text = QString::number(magnitude / 100) + u','
        + QString::number(magnitude % 100).rightJustified(2, u'0');
    if (value < 0)
        text.prepend(u'-');
    return text;
}
