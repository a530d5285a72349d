#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>

// How the client speaks TLS to any server, whoever it trusts (TlsTrust adds the CAs): TLS 1.2 or
// later, the peer always verified, and only what a current server needs — forward-secret key
// exchange with AEAD ciphers (the "intermediate" profile of Mozilla's server-side TLS
// guidelines, which every TLS 1.2 server of the last decade offers), the X25519, P-256 and
// P-384 groups, and signature schemes of SHA-256 or stronger.
//
// Why the lists are short: OpenSSL, with the bug workarounds Qt switches on (SSL_OP_ALL), pads a
// ClientHello of 256 to 511 bytes to 512 (the padding extension, for old F5 load balancers that
// choke on such sizes), and Qt has no way to switch that one workaround off (its backend
// configuration cannot reach OpenSSL's "Options"). Qt's default lists make a hello of about 320
// bytes, sent as 517. With these it is 226 bytes when the server is named by its IP address, and
// goes out as it is: a background sync on a new connection to kabinet-portal stays under 2 KB on
// the wire (tst_syncwirebytes). A host name sent as SNI adds 9 bytes and its length: up to 20
// characters the hello still goes out unpadded; a longer one brings it to 512 again.
class TlsClientPolicy
{
public:
    TlsClientPolicy() = delete;

    // Qt's default configuration with the policy applied; no CA of its own.
    static QSslConfiguration configuration();

    // The cipher suites offered, by OpenSSL's names, most preferred first (TLS 1.3's are always
    // offered before TLS 1.2's).
    static QList<QByteArray> cipherNames();
    // For OpenSSL (SSL_CONF_cmd names), through QSslConfiguration's backend configuration.
    static QByteArray groups();
    static QByteArray signatureAlgorithms();
};
