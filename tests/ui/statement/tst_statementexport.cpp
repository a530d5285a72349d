// Statements of the demo data as the command line and «Выписка…» make them (StatementExport on
// the histories StatementHistoriesReader reads from a real cache synced by the real engine),
// checked against the real kabinet-portal's own /movement and /payments answers asked for
// independently over HTTPS: the PDF read back by pdftotext, the CSV by the test's own reader;
// the first page of the PDF drawn by pdftoppm, to be looked at; and a file that cannot be
// written gives a sentence that says which and why.

#include "HistoryRig.h"
#include "StatementCsvReader.h"
#include "StatementTestKit.h"
#include "printing/StatementExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace StatementTestKit;

namespace {

qint64 kopecks(const QJsonObject& object, const QString& key)
{
    return object.value(key).toInteger(std::numeric_limits<qint64>::min());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first line at or after start that contains needle; -1 when none.
qsizetype lineWith(const QStringList& lines, const QString& needle, qsizetype start = 0)
{
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i;
    }
    return -1;
}

qsizetype lineEqual(const QStringList& lines, const QString& text, qsizetype start = 0)
{
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (lines.at(i) == text)
            return i;
    }
    return -1;
}

} // namespace

class tst_StatementExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thePdfShowsTheServersFigures_data();
    void thePdfShowsTheServersFigures();
    void theCsvOfAllAccountsReadsBackToTheServersFigures();
    void thePdfOfAllAccountsHasEveryAccountAndTheSum();
    void thePdfsFirstPageDraws();
    void aFileThatCannotBeWrittenSaysWhy();
    void anUnknownAccountOrSuffixIsRefused();

private:
    HistoryRig m_rig;
    QTemporaryDir m_folder;
    QList<AccountHistory> m_all;
};

void tst_StatementExport::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("KABINET_PDFTOTEXT"));
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    const std::optional<QList<AccountHistory>> all = readHistories(m_rig, QString());
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    m_all = *all;
    // A QApplication runs (QTEST_MAIN of a widgets test), so the PDF has its charts.
    QVERIFY(StatementExport::canDrawCharts());
}

void tst_StatementExport::thePdfShowsTheServersFigures_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<Period>("from");
    QTest::addColumn<Period>("to");
    QTest::newRow("two years into months not closed")
        << u"16616"_s << Period(2023, 1) << Period(2024, 12);
    QTest::newRow("one month") << u"17103"_s << Period(2019, 5) << Period(2019, 5);
    QTest::newRow("a year") << u"20341"_s << Period(2022, 1) << Period(2022, 12);
}

void tst_StatementExport::thePdfShowsTheServersFigures()
{
    QFETCH(QString, number);
    QFETCH(Period, from);
    QFETCH(Period, to);
    const std::optional<QList<AccountHistory>> histories = readHistories(m_rig, number);
    QVERIFY(histories);
    QCOMPARE(histories->size(), 1);
    const qint64 id = histories->constFirst().account.id;
    const QString path = m_folder.filePath(u"statement-%1.pdf"_s.arg(number));
    QCOMPARE(StatementExport::exportTo(*histories, from, to, path, QDate(2024, 10, 15)), QString());
    QVERIFY(readAll(path).startsWith("%PDF-"));

    const QStringList lines = simplifiedLines(pdfText(path));
    QVERIFY(!lines.isEmpty());
    QVERIFY(lineWith(lines, u"Personal account No. "_s + number) >= 0);

    // The movement, row by row, as the server counts it.
    const QJsonObject movement = m_rig.serverHistory(id, u"movement"_s, from, to);
    QVERIFY(!movement.isEmpty());
    const qint64 opening = kopecks(movement, u"openingKopecks"_s);
    const qint64 closing = kopecks(movement, u"closingKopecks"_s);
    const auto balanceWord = [](qint64 amount) {
        return amount > 0 ? u"Debt"_s : amount < 0 ? u"Overpayment"_s : u"No debt"_s;
    };
    const qsizetype openingLine = lineWith(lines, u"at the start of the period"_s);
    QVERIFY(openingLine >= 0);
    QVERIFY2(lines.at(openingLine).startsWith(balanceWord(opening)),
             qPrintable(lines.at(openingLine)));
    QVERIFY2(lines.at(openingLine).endsWith(u' ' + printed(std::abs(opening))),
             qPrintable(lines.at(openingLine)));
    const struct
    {
        QString label;
        QString key;
    } rows[] = {{u"Charged"_s, u"chargedKopecks"_s},
                {u"Recalculations"_s, u"recalculatedKopecks"_s},
                {u"Payments received"_s, u"paidKopecks"_s}};
    for (const auto& row : rows) {
        const QString expected = row.label + u' ' + printed(kopecks(movement, row.key));
        QVERIFY2(lineEqual(lines, expected, openingLine) >= 0, qPrintable(expected));
    }
    const qsizetype closingLine = lineWith(lines, u"at the end of the period"_s);
    QVERIFY(closingLine > openingLine);
    QVERIFY2(lines.at(closingLine).startsWith(balanceWord(closing)),
             qPrintable(lines.at(closingLine)));
    QVERIFY2(lines.at(closingLine).endsWith(u' ' + printed(std::abs(closing))),
             qPrintable(lines.at(closingLine)));

    // The charges' total is the server's «charged»; the payments are the server's, one by one,
    // and their total its «paid».
    const qsizetype charges = lineEqual(lines, u"Charges by period"_s);
    const qsizetype payments = lineEqual(lines, u"Payments"_s);
    QVERIFY(charges > closingLine);
    QVERIFY(payments > charges);
    const qint64 charged = kopecks(movement, u"chargedKopecks"_s);
    if (charged != 0) {
        const qsizetype total = lineWith(lines, u"TOTAL"_s, charges);
        QVERIFY(total > charges && total < payments);
        QCOMPARE(lines.at(total), u"TOTAL "_s + printed(charged));
    }
    const QJsonArray paid =
        m_rig.serverHistory(id, u"payments"_s, from, to).value(u"items"_s).toArray();
    qsizetype at = payments;
    for (const QJsonValue& item : paid) {
        const QJsonObject payment = item.toObject();
        const QString date = QDate::fromString(payment.value(u"date"_s).toString(), Qt::ISODate)
                                 .toString(u"dd.MM.yyyy"_s);
        const QString expected = date + u' ' + printed(kopecks(payment, u"amountKopecks"_s));
        at = lineWith(lines, expected, at + 1);
        QVERIFY2(at > payments, qPrintable(expected));
    }
    if (paid.isEmpty()) {
        QVERIFY(lineWith(lines, u"No payments in the chosen periods."_s, payments) > payments);
    } else {
        QCOMPARE(lines.at(lineWith(lines, u"TOTAL"_s, at)),
                 u"TOTAL "_s + printed(kopecks(movement, u"paidKopecks"_s)));
    }
}

