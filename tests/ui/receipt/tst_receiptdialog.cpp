#include "DemoCacheRig.h"
#include "PdfTools.h"
#include "accounts/AccountCardPage.h"
#include "io/FileIoPool.h"
#include "printing/FileOutputPolicy.h"
#include "printing/ReceiptDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 30000;

qint64 kopecks(const QJsonObject& object, const QString& key)
{
    return qint64(object.value(key).toDouble());
}

const QStringList months = {u"январь"_s,   u"февраль"_s, u"март"_s,   u"апрель"_s,
                            u"май"_s,      u"июнь"_s,    u"июль"_s,   u"август"_s,
                            u"сентябрь"_s, u"октябрь"_s, u"ноябрь"_s, u"декабрь"_s};

// What a print dialog offers to print on ("Print to File (PDF)" among them when it may).
QStringList printers(const QPrintDialog* dialog)
{
    QStringList names;
    if (const auto* combo = dialog->findChild<QComboBox*>(u"printers"_s)) {
        for (int i = 0; i < combo->count(); ++i)
            names.append(combo->itemText(i));
    }
    return names;
}

bool offersFile(const QPrintDialog* dialog)
{
    const QStringList names = printers(dialog);
    return dialog->testOption(QAbstractPrintDialog::PrintToFile)
        || std::any_of(names.begin(), names.end(),
                       [](const QString& name) { return name.contains(u"File"_s); });
}

// The «Print» of an open print preview, run to its print dialog; what that dialog offered.
struct PreviewPrint
{
    bool opened = false;
    bool offeredFile = true;
};

PreviewPrint printFromPreview(QPrintPreviewDialog* preview)
{
    PreviewPrint seen;
    QAction* print = nullptr;
    for (QAction* action : preview->findChildren<QAction*>()) {
        if (action->text() == QPrintPreviewDialog::tr("Print"))
            print = action;
    }
    if (!print)
        return seen;
    // The preview runs its print dialog with exec(): looked at from inside that loop.
    QTimer::singleShot(0, preview, [preview, &seen] {
        if (auto* dialog = preview->findChild<QPrintDialog*>()) {
            seen.opened = dialog->isVisible();
            seen.offeredFile = offersFile(dialog);
            dialog->reject();
        }
    });
    print->trigger();
    return seen;
}

} // namespace

// «Квитанция…» on the real cache of the demo user, synced from the real kabinet-portal: each
// receipt's figures and payment code are checked against what the server itself answers (its
// account cards, organizations, charges and movement of funds), read over HTTPS by the test.
class TestReceiptDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theCardsButtonAsksForTheReceipt();
    void offersTheClosedPeriodsLatestFirst();
    void eachReceiptAgreesWithTheServer_data();
    void eachReceiptAgreesWithTheServer();
    void theDesktopSavesAndPrintsToFiles();
    void noFileOutputWhereFilesAreNotAllowed();
    void savingWritesOffTheWindowAndWaitsToClose();
    void aFailedSaveSaysWhyAndKeepsTheReceipt();

private:
    // savePdf() to its end: the error, empty when written; "not started" when it did not start.
    static QString save(ReceiptDialog& dialog, const QString& path);
    // The account's id in the cache by its number.
    qint64 accountId(const QString& number);
    // A dialog of the account, its cache read.
    std::unique_ptr<ReceiptDialog> openDialog(qint64 accountId);
    // The GOST R 56042-2014 payload, built here from the server's JSON.
    QByteArray expectedCode(const QJsonObject& account, const QJsonObject& payee,
                            const QString& period, qint64 closing);

    DemoCacheRig m_rig;
    QTemporaryDir m_dir;
};

void TestReceiptDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
}

void TestReceiptDialog::cleanup()
{
    FileOutputPolicy::setAllowsFiles(true);
}

QString TestReceiptDialog::save(ReceiptDialog& dialog, const QString& path)
{
    QSignalSpy saved(&dialog, &ReceiptDialog::saved);
    if (!dialog.savePdf(path))
        return u"not started"_s;
    if (saved.isEmpty() && !saved.wait(waitMs))
        return u"not finished"_s;
    if (saved.at(0).at(0).toString() != path)
        return u"another path"_s;
    return saved.at(0).at(1).toString();
}

