#include "ReceiptExport.h"

#include "cache/CacheReaderThread.h"
#include "printing/ReceiptComposer.h"
#include "printing/ReceiptDocument.h"
#include "printing/ReceiptReader.h"

#include <cstdio>

ReceiptExport::ReceiptExport(Options options, QObject* parent)
    : CachedDocumentExport(parent)
    , m_options(std::move(options))
{ }

void ReceiptExport::produce()
{
    reader().query(
        this,
        [number = m_options.accountNumber](const QSqlDatabase& database) {
            return ReceiptReader::readByNumber(database, number);
        },
        [this](const ReceiptSource& source) { write(source); });
}

void ReceiptExport::write(const ReceiptSource& source)
{
    const ReceiptComposer::Result result = ReceiptComposer::compose(source, m_options.period);
    if (!result.receipt) {
        const ExportExitCode code = result.error == ReceiptComposer::Error::Overflow
            ? ExportExitCode::Failure
            : ExportExitCode::NotFound;
        fail(code,
             ReceiptComposer::errorText(result.error, m_options.accountNumber, m_options.period));
        return;
    }
    if (!result.receipt->paymentCodeError.isEmpty()) {
        // The figures are right; only the code is left out. Said, but not a failure.
        std::fprintf(stderr, "kabinet: %s\n", qPrintable(result.receipt->paymentCodeError));
    }
    ReceiptDocument document(*result.receipt);
    if (!document.writePdf(m_options.outFile)) {
        fail(ExportExitCode::Output, document.errorText());
        return;
    }
    succeed(m_options.outFile);
}
