#include "widgets/PeriodText.h"

#include <QLocale>

QString PeriodText::text(Period period)
{
    if (!period.isValid())
        return {};
    return monthName(period.month()) + u' ' + QString::number(period.year());
}

QString PeriodText::monthName(int month)
{
    if (speaksEnglish())
        return QLocale(QLocale::English).standaloneMonthName(month, QLocale::LongFormat);
    return Period::russianMonthName(month);
}

bool PeriodText::speaksEnglish()
{
    // The app sets the default locale to the language it speaks (AppTranslator): Russian, or
    // English, or for English the user's own formats (de_DE, say), whose month names would not
    // fit an English sentence. Only a program that chose no language at all (C) is left with
    // Kabinet's default, Russian.
    const QLocale::Language language = QLocale().language();
    return language != QLocale::Russian && language != QLocale::C;
}
