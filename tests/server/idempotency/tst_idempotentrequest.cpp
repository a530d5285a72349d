#include "idempotency/IdempotentRequest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
IdempotentRequest request(const QByteArray& method, const QString& path, const QByteArray& body)
{
    IdempotentRequest result;
    result.method = method;
    result.path = path;
    result.body = body;
    return result;
}
} // namespace

class TestIdempotentRequest : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintIsSha256OfTheRequest()
    {
        const QByteArray fingerprint =
            request("POST", u"/api/v1/appeals"_s, R"({"topic":"a"})").fingerprint();
        QCOMPARE(fingerprint.size(), 32);
        QCOMPARE(request("POST", u"/api/v1/appeals"_s, R"({"topic":"a"})").fingerprint(),
                 fingerprint);
    }

    void keyHeadersDoNotCount()
    {
        IdempotentRequest first = request("POST", u"/api/v1/appeals"_s, "{}");
        IdempotentRequest second = first;
        first.keyHeaders = {"one"};
        second.keyHeaders = {"two"};
        QCOMPARE(first.fingerprint(), second.fingerprint());
    }

    void everyPartCounts()
    {
        const QByteArray base = request("POST", u"/api/v1/appeals"_s, "{}").fingerprint();
        QVERIFY(request("PUT", u"/api/v1/appeals"_s, "{}").fingerprint() != base);
        QVERIFY(request("POST", u"/api/v1/typo-reports"_s, "{}").fingerprint() != base);
        QVERIFY(request("POST", u"/api/v1/appeals"_s, "{ }").fingerprint() != base);
    }

    void partsCannotBeShiftedIntoEachOther()
    {
        // Without length prefixes both would hash "POST/api/v1/ab{}".
        QVERIFY(request("POST", u"/api/v1/a"_s, "b{}").fingerprint()
                != request("POST", u"/api/v1/ab"_s, "{}").fingerprint());
    }
};

QTEST_GUILESS_MAIN(TestIdempotentRequest)
#include "tst_idempotentrequest.moc"
