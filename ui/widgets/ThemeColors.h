#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The few colours of meaning the screens add to the system palette — an error, a success, a
// warning, a quiet hint, an accent, a row that is new — each in a shade that reads on that palette,
// light or dark. Derived from the palette when a call is made, so a screen built after a change of
// theme follows it. For style sheets and rich text, css() gives "#rrggbb".
class ThemeColors
{
public:
    // The application's palette when none is given.
    static bool isDark(const QPalette& palette);
    static bool isDark();

    static QColor error(const QPalette& palette);
    static QColor error();
    static QColor success(const QPalette& palette);
    static QColor success();
    static QColor warning(const QPalette& palette);
    static QColor warning();
    // Text quieter than the body: between the text and the window colours.
    static QColor hint(const QPalette& palette);
    static QColor hint();
    static QColor accent(const QPalette& palette);
    static QColor accent();
    // A background that marks a row as new, with the palette's text still readable on it.
    static QColor newRow(const QPalette& palette);
    static QColor newRow();

    static QString css(const QColor& color) { return color.name(QColor::HexRgb); }
};
