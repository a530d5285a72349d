#include "widgets/CopyableTableView.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QList>
#include <QMap>
#include <QStyleOptionViewItem>

#include <algorithm>
#include <limits>

CopyableTableView::CopyableTableView(QWidget* parent)
    : QTableView(parent)
{
    auto* copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    // Only while the view has focus: elsewhere Ctrl+C belongs to the focused widget.
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CopyableTableView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

int CopyableTableView::sizeHintForColumn(int column) const
{
    const QAbstractItemModel* source = model();
    if (!m_longestTextsOnly || !source || column < 0 || column >= source->columnCount(rootIndex()))
        return QTableView::sizeHintForColumn(column);
    ensurePolished();
    const int rows = source->rowCount(rootIndex());

    // The longest text per font (total rows are bold, for instance).
    struct Longest
    {
        QVariant font;
        qsizetype length = 0;
    };
    QList<Longest> longest;
    const auto longestFor = [&longest](const QVariant& font) -> Longest& {
        for (Longest& entry : longest) {
            if (entry.font == font)
                return entry;
        }
        longest.append(Longest {font, 0});
        return longest.last();
    };
    QList<qsizetype> lengths(rows, -1);
    QList<QVariant> fonts(rows);
    for (int row = 0; row < rows; ++row) {
        if (isRowHidden(row))
            continue;
        const QModelIndex index = source->index(row, column, rootIndex());
        lengths[row] = index.data(Qt::DisplayRole).toString().size();
        fonts[row] = index.data(Qt::FontRole);
        Longest& entry = longestFor(fonts.at(row));
        entry.length = std::max(entry.length, lengths.at(row));
    }

    // Measured as QTableView measures a cell, once per distinct text and font among the
    // longest.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QList<std::pair<QString, QVariant>> measured;
    int hint = 0;
    for (int row = 0; row < rows; ++row) {
        if (lengths.at(row) < 0)
            continue;
        const qsizetype margin = std::max<qsizetype>(2, longestFor(fonts.at(row)).length / 8);
        if (lengths.at(row) + margin < longestFor(fonts.at(row)).length)
            continue;
        const QModelIndex index = source->index(row, column, rootIndex());
        std::pair<QString, QVariant> cell {index.data(Qt::DisplayRole).toString(), fonts.at(row)};
        if (measured.contains(cell))
            continue;
        measured.append(std::move(cell));
        hint = std::max(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    // QTableView counts the grid line in.
    return showGrid() ? hint + 1 : hint;
}

QString CopyableTableView::selectedText() const
{
    if (!model() || !selectionModel())
        return {};
    // Visual positions, so that a sorted or rearranged view copies what the user sees.
    QMap<int, QMap<int, QString>> cells;
    int firstColumn = std::numeric_limits<int>::max();
    int lastColumn = -1;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    for (const QModelIndex& index : indexes) {
        if (isIndexHidden(index))
            continue;
        const int row = verticalHeader()->visualIndex(index.row());
        const int column = horizontalHeader()->visualIndex(index.column());
        cells[row][column] = index.data(Qt::DisplayRole).toString();
        firstColumn = std::min(firstColumn, column);
        lastColumn = std::max(lastColumn, column);
    }
    QStringList lines;
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList fields;
        for (int column = firstColumn; column <= lastColumn; ++column)
            fields.append(row->value(column));
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n');
}

void CopyableTableView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void CopyableTableView::keyPressEvent(QKeyEvent* event)
{
    // Reached when the shortcut did not fire (e.g. the key came through a proxy widget); without
    // this, QAbstractItemView would copy the current cell only.
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
