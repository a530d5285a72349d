#pragma once

#include <QImage>
#include <QSize>

class QChart;

// A chart drawn into an image without a window, for the statement's PDF. Qt Charts draws
// through QGraphicsScene, so this needs a QApplication (offscreen is enough), not only a
// QGuiApplication.
class ChartImage
{
public:
    ChartImage() = delete;

    // chart laid out at size (logical pixels) and drawn at scale times that many pixels, on its
    // own background. Takes chart over and deletes it.
    static QImage render(QChart* chart, QSize size, qreal scale = 2);
};
