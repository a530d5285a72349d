#include "printing/QrCodeImage.h"
#include "protocol/PaymentQrPayload.h"

#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Error = QrCodeImage::Error;
using ErrorCorrection = QrCodeImage::ErrorCorrection;

namespace {

// A receipt's payload with Cyrillic text and a sum to the kopeck, made by PaymentQrPayload so
// that the test reads back what a receipt will really carry.
QByteArray receiptPayload()
{
    Organization fund;
    fund.name = u"НО «Фонд капитального ремонта многоквартирных домов Тюменской области»"_s;
    fund.inn = u"7203028149"_s;
    fund.kpp = u"720301001"_s;
    fund.bankName = u"Западно-Сибирский банк ПАО Сбербанк"_s;
    fund.bic = u"047102651"_s;
    fund.settlementAccount = u"40603810367000001234"_s;
    fund.correspondentAccount = u"30101810800000000651"_s;
    const PaymentQrPayload::Payer payer {u"Иванова"_s, u"Мария"_s, u"Петровна"_s,
                                         u"625000, г. Тюмень, ул. Республики, д. 1, кв. 15"_s,
                                         u"7201000123"_s};
    const PaymentQrPayload payload =
        PaymentQrPayload::create(fund, payer, Period(2014, 9), Money::fromKopecks(123456),
                                 u"Взнос на капитальный ремонт за сентябрь 2014 года"_s);
    return payload.toUtf8();
}

// The bytes zbarimg reads from the image file. "-Sbinary" keeps zbar from guessing a character
// set (it may take UTF-8 for Shift-JIS or Latin-1), so the exact bytes of the code come out.
QByteArray decode(const QString& imagePath)
{
    const QString zbarimg = qEnvironmentVariable("KABINET_ZBARIMG");
    if (zbarimg.isEmpty() || zbarimg.endsWith(u"NOTFOUND"))
        qFatal("zbarimg is missing: install zbar-tools (scripts/install-deps.sh) and re-run cmake");
    QProcess process;
    process.start(zbarimg, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, u"-Sbinary"_s, imagePath});
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit)
        return "zbarimg did not finish";
    // With -Sbinary zbarimg writes the bytes alone, without a line break of its own.
    return process.readAllStandardOutput();
}

bool isBlack(const QImage& image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

} // namespace

class TestQrCodeImage : public QObject
{
    Q_OBJECT

private slots:
    void receiptPayloadReadsBack_data();
    void receiptPayloadReadsBack();
    void paintedCodeReadsBack();
    void geometryAndQuietZone();
    void higherLevelNeedsMoreModules();
    void errors();
};

void TestQrCodeImage::receiptPayloadReadsBack_data()
{
    QTest::addColumn<ErrorCorrection>("level");
    QTest::addColumn<int>("moduleSize");
    QTest::newRow("M, 4 px") << ErrorCorrection::Medium << 4;
    QTest::newRow("M, 2 px") << ErrorCorrection::Medium << 2;
    QTest::newRow("Q, 3 px") << ErrorCorrection::Quartile << 3;
}

void TestQrCodeImage::receiptPayloadReadsBack()
{
    QFETCH(ErrorCorrection, level);
    QFETCH(int, moduleSize);
    const QByteArray payload = receiptPayload();
    QVERIFY(payload.startsWith("ST00012|Name="));
    QVERIFY(payload.contains("|Sum=123456|"));
    const QrCodeImage code = QrCodeImage::encode(payload, level);
    QVERIFY(code.isValid());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"receipt.png"_s);
    const QImage image = code.toImage(moduleSize);
    QVERIFY(image.save(path));
    QCOMPARE(decode(path), payload);

    // To look at by eye: KABINET_QR_SAMPLE=/some/file.png ./tst_qrcodeimage
    if (const QString sample = qEnvironmentVariable("KABINET_QR_SAMPLE");
        !sample.isEmpty() && level == ErrorCorrection::Medium && moduleSize == 4)
        QVERIFY(image.save(sample));
}

void TestQrCodeImage::paintedCodeReadsBack()
{
    const QByteArray payload = receiptPayload();
    const QrCodeImage code = QrCodeImage::encode(payload);
    QVERIFY(code.isValid());

    // A tinted page with the code in a wide rectangle off the origin, as on a receipt.
    QImage page(700, 500, QImage::Format_RGB32);
    const QColor tint(230, 240, 250);
    page.fill(tint);
    const QRectF rect(150, 40, 460, 420);
    {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing, true);
        code.paint(painter, rect);
        QVERIFY(painter.testRenderHint(QPainter::Antialiasing)); // state restored
    }
    // The code is the 420 px square centred in rect: untouched tint around it.
    QCOMPARE(page.pixelColor(100, 250), tint);
    QCOMPARE(page.pixelColor(165, 250), tint); // left of the square (it starts at x = 170)
    QCOMPARE(page.pixelColor(595, 250), tint); // right of it (it ends at x = 590)
    QCOMPARE(page.pixelColor(175, 45), QColor(Qt::white)); // quiet zone painted white
    // The finder pattern in the top left: its dark outer ring, the light ring and the dark core,
    // probed at the centres of symbol modules 0, 1 and 3.
    const qreal module = 420.0 / code.moduleCountWithQuietZone();
    const auto probe = [&](int symbolModule) {
        const qreal at = (QrCodeImage::quietZoneModules + symbolModule + 0.5) * module;
        return isBlack(page, int(170 + at), int(40 + at));
    };
    QVERIFY(probe(0));
    QVERIFY(!probe(1));
    QVERIFY(probe(3));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"page.png"_s);
    QVERIFY(page.save(path));
    QCOMPARE(decode(path), payload);

    // Nothing painted for an invalid code.
    QImage blank(50, 50, QImage::Format_RGB32);
    blank.fill(tint);
    {
        QPainter painter(&blank);
        QrCodeImage::encode({}).paint(painter, QRectF(0, 0, 50, 50));
    }
    QCOMPARE(blank.pixelColor(25, 25), tint);
}

