#include "JsonTestSupport.h"
#include "protocol/json/NewsItemJson.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(NewsItem)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return NewsItemJson::fromJson(object, error);
};

NewsItem sampleItem()
{
    NewsItem item;
    item.id = 12;
    item.published = QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);
    item.title = u"Изменение размера взноса"_s;
    item.body = u"С 1 января 2015 года минимальный размер взноса — 5,20 ₽ "
                u"за "
                u"кв. "
                u"м.\n"
                u"Подробнее — в разделе «Документы»."_s;
    return item;
}

QJsonObject validJson()
{
    return NewsItemJson::toJson(sampleItem());
}

} // namespace

class TestNewsItemJson : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAsInApi();
    void readIsNotOnTheWire();
    void publishedIsUtc();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void published();
    void unknownFieldsIgnored();
};

void TestNewsItemJson::fieldsAsInApi()
{
    const QJsonObject expected = JsonTest::parse(
        uR"({"id": 12, "published": "2014-09-25T10:15:00Z", "title": "Изменение размера взноса",
             "body": "С 1 января 2015 года минимальный размер взноса — 5,20 ₽ за кв. м.\nПодробнее — в разделе «Документы»."})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(expected));
    QVERIFY(decode(expected, nullptr) == sampleItem());
}

void TestNewsItemJson::readIsNotOnTheWire()
{
    NewsItem read = sampleItem();
    read.read = true;
    const QJsonObject json = NewsItemJson::toJson(read);
    QVERIFY(!json.contains(u"read"));
    QCOMPARE(JsonTest::compact(json), JsonTest::compact(validJson()));
    QJsonObject withRead = json;
    withRead.insert(u"read"_s, true); // even if a server sent it, the client's own flag counts
    QCOMPARE(decode(withRead, nullptr)->read, false);
}

void TestNewsItemJson::publishedIsUtc()
{
    NewsItem local = sampleItem();
    local.published = QDateTime(QDate(2014, 9, 25), QTime(14, 15), QTimeZone("Europe/Moscow"));
    QCOMPARE(NewsItemJson::toJson(local).value(u"published").toString(), u"2014-09-25T10:15:00Z"_s);
    const std::optional<NewsItem> decoded = decode(NewsItemJson::toJson(local), nullptr);
    QVERIFY(decoded);
    QCOMPARE(decoded->published, local.published); // the same instant
    QCOMPARE(decoded->published.timeSpec(), Qt::UTC);
}

void TestNewsItemJson::roundTrip_data()
{
    QTest::addColumn<NewsItem>("item");
    QTest::newRow("sample") << sampleItem();
    NewsItem precise = sampleItem();
    precise.published = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    precise.body = QString();
    QTest::newRow("milliseconds, empty body") << precise;
}

void TestNewsItemJson::roundTrip()
{
    QFETCH(NewsItem, item);
    JsonTest::checkRoundTrip(&NewsItemJson::toJson, decode, item);
}

void TestNewsItemJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestNewsItemJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestNewsItemJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"id"_s, JsonTest::Width::Safe53);
}

void TestNewsItemJson::published()
{
    JsonTest::checkInstantField(decode, validJson(), u"published"_s);
}

void TestNewsItemJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestNewsItemJson)
#include "tst_newsitemjson.moc"
