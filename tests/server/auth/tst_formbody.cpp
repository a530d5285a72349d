// FormBody: application/x-www-form-urlencoded bodies of the reset form.
#include "auth/FormBody.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFormBody : public QObject
{
    Q_OBJECT

private slots:
    void decodesFields()
    {
        const QHash<QString, QString> fields =
            FormBody::parse("token=abc.DEF-_&password=a%21%40%23%24%25%5E_.-*%26%3B&x=a+b&empty=");
        QCOMPARE(fields.value(u"token"_s), u"abc.DEF-_"_s);
        QCOMPARE(fields.value(u"password"_s), u"a!@#$%^_.-*&;"_s);
        QCOMPARE(fields.value(u"x"_s), u"a b"_s);
        QVERIFY(fields.contains(u"empty"_s));
        QVERIFY(fields.value(u"empty"_s).isEmpty());
        QCOMPARE(fields.size(), 4);
    }

    void utf8AndOddShapes()
    {
        const QHash<QString, QString> fields =
            FormBody::parse("name=%D0%96%D1%83%D0%BA&&flag&a=1&a=2&%3D=eq");
        QCOMPARE(fields.value(u"name"_s), u"Жук"_s);
        QVERIFY(fields.contains(u"flag"_s));
        QCOMPARE(fields.value(u"a"_s), u"1"_s);
        QCOMPARE(fields.value(u"="_s), u"eq"_s);
        QVERIFY(FormBody::parse(QByteArray()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormBody)
#include "tst_formbody.moc"
