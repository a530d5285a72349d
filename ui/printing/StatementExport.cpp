#include "printing/StatementExport.h"

#include "charts/AccountCharts.h"
#include "printing/FileWriter.h"
#include "printing/Statement.h"
#include "printing/StatementCsv.h"
#include "printing/StatementDocument.h"

#include <QApplication>
#include <QGuiApplication>

bool StatementExport::canDrawCharts()
{
    return qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr;
}

std::optional<QByteArray> StatementExport::render(const QList<AccountHistory>& histories,
                                                  Period from, Period to,
                                                  StatementFile::Format format, QDate madeOn)
{
    std::optional<Statement> statement = Statement::make(histories, from, to, madeOn);
    if (!statement)
        return std::nullopt;
    if (format == StatementFile::Format::Csv)
        return StatementCsv::toCsv(*statement);
    StatementDocument document(std::move(*statement));
    if (canDrawCharts()) {
        for (const AccountHistory& history : histories)
            document.setCharts(history.account.id, AccountCharts::images(history, from, to));
    }
    return document.toPdf();
}

QString StatementExport::exportTo(const QList<AccountHistory>& histories, Period from, Period to,
                                  const QString& path, QDate madeOn)
{
    const std::optional<StatementFile::Format> format = StatementFile::formatFor(path);
    if (!format)
        return tr("A statement is saved as .pdf or .csv.");
    // QTextDocument and QPdfWriter need fonts, which a bare QCoreApplication (kabinet --sync)
    // does not have: refuse rather than crash.
    if (*format == StatementFile::Format::Pdf
        && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return tr("A PDF statement needs the graphical application; save it as .csv instead.");
    if (histories.isEmpty())
        return tr("The saved data holds no such personal account.");
    const std::optional<QByteArray> bytes = render(histories, from, to, *format, madeOn);
    if (!bytes)
        return tr("No statement can be made for these periods.");
    return FileWriter::write(*bytes, path);
}
