#include "printing/ReceiptPainter.h"

#include "accounts/DecimalText.h"
#include "printing/QrCodeImage.h"
#include "widgets/PeriodText.h"

#include <QPainter>
#include <QStringBuilder>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x55, 0x55, 0x55);
const QColor rule(0x80, 0x80, 0x80);
const QColor band(0xea, 0xea, 0xea);

// The page area in millimetres: converts to device units and sets fonts by their size in points,
// so that text and rules scale together with the area's width.
class Sheet
{
public:
    Sheet(QPainter& painter, const QRectF& area)
        : m_painter(painter)
        , m_origin(area.topLeft())
        , m_unit(area.width() / ReceiptPainter::designWidthMm)
    { }

    QPainter& painter() { return m_painter; }

    QRectF rect(qreal x, qreal y, qreal width, qreal height) const
    {
        return QRectF(m_origin.x() + x * m_unit, m_origin.y() + y * m_unit, width * m_unit,
                      height * m_unit);
    }
    qreal toDevice(qreal mm) const { return mm * m_unit; }

    void setFont(qreal points, bool bold = false)
    {
        QFont font(u"DejaVu Sans"_s);
        font.setStyleHint(QFont::SansSerif);
        // A point is 25.4 / 72 mm.
        font.setPixelSize(qMax(1, qRound(points * 25.4 / 72.0 * m_unit)));
        font.setBold(bold);
        m_painter.setFont(font);
    }

    // Draws text wrapped into width mm at (x, y); returns its height in mm.
    qreal text(qreal x, qreal y, qreal width, const QString& text,
               int flags = Qt::AlignLeft | Qt::AlignTop, const QColor& color = ink)
    {
        const int all = flags | Qt::TextWordWrap;
        const QRectF box = rect(x, y, width, 1000);
        const QRectF used = m_painter.boundingRect(box, all, text);
        m_painter.setPen(color);
        m_painter.drawText(box, all, text);
        return used.height() / m_unit;
    }

    // The height in mm text would take wrapped into width mm.
    qreal textHeight(qreal width, const QString& text, int flags = Qt::AlignLeft)
    {
        return m_painter.boundingRect(rect(0, 0, width, 1000), flags | Qt::TextWordWrap, text)
                   .height()
            / m_unit;
    }

