#pragma once

#include "keys/DataKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Wraps the cache's DataKey with a key derived from the user's password, so that the cache can be
// unlocked offline with the password alone and a wrong password is detected without touching the
// database.
//
// Blob format, version 1 (86 bytes, integers big-endian):
//   offset  size  field
//        0     4  magic "KBKW"
//        4     1  format version (1)
//        5     1  KDF id (1 = PBKDF2-HMAC-SHA256)
//        6     4  KDF iteration count
//       10    16  salt (random per wrap)
//       26    12  AES-256-GCM nonce (random per wrap)
//       38    32  encrypted DataKey
//       70    16  GCM tag
// The whole header (bytes 0..37) is GCM additional authenticated data, so editing the iteration
// count, the salt or the nonce is detected just like editing the ciphertext.
class PasswordKeyWrap
{
public:
    enum class Error
    {
        None,
        // The GCM tag did not verify: the password is wrong, or the blob was altered.
        WrongPassword,
        // Not a key blob: bad magic, wrong size, or header values out of the accepted range.
        Corrupt,
        // Written by a newer Kabinet with a format this version does not know.
        UnsupportedVersion,
        // OpenSSL itself failed (out of memory, broken provider); says nothing about the password.
        CryptoFailure,
    };

    struct UnwrapResult
    {
        std::optional<DataKey> key;
        Error error = Error::None;

        bool ok() const { return key.has_value(); }
    };

    static constexpr quint32 defaultIterations = 600000;
    // Iteration counts outside this range are refused when unwrapping, so that a crafted file can
    // neither downgrade the KDF to something brute-forceable nor make us spin for minutes.
    static constexpr quint32 minimumIterations = 100000;
    static constexpr quint32 maximumIterations = 10000000;

    static constexpr quint8 formatVersion = 1;
    static constexpr quint8 kdfPbkdf2HmacSha256 = 1;
    static constexpr qsizetype saltSize = 16;
    static constexpr qsizetype nonceSize = 12;
    static constexpr qsizetype tagSize = 16;
    static constexpr qsizetype headerSize = 4 + 1 + 1 + 4 + saltSize + nonceSize;
    static constexpr qsizetype blobSize = headerSize + DataKey::size + tagSize;

    // The wrapped key, or an empty array if key is invalid, iterations is outside
    // [minimumIterations, maximumIterations], or OpenSSL fails. The password is used as UTF-8.
    static QByteArray wrap(const DataKey& key, const QString& password,
                           quint32 iterations = defaultIterations);
    static UnwrapResult unwrap(QByteArrayView blob, const QString& password);

    static QString errorText(Error error);
};