void tst_StatementExport::theCsvOfAllAccountsReadsBackToTheServersFigures()
{
    const Period from(2020, 3);
    const Period to(2024, 12);
    const QString path = m_folder.filePath(u"all.csv"_s);
    QCOMPARE(StatementExport::exportTo(m_all, from, to, path, QDate(2024, 10, 15)), QString());
    const QByteArray bytes = readAll(path);
    StatementCsvReader reader;
    QVERIFY2(reader.read(bytes), "no BOM, or not UTF-8");

    const QList<QStringList> movement = reader.table(u"Движение средств"_s);
    QCOMPARE(movement.size(), 1 + 3 + 1);
    const QList<QStringList> operations = reader.table(u"Операции"_s);
    qint64 sums[5] = {};
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const Account& account = m_all.at(i).account;
        const QStringList row = movement.at(1 + i);
        QCOMPARE(row.at(0), account.number);
        // Cyrillic intact, as the server has it.
        QCOMPARE(row.at(1), account.address);
        QVERIFY(row.at(1).contains(u"ул."_s) || row.at(1).contains(u"г."_s));
        const QJsonObject server = m_rig.serverHistory(account.id, u"movement"_s, from, to);
        const QString keys[] = {u"openingKopecks"_s, u"chargedKopecks"_s, u"recalculatedKopecks"_s,
                                u"paidKopecks"_s, u"closingKopecks"_s};
        for (int k = 0; k < 5; ++k) {
            QCOMPARE(StatementCsvReader::kopecks(row.at(3 + k)), kopecks(server, keys[k]));
            sums[k] += kopecks(server, keys[k]);
        }

        // The operations behind the figures add up to them, and the payments are the server's.
        qint64 charged = 0;
        qint64 recalculated = 0;
        QList<QPair<QString, qint64>> payments;
        for (const QStringList& operation : operations) {
            if (operation.at(0) != account.number)
                continue;
            const std::optional<qint64> amount = StatementCsvReader::kopecks(operation.at(5));
            QVERIFY2(amount, qPrintable(operation.join(u'|')));
            if (operation.at(3) == u"Начисление"_s)
                charged += *amount;
            else if (operation.at(3) == u"Перерасчёт"_s)
                recalculated += *amount;
            else if (operation.at(3) == u"Оплата"_s)
                payments.append({operation.at(2), *amount});
            else
                QFAIL(qPrintable(operation.join(u'|')));
        }
        QCOMPARE(charged, kopecks(server, u"chargedKopecks"_s));
        QCOMPARE(recalculated, kopecks(server, u"recalculatedKopecks"_s));
        const QJsonArray paid =
            m_rig.serverHistory(account.id, u"payments"_s, from, to).value(u"items"_s).toArray();
        QCOMPARE(payments.size(), paid.size());
        QVERIFY(!payments.isEmpty());
        for (qsizetype p = 0; p < paid.size(); ++p) {
            const QJsonObject expected = paid.at(p).toObject();
            QCOMPARE(payments.at(p).first,
                     QDate::fromString(expected.value(u"date"_s).toString(), Qt::ISODate)
                         .toString(u"dd.MM.yyyy"_s));
            QCOMPARE(payments.at(p).second, kopecks(expected, u"amountKopecks"_s));
        }
    }
    const QStringList all = movement.at(4);
    QCOMPARE(all.at(0), u"Все счета"_s);
    for (int k = 0; k < 5; ++k)
        QCOMPARE(StatementCsvReader::kopecks(all.at(3 + k)), sums[k]);
}

