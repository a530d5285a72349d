#include "cache/CacheOpenError.h"

#include <QCoreApplication>

QString cacheOpenErrorText(CacheOpenError error)
{
    switch (error) {
    case CacheOpenError::None:
        return {};
    case CacheOpenError::WrongKey:
        return QCoreApplication::translate("CacheOpenError",
                                           "The local data cannot be decrypted with this key.");
    case CacheOpenError::NotSqlCipher:
        return QCoreApplication::translate(
            "CacheOpenError",
            "The SQLite library in use has no encryption support; the local data was not opened "
            "so that nothing is written unencrypted.");
    case CacheOpenError::NotEncrypted:
        return QCoreApplication::translate(
            "CacheOpenError", "The local data file is not encrypted; it was not opened.");
    case CacheOpenError::InvalidKey:
        return QCoreApplication::translate("CacheOpenError",
                                           "The key of the local data is malformed.");
    case CacheOpenError::Io:
        return QCoreApplication::translate("CacheOpenError",
                                           "The local data file cannot be read or written.");
    }
    return {};
}
