#include "StatementFileExport.h"

#include "cache/CacheReaderThread.h"
#include "charges/AccountHistory.h"
#include "printing/StatementExport.h"
#include "printing/StatementHistoriesReader.h"

StatementFileExport::StatementFileExport(Options options, QObject* parent)
    : CachedDocumentExport(parent)
    , m_options(std::move(options))
{ }

void StatementFileExport::produce()
{
    // StatementHistoriesReader reads every account for an empty number.
    const QString number =
        m_options.accountNumber == allAccounts ? QString() : m_options.accountNumber;
    reader().query(
        this,
        [number](const QSqlDatabase& database) {
            return StatementHistoriesReader::read(database, number);
        },
        [this](const QList<AccountHistory>& histories) { write(histories); });
}

void StatementFileExport::write(const QList<AccountHistory>& histories)
{
    if (histories.isEmpty()) {
        fail(ExportExitCode::NotFound,
             m_options.accountNumber == allAccounts
                 ? tr("The saved data hold no personal account.")
                 : tr("The saved data hold no personal account %1.").arg(m_options.accountNumber));
        return;
    }
    const QString error =
        StatementExport::exportTo(histories, m_options.from, m_options.to, m_options.outFile);
    if (!error.isEmpty()) {
        fail(ExportExitCode::Output, error);
        return;
    }
    succeed(m_options.outFile);
}
