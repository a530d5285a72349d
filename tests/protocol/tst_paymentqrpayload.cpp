#include "protocol/PaymentQrPayload.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Error = PaymentQrPayload::Error;
using Problem = PaymentDetailsRules::Problem;

char* toString(const Error& error)
{
    static const char* const names[] = {
        "None",
        "MissingPayeeName",
        "MissingBankName",
        "BadBic",
        "BadSettlementAccount",
        "BadCorrespondentAccount",
        "BadInn",
        "BadKpp",
        "SumTooLarge",
    };
    return qstrdup(names[static_cast<int>(error)]);
}

char* toString(const Problem& problem)
{
    static const char* const names[] = {
        "None", "Empty", "ForbiddenCharacter", "WrongLength", "BadChecksum", "BadKey", "BadBic",
    };
    return qstrdup(names[static_cast<int>(problem)]);
}

namespace {

// The regional fund of a made-up Tyumen housing stock, paid at the West Siberian Sberbank: the
// BIC and correspondent account are the bank's real ones, the INN and the settlement account are
// made up with correct check digits (the same values tst_paymentdetailsrules accepts).
Organization fund()
{
    Organization fund;
    fund.name = u"НО «Фонд капитального ремонта многоквартирных домов Тюменской области»"_s;
    fund.inn = u"7203028149"_s;
    fund.kpp = u"720301001"_s;
    fund.bankName = u"Западно-Сибирский банк ПАО Сбербанк"_s;
    fund.bic = u"047102651"_s;
    fund.settlementAccount = u"40603810367000001234"_s;
    fund.correspondentAccount = u"30101810800000000651"_s;
    return fund;
}

PaymentQrPayload::Payer owner()
{
    return {u"Иванова"_s, u"Мария"_s, u"Петровна"_s,
            u"625000, г. Тюмень, ул. Республики, д. 1, кв. 15"_s, u"7201000123"_s};
}

const QString purpose = u"Взнос на капитальный ремонт за сентябрь 2014 года"_s;

// The Key=Value pairs after the header, split at the separator.
QStringList fields(const PaymentQrPayload& payload)
{
    QStringList parts = payload.text().split(u'|');
    parts.removeFirst();
    return parts;
}

QStringList keys(const PaymentQrPayload& payload)
{
    QStringList result;
    for (const QString& field : fields(payload))
        result << field.section(u'=', 0, 0);
    return result;
}

QString valueOf(const PaymentQrPayload& payload, QStringView key)
{
    for (const QString& field : fields(payload)) {
        if (field.section(u'=', 0, 0) == key)
            return field.section(u'=', 1);
    }
    return {};
}

} // namespace

class TestPaymentQrPayload : public QObject
{
    Q_OBJECT

private slots:
    void realisticReceipt();
    void utf8BytesAreTheText();
    void mandatoryKeysComeFirstInTheStandardsOrder();
    void separatorAndLineBreaksAreCleaned();
    void emptyOptionalValuesAreLeftOut();
    void nonPositiveSumIsLeftOut();
    void entrepreneurWithoutKpp();
    void longTextsAreCut();
    void cutNeverSplitsASurrogatePair();
    void cleanValue_data();
    void cleanValue();
    void unusableDetailsAreRefused_data();
    void unusableDetailsAreRefused();
    void sumTooLarge();
    void errorTexts();
};

