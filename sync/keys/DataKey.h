#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>

class QDebug;

// The 256-bit key that opens the SQLCipher cache. It is applied as a raw key, so SQLCipher does no
// key derivation on every open; the slow derivation happens once, in PasswordKeyWrap.
//
// The bytes live inside the object (not in a shared QByteArray) so that they can be wiped reliably
// when the key is destroyed or overwritten. Copies made with bytes() or toHex() are the caller's to
// keep short-lived.
class DataKey
{
public:
    static constexpr qsizetype size = 32;

    // An invalid key; isValid() is false and bytes() is empty.
    DataKey() = default;
    DataKey(const DataKey& other);
    DataKey(DataKey&& other) noexcept;
    DataKey& operator=(const DataKey& other);
    DataKey& operator=(DataKey&& other) noexcept;
    ~DataKey();

    // A fresh key from OpenSSL's CSPRNG. Aborts the process if the CSPRNG fails: continuing with a
    // predictable key would silently defeat the encryption.
    static DataKey generate();
    // std::nullopt unless bytes is exactly size bytes long.
    static std::optional<DataKey> fromBytes(QByteArrayView bytes);

    bool isValid() const { return m_valid; }
    QByteArray bytes() const;
    // 64 lowercase hex digits, the form SQLCipher takes as a raw key: PRAGMA key = "x'<hex>'".
    QByteArray toHex() const;

    // Constant-time, so that comparing keys does not leak how many leading bytes match.
    friend bool operator==(const DataKey& a, const DataKey& b);

private:
    void wipe() noexcept;

    std::array<unsigned char, size> m_bytes {};
    bool m_valid = false;
};

// A key must never end up in a log by accident, so streaming one into QDebug does not compile.
QDebug operator<<(QDebug debug, const DataKey& key) = delete;
