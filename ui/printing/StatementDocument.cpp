#include "printing/StatementDocument.h"

#include "charges/HistoryRange.h"
#include "payments/MovementOfFundsModel.h"
#include "widgets/PeriodText.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString dateFormat = u"dd.MM.yyyy"_s;
// About the width of the tables (the text width of A4 as QTextDocument::print lays it out), in
// the document's pixels: measured on the pages pdftoppm draws (tst_statementexport).
constexpr int chartWidth = 560;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString& text, bool right = false, bool bold = false)
{
    QString inner = escaped(text);
    if (bold)
        inner = u"<b>"_s + inner + u"</b>"_s;
    return right ? u"<td align=\"right\">"_s + inner + u"</td>"_s : u"<td>"_s + inner + u"</td>"_s;
}

QString headerRow(const QStringList& titles)
{
    QString row = u"<tr>"_s;
    for (const QString& title : titles)
        row += u"<th bgcolor=\"#e8e8e8\">"_s + escaped(title) + u"</th>"_s;
    return row + u"</tr>"_s;
}

QString tableStart()
{
    return u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
}

} // namespace

StatementDocument::StatementDocument(Statement statement)
    : m_statement(std::move(statement))
{ }

void StatementDocument::setCharts(qint64 accountId, const QList<QImage>& images)
{
    m_charts.insert(accountId, images);
}

QString StatementDocument::chartUrl(qint64 accountId, qsizetype index)
{
    return u"chart://%1/%2"_s.arg(accountId).arg(index);
}

QString StatementDocument::movementHtml(const MovementOfFunds& movement, Period lastClosed) const
{
    // The page's own model words the rows, so the statement reads as «Платежи» does.
    MovementOfFundsModel model;
    model.setMovement(movement, lastClosed);
    QString html =
        tableStart()
        + headerRow(
            {model.headerData(MovementOfFundsModel::ItemColumn, Qt::Horizontal).toString(),
             model.headerData(MovementOfFundsModel::AmountColumn, Qt::Horizontal).toString()});
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool balance =
            row == MovementOfFundsModel::OpeningRow || row == MovementOfFundsModel::ClosingRow;
        html += u"<tr>"_s
            + cell(model.index(row, MovementOfFundsModel::ItemColumn).data().toString(), false,
                   balance)
            + cell(model.index(row, MovementOfFundsModel::AmountColumn).data().toString(), true,
                   balance)
            + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString StatementDocument::chargesHtml(const StatementAccount& account) const
{
    if (account.lines.isEmpty())
        return u"<p>"_s + escaped(tr("No charges in the chosen periods.")) + u"</p>"_s;
    QString html = tableStart() + headerRow({tr("Period"), tr("Service"), tr("Charged, ₽")});
    Money total;
    for (const ChargeLine& line : account.lines) {
        html += u"<tr>"_s + cell(PeriodText::text(line.period)) + cell(line.service)
            + cell(line.baseCharge.toString(), true) + u"</tr>"_s;
        total += line.baseCharge;
    }
    html += u"<tr>"_s + cell(tr("TOTAL"), false, true) + cell(QString())
        + cell(total.toString(), true, true) + u"</tr>"_s;
    return html + u"</table>"_s;
}

QString StatementDocument::recalculationsHtml(const StatementAccount& account) const
{
    if (account.recalculations.isEmpty())
        return u"<p>"_s + escaped(tr("No recalculations in the chosen periods.")) + u"</p>"_s;
    QString html = tableStart()
        + headerRow({tr("Booked in"), tr("Corrects"), tr("Reason"), tr("Amount, ₽")});
    Money total;
    for (const Recalculation& recalculation : account.recalculations) {
        html += u"<tr>"_s + cell(PeriodText::text(recalculation.appliedIn))
            + cell(PeriodText::text(recalculation.corrects)) + cell(recalculation.reason)
            + cell(recalculation.amount.toString(), true) + u"</tr>"_s;
        total += recalculation.amount;
    }
    html += u"<tr>"_s + cell(tr("TOTAL"), false, true) + cell(QString()) + cell(QString())
        + cell(total.toString(), true, true) + u"</tr>"_s;
    return html + u"</table>"_s;
}

QString StatementDocument::paymentsHtml(const StatementAccount& account) const
{
    if (account.payments.isEmpty())
        return u"<p>"_s + escaped(tr("No payments in the chosen periods.")) + u"</p>"_s;
    QString html = tableStart() + headerRow({tr("Date"), tr("Amount, ₽"), tr("Source")});
    Money total;
    for (const Payment& payment : account.payments) {
        html += u"<tr>"_s + cell(payment.date.toString(dateFormat))
            + cell(payment.amount.toString(), true) + cell(payment.source) + u"</tr>"_s;
        total += payment.amount;
    }
    html += u"<tr>"_s + cell(tr("TOTAL"), false, true) + cell(total.toString(), true, true)
        + cell(QString()) + u"</tr>"_s;
    return html + u"</table>"_s;
}

QString StatementDocument::accountHtml(const StatementAccount& account) const
{
    const Account& details = account.account;
    QString html =
        u"<h2>"_s + escaped(tr("Personal account No. %1").arg(details.number)) + u"</h2>"_s;
    html += u"<p>"_s + escaped(details.address);
    if (!details.ownerName.isEmpty())
        html += u"<br/>"_s + escaped(details.ownerName);
    html += u"</p>"_s;
    const HistoryRange range {m_statement.from, m_statement.to};
    html += u"<p><i>"_s + escaped(range.closedStateText(account.lastClosed)) + u"</i></p>"_s;

    html += u"<h3>"_s + escaped(tr("Movement of funds")) + u"</h3>"_s;
    html += movementHtml(account.movement, account.lastClosed);
    const QList<QImage> charts = m_charts.value(details.id);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        html +=
            u"<p><img src=\"%1\" width=\"%2\"/></p>"_s.arg(chartUrl(details.id, i)).arg(chartWidth);
    }
    html += u"<h3>"_s + escaped(tr("Charges by period")) + u"</h3>"_s + chargesHtml(account);
    html += u"<h3>"_s + escaped(tr("Recalculations")) + u"</h3>"_s + recalculationsHtml(account);
    html += u"<h3>"_s + escaped(tr("Payments")) + u"</h3>"_s + paymentsHtml(account);
    return html;
}

