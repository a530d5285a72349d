#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The tests' own reading of a statement CSV, written apart from StatementCsv so that a mistake
// there is not mirrored here: the byte order mark stripped, records split on CRLF outside quotes,
// fields on ';' outside quotes, "" unescaped; amounts with a decimal comma parsed to kopecks.
class StatementCsvReader
{
public:
    // false when the BOM is missing or the text is not valid UTF-8.
    bool read(const QByteArray& bytes);

    const QList<QStringList>& records() const { return m_records; }
    // The records after the one whose first field is title, up to the next empty record: the
    // header first.
    QList<QStringList> table(const QString& title) const;

    // "-1234,56" -> -123456; std::nullopt for anything else.
    static std::optional<qint64> kopecks(const QString& amount);

private:
    QList<QStringList> m_records;
};