void TestPaymentQrPayload::realisticReceipt()
{
    const PaymentQrPayload payload = PaymentQrPayload::create(fund(), owner(), Period(2014, 9),
                                                              Money::fromKopecks(123456), purpose);
    QVERIFY(payload.isValid());
    QCOMPARE(payload.error(), Error::None);
    QCOMPARE(payload.problem(), Problem::None);
    QCOMPARE(payload.errorText(), QString());
    QCOMPARE(payload.text(),
             u"ST00012"
             u"|Name=НО «Фонд капитального ремонта многоквартирных домов Тюменской области»"
             u"|PersonalAcc=40603810367000001234"
             u"|BankName=Западно-Сибирский банк ПАО Сбербанк"
             u"|BIC=047102651"
             u"|CorrespAcc=30101810800000000651"
             u"|PayeeINN=7203028149"
             u"|KPP=720301001"
             u"|Sum=123456"
             u"|Purpose=Взнос на капитальный ремонт за сентябрь 2014 года"
             u"|PersAcc=7201000123"
             u"|LastName=Иванова"
             u"|FirstName=Мария"
             u"|MiddleName=Петровна"
             u"|PayerAddress=625000, г. Тюмень, ул. Республики, д. 1, кв. 15"
             u"|PaymPeriod=092014"
             u"|TechCode=02"_s);

    // A kopeck more is a different sum, and a later month a different period.
    const PaymentQrPayload other = PaymentQrPayload::create(fund(), owner(), Period(2015, 12),
                                                            Money::fromKopecks(123457), purpose);
    QCOMPARE(valueOf(other, u"Sum"), u"123457"_s);
    QCOMPARE(valueOf(other, u"PaymPeriod"), u"122015"_s);
    QCOMPARE(valueOf(PaymentQrPayload::create(fund(), owner(), Period(2014, 9),
                                              Money::fromKopecks(5), purpose),
                     u"Sum"),
             u"5"_s);
}

void TestPaymentQrPayload::utf8BytesAreTheText()
{
    const PaymentQrPayload payload = PaymentQrPayload::create(fund(), owner(), Period(2014, 9),
                                                              Money::fromKopecks(123456), purpose);
    const QByteArray bytes = payload.toUtf8();
    QVERIFY(bytes.startsWith("ST00012|Name="));
    // Cyrillic takes two bytes a letter in UTF-8, so there are more bytes than characters.
    QVERIFY(bytes.size() > payload.text().size());
    QCOMPARE(QString::fromUtf8(bytes), payload.text());
    QVERIFY(bytes.contains("|LastName=\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0|"));
}

void TestPaymentQrPayload::mandatoryKeysComeFirstInTheStandardsOrder()
{
    const PaymentQrPayload payload = PaymentQrPayload::create(fund(), owner(), Period(2014, 9),
                                                              Money::fromKopecks(100), purpose);
    QVERIFY(payload.text().startsWith(PaymentQrPayload::header % u'|'));
    const QStringList expected = {
        u"Name"_s,       u"PersonalAcc"_s,  u"BankName"_s,   u"BIC"_s,
        u"CorrespAcc"_s, u"PayeeINN"_s,     u"KPP"_s,        u"Sum"_s,
        u"Purpose"_s,    u"PersAcc"_s,      u"LastName"_s,   u"FirstName"_s,
        u"MiddleName"_s, u"PayerAddress"_s, u"PaymPeriod"_s, u"TechCode"_s,
    };
    QCOMPARE(keys(payload), expected);
    QCOMPARE(valueOf(payload, u"TechCode"), u"02"_s);
}

void TestPaymentQrPayload::separatorAndLineBreaksAreCleaned()
{
    Organization payee = fund();
    payee.name = u"  ТСЖ «Дом|на Набережной»\n(Тюмень) "_s;
    payee.bankName = u"ПАО Сбербанк|\r\nфилиал"_s;
    PaymentQrPayload::Payer payer = owner();
    payer.address = u"г. Тюмень,\tул. Мира | д. 5\u2028кв. 7"_s;
    payer.lastName = u"Иванова|"_s;
    const PaymentQrPayload payload = PaymentQrPayload::create(
        payee, payer, Period(2014, 9), Money::fromKopecks(100), u"Взнос\nза | сентябрь"_s);
    QVERIFY(payload.isValid());

    QCOMPARE(valueOf(payload, u"Name"), u"ТСЖ «Дом на Набережной» (Тюмень)"_s);
    QCOMPARE(valueOf(payload, u"BankName"), u"ПАО Сбербанк филиал"_s);
    QCOMPARE(valueOf(payload, u"PayerAddress"), u"г. Тюмень, ул. Мира д. 5 кв. 7"_s);
    QCOMPARE(valueOf(payload, u"LastName"), u"Иванова"_s);
    QCOMPARE(valueOf(payload, u"Purpose"), u"Взнос за сентябрь"_s);
    // Exactly one separator per key, so no value was split.
    QCOMPARE(payload.text().count(u'|'), keys(payload).size());
    QVERIFY(!payload.text().contains(u'\n'));
    QVERIFY(!payload.text().contains(u'\r'));
    QVERIFY(!payload.text().contains(u'\t'));
}

