#include "KioskPin.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <array>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString scheme = u"pbkdf2-sha256"_s;
constexpr std::size_t saltWords = 4; // 16 bytes
constexpr int hashSize = 32;
// Above this a stored text is rather an attempt to stall the kiosk than a real hash.
constexpr int maxIterations = 10000000;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parsed> parse(const QString& stored)
{
    const QStringList parts = stored.trimmed().split(u':');
    if (parts.size() != 4 || parts.at(0) != scheme)
        return std::nullopt;
    bool ok = false;
    Parsed parsed;
    parsed.iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed.iterations < 1 || parsed.iterations > maxIterations)
        return std::nullopt;
    parsed.salt = QByteArray::fromHex(parts.at(2).toLatin1());
    parsed.hash = QByteArray::fromHex(parts.at(3).toLatin1());
    if (parsed.salt.size() < 8 || parsed.hash.size() != hashSize)
        return std::nullopt;
    return parsed;
}

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, hashSize);
}

} // namespace

QString KioskPin::hash(const QString& pin, int iterations)
{
    std::array<quint32, saltWords> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray salt(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    return u"%1:%2:%3:%4"_s.arg(scheme, QString::number(iterations),
                                QString::fromLatin1(salt.toHex()),
                                QString::fromLatin1(derive(pin, salt, iterations).toHex()));
}

bool KioskPin::matches(const QString& pin, const QString& stored)
{
    const std::optional<Parsed> parsed = parse(stored);
    if (!parsed)
        return false;
    const QByteArray computed = derive(pin, parsed->salt, parsed->iterations);
    if (computed.size() != parsed->hash.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < computed.size(); ++i)
        difference |= static_cast<unsigned char>(computed.at(i) ^ parsed->hash.at(i));
    return difference == 0;
}

bool KioskPin::isWellFormed(const QString& stored)
{
    return parse(stored).has_value();
}
