#include "net/ApiRequest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ApiRequest)

class tst_ApiRequest : public QObject
{
    Q_OBJECT

private slots:
    void factoriesSetMethodAndBody();
    void urlUnderTheBase();
    void logTargetShowsNoQueryValues();
    void problems_data();
    void problems();
};

void tst_ApiRequest::factoriesSetMethodAndBody()
{
    const QJsonObject body {{u"login"_s, u"Ivanov"_s}};
    QCOMPARE(ApiRequest::get(u"/profile"_s).method, QByteArray("GET"));
    QVERIFY(!ApiRequest::get(u"/profile"_s).body);
    QCOMPARE(ApiRequest::post(u"/sessions"_s, body).method, QByteArray("POST"));
    QCOMPARE(ApiRequest::post(u"/sessions"_s, body).body, std::optional<QJsonObject>(body));
    QCOMPARE(ApiRequest::put(u"/profile/password"_s, body).method, QByteArray("PUT"));
    QCOMPARE(ApiRequest::patch(u"/profile"_s, body).method, QByteArray("PATCH"));
    QCOMPARE(ApiRequest::del(u"/sessions/current"_s).method, QByteArray("DELETE"));
    QVERIFY(!ApiRequest::del(u"/sessions/current"_s).body);
    QVERIFY(ApiRequest::del(u"/profile"_s, body).body);
}

void tst_ApiRequest::urlUnderTheBase()
{
    const QUrl base(u"https://portal.example.ru:8443"_s);
    QCOMPARE(ApiRequest::get(u"/accounts/3"_s).url(base),
             QUrl(u"https://portal.example.ru:8443/api/v1/accounts/3"_s));
    // A server behind a reverse proxy under a path; a trailing slash changes nothing.
    QCOMPARE(ApiRequest::get(u"/health"_s).url(QUrl(u"https://example.ru/kabinet/"_s)),
             QUrl(u"https://example.ru/kabinet/api/v1/health"_s));

    QUrlQuery query;
    query.addQueryItem(u"prefix"_s, u"ул. Мира & Co"_s);
    query.addQueryItem(u"limit"_s, u"50"_s);
    const QUrl url = ApiRequest::get(u"/addresses/streets"_s, query).url(base);
    QCOMPARE(url.path(), u"/api/v1/addresses/streets"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"prefix"_s, QUrl::FullyDecoded), u"ул. Мира & Co"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"limit"_s), u"50"_s);
    QVERIFY(!ApiRequest::get(u"/health"_s).url(base).hasQuery());
}

void tst_ApiRequest::logTargetShowsNoQueryValues()
{
    QUrlQuery query;
    query.addQueryItem(u"street"_s, u"31"_s);
    query.addQueryItem(u"prefix"_s, u"Secret Street"_s);
    const QString target = ApiRequest::get(u"/addresses/houses"_s, query).logTarget();
    QCOMPARE(target, u"/api/v1/addresses/houses?street&prefix"_s);
    QCOMPARE(ApiRequest::get(u"/accounts"_s).logTarget(), u"/api/v1/accounts"_s);
}

void tst_ApiRequest::problems_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<bool>("sendable");
    QTest::newRow("plain") << ApiRequest::get(u"/accounts/3/charges"_s) << true;
    QTest::newRow("relative") << ApiRequest::get(u"accounts"_s) << false;
    QTest::newRow("empty") << ApiRequest::get(QString()) << false;
    QTest::newRow("dot segment") << ApiRequest::get(u"/accounts/../admin"_s) << false;
    QTest::newRow("query in path") << ApiRequest::get(u"/accounts?x=1"_s) << false;
    QTest::newRow("encoded") << ApiRequest::get(u"/accounts/%2e%2e"_s) << false;
    QTest::newRow("other host") << ApiRequest::get(u"//evil.example/x"_s) << false;
    ApiRequest method = ApiRequest::get(u"/health"_s);
    method.method = "TRACE";
    QTest::newRow("method") << method << false;
    ApiRequest token = ApiRequest::get(u"/profile"_s);
    token.bearerToken = u"abc\r\nX-Injected: 1"_s;
    QTest::newRow("token with line break") << token << false;
    token.bearerToken = u"abc-DEF_123.~+/="_s;
    QTest::newRow("token") << token << true;
    ApiRequest key = ApiRequest::post(u"/accounts"_s, {});
    key.idempotencyKey = u"key with space"_s;
    QTest::newRow("key with space") << key << false;
    ApiRequest timeout = ApiRequest::get(u"/health"_s);
    timeout.timeout = std::chrono::milliseconds(0);
    QTest::newRow("zero timeout") << timeout << false;
}

void tst_ApiRequest::problems()
{
    QFETCH(ApiRequest, request);
    QFETCH(bool, sendable);
    QCOMPARE(request.problem().isEmpty(), sendable);
}

QTEST_GUILESS_MAIN(tst_ApiRequest)
#include "tst_apirequest.moc"