void TestPaymentQrPayload::emptyOptionalValuesAreLeftOut()
{
    PaymentQrPayload::Payer payer;
    payer.lastName = u"Иванова"_s;
    payer.middleName = u" | "_s; // nothing left once cleaned
    const PaymentQrPayload payload =
        PaymentQrPayload::create(fund(), payer, Period(), Money::fromKopecks(100), u"\n"_s);
    QVERIFY(payload.isValid());
    const QStringList expected = {
        u"Name"_s,     u"PersonalAcc"_s, u"BankName"_s, u"BIC"_s,      u"CorrespAcc"_s,
        u"PayeeINN"_s, u"KPP"_s,         u"Sum"_s,      u"LastName"_s, u"TechCode"_s,
    };
    QCOMPARE(keys(payload), expected);
    QVERIFY(!payload.text().contains(u"=|"));
}

void TestPaymentQrPayload::nonPositiveSumIsLeftOut()
{
    for (const qint64 kopecks : {qint64(0), qint64(-15050)}) {
        const PaymentQrPayload payload = PaymentQrPayload::create(
            fund(), owner(), Period(2014, 9), Money::fromKopecks(kopecks), purpose);
        QVERIFY(payload.isValid());
        QVERIFY2(!keys(payload).contains(u"Sum"_s), qPrintable(payload.text()));
    }
}

void TestPaymentQrPayload::entrepreneurWithoutKpp()
{
    Organization payee = fund();
    payee.name = u"ИП Петров Пётр Петрович"_s;
    payee.inn = u"720212345697"_s;
    payee.kpp.clear();
    const PaymentQrPayload payload =
        PaymentQrPayload::create(payee, owner(), Period(2014, 9), Money::fromKopecks(100), purpose);
    QVERIFY(payload.isValid());
    QCOMPARE(valueOf(payload, u"PayeeINN"), u"720212345697"_s);
    QVERIFY(!keys(payload).contains(u"KPP"_s));
}

void TestPaymentQrPayload::longTextsAreCut()
{
    Organization payee = fund();
    // 47 characters, as a Sberbank division's name can be: two over the standard's 45.
    payee.bankName = u"Западно-Сибирское отделение № 8647 ПАО Сбербанк"_s;
    QCOMPARE(payee.bankName.size(), 47);
    payee.name = QString(200, u'Ф');
    const QString longPurpose = QString(205, u'в') + u" ремонт"_s; // a space at 206
    const PaymentQrPayload payload = PaymentQrPayload::create(payee, owner(), Period(2014, 9),
                                                              Money::fromKopecks(100), longPurpose);
    QVERIFY(payload.isValid());

    QCOMPARE(valueOf(payload, u"BankName"), u"Западно-Сибирское отделение № 8647 ПАО Сберба"_s);
    QCOMPARE(valueOf(payload, u"BankName").size(), PaymentQrPayload::bankNameMaxLength);
    QCOMPARE(valueOf(payload, u"Name"), QString(160, u'Ф'));
    QCOMPARE(valueOf(payload, u"Purpose"), QString(205, u'в') + u" ремо"_s);
    QCOMPARE(valueOf(payload, u"Purpose").size(), PaymentQrPayload::purposeMaxLength);

    // A cut that lands just after a space does not leave it dangling.
    QCOMPARE(PaymentQrPayload::cleanValue(u"абв где", 4), u"абв"_s);
    // Exactly at the limit nothing is cut.
    QCOMPARE(PaymentQrPayload::cleanValue(QString(45, u'Б'), 45), QString(45, u'Б'));
}

