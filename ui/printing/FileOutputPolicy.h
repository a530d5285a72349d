#pragma once

// Whether the window may write what it shows to files the user picks: «Сохранить в PDF» and any
// other action that opens a file dialog, and a print dialog's «Print to file». Off on a kiosk
// (docs/kiosk.md), where nothing of a session may stay on the machine: such actions are hidden
// there, and a print dialog is opened with
//
//     dialog.setOption(QAbstractPrintDialog::PrintToFile, FileOutputPolicy::allowsFiles());
//
// Printing on a printer stays. (KioskGuard also refuses any file dialog that opens anyway.)
class FileOutputPolicy
{
public:
    static bool allowsFiles();
    // Set once at start-up, before any window exists.
    static void setAllowsFiles(bool allowed);
};
