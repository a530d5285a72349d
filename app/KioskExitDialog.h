#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

// The administrator's way out of a kiosk: asks for the PIN whose salted hash the kiosk's
// settings hold (KioskPin). The right PIN accepts the dialog; a wrong one says so and asks again.
class KioskExitDialog : public QDialog
{
    Q_OBJECT

public:
    KioskExitDialog(const QString& pinHash, QWidget* parent = nullptr);

    QLineEdit* pinEdit() const { return m_pin; }
    // What the dialog says under the field; empty before a wrong PIN.
    QString errorText() const;

private:
    void check();

    QString m_pinHash;
    QLineEdit* m_pin = nullptr;
    QLabel* m_error = nullptr;
};
