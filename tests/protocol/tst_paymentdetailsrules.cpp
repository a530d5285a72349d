#include "protocol/PaymentDetailsRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Problem = PaymentDetailsRules::Problem;

char* toString(const Problem& problem)
{
    static const char* const names[] = {
        "None", "Empty", "ForbiddenCharacter", "WrongLength", "BadChecksum", "BadKey", "BadBic",
    };
    return qstrdup(names[static_cast<int>(problem)]);
}

namespace {

// Real published details, so that the checks are tested against the Bank of Russia's and the tax
// service's own numbers and not only against values this test computed the same way as the code.
const QString sberbankInn = u"7707083893"_s;
const QString sberbankBic = u"044525225"_s;
const QString sberbankCorrespondent = u"30101810400000000225"_s;
const QString westSiberianSberbankBic = u"047102651"_s; // Тюмень
const QString westSiberianSberbankCorrespondent = u"30101810800000000651"_s;
// Made up, with keys computed by hand for the BICs above.
const QString fundSettlement = u"40603810367000001234"_s; // at 047102651
const QString companySettlement = u"40702810038000004567"_s; // at 044525225

// text with the digit at index replaced by replacement.
QString withDigit(const QString& text, qsizetype index, QChar replacement)
{
    QString changed = text;
    changed[index] = replacement;
    return changed;
}

} // namespace

class TestPaymentDetailsRules : public QObject
{
    Q_OBJECT

private slots:
    void inn_data();
    void inn();
    void kpp_data();
    void kpp();
    void bic_data();
    void bic();
    void settlementAccount_data();
    void settlementAccount();
    void correspondentAccount_data();
    void correspondentAccount();
    void everyMistypedAccountDigitIsCaught();
    void everyMistypedBicDigitThatCountsIsCaught();
    void problemTexts();
};

void TestPaymentDetailsRules::inn_data()
{
    QTest::addColumn<QString>("inn");
    QTest::addColumn<Problem>("expected");
    QTest::newRow("ПАО Сбербанк") << sberbankInn << Problem::None;
    QTest::newRow("ПАО «Газпром»") << u"7736050003"_s << Problem::None;
    QTest::newRow("made-up Tyumen organization") << u"7203028149"_s << Problem::None;
    QTest::newRow("entrepreneur") << u"500100732259"_s << Problem::None;
    QTest::newRow("made-up Tyumen entrepreneur") << u"720212345697"_s << Problem::None;

    QTest::newRow("last digit mistyped") << u"7707083894"_s << Problem::BadChecksum;
    QTest::newRow("two digits swapped") << u"7707038893"_s << Problem::BadChecksum;
    QTest::newRow("entrepreneur, 12th digit") << u"500100732250"_s << Problem::BadChecksum;
    QTest::newRow("entrepreneur, 11th digit") << u"500100732269"_s << Problem::BadChecksum;
    QTest::newRow("entrepreneur, a body digit") << u"500100733259"_s << Problem::BadChecksum;

    QTest::newRow("9 digits") << u"770708389"_s << Problem::WrongLength;
    QTest::newRow("11 digits") << u"77070838930"_s << Problem::WrongLength;
    QTest::newRow("13 digits") << u"5001007322591"_s << Problem::WrongLength;

    QTest::newRow("space inside") << u"7707 083893"_s << Problem::ForbiddenCharacter;
    QTest::newRow("leading space") << u" 7707083893"_s << Problem::ForbiddenCharacter;
    QTest::newRow("dash") << u"7707-083893"_s << Problem::ForbiddenCharacter;
    QTest::newRow("fullwidth digit") << u"770708389\uFF13"_s << Problem::ForbiddenCharacter;
    QTest::newRow("with its label") << u"ИНН7707083893"_s << Problem::ForbiddenCharacter;
    QTest::newRow("empty") << QString() << Problem::Empty;
}

void TestPaymentDetailsRules::inn()
{
    QFETCH(QString, inn);
    QFETCH(Problem, expected);
    QCOMPARE(PaymentDetailsRules::checkInn(inn), expected);
}

