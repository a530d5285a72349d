#include "http/JsonFieldReader.h"
#include "typos/TypoReport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QString errorField(const QJsonObject& body, TypoReport* report = nullptr)
{
    JsonFieldReader fields(body);
    const TypoReport read = TypoReport::read(fields);
    if (report)
        *report = read;
    return fields.hasError() ? fields.error().field() : QString();
}
} // namespace

class TestTypoReport : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        TypoReport report;
        QCOMPARE(errorField({{u"selection"_s, u"Капитальный ремотн"_s},
                             {u"context"_s, u"Услуга: Капитальный ремотн"_s},
                             {u"screen"_s, u"charges"_s},
                             {u"comment"_s, u"ремонт"_s}},
                            &report),
                 QString());
        QCOMPARE(report.selection, u"Капитальный ремотн"_s);
        QCOMPARE(report.context, u"Услуга: Капитальный ремотн"_s);
        QCOMPARE(report.screen, u"charges"_s);
        QCOMPARE(report.comment, u"ремонт"_s);
    }

    void onlySelectionIsRequired()
    {
        TypoReport report;
        QCOMPARE(errorField({{u"selection"_s, u"  "_s}}, &report), QString());
        QCOMPARE(report.selection, u"  "_s); // a stray space may be the typo itself
        QVERIFY(report.context.isEmpty());
        QVERIFY(report.screen.isEmpty());
        QCOMPARE(errorField({{u"context"_s, u"x"_s}}), u"selection"_s);
    }

    void limits_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("selection 500") << u"selection"_s << QString(500, u'а') << QString();
        QTest::newRow("selection 501") << u"selection"_s << QString(501, u'а') << u"selection"_s;
        QTest::newRow("selection empty") << u"selection"_s << QString() << u"selection"_s;
        QTest::newRow("context 2000") << u"context"_s << QString(2000, u'а') << QString();
        QTest::newRow("context 2001") << u"context"_s << QString(2001, u'а') << u"context"_s;
        QTest::newRow("comment 2000") << u"comment"_s << QString(2000, u'а') << QString();
        QTest::newRow("comment 2001") << u"comment"_s << QString(2001, u'а') << u"comment"_s;
        QTest::newRow("screen key") << u"screen"_s << u"building.works-2_x"_s << QString();
        QTest::newRow("screen 40") << u"screen"_s << QString(40, u'a') << QString();
        QTest::newRow("screen 41") << u"screen"_s << QString(41, u'a') << u"screen"_s;
        QTest::newRow("screen capital") << u"screen"_s << u"Charges"_s << u"screen"_s;
        QTest::newRow("screen space") << u"screen"_s << u"my charges"_s << u"screen"_s;
        QTest::newRow("screen Cyrillic") << u"screen"_s << u"начисления"_s << u"screen"_s;
    }

    void limits()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QJsonObject body {{u"selection"_s, u"ремотн"_s}};
        body.insert(key, value);
        QCOMPARE(errorField(body), field);
    }

    void wrongTypeIsMalformed()
    {
        JsonFieldReader fields({{u"selection"_s, u"x"_s}, {u"comment"_s, 5}});
        TypoReport::read(fields);
        QCOMPARE(fields.error().code(), ApiErrorCode::Malformed);
        QCOMPARE(fields.error().field(), u"comment"_s);
    }
};

QTEST_GUILESS_MAIN(TestTypoReport)
#include "tst_typoreport.moc"
