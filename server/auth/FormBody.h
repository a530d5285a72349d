#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// The fields of an HTML form's body (application/x-www-form-urlencoded): "a=1&b=x+y%21".
// '+' is a space, %XX a byte of UTF-8; a repeated name keeps its first value.
class FormBody
{
public:
    FormBody() = delete;

    static QHash<QString, QString> parse(const QByteArray& body);
};
