#include "widgets/CopyableTableView.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMap>

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
