#include "auth/FormBody.h"

#include <QUrl>

namespace {
QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}
} // namespace

QHash<QString, QString> FormBody::parse(const QByteArray& body)
{
    QHash<QString, QString> fields;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
        if (!fields.contains(name))
            fields.insert(name, value);
    }
    return fields;
}
