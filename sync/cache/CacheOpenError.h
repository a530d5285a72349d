#pragma once

#include <QString>

// Why an encrypted cache could not be opened. Each reason calls for a different answer from the
// user interface, so they are never folded into one.
enum class CacheOpenError
{
    None,
    // The key does not decrypt the file (or the file is not a database at all).
    WrongKey,
    // The SQLite underneath has no encryption: writing through it would store plaintext.
    NotSqlCipher,
    // The file is a plaintext SQLite database, which the cache never creates.
    NotEncrypted,
    // The key is not 32 bytes.
    InvalidKey,
    // The file or its folder cannot be created, read or written.
    Io,
};

QString cacheOpenErrorText(CacheOpenError error);
