#pragma once

class QPrintDialog;
class QPrintPreviewDialog;

// Whether the window may write what it shows to files the user picks: «Сохранить в PDF» and any
// other action that opens a file dialog, and a print dialog's «Print to file». Off on a kiosk
// (docs/kiosk.md), where nothing of a session may stay on the machine: such actions are hidden
// there, and a print dialog is opened with
//
//     dialog.setOption(QAbstractPrintDialog::PrintToFile, FileOutputPolicy::allowsFiles());
//
// (applyTo() does that). Printing on a printer stays. (KioskGuard also refuses any file dialog
// that opens anyway, and applies the policy to any print dialog that shows.)
class FileOutputPolicy
{
public:
    static bool allowsFiles();
    // Set once at start-up, before any window exists.
    static void setAllowsFiles(bool allowed);

    // Sets the dialog's «Print to file» by the policy; when it is shown already, its list of
    // printers is made anew to match.
    static void applyTo(QPrintDialog& dialog);
    // A print preview's own «Print» opens a QPrintDialog that Qt makes inside the preview, out
    // of reach before it shows: the policy is applied to it as it shows.
    static void applyTo(QPrintPreviewDialog& preview);
};
