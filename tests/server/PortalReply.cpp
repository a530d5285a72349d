#include "PortalReply.h"

QByteArray PortalReply::header(const QByteArray& name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key.toLower() == wanted)
            return value;
    }
    return {};
}

QString PortalReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toString();
}

QString PortalReply::errorField() const
{
    return json.value(QStringLiteral("field")).toString();
}
