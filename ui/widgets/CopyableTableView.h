#pragma once

#include <QTableView>

// A table view whose Ctrl+C (and context menu «Copy») puts every selected cell on the clipboard
// as tab-separated rows, the form spreadsheets paste as cells. QTableView alone copies only the
// current cell.
class CopyableTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CopyableTableView(QWidget* parent = nullptr);

    // The selected cells' display text: columns separated by tabs, rows by newlines, in visual
    // order. Unselected cells inside the selection's span of columns stay empty, so columns line
    // up when pasted.
    QString selectedText() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
};
