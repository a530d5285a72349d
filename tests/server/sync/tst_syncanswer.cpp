#include "SyncPageData.h"
#include "sync/SyncAnswer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
ChargeLine line(qint64 accountId, Period period)
{
    ChargeLine line;
    line.accountId = accountId;
    line.period = period;
    line.service = u"Капитальный ремонт"_s;
    line.unit = u"кв.м."_s;
    line.quantityHundredths = 3160;
    line.tariff = Money::fromKopecks(520);
    line.baseCharge = Money::fromKopecks(16432);
    line.total = Money::fromKopecks(16432);
    return line;
}

Payment payment(qint64 id, qint64 accountId)
{
    return Payment {id, accountId, QDate(2014, 9, 25), Money::fromKopecks(22025), u"Сбербанк"_s};
}
} // namespace

class TestSyncAnswer : public QObject
{
    Q_OBJECT

private slots:
    void nothingNewIsCursorAndMoreOnly()
    {
        const QJsonObject body = SyncAnswer().toJson(u"1.5.202409"_s, false);
        QCOMPARE(body.keys(), (QStringList {u"cursor"_s, u"more"_s}));
        QCOMPARE(body.value(u"cursor"_s).toString(), u"1.5.202409"_s);
        QCOMPARE(body.value(u"more"_s).toBool(true), false);
    }

    void everyPartDecodesWithTheProtocolCodecs()
    {
        SyncAnswer answer;
        answer.setProfile(UserProfile {u"demo"_s, u"demo@kabinet.example"_s, true});
        answer.addRemovedAccount(7);
        Account account;
        account.id = 3;
        account.number = u"16616"_s;
        account.ownerName = u"Лебедка Валентина Григорьевна"_s;
        account.balance = Money::fromKopecks(22025);
        account.buildingId = 2;
        answer.addAccount(account);
        answer.charges(3, Period(2014, 9)).lines.append(line(3, Period(2014, 9)));
        answer.charges(5, Period(2014, 9)); // a header without lines
        answer.charges(3, Period(2014, 9))
            .recalculations.append(Recalculation {9, 3, Period(2014, 9), Period(2014, 6),
                                                  Money::fromKopecks(-1040),
                                                  u"Уточнение площади"_s});
        answer.addPayment(payment(51, 3));
        answer.addPayment(payment(52, 3));
        answer.addPayment(payment(60, 5));
        MeterDetails meter;
        meter.meter = Meter {4, 5, u"Холодная вода"_s, u"X-1"_s, 12345, QDate(2014, 9, 1)};
        meter.readings.append(
            MeterReading {4, QDate(2014, 9, 1), 12345, MeterReading::State::Accepted});
        answer.addMeter(5, meter);
        BuildingDetails building;
        building.building.id = 2;
        building.building.address = u"г.п. Мирный, ул. Мира, д. 4"_s;
        building.fund.buildingId = 2;
        answer.addBuilding(building);
        Organization organization;
        organization.id = 1;
        organization.name = u"Фонд"_s;
        answer.addOrganization(organization);
        answer.addNews(NewsItem {6, QDateTime(QDate(2014, 9, 1), QTime(9, 0), Qt::UTC), u"Title"_s,
                                 u"Body"_s, false});
        Appeal appeal;
        appeal.serverId = 12;
        appeal.topic = u"Topic"_s;
        appeal.text = u"Text"_s;
        appeal.status = Appeal::Status::Registered;
        appeal.createdAt = QDateTime(QDate(2014, 9, 2), QTime(10, 0), Qt::UTC);
        answer.addAppeal(appeal);

        const QJsonObject body = answer.toJson(u"1.1.0.9.202409.3.5.1.0"_s, true);
        QString error;
        const std::optional<SyncPageData> page = SyncPageData::decode(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->cursor, u"1.1.0.9.202409.3.5.1.0"_s);
        QVERIFY(page->more);
        QCOMPARE(page->profile, (UserProfile {u"demo"_s, u"demo@kabinet.example"_s, true}));
        QCOMPARE(page->removedAccounts, QList<qint64> {7});
        QCOMPARE(page->accounts, QList<Account> {account});
        // One entry per account, in the order the accounts were first added.
        QCOMPARE(page->charges.size(), 2);
        QCOMPARE(page->charges.at(0).accountId, 3);
        QCOMPARE(page->charges.at(0).lines, QList<ChargeLine> {line(3, Period(2014, 9))});
        QCOMPARE(page->charges.at(0).recalculations.size(), 1);
        QCOMPARE(page->charges.at(1).accountId, 5);
        QCOMPARE(page->charges.at(1).lastClosedPeriod, Period(2014, 9));
        QVERIFY(page->charges.at(1).lines.isEmpty());
        QCOMPARE(page->payments.size(), 2);
        QCOMPARE(page->payments.at(0).items, (QList<Payment> {payment(51, 3), payment(52, 3)}));
        QCOMPARE(page->payments.at(1).accountId, 5);
        QCOMPARE(page->meters.size(), 1);
        QCOMPARE(page->meters.at(0).items, QList<MeterDetails> {meter});
        QCOMPARE(page->buildings, QList<BuildingDetails> {building});
        QCOMPARE(page->organizations, QList<Organization> {organization});
        QCOMPARE(page->news.size(), 1);
        QCOMPARE(page->appeals.size(), 1);
        QCOMPARE(page->appeals.at(0).serverId, std::optional<qint64>(12));
    }

    void emptyListsAreLeftOut()
    {
        SyncAnswer answer;
        answer.addNews(NewsItem {6, QDateTime(QDate(2014, 9, 1), QTime(9, 0), Qt::UTC), u"Title"_s,
                                 u"Body"_s, false});
        const QJsonObject body = answer.toJson(u"1.2.0"_s, false);
        QCOMPARE(body.keys(), (QStringList {u"cursor"_s, u"more"_s, u"news"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSyncAnswer)
#include "tst_syncanswer.moc"
