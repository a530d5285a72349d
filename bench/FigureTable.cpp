#include "FigureTable.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

void FigureTable::add(const Figure& figure)
{
    const auto after = std::upper_bound(
        m_figures.begin(), m_figures.end(), figure,
        [](const Figure& a, const Figure& b) { return a.item().toInt() < b.item().toInt(); });
    m_figures.insert(after, figure);
}

int FigureTable::failures() const
{
    return int(std::count_if(m_figures.cbegin(), m_figures.cend(), [](const Figure& figure) {
        return figure.status() == Figure::Status::Failed;
    }));
}

int FigureTable::notMeasuredYet() const
{
    return int(std::count_if(m_figures.cbegin(), m_figures.cend(), [](const Figure& figure) {
        return figure.status() == Figure::Status::NotMeasuredYet;
    }));
}

QStringList FigureTable::header()
{
    return {u"#"_s,         u"figure"_s,       u"median"_s, u"min–max, runs"_s,
            u"reference"_s, u"ratio / diff"_s, u"target"_s, u"verdict"_s};
}

QStringList FigureTable::cells(const Figure& figure)
{
    return {figure.item(),       figure.name(),          figure.medianText(),
            figure.spreadText(), figure.referenceText(), figure.comparisonText(),
            figure.targetText(), figure.verdict()};
}

QStringList FigureTable::notes() const
{
    QStringList lines;
    for (const Figure& figure : m_figures) {
        if (!figure.note().isEmpty())
            lines << u"["_s + figure.item() + u"] "_s + figure.name() + u": "_s + figure.note();
    }
    return lines;
}

QString FigureTable::text() const
{
    QList<QStringList> rows {header()};
    for (const Figure& figure : m_figures)
        rows << cells(figure);
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList padded;
        for (qsizetype i = 0; i < rows.at(r).size(); ++i)
            padded << rows.at(r).at(i).leftJustified(widths.at(i));
        out += padded.join(u"  "_s).trimmed() + u'\n';
        if (r == 0) {
            QStringList rules;
            for (const qsizetype width : std::as_const(widths))
                rules << QString(width, u'-');
            out += rules.join(u"  "_s) + u'\n';
        }
    }
    const QStringList lines = notes();
    if (!lines.isEmpty())
        out += u'\n' + lines.join(u'\n') + u'\n';
    return out;
}

QString FigureTable::markdown() const
{
    const auto row = [](const QStringList& cells) -> QString {
        QStringList escaped;
        for (const QString& cell : cells)
            escaped << QString(cell).replace(u"|"_s, u"\\|"_s);
        return u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
    };
    QString out = row(header());
    out += row(QStringList(header().size(), u"---"_s));
    for (const Figure& figure : m_figures)
        out += row(cells(figure));
    const QStringList lines = notes();
    if (!lines.isEmpty()) {
        out += u'\n';
        for (const QString& line : lines)
            out += u"- "_s + line + u'\n';
    }
    return out;
}
