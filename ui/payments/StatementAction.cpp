#include "payments/StatementAction.h"

#include "payments/StatementDialog.h"
#include "printing/FileOutputPolicy.h"
#include "printing/StatementSaver.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

StatementAction::StatementAction(CacheReaderThread* reader, QWidget* owner)
    : QObject(owner)
    , m_owner(owner)
    , m_saver(new StatementSaver(reader, this))
    , m_chooseFile([](QWidget* parent, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, tr("Save the statement"), suggested, filter);
    })
{
    connect(m_saver, &StatementSaver::finished, this, &StatementAction::onSaved);
}

bool StatementAction::isOffered()
{
    return FileOutputPolicy::allowsFiles();
}

StatementDialog* StatementAction::dialog() const
{
    return m_dialog;
}

bool StatementAction::isBusy() const
{
    return m_saver->isBusy();
}

void StatementAction::open(const Account& account, HistoryRange range, HistoryRange bounds)
{
    if (m_dialog || m_saver->isBusy() || account.id == 0 || !isOffered())
        return;
    auto* dialog = new StatementDialog(account, range, bounds, m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString number = account.number;
    connect(dialog, &QDialog::accepted, this, [this, number] { save(number); });
    m_dialog = dialog;
    dialog->open();
}

void StatementAction::save(const QString& accountNumber)
{
    if (!m_dialog)
        return;
    const QString number = m_dialog->allAccounts() ? QString() : accountNumber;
    const HistoryRange chosen = m_dialog->range();
    const QString suggested = QDir::home().filePath(m_dialog->suggestedFileName());
    const QString filter = m_dialog->fileFilter();
    const StatementFile::Format format = m_dialog->format();
    m_dialog.clear(); // closed, and deletes itself
    QString path = m_chooseFile(m_owner, suggested, filter);
    if (path.isEmpty())
        return;
    // A name typed without its suffix gets the one of the format chosen.
    if (!StatementFile::formatFor(path))
        path +=
            format == StatementFile::Format::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    emit busyChanged(true);
    emit statusChanged(tr("Saving the statement…"));
    m_saver->save(number, chosen.from, chosen.to, path);
}

void StatementAction::onSaved(const QString& path, const QString& error)
{
    emit busyChanged(false);
    if (error.isEmpty()) {
        emit statusChanged(tr("The statement is saved to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit statusChanged(error);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Statement"),
                                tr("The statement was not saved."), QMessageBox::Ok, m_owner);
    box->setObjectName(QStringLiteral("statementError"));
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
