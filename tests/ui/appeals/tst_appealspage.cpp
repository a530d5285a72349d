// «Обращения» against the real kabinet-portal, a real cache filled by the real sync engine and the
// real outbox: an appeal written with the server stopped is shown as waiting and, once the server
// is back, reaches it exactly once; the form checks the portal's rules and loses nothing on error;
// a refused appeal keeps its text and can be sent again; the operator's answer is shown.

#include "OutboxRig.h"
#include "appeals/AppealEditor.h"
#include "appeals/AppealListModel.h"
#include "appeals/AppealsPage.h"
#include "protocol/AppealRules.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "widgets/CopyableTableView.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

QString uniqueTopic(const QString& what)
{
    return what + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// The server's appeals with this topic, as the server lists them.
QList<QJsonObject> serverAppeals(OutboxRig& rig, const QString& topic)
{
    QList<QJsonObject> found;
    for (const QJsonValue& item : rig.serverItems(u"/api/v1/appeals"_s)) {
        if (item.toObject().value(u"topic"_s).toString() == topic)
            found.append(item.toObject());
    }
    return found;
}

// The model's row with this topic; -1 when none.
int rowWithTopic(const AppealListModel* model, const QString& topic)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row).appeal.topic == topic)
            return row;
    }
    return -1;
}

QString shownText(QWidget* page, const QString& name)
{
    auto* label = page->findChild<QLabel*>(name);
    return label && label->isVisibleTo(page) ? label->text() : QString();
}

} // namespace

class tst_AppealsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theFormChecksThePortalsRulesAndKeepsTheText();
    void writtenOfflineItWaitsAndArrivesOnceWhenTheServerIsBack();
    void ctrlEnterInTheTextSends();
    void aRefusedAppealKeepsItsTextAndCanBeSentAgain();
    void theOperatorsAnswerIsShown();

private:
    QList<Account> accounts();
    void typeAppeal(const QString& topic, const QString& text, int accountRow = 0);

    OutboxRig m_rig;
    std::unique_ptr<AppealsPage> m_page;
};

void tst_AppealsPage::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
}

void tst_AppealsPage::init()
{
    if (!m_rig.server().portal().isRunning())
        QVERIFY2(m_rig.startServerAgain(), qPrintable(m_rig.errorString()));
    m_page = std::make_unique<AppealsPage>(&m_rig.reader());
    m_page->resize(730, 560);
    m_page->show();
    QSignalSpy reloaded(m_page.get(), &AppealsPage::reloaded);
    m_page->setOutbox(&m_rig.outbox());
    m_page->setAccounts(accounts());
    QVERIFY(reloaded.wait(waitMs));
}

void tst_AppealsPage::cleanup()
{
    m_page.reset();
}

QList<Account> tst_AppealsPage::accounts()
{
    return AccountStore(m_rig.cache().database()).accounts().value_or(QList<Account>());
}

void tst_AppealsPage::typeAppeal(const QString& topic, const QString& text, int accountRow)
{
    auto* topicEdit = m_page->findChild<QLineEdit*>(u"appealTopic"_s);
    auto* textEdit = m_page->findChild<QPlainTextEdit*>(u"appealText"_s);
    m_page->findChild<QComboBox*>(u"appealAccount"_s)->setCurrentIndex(accountRow);
    topicEdit->clear();
    OutboxRig::type(topicEdit, topic);
    textEdit->clear();
    OutboxRig::type(textEdit, text);
}

