#include "printing/ReceiptDocument.h"

#include "printing/ReceiptPainter.h"
#include "widgets/PeriodText.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

ReceiptDocument::ReceiptDocument(Receipt receipt)
    : m_receipt(std::move(receipt))
{ }

void ReceiptDocument::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
}

bool ReceiptDocument::print(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    ReceiptPainter(m_receipt).paint(painter, QRectF(QPointF(0, 0), area.size()));
    return painter.end();
}

bool ReceiptDocument::writePdf(const QString& path)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writePdfTo(file)) {
        file.cancelWriting();
        m_error = tr("Cannot write %1: the PDF could not be made.").arg(path);
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> ReceiptDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writePdfTo(buffer))
        return std::nullopt;
    buffer.close();
    return bytes;
}

bool ReceiptDocument::writePdfTo(QIODevice& device) const
{
    // Finished (the trailer written) when the writer goes.
    QPdfWriter writer(&device);
    writer.setResolution(600);
    writer.setTitle(title());
    writer.setCreator(u"Kabinet"_s);
    setUpPage(writer);
    return print(writer);
}

QString ReceiptDocument::title() const
{
    return tr("Receipt %1 for %2")
        .arg(m_receipt.account.number, PeriodText::text(m_receipt.period));
}

QString ReceiptDocument::suggestedFileName() const
{
    return tr("receipt-%1-%2.pdf").arg(m_receipt.account.number, m_receipt.period.toIsoString());
}
