#include "auth/CaptchaGlyphs.h"

#include <QPointF>
#include <QRectF>

#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace {
// One open polyline.
void polyline(QPainterPath& path, std::initializer_list<QPointF> points)
{
    bool first = true;
    for (const QPointF& point : points) {
        if (first)
            path.moveTo(point);
        else
            path.lineTo(point);
        first = false;
    }
}

// An arc of the ellipse in box, from startDegrees sweeping sweepDegrees (positive is
// counter-clockwise on screen), as a stroke of its own.
void arc(QPainterPath& path, const QRectF& box, qreal startDegrees, qreal sweepDegrees)
{
    path.arcMoveTo(box, startDegrees);
    path.arcTo(box, startDegrees, sweepDegrees);
}

QPainterPath digit(char16_t c)
{
    QPainterPath p;
    switch (c) {
    case u'2':
        arc(p, {8, 8, 44, 44}, 160, -200);
        p.lineTo(8, 92);
        p.lineTo(54, 92);
        break;
    case u'3':
        arc(p, {10, 8, 40, 40}, 150, -240);
        arc(p, {8, 48, 44, 44}, 90, -240);
        break;
    case u'4':
        polyline(p, {{42, 92}, {42, 8}, {6, 66}, {56, 66}});
        break;
    case u'5':
        polyline(p, {{50, 8}, {14, 8}, {12, 45}});
        p.arcTo(QRectF(4, 38, 52, 52), 130, -260);
        break;
    case u'6':
        p.moveTo(48, 12);
        p.cubicTo(30, 2, 8, 20, 8, 69);
        p.arcTo(QRectF(8, 46, 44, 46), 180, -360);
        break;
    case u'7':
        polyline(p, {{6, 8}, {54, 8}, {24, 92}});
        break;
    case u'8':
        arc(p, {12, 8, 36, 38}, 90, 360);
        arc(p, {8, 46, 44, 46}, 90, 360);
        break;
    case u'9':
        arc(p, {8, 8, 44, 44}, 0, 360);
        p.moveTo(52, 30);
        p.cubicTo(52, 70, 40, 92, 12, 90);
        break;
    default:
        break;
    }
    return p;
}

QPainterPath letter(char16_t c)
{
    QPainterPath p;
    switch (c) {
    case u'A':
        polyline(p, {{4, 92}, {30, 8}, {56, 92}});
        polyline(p, {{14, 62}, {46, 62}});
        break;
    case u'C':
        arc(p, {6, 8, 50, 84}, 45, 270);
        break;
    case u'E':
        polyline(p, {{52, 8}, {8, 8}, {8, 92}, {52, 92}});
        polyline(p, {{8, 50}, {42, 50}});
        break;
    case u'F':
        polyline(p, {{52, 8}, {8, 8}, {8, 92}});
        polyline(p, {{8, 50}, {42, 50}});
        break;
    case u'H':
        polyline(p, {{8, 8}, {8, 92}});
        polyline(p, {{52, 8}, {52, 92}});
        polyline(p, {{8, 50}, {52, 50}});
        break;
    case u'K':
        polyline(p, {{8, 8}, {8, 92}});
        polyline(p, {{52, 8}, {8, 58}});
        polyline(p, {{22, 44}, {54, 92}});
        break;
    case u'M':
        polyline(p, {{6, 92}, {6, 8}, {30, 60}, {54, 8}, {54, 92}});
        break;
    case u'N':
        polyline(p, {{8, 92}, {8, 8}, {52, 92}, {52, 8}});
        break;
    case u'P':
        polyline(p, {{8, 92}, {8, 8}, {34, 8}});
        p.arcTo(QRectF(12, 8, 44, 44), 90, -180);
        p.lineTo(8, 52);
        break;
    case u'R':
        polyline(p, {{8, 92}, {8, 8}, {34, 8}});
        p.arcTo(QRectF(12, 8, 44, 44), 90, -180);
        p.lineTo(8, 52);
        polyline(p, {{30, 52}, {54, 92}});
        break;
    case u'T':
        polyline(p, {{4, 8}, {56, 8}});
        polyline(p, {{30, 8}, {30, 92}});
        break;
    case u'U':
        polyline(p, {{8, 8}, {8, 66}});
        p.arcTo(QRectF(8, 40, 44, 52), 180, 180);
        p.lineTo(52, 8);
        break;
    case u'W':
        polyline(p, {{4, 8}, {16, 92}, {30, 36}, {44, 92}, {56, 8}});
        break;
    case u'X':
        polyline(p, {{6, 8}, {54, 92}});
        polyline(p, {{54, 8}, {6, 92}});
        break;
    case u'Y':
        polyline(p, {{4, 8}, {30, 50}, {56, 8}});
        polyline(p, {{30, 50}, {30, 92}});
        break;
    default:
        break;
    }
    return p;
}
} // namespace

QString CaptchaGlyphs::alphabet()
{
    return u"23456789ACEFHKMNPRTUWXY"_s;
}

bool CaptchaGlyphs::contains(QChar c)
{
    return alphabet().contains(c);
}

QPainterPath CaptchaGlyphs::glyph(QChar c)
{
    if (!contains(c))
        return {};
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') ? digit(u) : letter(u);
}
