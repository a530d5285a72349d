#include "http/RequestLog.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void line()
    {
        QCOMPARE(RequestLog::line("GET", u"/api/v1/health"_s, 200, 3),
                 u"GET /api/v1/health 200 3 ms"_s);
    }

    void safePath_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << QByteArray("https://h/api/v1/health") << u"/api/v1/health"_s;
        QTest::newRow("query dropped")
            << QByteArray("https://h/activate?token=SECRET123") << u"/activate"_s;
        QTest::newRow("fragment dropped") << QByteArray("https://h/a#SECRET") << u"/a"_s;
        QTest::newRow("newline stays encoded")
            << QByteArray("https://h/a%0Afake%20line") << u"/a%0Afake%20line"_s;
        QTest::newRow("empty") << QByteArray("https://h") << u"/"_s;
    }

    void safePath()
    {
        QFETCH(QByteArray, url);
        QFETCH(QString, path);
        QCOMPARE(RequestLog::safePath(QUrl::fromEncoded(url)), path);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
