#include "appeals/NewAppeal.h"
#include "http/JsonFieldReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// The field of the error reading body gives, "" for none.
QString errorField(const QJsonObject& body, NewAppeal* appeal = nullptr)
{
    JsonFieldReader fields(body);
    const NewAppeal read = NewAppeal::read(fields);
    if (appeal)
        *appeal = read;
    return fields.hasError() ? fields.error().field() : QString();
}

ApiErrorCode errorCode(const QJsonObject& body)
{
    JsonFieldReader fields(body);
    NewAppeal::read(fields);
    return fields.error().code();
}
} // namespace

class TestNewAppeal : public QObject
{
    Q_OBJECT

private slots:
    void readsAndTrims()
    {
        NewAppeal appeal;
        QCOMPARE(errorField({{u"accountId"_s, 3},
                             {u"topic"_s, u"  Протечка крыши "_s},
                             {u"text"_s, u"\nКрыша течёт.\t"_s}},
                            &appeal),
                 QString());
        QCOMPARE(appeal.accountId, std::optional<qint64>(3));
        QCOMPARE(appeal.topic, u"Протечка крыши"_s);
        QCOMPARE(appeal.text, u"Крыша течёт."_s);
    }

    void accountIsOptional()
    {
        NewAppeal appeal;
        QCOMPARE(errorField({{u"topic"_s, u"t"_s}, {u"text"_s, u"x"_s}}, &appeal), QString());
        QVERIFY(!appeal.accountId);
        QCOMPARE(
            errorField({{u"accountId"_s, QJsonValue()}, {u"topic"_s, u"t"_s}, {u"text"_s, u"x"_s}},
                       &appeal),
            QString());
        QVERIFY(!appeal.accountId);
    }

    void lengths_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("shortest") << u"t"_s << u"x"_s << QString();
        QTest::newRow("longest") << QString(200, u'т') << QString(5000, u'х') << QString();
        QTest::newRow("topic too long") << QString(201, u'т') << u"x"_s << u"topic"_s;
        QTest::newRow("text too long") << u"t"_s << QString(5001, u'х') << u"text"_s;
        QTest::newRow("blank topic") << u" \t "_s << u"x"_s << u"topic"_s;
        QTest::newRow("empty text") << u"t"_s << QString() << u"text"_s;
        QTest::newRow("spaces do not count")
            << (u"  "_s + QString(200, u'т') + u"  "_s) << u"x"_s << QString();
        // 200 characters outside the BMP are 400 UTF-16 units, still 200 characters.
        QTest::newRow("code points") << QString(u"😀"_s).repeated(200) << u"x"_s << QString();
    }

    void lengths()
    {
        QFETCH(QString, topic);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(errorField({{u"topic"_s, topic}, {u"text"_s, text}}), field);
    }

    void wrongTypesAreMalformedAndMissingFieldsInvalid()
    {
        QCOMPARE(errorCode({{u"topic"_s, 5}, {u"text"_s, u"x"_s}}), ApiErrorCode::Malformed);
        QCOMPARE(errorCode({{u"accountId"_s, u"3"_s}, {u"topic"_s, u"t"_s}, {u"text"_s, u"x"_s}}),
                 ApiErrorCode::Malformed);
        QCOMPARE(errorCode({{u"text"_s, u"x"_s}}), ApiErrorCode::Invalid);
        QCOMPARE(errorField({{u"text"_s, u"x"_s}}), u"topic"_s);
    }
};

QTEST_GUILESS_MAIN(TestNewAppeal)
#include "tst_newappeal.moc"
