// MailSpool: outgoing mail as owner-only .eml files in DATA/mail.
#include "auth/MailMessage.h"
#include "auth/MailSpool.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMailSpool : public QObject
{
    Q_OBJECT

private:
    static MailMessage message(const QString& to)
    {
        return MailMessage(u"Кабинет"_s, u"noreply@localhost"_s, to, u"Тема"_s, u"Текст"_s,
                           QDateTime::currentDateTimeUtc());
    }

private slots:
    void deliversWholeFilesOwnerOnly()
    {
        QTemporaryDir data;
        MailSpool spool(data.filePath(u"mail"_s));
        QVERIFY2(spool.prepare(), qPrintable(spool.errorString()));
        QCOMPARE(QFile::permissions(spool.directory())
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());

        const MailMessage first = message(u"a@example.ru"_s);
        const std::optional<QString> path = spool.deliver(first);
        QVERIFY2(path, qPrintable(spool.errorString()));
        QVERIFY(path->endsWith(u".eml"_s));
        QCOMPARE(QFileInfo(*path).absolutePath(), QDir(spool.directory()).absolutePath());
        QFile file(*path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first.toRfc5322());
        QCOMPARE(QFile::permissions(*path)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        const std::optional<QString> second = spool.deliver(message(u"b@example.ru"_s));
        QVERIFY(second && *second != *path);
        // No temporary files are left behind, and the names sort by time.
        const QStringList names = QDir(spool.directory()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.last(), QFileInfo(*second).fileName());
    }

    void namesSortInTheOrderOfSending()
    {
        // Many messages within a few milliseconds: each later one must still sort after the one
        // before (they sorted by a random part within a millisecond).
        QTemporaryDir data;
        MailSpool spool(data.filePath(u"mail"_s));
        QVERIFY(spool.prepare());
        QStringList sent;
        for (int i = 0; i < 50; ++i) {
            const std::optional<QString> path = spool.deliver(message(u"a@example.ru"_s));
            QVERIFY2(path, qPrintable(spool.errorString()));
            sent.append(QFileInfo(*path).fileName());
        }
        QCOMPARE(QDir(spool.directory()).entryList(QDir::Files, QDir::Name), sent);
    }

    void prepareIsRepeatable()
    {
        QTemporaryDir data;
        MailSpool spool(data.filePath(u"a/b/mail"_s));
        QVERIFY(spool.prepare());
        QVERIFY(spool.prepare());
    }

    void unwritableDirectoryFails()
    {
        QTemporaryDir data;
        // A file where the directory should be.
        QFile blocker(data.filePath(u"mail"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MailSpool spool(data.filePath(u"mail"_s));
        QVERIFY(!spool.prepare());
        QVERIFY(!spool.errorString().isEmpty());
        QVERIFY(!spool.deliver(message(u"a@example.ru"_s)));
        QVERIFY(!spool.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailSpool)
#include "tst_mailspool.moc"
