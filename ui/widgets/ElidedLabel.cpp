#include "widgets/ElidedLabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <cmath>

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setText(text);
}

void ElidedLabel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    setAccessibleName(text);
    updateGeometry();
    update();
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(m_text, Qt::ElideRight, contentsRect().width());
}

QSize ElidedLabel::sizeHint() const
{
    // The fractional width, rounded up: elidedText() shortens a line that is a fraction of a
    // pixel wider than the integer advance says.
    const QFontMetricsF metrics(font());
    const QMargins margins = contentsMargins();
    return QSize(int(std::ceil(metrics.horizontalAdvance(m_text))) + margins.left()
                     + margins.right(),
                 int(std::ceil(metrics.height())) + margins.top() + margins.bottom());
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a word's start and the ellipsis: less says nothing.
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    const int least = std::min(metrics.horizontalAdvance(m_text),
                               metrics.horizontalAdvance(QStringLiteral("Nnnn…")));
    return QSize(least + margins.left() + margins.right(),
                 metrics.height() + margins.top() + margins.bottom());
}

void ElidedLabel::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, palette(),
                          isEnabled(), shownText(), foregroundRole());
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
}
