#pragma once

#include <QString>

// The text of a new captcha challenge and the form answers are compared in.
class CaptchaGenerator
{
public:
    CaptchaGenerator() = delete;

    static constexpr int length = 5;

    // length characters of CaptchaGlyphs::alphabet(), uniformly and unpredictably chosen.
    static QString randomText();
    // Answers are case-insensitive and surrounding blanks are forgiven: "d398s " is "D398S".
    static QString normalizedAnswer(const QString& answer);
};
