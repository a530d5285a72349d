#include "widgets/ElidedLabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// ElidedLabel: the whole line where there is room, its start and «…» where there is not, and a
// layout short of room narrows it rather than growing past it.
class tst_ElidedLabel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheWholeLineWhereItFits();
    void endsInAnEllipsisWhereNarrow();
    void doesNotWidenItsLayout();
    void paintsInItsStyleSheetsColour();
};

namespace {
const QString line = u"Noticed a mistake in the text? Select it and press Ctrl+Enter"_s;
} // namespace

void tst_ElidedLabel::showsTheWholeLineWhereItFits()
{
    ElidedLabel label(line);
    label.resize(label.sizeHint());
    QCOMPARE(label.shownText(), line);
    QCOMPARE(label.toolTip(), line);
    label.setText(u"Short"_s);
    QCOMPARE(label.toolTip(), u"Short"_s);
    QVERIFY(label.sizeHint().width() < label.fontMetrics().horizontalAdvance(line));
}

void tst_ElidedLabel::endsInAnEllipsisWhereNarrow()
{
    ElidedLabel label(line);
    label.resize(label.sizeHint().width() / 2, label.sizeHint().height());
    const QString shown = label.shownText();
    QVERIFY2(shown.endsWith(u'…'), qPrintable(shown));
    QVERIFY2(line.startsWith(shown.chopped(1)), qPrintable(shown));
    QVERIFY(shown.size() < line.size());
    // The whole line stays at hand.
    QCOMPARE(label.toolTip(), line);
}

void tst_ElidedLabel::doesNotWidenItsLayout()
{
    QWidget row;
    auto* layout = new QHBoxLayout(&row);
    auto* label = new ElidedLabel(line, &row);
    layout->addWidget(label);
    QVERIFY(row.minimumSizeHint().width() < label->fontMetrics().horizontalAdvance(line) / 3);
    QVERIFY(row.sizeHint().width() >= label->fontMetrics().horizontalAdvance(line));
}

void tst_ElidedLabel::paintsInItsStyleSheetsColour()
{
    // TypoReportShortcut colours the hint with a style sheet.
    ElidedLabel label(line);
    label.setStyleSheet(u"color: #ff0000;"_s);
    label.resize(label.sizeHint());
    const QImage image = label.grab().toImage();
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 200 && pixel.green() < 80 && pixel.blue() < 80)
                ++red;
        }
    }
    QVERIFY2(red > 50, qPrintable(QString::number(red)));
}

QTEST_MAIN(tst_ElidedLabel)
#include "tst_elidedlabel.moc"