qint64 TestReceiptDialog::accountId(const QString& number)
{
    for (const QJsonValue& item : m_rig.serverItems(u"/api/v1/accounts"_s)) {
        if (item.toObject().value(u"number"_s).toString() == number)
            return item.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

std::unique_ptr<ReceiptDialog> TestReceiptDialog::openDialog(qint64 accountId)
{
    auto dialog = std::make_unique<ReceiptDialog>(m_rig.reader(), accountId);
    QSignalSpy loaded(dialog.get(), &ReceiptDialog::loaded);
    dialog->show();
    if (!loaded.wait(waitMs))
        return nullptr;
    return dialog;
}

QByteArray TestReceiptDialog::expectedCode(const QJsonObject& account, const QJsonObject& payee,
                                           const QString& period, qint64 closing)
{
    const QStringList name = account.value(u"ownerName"_s).toString().split(u' ');
    const QString number = account.value(u"number"_s).toString();
    const int year = period.left(4).toInt();
    const int month = period.mid(5, 2).toInt();
    QString code = u"ST00012"_s;
    const auto add = [&code](const QString& key, const QString& value) {
        code += u'|' + key + u'=' + value;
    };
    add(u"Name"_s, payee.value(u"name"_s).toString());
    add(u"PersonalAcc"_s, payee.value(u"settlementAccount"_s).toString());
    add(u"BankName"_s, payee.value(u"bankName"_s).toString());
    add(u"BIC"_s, payee.value(u"bic"_s).toString());
    add(u"CorrespAcc"_s, payee.value(u"correspondentAccount"_s).toString());
    add(u"PayeeINN"_s, payee.value(u"inn"_s).toString());
    add(u"KPP"_s, payee.value(u"kpp"_s).toString());
    if (closing > 0)
        add(u"Sum"_s, QString::number(closing));
    add(u"Purpose"_s,
        u"Взнос на капитальный ремонт за %1 %2, л/с %3"_s.arg(months.at(month - 1))
            .arg(year)
            .arg(number));
    add(u"PersAcc"_s, number);
    add(u"LastName"_s, name.value(0));
    add(u"FirstName"_s, name.value(1));
    add(u"MiddleName"_s, name.value(2));
    add(u"PayerAddress"_s, account.value(u"address"_s).toString());
    add(u"PaymPeriod"_s, period.mid(5, 2) + period.left(4));
    add(u"TechCode"_s, u"02"_s);
    return code.toUtf8();
}

void TestReceiptDialog::theCardsButtonAsksForTheReceipt()
{
    AccountCardPage page;
    AccountCard card;
    card.account.id = 42;
    page.setCard(card);
    QSignalSpy requested(&page, &AccountCardPage::receiptRequested);
    auto* button = page.findChild<QPushButton*>(u"receipt"_s);
    QVERIFY(button);
    button->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), 42);
}

void TestReceiptDialog::offersTheClosedPeriodsLatestFirst()
{
    const qint64 id = accountId(u"16616"_s);
    QVERIFY(id != 0);
    const std::unique_ptr<ReceiptDialog> dialog = openDialog(id);
    QVERIFY(dialog);
    const QString lastClosed = m_rig.serverObject(u"/api/v1/accounts/%1/charges"_s.arg(id))
                                   .value(u"lastClosedPeriod"_s)
                                   .toString();
    QCOMPARE(lastClosed, u"2024-09"_s);
    const QList<Period> periods = dialog->periods();
    // The demo's ten years of history.
    QCOMPARE(periods.size(), 120);
    QCOMPARE(periods.constFirst(), Period(2024, 9));
    QCOMPARE(periods.constLast(), Period(2014, 10));
    QCOMPARE(dialog->period(), Period(2024, 9));
    QVERIFY(dialog->findChild<QPushButton*>(u"receiptSave"_s)->isEnabled());
    DemoCacheRig::saveShot(dialog.get(), u"receipt-dialog"_s);
}

void TestReceiptDialog::eachReceiptAgreesWithTheServer_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("period");
    QTest::newRow("figure 6, debt") << u"16616"_s << u"2024-09"_s;
    QTest::newRow("overpayment") << u"17103"_s << u"2024-09"_s;
    QTest::newRow("figure 6, a year back") << u"16616"_s << u"2023-09"_s;
    QTest::newRow("recalculations") << u"20341"_s << QString();
}

