#include "JsonTestSupport.h"
#include "protocol/json/SyncAnswerJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return SyncAnswerJson::fromJson(object, error);
};

// Every key of the answer with one or two entries, in the wire form of docs/api.md.
const QString fullAnswer = uR"({"cursor": "1.1843.202409", "more": true,
 "profile": {"login": "Ivanov", "email": "ivanov@example.ru", "receiptSubscription": true},
 "accounts": [{"id": 3, "number": "16616", "ownerName": "Лебедка Валентина Григорьевна",
               "address": "г.п. Мирный, ул. Мира, д. 4, кв. 7", "areaCentiM2": 3160,
               "ownershipType": "Частная", "balanceKopecks": 22025, "buildingId": 2,
               "hasMeters": true}],
 "removedAccounts": [7, 8],
 "charges": [{"accountId": 3, "lastClosedPeriod": "2014-09",
              "lines": [{"period": "2014-09", "service": "Капитальный ремонт", "unit": "кв.м.",
                         "quantityHundredths": 3160, "tariffKopecks": 520,
                         "baseKopecks": 16432, "recalculationKopecks": 0,
                         "totalKopecks": 16432}],
              "recalculations": [{"id": 9, "appliedIn": "2014-09", "corrects": "2014-06",
                                  "amountKopecks": -1040, "reason": "Уточнение площади"}]},
             {"accountId": 4, "lastClosedPeriod": null, "lines": [], "recalculations": []}],
 "payments": [{"accountId": 3, "items": [
                {"id": 51, "date": "2014-09-25", "amountKopecks": 22025, "source": "Сбербанк"},
                {"id": 52, "date": "2014-08-20", "amountKopecks": 100, "source": "Почта"}]}],
 "meters": [{"accountId": 3, "items": [{"id": 11, "service": "Холодная вода",
             "serialNumber": "A-1", "lastValueThousandths": 12345,
             "lastReadingDate": "2014-09-25",
             "readings": [{"date": "2014-09-25", "valueThousandths": 12345,
                           "state": "accepted"}]}]}],
 "buildings": [{"id": 2, "address": "г.п. Мирный, ул. Мира, д. 4", "yearBuilt": 1968,
                "floors": 5, "entrances": 4, "flats": 80, "totalAreaCentiM2": 362050,
                "livingAreaCentiM2": 251000, "wallMaterial": "Кирпич", "roofType": "Скатная",
                "utilities": ["Центральное отопление"], "fundAccount": "regional_operator",
                "works": [{"id": 5, "name": "Ремонт крыши", "plannedFrom": "2016-01",
                           "plannedTo": "2016-12", "status": "completed",
                           "costKopecks": 120000000}],
                "fund": {"asOf": "2014-09-30", "chargedKopecks": 10, "paidKopecks": 5,
                         "debtKopecks": 5, "spentKopecks": 0}}],
 "organizations": [{"id": 1, "name": "Фонд", "role": "Региональный оператор", "address": "",
                    "phones": ["+7 3822 00-00-00"], "email": "", "openingHours": "",
                    "website": null, "inn": "", "kpp": "", "bankName": "", "bic": "",
                    "settlementAccount": "", "correspondentAccount": ""}],
 "news": [{"id": 4, "published": "2014-09-25T10:15:00Z", "title": "Новость", "body": "Текст"}],
 "appeals": [{"id": 12, "accountId": 3, "topic": "Вопрос", "text": "Текст",
              "status": "answered", "answer": "Ответ", "createdAt": "2014-09-25T10:15:00Z",
              "answeredAt": "2014-09-26T08:00:00Z"}]})"_s;

QJsonObject full()
{
    return JsonTest::parse(fullAnswer);
}

JsonError errorAt(JsonError::Reason reason, const QString& field)
{
    return JsonError::make(reason, field);
}

// full() with the value at path (keys and array indexes) replaced by value.
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object.insert(step, replaced(object.value(step), path, value));
    return object;
}

QJsonObject fullWith(const QString& dottedPath, const QJsonValue& value)
{
    return replaced(full(), dottedPath.split(u'.'), value).toObject();
}

} // namespace

