// The statement CSV as a spreadsheet program gets it: the BOM, ';' between fields, amounts with a
// decimal comma, Cyrillic intact, fields with ';', '"' and line breaks quoted, formulas defused;
// read back by the test's own reader to the figures of the statement, two accounts and their sum.

#include "StatementCsvReader.h"
#include "printing/Statement.h"
#include "printing/StatementCsv.h"
#include "printing/StatementExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_StatementCsv : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt();
    void defusesFormulas();
    void writesAmountsWithADecimalComma();
    void readsBackToTheStatementsFigures();
    // kabinet --sync and the like run with a bare QCoreApplication, as this test does.
    void withoutAGuiTheCsvIsWrittenAndThePdfRefused();
};

namespace {

ChargeLine line(qint64 account, Period period, qint64 base)
{
    ChargeLine result;
    result.accountId = account;
    result.period = period;
    result.service = u"Капитальный ремонт; взнос"_s;
    result.unit = u"кв.м."_s;
    result.baseCharge = Money::fromKopecks(base);
    result.total = result.baseCharge;
    return result;
}

AccountHistory history(qint64 id, const QString& number, qint64 monthly)
{
    AccountHistory history;
    history.account.id = id;
    history.account.number = number;
    history.account.address = u"г. Пермь, ул. Ленина, д. 1, кв. \"5\""_s;
    history.lastClosed = Period(2024, 3);
    for (int month = 1; month <= 4; ++month) // April is not closed: a stray row counts nothing
        history.lines.append(line(id, Period(2024, month), monthly));
    history.lines.prepend(line(id, Period(2023, 12), monthly));
    history.recalculations = {Recalculation {7, id, Period(2024, 2), Period(2023, 12),
                                             Money::fromKopecks(-1040), u"Площадь;\nуточнена"_s}};
    history.payments = {
        Payment {1, id, QDate(2023, 12, 20), Money::fromKopecks(50000), u"Сбербанк"_s},
        Payment {2, id, QDate(2024, 1, 31), Money::fromKopecks(123456), u"=HYPERLINK(\"x\")"_s},
        Payment {3, id, QDate(2024, 3, 1), Money::fromKopecks(5), u"Почта России"_s},
        Payment {4, id, QDate(2024, 4, 2), Money::fromKopecks(99999), u"Не закрыт"_s}};
    return history;
}

} // namespace

void tst_StatementCsv::quotesOnlyWhatNeedsIt()
{
    QCOMPARE(StatementCsv::field(u"Сбербанк"_s), u"Сбербанк"_s);
    QCOMPARE(StatementCsv::field(u"a;b"_s), u"\"a;b\""_s);
    QCOMPARE(StatementCsv::field(u"ООО \"Рога\""_s), u"\"ООО \"\"Рога\"\"\""_s);
    QCOMPARE(StatementCsv::field(u"две\r\nстроки"_s), u"\"две\r\nстроки\""_s);
    QCOMPARE(StatementCsv::field(QString()), QString());
}

