#include "printing/ReceiptDialog.h"

#include "cache/CacheReaderThread.h"
#include "printing/ReceiptDocument.h"
#include "printing/ReceiptReader.h"
#include "widgets/WrappedTextFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

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
        m_periods->addItem(period.toRussianString(), period.toKey());
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
    for (QPushButton* button : {m_preview, m_print, m_save})
        button->setEnabled(receipt.has_value());
}

void ReceiptDialog::paintOn(QPrinter* printer)
{
    if (const std::optional<Receipt> current = receipt())
        ReceiptDocument(*current).print(*printer);
}

void ReceiptDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    ReceiptDocument::setUpPage(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Receipt preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReceiptDialog::paintOn);
    dialog.exec();
}

void ReceiptDialog::print()
{
    const std::optional<Receipt> current = receipt();
    if (!current)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReceiptDocument::setUpPage(printer);
    printer.setDocName(ReceiptDocument(*current).title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer);
}

void ReceiptDialog::askAndSavePdf()
{
    const std::optional<Receipt> current = receipt();
    if (!current)
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
    if (!current)
        return false;
    ReceiptDocument document(*current);
    if (!document.writePdf(path)) {
        m_message->setText(document.errorText());
        return false;
    }
    m_message->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
