#include "JsonTestSupport.h"
#include "protocol/json/AppealJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Appeal)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return AppealJson::fromJson(object, error);
};

Appeal answeredAppeal()
{
    Appeal appeal;
    appeal.serverId = 17;
    appeal.accountId = 3;
    appeal.topic = u"Перерасчет за июнь"_s;
    appeal.text = u"Прошу пересчитать взнос: площадь квартиры 31,6 кв. м, а не 33,6."_s;
    appeal.status = Appeal::Status::Answered;
    appeal.answer = u"Перерасчет выполнен в сентябре 2014 года."_s;
    appeal.createdAt = QDateTime(QDate(2014, 9, 1), QTime(8, 0), Qt::UTC);
    appeal.answeredAt = QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);
    return appeal;
}

Appeal newAppeal()
{
    Appeal appeal = answeredAppeal();
    appeal.accountId.reset();
    appeal.status = Appeal::Status::Registered;
    appeal.answer.clear();
    appeal.answeredAt = QDateTime();
    return appeal;
}

QJsonObject validJson()
{
    return AppealJson::toJson(answeredAppeal());
}

} // namespace

class TestAppealJson : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAsInApi();
    void unansweredHasNulls();
    void localIdIsNotOnTheWire();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void instants();
    void status();
    void unknownFieldsIgnored();
};

void TestAppealJson::fieldsAsInApi()
{
    const QJsonObject expected =
        JsonTest::parse(uR"({"id": 17, "accountId": 3, "topic": "Перерасчет за июнь",
             "text": "Прошу пересчитать взнос: площадь квартиры 31,6 кв. м, а не 33,6.",
             "status": "answered", "answer": "Перерасчет выполнен в сентябре 2014 года.",
             "createdAt": "2014-09-01T08:00:00Z", "answeredAt": "2014-09-25T10:15:00Z"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(expected));
    QVERIFY(decode(expected, nullptr) == answeredAppeal());
}

void TestAppealJson::unansweredHasNulls()
{
    const QJsonObject json = AppealJson::toJson(newAppeal());
    QVERIFY(json.value(u"accountId").isNull());
    QVERIFY(json.value(u"answer").isNull());
    QVERIFY(json.value(u"answeredAt").isNull());
    QCOMPARE(json.value(u"status").toString(), u"registered"_s);
    QCOMPARE(json.size(), 8);
}

void TestAppealJson::localIdIsNotOnTheWire()
{
    Appeal appeal = answeredAppeal();
    appeal.localId = 5;
    const QJsonObject json = AppealJson::toJson(appeal);
    QCOMPARE(json.value(u"id").toInteger(), 17);
    QCOMPARE(decode(json, nullptr)->localId, 0);
}

void TestAppealJson::roundTrip_data()
{
    QTest::addColumn<Appeal>("appeal");
    QTest::newRow("answered") << answeredAppeal();
    QTest::newRow("registered, no account") << newAppeal();
    Appeal inProgress = newAppeal();
    inProgress.status = Appeal::Status::InProgress;
    inProgress.text = u"Строка 1\nСтрока 2\t«кавычки» \"quotes\" \\ 😀"_s;
    QTest::newRow("in progress") << inProgress;
    Appeal closed = answeredAppeal();
    closed.status = Appeal::Status::Closed;
    QTest::newRow("closed") << closed;
}

void TestAppealJson::roundTrip()
{
    QFETCH(Appeal, appeal);
    JsonTest::checkRoundTrip(&AppealJson::toJson, decode, appeal);
}

void TestAppealJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(),
                                  {u"accountId"_s, u"answer"_s, u"answeredAt"_s});
}

void TestAppealJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestAppealJson::numbers()
{
    for (const QString& key : {u"id"_s, u"accountId"_s}) {
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestAppealJson::instants()
{
    JsonTest::checkInstantField(decode, validJson(), u"createdAt"_s);
    if (QTest::currentTestFailed())
        return;
    JsonTest::checkInstantField(decode, validJson(), u"answeredAt"_s);
}

void TestAppealJson::status()
{
    // Draft and Queued never leave the client.
    JsonTest::checkEnumField(decode, validJson(), u"status"_s,
                             {u"registered"_s, u"in_progress"_s, u"answered"_s, u"closed"_s},
                             {u"draft"_s, u"queued"_s});
    QCOMPARE(AppealJson::statusKey(Appeal::Status::Draft), QString());
    QCOMPARE(AppealJson::statusKey(Appeal::Status::Queued), QString());
    QCOMPARE(AppealJson::statusKey(Appeal::Status::InProgress), u"in_progress"_s);
    QCOMPARE(AppealJson::statusFromKey(u"queued"), std::nullopt);
    QCOMPARE(AppealJson::statusFromKey(u"closed"), Appeal::Status::Closed);
}

void TestAppealJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestAppealJson)
#include "tst_appealjson.moc"
