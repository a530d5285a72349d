#include "auth/CaptchaGenerator.h"

#include "auth/CaptchaGlyphs.h"
#include "auth/SecureRandom.h"

QString CaptchaGenerator::randomText()
{
    const QString alphabet = CaptchaGlyphs::alphabet();
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(qsizetype(SecureRandom::bounded(quint32(alphabet.size()))));
    return text;
}

QString CaptchaGenerator::normalizedAnswer(const QString& answer)
{
    return answer.trimmed().toUpper();
}
