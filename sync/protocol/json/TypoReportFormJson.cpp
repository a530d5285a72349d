#include "TypoReportFormJson.h"

#include "protocol/json/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject TypoReportFormJson::toJson(const TypoReportForm& typoReportForm)
{
    QJsonObject object {{u"selection"_s, typoReportForm.selection}};
    const auto insertIfSet = [&object](const QString& key, const QString& value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    insertIfSet(u"context"_s, typoReportForm.context);
    insertIfSet(u"screen"_s, typoReportForm.screen);
    insertIfSet(u"comment"_s, typoReportForm.comment);
    return object;
}

std::optional<TypoReportForm> TypoReportFormJson::fromJson(const QJsonObject& object,
                                                           JsonError* error)
{
    JsonReader reader(object);
    TypoReportForm form;
    form.selection = reader.string(u"selection");
    form.context = reader.optionalString(u"context");
    form.screen = reader.optionalString(u"screen");
    form.comment = reader.optionalString(u"comment");
    return reader.result(form, error);
}
