// The accounts area's read endpoints against the real binary with --demo: the address directory,
// the account list and card, charges (closed periods only), payments, the movement of funds (to
// the kopeck), the building, organizations and news; another user's 404s; unlinking.
#include "DemoPortalFlows.h"
#include "demo/DemoFacts.h"
#include "protocol/Period.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

class AccountRoutesTest : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    DemoPortalFlows m_flows {m_portal};
    QString m_demo; // the demo user's access token
    QString m_other; // another user's, with no accounts
    QJsonArray m_accounts; // the demo user's, from GET /accounts

    PortalReply get(const QString& path) { return m_flows.get(path, m_demo); }

    QJsonObject account(const QString& number) const
    {
        for (const QJsonValue& value : m_accounts) {
            if (value.toObject().value(u"number"_s).toString() == number)
                return value.toObject();
        }
        return {};
    }

    static QString accountPath(const QJsonObject& account, const QString& rest = {})
    {
        return u"/api/v1/accounts/"_s + QString::number(account.value(u"id"_s).toInteger()) + rest;
    }

    // Every period of the charge lines of a charges answer.
    static QStringList periods(const PortalReply& reply)
    {
        QStringList list;
        for (const QJsonValue& line : reply.json.value(u"lines"_s).toArray())
            list.append(line.toObject().value(u"period"_s).toString());
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_flows.start(), qPrintable(m_portal.errorString()));
        m_demo = m_flows.logInDemo();
        QVERIFY(!m_demo.isEmpty());
        m_other = m_flows.newUser(u"Petrov"_s);
        QVERIFY(!m_other.isEmpty());
        const PortalReply list = get(u"/api/v1/accounts"_s);
        QCOMPARE(list.status, 200);
        m_accounts = list.json.value(u"items"_s).toArray();
    }

    void everyEndpointNeedsASession_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path :
             {u"/api/v1/addresses/districts"_s, u"/api/v1/addresses/flats?house=1"_s,
              u"/api/v1/accounts"_s, u"/api/v1/accounts/1"_s, u"/api/v1/accounts/1/charges"_s,
              u"/api/v1/accounts/1/payments"_s, u"/api/v1/accounts/1/movement"_s,
              u"/api/v1/buildings/1"_s, u"/api/v1/organizations"_s, u"/api/v1/news"_s})
            QTest::newRow(qPrintable(path)) << path;
    }

    void everyEndpointNeedsASession()
    {
        QFETCH(QString, path);
        QCOMPARE(m_portal.get(path).status, 401);
        QCOMPARE(m_flows.get(path, u"not-a-token"_s).errorCode(), u"unauthorized"_s);
    }

    void addressDirectory()
    {
        // A case-insensitive Cyrillic prefix.
        QUrlQuery query;
        query.addQueryItem(u"prefix"_s, u"мирнинский"_s);
        const PortalReply districts =
            get(u"/api/v1/addresses/districts?"_s + query.toString(QUrl::FullyEncoded));
        QCOMPARE(districts.status, 200);
        const QJsonArray items = districts.json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"name"_s).toString(), u"Мирнинский район"_s);
        const qint64 district = items.at(0).toObject().value(u"id"_s).toInteger();

        const std::optional<qint64> settlement =
            m_flows.entry(m_demo, u"settlements"_s, u"district"_s, district, u"г.п. Мирный"_s);
        QVERIFY(settlement);
        QUrlQuery streetQuery;
        streetQuery.addQueryItem(u"settlement"_s, QString::number(*settlement));
        streetQuery.addQueryItem(u"prefix"_s, u"УЛ. М"_s);
        const QJsonArray streets =
            get(u"/api/v1/addresses/streets?"_s + streetQuery.toString(QUrl::FullyEncoded))
                .json.value(u"items"_s)
                .toArray();
        QStringList streetNames;
        for (const QJsonValue& street : streets)
            streetNames.append(street.toObject().value(u"name"_s).toString());
        QCOMPARE(streetNames, QStringList({u"ул. Мира"_s, u"ул. Молодёжная"_s}));

        const std::optional<qint64> street =
            m_flows.entry(m_demo, u"streets"_s, u"settlement"_s, *settlement, u"ул. Мира"_s);
        QVERIFY(street);
        const std::optional<qint64> house =
            m_flows.entry(m_demo, u"houses"_s, u"street"_s, *street, u"4"_s);
        QVERIFY(house);
        const QString flats = u"/api/v1/addresses/flats?house="_s + QString::number(*house);
        QCOMPARE(get(flats).json.value(u"items"_s).toArray().size(), 50); // the default limit
        const QJsonArray all = get(flats + u"&limit=200"_s).json.value(u"items"_s).toArray();
        QCOMPARE(all.size(), 80);
        QCOMPARE(all.at(0).toObject().value(u"name"_s).toString(), u"1"_s);
        QCOMPARE(all.at(79).toObject().value(u"name"_s).toString(), u"80"_s);
        QCOMPARE(get(flats + u"&prefix=1"_s).json.value(u"items"_s).toArray().size(), 11);
        QVERIFY(m_flows.flatId(m_demo, u"Мирнинский район"_s, u"г.п. Мирный"_s, u"ул. Мира"_s,
                               u"4"_s, u"7"_s));
    }

    void addressDirectoryErrors()
    {
        QCOMPARE(get(u"/api/v1/addresses/settlements?district=999999"_s).errorCode(),
                 u"not_found"_s);
        QCOMPARE(get(u"/api/v1/addresses/settlements?district=999999"_s).status, 404);
        QCOMPARE(get(u"/api/v1/addresses/flats?house=999999"_s).status, 404);
        const PortalReply missing = get(u"/api/v1/addresses/streets"_s);
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorField(), u"settlement"_s);
        QCOMPARE(get(u"/api/v1/addresses/houses?street=abc"_s).status, 422);
        QCOMPARE(get(u"/api/v1/addresses/districts?limit=0"_s).errorField(), u"limit"_s);
        QCOMPARE(get(u"/api/v1/addresses/districts?limit=201"_s).status, 422);
        QCOMPARE(get(u"/api/v1/addresses/districts?limit=200"_s).status, 200);
    }

    void accountsOfTheDemoUser()
    {
        QCOMPARE(m_accounts.size(), 3);
        const QJsonObject figureSix = account(DemoFacts::figureSixNumber());
        QCOMPARE(figureSix.value(u"ownerName"_s).toString(), u"Лебедка Валентина Григорьевна"_s);
        QCOMPARE(figureSix.value(u"address"_s).toString(), u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s);
        QCOMPARE(figureSix.value(u"areaCentiM2"_s).toInteger(), 3160);
        QCOMPARE(figureSix.value(u"ownershipType"_s).toString(), u"Частная"_s);
        QCOMPARE(figureSix.value(u"balanceKopecks"_s).toInteger(), 22025);
        QVERIFY(figureSix.value(u"buildingId"_s).isDouble());
        QCOMPARE(figureSix.value(u"hasMeters"_s).toBool(true), false);
        QVERIFY(account(DemoFacts::overpaymentNumber()).value(u"balanceKopecks"_s).toInteger() < 0);
        QVERIFY(!account(DemoFacts::recalculationNumber()).isEmpty());

        const PortalReply card = get(accountPath(figureSix));
        QCOMPARE(card.status, 200);
        QCOMPARE(card.json, figureSix);
        QCOMPARE(get(u"/api/v1/accounts/abc"_s).status, 404);
        QCOMPARE(get(u"/api/v1/accounts/0"_s).status, 404);
    }

    void chargesShowClosedPeriodsOnly()
    {
        const QJsonObject figureSix = account(DemoFacts::figureSixNumber());
        const PortalReply defaults = get(accountPath(figureSix, u"/charges"_s));
        QCOMPARE(defaults.status, 200);
        QCOMPARE(defaults.json.value(u"lastClosedPeriod"_s).toString(), u"2024-09"_s);
        QStringList expected;
        for (Period p(2023, 10); p <= Period(2024, 9); p = p.next())
            expected.append(p.toIsoString());
        QCOMPARE(periods(defaults), expected);
        const QJsonObject line = defaults.json.value(u"lines"_s).toArray().last().toObject();
        QCOMPARE(line.value(u"service"_s).toString(), u"Капитальный ремонт"_s);
        QCOMPARE(line.value(u"unit"_s).toString(), u"кв.м."_s);
        QCOMPARE(line.value(u"quantityHundredths"_s).toInteger(), 3160);
        QCOMPARE(line.value(u"baseKopecks"_s).toInteger(),
                 (3160 * line.value(u"tariffKopecks"_s).toInteger() + 50) / 100);

        // The operator's records hold 2024-10 (the open month): never shown.
        const QString range = accountPath(figureSix, u"/charges?from=2024-07&to=2025-12"_s);
        QCOMPARE(periods(get(range)), QStringList({u"2024-07"_s, u"2024-08"_s, u"2024-09"_s}));
        QCOMPARE(periods(get(accountPath(figureSix, u"/charges?from=2024-10"_s))).size(), 0);

        // Back to August: September is not over, so not closed, whatever the records say.
        QVERIFY(m_portal.setClock(QDateTime(QDate(2024, 8, 20), QTime(12, 0), Qt::UTC)));
        const QString token = m_flows.logInDemo();
        const PortalReply august = m_flows.get(range, token);
        QCOMPARE(august.json.value(u"lastClosedPeriod"_s).toString(), u"2024-07"_s);
        QCOMPARE(periods(august), QStringList({u"2024-07"_s}));
        // Months later: still the operator's last closed period.
        QVERIFY(m_portal.setClock(QDateTime(QDate(2025, 3, 2), QTime(12, 0), Qt::UTC)));
        const PortalReply march = m_flows.get(range, m_flows.logInDemo());
        QCOMPARE(march.json.value(u"lastClosedPeriod"_s).toString(), u"2024-09"_s);
        QCOMPARE(periods(march).size(), 3);
        QVERIFY(m_portal.setClock(DemoPortalFlows::demoNow()));
        // The sessions of before may have expired meanwhile.
        m_demo = m_flows.logInDemo();
        m_other = m_flows.logIn(u"Petrov"_s, u"Secret_12"_s);
        QVERIFY(!m_demo.isEmpty() && !m_other.isEmpty());
    }

    void rangeErrors()
    {
        const QJsonObject figureSix = account(DemoFacts::figureSixNumber());
        for (const QString& view : {u"/charges"_s, u"/payments"_s, u"/movement"_s}) {
            const PortalReply backwards =
                get(accountPath(figureSix, view + u"?from=2024-05&to=2024-04"_s));
            QCOMPARE(backwards.status, 422);
            QCOMPARE(backwards.errorField(), u"from"_s);
            QCOMPARE(get(accountPath(figureSix, view + u"?from=1974-08&to=2024-09"_s)).status, 422);
            QCOMPARE(get(accountPath(figureSix, view + u"?from=1974-09&to=2024-09"_s)).status, 200);
            QCOMPARE(get(accountPath(figureSix, view + u"?to=2024-9"_s)).errorField(), u"to"_s);
        }
    }

    void movementAddsUpToTheKopeck_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QStringList numbers {DemoFacts::figureSixNumber(), DemoFacts::overpaymentNumber(),
                                   DemoFacts::recalculationNumber()};
        const QList<QPair<QString, QString>> ranges {
            {u"2023-10"_s, u"2024-09"_s}, {u"2014-10"_s, u"2024-09"_s},
            {u"2015-01"_s, u"2019-06"_s}, {u"2021-02"_s, u"2022-11"_s},
            {u"2010-01"_s, u"2016-03"_s}, {u"2024-01"_s, u"2026-12"_s},
        };
        for (const QString& number : numbers) {
            for (const auto& [from, to] : ranges)
                QTest::addRow("%s %s..%s", qPrintable(number), qPrintable(from), qPrintable(to))
                    << number << from << to;
        }
    }

    void movementAddsUpToTheKopeck()
    {
        QFETCH(QString, number);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QJsonObject card = account(number);
        const QString range = u"?from="_s + from + u"&to="_s + to;
        const PortalReply movement = get(accountPath(card, u"/movement"_s + range));
        const PortalReply charges = get(accountPath(card, u"/charges"_s + range));
        const PortalReply payments = get(accountPath(card, u"/payments"_s + range));
        QCOMPARE(movement.status, 200);
        QCOMPARE(charges.status, 200);
        QCOMPARE(payments.status, 200);
        const QJsonObject m = movement.json;
        QCOMPARE(m.value(u"from"_s).toString(), from);
        QCOMPARE(m.value(u"to"_s).toString(), to);

        const QJsonArray lines = charges.json.value(u"lines"_s).toArray();
        const QJsonArray recalculations = charges.json.value(u"recalculations"_s).toArray();
        QCOMPARE(m.value(u"chargedKopecks"_s).toInteger(),
                 DemoPortalFlows::sum(lines, u"baseKopecks"_s));
        QCOMPARE(m.value(u"recalculatedKopecks"_s).toInteger(),
                 DemoPortalFlows::sum(recalculations, u"amountKopecks"_s));
        QCOMPARE(DemoPortalFlows::sum(lines, u"recalculationKopecks"_s),
                 DemoPortalFlows::sum(recalculations, u"amountKopecks"_s));
        QCOMPARE(
            m.value(u"paidKopecks"_s).toInteger(),
            DemoPortalFlows::sum(payments.json.value(u"items"_s).toArray(), u"amountKopecks"_s));
        QCOMPARE(m.value(u"closingKopecks"_s).toInteger(),
                 m.value(u"openingKopecks"_s).toInteger() + m.value(u"chargedKopecks"_s).toInteger()
                     + m.value(u"recalculatedKopecks"_s).toInteger()
                     - m.value(u"paidKopecks"_s).toInteger());

        // The opening is the closing of the periods before from.
        const Period start = Period::fromIsoString(from);
        const PortalReply before =
            get(accountPath(card,
                            u"/movement?from="_s + start.addMonths(-120).toIsoString() + u"&to="_s
                                + start.previous().toIsoString()));
        QCOMPARE(before.status, 200);
        QCOMPARE(m.value(u"openingKopecks"_s).toInteger(),
                 before.json.value(u"closingKopecks"_s).toInteger());
        // Ending at (or after) the last closed period, the closing is the account's balance.
        if (Period::fromIsoString(to) >= Period(2024, 9))
            QCOMPARE(m.value(u"closingKopecks"_s).toInteger(),
                     card.value(u"balanceKopecks"_s).toInteger());
    }

    void paymentsFallInTheRange()
    {
        const QJsonObject card = account(DemoFacts::figureSixNumber());
        const PortalReply reply = get(accountPath(card, u"/payments?from=2024-03&to=2025-12"_s));
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json.value(u"items"_s).toArray();
        QVERIFY(items.size() >= 6);
        QString previous;
        for (const QJsonValue& item : items) {
            const QString date = item.toObject().value(u"date"_s).toString();
            QVERIFY(date >= u"2024-03-01"_s && date <= u"2024-09-30"_s);
            QVERIFY(date >= previous);
            previous = date;
            QVERIFY(item.toObject().value(u"amountKopecks"_s).toInteger() > 0);
            QVERIFY(!item.toObject().value(u"source"_s).toString().isEmpty());
        }
    }

    void building()
    {
        const QJsonObject card = account(DemoFacts::figureSixNumber());
        const PortalReply reply =
            get(u"/api/v1/buildings/"_s + QString::number(card.value(u"buildingId"_s).toInteger()));
        QCOMPARE(reply.status, 200);
        const QJsonObject building = reply.json;
        QCOMPARE(building.value(u"address"_s).toString(), u"г.п. Мирный, ул. Мира, д. 4"_s);
        QCOMPARE(building.value(u"flats"_s).toInteger(), 80);
        QCOMPARE(building.value(u"fundAccount"_s).toString(), u"regional_operator"_s);
        QVERIFY(!building.value(u"utilities"_s).toArray().isEmpty());
        const QJsonArray works = building.value(u"works"_s).toArray();
        QStringList statuses;
        QString previousStart;
        for (const QJsonValue& work : works) {
            statuses.append(work.toObject().value(u"status"_s).toString());
            const QString start = work.toObject().value(u"plannedFrom"_s).toString();
            QVERIFY(start >= previousStart);
            previousStart = start;
        }
        for (const QString& status :
             {u"completed"_s, u"in_progress"_s, u"planned"_s, u"postponed"_s, u"cancelled"_s})
            QVERIFY2(statuses.contains(status), qPrintable(status));
        const QJsonObject fund = building.value(u"fund"_s).toObject();
        QVERIFY(fund.value(u"chargedKopecks"_s).toInteger() > 0);
        QVERIFY(fund.value(u"paidKopecks"_s).toInteger() > 0);
        QVERIFY(fund.value(u"spentKopecks"_s).toInteger() > 0);
        QCOMPARE(get(u"/api/v1/buildings/999999"_s).status, 404);
    }

    void organizationsAndNews()
    {
        const PortalReply organizations = get(u"/api/v1/organizations"_s);
        QCOMPARE(organizations.status, 200);
        const QJsonArray items = organizations.json.value(u"items"_s).toArray();
        QVERIFY(items.size() >= 3);
        const QJsonObject regionalOperator = items.at(0).toObject();
        QCOMPARE(regionalOperator.value(u"role"_s).toString(), u"Региональный оператор"_s);
        for (const QString& key : {u"inn"_s, u"kpp"_s, u"bankName"_s, u"bic"_s,
                                   u"settlementAccount"_s, u"correspondentAccount"_s})
            QVERIFY2(!regionalOperator.value(key).toString().isEmpty(), qPrintable(key));
        // The regional operator bills every demo account: it is their receipts' payee.
        const QJsonArray accounts = get(u"/api/v1/accounts"_s).json.value(u"items"_s).toArray();
        QVERIFY(!accounts.isEmpty());
        for (const QJsonValue& account : accounts)
            QCOMPARE(account.toObject().value(u"payeeId"_s).toInteger(-1),
                     regionalOperator.value(u"id"_s).toInteger());

        const PortalReply news = get(u"/api/v1/news"_s);
        QCOMPARE(news.status, 200);
        const QJsonArray posts = news.json.value(u"items"_s).toArray();
        QVERIFY(posts.size() >= 3);
        for (qsizetype i = 1; i < posts.size(); ++i)
            QVERIFY(posts.at(i - 1).toObject().value(u"published"_s).toString()
                    >= posts.at(i).toObject().value(u"published"_s).toString());
    }

    void anotherUserGetsNotFound()
    {
        QCOMPARE(m_flows.get(u"/api/v1/accounts"_s, m_other).json.value(u"items"_s).toArray(),
                 QJsonArray());
        for (const QJsonValue& value : m_accounts) {
            const QJsonObject card = value.toObject();
            for (const QString& rest : {QString(), u"/charges"_s, u"/payments"_s, u"/movement"_s}) {
                const PortalReply reply = m_flows.get(accountPath(card, rest), m_other);
                QCOMPARE(reply.status, 404);
                QCOMPARE(reply.errorCode(), u"not_found"_s);
            }
            QCOMPARE(
                m_portal.del(accountPath(card), std::nullopt, PortalClient::bearer(m_other)).status,
                404);
            QCOMPARE(m_flows
                         .get(u"/api/v1/buildings/"_s
                                  + QString::number(card.value(u"buildingId"_s).toInteger()),
                              m_other)
                         .status,
                     404);
        }
        // Still the demo user's.
        QCOMPARE(get(u"/api/v1/accounts"_s).json.value(u"items"_s).toArray().size(), 3);
    }

    void unlinking()
    {
        const QJsonObject card = account(DemoFacts::overpaymentNumber());
        const QString building =
            u"/api/v1/buildings/"_s + QString::number(card.value(u"buildingId"_s).toInteger());
        QCOMPARE(get(building).status, 200);
        const PortalReply removed =
            m_portal.del(accountPath(card), std::nullopt, PortalClient::bearer(m_demo));
        QCOMPARE(removed.status, 204);
        QCOMPARE(get(accountPath(card)).status, 404);
        QCOMPARE(get(accountPath(card, u"/charges"_s)).status, 404);
        QCOMPARE(get(building).status, 404); // no other account of the demo user is there
        const QJsonArray left = get(u"/api/v1/accounts"_s).json.value(u"items"_s).toArray();
        QCOMPARE(left.size(), 2);
        for (const QJsonValue& value : left)
            QVERIFY(value.toObject().value(u"id"_s) != card.value(u"id"_s));
        QCOMPARE(m_portal.del(accountPath(card), std::nullopt, PortalClient::bearer(m_demo)).status,
                 404);
    }
};

QTEST_GUILESS_MAIN(AccountRoutesTest)
#include "tst_accountroutes.moc"
