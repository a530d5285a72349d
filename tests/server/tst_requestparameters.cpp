#include "http/RequestParameters.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRequestParameters : public QObject
{
    Q_OBJECT

private slots:
    void ids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one") << u"1"_s << qint64(1) << true;
        QTest::newRow("typical") << u"16616"_s << qint64(16616) << true;
        QTest::newRow("largest") << u"9007199254740991"_s << qint64(9007199254740991) << true;
        QTest::newRow("too large") << u"9007199254740992"_s << qint64(0) << false;
        QTest::newRow("overflow") << u"99999999999999999999"_s << qint64(0) << false;
        QTest::newRow("zero") << u"0"_s << qint64(0) << false;
        QTest::newRow("leading zero") << u"007"_s << qint64(0) << false;
        QTest::newRow("negative") << u"-3"_s << qint64(0) << false;
        QTest::newRow("plus") << u"+3"_s << qint64(0) << false;
        QTest::newRow("letters") << u"abc"_s << qint64(0) << false;
        QTest::newRow("mixed") << u"12a"_s << qint64(0) << false;
        QTest::newRow("space") << u" 12"_s << qint64(0) << false;
        QTest::newRow("empty") << QString() << qint64(0) << false;
        QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << qint64(0) << false;
    }

    void ids()
    {
        QFETCH(QString, text);
        QFETCH(qint64, id);
        QFETCH(bool, valid);
        const std::optional<qint64> parsed = RequestParameters::id(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, id);
    }
};

QTEST_GUILESS_MAIN(TestRequestParameters)
#include "tst_requestparameters.moc"
