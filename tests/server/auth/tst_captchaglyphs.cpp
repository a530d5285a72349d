// CaptchaGlyphs: the captcha's stroke-drawn alphabet, without look-alike characters.
#include "auth/CaptchaGlyphs.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCaptchaGlyphs : public QObject
{
    Q_OBJECT

private:
    // The glyph stroked into a small bitmap, to compare shapes rather than path elements.
    static QImage bitmap(QChar c)
    {
        QImage image(30, 50, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(0.5, 0.5);
        painter.setPen(QPen(Qt::black, 6));
        painter.drawPath(CaptchaGlyphs::glyph(c));
        return image;
    }

    static int differingPixels(const QImage& a, const QImage& b)
    {
        int count = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                if (qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 128)
                    ++count;
            }
        }
        return count;
    }

private slots:
    void alphabetHasNoLookAlikes()
    {
        const QString alphabet = CaptchaGlyphs::alphabet();
        QCOMPARE(alphabet.size(), 23);
        for (const QChar c : u"01OQDILJSBGZV"_s)
            QVERIFY2(!alphabet.contains(c), qPrintable(QString(c)));
        for (const QChar c : alphabet) {
            QVERIFY(c.isDigit() || (c >= u'A' && c <= u'Z'));
            QCOMPARE(alphabet.count(c), 1);
            QVERIFY(CaptchaGlyphs::contains(c));
        }
    }

    void everyCharacterHasStrokesInsideItsBox()
    {
        const QRectF box(0, 0, CaptchaGlyphs::boxWidth, CaptchaGlyphs::boxHeight);
        for (const QChar c : CaptchaGlyphs::alphabet()) {
            const QPainterPath path = CaptchaGlyphs::glyph(c);
            QVERIFY2(!path.isEmpty(), qPrintable(QString(c)));
            const QRectF bounds = path.boundingRect();
            QVERIFY2(box.contains(bounds), qPrintable(QString(c)));
            // Each spans most of the height: no glyph is a dot or a dash.
            QVERIFY2(bounds.height() > 0.7 * box.height(), qPrintable(QString(c)));
        }
    }

    void charactersOutsideTheAlphabetHaveNoGlyph()
    {
        for (const QChar c : u"0OIab ж"_s)
            QVERIFY(CaptchaGlyphs::glyph(c).isEmpty());
    }

    void glyphsLookDifferent()
    {
        const QString alphabet = CaptchaGlyphs::alphabet();
        for (qsizetype i = 0; i < alphabet.size(); ++i) {
            for (qsizetype j = i + 1; j < alphabet.size(); ++j) {
                const int differing =
                    differingPixels(bitmap(alphabet.at(i)), bitmap(alphabet.at(j)));
                QVERIFY2(differing > 40,
                         qPrintable(u"%1 and %2 differ in %3 pixels only"_s.arg(alphabet.at(i))
                                        .arg(alphabet.at(j))
                                        .arg(differing)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCaptchaGlyphs)
#include "tst_captchaglyphs.moc"
