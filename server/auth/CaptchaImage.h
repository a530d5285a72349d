#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// Draws a captcha text with CaptchaGlyphs (no fonts): each character turned, slanted, scaled and
// slightly wobbled, over and under some noise, legible to a person but not a clean print for a
// text recogniser. The jitter comes from seed, so a picture can be drawn again for tests.
class CaptchaImage
{
public:
    CaptchaImage() = delete;

    static constexpr int width = 200;
    static constexpr int height = 70;

    static QImage render(const QString& text, quint32 seed);
    // With a random seed.
    static QImage render(const QString& text);
    static QByteArray toPng(const QImage& image);
};
