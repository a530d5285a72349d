#pragma once

#include "charges/HistoryRange.h"
#include "printing/StatementFile.h"
#include "protocol/types/Account.h"

#include <QDialog>

class PeriodRangePicker;
class QComboBox;
class QRadioButton;

// «Выписка…»: what the statement is of (this account or «Все счета»), for which periods
// (starting as the page's «Период отображения») and in which format; the file is chosen after.
class StatementDialog : public QDialog
{
    Q_OBJECT

public:
    // bounds: the months the page's picker offers.
    StatementDialog(const Account& account, HistoryRange range, HistoryRange bounds,
                    QWidget* parent = nullptr);

    bool allAccounts() const;
    void setAllAccounts(bool all);
    HistoryRange range() const;
    PeriodRangePicker* rangePicker() const { return m_picker; }
    StatementFile::Format format() const;
    void setFormat(StatementFile::Format format);

    // The file name offered in the save dialog: «vypiska-16616-2023-01-2023-12.pdf».
    QString suggestedFileName() const;
    // The save dialog's filter for the chosen format.
    QString fileFilter() const;

private:
    Account m_account;
    QRadioButton* m_thisAccount = nullptr;
    QRadioButton* m_all = nullptr;
    PeriodRangePicker* m_picker = nullptr;
    QComboBox* m_format = nullptr;
};