void tst_AppealsPage::theFormChecksThePortalsRulesAndKeepsTheText()
{
    QSignalSpy queued(&m_rig.outbox(), &Outbox::queued);
    auto* send = m_page->findChild<QPushButton*>(u"sendAppeal"_s);
    auto* topicEdit = m_page->findChild<QLineEdit*>(u"appealTopic"_s);
    auto* textEdit = m_page->findChild<QPlainTextEdit*>(u"appealText"_s);

    // Spaces alone are no topic (the server trims them).
    typeAppeal(u"   "_s, u"Прошу проверить начисления."_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(shownText(m_page.get(), u"topicMessage"_s),
             AppealRules::problemText(AppealRules::Problem::EmptyTopic));
    QCOMPARE(textEdit->toPlainText(), u"Прошу проверить начисления."_s);

    typeAppeal(QString(AppealRules::maxTopicLength + 1, u'т'), u"Текст"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(shownText(m_page.get(), u"topicMessage"_s),
             AppealRules::problemText(AppealRules::Problem::TopicTooLong));
    OutboxRig::saveShot(m_page.get(), u"appeals-invalid"_s);

    typeAppeal(u"Перерасчёт"_s, u" \n "_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(shownText(m_page.get(), u"topicMessage"_s), QString());
    QCOMPARE(shownText(m_page.get(), u"textMessage"_s),
             AppealRules::problemText(AppealRules::Problem::EmptyText));
    QCOMPARE(topicEdit->text(), u"Перерасчёт"_s);
    QVERIFY(textEdit->hasFocus() || !m_page->isActiveWindow());

    // 200 letters outside the BMP are 400 UTF-16 units and still a valid topic: counted as the
    // server counts them.
    QCOMPARE(AppealRules::check(QString(u"😀"_s).repeated(200), u"x"_s), AppealRules::Problem::None);

    QTest::qWait(200);
    QCOMPARE(queued.size(), 0);
    QVERIFY(m_rig.outbox().items().isEmpty());
}

void tst_AppealsPage::writtenOfflineItWaitsAndArrivesOnceWhenTheServerIsBack()
{
    const QString topic = uniqueTopic(u"Протечка крыши"_s);
    const QString text = u"Крыша над квартирой течёт с сентября.\nПрошу включить в план работ."_s;
    const QList<Account> linked = accounts();
    QVERIFY(!linked.isEmpty());
    QVERIFY(m_rig.stopServer());

    QSignalSpy queued(&m_rig.outbox(), &Outbox::queued);
    QSignalSpy rounds(&m_rig.outbox(), &Outbox::roundFinished);
    typeAppeal(topic, text, 1);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"sendAppeal"_s), Qt::LeftButton);
    QVERIFY(queued.wait(waitMs));
    QVERIFY(rounds.wait(waitMs));
    QCOMPARE(rounds.at(0).at(0).value<OutboxRound>().end, OutboxRound::End::Offline);

    // Shown as waiting, the form emptied only now that the appeal is stored.
    QTRY_VERIFY_WITH_TIMEOUT(rowWithTopic(m_page->model(), topic) >= 0, waitMs);
    int row = rowWithTopic(m_page->model(), topic);
    QCOMPARE(m_page->model()->row(row).delivery, AppealListModel::Delivery::Waiting);
    QCOMPARE(m_page->model()->index(row, AppealListModel::StatusColumn).data().toString(),
             AppealListModel::tr("Waiting to be sent"));
    QCOMPARE(m_page->model()->index(row, AppealListModel::AccountColumn).data().toString(),
             linked.at(0).number);
    QCOMPARE(m_page->model()->waitingCount(), 1);
    QCOMPARE(m_page->findChild<QLineEdit*>(u"appealTopic"_s)->text(), QString());
    QVERIFY(!shownText(m_page.get(), u"appealStatus"_s).isEmpty());
    m_page->view()->setCurrentIndex(m_page->view()->model()->index(0, 0));
    QVERIFY(m_page->details()->toPlainText().contains(u"Прошу включить в план работ."_s));
    OutboxRig::saveShot(m_page.get(), u"appeals-waiting"_s);

    // The server is back; the application sends after the next sync.
    QVERIFY2(m_rig.startServerAgain(), qPrintable(m_rig.errorString()));
    QSignalSpy sent(&m_rig.outbox(), &Outbox::itemSent);
    std::optional<OutboxRound> round = m_rig.sendPending();
    QVERIFY(round);
    QCOMPARE(round->end, OutboxRound::End::Drained);
    QCOMPARE(round->sent, 1);
    QCOMPARE(sent.size(), 1);

    const QList<QJsonObject> onServer = serverAppeals(m_rig, topic);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.at(0).value(u"text"_s).toString(), text);
    QCOMPARE(qint64(onServer.at(0).value(u"accountId"_s).toDouble()), linked.at(0).id);

    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->row(rowWithTopic(m_page->model(), topic)).delivery,
                              AppealListModel::Delivery::AtServer, waitMs);
    row = rowWithTopic(m_page->model(), topic);
    QCOMPARE(m_page->model()->row(row).appeal.status, Appeal::Status::Registered);
    QCOMPARE(m_page->model()->index(row, AppealListModel::StatusColumn).data().toString(),
             AppealListModel::statusText(Appeal::Status::Registered));
    QCOMPARE(m_page->model()->waitingCount(), 0);
    OutboxRig::saveShot(m_page.get(), u"appeals-sent"_s);

    // Nothing goes twice: another round sends nothing, and a sync brings the same one appeal.
    round = m_rig.sendPending();
    QVERIFY(round);
    QCOMPARE(round->sent, 0);
    QVERIFY2(m_rig.sync(), qPrintable(m_rig.errorString()));
    QCOMPARE(serverAppeals(m_rig, topic).size(), 1);
    const std::optional<QList<Appeal>> cached = AppealStore(m_rig.cache().database()).appeals();
    QVERIFY(cached);
    QCOMPARE(std::count_if(cached->cbegin(), cached->cend(),
                           [&topic](const Appeal& appeal) { return appeal.topic == topic; }),
             1);
}

