#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The tables of the encrypted cache and the steps that bring an older cache file up to date.
//
// The schema version lives in PRAGMA user_version. Steps only go forward; each runs in its own
// transaction together with its version bump, so a crash or a failed statement leaves the file at
// the previous version, never half-migrated.
class CacheSchema
{
public:
    enum class Error
    {
        None,
        // The file was written by a newer Kabinet; touching it could lose that version's data.
        NewerThanSupported,
        // The requested version is unknown, or older than the file's (there are no down steps).
        InvalidTarget,
        // Reading or writing the version, or a statement of a step, failed.
        SqlFailed,
    };

    struct Result
    {
        Error error = Error::None;
        int fromVersion = 0; // the file's version before (0 for a new file)
        int toVersion = 0; // the file's version after
        QString detail; // the failing statement's error, for logs

        bool isOk() const { return error == Error::None; }
    };

    static int latestVersion();

    // The version the file is at; std::nullopt when it cannot be read.
    static std::optional<int> currentVersion(QSqlDatabase db);

    static Result upgrade(QSqlDatabase db, int targetVersion = latestVersion());
    // As upgrade(), reporting failure as text.
    static bool migrate(QSqlDatabase db, int targetVersion = latestVersion(),
                        QString* error = nullptr);

    static QString errorText(Error error);
};
