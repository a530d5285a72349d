#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Where a statement goes: the format a file name asks for, and the writing of the bytes, whole
// or not at all (QSaveFile: a failed write leaves an older file as it was, never half of one).
// Blocking disk access: the window calls write() off the GUI thread (StatementSaver).
class StatementFile
{
    Q_DECLARE_TR_FUNCTIONS(StatementFile)

public:
    enum class Format
    {
        Pdf,
        Csv,
    };

    // By the suffix, in any case: ".pdf" or ".csv"; std::nullopt for anything else.
    static std::optional<Format> formatFor(const QString& path);

    // An empty string when written; otherwise a sentence for the user naming the file and the
    // reason.
    static QString write(const QByteArray& bytes, const QString& path);
};
