#include "charts/ChartImage.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

#include <memory>

QImage ChartImage::render(QChart* chart, QSize size, qreal scale)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(chart->geometry());
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), scene.sceneRect());
    painter.end();
    return image;
}
