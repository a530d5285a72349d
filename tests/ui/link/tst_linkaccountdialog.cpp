// The add-account form (figure 5) against the real kabinet-portal with its demo data: required
// fields, the address pickers' cascade and type-ahead, a refused mismatch that keeps what was
// typed, and a link that brings the account with the server's balance.

#include "DemoServer.h"
#include "ReplyWaiter.h"
#include "SignedInClient.h"
#include "link/AddressPicker.h"
#include "link/LinkAccountDialog.h"
#include "widgets/CaptchaField.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using Level = AddressQuery::Level;
using Field = LinkAccountDialog::Field;

namespace {

// QTest::keyClicks() knows ASCII only; the directory's names are Cyrillic.
void type(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class tst_LinkAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFieldIsRequired();
    void sumFollowsTheMoneyRules();
    void pickersCascadeWithTypeAhead();
    void wrongSumIsRefusedAndTheFormKept();
    void rightDataLinksTheAccount();

private:
    // Waits for the level's list and picks name from it.
    static bool choose(LinkAccountDialog& dialog, Level level, const QString& name);
    // The demo's free account (docs/demo.md), with sum as the last payment.
    static bool fillDemoAccount(LinkAccountDialog& dialog, const QString& sum);
    static bool captchaReady(LinkAccountDialog& dialog);

    DemoServer m_server;
    std::unique_ptr<SignedInClient> m_session;
};

void tst_LinkAccountDialog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_session = std::make_unique<SignedInClient>(m_server);
    QVERIFY(m_session->logIn(u"demo"_s, u"kapremont"_s));
}

bool tst_LinkAccountDialog::choose(LinkAccountDialog& dialog, Level level, const QString& name)
{
    AddressPicker* picker = dialog.picker(level);
    if (!QTest::qWaitFor([picker] { return !picker->isLoading() && !picker->items().isEmpty(); },
                         10000))
        return false;
    return picker->selectByName(name);
}

bool tst_LinkAccountDialog::captchaReady(LinkAccountDialog& dialog)
{
    return QTest::qWaitFor([&dialog] { return !dialog.captcha()->captchaId().isEmpty(); }, 10000);
}

bool tst_LinkAccountDialog::fillDemoAccount(LinkAccountDialog& dialog, const QString& sum)
{
    if (!choose(dialog, Level::District, u"Мирнинский район"_s)
        || !choose(dialog, Level::Settlement, u"г.п. Мирный"_s)
        || !choose(dialog, Level::Street, u"ул. Мира"_s) || !choose(dialog, Level::House, u"4"_s)
        || !choose(dialog, Level::Flat, u"12"_s) || !captchaReady(dialog))
        return false;
    dialog.numberEdit()->setText(u"16621"_s);
    // The 20th of the last closed month of the demo's clock (2024-10-15).
    dialog.paymentDateEdit()->setDate(QDate(2024, 9, 20));
    dialog.paymentSumEdit()->setText(sum);
    QTest::keyClicks(dialog.captcha()->answerEdit(), DemoServer::captchaAnswer());
    return true;
}

void tst_LinkAccountDialog::everyFieldIsRequired()
{
    LinkAccountDialog dialog(m_session->client);
    dialog.show();
    QVERIFY(captchaReady(dialog));
    // The answer's field is left empty on purpose.
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    QVERIFY(!dialog.isSubmitting());
    for (Field field :
         {Field::District, Field::Settlement, Field::Street, Field::House, Field::Flat,
          Field::Number, Field::PaymentDate, Field::PaymentSum, Field::Captcha})
        QVERIFY2(!dialog.message(field).isEmpty(), qPrintable(QString::number(int(field))));
    QCOMPARE(dialog.message(Field::PaymentSum), moneyParseErrorText(MoneyParseError::Empty));
    QVERIFY(dialog.formMessage().isEmpty());

    // Typing clears a field's message; choosing an address level clears its own.
    QTest::keyClicks(dialog.numberEdit(), u"16621"_s);
    QVERIFY(dialog.message(Field::Number).isEmpty());
    QVERIFY(choose(dialog, Level::District, u"Мирнинский район"_s));
    QVERIFY(dialog.message(Field::District).isEmpty());
    QVERIFY(!dialog.message(Field::Settlement).isEmpty());
}

