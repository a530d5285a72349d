#include "PdfTools.h"
#include "printing/ReceiptComposer.h"
#include "printing/ReceiptDocument.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The demo operator's details (server/demo/DemoNotices.cpp), which pass PaymentDetailsRules, with
// the separator of the payment code in the name.
Organization fund()
{
    Organization payee;
    payee.id = 1;
    payee.name = u"НКО «Фонд|капремонта»"_s;
    payee.address = u"г. Энск, ул. Советская, д. 10"_s;
    payee.phones = {u"+7 (4852) 00-10-01"_s};
    payee.inn = u"7604000013"_s;
    payee.kpp = u"760401001"_s;
    payee.bankName = u"Энское отделение № 0017 ПАО Сбербанк"_s;
    payee.bic = u"047888670"_s;
    payee.settlementAccount = u"40604810877030000012"_s;
    payee.correspondentAccount = u"30101810500000000670"_s;
    return payee;
}

ChargeLine line(Period period, qint64 baseKopecks, qint64 recalculationKopecks)
{
    return ChargeLine {7,
                       period,
                       u"Капитальный ремонт"_s,
                       u"кв.м."_s,
                       3160,
                       Money::fromKopecks(520),
                       Money::fromKopecks(baseKopecks),
                       Money::fromKopecks(recalculationKopecks),
                       Money::fromKopecks(baseKopecks + recalculationKopecks)};
}

// Two closed months: August charged 164,32 and paid 100,00; September charged 164,32, a
// recalculation of −10,40 for June and a payment of 1,01. So September opens at 64,32 and closes
// at 64,32 + 164,32 − 10,40 − 1,01 = 217,23.
ReceiptSource source()
{
    ReceiptSource source;
    AccountHistory& history = source.history;
    history.account.id = 7;
    history.account.number = u"16616"_s;
    history.account.ownerName = u"Лебедка Валентина Григорьевна"_s;
    history.account.address = u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s;
    history.account.areaCentiM2 = 3160;
    history.account.ownershipType = u"Частная"_s;
    history.account.payeeId = 1;
    history.lastClosed = Period(2024, 9);
    history.lines = {line(Period(2024, 8), 16432, 0), line(Period(2024, 9), 16432, -1040)};
    history.recalculations = {Recalculation {31, 7, Period(2024, 9), Period(2024, 6),
                                             Money::fromKopecks(-1040), u"Уточнение площади"_s}};
    history.payments = {
        Payment {1, 7, QDate(2024, 8, 25), Money::fromKopecks(10000), u"Сбербанк"_s},
        Payment {2, 7, QDate(2024, 9, 10), Money::fromKopecks(101), u"Почта"_s},
    };
    source.payee = fund();
    return source;
}

} // namespace

class TestReceiptDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composesThePeriodAsTheServerCountsIt();
    void refusesWhatCannotBeAReceipt();
    void splitsThePayersName_data();
    void splitsThePayersName();
    void thePdfsCodeReadsBackExactly();
    void thePdfShowsTheFigures();
    void anOverpaymentHasNoSumToPay();
    void badPayeeDetailsLeaveTheCodeOut();
    void anUnwritableFileIsAnErrorAndLeavesNothing();

private:
    QString writePdf(const Receipt& receipt, const QString& name);

    QTemporaryDir m_dir;
};

void TestReceiptDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestReceiptDocument::writePdf(const Receipt& receipt, const QString& name)
{
    const QString path = m_dir.filePath(name + u".pdf"_s);
    ReceiptDocument document(receipt);
    if (!document.writePdf(path)) {
        qWarning() << document.errorText();
        return {};
    }
    return path;
}

