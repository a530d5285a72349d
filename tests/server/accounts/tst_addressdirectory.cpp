// AddressDirectory: case-insensitive prefix search (Cyrillic included), order, limits, parents.
#include "AccountsFixture.h"
#include "accounts/AddressDirectory.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class AddressDirectoryTest : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const std::optional<QList<AddressEntry>>& entries)
    {
        QStringList list;
        for (const AddressEntry& entry : entries.value_or(QList<AddressEntry>()))
            list.append(entry.name);
        return list;
    }

private slots:
    void prefixIgnoresCaseInCyrillic()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        AddressDirectory directory(fixture.database());
        const std::optional<qint64> district =
            directory.add(AddressLevel::District, 0, u"Мирнинский район"_s);
        QVERIFY(district);
        const std::optional<qint64> settlement =
            directory.add(AddressLevel::Settlement, *district, u"г.п. Мирный"_s);
        QVERIFY(settlement);
        for (const QString& street :
             {u"ул. Мира"_s, u"ул. Молодёжная"_s, u"пер. Школьный"_s, u"Ёлочная ул."_s})
            QVERIFY(directory.add(AddressLevel::Street, *settlement, street));

        QCOMPARE(names(directory.find(AddressLevel::Street, *settlement, u"УЛ. М"_s, 50)),
                 QStringList({u"ул. Мира"_s, u"ул. Молодёжная"_s}));
        QCOMPARE(names(directory.find(AddressLevel::Street, *settlement, u"ул. мИР"_s, 50)),
                 QStringList({u"ул. Мира"_s}));
        QCOMPARE(names(directory.find(AddressLevel::Street, *settlement, u"ёЛ"_s, 50)),
                 QStringList({u"Ёлочная ул."_s}));
        QCOMPARE(names(directory.find(AddressLevel::Street, *settlement, u"ул. Мирная"_s, 50)),
                 QStringList());
        // No prefix: everything, alphabetically by the folded name.
        QCOMPARE(names(directory.find(AddressLevel::Street, *settlement, {}, 50)).size(), 4);
        // LIKE's wildcards are ordinary characters here.
        QCOMPARE(names(directory.find(AddressLevel::Street, *settlement, u"%"_s, 50)),
                 QStringList());
        QCOMPARE(names(directory.find(AddressLevel::Street, *settlement, u"_л"_s, 50)),
                 QStringList());
    }

    void childrenStayWithTheirParent()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        AddressDirectory directory(fixture.database());
        const std::optional<qint64> a = directory.add(AddressLevel::District, 0, u"г. Энск"_s);
        const std::optional<qint64> b =
            directory.add(AddressLevel::District, 0, u"Северный район"_s);
        QVERIFY(a && b);
        QVERIFY(directory.add(AddressLevel::Settlement, *a, u"г. Энск"_s));
        QVERIFY(directory.add(AddressLevel::Settlement, *b, u"п. Северный"_s));
        QCOMPARE(names(directory.find(AddressLevel::Settlement, *a, {}, 50)),
                 QStringList({u"г. Энск"_s}));
        QCOMPARE(names(directory.find(AddressLevel::Settlement, *b, {}, 50)),
                 QStringList({u"п. Северный"_s}));
        QCOMPARE(names(directory.find(AddressLevel::District, 0, u"с"_s, 50)),
                 QStringList({u"Северный район"_s}));

        QCOMPARE(directory.exists(AddressLevel::District, *a), std::optional<bool>(true));
        QCOMPARE(directory.exists(AddressLevel::District, *b + 100), std::optional<bool>(false));
        // An unknown parent is refused by the foreign key.
        QVERIFY(!directory.add(AddressLevel::Street, *b + 100, u"ул. Лесная"_s));
    }

    void numbersSortByValueAndLimitCuts()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const std::optional<qint64> flat = fixture.addFlat(u"4"_s, u"1"_s);
        QVERIFY(flat);
        AddressDirectory directory(fixture.database());
        const std::optional<qint64> street = [&]() -> std::optional<qint64> {
            const auto streets = directory.find(AddressLevel::Street, 1, {}, 1);
            if (!streets || streets->isEmpty())
                return std::nullopt;
            return streets->constFirst().id;
        }();
        QVERIFY(street);
        for (const QString& house : {u"10"_s, u"2"_s, u"10а"_s, u"12/1"_s, u"3"_s})
            QVERIFY(directory.add(AddressLevel::House, *street, house));
        QCOMPARE(names(directory.find(AddressLevel::House, *street, {}, 50)),
                 QStringList({u"2"_s, u"3"_s, u"4"_s, u"10"_s, u"10а"_s, u"12/1"_s}));
        QCOMPARE(names(directory.find(AddressLevel::House, *street, u"1"_s, 50)),
                 QStringList({u"10"_s, u"10а"_s, u"12/1"_s}));
        QCOMPARE(names(directory.find(AddressLevel::House, *street, {}, 2)),
                 QStringList({u"2"_s, u"3"_s}));
    }
};

QTEST_GUILESS_MAIN(AddressDirectoryTest)
#include "tst_addressdirectory.moc"