void TestReceiptDialog::eachReceiptAgreesWithTheServer()
{
    QFETCH(QString, number);
    QFETCH(QString, period);
    const qint64 id = accountId(number);
    QVERIFY(id != 0);
    const QJsonObject account = m_rig.serverObject(u"/api/v1/accounts/%1"_s.arg(id));
    if (period.isEmpty()) {
        // The latest period in which the server booked a recalculation.
        const QJsonArray recalculations =
            m_rig.serverObject(u"/api/v1/accounts/%1/charges?from=2014-10&to=2024-09"_s.arg(id))
                .value(u"recalculations"_s)
                .toArray();
        QVERIFY(!recalculations.isEmpty());
        period = recalculations.last().toObject().value(u"appliedIn"_s).toString();
    }
    QJsonObject payee;
    for (const QJsonValue& item : m_rig.serverItems(u"/api/v1/organizations"_s)) {
        if (item.toObject().value(u"id"_s).toInteger() == account.value(u"payeeId"_s).toInteger())
            payee = item.toObject();
    }
    QVERIFY2(!payee.isEmpty(), "the account's payee is not among the organizations");
    const QString range = u"?from=%1&to=%1"_s.arg(period);
    const QJsonObject movement =
        m_rig.serverObject(u"/api/v1/accounts/%1/movement"_s.arg(id) + range);
    const QJsonObject charges =
        m_rig.serverObject(u"/api/v1/accounts/%1/charges"_s.arg(id) + range);
    QVERIFY(!movement.isEmpty() && !charges.isEmpty());

    const std::unique_ptr<ReceiptDialog> dialog = openDialog(id);
    QVERIFY(dialog);
    dialog->setPeriod(Period::fromIsoString(period));
    QCOMPARE(dialog->period(), Period::fromIsoString(period));
    const QString pdf = m_dir.filePath(u"receipt-%1-%2.pdf"_s.arg(number, period));
    QCOMPARE(save(*dialog, pdf), QString());

    const QString text = PdfTools::text(pdf);
    const qint64 opening = kopecks(movement, u"openingKopecks"_s);
    const qint64 closing = kopecks(movement, u"closingKopecks"_s);
    QStringList expected = {
        account.value(u"ownerName"_s).toString(),
        account.value(u"address"_s).toString(),
        number,
        payee.value(u"name"_s).toString(),
        payee.value(u"inn"_s).toString(),
        payee.value(u"kpp"_s).toString(),
        payee.value(u"bic"_s).toString(),
        payee.value(u"settlementAccount"_s).toString(),
        payee.value(u"correspondentAccount"_s).toString(),
        PdfTools::rubles(qAbs(opening)),
        PdfTools::rubles(kopecks(movement, u"chargedKopecks"_s)),
        PdfTools::rubles(kopecks(movement, u"recalculatedKopecks"_s)),
        PdfTools::rubles(kopecks(movement, u"paidKopecks"_s)),
        PdfTools::rubles(closing > 0 ? closing : 0),
    };
    if (closing < 0)
        expected.append(PdfTools::rubles(-closing));
    const QJsonArray lines = charges.value(u"lines"_s).toArray();
    QVERIFY(!lines.isEmpty());
    for (const QJsonValue& item : lines) {
        const QJsonObject line = item.toObject();
        expected.append(line.value(u"service"_s).toString());
        expected.append(PdfTools::rubles(kopecks(line, u"tariffKopecks"_s)));
        expected.append(PdfTools::rubles(kopecks(line, u"totalKopecks"_s)));
    }
    for (const QJsonValue& item : charges.value(u"recalculations"_s).toArray()) {
        expected.append(item.toObject().value(u"reason"_s).toString());
        expected.append(PdfTools::rubles(kopecks(item.toObject(), u"amountKopecks"_s)));
    }
    for (const QString& figure : std::as_const(expected))
        QVERIFY2(text.contains(figure), qPrintable(figure + u" is missing in:\n"_s + text));

    const QString png =
        PdfTools::render(pdf, m_dir.filePath(u"receipt-%1-%2"_s.arg(number, period)), 150);
    QVERIFY(!png.isEmpty());
    QCOMPARE(PdfTools::decodeQr(png), expectedCode(account, payee, period, closing));

    const QString shots = qEnvironmentVariable("KABINET_UI_SHOTS");
    if (!shots.isEmpty())
        PdfTools::render(pdf, QDir(shots).filePath(u"receipt-%1-%2"_s.arg(number, period)), 110);
}

void TestReceiptDialog::theDesktopSavesAndPrintsToFiles()
{
    // The counterpart of the kiosk's test below: the same probes see the files offered here.
    QVERIFY(FileOutputPolicy::allowsFiles());
    const std::unique_ptr<ReceiptDialog> dialog = openDialog(accountId(u"16616"_s));
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPushButton*>(u"receiptSave"_s)->isVisibleTo(dialog.get()));
    dialog->findChild<QPushButton*>(u"receiptPrint"_s)->click();
    auto* print = dialog->findChild<QPrintDialog*>();
    QVERIFY(print);
    QVERIFY(print->isVisible());
    QVERIFY(print->testOption(QAbstractPrintDialog::PrintToFile));
    QVERIFY2(printers(print).contains(u"Print to File (PDF)"_s),
             qPrintable(printers(print).join(u", "_s)));
    print->reject();

    dialog->findChild<QPushButton*>(u"receiptPreview"_s)->click();
    auto* preview = dialog->findChild<QPrintPreviewDialog*>();
    QVERIFY(preview);
    const PreviewPrint seen = printFromPreview(preview);
    QVERIFY(seen.opened);
    QVERIFY(seen.offeredFile);
    preview->reject();
}