void TestPaymentDetailsRules::kpp_data()
{
    QTest::addColumn<QString>("kpp");
    QTest::addColumn<Problem>("expected");
    QTest::newRow("ПАО Сбербанк") << u"773601001"_s << Problem::None;
    QTest::newRow("Tyumen") << u"720301001"_s << Problem::None;
    QTest::newRow("letters in the reason code") << u"7736AB001"_s << Problem::None;

    QTest::newRow("lower-case letters") << u"7736ab001"_s << Problem::ForbiddenCharacter;
    QTest::newRow("Cyrillic look-alikes") << u"7736АВ001"_s << Problem::ForbiddenCharacter;
    QTest::newRow("letter in the tax office") << u"A73601001"_s << Problem::ForbiddenCharacter;
    QTest::newRow("letter in the number") << u"77360100A"_s << Problem::ForbiddenCharacter;
    QTest::newRow("space") << u"7736 01001"_s << Problem::ForbiddenCharacter;
    QTest::newRow("8 characters") << u"77360100"_s << Problem::WrongLength;
    QTest::newRow("10 characters") << u"7736010011"_s << Problem::WrongLength;
    QTest::newRow("empty") << QString() << Problem::Empty;
}

void TestPaymentDetailsRules::kpp()
{
    QFETCH(QString, kpp);
    QFETCH(Problem, expected);
    QCOMPARE(PaymentDetailsRules::checkKpp(kpp), expected);
}

void TestPaymentDetailsRules::bic_data()
{
    QTest::addColumn<QString>("bic");
    QTest::addColumn<Problem>("expected");
    QTest::newRow("ПАО Сбербанк") << sberbankBic << Problem::None;
    QTest::newRow("Тюмень") << westSiberianSberbankBic << Problem::None;
    QTest::newRow("letter O for zero") << u"04452522O"_s << Problem::ForbiddenCharacter;
    QTest::newRow("grouped") << u"044 525 225"_s << Problem::ForbiddenCharacter;
    QTest::newRow("leading zero lost") << u"44525225"_s << Problem::WrongLength;
    QTest::newRow("10 digits") << u"0445252250"_s << Problem::WrongLength;
    QTest::newRow("empty") << QString() << Problem::Empty;
}

void TestPaymentDetailsRules::bic()
{
    QFETCH(QString, bic);
    QFETCH(Problem, expected);
    QCOMPARE(PaymentDetailsRules::checkBic(bic), expected);
}

void TestPaymentDetailsRules::settlementAccount_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("bic");
    QTest::addColumn<Problem>("expected");
    QTest::newRow("fund at Тюмень") << fundSettlement << westSiberianSberbankBic << Problem::None;
    QTest::newRow("company at Сбербанк") << companySettlement << sberbankBic << Problem::None;

    QTest::newRow("last digits swapped")
        << u"40603810367000001243"_s << westSiberianSberbankBic << Problem::BadKey;
    QTest::newRow("another bank's BIC") << fundSettlement << sberbankBic << Problem::BadKey;
    QTest::newRow("the bank's correspondent account")
        << sberbankCorrespondent << sberbankBic << Problem::BadKey;

    QTest::newRow("BIC missing") << fundSettlement << QString() << Problem::BadBic;
    QTest::newRow("BIC too short") << fundSettlement << u"04710265"_s << Problem::BadBic;
    QTest::newRow("19 digits") << u"4060381036700000123"_s << westSiberianSberbankBic
                               << Problem::WrongLength;
    QTest::newRow("grouped") << u"40603 810 3 67000001234"_s << westSiberianSberbankBic
                             << Problem::ForbiddenCharacter;
    // The account's own problem comes first: there is nothing to check against the BIC.
    QTest::newRow("empty") << QString() << westSiberianSberbankBic << Problem::Empty;
    QTest::newRow("empty, no BIC") << QString() << QString() << Problem::Empty;
}

void TestPaymentDetailsRules::settlementAccount()
{
    QFETCH(QString, account);
    QFETCH(QString, bic);
    QFETCH(Problem, expected);
    QCOMPARE(PaymentDetailsRules::checkSettlementAccount(account, bic), expected);
}

