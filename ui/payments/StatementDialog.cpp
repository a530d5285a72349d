#include "payments/StatementDialog.h"

#include "widgets/PeriodRangePicker.h"
#include "widgets/WrappedTextFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

StatementDialog::StatementDialog(const Account& account, HistoryRange range, HistoryRange bounds,
                                 QWidget* parent)
    : QDialog(parent)
    , m_account(account)
    , m_thisAccount(new QRadioButton(tr("Personal account No. %1").arg(account.number), this))
    , m_all(new QRadioButton(tr("All accounts"), this))
    , m_picker(new PeriodRangePicker(this))
    , m_format(new QComboBox(this))
{
    setObjectName(u"statementDialog"_s);
    setWindowTitle(tr("Statement"));
    m_thisAccount->setObjectName(u"statementThisAccount"_s);
    m_all->setObjectName(u"statementAllAccounts"_s);
    m_thisAccount->setChecked(true);
    m_picker->setBounds(bounds.from, bounds.to);
    m_picker->setRange(range.from, range.to);
    m_format->setObjectName(u"statementFormat"_s);
    m_format->addItem(tr("PDF document"), int(StatementFile::Format::Pdf));
    m_format->addItem(tr("CSV table for spreadsheets"), int(StatementFile::Format::Csv));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* whose = new QVBoxLayout;
    whose->addWidget(m_thisAccount);
    whose->addWidget(m_all);
    auto* form = new QFormLayout;
    form->addRow(tr("Accounts:"), whose);
    form->addRow(tr("Format:"), m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_picker);
    layout->addWidget(buttons);
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

bool StatementDialog::allAccounts() const
{
    return m_all->isChecked();
}

void StatementDialog::setAllAccounts(bool all)
{
    (all ? m_all : m_thisAccount)->setChecked(true);
}

HistoryRange StatementDialog::range() const
{
    return {m_picker->from(), m_picker->to()};
}

StatementFile::Format StatementDialog::format() const
{
    return StatementFile::Format(m_format->currentData().toInt());
}

void StatementDialog::setFormat(StatementFile::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString StatementDialog::suggestedFileName() const
{
    const HistoryRange chosen = range();
    QString whose = allAccounts() ? u"all"_s : m_account.number;
    // A number is digits as a rule; anything else must not make a path of it.
    for (QChar& c : whose) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    const QString suffix = format() == StatementFile::Format::Pdf ? u"pdf"_s : u"csv"_s;
    return u"vypiska-%1-%2-%3.%4"_s.arg(whose, chosen.from.toIsoString(), chosen.to.toIsoString(),
                                        suffix);
}

QString StatementDialog::fileFilter() const
{
    return format() == StatementFile::Format::Pdf ? tr("PDF documents (*.pdf)")
                                                  : tr("CSV tables (*.csv)");
}