void TestReceiptDialog::noFileOutputWhereFilesAreNotAllowed()
{
    FileOutputPolicy::setAllowsFiles(false);
    const std::unique_ptr<ReceiptDialog> dialog = openDialog(accountId(u"16616"_s));
    QVERIFY(dialog);
    QVERIFY(dialog->receipt());
    // No «Save as PDF…», and nothing saved when asked anyway.
    auto* save = dialog->findChild<QPushButton*>(u"receiptSave"_s);
    QVERIFY(!save->isVisibleTo(dialog.get()));
    DemoCacheRig::saveShot(dialog.get(), u"receipt-dialog-no-files"_s);
    const QString pdf = m_dir.filePath(u"kiosk.pdf"_s);
    QVERIFY(!dialog->savePdf(pdf));
    QVERIFY(!QFileInfo::exists(pdf));
    // Printing stays, without «Print to file».
    auto* printButton = dialog->findChild<QPushButton*>(u"receiptPrint"_s);
    QVERIFY(printButton->isVisibleTo(dialog.get()));
    QVERIFY(printButton->isEnabled());
    printButton->click();
    auto* print = dialog->findChild<QPrintDialog*>();
    QVERIFY(print);
    QVERIFY(print->isVisible());
    QVERIFY2(!offersFile(print), qPrintable(printers(print).join(u", "_s)));
    print->reject();
    // And so does the print dialog the preview opens by itself.
    dialog->findChild<QPushButton*>(u"receiptPreview"_s)->click();
    auto* preview = dialog->findChild<QPrintPreviewDialog*>();
    QVERIFY(preview);
    const PreviewPrint seen = printFromPreview(preview);
    QVERIFY(seen.opened);
    QVERIFY(!seen.offeredFile);
    preview->reject();
}

void TestReceiptDialog::savingWritesOffTheWindowAndWaitsToClose()
{
    const std::unique_ptr<ReceiptDialog> dialog = openDialog(accountId(u"16616"_s));
    QVERIFY(dialog);
    // The file pool's only thread held up: a write made on the GUI thread would be there at once.
    QThreadPool* pool = FileIoPool::instance();
    const int threads = pool->maxThreadCount();
    pool->waitForDone();
    pool->setMaxThreadCount(1);
    QSemaphore release;
    pool->start([&release] { release.acquire(); });
    const QString pdf = m_dir.filePath(u"in-background.pdf"_s);
    QSignalSpy saved(dialog.get(), &ReceiptDialog::saved);
    QVERIFY(dialog->savePdf(pdf));
    QVERIFY(dialog->isSaving());
    QVERIFY(!dialog->findChild<QPushButton*>(u"receiptSave"_s)->isEnabled());
    QVERIFY(!dialog->savePdf(m_dir.filePath(u"second.pdf"_s)));
    QTest::qWait(200);
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(saved.count(), 0);
    // Closing now waits for the save, so that its outcome is seen.
    dialog->reject();
    QVERIFY(dialog->isVisible());
    release.release();
    QVERIFY(saved.wait(waitMs));
    pool->waitForDone();
    pool->setMaxThreadCount(threads);
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"second.pdf"_s)));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(PdfTools::text(pdf).contains(u"16616"_s));
}

void TestReceiptDialog::aFailedSaveSaysWhyAndKeepsTheReceipt()
{
    const std::unique_ptr<ReceiptDialog> dialog = openDialog(accountId(u"16616"_s));
    QVERIFY(dialog);
    const QString pdf = m_dir.filePath(u"no-such-folder/receipt.pdf"_s);
    const QString error = save(*dialog, pdf);
    QVERIFY2(error.contains(QDir::toNativeSeparators(pdf)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(dialog->findChild<QLabel*>(u"receiptMessage"_s)->text(), error);
    QTRY_VERIFY(dialog->findChild<QMessageBox*>(u"receiptSaveError"_s));
    auto* box = dialog->findChild<QMessageBox*>(u"receiptSaveError"_s);
    QVERIFY(box->isVisible());
    QCOMPARE(box->informativeText(), error);
    box->accept();
    // Still there, ready to be saved elsewhere.
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->receipt());
    QVERIFY(dialog->findChild<QPushButton*>(u"receiptSave"_s)->isEnabled());
    const QString elsewhere = m_dir.filePath(u"elsewhere.pdf"_s);
    QCOMPARE(save(*dialog, elsewhere), QString());
    QVERIFY(QFileInfo(elsewhere).size() > 0);
}

QTEST_MAIN(TestReceiptDialog)
#include "tst_receiptdialog.moc"