void TestQrCodeImage::geometryAndQuietZone()
{
    const QrCodeImage code = QrCodeImage::encode(receiptPayload());
    QVERIFY(code.isValid());
    QVERIFY(code.version() >= 1 && code.version() <= 40);
    QCOMPARE(code.moduleCount(), 17 + 4 * code.version());
    QCOMPARE(code.moduleCountWithQuietZone(), code.moduleCount() + 8);

    const int moduleSize = 3;
    const QImage image = code.toImage(moduleSize);
    QCOMPARE(image.width(), code.moduleCountWithQuietZone() * moduleSize);
    QCOMPARE(image.height(), image.width());

    // The quiet zone: 4 modules of white on every side.
    const int quiet = QrCodeImage::quietZoneModules * moduleSize;
    for (int i = 0; i < image.width(); ++i) {
        for (int q = 0; q < quiet; ++q) {
            QVERIFY(!isBlack(image, i, q));
            QVERIFY(!isBlack(image, q, i));
            QVERIFY(!isBlack(image, i, image.height() - 1 - q));
            QVERIFY(!isBlack(image, image.width() - 1 - q, i));
        }
    }
    // Every pixel matches its module, and the finder patterns sit in three corners.
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int mx = x / moduleSize - QrCodeImage::quietZoneModules;
            const int my = y / moduleSize - QrCodeImage::quietZoneModules;
            QCOMPARE(isBlack(image, x, y), code.isDark(mx, my));
        }
    }
    const int last = code.moduleCount() - 1;
    QVERIFY(code.isDark(0, 0) && code.isDark(6, 6) && !code.isDark(1, 1));
    QVERIFY(code.isDark(last, 0) && code.isDark(0, last));
    QVERIFY(!code.isDark(7, 7)); // the separator around the finder pattern
    QVERIFY(!code.isDark(-1, 0) && !code.isDark(0, code.moduleCount()));

    QVERIFY(code.toImage(0).isNull());
}

void TestQrCodeImage::higherLevelNeedsMoreModules()
{
    const QByteArray payload = receiptPayload();
    const QrCodeImage medium = QrCodeImage::encode(payload, ErrorCorrection::Medium);
    const QrCodeImage quartile = QrCodeImage::encode(payload, ErrorCorrection::Quartile);
    QVERIFY(medium.isValid() && quartile.isValid());
    QVERIFY2(quartile.version() > medium.version(),
             qPrintable(
                 u"M: version %1, Q: version %2"_s.arg(medium.version()).arg(quartile.version())));
    // Short data makes a small code.
    QVERIFY(QrCodeImage::encode("ST00012").version() < medium.version());
}

void TestQrCodeImage::errors()
{
    const QrCodeImage empty = QrCodeImage::encode({});
    QCOMPARE(empty.error(), Error::Empty);
    QVERIFY(!empty.isValid());
    QVERIFY(empty.toImage(4).isNull());
    QCOMPARE(empty.moduleCount(), 0);
    QCOMPARE(empty.moduleCountWithQuietZone(), 0);

    // Version 40 holds 2331 bytes at level M and 1663 at level Q.
    QVERIFY(QrCodeImage::encode(QByteArray(2331, 'x'), ErrorCorrection::Medium).isValid());
    const QrCodeImage tooLong = QrCodeImage::encode(QByteArray(2332, 'x'), ErrorCorrection::Medium);
    QCOMPARE(tooLong.error(), Error::TooLong);
    QCOMPARE(QrCodeImage::encode(QByteArray(1664, 'x'), ErrorCorrection::Quartile).error(),
             Error::TooLong);
    // Bytes that are not text at all (NUL included) are fine in 8-bit mode.
    QVERIFY(QrCodeImage::encode(QByteArray("\0\xFF\x01", 3)).isValid());

    QVERIFY(QrCodeImage::errorText(Error::None).isEmpty());
    QVERIFY(!QrCodeImage::errorText(Error::Empty).isEmpty());
    QVERIFY(!QrCodeImage::errorText(Error::TooLong).isEmpty());
    QVERIFY(!QrCodeImage::errorText(Error::EncodingFailed).isEmpty());
    QVERIFY(QrCodeImage::errorText(Error::TooLong) != QrCodeImage::errorText(Error::Empty));
}

QTEST_MAIN(TestQrCodeImage)
#include "tst_qrcodeimage.moc"
