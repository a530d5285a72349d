#pragma once

#include <QColor>
#include <QPalette>

class QChart;

// Charts that read in the window's palette, light or dark: Qt Charts' light or dark theme by
// the lightness of the palette's window colour, the background and text taken from the palette
// itself, and series colours that keep their meaning in both (red for what is charged, as a
// debt reads in red everywhere in the app; green for what is paid; blue for the balance), each
// a shade that stands out on that background.
class ChartTheme
{
public:
    enum class Series
    {
        Balance,
        Charged,
        Paid,
    };

    ChartTheme() = delete;

    static bool isDark(const QPalette& palette);
    static QColor color(Series series, const QPalette& palette);
    // Applies the theme, then the palette's colours to the background, title, legend and axes.
    // Call after the series and axes are attached, since a theme resets their colours.
    static void apply(QChart* chart, const QPalette& palette);
    // The palette charts are printed with: dark text on white paper, whatever the screen's.
    static QPalette paperPalette();
};
