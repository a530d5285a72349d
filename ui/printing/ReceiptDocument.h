#pragma once

#include "printing/Receipt.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;
class QPagedPaintDevice;

// Puts a Receipt on paper: one A4 page with 10 mm margins, as a PDF file (QPdfWriter) or on any
// paged device set up with pageLayout() (a QPrinter, the print preview's).
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    explicit ReceiptDocument(Receipt receipt);

    const Receipt& receipt() const { return m_receipt; }

    // Writes the PDF; false with errorText() when the file cannot be written. The file is
    // written next to path and renamed into place, so a failure never leaves half a PDF there.
    bool writePdf(const QString& path);
    // The PDF in memory, for a window that writes it off the GUI thread (FileWriter);
    // std::nullopt when it could not be made.
    std::optional<QByteArray> toPdf() const;
    // Draws the page on device (already set up); false when painting cannot begin.
    bool print(QPagedPaintDevice& device) const;
    // Sets device to the receipt's page: A4 portrait, 10 mm margins.
    static void setUpPage(QPagedPaintDevice& device);

    // The PDF's title («Квитанция … за сентябрь 2024»), also the file name proposed for saving.
    QString title() const;
    QString suggestedFileName() const;

    QString errorText() const { return m_error; }

private:
    // The PDF onto device, open for writing.
    bool writePdfTo(QIODevice& device) const;

    Receipt m_receipt;
    QString m_error;
};
