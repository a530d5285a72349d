#pragma once

#include "CachedDocumentExport.h"
#include "protocol/Period.h"

#include <QList>
#include <QString>

struct AccountHistory;

// `kabinet --export-statement ACCOUNT --from YYYY-MM --to YYYY-MM --out FILE.pdf|FILE.csv`: the
// statement of one of the remembered user's accounts (or of all of them, ACCOUNT "all") over a
// range of periods, from the saved data alone, made by the same StatementExport as the window's
// «Выписка…». Prints the file's path. Fails with NotFound for an account the saved data do not
// hold, and with Output when the file cannot be made or written.
class StatementFileExport : public CachedDocumentExport
{
    Q_OBJECT

public:
    // The ACCOUNT that stands for every account.
    static constexpr QStringView allAccounts = u"all";

    struct Options
    {
        QString accountNumber;
        Period from;
        Period to;
        QString outFile;
    };

    explicit StatementFileExport(Options options, QObject* parent = nullptr);

protected:
    void produce() override;

private:
    void write(const QList<AccountHistory>& histories);

    Options m_options;
};