void TestPaymentQrPayload::cutNeverSplitsASurrogatePair()
{
    const QString emoji = u"\U0001F3E0"_s; // a house, two UTF-16 code units
    QCOMPARE(emoji.size(), 2);
    // 44 letters, then the emoji as the 45th character: it fits whole.
    const QString fits = QString(44, u'Б') + emoji + u"ВГ"_s;
    QCOMPARE(PaymentQrPayload::cleanValue(fits, 45), QString(44, u'Б') + emoji);
    // Cut inside the run of emoji: every character kept is a whole pair.
    const QString emojis = emoji.repeated(30);
    const QString cut = PaymentQrPayload::cleanValue(emojis, 25);
    QCOMPARE(cut, emoji.repeated(25));
    QVERIFY(!cut.back().isHighSurrogate());
    QCOMPARE(cut.toUcs4().size(), 25);
    // In the payload, too.
    Organization payee = fund();
    payee.bankName = QString(44, u'Б') + emoji + emoji;
    const PaymentQrPayload payload =
        PaymentQrPayload::create(payee, owner(), Period(2014, 9), Money::fromKopecks(100), purpose);
    QCOMPARE(valueOf(payload, u"BankName"), QString(44, u'Б') + emoji);
    QVERIFY(QString::fromUtf8(payload.toUtf8()) == payload.text());
}

void TestPaymentQrPayload::cleanValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Иванова"_s << u"Иванова"_s;
    QTest::newRow("trimmed") << u"  Иванова \t"_s << u"Иванова"_s;
    QTest::newRow("separator between words") << u"А|Б"_s << u"А Б"_s;
    QTest::newRow("separator with spaces") << u"А | Б"_s << u"А Б"_s;
    QTest::newRow("only separators") << u"|||"_s << QString();
    QTest::newRow("CRLF") << u"А\r\nБ"_s << u"А Б"_s;
    QTest::newRow("NUL") << u"А\0Б"_s << u"А Б"_s;
    QTest::newRow("DEL and C1") << u"А\u007F\u0085Б"_s << u"А Б"_s;
    QTest::newRow("paragraph separator") << u"А\u2029Б"_s << u"А Б"_s;
    QTest::newRow("no-break space kept as a space") << u"1\u00A0234"_s << u"1 234"_s;
    QTest::newRow("equals sign kept") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("quotes kept") << u"ООО \"УК\" «Дом»"_s << u"ООО \"УК\" «Дом»"_s;
}

void TestPaymentQrPayload::cleanValue()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PaymentQrPayload::cleanValue(input), expected);
}

