#include "http/RouteTable.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Method = QHttpServerRequest::Method;

class TestRouteTable : public QObject
{
    Q_OBJECT

private slots:
    void allowedMethods()
    {
        RouteTable table;
        table.add(Method::Get, u"/api/v1/accounts"_s);
        table.add(Method::Post, u"/api/v1/accounts"_s);
        table.add(Method::Get, u"/api/v1/accounts/<arg>"_s);
        table.add(Method::Delete, u"/api/v1/accounts/<arg>"_s);
        table.add(Method::Get, u"/api/v1/accounts/<arg>/charges"_s);

        QCOMPARE(table.allowedMethods(u"/api/v1/accounts"_s), Method::Get | Method::Post);
        QCOMPARE(table.allowedMethods(u"/api/v1/accounts/3"_s), Method::Get | Method::Delete);
        QCOMPARE(table.allowedMethods(u"/api/v1/accounts/3/charges"_s),
                 RouteTable::Methods(Method::Get));
        QVERIFY(!table.allowedMethods(u"/api/v1/accounts/3/4"_s));
        QVERIFY(!table.allowedMethods(u"/api/v1/accounts/"_s));
        QVERIFY(!table.allowedMethods(u"/api/v1/accountsX"_s));
        QVERIFY(!table.allowedMethods(u"/api/v1/unknown"_s));
        QVERIFY(!table.allowedMethods(u"/prefix/api/v1/accounts"_s));
    }

    void patternIsLiteralButForArg()
    {
        RouteTable table;
        table.add(Method::Get, u"/api/v1/a.b"_s);
        QVERIFY(table.allowedMethods(u"/api/v1/a.b"_s));
        QVERIFY(!table.allowedMethods(u"/api/v1/aXb"_s));
    }

    void allowHeader()
    {
        QCOMPARE(RouteTable::allowHeader(Method::Delete | Method::Get | Method::Patch),
                 QByteArray("GET, PATCH, DELETE"));
        QCOMPARE(RouteTable::allowHeader(RouteTable::Methods(Method::Post)), QByteArray("POST"));
        QCOMPARE(RouteTable::allowHeader({}), QByteArray());
    }

    void methodNames()
    {
        QCOMPARE(RouteTable::methodName(Method::Get), QByteArray("GET"));
        QCOMPARE(RouteTable::methodName(Method::Post), QByteArray("POST"));
        QCOMPARE(RouteTable::methodName(Method::Put), QByteArray("PUT"));
        QCOMPARE(RouteTable::methodName(Method::Patch), QByteArray("PATCH"));
        QCOMPARE(RouteTable::methodName(Method::Delete), QByteArray("DELETE"));
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
