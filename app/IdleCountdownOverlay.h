#pragma once

#include <QWidget>

class QLabel;

// Covers the kiosk's window while IdleLogoutTimer counts down to the sign-out: says how many
// seconds are left and that touching the screen keeps the session. It takes the touch itself, so
// that the touch that keeps the session presses nothing underneath.
class IdleCountdownOverlay : public QWidget
{
    Q_OBJECT

public:
    // Covers parent (and follows its size). signedIn: the countdown ends in a sign-out, else in
    // an emptied sign-in form.
    IdleCountdownOverlay(bool signedIn, QWidget* parent);

    void setSecondsLeft(int seconds);
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_text = nullptr;
    bool m_signedIn = true;
};
