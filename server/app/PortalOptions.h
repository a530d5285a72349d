#pragma once

#include <QHostAddress>
#include <QString>

// Everything the command line decides, parsed and checked by PortalCommandLine.
struct PortalOptions
{
    static constexpr quint16 defaultPort = 8443;

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    // The host as written after --listen, for the "listening on" line.
    QString listenHost = QStringLiteral("127.0.0.1");
    // 0 lets the system pick a free port; the first line of output tells which.
    quint16 listenPort = defaultPort;

    // Holds portal.db, the development TLS files (tls/) and whatever else the endpoints keep.
    QString dataDir;

    // PEM files of a real certificate (the chain may follow it) and its private key.
    QString tlsCertFile;
    QString tlsKeyFile;
    // Create (once) a local CA and a certificate for localhost in DATA/tls/ and use them.
    bool devTls = false;

    // Fill an empty data dir with the demo data (the demo data itself is not part of the core).
    bool demo = false;
    // --demo-scale N: N generated accounts for benchmarks; 0 when not given. Implies demo.
    int demoScale = 0;

    // Tests only: read "now" from this file (see FileClock); empty for the system clock.
    QString clockFile;

    // Tests only (--test-captcha-answer): every captcha challenge gets this answer; empty for
    // random ones. Wrong answers, reuse and expiry still behave normally.
    QString testCaptchaAnswer;

    // Tests only (--sync-page-size N): how much one answer of GET /api/v1/sync may hold (see
    // SyncBudget); 0 for the server's default. Small pages let tests check paging.
    int syncPageSize = 0;
};
