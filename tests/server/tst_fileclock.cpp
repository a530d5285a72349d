#include "core/FileClock.h"
#include "core/SystemClock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFileClock : public QObject
{
    Q_OBJECT

private:
    static bool write(const QString& path, const QByteArray& contents)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(contents) == contents.size();
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime instant(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);
        QTest::newRow("plain") << QByteArray("2014-09-25T10:15:00Z") << instant;
        QTest::newRow("newline") << QByteArray("2014-09-25T10:15:00Z\n") << instant;
        QTest::newRow("millis") << QByteArray("2014-09-25T10:15:00.250Z") << instant.addMSecs(250);
        QTest::newRow("no zone") << QByteArray("2014-09-25T10:15:00") << QDateTime();
        QTest::newRow("offset") << QByteArray("2014-09-25T10:15:00+03:00") << QDateTime();
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }

    void parse()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = FileClock::parse(contents);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void followsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"clock"_s);
        QVERIFY(write(path, "2014-09-25T10:15:00Z"));
        FileClock clock(path);
        QVERIFY(clock.isValid());
        QCOMPARE(clock.now(), QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC));

        QVERIFY(write(path, "2014-09-25T10:31:00Z"));
        QCOMPARE(clock.now(), QDateTime(QDate(2014, 9, 25), QTime(10, 31), Qt::UTC));
        QCOMPARE(clock.nowSecsSinceEpoch(),
                 QDateTime(QDate(2014, 9, 25), QTime(10, 31), Qt::UTC).toSecsSinceEpoch());

        // A damaged or missing file keeps the last good time instead of jumping to 1970.
        QVERIFY(write(path, "garbage"));
        QCOMPARE(clock.now(), QDateTime(QDate(2014, 9, 25), QTime(10, 31), Qt::UTC));
        QVERIFY(QFile::remove(path));
        QCOMPARE(clock.now(), QDateTime(QDate(2014, 9, 25), QTime(10, 31), Qt::UTC));
    }

    void invalidWithoutFile()
    {
        QTemporaryDir dir;
        FileClock clock(dir.filePath(u"missing"_s));
        QVERIFY(!clock.isValid());
    }

    void systemClockIsUtcNow()
    {
        SystemClock clock;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = clock.now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestFileClock)
#include "tst_fileclock.moc"
