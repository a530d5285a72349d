// The charts of a demo account (AccountChartsWidget on the history read from a real cache synced
// by the real engine): the balance line holds the closing balance of every closed period of the
// range and the bars what was charged (recalculations included) and paid per year, each figure
// the real kabinet-portal's own /movement answer for that month or that year's part of the range;
// drawn in a light and a dark palette, each in its theme, saved as PNG to be looked at.

#include "HistoryRig.h"
#include "StatementTestKit.h"
#include "charts/AccountChartsWidget.h"
#include "charts/ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QLineSeries>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace StatementTestKit;

namespace {

qint64 kopecks(const QJsonObject& object, const QString& key)
{
    return object.value(key).toInteger(std::numeric_limits<qint64>::min());
}

// The charts' axes want roubles as qreal; back to kopecks for an exact comparison.
qint64 toKopecks(qreal roubles)
{
    return std::llround(roubles * 100);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

} // namespace

class tst_AccountCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theBalanceIsTheServersClosingBalanceOfEachPeriod();
    void theBarsAreTheServersChargesAndPaymentsPerYear();
    void drawsInTheLightAndTheDarkPalette();

private:
    HistoryRig m_rig;
    AccountHistory m_history;
    const Period m_from = Period(2022, 4);
    const Period m_to = Period(2024, 12); // runs past the last closed period, 2024-09
};

void tst_AccountCharts::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    const std::optional<QList<AccountHistory>> histories = readHistories(m_rig, u"16616"_s);
    QVERIFY(histories);
    QCOMPARE(histories->size(), 1);
    m_history = histories->constFirst();
    QCOMPARE(m_history.lastClosed, Period(2024, 9));
}

void tst_AccountCharts::theBalanceIsTheServersClosingBalanceOfEachPeriod()
{
    AccountChartsWidget widget;
    widget.setHistory(m_history, m_from, m_to);
    const QList<QAbstractSeries*> series = widget.balanceChart()->series();
    QCOMPARE(series.size(), 1);
    const auto* line = qobject_cast<QLineSeries*>(series.constFirst());
    QVERIFY(line);
    // 2022-04 .. 2024-09: the months not closed are left out.
    QCOMPARE(line->count(), m_from.monthsTo(Period(2024, 9)) + 1);
    bool anyNonZero = false;
    for (int i = 0; i < line->count(); ++i) {
        const Period period = m_from.addMonths(i);
        const QJsonObject month =
            m_rig.serverHistory(m_history.account.id, u"movement"_s, period, period);
        const QPointF point = line->at(i);
        QCOMPARE(
            qint64(point.x()),
            QDateTime(QDate(period.year(), period.month(), 15), QTime(0, 0)).toMSecsSinceEpoch());
        QCOMPARE(toKopecks(point.y()), kopecks(month, u"closingKopecks"_s));
        anyNonZero = anyNonZero || kopecks(month, u"closingKopecks"_s) != 0;
    }
    QVERIFY(anyNonZero);
}

void tst_AccountCharts::theBarsAreTheServersChargesAndPaymentsPerYear()
{
    AccountChartsWidget widget;
    widget.setHistory(m_history, m_from, m_to);
    const QList<QAbstractSeries*> series = widget.yearlyChart()->series();
    QCOMPARE(series.size(), 1);
    const auto* bars = qobject_cast<QBarSeries*>(series.constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    const QBarSet* charged = bars->barSets().at(0);
    const QBarSet* paid = bars->barSets().at(1);
    const QList<QAbstractAxis*> axes = widget.yearlyChart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto* years = qobject_cast<QBarCategoryAxis*>(axes.constFirst());
    QVERIFY(years);
    QCOMPARE(years->categories(), QStringList({u"2022"_s, u"2023"_s, u"2024"_s}));
    QCOMPARE(charged->count(), 3);
    QCOMPARE(paid->count(), 3);
    for (int i = 0; i < 3; ++i) {
        const int year = 2022 + i;
        const Period first = std::max(m_from, Period(year, 1));
        const Period last = std::min(m_to, Period(year, 12));
        const QJsonObject movement =
            m_rig.serverHistory(m_history.account.id, u"movement"_s, first, last);
        QCOMPARE(toKopecks(charged->at(i)),
                 kopecks(movement, u"chargedKopecks"_s)
                     + kopecks(movement, u"recalculatedKopecks"_s));
        QCOMPARE(toKopecks(paid->at(i)), kopecks(movement, u"paidKopecks"_s));
        QVERIFY(charged->at(i) > 0);
    }
}

void tst_AccountCharts::drawsInTheLightAndTheDarkPalette()
{
    AccountChartsWidget widget;
    widget.resize(1000, 360);
    widget.setHistory(m_history, m_from, m_to);

    const struct
    {
        QPalette palette;
        QChart::ChartTheme theme;
        const char* name;
    } looks[] = {{lightPalette(), QChart::ChartThemeLight, "charts-light"},
                 {darkPalette(), QChart::ChartThemeDark, "charts-dark"}};
    for (const auto& look : looks) {
        widget.setPalette(look.palette);
        QCOMPARE(widget.balanceChart()->theme(), look.theme);
        QCOMPARE(widget.yearlyChart()->theme(), look.theme);
        // The balance line in the palette's own shade.
        const auto* line = qobject_cast<QLineSeries*>(widget.balanceChart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->pen().color(), ChartTheme::color(ChartTheme::Series::Balance, look.palette));
        QCoreApplication::processEvents();
        const QImage image = widget.grab().toImage();
        QVERIFY(!image.isNull());
        qInfo("%s: %s", look.name,
              qPrintable(saveForViewing(image, QString::fromLatin1(look.name))));
        // The chart's background is the palette's base: dark on dark, light on light.
        const QColor corner = image.pixelColor(image.width() / 4, 8);
        const bool dark = look.theme == QChart::ChartThemeDark;
        QVERIFY2(dark ? corner.lightness() < 90 : corner.lightness() > 200,
                 qPrintable(corner.name()));
        // The text and the axes contrast with it: some pixels far from the background.
        int contrasting = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if (std::abs(image.pixelColor(x, y).lightness() - corner.lightness()) > 120)
                    ++contrasting;
            }
        }
        QVERIFY2(contrasting > 300, qPrintable(QString::number(contrasting)));
    }
}

QTEST_MAIN(tst_AccountCharts)
#include "tst_accountcharts.moc"
