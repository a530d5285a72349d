#include "PortalSeed.h"
#include "auth/UserRepository.h"
#include "typos/TypoReportRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTypoReportRepository : public QObject
{
    Q_OBJECT

private slots:
    void storesAndListsPerUser()
    {
        QTemporaryDir dir;
        PortalSeed seed(dir.path());
        QVERIFY(seed.isOpen());
        QVERIFY(TypoReportRepository::ensureSchema(seed.database()));
        const std::optional<qint64> ivanov = seed.createUser(u"Ivanov"_s, u"secret1"_s);
        const std::optional<qint64> petrov = seed.createUser(u"Petrov"_s, u"secret2"_s);
        QVERIFY(ivanov && petrov);

        TypoReportRepository repository(seed.database());
        TypoReport report;
        report.selection = u"ремотн"_s;
        report.createdAt = QDateTime(QDate(2014, 9, 25), QTime(10, 15, 0, 250), Qt::UTC);
        const std::optional<qint64> first = repository.create(*ivanov, report);
        report.selection = u"Лебедка"_s;
        report.screen = u"account"_s;
        report.context = u"Л/С № 16616 | Лебедка"_s;
        report.comment = u"ё"_s;
        const std::optional<qint64> second = repository.create(*ivanov, report);
        QVERIFY(first && second && *first != *second);
        QVERIFY(repository.create(*petrov, report));

        const std::optional<QList<TypoReport>> reports = repository.forUser(*ivanov);
        QVERIFY(reports);
        QCOMPARE(reports->size(), 2);
        QCOMPARE(reports->at(0).id, *first);
        QCOMPARE(reports->at(0).selection, u"ремотн"_s);
        QVERIFY(reports->at(0).screen.isEmpty());
        QCOMPARE(reports->at(0).createdAt, report.createdAt);
        QCOMPARE(reports->at(1).screen, u"account"_s);
        QCOMPARE(reports->at(1).context, u"Л/С № 16616 | Лебедка"_s);
        QCOMPARE(reports->at(1).comment, u"ё"_s);

        // Reports go with their user.
        QVERIFY(UserRepository(seed.context()).remove(*ivanov));
        QCOMPARE(repository.forUser(*ivanov)->size(), 0);
        QCOMPARE(seed.count(u"typo_reports"_s), 1);
        QVERIFY(!repository.create(*ivanov, report));
    }
};

QTEST_GUILESS_MAIN(TestTypoReportRepository)
#include "tst_typoreportrepository.moc"
