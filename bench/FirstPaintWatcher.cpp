#include "FirstPaintWatcher.h"

#include "BenchClock.h"

#include <QEvent>

FirstPaintWatcher::FirstPaintWatcher(QWidget* root, std::function<bool()> ready, QObject* parent)
    : QObject(parent)
    , m_ready(std::move(ready))
{
    // The children too: a widget that draws nothing of its own may get no paint event when only
    // a label inside it changed.
    m_watched << root;
    for (QWidget* child : root->findChildren<QWidget*>())
        m_watched << child;
    for (const QPointer<QWidget>& widget : std::as_const(m_watched))
        widget->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_paintedNs == 0 && m_ready()) {
        m_paintedNs = BenchClock::nowNs();
        for (const QPointer<QWidget>& widget : std::as_const(m_watched)) {
            if (widget)
                widget->removeEventFilter(this);
        }
        emit painted(m_paintedNs);
    }
    return QObject::eventFilter(watched, event);
}
