#pragma once

#include "printing/Statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

class QTextDocument;

// A statement as a printable A4 document: for each account its details, the movement of funds
// over the range (worded as on the «Платежи» page), the charts given for it, then its charges,
// recalculations and payments; with several accounts, the sums of their movements at the end.
// Laid out by QTextDocument, so long histories break across pages and the text stays text in
// the PDF (searchable, and readable back by pdftotext).
//
// Needs a QGuiApplication (fonts), not widgets: the charts come in as images.
class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)

public:
    explicit StatementDocument(Statement statement);

    // Images printed after the account's movement of funds, one under the other, at the width
    // of the text (e.g. the balance and the yearly charts, AccountCharts::images()).
    void setCharts(qint64 accountId, const QList<QImage>& images);

    QString toHtml() const;
    // The PDF's bytes; StatementFile writes them out, and reports when that fails.
    QByteArray toPdf() const;

private:
    QString accountHtml(const StatementAccount& account) const;
    QString movementHtml(const MovementOfFunds& movement, Period lastClosed) const;
    QString chargesHtml(const StatementAccount& account) const;
    QString recalculationsHtml(const StatementAccount& account) const;
    QString paymentsHtml(const StatementAccount& account) const;
    static QString chartUrl(qint64 accountId, qsizetype index);
    void addImages(QTextDocument& document) const;

    Statement m_statement;
    QHash<qint64, QList<QImage>> m_charts;
};
