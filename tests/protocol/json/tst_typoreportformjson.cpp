#include "JsonTestSupport.h"
#include "protocol/json/TypoReportFormJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(TypoReportForm)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return TypoReportFormJson::fromJson(object, error);
};

TypoReportForm fullForm()
{
    return TypoReportForm {u"Капитальнй"_s, u"Капитальнй ремонт"_s, u"charges"_s, u"опечатка"_s};
}

QJsonObject validJson()
{
    return TypoReportFormJson::toJson(fullForm());
}

} // namespace

class TestTypoReportFormJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void selectionOnly();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void unknownFieldsIgnored();
};

void TestTypoReportFormJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"selection": "Капитальнй", "context": "Капитальнй ремонт",
                             "screen": "charges", "comment": "опечатка"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == fullForm());
}

void TestTypoReportFormJson::selectionOnly()
{
    // The selection goes as selected, blanks included.
    QCOMPARE(JsonTest::compact(TypoReportFormJson::toJson({u" x "_s, {}, {}, {}})),
             JsonTest::compact(JsonTest::parse(uR"({"selection": " x "})"_s)));
}

void TestTypoReportFormJson::roundTrip_data()
{
    QTest::addColumn<TypoReportForm>("form");
    QTest::newRow("full") << fullForm();
    QTest::newRow("selection only") << TypoReportForm {u" x "_s, {}, {}, {}};
    QTest::newRow("screen only") << TypoReportForm {u"y"_s, {}, u"news"_s, {}};
}

void TestTypoReportFormJson::roundTrip()
{
    QFETCH(TypoReportForm, form);
    JsonTest::checkRoundTrip(&TypoReportFormJson::toJson, decode, form);
}

void TestTypoReportFormJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"context"_s, u"screen"_s, u"comment"_s});
}

void TestTypoReportFormJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestTypoReportFormJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestTypoReportFormJson)
#include "tst_typoreportformjson.moc"
