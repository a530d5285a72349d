#include "widgets/CurrentPageStack.h"

#include <QLayout>

namespace {

// What a layout would give the page at least: its own minimum, or its hint for one.
QSize minimumOf(const QWidget* page)
{
    QSize size = page->minimumSizeHint();
    if (page->minimumWidth() > 0)
        size.setWidth(page->minimumWidth());
    if (page->minimumHeight() > 0)
        size.setHeight(page->minimumHeight());
    return size.expandedTo(QSize(0, 0));
}

} // namespace

CurrentPageStack::CurrentPageStack(QWidget* parent)
    : QStackedWidget(parent)
{
    // The stack's own layout would set its minimum size from every page (QLayout::activate):
    // the minimum comes from minimumSizeHint() below instead.
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize CurrentPageStack::sizeHint() const
{
    const QWidget* page = currentWidget();
    return page ? page->sizeHint().expandedTo(minimumOf(page)) : QSize(0, 0);
}

QSize CurrentPageStack::minimumSizeHint() const
{
    const QWidget* page = currentWidget();
    return page ? minimumOf(page) : QSize(0, 0);
}

bool CurrentPageStack::hasHeightForWidth() const
{
    const QWidget* page = currentWidget();
    return page && page->hasHeightForWidth();
}

int CurrentPageStack::heightForWidth(int width) const
{
    const QWidget* page = currentWidget();
    if (!page || !page->hasHeightForWidth())
        return -1;
    return std::max(page->heightForWidth(width), minimumOf(page).height());
}
