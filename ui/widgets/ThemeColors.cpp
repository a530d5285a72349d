#include "widgets/ThemeColors.h"

#include <QApplication>

namespace {

QColor mix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

bool ThemeColors::isDark(const QPalette& palette)
{
    // The window behind the text decides, not the text: some themes keep grey text on both.
    return palette.color(QPalette::Window).lightness() < 128;
}

bool ThemeColors::isDark()
{
    return isDark(QApplication::palette());
}

QColor ThemeColors::error(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor ThemeColors::error()
{
    return error(QApplication::palette());
}

QColor ThemeColors::success(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QColor ThemeColors::success()
{
    return success(QApplication::palette());
}

QColor ThemeColors::warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x5c, 0x44, 0x00);
}

QColor ThemeColors::warning()
{
    return warning(QApplication::palette());
}

QColor ThemeColors::hint(const QPalette& palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
}

QColor ThemeColors::hint()
{
    return hint(QApplication::palette());
}

QColor ThemeColors::accent(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x2b, 0x57, 0x97);
}

QColor ThemeColors::accent()
{
    return accent(QApplication::palette());
}

QColor ThemeColors::newRow(const QPalette& palette)
{
    // A touch of the selection colour over the view's base, whatever the theme.
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.18);
}

QColor ThemeColors::newRow()
{
    return newRow(QApplication::palette());
}
