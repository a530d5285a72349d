#pragma once

#include <QString>

#include <optional>

// Where a statement goes: the format a file name asks for. (FileWriter writes it.)
class StatementFile
{
public:
    enum class Format
    {
        Pdf,
        Csv,
    };

    // By the suffix, in any case: ".pdf" or ".csv"; std::nullopt for anything else.
    static std::optional<Format> formatFor(const QString& path);
};
