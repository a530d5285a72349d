// OutboxRound: which failures refuse an outbox item for good and how the others end a round.

#include "outbox/OutboxRound.h"

#include <QTest>

using Kind = ApiError::Kind;
using End = OutboxRound::End;

Q_DECLARE_METATYPE(ApiError::Kind)

class tst_OutboxRound : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
};

void tst_OutboxRound::classifies_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("forGood");
    QTest::addColumn<End>("end");

    QTest::newRow("422") << Kind::Validation << true << End::Stopped;
    QTest::newRow("404") << Kind::NotFound << true << End::Stopped;
    QTest::newRow("409") << Kind::Conflict << true << End::Stopped;
    QTest::newRow("400") << Kind::BadRequest << true << End::Stopped;
    QTest::newRow("no network") << Kind::NoNetwork << false << End::Offline;
    QTest::newRow("lost") << Kind::ConnectionLost << false << End::Offline;
    QTest::newRow("timeout") << Kind::Timeout << false << End::Offline;
    QTest::newRow("5xx") << Kind::ServerError << false << End::Offline;
    QTest::newRow("429") << Kind::RateLimited << false << End::Offline;
    QTest::newRow("401") << Kind::Unauthorized << false << End::SessionEnded;
    QTest::newRow("tls") << Kind::TlsFailure << false << End::Stopped;
    QTest::newRow("malformed answer") << Kind::MalformedResponse << false << End::Stopped;
    QTest::newRow("cancelled") << Kind::Cancelled << false << End::Stopped;
}

void tst_OutboxRound::classifies()
{
    QFETCH(Kind, kind);
    QFETCH(bool, forGood);
    QFETCH(End, end);
    const ApiError error = ApiError::make(kind);
    QCOMPARE(OutboxRound::refusesForGood(error), forGood);
    if (!forGood)
        QCOMPARE(OutboxRound::endFor(error), end);
}

QTEST_GUILESS_MAIN(tst_OutboxRound)
#include "tst_outboxround.moc"
