#include "printing/FileOutputPolicy.h"

#include <QChildEvent>
#include <QEvent>
#include <QPrintDialog>
#include <QPrintPreviewDialog>

#include <atomic>

namespace {

std::atomic<bool> filesAllowed {true};

// Watches a print preview's children for the print dialog it makes when «Print» is pressed.
class PreviewPrintDialogWatcher : public QObject
{
public:
    explicit PreviewPrintDialogWatcher(QPrintPreviewDialog& preview)
        : QObject(&preview)
    {
        preview.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            // Still being made: only its Show tells what it is.
            if (QObject* child = static_cast<QChildEvent*>(event)->child(); child != this)
                child->installEventFilter(this);
        } else if (event->type() == QEvent::Show) {
            if (auto* dialog = qobject_cast<QPrintDialog*>(watched))
                FileOutputPolicy::applyTo(*dialog);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

bool FileOutputPolicy::allowsFiles()
{
    return filesAllowed.load();
}

void FileOutputPolicy::setAllowsFiles(bool allowed)
{
    filesAllowed.store(allowed);
}

void FileOutputPolicy::applyTo(QPrintDialog& dialog)
{
    const bool allowed = allowsFiles();
    if (dialog.testOption(QAbstractPrintDialog::PrintToFile) == allowed)
        return;
    dialog.setOption(QAbstractPrintDialog::PrintToFile, allowed);
    // QPrintDialog builds its list of printers (with or without «Print to File (PDF)») from its
    // options in setVisible(true); shown already (or being shown: its Show event), it does so
    // again and stays shown.
    if (!dialog.isHidden())
        dialog.setVisible(true);
}

void FileOutputPolicy::applyTo(QPrintPreviewDialog& preview)
{
    new PreviewPrintDialogWatcher(preview);
}
