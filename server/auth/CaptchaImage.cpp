#include "auth/CaptchaImage.h"

#include "auth/CaptchaGlyphs.h"
#include "auth/SecureRandom.h"

#include <QBuffer>
#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRandomGenerator>
#include <QTransform>

namespace {
constexpr qreal margin = 10;
constexpr qreal glyphHeight = 46; // pixels, before the random scaling

qreal between(QRandomGenerator& random, qreal low, qreal high)
{
    return low + random.generateDouble() * (high - low);
}

// Moves every point of the path a little, so that no two strokes of a character are the same.
QPainterPath wobbled(QPainterPath path, QRandomGenerator& random, qreal amount)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        path.setElementPositionAt(i, element.x + between(random, -amount, amount),
                                  element.y + between(random, -amount, amount));
    }
    return path;
}

// A wavy line across the picture.
QPainterPath noiseCurve(QRandomGenerator& random)
{
    QPainterPath curve;
    curve.moveTo(between(random, -10, 20), between(random, 5, CaptchaImage::height - 5));
    curve.cubicTo(between(random, 30, 90), between(random, -20, CaptchaImage::height + 20),
                  between(random, 110, 170), between(random, -20, CaptchaImage::height + 20),
                  between(random, CaptchaImage::width - 20, CaptchaImage::width + 10),
                  between(random, 5, CaptchaImage::height - 5));
    return curve;
}

QColor darkInk(QRandomGenerator& random)
{
    return QColor::fromHsv(int(random.bounded(360)), 120 + int(random.bounded(100)),
                           50 + int(random.bounded(60)));
}

void drawSpeckles(QPainter& painter, QRandomGenerator& random, int count)
{
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < count; ++i) {
        const int grey = 90 + int(random.bounded(120));
        painter.setBrush(QColor(grey, grey, grey));
        const qreal size = between(random, 1.0, 2.6);
        painter.drawEllipse(QRectF(between(random, 0, CaptchaImage::width),
                                   between(random, 0, CaptchaImage::height), size, size));
    }
    painter.setBrush(Qt::NoBrush);
}
} // namespace

QImage CaptchaImage::render(const QString& text, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(random.bounded(360)), 18, 246));

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    drawSpeckles(painter, random, 220);
    for (int i = 0; i < 3; ++i) {
        const int grey = 140 + int(random.bounded(60));
        painter.setPen(QPen(QColor(grey, grey, grey + 20), between(random, 1.0, 1.8)));
        painter.drawPath(noiseCurve(random));
    }

    const qsizetype count = qMax<qsizetype>(1, text.size());
    const qreal slot = (width - 2 * margin) / qreal(count);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QPainterPath glyph = CaptchaGlyphs::glyph(text.at(i).toUpper());
        if (glyph.isEmpty())
            continue;
        const qreal scale = glyphHeight / CaptchaGlyphs::boxHeight * between(random, 0.88, 1.1);
        QTransform transform;
        transform.translate(margin + slot * (qreal(i) + 0.5) + between(random, -3, 3),
                            height / 2.0 + between(random, -5, 5));
        transform.rotate(between(random, -18, 18));
        transform.shear(between(random, -0.18, 0.18), 0);
        transform.scale(scale * between(random, 0.9, 1.1), scale);
        transform.translate(-CaptchaGlyphs::boxWidth / 2, -CaptchaGlyphs::boxHeight / 2);

        QPen pen(darkInk(random), between(random, 3.6, 4.6));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawPath(transform.map(wobbled(glyph, random, 2.5)));
    }

    for (int i = 0; i < 2; ++i) {
        painter.setPen(QPen(darkInk(random), between(random, 1.2, 2.0)));
        painter.drawPath(noiseCurve(random));
    }
    drawSpeckles(painter, random, 60);
    painter.end();
    return image;
}

QImage CaptchaImage::render(const QString& text)
{
    return render(text, SecureRandom::bounded(0xffffffffu));
}

QByteArray CaptchaImage::toPng(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
