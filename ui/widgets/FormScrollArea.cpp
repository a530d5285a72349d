#include "widgets/FormScrollArea.h"

#include <QScrollBar>
#include <QStyle>

FormScrollArea::FormScrollArea(QWidget* form, QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formScrollArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    // Tab goes to the form's inputs, and the area scrolls to each (QScrollArea does).
    setFocusPolicy(Qt::NoFocus);
    setWidget(form);
    // The form's own background (the window's), not the base colour of an editor.
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
}

QSize FormScrollArea::sizeHint() const
{
    // QScrollArea caps its hint at a few dozen lines; the form asks for all of itself (a window
    // is made no bigger than the screen allows when shown) and room for a vertical scroll bar.
    if (!widget())
        return QScrollArea::sizeHint();
    QSize size = widget()->sizeHint();
    const int width = size.width();
    if (widget()->hasHeightForWidth())
        size.setHeight(std::max(size.height(), widget()->heightForWidth(width)));
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return size + QSize(scrollBar + 2 * frameWidth(), 2 * frameWidth());
}
