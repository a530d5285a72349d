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

    // A column fitted to its contents (QHeaderView::ResizeToContents) is as wide as its widest
    // cell. QTableView finds it by laying out the text of every row (up to 1000), and again on
    // each layout pass (a fill, a scroll bar coming, a resize): for the 241 rows of a 20-year
    // charges history that was most of the time to show it. On, only the cells whose text is
    // among the longest of their font are measured; the others cannot be wider (give or take
    // glyph widths, which the margin of a few characters covers). For models whose cells differ
    // in text and font only (no icons, no check boxes); off by default.
    void setMeasuresLongestTextsOnly(bool on) { m_longestTextsOnly = on; }
    bool measuresLongestTextsOnly() const { return m_longestTextsOnly; }
    int sizeHintForColumn(int column) const override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_longestTextsOnly = false;
};