void tst_AppealsPage::ctrlEnterInTheTextSends()
{
    const QString topic = uniqueTopic(u"Квитанция"_s);
    QSignalSpy sent(&m_rig.outbox(), &Outbox::itemSent);
    typeAppeal(topic, u"Не пришла квитанция за сентябрь."_s);
    auto* textEdit = m_page->findChild<QPlainTextEdit*>(u"appealText"_s);
    QTest::keyClick(textEdit, Qt::Key_Return, Qt::ControlModifier);
    // Ctrl+Enter sent it rather than adding a line to the text.
    QVERIFY(sent.wait(waitMs));
    QCOMPARE(serverAppeals(m_rig, topic).size(), 1);
    QCOMPARE(textEdit->toPlainText(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithTopic(m_page->model(), topic) >= 0
            && m_page->model()->row(rowWithTopic(m_page->model(), topic)).delivery
                == AppealListModel::Delivery::AtServer,
        waitMs);
    QCOMPARE(shownText(m_page.get(), u"appealStatus"_s),
             AppealEditor::tr("Your appeal has been sent to the operator."));
}

void tst_AppealsPage::aRefusedAppealKeepsItsTextAndCanBeSentAgain()
{
    // Queued past the form's checks (as by a client with older rules): the server refuses the
    // overlong topic for good (422).
    const QString topic = uniqueTopic(u"Длинная тема"_s);
    const QString longTopic = topic + QString(AppealRules::maxTopicLength, u'!');
    const QString text = u"Текст, который нельзя потерять."_s;
    QSignalSpy failed(&m_rig.outbox(), &Outbox::itemFailed);
    m_rig.outbox().queueAppeal(AppealForm {std::nullopt, longTopic, text});
    QVERIFY(failed.wait(waitMs));
    const QString refusal = failed.at(0).at(2).toString();
    QVERIFY(!refusal.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithTopic(m_page->model(), longTopic) >= 0
            && m_page->model()->row(rowWithTopic(m_page->model(), longTopic)).delivery
                == AppealListModel::Delivery::Refused,
        waitMs);
    const int row = rowWithTopic(m_page->model(), longTopic);
    const QString status =
        m_page->model()->index(row, AppealListModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(refusal), qPrintable(status));

    // Chosen, it shows its whole text and offers to correct it.
    for (int shown = 0; shown < m_page->view()->model()->rowCount(); ++shown) {
        const QModelIndex index = m_page->view()->model()->index(shown, 0);
        if (index.siblingAtColumn(AppealListModel::TopicColumn).data().toString() == longTopic)
            m_page->view()->setCurrentIndex(index);
    }
    QVERIFY(m_page->details()->toPlainText().contains(text));
    auto* again = m_page->findChild<QPushButton*>(u"editRefusedAppeal"_s);
    QVERIFY(again->isVisible());
    OutboxRig::saveShot(m_page.get(), u"appeals-refused"_s);
    QTest::mouseClick(again, Qt::LeftButton);
    auto* topicEdit = m_page->findChild<QLineEdit*>(u"appealTopic"_s);
    QCOMPARE(topicEdit->text(), longTopic);
    QCOMPARE(m_page->findChild<QPlainTextEdit*>(u"appealText"_s)->toPlainText(), text);
    // The refused copy is dropped: the corrected one replaces it.
    QTRY_VERIFY_WITH_TIMEOUT(rowWithTopic(m_page->model(), longTopic) < 0, waitMs);
    QVERIFY(m_rig.outbox().items().isEmpty());

    // The form says what the server said, before sending; corrected, it goes.
    auto* send = m_page->findChild<QPushButton*>(u"sendAppeal"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(shownText(m_page.get(), u"topicMessage"_s),
             AppealRules::problemText(AppealRules::Problem::TopicTooLong));
    topicEdit->setText(topic);
    QSignalSpy sent(&m_rig.outbox(), &Outbox::itemSent);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(sent.wait(waitMs));
    const QList<QJsonObject> onServer = serverAppeals(m_rig, topic);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.at(0).value(u"text"_s).toString(), text);
}

void tst_AppealsPage::theOperatorsAnswerIsShown()
{
    // The operator answers on its own side; the sync stores it as this.
    Appeal answered;
    answered.serverId = 880001;
    answered.topic = u"Размер взноса"_s;
    answered.text = u"Почему взнос вырос?"_s;
    answered.status = Appeal::Status::Answered;
    answered.answer = u"Минимальный взнос установлен постановлением правительства."_s;
    answered.createdAt = QDateTime(QDate(2024, 9, 2), QTime(8, 0), Qt::UTC);
    answered.answeredAt = QDateTime(QDate(2024, 9, 5), QTime(12, 30), Qt::UTC);
    QVERIFY(AppealStore(m_rig.cache().database()).upsertFromServer(answered));

    m_page->reload();
    // An answer to an earlier read may come first.
    QTRY_VERIFY_WITH_TIMEOUT(rowWithTopic(m_page->model(), answered.topic) >= 0, waitMs);
    const int row = rowWithTopic(m_page->model(), answered.topic);
    QCOMPARE(m_page->model()->index(row, AppealListModel::StatusColumn).data().toString(),
             AppealListModel::statusText(Appeal::Status::Answered));
    for (int shown = 0; shown < m_page->view()->model()->rowCount(); ++shown) {
        const QModelIndex index = m_page->view()->model()->index(shown, 0);
        if (index.siblingAtColumn(AppealListModel::TopicColumn).data().toString() == answered.topic)
            m_page->view()->setCurrentIndex(index);
    }
    QVERIFY(m_page->details()->toPlainText().contains(answered.answer));
    QVERIFY(!m_page->findChild<QPushButton*>(u"editRefusedAppeal"_s)->isVisible());
    // The list copies as text, row by row.
    m_page->view()->selectAll();
    QVERIFY(m_page->view()->selectedText().contains(answered.topic));
    OutboxRig::saveShot(m_page.get(), u"appeals-answered"_s);
}

QTEST_MAIN(tst_AppealsPage)
#include "tst_appealspage.moc"
