#include "printing/StatementSaver.h"

#include "cache/CacheReaderThread.h"
#include "printing/FileWriter.h"
#include "printing/StatementExport.h"
#include "printing/StatementFile.h"
#include "printing/StatementHistoriesReader.h"

StatementSaver::StatementSaver(CacheReaderThread* reader, QObject* parent)
    : QObject(parent)
    , m_reader(reader)
{
    if (m_reader) {
        // A read that fails answers with this signal instead of the query's own callback.
        connect(m_reader->reader(), &CacheReader::failed, this, [this](CacheReader::Error error) {
            if (m_busy)
                finish(m_path, CacheReader::errorText(error));
        });
    }
}

void StatementSaver::save(const QString& accountNumber, Period from, Period to, const QString& path)
{
    if (m_busy)
        return;
    if (!StatementFile::formatFor(path)) {
        emit finished(path, StatementExport::tr("A statement is saved as .pdf or .csv."));
        return;
    }
    if (!m_reader) {
        emit finished(path, tr("The saved data cannot be read."));
        return;
    }
    m_busy = true;
    m_path = path;
    m_reader->query(
        this,
        [accountNumber](const QSqlDatabase& database) {
            return StatementHistoriesReader::read(database, accountNumber);
        },
        [this, from, to, path](const QList<AccountHistory>& histories) {
            if (!m_busy || path != m_path)
                return; // answered already (a failed read)
            if (histories.isEmpty()) {
                finish(path, StatementExport::tr("The saved data holds no such personal account."));
                return;
            }
            const std::optional<QByteArray> bytes =
                StatementExport::render(histories, from, to, *StatementFile::formatFor(path));
            if (!bytes) {
                finish(path, StatementExport::tr("No statement can be made for these periods."));
                return;
            }
            FileWriter::writeInBackground(
                this, *bytes, path, [this, path](const QString& error) { finish(path, error); });
        });
}

void StatementSaver::finish(const QString& path, const QString& error)
{
    m_busy = false;
    m_path.clear();
    emit finished(path, error);
}