void tst_StatementCsv::defusesFormulas()
{
    QCOMPARE(StatementCsv::textField(u"=1+1"_s), u"'=1+1"_s);
    QCOMPARE(StatementCsv::textField(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(StatementCsv::textField(u"-5"_s), u"'-5"_s);
    QCOMPARE(StatementCsv::textField(u"=A1;B1"_s), u"\"'=A1;B1\""_s);
    QCOMPARE(StatementCsv::textField(u"Пермь"_s), u"Пермь"_s);
}

void tst_StatementCsv::writesAmountsWithADecimalComma()
{
    QCOMPARE(StatementCsv::amount(Money::fromKopecks(123456789)), u"1234567,89"_s);
    QCOMPARE(StatementCsv::amount(Money::fromKopecks(-5)), u"-0,05"_s);
    QCOMPARE(StatementCsv::amount(Money()), u"0,00"_s);
}

void tst_StatementCsv::readsBackToTheStatementsFigures()
{
    const std::optional<Statement> statement =
        Statement::make({history(1, u"16616"_s, 1040), history(2, u"0172;3"_s, 2000)},
                        Period(2024, 1), Period(2024, 6), QDate(2024, 10, 15));
    QVERIFY(statement);
    const QByteArray bytes = StatementCsv::toCsv(*statement);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF\xEF\xBB\xBF"));
    // Cyrillic as UTF-8 bytes, not as '?' or Latin-1.
    QVERIFY(bytes.contains(u"Движение средств"_s.toUtf8()));

    StatementCsvReader reader;
    QVERIFY(reader.read(bytes));
    const QList<QStringList> movement = reader.table(u"Движение средств"_s);
    QCOMPARE(movement.size(), 4); // the header, two accounts, «Все счета»
    QCOMPARE(movement.at(0).size(), 8);
    for (const QStringList& row : movement)
        QCOMPARE(row.size(), 8);
    // The first account by hand: opening = December's charge 10,40 - 500,00 paid in December;
    // charged January..March 3 × 10,40; recalculated -10,40; paid 1 234,56 + 0,05.
    const QStringList first = movement.at(1);
    QCOMPARE(first.at(0), u"16616"_s);
    QCOMPARE(first.at(1), u"г. Пермь, ул. Ленина, д. 1, кв. \"5\""_s);
    QCOMPARE(first.at(2), u"2024-03"_s);
    QCOMPARE(StatementCsvReader::kopecks(first.at(3)), qint64(1040 - 50000));
    QCOMPARE(StatementCsvReader::kopecks(first.at(4)), qint64(3 * 1040));
    QCOMPARE(StatementCsvReader::kopecks(first.at(5)), qint64(-1040));
    QCOMPARE(StatementCsvReader::kopecks(first.at(6)), qint64(123456 + 5));
    QCOMPARE(StatementCsvReader::kopecks(first.at(7)),
             qint64(1040 - 50000 + 3 * 1040 - 1040 - 123456 - 5));
    // A number with a ';' stays one field.
    QCOMPARE(movement.at(2).at(0), u"0172;3"_s);
    QCOMPARE(StatementCsvReader::kopecks(movement.at(2).at(4)), qint64(3 * 2000));
    const QStringList all = movement.at(3);
    QCOMPARE(all.at(0), u"Все счета"_s);
    QCOMPARE(StatementCsvReader::kopecks(all.at(4)), qint64(3 * 1040 + 3 * 2000));
    QCOMPARE(StatementCsvReader::kopecks(all.at(6)), qint64(2 * (123456 + 5)));

    const QList<QStringList> operations = reader.table(u"Операции"_s);
    QCOMPARE(operations.constFirst().size(), 6);
    // Per account: three charges, one recalculation, two payments; nothing of April or December.
    QCOMPARE(operations.size(), 1 + 2 * (3 + 1 + 2));
    qint64 charged = 0;
    qint64 paid = 0;
    for (qsizetype i = 1; i < operations.size(); ++i) {
        const QStringList& row = operations.at(i);
        QCOMPARE(row.size(), 6);
        const std::optional<qint64> amount = StatementCsvReader::kopecks(row.at(5));
        QVERIFY2(amount, qPrintable(row.join(u'|')));
        if (row.at(3) == u"Начисление"_s) {
            QCOMPARE(row.at(4), u"Капитальный ремонт; взнос"_s);
            charged += *amount;
        } else if (row.at(3) == u"Оплата"_s) {
            paid += *amount;
        } else {
            QCOMPARE(row.at(3), u"Перерасчёт"_s);
            QCOMPARE(row.at(4), u"за декабрь 2023: Площадь;\nуточнена"_s);
            QCOMPARE(*amount, qint64(-1040));
        }
    }
    QCOMPARE(charged, qint64(3 * 1040 + 3 * 2000));
    QCOMPARE(paid, qint64(2 * (123456 + 5)));
    // The bank's name that looks like a formula is text in the spreadsheet.
    QVERIFY(bytes.contains("'=HYPERLINK(\"\"x\"\")"));
}

void tst_StatementCsv::withoutAGuiTheCsvIsWrittenAndThePdfRefused()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QList<AccountHistory> histories = {history(1, u"16616"_s, 1040)};
    const QString csv = folder.filePath(u"s.csv"_s);
    QCOMPARE(StatementExport::exportTo(histories, Period(2024, 1), Period(2024, 3), csv),
             QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    StatementCsvReader reader;
    QVERIFY(reader.read(file.readAll()));
    QCOMPARE(reader.table(u"Движение средств"_s).size(), 2);

    const QString pdf = folder.filePath(u"s.pdf"_s);
    QVERIFY(!StatementExport::exportTo(histories, Period(2024, 1), Period(2024, 3), pdf).isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(tst_StatementCsv)
#include "tst_statementcsv.moc"
