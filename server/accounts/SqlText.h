#pragma once

#include <QString>

// Text for a NOT NULL column: Qt binds a null QString (a default-constructed one, e.g. an
// organization's empty KPP) as SQL NULL, so optional texts are bound through this.
class SqlText
{
public:
    SqlText() = delete;

    static QString of(const QString& text) { return text.isNull() ? QStringLiteral("") : text; }
};
