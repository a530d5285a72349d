#include "auth/PasswordHasher.h"

#include "auth/SecureRandom.h"

#include <QByteArray>

#include <argon2.h>
#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace {
// The UTF-8 bytes of a password, wiped when done.
class PasswordBytes
{
public:
    explicit PasswordBytes(const QString& password)
        : m_bytes(password.toUtf8())
    { }
    ~PasswordBytes() { OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size())); }
    PasswordBytes(const PasswordBytes&) = delete;
    PasswordBytes& operator=(const PasswordBytes&) = delete;

    const char* data() const { return m_bytes.constData(); }
    size_t size() const { return size_t(m_bytes.size()); }

private:
    QByteArray m_bytes;
};
} // namespace

std::optional<QString> PasswordHasher::hash(const QString& password)
{
    const PasswordBytes bytes(password);
    const QByteArray salt = SecureRandom::bytes(saltBytes);
    QByteArray encoded(qsizetype(argon2_encodedlen(iterations, memoryKiB, parallelism, saltBytes,
                                                   hashBytes, Argon2_id)),
                       '\0');
    const int result = argon2id_hash_encoded(iterations, memoryKiB, parallelism, bytes.data(),
                                             bytes.size(), salt.constData(), size_t(salt.size()),
                                             hashBytes, encoded.data(), size_t(encoded.size()));
    if (result != ARGON2_OK)
        return std::nullopt;
    return QString::fromLatin1(encoded.constData()); // NUL-terminated
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    if (!encoded.startsWith(u"$argon2id$"_s))
        return false;
    const PasswordBytes bytes(password);
    const QByteArray encodedBytes = encoded.toLatin1();
    return argon2id_verify(encodedBytes.constData(), bytes.data(), bytes.size()) == ARGON2_OK;
}

void PasswordHasher::verifyNothing(const QString& password)
{
    // A hash of a random password nobody knows, made once.
    static const QString decoy =
        hash(QString::fromLatin1(SecureRandom::bytes(24).toBase64())).value_or(QString());
    if (!decoy.isEmpty())
        verify(password, decoy);
}
