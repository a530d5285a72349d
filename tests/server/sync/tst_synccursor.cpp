#include "sync/SyncCursor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSyncCursor : public QObject
{
    Q_OBJECT

private slots:
    void settledRoundTrip()
    {
        const SyncCursor cursor = SyncCursor::settled(1843, Period(2024, 9));
        QCOMPARE(cursor.toText(), u"1.1843.202409"_s);
        const std::optional<SyncCursor> parsed = SyncCursor::parse(cursor.toText());
        QVERIFY(parsed);
        QCOMPARE(*parsed, cursor);
        QVERIFY(!parsed->isPaging());
        QCOMPARE(parsed->sequence(), 1843);
        QCOMPARE(parsed->closed(), Period(2024, 9));
    }

    void noClosedPeriodIsZero()
    {
        const SyncCursor cursor = SyncCursor::settled(0, Period());
        QCOMPARE(cursor.toText(), u"1.0.0"_s);
        const std::optional<SyncCursor> parsed = SyncCursor::parse(u"1.0.0");
        QVERIFY(parsed);
        QVERIFY(!parsed->closed().isValid());
        QCOMPARE(*parsed, SyncCursor::initial());
    }

    void pagingRoundTrip()
    {
        SyncPosition position;
        position.section = SyncSection::History;
        position.key = 1003;
        position.stream = SyncStream::Payments;
        position.row = 240117;
        const SyncCursor cursor =
            SyncCursor::paging(12, Period(2024, 8), 1349, Period(2024, 9), position);
        QCOMPARE(cursor.toText(), u"1.12.202408.1349.202409.3.1003.3.240117"_s);
        const std::optional<SyncCursor> parsed = SyncCursor::parse(cursor.toText());
        QVERIFY(parsed);
        QCOMPARE(*parsed, cursor);
        QVERIFY(parsed->isPaging());
        QCOMPARE(parsed->toSequence(), 1349);
        QCOMPARE(parsed->toClosed(), Period(2024, 9));
        QCOMPARE(parsed->position(), position);
    }

    void everySectionAndStreamRoundTrips()
    {
        for (int section = 0; section <= SyncPosition::lastSection; ++section) {
            SyncPosition position;
            position.section = SyncSection(section);
            position.key = 7;
            const int lastStream =
                position.section == SyncSection::History ? SyncPosition::lastStream : 0;
            for (int stream = 0; stream <= lastStream; ++stream) {
                position.stream = SyncStream(stream);
                position.row = position.section == SyncSection::History ? 5 : 0;
                const SyncCursor cursor =
                    SyncCursor::paging(1, Period(), 2, Period(2014, 1), position);
                QCOMPARE(SyncCursor::parse(cursor.toText()), cursor);
            }
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("bare number") << u"1843"_s;
        QTest::newRow("other version") << u"2.1843.202409"_s;
        QTest::newRow("letters") << u"1.18x3.202409"_s;
        QTest::newRow("sign") << u"1.-5.202409"_s;
        QTest::newRow("plus") << u"1.+5.202409"_s;
        QTest::newRow("leading zero") << u"1.05.202409"_s;
        QTest::newRow("blank part") << u"1..202409"_s;
        QTest::newRow("trailing dot") << u"1.5.202409."_s;
        QTest::newRow("month 13") << u"1.5.202413"_s;
        QTest::newRow("month 0") << u"1.5.202400"_s;
        QTest::newRow("year 1899") << u"1.5.189912"_s;
        QTest::newRow("short period") << u"1.5.2024"_s;
        QTest::newRow("beyond 2^53") << u"1.9007199254740992.0"_s;
        QTest::newRow("four parts") << u"1.5.0.7"_s;
        QTest::newRow("to before from") << u"1.9.0.8.0.0.0.0.0"_s;
        QTest::newRow("unknown section") << u"1.1.0.8.0.8.0.0.0"_s;
        QTest::newRow("unknown stream") << u"1.1.0.8.0.3.4.5.0"_s;
        QTest::newRow("stream outside history") << u"1.1.0.8.0.2.4.1.0"_s;
        QTest::newRow("row outside history") << u"1.1.0.8.0.7.4.0.9"_s;
        QTest::newRow("unicode digits") << u"1.\u0661.0"_s;
        QTest::newRow("long") << u"1."_s + QString(200, u'1') + u".0"_s;
    }

    void malformed()
    {
        QFETCH(QString, text);
        QVERIFY(!SyncCursor::parse(text));
    }

    void largestNumbersParse()
    {
        const std::optional<SyncCursor> parsed = SyncCursor::parse(u"1.9007199254740991.999912");
        QVERIFY(parsed);
        QCOMPARE(parsed->sequence(), (qint64(1) << 53) - 1);
        QCOMPARE(parsed->closed(), Period(9999, 12));
    }
};

QTEST_GUILESS_MAIN(TestSyncCursor)
#include "tst_synccursor.moc"
