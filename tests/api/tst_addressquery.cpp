// AddressQuery: each level's path and the name of its parent parameter, as docs/api.md lists
// them, and the optional prefix and limit.

#include "api/AddressQuery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Level = AddressQuery::Level;

Q_DECLARE_METATYPE(AddressQuery::Level)

class tst_AddressQuery : public QObject
{
    Q_OBJECT

private slots:
    void levels_data();
    void levels();
    void districtsHaveNoParent();
    void prefixAndLimit();
};

void tst_AddressQuery::levels_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parent");
    QTest::newRow("settlements") << Level::Settlement << u"/addresses/settlements"_s
                                 << u"district"_s;
    QTest::newRow("streets") << Level::Street << u"/addresses/streets"_s << u"settlement"_s;
    QTest::newRow("houses") << Level::House << u"/addresses/houses"_s << u"street"_s;
    QTest::newRow("flats") << Level::Flat << u"/addresses/flats"_s << u"house"_s;
}

void tst_AddressQuery::levels()
{
    QFETCH(Level, level);
    QFETCH(QString, path);
    QFETCH(QString, parent);
    const AddressQuery query = AddressQuery::within(level, 31);
    QCOMPARE(query.level(), level);
    QCOMPARE(query.parentId(), 31);
    QCOMPARE(query.path(), path);
    QCOMPARE(AddressQuery::parentParameter(level), parent);
    QCOMPARE(query.query().toString(), parent + u"=31"_s);
}

void tst_AddressQuery::districtsHaveNoParent()
{
    const AddressQuery query = AddressQuery::districts();
    QCOMPARE(query.path(), u"/addresses/districts"_s);
    QVERIFY(AddressQuery::parentParameter(Level::District).isEmpty());
    QVERIFY(query.query().isEmpty());
}

void tst_AddressQuery::prefixAndLimit()
{
    AddressQuery query = AddressQuery::within(Level::Street, 7, u"ул. Ми"_s);
    QCOMPARE(query.prefix(), u"ул. Ми"_s);
    QVERIFY(!query.limit());
    query.limitedTo(20);
    QCOMPARE(query.limit(), std::optional(20));
    const QUrlQuery items = query.query();
    QCOMPARE(items.queryItemValue(u"settlement"_s), u"7"_s);
    QCOMPARE(items.queryItemValue(u"prefix"_s, QUrl::FullyDecoded), u"ул. Ми"_s);
    QCOMPARE(items.queryItemValue(u"limit"_s), u"20"_s);
    // An empty prefix is no prefix.
    QVERIFY(!AddressQuery::districts(QString()).query().hasQueryItem(u"prefix"_s));
}

QTEST_GUILESS_MAIN(tst_AddressQuery)
#include "tst_addressquery.moc"