void TestPaymentQrPayload::unusableDetailsAreRefused_data()
{
    QTest::addColumn<Organization>("payee");
    QTest::addColumn<Error>("error");
    QTest::addColumn<Problem>("problem");

    Organization o = fund();
    o.name = u" | \n"_s;
    QTest::newRow("name only a separator") << o << Error::MissingPayeeName << Problem::None;
    o = fund();
    o.bankName.clear();
    QTest::newRow("no bank name") << o << Error::MissingBankName << Problem::None;
    o = fund();
    o.bic = u"04710265"_s;
    QTest::newRow("short BIC") << o << Error::BadBic << Problem::WrongLength;
    o = fund();
    o.bic.clear();
    QTest::newRow("no BIC") << o << Error::BadBic << Problem::Empty;
    o = fund();
    o.settlementAccount = u"40603810367000001235"_s;
    QTest::newRow("settlement account mistyped")
        << o << Error::BadSettlementAccount << Problem::BadKey;
    o = fund();
    o.settlementAccount.clear();
    QTest::newRow("takes no payments") << o << Error::BadSettlementAccount << Problem::Empty;
    o = fund();
    o.settlementAccount = u"4060 3810 3670 0000 1234"_s;
    QTest::newRow("settlement account with spaces")
        << o << Error::BadSettlementAccount << Problem::ForbiddenCharacter;
    o = fund();
    o.correspondentAccount = u"30101810800000000652"_s;
    QTest::newRow("correspondent account mistyped")
        << o << Error::BadCorrespondentAccount << Problem::BadKey;
    o = fund();
    o.inn = u"7203028148"_s;
    QTest::newRow("INN mistyped") << o << Error::BadInn << Problem::BadChecksum;
    o = fund();
    o.inn.clear();
    QTest::newRow("no INN") << o << Error::BadInn << Problem::Empty;
    o = fund();
    o.kpp = u"72030100"_s;
    QTest::newRow("short KPP") << o << Error::BadKpp << Problem::WrongLength;
    o = fund();
    o.kpp = u"7203|1001"_s;
    QTest::newRow("KPP with a separator") << o << Error::BadKpp << Problem::ForbiddenCharacter;
    // The first problem in the standard's order wins.
    o = fund();
    o.bankName.clear();
    o.inn.clear();
    QTest::newRow("bank name before INN") << o << Error::MissingBankName << Problem::None;
}

void TestPaymentQrPayload::unusableDetailsAreRefused()
{
    QFETCH(Organization, payee);
    QFETCH(Error, error);
    QFETCH(Problem, problem);
    const PaymentQrPayload payload = PaymentQrPayload::create(payee, owner(), Period(2014, 9),
                                                              Money::fromKopecks(123456), purpose);
    QVERIFY(!payload.isValid());
    QCOMPARE(payload.error(), error);
    QCOMPARE(payload.problem(), problem);
    QVERIFY(payload.text().isEmpty());
    QVERIFY(payload.toUtf8().isEmpty());
    QVERIFY(!payload.errorText().isEmpty());
    QVERIFY(payload.errorText().startsWith(PaymentQrPayload::errorText(error)));
}

void TestPaymentQrPayload::sumTooLarge()
{
    const qint64 largest = 999'999'999'999'999'999; // 18 digits
    const PaymentQrPayload fits = PaymentQrPayload::create(fund(), owner(), Period(2014, 9),
                                                           Money::fromKopecks(largest), purpose);
    QVERIFY(fits.isValid());
    QCOMPARE(valueOf(fits, u"Sum"), u"999999999999999999"_s);
    const PaymentQrPayload tooLarge = PaymentQrPayload::create(
        fund(), owner(), Period(2014, 9), Money::fromKopecks(largest + 1), purpose);
    QCOMPARE(tooLarge.error(), Error::SumTooLarge);
    QVERIFY(tooLarge.text().isEmpty());
}

void TestPaymentQrPayload::errorTexts()
{
    QVERIFY(PaymentQrPayload::errorText(Error::None).isEmpty());
    QSet<QString> texts;
    for (const Error error : {Error::MissingPayeeName, Error::MissingBankName, Error::BadBic,
                              Error::BadSettlementAccount, Error::BadCorrespondentAccount,
                              Error::BadInn, Error::BadKpp, Error::SumTooLarge}) {
        const QString text = PaymentQrPayload::errorText(error);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 8);

    Organization payee = fund();
    payee.inn = u"7203028148"_s;
    const PaymentQrPayload payload =
        PaymentQrPayload::create(payee, owner(), Period(2014, 9), Money::fromKopecks(100), purpose);
    // The sentence names the field and then what is wrong with it.
    QCOMPARE(payload.errorText(),
             PaymentQrPayload::errorText(Error::BadInn) + u' '
                 + PaymentDetailsRules::problemText(Problem::BadChecksum));
}

QTEST_GUILESS_MAIN(TestPaymentQrPayload)
#include "tst_paymentqrpayload.moc"
