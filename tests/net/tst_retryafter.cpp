#include "net/RetryAfter.h"

#include <QLocale>
#include <QTest>

class tst_RetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void seconds_data();
    void seconds();
    void httpDate();
};

void tst_RetryAfter::seconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: no value
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("clamped") << QByteArray("999999999") << RetryAfter::maximumSeconds;
    QTest::newRow("beyond 64 bits")
        << QByteArray("99999999999999999999999") << RetryAfter::maximumSeconds;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-1") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("words") << QByteArray("soon") << -1;
}

void tst_RetryAfter::seconds()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const std::optional<int> parsed = RetryAfter::parse(value, QDateTime::currentDateTimeUtc());
    QCOMPARE(parsed.value_or(-1), expected);
}

void tst_RetryAfter::httpDate()
{
    const QDateTime now(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
    const auto format = [](const QDateTime& at) {
        return QLocale::c()
            .toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    };
    QCOMPARE(format(now.addSecs(30)), QByteArray("Fri, 01 Mar 2024 12:00:30 GMT"));
    QCOMPARE(RetryAfter::parse(format(now.addSecs(30)), now), 30);
    // A date in the past means "now", not a negative wait.
    QCOMPARE(RetryAfter::parse(format(now.addSecs(-300)), now), 0);
    QCOMPARE(RetryAfter::parse(format(now.addDays(30)), now), RetryAfter::maximumSeconds);
    QVERIFY(!RetryAfter::parse("Fri, 01 Mar 2024 12:00:30", now));
}

QTEST_GUILESS_MAIN(tst_RetryAfter)
#include "tst_retryafter.moc"
