// kabinet-portal --demo as a whole: the account of figure 6 through the API, identical answers
// from two data directories started at the same "now", and a second start that adds nothing.
#include "DemoPortalFlows.h"
#include "demo/DemoFacts.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class DemoPortalTest : public QObject
{
    Q_OBJECT

private:
    // Everything the demo user can read, path → answer.
    static QList<QPair<QString, QJsonObject>> snapshot(PortalProcess& portal)
    {
        DemoPortalFlows flows(portal);
        const QString token = flows.logInDemo();
        QList<QPair<QString, QJsonObject>> answers;
        auto add = [&](const QString& path) {
            answers.append({path, flows.get(path, token).json});
        };
        add(u"/api/v1/accounts"_s);
        const QJsonArray accounts = answers.constLast().second.value(u"items"_s).toArray();
        for (const QJsonValue& value : accounts) {
            const QString account =
                u"/api/v1/accounts/"_s + QString::number(value[u"id"_s].toInteger());
            const QString all = u"?from=2014-10&to=2024-09"_s;
            add(account + u"/charges"_s + all);
            add(account + u"/payments"_s + all);
            add(account + u"/movement"_s + all);
            add(u"/api/v1/buildings/"_s + QString::number(value[u"buildingId"_s].toInteger()));
        }
        add(u"/api/v1/organizations"_s);
        add(u"/api/v1/news"_s);
        add(u"/api/v1/addresses/districts"_s);
        return answers;
    }

private slots:
    void figureSixThroughTheApi()
    {
        PortalProcess portal;
        DemoPortalFlows flows(portal);
        QVERIFY2(flows.start(), qPrintable(portal.errorString()));
        const QString token = flows.logInDemo();
        QVERIFY(!token.isEmpty());
        const QJsonArray accounts =
            flows.get(u"/api/v1/accounts"_s, token).json.value(u"items"_s).toArray();
        QCOMPARE(accounts.size(), 3);
        const QJsonObject first = accounts.at(0).toObject();
        QCOMPARE(first.value(u"number"_s).toString(), DemoFacts::figureSixNumber());
        QCOMPARE(first.value(u"ownerName"_s).toString(), DemoFacts::figureSixOwner());
        QCOMPARE(first.value(u"address"_s).toString(), DemoFacts::figureSixAddress());
        QCOMPARE(first.value(u"areaCentiM2"_s).toInteger(), DemoFacts::figureSixAreaCentiM2);
        QCOMPARE(first.value(u"ownershipType"_s).toString(), DemoFacts::figureSixOwnership());
        QCOMPARE(first.value(u"balanceKopecks"_s).toInteger(), DemoFacts::figureSixBalanceKopecks);

        QCOMPARE(accounts.at(2)[u"number"_s].toString(), DemoFacts::recalculationNumber());
        QCOMPARE(accounts.at(2)[u"hasMeters"_s].toBool(), true);

        // «Начисление за сентябрь 2024 года»: one line of the year's tariff on 31,60 m².
        const PortalReply charges =
            flows.get(u"/api/v1/accounts/"_s + QString::number(first[u"id"_s].toInteger())
                          + u"/charges?from=2024-09&to=2024-09"_s,
                      token);
        const QJsonArray lines = charges.json.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0)[u"tariffKopecks"_s].toInteger(), 970);
        QCOMPARE(lines.at(0)[u"baseKopecks"_s].toInteger(), 30652);
        QCOMPARE(lines.at(0)[u"totalKopecks"_s].toInteger(), 30652);

        // A second start with --demo leaves the data as it was.
        const QList<QPair<QString, QJsonObject>> before = snapshot(portal);
        QVERIFY(portal.restart(QStringList {u"--demo"_s}));
        QVERIFY(portal.waitForStandardError("no demo data written"));
        QCOMPARE(snapshot(portal), before);
    }

    void twoDataDirectoriesAnswerAlike()
    {
        PortalProcess first;
        PortalProcess second;
        QVERIFY2(DemoPortalFlows(first).start(), qPrintable(first.errorString()));
        QVERIFY2(DemoPortalFlows(second).start(), qPrintable(second.errorString()));
        const QList<QPair<QString, QJsonObject>> a = snapshot(first);
        const QList<QPair<QString, QJsonObject>> b = snapshot(second);
        QCOMPARE(a.size(), 1 + 3 * 4 + 3);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).first, a.at(i).first);
            QVERIFY2(!a.at(i).second.isEmpty(), qPrintable(a.at(i).first));
            QVERIFY2(b.at(i).second == a.at(i).second, qPrintable(a.at(i).first));
        }
    }
};

QTEST_GUILESS_MAIN(DemoPortalTest)
#include "tst_demoportal.moc"
