#pragma once

#include <QFuture>
#include <QList>
#include <QSslCertificate>

// The system's CA certificates as Qt reads them (QSslConfiguration::systemCaCertificates()):
// some 300 files read and parsed, 0.1–0.2 s on a slow machine. Qt finds them on demand unless
// a configuration names CAs of its own other than through a file; a TlsTrust with extra CAs
// given as certificates (not by TlsTrust::load()'s file) has to name them all
// (TlsTrust::sslConfiguration()). So they are read once per process, on a pool thread, and
// ApiTransport holds its requests until they are there instead of reading them on the GUI
// thread before the first window is painted (docs/performance.md).
class SystemCaList
{
public:
    SystemCaList() = delete;

    // Starts reading them on a pool thread unless that has been started already; the future
    // finishes when they are read (at once when they were).
    static QFuture<QList<QSslCertificate>> load();
    // Whether they have been read.
    static bool isLoaded();
    // The list; waits for load() (starting it if need be) to finish.
    static QList<QSslCertificate> certificates();
};
