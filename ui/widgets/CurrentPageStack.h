#pragma once

#include <QStackedWidget>

// A stack of pages sized by the page it shows, not by the largest of them: a section scrolls
// (FormScrollArea) as far as its own content reaches, not as far as the tallest hidden page's,
// and laying out the window measures only what is on screen. A QStackedWidget asks every page,
// hidden or not, for its size hints and heights for width; with pages of wrapped labels that was
// most of a start's layout work (issue 9).
class CurrentPageStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit CurrentPageStack(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};
