#pragma once

#include "printing/ReceiptComposer.h"
#include "printing/ReceiptSource.h"

#include <QDialog>

#include <optional>

class CacheReaderThread;
class QComboBox;
class QLabel;
class QPushButton;
class QPrinter;

// «Квитанция…» of an account card: choose a closed period, then look at the receipt in a print
// preview, print it or save it as a PDF. Built from the cache alone (read through
// CacheReaderThread::query, off the GUI thread), so it works offline. Where files may not be
// written (FileOutputPolicy, a kiosk) there is no «Save as PDF…» and the print dialogs offer no
// «Print to file»: the receipt goes to a printer only.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(CacheReaderThread& reader, qint64 accountId, QWidget* parent = nullptr);

    // The periods offered, the latest first; empty until the cache has been read.
    QList<Period> periods() const;
    Period period() const;
    void setPeriod(Period period);
    // The receipt of the chosen period; std::nullopt while reading or when none can be made.
    std::optional<Receipt> receipt() const;
    // Writes the chosen period's receipt to path on a pool thread (FileWriter), and says in the
    // dialog where it went or why not; saved() follows. False (nothing started, the reason
    // shown) with no receipt, while another save runs, or where files may not be written.
    bool savePdf(const QString& path);
    bool isSaving() const { return m_saving; }
    // Prints the chosen period's receipt on printer, set up by the print dialog: what its
    // «Print» does. False (and said in the dialog) when there is no receipt or the printer
    // cannot be painted on.
    bool printOn(QPrinter& printer);

signals:
    // The cache has been read (successfully or not).
    void loaded();
    // printOn() finished: ok when the page went to the printer.
    void printed(bool ok);
    // savePdf() finished: error is empty when path was written, else a sentence for the user.
    void saved(const QString& path, const QString& error);

protected:
    // Closing while a save runs waits for it, so that its outcome is seen: a failure keeps the
    // dialog open with the reason.
    void done(int result) override;

private:
    void showSource(const ReceiptSource& source);
    void updateState();
    void preview();
    void print();
    void askAndSavePdf();
    // The preview's pages.
    void paintOn(QPrinter* printer);
    void onSaved(const QString& path, const QString& error);

    ReceiptSource m_source;
    bool m_loaded = false;
    bool m_saving = false;
    // done() was asked for while saving: with this result once the save succeeded.
    std::optional<int> m_closeWhenSaved;
    QComboBox* m_periods = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
};
