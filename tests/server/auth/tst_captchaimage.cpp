// CaptchaImage: the picture of a captcha text, drawn without fonts.
#include "auth/CaptchaGlyphs.h"
#include "auth/CaptchaImage.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCaptchaImage : public QObject
{
    Q_OBJECT

private:
    static bool isInk(QRgb pixel) { return qGray(pixel) < 130; }

    // Dark pixels in the columns [from, to).
    static int inkIn(const QImage& image, int from, int to)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = from; x < to; ++x)
                count += isInk(image.pixel(x, y)) ? 1 : 0;
        }
        return count;
    }

private slots:
    void sizeAndDeterminism()
    {
        const QImage a = CaptchaImage::render(u"K7P2X"_s, 42);
        QCOMPARE(a.size(), QSize(CaptchaImage::width, CaptchaImage::height));
        QCOMPARE(CaptchaImage::render(u"K7P2X"_s, 42), a);
        QVERIFY(CaptchaImage::render(u"K7P2X"_s, 43) != a);
        QVERIFY(CaptchaImage::render(u"K7P2Y"_s, 42) != a);
    }

    void everyCharacterLeavesInkInItsSlot()
    {
        const QString alphabet = CaptchaGlyphs::alphabet();
        for (qsizetype start = 0; start < alphabet.size(); start += 5) {
            const QString text = alphabet.mid(start, 5);
            const QImage image = CaptchaImage::render(text, quint32(start));
            const qreal slot = (CaptchaImage::width - 20) / qreal(text.size());
            for (qsizetype i = 0; i < text.size(); ++i) {
                const int from = int(10 + slot * qreal(i) + slot * 0.25);
                const int to = int(10 + slot * qreal(i) + slot * 0.75);
                QVERIFY2(inkIn(image, from, to) > 60,
                         qPrintable(u"no ink for %1"_s.arg(text.at(i))));
            }
        }
    }

    void unknownCharactersDrawOnlyNoise()
    {
        // The same seed draws the same noise; the text adds the ink.
        const QImage noise = CaptchaImage::render(u"     "_s, 7);
        const QImage text = CaptchaImage::render(u"HHHHH"_s, 7);
        QVERIFY(inkIn(text, 0, CaptchaImage::width) > inkIn(noise, 0, CaptchaImage::width) + 500);
    }

    void pngRoundTrip()
    {
        const QImage image = CaptchaImage::render(u"ACE27"_s, 1);
        const QByteArray png = CaptchaImage::toPng(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(png.size() < 40 * 1024);
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "PNG"));
        QCOMPARE(decoded.convertToFormat(image.format()), image);
    }
};

QTEST_GUILESS_MAIN(TestCaptchaImage)
#include "tst_captchaimage.moc"
