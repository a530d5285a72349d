#pragma once

#include <QPainterPath>
#include <QString>

// The captcha's own letters: each character of the alphabet as pen strokes (lines and arcs) in a
// box of boxWidth × boxHeight units, y pointing down. Drawing them needs no font, so the server
// renders the same pictures on any machine, fonts installed or not.
//
// The alphabet is digits and capital Latin letters without the look-alikes a person could
// confuse: no 0/O/Q/D, 1/I/L/J, 5-alike S, 8-alike B, 6-alike G, 2-alike Z, U-alike V.
class CaptchaGlyphs
{
public:
    CaptchaGlyphs() = delete;

    static constexpr qreal boxWidth = 60;
    static constexpr qreal boxHeight = 100;

    static QString alphabet();
    static bool contains(QChar c);
    // The strokes of c (an alphabet character, upper case); an empty path for anything else.
    static QPainterPath glyph(QChar c);
};
