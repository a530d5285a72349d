#include "JsonError.h"

#include <QCoreApplication>

JsonError JsonError::make(Reason reason, const QString& field)
{
    return JsonError {reason, field, reasonText(reason, field)};
}

JsonError JsonError::nestedIn(QStringView prefix) const
{
    if (field.isEmpty())
        return make(reason, prefix.toString());
    if (field.startsWith(u'['))
        return make(reason, prefix + field);
    return make(reason, prefix + u'.' + field);
}

QString JsonError::reasonText(Reason reason, const QString& field)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::NotJson:
        return QCoreApplication::translate("JsonError", "The body is not valid JSON.");
    case Reason::NotAnObject:
        return QCoreApplication::translate("JsonError", "The body is not a JSON object.");
    case Reason::Missing:
        return QCoreApplication::translate("JsonError", "The field \"%1\" is missing.").arg(field);
    case Reason::WrongType:
        return QCoreApplication::translate("JsonError", "The field \"%1\" has the wrong type.")
            .arg(field);
    case Reason::NotAnInteger:
        return QCoreApplication::translate("JsonError", "The field \"%1\" must be a whole number.")
            .arg(field);
    case Reason::OutOfRange:
        return QCoreApplication::translate("JsonError", "The number in \"%1\" is out of range.")
            .arg(field);
    case Reason::BadPeriod:
        return QCoreApplication::translate("JsonError",
                                           "The field \"%1\" must be a month such as 2014-09.")
            .arg(field);
    case Reason::BadDate:
        return QCoreApplication::translate("JsonError",
                                           "The field \"%1\" must be a date such as 2014-09-25.")
            .arg(field);
    case Reason::BadInstant:
        return QCoreApplication::translate(
                   "JsonError", "The field \"%1\" must be a UTC time such as 2014-09-25T10:15:00Z.")
            .arg(field);
    case Reason::UnknownKey:
        return QCoreApplication::translate("JsonError", "The value of \"%1\" is not known.")
            .arg(field);
    case Reason::BadUrl:
        return QCoreApplication::translate("JsonError", "The field \"%1\" is not a valid address.")
            .arg(field);
    case Reason::Inconsistent:
        return QCoreApplication::translate("JsonError",
                                           "The field \"%1\" contradicts the other fields.")
            .arg(field);
    }
    return {};
}
