#include "TestCertificates.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::Literals::StringLiterals;

namespace {
template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T* handle) const
    {
        Free(handle);
    }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

Key newKey()
{
    return Key(EVP_EC_gen("P-256"));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QByteArray keyPem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

Key keyFromPem(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Certificate certificateFromQt(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return Certificate(d2i_X509(nullptr, &cursor, long(der.size())));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool setCommonName(X509_NAME* name, const QString& commonName)
{
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()), -1,
                                      -1, 0)
        == 1;
}

// Signs a new certificate for subjectKey; a null issuer makes it self-signed. In PEM only: no
// Qt TLS object is made, so Qt's TLS backend is not started by it.
TestPem issuePem(Key subjectKey, const QString& commonName, const QStringList& names, bool isCa,
                 TestValidity validity, X509* issuer, EVP_PKEY* issuerKey)
{
    static long serial = 1000;
    Certificate certificate(X509_new());
    X509* cert = certificate.get();
    X509* signer = issuer ? issuer : cert;
    EVP_PKEY* signingKey = issuer ? issuerKey : subjectKey.get();
    const QByteArray altNames = names.join(u',').toLatin1();
    const bool made = cert && X509_set_version(cert, X509_VERSION_3) == 1
        && ASN1_INTEGER_set(X509_get_serialNumber(cert), ++serial) == 1
        && X509_gmtime_adj(X509_getm_notBefore(cert), long(validity.notBefore))
        && X509_gmtime_adj(X509_getm_notAfter(cert), long(validity.notAfter))
        && X509_set_pubkey(cert, subjectKey.get()) == 1
        && setCommonName(X509_get_subject_name(cert), commonName)
        && X509_set_issuer_name(cert, X509_get_subject_name(signer)) == 1
        && addExtension(cert, signer, NID_basic_constraints,
                        isCa ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(cert, signer, NID_key_usage,
                        isCa ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature")
        && addExtension(cert, signer, NID_subject_key_identifier, "hash")
        && (isCa || addExtension(cert, signer, NID_ext_key_usage, "serverAuth"))
        && (names.isEmpty()
            || addExtension(cert, signer, NID_subject_alt_name, altNames.constData()))
        && X509_sign(cert, signingKey, EVP_sha256()) > 0;
    if (!made)
        return TestPem();

    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return TestPem();
    return {bioBytes(bio.get()), keyPem(subjectKey.get())};
}

TestIdentity issue(Key subjectKey, const QString& commonName, const QStringList& names, bool isCa,
                   TestValidity validity, X509* issuer, EVP_PKEY* issuerKey)
{
    return TestCertificates::fromPem(
        issuePem(std::move(subjectKey), commonName, names, isCa, validity, issuer, issuerKey));
}
} // namespace

TestPem TestCertificates::makeCaPem(const QString& commonName)
{
    return issuePem(newKey(), commonName, {}, true, {-3600, 30 * 24 * 3600}, nullptr, nullptr);
}

TestIdentity TestCertificates::fromPem(const TestPem& pem)
{
    if (pem.certificate.isEmpty() || pem.key.isEmpty())
        return TestIdentity();
    TestIdentity identity;
    identity.certificate = QSslCertificate(pem.certificate, QSsl::Pem);
    identity.keyPem = pem.key;
    identity.key = QSslKey(identity.keyPem, QSsl::Ec, QSsl::Pem);
    return identity;
}

TestIdentity TestCertificates::makeCa(const QString& commonName)
{
    return issue(newKey(), commonName, {}, true, {-3600, 30 * 24 * 3600}, nullptr, nullptr);
}

TestIdentity TestCertificates::makeServer(const TestIdentity& issuer,
                                          const QStringList& subjectAltNames, TestValidity validity)
{
    Certificate issuerCertificate = certificateFromQt(issuer.certificate);
    Key issuerKey = keyFromPem(issuer.keyPem);
    if (!issuerCertificate || !issuerKey)
        return TestIdentity();
    return issue(newKey(), u"Kabinet test server"_s, subjectAltNames, false, validity,
                 issuerCertificate.get(), issuerKey.get());
}

TestIdentity TestCertificates::makeSelfSigned(const QStringList& subjectAltNames)
{
    return issue(newKey(), u"Kabinet self-signed test server"_s, subjectAltNames, false, {},
                 nullptr, nullptr);
}

QStringList TestCertificates::loopbackNames()
{
    return {u"IP:127.0.0.1"_s, u"DNS:localhost"_s};
}
