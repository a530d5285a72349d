#include "widgets/WrappedTextFit.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

#include <algorithm>

void WrappedTextFit::install(QWidget* window)
{
    window->installEventFilter(new WrappedTextFit(window));
}

WrappedTextFit::WrappedTextFit(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

bool WrappedTextFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest
            || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void WrappedTextFit::fit()
{
    QLayout* layout = m_window->layout();
    if (m_fitting || !layout)
        return;
    // The layout's minimum first (it sets it on the window only while no height was set by hand).
    layout->activate();
    int needed = layout->totalMinimumSize().height();
    if (layout->hasHeightForWidth())
        needed = std::max(needed, layout->totalHeightForWidth(m_window->width()));
    if (needed == m_window->minimumHeight())
        return;
    m_fitting = true;
    m_window->setMinimumHeight(needed); // grows the window when it is lower
    m_fitting = false;
}
