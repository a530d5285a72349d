#include "engine/SyncPageSource.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSyncPageSource : public QObject
{
    Q_OBJECT

private slots:
    void noCursorAsksForEverything()
    {
        const ApiRequest request = SyncPageSource::request(QString());
        QCOMPARE(request.method, QByteArrayLiteral("GET"));
        QCOMPARE(request.path, u"/sync"_s);
        QCOMPARE(request.url(QUrl(u"https://portal.example.ru"_s)).toString(QUrl::FullyEncoded),
                 u"https://portal.example.ru/api/v1/sync"_s);
    }

    void theCursorTravelsUnchanged()
    {
        // Opaque: whatever characters it has reach the server as they were given.
        const QString cursor = u"1.18 43+2&x=y%z#"_s;
        const QUrl url = SyncPageSource::request(cursor).url(QUrl(u"https://portal.example.ru"_s));
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 u"https://portal.example.ru/api/v1/sync?cursor=1.18%2043%2B2%26x%3Dy%25z%23"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), cursor);
        QVERIFY(SyncPageSource::request(cursor).problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncPageSource)
#include "tst_syncpagesource.moc"
