#include "protocol/json/JsonError.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Reason = JsonError::Reason;

class TestJsonError : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsNoError();
    void everyReasonHasAMessageNamingTheField();
    void nestedIn();
};

void TestJsonError::defaultIsNoError()
{
    const JsonError none;
    QVERIFY(!none.isError());
    QVERIFY(none.field.isEmpty());
    QVERIFY(none.message.isEmpty());
    QVERIFY(JsonError::reasonText(Reason::None, u"x"_s).isEmpty());
}

void TestJsonError::everyReasonHasAMessageNamingTheField()
{
    QSet<QString> messages;
    for (int r = int(Reason::NotJson); r <= int(Reason::Inconsistent); ++r) {
        const auto reason = Reason(r);
        const JsonError error = JsonError::make(reason, u"balanceKopecks"_s);
        QVERIFY(error.isError());
        QCOMPARE(error.field, u"balanceKopecks"_s);
        QVERIFY2(!error.message.isEmpty(), QByteArray::number(r).constData());
        if (reason != Reason::NotJson && reason != Reason::NotAnObject)
            QVERIFY2(error.message.contains(u"\"balanceKopecks\""_s), qPrintable(error.message));
        messages.insert(error.message);
    }
    QCOMPARE(messages.size(), int(Reason::Inconsistent)); // each reason says something different
}

void TestJsonError::nestedIn()
{
    const JsonError inner = JsonError::make(Reason::UnknownKey, u"status"_s);
    const JsonError outer = inner.nestedIn(u"works[2]");
    QCOMPARE(outer.reason, Reason::UnknownKey);
    QCOMPARE(outer.field, u"works[2].status"_s);
    QVERIFY(outer.message.contains(u"works[2].status"_s));

    QCOMPARE(outer.nestedIn(u"buildings[0]").field, u"buildings[0].works[2].status"_s);
    QCOMPARE(JsonError::make(Reason::WrongType, u"[1]"_s).nestedIn(u"utilities").field,
             u"utilities[1]"_s);
    QCOMPARE(JsonError::make(Reason::NotAnObject, QString()).nestedIn(u"fund").field, u"fund"_s);
}

QTEST_GUILESS_MAIN(TestJsonError)
#include "tst_jsonerror.moc"
