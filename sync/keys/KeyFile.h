#pragma once

#include <QByteArray>
#include <QString>

// The file beside the cache that holds the password-wrapped DataKey (see PasswordKeyWrap). The blob
// is useless without the password, but the file is still written owner-only and atomically: a
// crash in the middle of a write must never leave the user without a way to unlock the cache.
class KeyFile
{
public:
    enum class Error
    {
        None,
        NotFound,
        ReadFailed,
        WriteFailed,
        // Larger than any key blob could be; not read, so a stray big file cannot eat memory.
        TooLarge,
    };

    struct ReadResult
    {
        QByteArray blob;
        Error error = Error::None;
        // The system's description of an I/O failure, for logs.
        QString detail;

        bool ok() const { return error == Error::None; }
    };

    struct WriteResult
    {
        Error error = Error::None;
        QString detail;

        bool ok() const { return error == Error::None; }
    };

    static constexpr qint64 maximumSize = 4096;

    explicit KeyFile(const QString& path);

    // "<dir>/<name>.key" for the cache database "<dir>/<name>.<ext>".
    static QString pathForCache(const QString& cachePath);

    QString path() const { return m_path; }
    bool exists() const;
    ReadResult read() const;
    // Replaces the file atomically; the result is readable and writable by the owner only.
    WriteResult write(const QByteArray& blob) const;
    bool remove() const;

    static QString errorText(Error error);

private:
    QString m_path;
};