void TestPaymentDetailsRules::correspondentAccount_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("bic");
    QTest::addColumn<Problem>("expected");
    QTest::newRow("ПАО Сбербанк") << sberbankCorrespondent << sberbankBic << Problem::None;
    QTest::newRow("Тюмень") << westSiberianSberbankCorrespondent << westSiberianSberbankBic
                            << Problem::None;
    QTest::newRow("АО «Альфа-Банк»")
        << u"30101810200000000593"_s << u"044525593"_s << Problem::None;
    QTest::newRow("АО «Т-Банк»") << u"30101810145250000974"_s << u"044525974"_s << Problem::None;

    QTest::newRow("another bank's BIC")
        << sberbankCorrespondent << westSiberianSberbankBic << Problem::BadKey;
    QTest::newRow("last digit mistyped")
        << u"30101810400000000226"_s << sberbankBic << Problem::BadKey;
    QTest::newRow("a settlement account") << companySettlement << sberbankBic << Problem::BadKey;
    QTest::newRow("BIC with a letter")
        << sberbankCorrespondent << u"04452522O"_s << Problem::BadBic;
    QTest::newRow("21 digits") << sberbankCorrespondent + u'5' << sberbankBic
                               << Problem::WrongLength;
    QTest::newRow("empty") << QString() << sberbankBic << Problem::Empty;
}

void TestPaymentDetailsRules::correspondentAccount()
{
    QFETCH(QString, account);
    QFETCH(QString, bic);
    QFETCH(Problem, expected);
    QCOMPARE(PaymentDetailsRules::checkCorrespondentAccount(account, bic), expected);
}

void TestPaymentDetailsRules::everyMistypedAccountDigitIsCaught()
{
    // The weights 7, 1 and 3 share no factor with 10, so any one wrong digit changes the sum's
    // last digit.
    for (qsizetype i = 0; i < PaymentDetailsRules::accountLength; ++i) {
        for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
            const QString settlement = withDigit(fundSettlement, i, QChar(digit));
            const QString correspondent = withDigit(sberbankCorrespondent, i, QChar(digit));
            const Problem expectedSettlement =
                settlement == fundSettlement ? Problem::None : Problem::BadKey;
            const Problem expectedCorrespondent =
                correspondent == sberbankCorrespondent ? Problem::None : Problem::BadKey;
            QCOMPARE(
                PaymentDetailsRules::checkSettlementAccount(settlement, westSiberianSberbankBic),
                expectedSettlement);
            QCOMPARE(PaymentDetailsRules::checkCorrespondentAccount(correspondent, sberbankBic),
                     expectedCorrespondent);
        }
    }
}

void TestPaymentDetailsRules::everyMistypedBicDigitThatCountsIsCaught()
{
    // An account at a bank is keyed with the BIC's last three digits, the bank's correspondent
    // account with its 5th and 6th; the other digits of the BIC play no part.
    for (qsizetype i = 0; i < PaymentDetailsRules::bicLength; ++i) {
        for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
            const QString bic = withDigit(westSiberianSberbankBic, i, QChar(digit));
            const bool same = bic == westSiberianSberbankBic;
            QCOMPARE(PaymentDetailsRules::checkSettlementAccount(fundSettlement, bic),
                     same || i < 6 ? Problem::None : Problem::BadKey);
            QCOMPARE(PaymentDetailsRules::checkCorrespondentAccount(
                         westSiberianSberbankCorrespondent, bic),
                     same || (i != 4 && i != 5) ? Problem::None : Problem::BadKey);
        }
    }
}

void TestPaymentDetailsRules::problemTexts()
{
    QVERIFY(PaymentDetailsRules::problemText(Problem::None).isEmpty());
    QStringList texts;
    for (Problem problem : {Problem::Empty, Problem::ForbiddenCharacter, Problem::WrongLength,
                            Problem::BadChecksum, Problem::BadKey, Problem::BadBic}) {
        const QString text = PaymentDetailsRules::problemText(problem);
        QVERIFY2(!text.isEmpty(), QByteArray::number(int(problem)).constData());
        QVERIFY2(!texts.contains(text), qPrintable(text));
        texts << text;
    }
}

QTEST_GUILESS_MAIN(TestPaymentDetailsRules)
#include "tst_paymentdetailsrules.moc"
