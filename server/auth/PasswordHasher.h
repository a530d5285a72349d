#pragma once

#include <QString>

#include <cstdint>
#include <optional>

// Passwords are kept as Argon2id hashes in the PHC string form
// ("$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>"), made by Debian's libargon2 with a random
// 16-byte salt. The parameters are OWASP's minimum for Argon2id; the string records them, so a
// later change of parameters still verifies old hashes.
class PasswordHasher
{
public:
    PasswordHasher() = delete;

    static constexpr std::uint32_t memoryKiB = 19 * 1024;
    static constexpr std::uint32_t iterations = 2;
    static constexpr std::uint32_t parallelism = 1;
    static constexpr std::uint32_t saltBytes = 16;
    static constexpr std::uint32_t hashBytes = 32;

    // The encoded hash of password (as UTF-8); nullopt if libargon2 fails (out of memory).
    static std::optional<QString> hash(const QString& password);
    // Whether password matches an encoded Argon2id hash. Anything but Argon2id is refused.
    static bool verify(const QString& password, const QString& encoded);
    // Takes as long as verify() against a real hash and fails: used when the login is unknown,
    // so that the answer's timing does not tell whether a login exists.
    static void verifyNothing(const QString& password);
};
