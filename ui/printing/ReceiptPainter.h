#pragma once

#include "printing/Receipt.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

// Draws a Receipt the way Russian housing payment documents are laid out: the payee with its
// bank details and the payment code beside them, the payer, the period's charges with their
// recalculations, and the settlement (debt or overpayment at the start, charged, paid, to pay).
//
// The same drawing goes to a PDF (QPdfWriter), a printer and the print preview: everything,
// fonts included, is measured in millimetres of a 190 mm wide page area (A4 less 10 mm margins)
// and scaled to the width given, so the page looks the same whatever the device's resolution.
class ReceiptPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPainter)

public:
    static constexpr qreal designWidthMm = 190;

    explicit ReceiptPainter(const Receipt& receipt);

    // Draws the receipt from the top of area (device coordinates), as wide as area; returns the
    // height used, in device units. Leaves the painter's state as it found it.
    qreal paint(QPainter& painter, const QRectF& area) const;

private:
    const Receipt& m_receipt;
};
