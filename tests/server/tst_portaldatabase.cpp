#include "TestFiles.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPortalDatabase : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(PortalDatabase& db, const QString& sql)
    {
        QSqlQuery query(db.database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    static QList<QStringList> notesSteps()
    {
        return {
            {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s},
            {u"ALTER TABLE notes ADD COLUMN author TEXT"_s,
             u"CREATE INDEX notes_author ON notes (author)"_s},
        };
    }

private slots:
    void opensWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY2(db.open(dir.filePath(u"portal.db"_s)), qPrintable(db.lastError()));
        QVERIFY(db.isOpen());
        QCOMPARE(db.database().driverName(), u"QSQLITE"_s);
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);

        // Foreign keys are enforced, not just declared.
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(query.exec(u"CREATE TABLE child (parent_id INTEGER REFERENCES parent(id))"_s));
        QVERIFY(!query.exec(u"INSERT INTO child (parent_id) VALUES (42)"_s));
    }

    void theClientsSqlCipherIsNotLoaded()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY(db.open(dir.filePath(u"portal.db"_s)));
        QVERIFY(!TestFiles::processHasMapped("sqlcipher"));
    }

    void ensureSchemaAppliesStepsOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portal.db"_s);
        {
            PortalDatabase db;
            QVERIFY(db.open(path));
            QCOMPARE(db.schemaVersion(u"notes"_s), 0);
            QVERIFY2(db.ensureSchema(u"notes"_s, notesSteps().mid(0, 1)),
                     qPrintable(db.lastError()));
            QCOMPARE(db.schemaVersion(u"notes"_s), 1);
            QSqlQuery insert(db.database());
            QVERIFY(insert.exec(u"INSERT INTO notes (text) VALUES ('kept')"_s));
            // Again: nothing to do, and no error for the existing table.
            QVERIFY2(db.ensureSchema(u"notes"_s, notesSteps().mid(0, 1)),
                     qPrintable(db.lastError()));
        }
        {
            // A later server adds a step: only that one runs, the data stays.
            PortalDatabase db;
            QVERIFY(db.open(path));
            QVERIFY2(db.ensureSchema(u"notes"_s, notesSteps()), qPrintable(db.lastError()));
            QCOMPARE(db.schemaVersion(u"notes"_s), 2);
            QCOMPARE(scalar(db, u"SELECT text FROM notes"_s).toString(), u"kept"_s);
            QSqlQuery insert(db.database());
            QVERIFY(insert.exec(u"INSERT INTO notes (text, author) VALUES ('x', 'me')"_s));
            // Other areas are independent.
            QCOMPARE(db.schemaVersion(u"other"_s), 0);
        }
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY(db.open(dir.filePath(u"portal.db"_s)));
        QVERIFY(db.ensureSchema(u"notes"_s, notesSteps()));
        QVERIFY(!db.ensureSchema(u"notes"_s, notesSteps().mid(0, 1)));
        QVERIFY(db.lastError().contains(u"notes"_s));
        QCOMPARE(db.schemaVersion(u"notes"_s), 2);
    }

    void failingStepIsRolledBack()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY(db.open(dir.filePath(u"portal.db"_s)));
        const QList<QStringList> steps = {
            {u"CREATE TABLE a (id INTEGER PRIMARY KEY)"_s},
            {u"CREATE TABLE b (id INTEGER PRIMARY KEY)"_s, u"THIS IS NOT SQL"_s},
        };
        QVERIFY(!db.ensureSchema(u"broken"_s, steps));
        QVERIFY(db.lastError().contains(u"broken"_s));
        // Step 1 stays applied, step 2 left nothing behind.
        QCOMPARE(db.schemaVersion(u"broken"_s), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'a'"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'b'"_s).toInt(), 0);
    }

    void openFailureIsReported()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY(!db.open(dir.filePath(u"no/such/folder/portal.db"_s)));
        QVERIFY(!db.lastError().isEmpty());
        QVERIFY(!db.isOpen());
    }

    void twoDatabasesSideBySide()
    {
        QTemporaryDir dir;
        PortalDatabase first;
        PortalDatabase second;
        QVERIFY(first.open(dir.filePath(u"one.db"_s)));
        QVERIFY(second.open(dir.filePath(u"two.db"_s)));
        QVERIFY(first.ensureSchema(u"notes"_s, notesSteps()));
        QCOMPARE(second.schemaVersion(u"notes"_s), 0);
        first.close();
        QVERIFY(!first.isOpen());
        QVERIFY(second.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestPortalDatabase)
#include "tst_portaldatabase.moc"