QString StatementDocument::toHtml() const
{
    QString html = u"<html><body>"_s;
    html += u"<h1>"_s
        + escaped(m_statement.accounts.size() > 1 ? tr("Statement of all accounts")
                                                  : tr("Statement of account"))
        + u"</h1>"_s;
    //: %1 and %2 are periods, e.g. "январь 2023" and "декабрь 2023"
    html += u"<p>"_s
        + escaped(tr("Periods: %1 – %2")
                      .arg(PeriodText::text(m_statement.from), PeriodText::text(m_statement.to)))
        + u"<br/>"_s
        + escaped(tr("Made on %1 from the data saved on this computer.")
                      .arg(m_statement.madeOn.toString(dateFormat)))
        + u"</p>"_s;
    for (qsizetype i = 0; i < m_statement.accounts.size(); ++i) {
        if (i > 0)
            html += u"<p style=\"page-break-before: always\"></p>"_s;
        html += accountHtml(m_statement.accounts.at(i));
    }
    if (m_statement.total) {
        html += u"<p style=\"page-break-before: always\"></p>"_s;
        html += u"<h2>"_s + escaped(tr("All accounts")) + u"</h2>"_s;
        html += u"<h3>"_s + escaped(tr("Movement of funds")) + u"</h3>"_s;
        html += movementHtml(*m_statement.total, Period());
    }
    return html + u"</body></html>"_s;
}

void StatementDocument::addImages(QTextDocument& document) const
{
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            document.addResource(QTextDocument::ImageResource, QUrl(chartUrl(it.key(), i)),
                                 it.value().at(i));
        }
    }
}

QByteArray StatementDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Statement"));
        writer.setCreator(u"Kabinet"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        addImages(document);
        document.setHtml(toHtml());
        document.print(&writer);
    } // the writer finishes the file when it goes
    return bytes;
}
