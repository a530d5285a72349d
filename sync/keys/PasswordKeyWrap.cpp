#include "keys/PasswordKeyWrap.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace {

constexpr char magic[4] = {'K', 'B', 'K', 'W'};
constexpr qsizetype versionOffset = 4;
constexpr qsizetype kdfOffset = 5;
constexpr qsizetype iterationsOffset = 6;
constexpr qsizetype saltOffset = 10;
constexpr qsizetype nonceOffset = saltOffset + PasswordKeyWrap::saltSize;
constexpr qsizetype ciphertextOffset = PasswordKeyWrap::headerSize;
constexpr qsizetype tagOffset = ciphertextOffset + DataKey::size;
static_assert(nonceOffset + PasswordKeyWrap::nonceSize == PasswordKeyWrap::headerSize);
static_assert(tagOffset + PasswordKeyWrap::tagSize == PasswordKeyWrap::blobSize);

constexpr int aesKeySize = 32;

// Key material on the stack that is wiped whichever way the function leaves.
template<std::size_t N>
class SecretBuffer
{
public:
    SecretBuffer() = default;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    ~SecretBuffer() { OPENSSL_cleanse(m_data.data(), m_data.size()); }

    unsigned char* data() { return m_data.data(); }
    const unsigned char* data() const { return m_data.data(); }
    static constexpr int size() { return static_cast<int>(N); }

private:
    std::array<unsigned char, N> m_data {};
};

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char* bytesAt(QByteArrayView view, qsizetype offset)
{
    return reinterpret_cast<const unsigned char*>(view.data() + offset);
}

unsigned char* bytesAt(QByteArray& array, qsizetype offset)
{
    return reinterpret_cast<unsigned char*>(array.data() + offset);
}

bool validIterations(quint32 iterations)
{
    return iterations >= PasswordKeyWrap::minimumIterations
        && iterations <= PasswordKeyWrap::maximumIterations;
}

bool deriveKey(const QString& password, const unsigned char* salt, quint32 iterations,
               SecretBuffer<aesKeySize>& derived)
{
    QByteArray utf8 = password.toUtf8();
    const int ok =
        PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()), salt,
                          static_cast<int>(PasswordKeyWrap::saltSize), static_cast<int>(iterations),
                          EVP_sha256(), derived.size(), derived.data());
    // The UTF-8 copy is ours, so it can be wiped; the caller's QString is out of our reach.
    OPENSSL_cleanse(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return ok == 1;
}

} // namespace

QByteArray PasswordKeyWrap::wrap(const DataKey& key, const QString& password, quint32 iterations)
{
    if (!key.isValid() || !validIterations(iterations)) {
        return {};
    }

    QByteArray blob(blobSize, '\0');
    std::copy(std::begin(magic), std::end(magic), blob.begin());
    blob[versionOffset] = static_cast<char>(formatVersion);
    blob[kdfOffset] = static_cast<char>(kdfPbkdf2HmacSha256);
    qToBigEndian(iterations, bytesAt(blob, iterationsOffset));
    if (RAND_bytes(bytesAt(blob, saltOffset), static_cast<int>(saltSize + nonceSize)) != 1) {
        return {};
    }

    SecretBuffer<aesKeySize> derived;
    if (!deriveKey(password, bytesAt(blob, saltOffset), iterations, derived)) {
        return {};
    }

    CipherContext context(EVP_CIPHER_CTX_new());
    SecretBuffer<DataKey::size> plain;
    QByteArray keyBytes = key.bytes();
    std::copy(keyBytes.cbegin(), keyBytes.cend(), plain.data());
    // keyBytes is a fresh, unshared copy, so data() does not detach and this wipes the only copy.
    OPENSSL_cleanse(keyBytes.data(), static_cast<std::size_t>(keyBytes.size()));

    int length = 0;
    const bool ok = context
        && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonceSize),
                               nullptr)
            == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, derived.data(),
                              bytesAt(blob, nonceOffset))
            == 1
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytesAt(blob, 0),
                             static_cast<int>(headerSize))
            == 1
        && EVP_EncryptUpdate(context.get(), bytesAt(blob, ciphertextOffset), &length, plain.data(),
                             plain.size())
            == 1
        && length == DataKey::size
        && EVP_EncryptFinal_ex(context.get(), bytesAt(blob, tagOffset), &length) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(tagSize),
                               bytesAt(blob, tagOffset))
            == 1;
    if (!ok) {
        return {};
    }
    return blob;
}

