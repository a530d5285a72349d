#include "keys/DataKey.h"

#include <QtGlobal>

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/rand.h>

DataKey::DataKey(const DataKey& other)
    : m_bytes(other.m_bytes)
    , m_valid(other.m_valid)
{ }

DataKey::DataKey(DataKey&& other) noexcept
    : m_bytes(other.m_bytes)
    , m_valid(other.m_valid)
{
    other.wipe();
}

DataKey& DataKey::operator=(const DataKey& other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
        m_valid = other.m_valid;
    }
    return *this;
}

DataKey& DataKey::operator=(DataKey&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
        m_valid = other.m_valid;
        other.wipe();
    }
    return *this;
}

DataKey::~DataKey()
{
    wipe();
}

DataKey DataKey::generate()
{
    DataKey key;
    if (RAND_bytes(key.m_bytes.data(), static_cast<int>(key.m_bytes.size())) != 1) {
        qFatal("kabinet.keys: the OpenSSL random generator failed; refusing to create a weak key");
    }
    key.m_valid = true;
    return key;
}

std::optional<DataKey> DataKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != size) {
        return std::nullopt;
    }
    DataKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    key.m_valid = true;
    return key;
}

QByteArray DataKey::bytes() const
{
    if (!m_valid) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), size);
}

QByteArray DataKey::toHex() const
{
    if (!m_valid) {
        return {};
    }
    // Built by hand rather than through bytes().toHex(), which would leave one more unwiped copy.
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray hex(2 * size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = m_bytes[static_cast<std::size_t>(i)];
        hex[2 * i] = digits[byte >> 4];
        hex[2 * i + 1] = digits[byte & 0x0f];
    }
    return hex;
}

bool operator==(const DataKey& a, const DataKey& b)
{
    if (a.m_valid != b.m_valid) {
        return false;
    }
    return CRYPTO_memcmp(a.m_bytes.data(), b.m_bytes.data(), a.m_bytes.size()) == 0;
}

void DataKey::wipe() noexcept
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_valid = false;
}
