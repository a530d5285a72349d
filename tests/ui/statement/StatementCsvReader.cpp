#include "StatementCsvReader.h"

#include <QStringDecoder>

bool StatementCsvReader::read(const QByteArray& bytes)
{
    m_records.clear();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes.mid(3));
    if (decoder.hasError())
        return false;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u';') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            m_records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        m_records.append(record);
    }
    return true;
}

QList<QStringList> StatementCsvReader::table(const QString& title) const
{
    QList<QStringList> rows;
    bool inside = false;
    for (const QStringList& record : m_records) {
        const bool empty = record.size() == 1 && record.constFirst().isEmpty();
        if (inside) {
            if (empty)
                break;
            rows.append(record);
        } else if (record.value(0) == title) {
            inside = true;
        }
    }
    return rows;
}

std::optional<qint64> StatementCsvReader::kopecks(const QString& amount)
{
    const qsizetype comma = amount.indexOf(u',');
    if (comma < 0 || amount.size() - comma != 3)
        return std::nullopt;
    const bool negative = amount.startsWith(u'-');
    bool wholeOk = false;
    bool fractionOk = false;
    const qint64 whole =
        amount.mid(negative ? 1 : 0, comma - (negative ? 1 : 0)).toLongLong(&wholeOk);
    const qint64 fraction = amount.mid(comma + 1).toLongLong(&fractionOk);
    if (!wholeOk || !fractionOk || whole < 0)
        return std::nullopt;
    const qint64 value = whole * 100 + fraction;
    return negative ? -value : value;
}
