#pragma once

#include <QString>

// Gives this process a private view of the system's certificate directory, /etc/ssl/certs: an
// empty, writable tmpfs in a mount namespace of its own (a user namespace too when not root),
// so that a test can put a CA of its own among "the system's CAs" and see that a server it
// certifies is trusted, without touching the machine's trust store.
//
// enter() must run before the process has a second thread (unshare() of a user namespace
// refuses otherwise): first thing in main(), before QCoreApplication.
class SystemCertificateSandbox
{
public:
    SystemCertificateSandbox() = delete;

    static constexpr const char* directory = "/etc/ssl/certs";

    // Empty when the sandbox is in place; otherwise why not (for QSKIP).
    static QString enter();
    // Adds certificatePem to the system's CAs, as a .pem file with the <subject hash>.0 link to it
    // that OpenSSL's lookup by name follows.
    static bool addCertificate(const QByteArray& certificatePem);
};
