#include "SyncNotice.h"

#include <QLocale>
#include <QSet>
#include <QStringList>

namespace {

// «October 2024» in the user's language (standalone: nominative in Russian).
QString periodText(Period period)
{
    return QLocale().standaloneMonthName(period.month(), QLocale::LongFormat) + u' '
        + QString::number(period.year());
}

QString closedPeriodsLine(const QList<SyncDigest::ClosedPeriod>& items)
{
    if (items.size() == 1) {
        return SyncNotice::tr("Charges for %1 on account %2")
            .arg(periodText(items.constFirst().period), items.constFirst().accountNumber);
    }
    QSet<Period> periods;
    for (const SyncDigest::ClosedPeriod& item : items)
        periods.insert(item.period);
    if (periods.size() == 1) {
        return SyncNotice::tr("Charges for %1 on %n account(s)", nullptr, int(items.size()))
            .arg(periodText(items.constFirst().period));
    }
    return SyncNotice::tr("New charges on %n account(s)", nullptr, int(items.size()));
}

QString paymentsLine(const QList<SyncDigest::PaymentReceived>& items)
{
    if (items.size() == 1) {
        //: %1 is an amount of roubles, %2 an account number
        return SyncNotice::tr("Payment of %1 ₽ received on account %2")
            .arg(items.constFirst().payment.amount.toString(), items.constFirst().accountNumber);
    }
    return SyncNotice::tr("%n payment(s) received", nullptr, int(items.size()));
}

QString newsLine(const QList<SyncDigest::News>& items)
{
    if (items.size() == 1)
        return SyncNotice::tr("News: %1").arg(items.constFirst().title);
    return SyncNotice::tr("%n news item(s)", nullptr, int(items.size()));
}

QString answersLine(const QList<SyncDigest::AppealAnswer>& items)
{
    if (items.size() == 1)
        return SyncNotice::tr("Your appeal «%1» has been answered").arg(items.constFirst().topic);
    return SyncNotice::tr("%n of your appeals have been answered", nullptr, int(items.size()));
}

} // namespace

SyncNotice SyncNotice::fromDigest(const SyncDigest& digest)
{
    SyncNotice notice;
    QStringList lines;
    int kinds = 0;
    const auto add = [&](bool present, const QString& line, const QString& title,
                         MainSection section) {
        if (!present)
            return;
        ++kinds;
        lines.append(line);
        notice.title = title;
        notice.section = section;
    };
    add(!digest.closedPeriods.isEmpty(), closedPeriodsLine(digest.closedPeriods), tr("New charges"),
        MainSection::Charges);
    add(!digest.payments.isEmpty(), paymentsLine(digest.payments), tr("Payment received"),
        MainSection::Payments);
    add(!digest.news.isEmpty(), newsLine(digest.news), tr("News"), MainSection::News);
    add(!digest.answers.isEmpty(), answersLine(digest.answers), tr("Answer to your appeal"),
        MainSection::Appeals);
    if (kinds > 1) {
        notice.title = tr("What is new in your cabinet");
        notice.section = MainSection::Home;
    }
    notice.body = lines.join(u'\n');
    return notice;
}
