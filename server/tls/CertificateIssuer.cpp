#include "tls/CertificateIssuer.h"

#include <QByteArray>

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/rand.h>

namespace {
constexpr long secondsPerDay = 24 * 60 * 60;
// Certificates start an hour in the past, so that a client whose clock is a little behind
// still accepts a certificate made a moment ago.
constexpr long backdateSeconds = 60 * 60;

bool setRandomSerial(X509* certificate)
{
    OpenSsl::BigNum serial(BN_new());
    // 159 random bits: positive, unique, and within the 20 octets RFC 5280 allows.
    return serial && BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1
        && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool setName(X509_NAME* name, const QString& commonName)
{
    const QByteArray organization = QByteArrayLiteral("Kabinet Portal (development)");
    const QByteArray common = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(
               name, "O", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char*>(organization.constData()), -1, -1, 0)
        == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(common.constData()),
                                      -1, -1, 0)
        == 1;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    OpenSsl::Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// A certificate with everything but the issuer, the extensions and the signature.
OpenSsl::Certificate newCertificate(EVP_PKEY* subjectKey, const QString& commonName, int days)
{
    OpenSsl::Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || !setRandomSerial(certificate.get())
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -backdateSeconds)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), days * secondsPerDay)
        || X509_set_pubkey(certificate.get(), subjectKey) != 1
        || !setName(X509_get_subject_name(certificate.get()), commonName))
        return {};
    return certificate;
}
} // namespace

OpenSsl::PKey CertificateIssuer::generateKey()
{
    OpenSsl::PKeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1
        || EVP_PKEY_CTX_set_group_name(context.get(), "P-256") != 1
        || EVP_PKEY_generate(context.get(), &key) != 1)
        return {};
    return OpenSsl::PKey(key);
}

OpenSsl::Certificate CertificateIssuer::issueCa(EVP_PKEY* caKey, const QString& commonName,
                                                int days)
{
    OpenSsl::Certificate certificate = newCertificate(caKey, commonName, days);
    if (!certificate)
        return {};
    X509* cert = certificate.get();
    const bool ready = X509_set_issuer_name(cert, X509_get_subject_name(cert)) == 1
        && addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign")
        && addExtension(cert, cert, NID_subject_key_identifier, "hash")
        && X509_sign(cert, caKey, EVP_sha256()) > 0;
    return ready ? std::move(certificate) : OpenSsl::Certificate();
}

OpenSsl::Certificate CertificateIssuer::issueServer(EVP_PKEY* serverKey, const QString& commonName,
                                                    const QStringList& subjectAltNames,
                                                    X509* caCertificate, EVP_PKEY* caKey, int days)
{
    OpenSsl::Certificate certificate = newCertificate(serverKey, commonName, days);
    if (!certificate)
        return {};
    X509* cert = certificate.get();
    const bool ready = X509_set_issuer_name(cert, X509_get_subject_name(caCertificate)) == 1
        && addExtension(cert, caCertificate, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert, caCertificate, NID_key_usage, "critical,digitalSignature")
        && addExtension(cert, caCertificate, NID_ext_key_usage, "serverAuth")
        && addExtension(cert, caCertificate, NID_subject_alt_name,
                        subjectAltNames.join(QLatin1Char(',')).toLatin1())
        && addExtension(cert, caCertificate, NID_subject_key_identifier, "hash")
        && addExtension(cert, caCertificate, NID_authority_key_identifier, "keyid:always")
        && X509_sign(cert, caKey, EVP_sha256()) > 0;
    return ready ? std::move(certificate) : OpenSsl::Certificate();
}

bool CertificateIssuer::isSignedBy(X509* certificate, EVP_PKEY* key)
{
    return X509_verify(certificate, key) == 1;
}

bool CertificateIssuer::isValidFor(X509* certificate, int days)
{
    const time_t now = time(nullptr);
    const time_t later = now + time_t(days) * secondsPerDay;
    time_t at = later;
    return X509_cmp_time(X509_get0_notAfter(certificate), &at) > 0
        && X509_cmp_time(X509_get0_notBefore(certificate), nullptr) < 0;
}