    void frame(qreal x, qreal y, qreal width, qreal height, qreal lineMm = 0.25)
    {
        m_painter.setPen(QPen(rule, toDevice(lineMm)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(rect(x, y, width, height));
    }

    void fill(qreal x, qreal y, qreal width, qreal height, const QColor& color)
    {
        m_painter.fillRect(rect(x, y, width, height), color);
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal lineMm = 0.25)
    {
        m_painter.setPen(QPen(rule, toDevice(lineMm)));
        m_painter.drawLine(rect(x1, y1, 0, 0).topLeft(), rect(x2, y2, 0, 0).topLeft());
    }

private:
    QPainter& m_painter;
    QPointF m_origin;
    qreal m_unit; // device units per millimetre
};

constexpr qreal pageWidth = ReceiptPainter::designWidthMm;
constexpr qreal padding = 2.5; // inside boxes
constexpr qreal bandHeight = 5.5; // a box's title band
constexpr qreal gap = 4; // between sections
constexpr qreal codeSide = 46; // the payment code with its quiet zone

QString amount(Money money)
{
    return money.toString();
}

} // namespace

ReceiptPainter::ReceiptPainter(const Receipt& receipt)
    : m_receipt(receipt)
{ }

qreal ReceiptPainter::paint(QPainter& painter, const QRectF& area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    Sheet sheet(painter, area);
    const Receipt& r = m_receipt;
    const Organization& payee = r.payee;
    qreal y = 0;

    // The title.
    sheet.setFont(13, true);
    y += sheet.text(0, y, pageWidth, tr("PAYMENT DOCUMENT"), Qt::AlignHCenter);
    sheet.setFont(10);
    y += sheet.text(
        0, y, pageWidth,
        tr("for the contribution for capital repairs for %1").arg(r.period.toRussianPhrase()),
        Qt::AlignHCenter);
    y += gap;

    // A box with a title band; returns the y of its content.
    const auto boxTitle = [&sheet](qreal top, const QString& title) {
        sheet.fill(0, top, pageWidth, bandHeight, band);
        sheet.setFont(8.5, true);
        sheet.text(padding, top + 1.1, pageWidth - 2 * padding, title.toUpper());
        return top + bandHeight + padding;
    };

    // The payee, its bank details and the payment code.
    {
        const qreal top = y;
        qreal inner = boxTitle(top, tr("Payee"));
        const qreal textWidth = pageWidth - codeSide - 3 * padding;
        sheet.setFont(10, true);
        inner += sheet.text(padding, inner, textWidth, payee.name) + 1;
        sheet.setFont(9);
        const QStringList details = {
            payee.kpp.isEmpty() ? tr("INN %1").arg(payee.inn)
                                : tr("INN %1    KPP %2").arg(payee.inn, payee.kpp),
            tr("Bank: %1").arg(payee.bankName),
            tr("BIC %1").arg(payee.bic),
            tr("Settlement account %1").arg(payee.settlementAccount),
            tr("Correspondent account %1").arg(payee.correspondentAccount),
        };
        for (const QString& detail : details)
            inner += sheet.text(padding, inner, textWidth, detail) + 0.6;
        QStringList contacts;
        if (!payee.address.isEmpty())
            contacts.append(tr("Address: %1").arg(payee.address));
        if (!payee.phones.isEmpty())
            contacts.append(tr("Phone: %1").arg(payee.phones.join(u", "_s)));
        if (!contacts.isEmpty()) {
            sheet.setFont(8);
            inner +=
                0.8 + sheet.text(padding, inner + 0.8, textWidth, contacts.join(u"; "_s), 0, muted);
        }
        sheet.setFont(9);
        inner += 1.5;
        inner += sheet.text(padding, inner, textWidth, tr("Purpose of payment: %1").arg(r.purpose));

        // The code, top right, with its caption or the reason there is none.
        const qreal codeX = pageWidth - padding - codeSide;
        const qreal codeY = top + bandHeight + padding;
        qreal codeBottom = codeY;
        const QrCodeImage code = QrCodeImage::encode(r.paymentCode.toUtf8());
        if (code.isValid()) {
            code.paint(painter, sheet.rect(codeX, codeY, codeSide, codeSide));
            sheet.setFont(7.5);
            codeBottom = codeY + codeSide
                + sheet.text(codeX, codeY + codeSide, codeSide,
                             tr("Scan the code in your bank's app to pay"), Qt::AlignHCenter,
                             muted);
        } else {
            sheet.frame(codeX, codeY, codeSide, codeSide);
            sheet.setFont(8);
            const QString why = r.paymentCodeError.isEmpty() ? QrCodeImage::errorText(code.error())
                                                             : r.paymentCodeError;
            sheet.text(codeX + 2, codeY + 2, codeSide - 4, why, Qt::AlignHCenter, muted);
            codeBottom = codeY + codeSide;
        }
        const qreal bottom = qMax(inner, codeBottom) + padding;
        sheet.frame(0, top, pageWidth, bottom - top);
        y = bottom + gap;
    }

    // The payer.
    {
        const qreal top = y;
        qreal inner = boxTitle(top, tr("Payer"));
        const qreal width = pageWidth - 2 * padding;
        sheet.setFont(10, true);
        inner += sheet.text(padding, inner, width, r.account.ownerName) + 1;
        sheet.setFont(9);
        inner += sheet.text(padding, inner, width, tr("Address: %1").arg(r.account.address)) + 0.6;
        const QStringList facts = {
            tr("Personal account No. %1").arg(r.account.number),
            tr("Floor area: %1 sq. m").arg(DecimalText::hundredths(r.account.areaCentiM2)),
            tr("Ownership: %1").arg(r.account.ownershipType),
        };
        inner += sheet.text(padding, inner, width, facts.join(u"    "_s));
        const qreal bottom = inner + padding;
        sheet.frame(0, top, pageWidth, bottom - top);
        y = bottom + gap;
    }

    // The charges of the period.
    {
        sheet.setFont(10, true);
        y +=
            sheet.text(0, y, pageWidth, tr("Charges for %1").arg(r.period.toRussianPhrase())) + 1.5;
        struct Column
        {
            qreal width;
            QString title;
            int align;
        };
        const int right = Qt::AlignRight | Qt::AlignVCenter;
        const std::array<Column, 7> columns = {{
            {47, tr("Service"), Qt::AlignLeft | Qt::AlignVCenter},
            {15, tr("Unit"), Qt::AlignHCenter | Qt::AlignVCenter},
            {20, tr("Quantity"), right},
            {26, tr("Contribution rate, ₽"), right},
            {25, tr("Charged, ₽"), right},
            {31, tr("Recalculation, ₽"), right},
            {26, tr("Total, ₽"), right},
        }};
        const auto row = [&](qreal top, const std::array<QString, 7>& cells, bool header,
                             bool bold) {
            sheet.setFont(header ? 8 : 9, bold || header);
            qreal height = 0;
            for (std::size_t i = 0; i < columns.size(); ++i)
                height = qMax(height, sheet.textHeight(columns[i].width - 2 * 1.5, cells[i]));
            height += 2.4;
            if (header)
                sheet.fill(0, top, pageWidth, height, band);
            qreal x = 0;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const QRectF cell = sheet.rect(x + 1.5, top, columns[i].width - 3, height);
                painter.setPen(ink);
                painter.drawText(cell, columns[i].align | Qt::TextWordWrap, cells[i]);
                sheet.frame(x, top, columns[i].width, height, 0.2);
                x += columns[i].width;
            }
            return height;
        };
        std::array<QString, 7> titles;
        for (std::size_t i = 0; i < columns.size(); ++i)
            titles[i] = columns[i].title;
        y += row(y, titles, true, true);
        Money base;
        Money recalculation;
        Money total;
        for (const ChargeLine& line : r.lines) {
            y += row(y,
                     {line.service, line.unit, DecimalText::hundredths(line.quantityHundredths),
                      amount(line.tariff), amount(line.baseCharge), amount(line.recalculation),
                      amount(line.total)},
                     false, false);
            base += line.baseCharge;
            recalculation += line.recalculation;
            total += line.total;
        }
        if (r.lines.isEmpty()) {
            y += row(y, {tr("No charges in this period"), {}, {}, {}, {}, {}, {}}, false, false);
        }
        y += row(y, {tr("TOTAL"), {}, {}, {}, amount(base), amount(recalculation), amount(total)},
                 false, true);
        y += gap;
    }