void tst_LinkAccountDialog::sumFollowsTheMoneyRules()
{
    LinkAccountDialog dialog(m_session->client);
    QVERIFY(fillDemoAccount(dialog, u"1,500"_s));
    dialog.submit();
    QVERIFY(!dialog.isSubmitting());
    QCOMPARE(dialog.message(Field::PaymentSum),
             moneyParseErrorText(MoneyParseError::TooManyDecimals));
    QVERIFY(dialog.message(Field::Flat).isEmpty());
    QVERIFY(dialog.message(Field::PaymentDate).isEmpty());

    dialog.paymentSumEdit()->setText(u"0,00"_s);
    dialog.submit();
    QVERIFY(!dialog.message(Field::PaymentSum).isEmpty());
    QVERIFY(!dialog.isSubmitting());
    dialog.paymentSumEdit()->setText(u"12x"_s);
    dialog.submit();
    QCOMPARE(dialog.message(Field::PaymentSum),
             moneyParseErrorText(MoneyParseError::InvalidCharacter));
}

void tst_LinkAccountDialog::pickersCascadeWithTypeAhead()
{
    LinkAccountDialog dialog(m_session->client);
    dialog.show();
    AddressPicker* districts = dialog.picker(Level::District);
    AddressPicker* settlements = dialog.picker(Level::Settlement);
    AddressPicker* streets = dialog.picker(Level::Street);
    AddressPicker* houses = dialog.picker(Level::House);
    AddressPicker* flats = dialog.picker(Level::Flat);
    for (AddressPicker* lower : {settlements, streets, houses, flats})
        QVERIFY(!lower->comboBox()->isEnabled());

    // Type-ahead: the typed prefix goes to the server, which answers only what starts with it.
    QTRY_VERIFY_WITH_TIMEOUT(!districts->isLoading() && !districts->items().isEmpty(), 10000);
    const qsizetype allDistricts = districts->items().size();
    QVERIFY(allDistricts >= 2);
    QSignalSpy loaded(districts, &AddressPicker::itemsLoaded);
    type(districts->comboBox()->lineEdit(), u"мирн"_s);
    QVERIFY(loaded.wait(5000));
    QVERIFY(!districts->items().isEmpty());
    QVERIFY(districts->items().size() < allDistricts);
    for (const AddressItem& item : districts->items())
        QVERIFY2(item.name.startsWith(u"мирн"_s, Qt::CaseInsensitive), qPrintable(item.name));
    // A prefix is not a choice.
    QVERIFY(!districts->selectedId());
    QVERIFY(!settlements->comboBox()->isEnabled());

    // Choosing from the list loads the next level.
    districts->comboBox()->setCurrentIndex(0);
    emit districts->comboBox()->activated(0);
    QCOMPARE(districts->selectedItem()->name, u"Мирнинский район"_s);
    QVERIFY(settlements->comboBox()->isEnabled());
    QVERIFY(choose(dialog, Level::Settlement, u"г.п. Мирный"_s));
    QVERIFY(streets->comboBox()->isEnabled());

    // Typing a name out in full chooses it.
    QTRY_VERIFY_WITH_TIMEOUT(!streets->isLoading() && !streets->items().isEmpty(), 10000);
    type(streets->comboBox()->lineEdit(), u"ул. мира"_s);
    QTRY_VERIFY_WITH_TIMEOUT(streets->selectedId().has_value(), 5000);
    QCOMPARE(streets->selectedItem()->name, u"ул. Мира"_s);
    QVERIFY(choose(dialog, Level::House, u"4"_s));
    QVERIFY(choose(dialog, Level::Flat, u"12"_s));
    QVERIFY(flats->selectedId());

    // Editing a chosen level drops its choice and every level below it.
    QTest::keyClick(streets->comboBox()->lineEdit(), Qt::Key_Backspace);
    QVERIFY(!streets->selectedId());
    QVERIFY(!houses->selectedId());
    QVERIFY(!houses->comboBox()->isEnabled());
    QVERIFY(!flats->selectedId());
    QVERIFY(!flats->comboBox()->isEnabled());
    QVERIFY(settlements->selectedId());
    QTRY_VERIFY_WITH_TIMEOUT(!streets->isLoading(), 5000);
    QVERIFY(streets->selectByName(u"ул. Мира"_s));
    QVERIFY(houses->comboBox()->isEnabled());
    QTest::keyClicks(districts->comboBox()->lineEdit(), u"x"_s);
    QVERIFY(!districts->selectedId());
    for (AddressPicker* lower : {settlements, streets, houses, flats}) {
        QVERIFY(!lower->selectedId());
        QVERIFY(!lower->comboBox()->isEnabled());
    }
}