void TestReceiptDocument::composesThePeriodAsTheServerCountsIt()
{
    const ReceiptComposer::Result result = ReceiptComposer::compose(source(), Period(2024, 9));
    QCOMPARE(result.error, ReceiptComposer::Error::None);
    QVERIFY(result.receipt);
    const Receipt& receipt = *result.receipt;
    QCOMPARE(receipt.movement.opening, Money::fromKopecks(6432));
    QCOMPARE(receipt.movement.charged, Money::fromKopecks(16432));
    QCOMPARE(receipt.movement.recalculated, Money::fromKopecks(-1040));
    QCOMPARE(receipt.movement.paid, Money::fromKopecks(101));
    QCOMPARE(receipt.movement.closing, Money::fromKopecks(21723));
    QCOMPARE(receipt.toPay(), Money::fromKopecks(21723));
    QCOMPARE(receipt.lines.size(), 1);
    QCOMPARE(receipt.lines.constFirst().period, Period(2024, 9));
    QCOMPARE(receipt.recalculations.size(), 1);
    QCOMPARE(ReceiptComposer::closedPeriods(source().history),
             (QList<Period> {Period(2024, 9), Period(2024, 8)}));
}

void TestReceiptDocument::refusesWhatCannotBeAReceipt()
{
    QCOMPARE(ReceiptComposer::compose(ReceiptSource {}, Period(2024, 9)).error,
             ReceiptComposer::Error::UnknownAccount);
    QCOMPARE(ReceiptComposer::compose(source(), Period(2024, 10)).error,
             ReceiptComposer::Error::PeriodNotClosed);
    QCOMPARE(ReceiptComposer::compose(source(), Period(2024, 7)).error,
             ReceiptComposer::Error::PeriodNotClosed);
    QCOMPARE(ReceiptComposer::compose(source(), Period()).error,
             ReceiptComposer::Error::PeriodNotClosed);
    ReceiptSource noPayee = source();
    noPayee.payee.reset();
    QCOMPARE(ReceiptComposer::compose(noPayee, Period(2024, 9)).error,
             ReceiptComposer::Error::NoPayee);
    QVERIFY(!ReceiptComposer::errorText(ReceiptComposer::Error::PeriodNotClosed, u"16616"_s,
                                        Period(2024, 10))
                 .isEmpty());
}

void TestReceiptDocument::splitsThePayersName_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("three") << u"Лебедка Валентина Григорьевна"_s
                           << QStringList {u"Лебедка"_s, u"Валентина"_s, u"Григорьевна"_s};
    QTest::newRow("spaces") << u"  Иванов   Иван\tИванович "_s
                            << QStringList {u"Иванов"_s, u"Иван"_s, u"Иванович"_s};
    QTest::newRow("two") << u"Иванов Иван"_s << QStringList {u"Иванов"_s, u"Иван"_s, QString()};
    QTest::newRow("one") << u"Иванов"_s << QStringList {u"Иванов"_s, QString(), QString()};
    QTest::newRow("four") << u"Гусейнов Рашид Алиевич оглы"_s
                          << QStringList {u"Гусейнов"_s, QString(), u"Рашид Алиевич оглы"_s};
}

void TestReceiptDocument::splitsThePayersName()
{
    QFETCH(QString, owner);
    QFETCH(QStringList, parts);
    Account account;
    account.ownerName = owner;
    const PaymentQrPayload::Payer payer = ReceiptComposer::payerOf(account);
    QCOMPARE((QStringList {payer.lastName, payer.firstName, payer.middleName}), parts);
}

void TestReceiptDocument::thePdfsCodeReadsBackExactly()
{
    const std::optional<Receipt> receipt =
        ReceiptComposer::compose(source(), Period(2024, 9)).receipt;
    QVERIFY(receipt);
    const QString pdf = writePdf(*receipt, u"code"_s);
    QVERIFY(!pdf.isEmpty());
    // 150 dpi is about what an office scanner or a phone's camera sees of a printed page.
    const QString png = PdfTools::render(pdf, m_dir.filePath(u"code"_s), 150);
    QVERIFY(!png.isEmpty());
    // Written out by hand from the standard: the name without its "|", the sum in kopecks, the
    // payer's name in its three parts, the period as MMYYYY.
    const QByteArray expected =
        u"ST00012|Name=НКО «Фонд капремонта»|PersonalAcc=40604810877030000012"
        "|BankName=Энское отделение № 0017 ПАО Сбербанк|BIC=047888670"
        "|CorrespAcc=30101810500000000670|PayeeINN=7604000013|KPP=760401001|Sum=21723"
        "|Purpose=Взнос на капитальный ремонт за сентябрь 2024, л/с 16616|PersAcc=16616"
        "|LastName=Лебедка|FirstName=Валентина|MiddleName=Григорьевна"
        "|PayerAddress=г.п. Мирный, ул. Мира, д. 4, кв. 7|PaymPeriod=092024|TechCode=02"_s.toUtf8();
    QCOMPARE(PdfTools::decodeQr(png), expected);
}