PasswordKeyWrap::UnwrapResult PasswordKeyWrap::unwrap(QByteArrayView blob, const QString& password)
{
    const auto failure = [](Error error) {
        return UnwrapResult {std::nullopt, error};
    };

    // The version is checked before the size, so that a newer, differently sized format is reported
    // as "too new" rather than as damage.
    if (blob.size() <= versionOffset || !blob.startsWith(QByteArrayView(magic, sizeof magic))) {
        return failure(Error::Corrupt);
    }
    const auto version = static_cast<quint8>(blob[versionOffset]);
    if (version == 0) {
        return failure(Error::Corrupt);
    }
    if (version > formatVersion) {
        return failure(Error::UnsupportedVersion);
    }
    if (blob.size() != blobSize || static_cast<quint8>(blob[kdfOffset]) != kdfPbkdf2HmacSha256) {
        return failure(Error::Corrupt);
    }
    const auto iterations = qFromBigEndian<quint32>(bytesAt(blob, iterationsOffset));
    if (!validIterations(iterations)) {
        return failure(Error::Corrupt);
    }

    SecretBuffer<aesKeySize> derived;
    if (!deriveKey(password, bytesAt(blob, saltOffset), iterations, derived)) {
        return failure(Error::CryptoFailure);
    }

    CipherContext context(EVP_CIPHER_CTX_new());
    SecretBuffer<DataKey::size> plain;
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer but only reads from it.
    std::array<unsigned char, tagSize> tag {};
    std::copy_n(bytesAt(blob, tagOffset), tagSize, tag.begin());

    int length = 0;
    const bool prepared = context
        && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonceSize),
                               nullptr)
            == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, derived.data(),
                              bytesAt(blob, nonceOffset))
            == 1
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytesAt(blob, 0),
                             static_cast<int>(headerSize))
            == 1
        && EVP_DecryptUpdate(context.get(), plain.data(), &length, bytesAt(blob, ciphertextOffset),
                             static_cast<int>(DataKey::size))
            == 1
        && length == DataKey::size
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tagSize),
                               tag.data())
            == 1;
    if (!prepared) {
        return failure(Error::CryptoFailure);
    }
    // Only the final step checks the tag; until it succeeds, plain holds unauthenticated bytes
    // that must not leave this function.
    if (EVP_DecryptFinal_ex(context.get(), plain.data() + length, &length) != 1) {
        return failure(Error::WrongPassword);
    }

    return UnwrapResult {DataKey::fromBytes(QByteArrayView(plain.data(), plain.size())),
                         Error::None};
}

QString PasswordKeyWrap::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return QCoreApplication::translate("PasswordKeyWrap", "No error.");
    case Error::WrongPassword:
        return QCoreApplication::translate(
            "PasswordKeyWrap", "The password is incorrect, or the key file has been modified.");
    case Error::Corrupt:
        return QCoreApplication::translate("PasswordKeyWrap",
                                           "The key file is damaged or is not a Kabinet key file.");
    case Error::UnsupportedVersion:
        return QCoreApplication::translate(
            "PasswordKeyWrap", "The key file was written by a newer version of Kabinet.");
    case Error::CryptoFailure:
        return QCoreApplication::translate("PasswordKeyWrap",
                                           "The encryption library failed to process the key.");
    }
    return {};
}
