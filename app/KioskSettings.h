#pragma once

#include <QKeySequence>
#include <QString>
#include <QUrl>

#include <chrono>

// The system-wide settings of a kiosk machine (docs/kiosk.md): an INI file, by default
// /etc/xdg/kabinet/kiosk.conf, another one with the environment variable KABINET_KIOSK_CONFIG
// (tests, trying a configuration out). Written by the administrator, only read here.
//
//     [Kiosk]
//     Enabled=true                    ; start in kiosk mode without --kiosk
//     Server=https://lk.example.ru    ; the operator's server (--server wins)
//     CaFile=/etc/ssl/operator-ca.pem ; --ca wins
//     PinHash=pbkdf2-sha256:…         ; kabinet --kiosk-pin-hash
//     ExitShortcut=Ctrl+Alt+Shift+Q
//     IdleTimeout=180                 ; seconds without input before the countdown
//     IdleCountdown=30                ; seconds of countdown before the sign-out
//     FontSize=16                     ; points
//
// A missing file or key gives the default.
struct KioskSettings
{
    static QString defaultPath();
    // KABINET_KIOSK_CONFIG when set, else defaultPath().
    static QString path();
    static KioskSettings load(const QString& path);

    bool fileFound = false;
    bool enabled = false;
    QUrl server;
    QString caFile;
    QString pinHash;
    QKeySequence exitShortcut {Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Q};
    std::chrono::milliseconds idleTimeout {std::chrono::minutes(3)};
    std::chrono::milliseconds countdown {std::chrono::seconds(30)};
    int fontPointSize = 16;
};