void TestReceiptDocument::thePdfShowsTheFigures()
{
    const std::optional<Receipt> receipt =
        ReceiptComposer::compose(source(), Period(2024, 9)).receipt;
    QVERIFY(receipt);
    const QString pdf = writePdf(*receipt, u"figures"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = PdfTools::text(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    for (const QString& expected :
         {u"Лебедка Валентина Григорьевна"_s, u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s, u"16616"_s,
          u"31,60"_s, u"7604000013"_s, u"760401001"_s, u"047888670"_s, u"40604810877030000012"_s,
          u"30101810500000000670"_s, u"сентябрь 2024"_s, u"Капитальный ремонт"_s,
          u"Уточнение площади"_s, u"НКО «Фонд|капремонта»"_s,
          // opening, charged, recalculated, paid, to pay
          u"64,32"_s, u"164,32"_s, u"-10,40"_s, u"1,01"_s, u"217,23"_s, u"153,92"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" is missing in:\n"_s + text));
    }
    // Looked at by a person: kept where KABINET_UI_SHOTS points.
    const QString shots = qEnvironmentVariable("KABINET_UI_SHOTS");
    if (!shots.isEmpty())
        PdfTools::render(pdf, QDir(shots).filePath(u"receipt-unit"_s), 110);
}

void TestReceiptDocument::anOverpaymentHasNoSumToPay()
{
    ReceiptSource overpaid = source();
    overpaid.history.payments.append(
        Payment {3, 7, QDate(2024, 9, 20), Money::fromKopecks(50000), u"Сбербанк"_s});
    const std::optional<Receipt> receipt =
        ReceiptComposer::compose(overpaid, Period(2024, 9)).receipt;
    QVERIFY(receipt);
    QCOMPARE(receipt->movement.closing, Money::fromKopecks(21723 - 50000));
    QCOMPARE(receipt->toPay(), Money());
    const QString pdf = writePdf(*receipt, u"overpaid"_s);
    const QByteArray code =
        PdfTools::decodeQr(PdfTools::render(pdf, m_dir.filePath(u"overpaid"_s), 150));
    QVERIFY2(code.startsWith("ST00012|Name="), code.constData());
    QVERIFY2(!code.contains("|Sum="), code.constData());
    const QString text = PdfTools::text(pdf);
    QVERIFY2(text.contains(u"282,77"_s), qPrintable(text)); // the overpayment at the end
}

void TestReceiptDocument::badPayeeDetailsLeaveTheCodeOut()
{
    ReceiptSource mistyped = source();
    mistyped.payee->settlementAccount = u"40604810877030000013"_s; // the key digit no longer fits
    const std::optional<Receipt> receipt =
        ReceiptComposer::compose(mistyped, Period(2024, 9)).receipt;
    QVERIFY(receipt);
    QVERIFY(receipt->paymentCode.isEmpty());
    QVERIFY(!receipt->paymentCodeError.isEmpty());
    const QString pdf = writePdf(*receipt, u"nocode"_s);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(PdfTools::decodeQr(PdfTools::render(pdf, m_dir.filePath(u"nocode"_s), 150)),
             QByteArray());
    QVERIFY(PdfTools::text(pdf).contains(u"217,23"_s));
}

void TestReceiptDocument::anUnwritableFileIsAnErrorAndLeavesNothing()
{
    const std::optional<Receipt> receipt =
        ReceiptComposer::compose(source(), Period(2024, 9)).receipt;
    QVERIFY(receipt);
    const QString path = m_dir.filePath(u"missing-folder/receipt.pdf"_s);
    ReceiptDocument document(*receipt);
    QVERIFY(!document.writePdf(path));
    QVERIFY2(document.errorText().contains(path), qPrintable(document.errorText()));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestReceiptDocument)
#include "tst_receiptdocument.moc"
