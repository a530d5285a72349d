#include "printing/ReceiptDialog.h"

#include "cache/CacheReaderThread.h"
#include "printing/FileOutputPolicy.h"
#include "printing/FileWriter.h"
#include "printing/ReceiptDocument.h"
#include "printing/ReceiptReader.h"
#include "widgets/PeriodText.h"
#include "widgets/WrappedTextFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>
#include <utility>

ReceiptDialog::ReceiptDialog(CacheReaderThread& reader, qint64 accountId, QWidget* parent)
    : QDialog(parent)
    , m_periods(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(tr("Receipt"));
    m_periods->setObjectName(QStringLiteral("receiptPeriod"));
    m_periods->setEnabled(false);
    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Reading the saved data…"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_print->setObjectName(QStringLiteral("receiptPrint"));
    m_save->setObjectName(QStringLiteral("receiptSave"));
    // Not offered at all where nothing may be written (KioskGuard would refuse its file dialog).
    m_save->setVisible(FileOutputPolicy::allowsFiles());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &ReceiptDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ReceiptDialog::askAndSavePdf);
    connect(m_periods, &QComboBox::currentIndexChanged, this, &ReceiptDialog::updateState);

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), m_periods);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    updateState();
    resize(460, 160);

    reader.query(
        this,
        [accountId](const QSqlDatabase& database) {
            return ReceiptReader::read(database, accountId);
        },
        [this](const ReceiptSource& source) { showSource(source); });
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

void ReceiptDialog::showSource(const ReceiptSource& source)
{
    m_source = source;
    m_loaded = true;
    setWindowTitle(tr("Receipt: account No. %1").arg(source.history.account.number));
    m_periods->clear();
    for (const Period period : ReceiptComposer::closedPeriods(source.history))
        m_periods->addItem(PeriodText::text(period), period.toKey());
    m_periods->setEnabled(m_periods->count() > 0);
    updateState();
    emit loaded();
}

QList<Period> ReceiptDialog::periods() const
{
    QList<Period> periods;
    for (int i = 0; i < m_periods->count(); ++i)
        periods.append(Period::fromKey(m_periods->itemData(i).toInt()));
    return periods;
}

Period ReceiptDialog::period() const
{
    return m_periods->currentIndex() < 0 ? Period()
                                         : Period::fromKey(m_periods->currentData().toInt());
}

void ReceiptDialog::setPeriod(Period period)
{
    m_periods->setCurrentIndex(m_periods->findData(period.toKey()));
}

std::optional<Receipt> ReceiptDialog::receipt() const
{
    if (!m_loaded)
        return std::nullopt;
    return ReceiptComposer::compose(m_source, period()).receipt;
}

void ReceiptDialog::updateState()
{
    std::optional<Receipt> receipt;
    if (m_loaded) {
        const ReceiptComposer::Result result = ReceiptComposer::compose(m_source, period());
        receipt = result.receipt;
        if (m_periods->count() == 0)
            m_message->setText(
                tr("There is no closed period yet: a receipt is made once the operator closes "
                   "one."));
        else if (!receipt)
            m_message->setText(ReceiptComposer::errorText(
                result.error, m_source.history.account.number, period()));
        else if (!receipt->paymentCodeError.isEmpty())
            m_message->setText(receipt->paymentCodeError);
        else
            m_message->setText(tr("To pay: %1 ₽").arg(receipt->toPay().toString()));
    }
    for (QPushButton* button : {m_preview, m_print})
        button->setEnabled(receipt.has_value());
    m_save->setEnabled(receipt.has_value() && !m_saving);
}

void ReceiptDialog::paintOn(QPrinter* printer)
{
    if (const std::optional<Receipt> current = receipt())
        ReceiptDocument(*current).print(*printer);
}

bool ReceiptDialog::printOn(QPrinter& printer)
{
    const std::optional<Receipt> current = receipt();
    const bool ok = current && ReceiptDocument(*current).print(printer);
    if (ok)
        m_message->setText(tr("The receipt was sent to the printer."));
    else if (current)
        m_message->setText(tr("The receipt could not be printed: no printer took it."));
    emit printed(ok);
    return ok;
}

void ReceiptDialog::preview()
{
    // Window-modal, not blocking; the preview owns its printer.
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Receipt preview"));
    ReceiptDocument::setUpPage(*dialog->printer());
    FileOutputPolicy::applyTo(*dialog);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, &ReceiptDialog::paintOn);
    dialog->open();
}

void ReceiptDialog::print()
{
    const std::optional<Receipt> current = receipt();
    if (!current)
        return;
    // Lives as long as the dialog's connection to accepted below.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    ReceiptDocument::setUpPage(*printer);
    printer->setDocName(ReceiptDocument(*current).title());
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileOutputPolicy::applyTo(*dialog);
    connect(dialog, &QDialog::accepted, this, [this, printer] { printOn(*printer); });
    dialog->open();
}

void ReceiptDialog::askAndSavePdf()
{
    const std::optional<Receipt> current = receipt();
    if (!current || !FileOutputPolicy::allowsFiles())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the receipt"),
        QDir(folder).filePath(ReceiptDocument(*current).suggestedFileName()),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool ReceiptDialog::savePdf(const QString& path)
{
    const std::optional<Receipt> current = receipt();
    if (!current || m_saving || !FileOutputPolicy::allowsFiles())
        return false;
    // Painted here (fonts and QPainter want the GUI thread), written on a pool thread.
    const std::optional<QByteArray> bytes = ReceiptDocument(*current).toPdf();
    if (!bytes) {
        m_message->setText(tr("The receipt could not be made into a PDF."));
        return false;
    }
    m_saving = true;
    updateState();
    m_message->setText(tr("Saving the receipt…"));
    FileWriter::writeInBackground(this, *bytes, path,
                                  [this, path](const QString& error) { onSaved(path, error); });
    return true;
}

void ReceiptDialog::onSaved(const QString& path, const QString& error)
{
    m_saving = false;
    updateState();
    const std::optional<int> closing = std::exchange(m_closeWhenSaved, std::nullopt);
    if (error.isEmpty()) {
        m_message->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        emit saved(path, error);
        if (closing)
            done(*closing);
        return;
    }
    // The dialog stays, with its receipt, so that it can be saved elsewhere; an older file at
    // path is as it was (FileWriter never leaves half a file).
    m_message->setText(error);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Receipt"),
                                tr("The receipt was not saved."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("receiptSaveError"));
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit saved(path, error);
}

void ReceiptDialog::done(int result)
{
    if (m_saving) {
        m_closeWhenSaved = result;
        return;
    }
    QDialog::done(result);
}
