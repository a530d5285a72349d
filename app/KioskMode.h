#pragma once

#include "IdleCountdownOverlay.h"
#include "KioskSettings.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class DesktopApp;
class IdleLogoutTimer;
class KioskGuard;

// Kabinet on a public kiosk (kabinet --kiosk, or Enabled=true in KioskSettings; docs/kiosk.md),
// around a DesktopApp started with Options::kiosk: large fonts and touch-size controls, the
// virtual keyboard where it is installed, KioskGuard (no window closes, no file dialog, the
// administrator's exit with the PIN) and IdleLogoutTimer with its countdown over the window: when
// nobody touches the screen, an open cabinet is signed out of and a half-filled sign-in form is
// emptied (an empty one is left alone). Both the idle sign-out and the administrator's exit sign
// out as «Выход» does: the server revokes the session (the exit waits for its answer, at most
// exitWait, before the application quits with exit code 0) and the session's cache is erased.
class KioskMode : public QObject
{
    Q_OBJECT

public:
    // Before the QApplication exists: the virtual keyboard (QT_IM_MODULE=qtvirtualkeyboard when
    // the plugin is installed and the environment chose no other input method) and Qt's own file
    // dialogs (which KioskGuard can see and refuse) instead of the desktop's.
    static void prepareEnvironment();
    static bool virtualKeyboardInstalled();
    // The application-wide style sheet of touch-size controls.
    static QString touchStyleSheet();

    // How long the administrator's exit waits for the server to revoke the session.
    static constexpr std::chrono::milliseconds exitWait {5000};

    // Applies the look at once; app must outlive this object.
    KioskMode(const KioskSettings& settings, DesktopApp& app, QObject* parent = nullptr);
    ~KioskMode() override;

    IdleLogoutTimer& idleTimer() const { return *m_idle; }
    KioskGuard& guard() const { return *m_guard; }
    // While the countdown runs; null otherwise.
    IdleCountdownOverlay* countdownOverlay() const { return m_overlay; }

protected:
    // Table rows a finger can hit: a style sheet cannot size a table's rows.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyLook();
    // The administrator's exit: the cabinet signed out of, then the application quits.
    void leave();
    void showCountdown(int secondsLeft);
    void hideCountdown();

    KioskSettings m_settings;
    DesktopApp& m_app;
    std::unique_ptr<KioskGuard> m_guard;
    std::unique_ptr<IdleLogoutTimer> m_idle;
    QPointer<IdleCountdownOverlay> m_overlay;
};
