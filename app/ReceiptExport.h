#pragma once

#include "CachedDocumentExport.h"
#include "protocol/Period.h"

#include <QString>

struct ReceiptSource;

// `kabinet --export-receipt ACCOUNT --period YYYY-MM --out FILE.pdf`: the receipt of a closed
// period of one of the remembered user's accounts, as a PDF, from the saved data alone (the same
// ReceiptComposer and ReceiptDocument as the window's «Квитанция…»). Prints the file's path.
// Fails with NotFound for an account the saved data do not hold or a period that is not closed,
// and with Output when the file cannot be written (nothing is left at its path then).
class ReceiptExport : public CachedDocumentExport
{
    Q_OBJECT

public:
    struct Options
    {
        QString accountNumber;
        Period period;
        QString outFile;
    };

    explicit ReceiptExport(Options options, QObject* parent = nullptr);

protected:
    void produce() override;

private:
    void write(const ReceiptSource& source);

    Options m_options;
};
