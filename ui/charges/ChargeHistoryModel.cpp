#include "charges/ChargeHistoryModel.h"

#include "accounts/DecimalText.h"
#include "widgets/PeriodText.h"

void ChargeHistoryModel::Sums::add(const ChargeLine& line)
{
    base += line.baseCharge;
    recalculation += line.recalculation;
    adjusted += line.total;
}

ChargeHistoryModel::ChargeHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    for (int section = 0; section < ColumnCount; ++section)
        m_headers.append(wrappedHeader(headerText(section)));
    m_totalFont.setBold(true);
}

void ChargeHistoryModel::setLines(const QList<ChargeLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    m_groups.clear();
    m_rows.clear();
    m_total = {};
    int i = 0;
    while (i < m_lines.size()) {
        const int group = int(m_groups.size());
        m_groups.append(Group {m_lines.at(i).period, {}});
        const int first = i;
        for (; i < m_lines.size() && m_lines.at(i).period == m_groups.constLast().period; ++i) {
            m_groups.last().sums.add(m_lines.at(i));
            m_total.add(m_lines.at(i));
            m_rows.append(Row {RowKind::Line, i, group});
        }
        if (i - first > 1)
            m_rows.append(Row {RowKind::PeriodTotal, -1, group});
    }
    if (!m_lines.isEmpty())
        m_rows.append(Row {RowKind::RangeTotal, -1, -1});
    endResetModel();
}

ChargeHistoryModel::RowKind ChargeHistoryModel::rowKind(int row) const
{
    return m_rows.at(row).kind;
}

QList<Period> ChargeHistoryModel::periods() const
{
    QList<Period> periods;
    periods.reserve(m_groups.size());
    for (const Group& group : m_groups)
        periods.append(group.period);
    return periods;
}

const ChargeHistoryModel::Group* ChargeHistoryModel::groupOf(Period period) const
{
    for (const Group& group : m_groups) {
        if (group.period == period)
            return &group;
    }
    return nullptr;
}

Money ChargeHistoryModel::baseCharge(Period period) const
{
    const Group* group = groupOf(period);
    return group ? group->sums.base : Money();
}

Money ChargeHistoryModel::recalculation(Period period) const
{
    const Group* group = groupOf(period);
    return group ? group->sums.recalculation : Money();
}

Money ChargeHistoryModel::adjustedCharge(Period period) const
{
    const Group* group = groupOf(period);
    return group ? group->sums.adjusted : Money();
}

int ChargeHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChargeHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Money> ChargeHistoryModel::amount(int row, int column) const
{
    const Row& r = m_rows.at(row);
    const Sums* sums = nullptr;
    if (r.kind == RowKind::RangeTotal)
        sums = &m_total;
    else if (r.kind == RowKind::PeriodTotal)
        sums = &m_groups.at(r.group).sums;
    if (!sums) {
        const ChargeLine& line = m_lines.at(r.line);
        switch (column) {
        case TariffColumn:
            return line.tariff;
        case BaseColumn:
            return line.baseCharge;
        case RecalculationColumn:
            return line.recalculation;
        case AdjustedColumn:
            return line.total;
        }
        return std::nullopt;
    }
    switch (column) {
    case BaseColumn:
        return sums->base;
    case RecalculationColumn:
        return sums->recalculation;
    case AdjustedColumn:
        return sums->adjusted;
    }
    return std::nullopt; // a sum of tariffs means nothing
}

QVariant ChargeHistoryModel::text(int row, int column) const
{
    const Row& r = m_rows.at(row);
    if (column == PeriodColumn) {
        if (r.kind == RowKind::RangeTotal)
            return tr("TOTAL");
        const QString period = PeriodText::text(m_groups.at(r.group).period);
        return r.kind == RowKind::PeriodTotal ? tr("Total for %1").arg(period) : period;
    }
    if (r.kind == RowKind::Line) {
        const ChargeLine& line = m_lines.at(r.line);
        switch (column) {
        case ServiceColumn:
            return line.service;
        case UnitColumn:
            return line.unit;
        case QuantityColumn:
            return DecimalText::hundredths(line.quantityHundredths);
        }
    }
    if (const std::optional<Money> money = amount(row, column))
        return money->toString();
    return QString();
}

QVariant ChargeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Row& r = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::TextAlignmentRole:
        if (column >= QuantityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (r.kind != RowKind::Line)
            return m_totalFont;
        break;
    case KopecksRole:
        if (const std::optional<Money> money = amount(row, column))
            return money->kopecks();
        break;
    case RowKindRole:
        return int(r.kind);
    case PeriodKeyRole:
        return r.kind == RowKind::RangeTotal ? 0 : m_groups.at(r.group).period.toKey();
    }
    return {};
}

QVariant ChargeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.at(section);
}

QString ChargeHistoryModel::wrappedHeader(const QString& text)
{
    // Eight columns of figures and a service name: headers such as «Скорректированное
    // начисление» on one line would push the last column out of a window of usual width.
    constexpr int longestOnOneLine = 12;
    if (text.size() <= longestOnOneLine)
        return text;
    const qsizetype middle = text.size() / 2;
    const qsizetype before = text.lastIndexOf(u' ', middle);
    const qsizetype after = text.indexOf(u' ', middle);
    qsizetype at = before;
    if (after >= 0 && (before < 0 || after - middle < middle - before))
        at = after;
    if (at < 0)
        return text;
    QString wrapped = text;
    wrapped[at] = u'\n';
    return wrapped;
}

QString ChargeHistoryModel::headerText(int section)
{
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case ServiceColumn:
        return tr("Service");
    case UnitColumn:
        return tr("Unit");
    case QuantityColumn:
        return tr("Area");
    case TariffColumn:
        return tr("Contribution rate");
    case BaseColumn:
        return tr("Base charge");
    case RecalculationColumn:
        return tr("Recalculations");
    case AdjustedColumn:
        return tr("Adjusted charge");
    }
    return {};
}