    // The recalculations booked in the period, with their reasons.
    if (!r.recalculations.isEmpty()) {
        sheet.setFont(10, true);
        y += sheet.text(0, y, pageWidth, tr("Recalculations")) + 1.5;
        for (const Recalculation& recalculation : r.recalculations) {
            sheet.setFont(9);
            const QString what =
                tr("For %1: %2")
                    .arg(PeriodText::text(recalculation.corrects), recalculation.reason);
            const qreal height = sheet.text(0, y, pageWidth - 40, what);
            sheet.text(pageWidth - 40, y, 40, amount(recalculation.amount), Qt::AlignRight);
            y += height + 0.8;
        }
        y += gap - 0.8;
    }

    // The settlement for the period.
    {
        const qreal top = y;
        qreal inner = boxTitle(top, tr("Settlement for %1").arg(PeriodText::text(r.period)));
        const MovementOfFunds& m = r.movement;
        const qreal labelWidth = pageWidth - 2 * padding - 45;
        const auto line = [&](const QString& label, Money value, qreal points, bool bold) {
            sheet.setFont(points, bold);
            const qreal height = sheet.text(padding, inner, labelWidth, label);
            sheet.text(pageWidth - padding - 45, inner, 45, amount(value), Qt::AlignRight);
            inner += height + 0.8;
        };
        const QString opening = m.opening.isPositive() ? tr("Debt at the start of the period")
            : m.opening.isNegative() ? tr("Overpayment at the start of the period")
                                     : tr("No debt at the start of the period");
        line(opening, m.opening.isNegative() ? -m.opening : m.opening, 9.5, false);
        line(tr("Charged for the period"), m.charged, 9.5, false);
        line(tr("Recalculations"), m.recalculated, 9.5, false);
        line(tr("Payments received in the period"), m.paid, 9.5, false);
        if (m.closing.isNegative())
            line(tr("Overpayment at the end of the period"), -m.closing, 9.5, false);
        sheet.line(padding, inner + 0.4, pageWidth - padding, inner + 0.4, 0.3);
        inner += 1.6;
        line(tr("TOTAL TO PAY, ₽"), r.toPay(), 12, true);
        const qreal bottom = inner + padding - 0.8;
        sheet.frame(0, top, pageWidth, bottom - top, 0.4);
        y = bottom + gap;
    }

    sheet.setFont(7.5);
    y += sheet.text(0, y, pageWidth,
                    tr("Pay by the code in your bank's app or with this document at a bank "
                       "office. Payments received after the end of the period count in the next "
                       "one. Made by Kabinet from the operator's data saved on this computer."),
                    Qt::AlignLeft, muted);
    painter.restore();
    return sheet.toDevice(y);
}
