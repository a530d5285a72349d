#include "auth/SecureRandom.h"

#include <QRandomGenerator>

QByteArray SecureRandom::bytes(qsizetype count)
{
    QByteArray result(count, Qt::Uninitialized);
    QRandomGenerator* generator = QRandomGenerator::system();
    for (qsizetype i = 0; i < count; ++i)
        result[i] = char(generator->bounded(256));
    return result;
}

quint32 SecureRandom::bounded(quint32 bound)
{
    return QRandomGenerator::system()->bounded(bound);
}

QString SecureRandom::urlSafeText(qsizetype byteCount)
{
    return QString::fromLatin1(
        bytes(byteCount).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
