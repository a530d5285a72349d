#pragma once

#include "KioskExitDialog.h"

#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QString>

// Keeps a kiosk closed, watching every event of the application: no main window closes (the
// window manager's close, Alt+F4), no file dialog opens (it is rejected as it shows), no print
// dialog offers «Print to file» (FileOutputPolicy, as it shows), and the exit
// key combination asks for the administrator's PIN (KioskExitDialog); the right one lets the
// windows close and emits exitApproved(), upon which KioskMode ends the session and quits.
class KioskGuard : public QObject
{
    Q_OBJECT

public:
    KioskGuard(const QKeySequence& exitShortcut, const QString& pinHash, QObject* parent = nullptr);
    ~KioskGuard() override;

    // While the PIN is asked for; null otherwise.
    KioskExitDialog* exitDialog() const { return m_dialog; }

signals:
    // The right PIN was entered: the windows may close now, and the application is to quit.
    void exitApproved();
    void fileDialogRefused();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isExitShortcut(const QEvent* event) const;
    void askForPin();

    QKeySequence m_exitShortcut;
    QString m_pinHash;
    QPointer<KioskExitDialog> m_dialog;
    bool m_exiting = false;
};