void tst_StatementExport::thePdfOfAllAccountsHasEveryAccountAndTheSum()
{
    const Period from(2024, 1);
    const Period to(2024, 9);
    const QString path = m_folder.filePath(u"all.pdf"_s);
    QCOMPARE(StatementExport::exportTo(m_all, from, to, path, QDate(2024, 10, 15)), QString());
    const QStringList lines = simplifiedLines(pdfText(path));
    QVERIFY(lineWith(lines, u"Statement of all accounts"_s) >= 0);
    qint64 paid = 0;
    qsizetype at = 0;
    for (const AccountHistory& history : m_all) {
        at = lineWith(lines, u"Personal account No. "_s + history.account.number, at);
        QVERIFY2(at >= 0, qPrintable(history.account.number));
        paid += kopecks(m_rig.serverHistory(history.account.id, u"movement"_s, from, to),
                        u"paidKopecks"_s);
    }
    const qsizetype sum = lineEqual(lines, u"All accounts"_s, at);
    QVERIFY(sum > at);
    QVERIFY(lineEqual(lines, u"Payments received "_s + printed(paid), sum) > sum);
}

void tst_StatementExport::thePdfsFirstPageDraws()
{
    const std::optional<QList<AccountHistory>> histories = readHistories(m_rig, u"16616"_s);
    QVERIFY(histories);
    const QString path = m_folder.filePath(u"page.pdf"_s);
    QCOMPARE(StatementExport::exportTo(*histories, Period(2020, 1), Period(2024, 9), path,
                                       QDate(2024, 10, 15)),
             QString());
    const QImage page = pdfPage(path, 1, 80);
    QVERIFY(!page.isNull());
    qInfo("the page: %s", qPrintable(saveForViewing(page, u"statement-page1"_s)));
    const QImage second = pdfPage(path, 2, 80);
    QVERIFY(!second.isNull());
    qInfo("the next: %s", qPrintable(saveForViewing(second, u"statement-page2"_s)));
    // A4 at 80 dpi.
    QVERIFY(qAbs(page.width() - 661) <= 2);
    // The charts printed after the movement: the balance line's blue and the charged bars' red
    // (the bars on the next page when the first is full).
    int blue = 0;
    int red = 0;
    for (const QImage& image : {page, second}) {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() > 150 && c.red() < 80 && c.green() < 140)
                    ++blue;
                if (c.red() > 160 && c.green() < 80 && c.blue() < 80)
                    ++red;
            }
        }
    }
    QVERIFY2(blue > 50, qPrintable(QString::number(blue)));
    QVERIFY2(red > 50, qPrintable(QString::number(red)));
}

void tst_StatementExport::aFileThatCannotBeWrittenSaysWhy()
{
    const std::optional<QList<AccountHistory>> histories = readHistories(m_rig, u"16616"_s);
    QVERIFY(histories);
    const QString missing = m_folder.filePath(u"no-such-folder/statement.csv"_s);
    const QString error =
        StatementExport::exportTo(*histories, Period(2024, 1), Period(2024, 9), missing);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QVERIFY(!QFile::exists(missing));

    // Where a folder stands under the name (root may write anywhere else): the older folder
    // stays as it was, and the sentence names the file.
    const QString taken = m_folder.filePath(u"taken.pdf"_s);
    QVERIFY(QDir().mkpath(taken));
    const QString refused =
        StatementExport::exportTo(*histories, Period(2024, 1), Period(2024, 9), taken);
    QVERIFY2(refused.contains(QDir::toNativeSeparators(taken)), qPrintable(refused));
    QVERIFY(QFileInfo(taken).isDir());
}

void tst_StatementExport::anUnknownAccountOrSuffixIsRefused()
{
    const std::optional<QList<AccountHistory>> none = readHistories(m_rig, u"99999"_s);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    const QString path = m_folder.filePath(u"none.csv"_s);
    QVERIFY(!StatementExport::exportTo(*none, Period(2024, 1), Period(2024, 9), path).isEmpty());
    QVERIFY(!QFile::exists(path));
    const QString text = m_folder.filePath(u"statement.txt"_s);
    QVERIFY(!StatementExport::exportTo(m_all, Period(2024, 1), Period(2024, 9), text).isEmpty());
    QVERIFY(!QFile::exists(text));
    QVERIFY(!StatementExport::exportTo(m_all, Period(2024, 9), Period(2024, 1), path).isEmpty());
}

QTEST_MAIN(tst_StatementExport)
#include "tst_statementexport.moc"