class TestSyncAnswerJson : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryKey()
    {
        JsonError error;
        const std::optional<SyncAnswerBody> answer = SyncAnswerJson::fromJson(full(), &error);
        QVERIFY2(answer, qPrintable(error.message));
        QCOMPARE(answer->cursor, u"1.1843.202409"_s);
        QVERIFY(answer->more);
        QVERIFY(answer->profile);
        QCOMPARE(answer->profile->login, u"Ivanov"_s);
        QCOMPARE(answer->accounts.size(), 1);
        QCOMPARE(answer->accounts.at(0).balance.kopecks(), 22025);
        QCOMPARE(answer->removedAccounts, (QList<qint64> {7, 8}));

        QCOMPARE(answer->charges.size(), 2);
        const AccountCharges& charges = answer->charges.at(0);
        QCOMPARE(charges.accountId, 3);
        QCOMPARE(charges.lastClosedPeriod, Period(2014, 9));
        QCOMPARE(charges.lines.size(), 1);
        QCOMPARE(charges.lines.at(0).accountId, 3); // the entry's account reaches the lines
        QCOMPARE(charges.lines.at(0).total.kopecks(), 16432);
        QCOMPARE(charges.recalculations.at(0).accountId, 3);
        QCOMPARE(charges.recalculations.at(0).amount.kopecks(), -1040);
        QCOMPARE(answer->charges.at(1).accountId, 4);
        QVERIFY(!answer->charges.at(1).lastClosedPeriod.isValid());

        QCOMPARE(answer->payments.size(), 1);
        QCOMPARE(answer->payments.at(0).accountId, 3);
        QCOMPARE(answer->payments.at(0).items.size(), 2);
        for (const Payment& payment : answer->payments.at(0).items)
            QCOMPARE(payment.accountId, 3);
        QCOMPARE(answer->payments.at(0).items.at(1).amount.kopecks(), 100);

        QCOMPARE(answer->meters.size(), 1);
        const MeterDetails& meter = answer->meters.at(0).items.at(0);
        QCOMPARE(meter.meter.accountId, 3);
        QCOMPARE(meter.readings.size(), 1);
        QCOMPARE(meter.readings.at(0).meterId, 11);

        QCOMPARE(answer->buildings.size(), 1);
        QCOMPARE(answer->buildings.at(0).works.size(), 1);
        QCOMPARE(answer->buildings.at(0).fund.buildingId, 2);
        QCOMPARE(answer->organizations.size(), 1);
        QCOMPARE(answer->news.size(), 1);
        QCOMPARE(answer->appeals.size(), 1);
        QCOMPARE(answer->appeals.at(0).serverId, std::optional<qint64>(12));
        QVERIFY(!answer->isEmpty());
    }

    void countsRowsLikeThePagingBudget()
    {
        const std::optional<SyncAnswerBody> answer = SyncAnswerJson::fromJson(full());
        QVERIFY(answer);
        // profile 1, account 1, removed 2, line 1, recalculation 1, payments 2, meter 1 +
        // reading 1, building 1 + work 1, organization 1, news 1, appeal 1.
        QCOMPARE(answer->rowCount(), 15);
    }

    void nothingNewIsJustTheCursor()
    {
        const QJsonObject body = JsonTest::parse(uR"({"cursor": "1.1843.202409", "more": false})");
        JsonError error;
        const std::optional<SyncAnswerBody> answer = SyncAnswerJson::fromJson(body, &error);
        QVERIFY2(answer, qPrintable(error.message));
        QVERIFY(answer->isEmpty());
        QVERIFY(!answer->more);
        QCOMPARE(answer->rowCount(), 0);
        QCOMPARE(JsonTest::compact(SyncAnswerJson::toJson(*answer)),
                 JsonTest::compact(body)); // nothing but the two keys is written
    }

    void roundTrips()
    {
        const std::optional<SyncAnswerBody> answer = SyncAnswerJson::fromJson(full());
        QVERIFY(answer);
        JsonTest::checkRoundTrip<SyncAnswerBody>(SyncAnswerJson::toJson, decode, *answer);
    }

    void cursorAndMoreAreRequired()
    {
        const QJsonObject valid = full();
        const QStringList optional {
            u"profile"_s, u"accounts"_s,  u"removedAccounts"_s, u"charges"_s, u"payments"_s,
            u"meters"_s,  u"buildings"_s, u"organizations"_s,   u"news"_s,    u"appeals"_s};
        JsonTest::checkRequiredFields(decode, valid, optional);
        JsonTest::checkWrongTypes(decode, valid);
    }

    void absentAndEmptyListsAreNothing()
    {
        QJsonObject body = full();
        for (const QString& key : {u"accounts"_s, u"charges"_s, u"payments"_s, u"news"_s})
            body.insert(key, QJsonArray());
        body.remove(u"profile"_s);
        JsonError error;
        const std::optional<SyncAnswerBody> answer = SyncAnswerJson::fromJson(body, &error);
        QVERIFY2(answer, qPrintable(error.message));
        QVERIFY(!answer->profile);
        QVERIFY(answer->accounts.isEmpty());
        QVERIFY(answer->charges.isEmpty());
        QVERIFY(answer->payments.isEmpty());
        QVERIFY(answer->news.isEmpty());
        QCOMPARE(answer->appeals.size(), 1);
    }

    void anEmptyCursorIsRefused()
    {
        // It would send the next request without a cursor: everything again, and with "more"
        // true the same first page for ever.
        QCOMPARE(JsonTest::decodeErrorWith(decode, full(), u"cursor"_s, QString()),
                 errorAt(JsonError::Reason::Inconsistent, u"cursor"_s));
    }

    void nestedErrorsNameTheirPath()
    {
        using Reason = JsonError::Reason;
        const struct
        {
            QString path;
            QJsonValue value;
            JsonError expected;
        } cases[] = {
            {u"charges.0.lines.0.totalKopecks"_s, 1.5,
             errorAt(Reason::NotAnInteger, u"charges[0].lines[0].totalKopecks"_s)},
            {u"charges.1.lastClosedPeriod"_s, u"2014-13"_s,
             errorAt(Reason::BadPeriod, u"charges[1].lastClosedPeriod"_s)},
            {u"charges.0.accountId"_s, u"3"_s,
             errorAt(Reason::WrongType, u"charges[0].accountId"_s)},
            {u"charges.0.recalculations.0.appliedIn"_s, QJsonValue::Null,
             errorAt(Reason::WrongType, u"charges[0].recalculations[0].appliedIn"_s)},
            {u"payments.0.items.1.date"_s, u"2014-02-30"_s,
             errorAt(Reason::BadDate, u"payments[0].items[1].date"_s)},
            {u"payments.0.accountId"_s, 1e20,
             errorAt(Reason::OutOfRange, u"payments[0].accountId"_s)},
            {u"meters.0.items.0.readings.0.state"_s, u"lost"_s,
             errorAt(Reason::UnknownKey, u"meters[0].items[0].readings[0].state"_s)},
            {u"meters.0.items"_s, QJsonObject(), errorAt(Reason::WrongType, u"meters[0].items"_s)},
            {u"accounts.0.balanceKopecks"_s, u"220,25"_s,
             errorAt(Reason::WrongType, u"accounts[0].balanceKopecks"_s)},
            {u"buildings.0.works.0.status"_s, u"done"_s,
             errorAt(Reason::UnknownKey, u"buildings[0].works[0].status"_s)},
            {u"news.0.published"_s, u"2014-09-25"_s,
             errorAt(Reason::BadInstant, u"news[0].published"_s)},
            {u"appeals.0.status"_s, u"draft"_s,
             errorAt(Reason::UnknownKey, u"appeals[0].status"_s)},
            {u"organizations.0"_s, 5, errorAt(Reason::WrongType, u"organizations[0]"_s)},
            {u"profile.email"_s, QJsonValue::Null, errorAt(Reason::WrongType, u"profile.email"_s)},
            {u"removedAccounts.1"_s, 7.5, errorAt(Reason::NotAnInteger, u"removedAccounts[1]"_s)},
            {u"removedAccounts.0"_s, u"7"_s, errorAt(Reason::WrongType, u"removedAccounts[0]"_s)},
            {u"removedAccounts.0"_s, QJsonValue::Null,
             errorAt(Reason::WrongType, u"removedAccounts[0]"_s)},
            {u"removedAccounts.1"_s, 9007199254740992.0,
             errorAt(Reason::OutOfRange, u"removedAccounts[1]"_s)},
        };
        for (const auto& each : cases) {
            const JsonError error = JsonTest::decodeError(decode, fullWith(each.path, each.value));
            QVERIFY2(error == each.expected,
                     qPrintable(each.path + u": got "_s + QString::number(int(error.reason))
                                + u" at "_s + error.field));
        }
    }

    void anAccountHasOneEntryPerList()
    {
        using Reason = JsonError::Reason;
        for (const QString& key : {u"charges"_s, u"payments"_s, u"meters"_s}) {
            QJsonObject body = full();
            QJsonArray entries = body.value(key).toArray();
            QJsonObject twin = entries.at(0).toObject();
            entries.append(twin);
            body.insert(key, entries);
            const QString field =
                key + u'[' + QString::number(entries.size() - 1) + u"].accountId"_s;
            QCOMPARE(JsonTest::decodeError(decode, body), errorAt(Reason::Inconsistent, field));
        }
    }

    void unknownKeysAreIgnored() { JsonTest::checkUnknownFieldsIgnored(decode, full()); }

    void listsOfTheWrongTypeAreNamed()
    {
        for (const QString& key :
             {u"accounts"_s, u"removedAccounts"_s, u"charges"_s, u"payments"_s, u"meters"_s,
              u"buildings"_s, u"organizations"_s, u"news"_s, u"appeals"_s}) {
            QCOMPARE(JsonTest::decodeErrorWith(decode, full(), key, QJsonObject()),
                     errorAt(JsonError::Reason::WrongType, key));
            QCOMPARE(JsonTest::decodeErrorWith(decode, full(), key, u"[]"_s),
                     errorAt(JsonError::Reason::WrongType, key));
        }
        QCOMPARE(JsonTest::decodeErrorWith(decode, full(), u"profile"_s, QJsonArray()),
                 errorAt(JsonError::Reason::WrongType, u"profile"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncAnswerJson)
#include "tst_syncanswerjson.moc"
