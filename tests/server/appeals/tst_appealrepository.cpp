#include "PortalSeed.h"
#include "appeals/AppealRepository.h"
#include "auth/UserRepository.h"
#include "storage/ChangeSequence.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime start = QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);
} // namespace

class TestAppealRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PortalSeed> m_seed;
    qint64 m_user = 0;
    qint64 m_account = 0;

    qint64 changedSeq(qint64 appealId)
    {
        QSqlQuery query(m_seed->database().database());
        query.prepare(u"SELECT changed_seq FROM appeals WHERE id = ?"_s);
        query.addBindValue(appealId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_seed = std::make_unique<PortalSeed>(m_dir.path());
        QVERIFY(m_seed->isOpen());
        QVERIFY(AppealRepository::ensureSchema(m_seed->database()));
        const std::optional<qint64> user = m_seed->createUser(u"Ivanov"_s, u"secret1"_s);
        const std::optional<qint64> account = m_seed->createAccount(u"16616"_s);
        QVERIFY(user && account);
        m_user = *user;
        m_account = *account;
    }

    void createStampsAndReturnsTheAppeal()
    {
        AppealRepository repository(m_seed->database());
        const std::optional<qint64> before = ChangeSequence::current(m_seed->database());
        const std::optional<Appeal> appeal =
            repository.create(m_user, m_account, u"Тема"_s, u"Текст"_s, start);
        QVERIFY(appeal);
        QVERIFY(appeal->serverId);
        QCOMPARE(appeal->accountId, std::optional<qint64>(m_account));
        QCOMPARE(appeal->topic, u"Тема"_s);
        QCOMPARE(appeal->text, u"Текст"_s);
        QCOMPARE(appeal->status, Appeal::Status::Registered);
        QCOMPARE(appeal->createdAt, start);
        QVERIFY(appeal->answer.isEmpty());
        QVERIFY(!appeal->answeredAt.isValid());
        QCOMPARE(changedSeq(*appeal->serverId), *before + 1);
        QCOMPARE(repository.ownerOf(*appeal->serverId), std::optional<qint64>(m_user));
        QCOMPARE(repository.find(*appeal->serverId), appeal);
    }

    void forUserIsNewestFirst()
    {
        AppealRepository repository(m_seed->database());
        const std::optional<qint64> other = m_seed->createUser(u"Petrov"_s, u"secret2"_s);
        QVERIFY(other);
        QVERIFY(repository.create(*other, std::nullopt, u"b"_s, u"x"_s, start.addSecs(60)));
        QVERIFY(repository.create(*other, std::nullopt, u"c"_s, u"x"_s, start.addSecs(120)));
        QVERIFY(repository.create(*other, std::nullopt, u"a"_s, u"x"_s, start));
        const std::optional<QList<Appeal>> appeals = repository.forUser(*other);
        QVERIFY(appeals);
        QCOMPARE(appeals->size(), 3);
        QCOMPARE(appeals->at(0).topic, u"c"_s);
        QCOMPARE(appeals->at(1).topic, u"b"_s);
        QCOMPARE(appeals->at(2).topic, u"a"_s);
        QVERIFY(!appeals->at(0).accountId);
    }

    void operatorMovesAndAnswers()
    {
        AppealRepository repository(m_seed->database());
        const std::optional<Appeal> appeal =
            repository.create(m_user, std::nullopt, u"Вопрос"_s, u"?"_s, start);
        QVERIFY(appeal);
        const qint64 id = *appeal->serverId;
        qint64 stamp = changedSeq(id);

        QVERIFY(repository.setStatus(id, Appeal::Status::InProgress));
        QCOMPARE(repository.find(id)->status, Appeal::Status::InProgress);
        QVERIFY(changedSeq(id) > stamp);
        stamp = changedSeq(id);

        QVERIFY(!repository.answer(id, u"  "_s, start));
        QVERIFY(repository.answer(id, u"Ответ"_s, start.addDays(1)));
        const std::optional<Appeal> answered = repository.find(id);
        QCOMPARE(answered->status, Appeal::Status::Answered);
        QCOMPARE(answered->answer, u"Ответ"_s);
        QCOMPARE(answered->answeredAt, start.addDays(1));
        QVERIFY(changedSeq(id) > stamp);

        QVERIFY(repository.setStatus(id, Appeal::Status::Closed));
        QCOMPARE(repository.find(id)->status, Appeal::Status::Closed);
        QCOMPARE(repository.find(id)->answer, u"Ответ"_s);

        QVERIFY(!repository.setStatus(id, Appeal::Status::Draft));
        QVERIFY(!repository.setStatus(id, Appeal::Status::Registered));
        QVERIFY(!repository.setStatus(id + 1000, Appeal::Status::Closed));
        QVERIFY(!repository.answer(id + 1000, u"Ответ"_s, start));
    }

    void appealsGoWithTheirUser()
    {
        AppealRepository repository(m_seed->database());
        const std::optional<qint64> leaving = m_seed->createUser(u"Sidorov"_s, u"secret3"_s);
        QVERIFY(leaving);
        QVERIFY(repository.create(*leaving, std::nullopt, u"t"_s, u"x"_s, start));
        QCOMPARE(repository.forUser(*leaving)->size(), 1);
        QVERIFY(UserRepository(m_seed->context()).remove(*leaving));
        QCOMPARE(m_seed->count(u"appeals"_s, u"user_id = "_s + QString::number(*leaving)), 0);
    }

    void unknownUserIsRefused()
    {
        QVERIFY(!AppealRepository(m_seed->database())
                     .create(m_user + 1000, std::nullopt, u"t"_s, u"x"_s, start));
    }
};

QTEST_GUILESS_MAIN(TestAppealRepository)
#include "tst_appealrepository.moc"