void tst_LinkAccountDialog::wrongSumIsRefusedAndTheFormKept()
{
    LinkAccountDialog dialog(m_session->client);
    dialog.show();
    QVERIFY(fillDemoAccount(dialog, u"1 499,99"_s));
    const QString spentCaptcha = dialog.captcha()->captchaId();
    QSignalSpy linked(&dialog, &LinkAccountDialog::accountLinked);
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    QVERIFY(dialog.isSubmitting());
    QVERIFY(!dialog.submitButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSubmitting(), 10000);
    QVERIFY(linked.isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.formMessage().contains(u"operator's records"_s),
             qPrintable(dialog.formMessage()));
    // One explanation for the whole form: no field is singled out.
    for (Field field : {Field::District, Field::Settlement, Field::Street, Field::House,
                        Field::Flat, Field::Number, Field::PaymentDate, Field::PaymentSum})
        QVERIFY(dialog.message(field).isEmpty());
    // What was typed stays, to be corrected; the spent captcha is replaced.
    QCOMPARE(dialog.numberEdit()->text(), u"16621"_s);
    QCOMPARE(dialog.paymentSumEdit()->text(), u"1 499,99"_s);
    QCOMPARE(dialog.paymentDateEdit()->date(), QDate(2024, 9, 20));
    QCOMPARE(dialog.picker(Level::Flat)->selectedItem()->name, u"12"_s);
    QVERIFY(dialog.submitButton()->isEnabled());
    QVERIFY(dialog.captcha()->answer().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.captcha()->captchaId().isEmpty()
                                 && dialog.captcha()->captchaId() != spentCaptcha,
                             10000);

    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"linkaccountdialog-mismatch.png"_s);
    QVERIFY(dialog.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_LinkAccountDialog::rightDataLinksTheAccount()
{
    LinkAccountDialog dialog(m_session->client);
    dialog.show();
    QVERIFY(fillDemoAccount(dialog, u"1500"_s));
    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"linkaccountdialog.png"_s);
    QVERIFY(dialog.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    QSignalSpy linked(&dialog, &LinkAccountDialog::accountLinked);
    dialog.submit();
    // A second press while the first is on its way sends nothing.
    dialog.submit();
    QVERIFY(linked.wait(10000));
    QCOMPARE(linked.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Account account = linked.at(0).at(0).value<Account>();
    QCOMPARE(account.number, u"16621"_s);
    QVERIFY(!account.ownerName.isEmpty());
    QVERIFY(account.address.contains(u"кв. 12"_s));

    const Waited<Account> onServer = waitFor(m_session->client.account(account.id));
    QVERIFY2(onServer.isOk(), onServer.describe());
    QCOMPARE(account.balance, onServer.value->balance);
    QCOMPARE(dialog.linkedAccount(), std::optional(*onServer.value));
}

QTEST_MAIN(tst_LinkAccountDialog)
#include "tst_linkaccountdialog.moc"
