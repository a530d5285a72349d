#include "AppTranslator.h"
#include "accounts/AccountCardPage.h"
#include "login/LoginPage.h"
#include "main/MainWindow.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using Language = AppTranslator::Language;

Q_DECLARE_METATYPE(AppTranslator::Language)

// The language Kabinet picks, and the real widgets with the catalogues compiled into kabinet_app:
// the labels of the portal manual's figures 3 and 6, Russian plural forms, Qt's own buttons and
// Russian number formats.
class tst_AppTranslator : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheLanguage_data();
    void choosesTheLanguage();
    void kabinetLanguageOverridesTheLocale();
    void loginPageUsesTheManualsLabels();
    void mainWindowUsesTheManualsSections();
    void accountCardUsesThePortalsTable();
    void pluralsFollowRussianRules();
    void qtsOwnButtonsAreRussian();
    void numbersAndDatesAreRussian();
    void englishKeepsTheSourceTextAndCountsRight();
};

namespace {

QString withoutAccelerator(QString text)
{
    return text.remove(u'&');
}

QString minutes(int n)
{
    return QCoreApplication::translate("LoginOutcome",
                                       "Too many attempts. Try again in %n minute(s).", nullptr, n);
}

} // namespace

void tst_AppTranslator::choosesTheLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<Language>("whenUnset");
    QTest::addColumn<Language>("expected");
    QTest::newRow("Russian desktop")
        << QStringList {u"ru-RU"_s, u"ru"_s} << Language::English << Language::Russian;
    QTest::newRow("kiosk: C locale, window")
        << QStringList {u"C"_s} << Language::Russian << Language::Russian;
    QTest::newRow("cron: C locale, --sync")
        << QStringList {u"C"_s} << Language::English << Language::English;
    QTest::newRow("nothing set") << QStringList {} << Language::Russian << Language::Russian;
    QTest::newRow("English desktop")
        << QStringList {u"en-US"_s, u"en"_s} << Language::Russian << Language::English;
    QTest::newRow("German desktop: English reads better")
        << QStringList {u"de-DE"_s, u"de"_s} << Language::Russian << Language::English;
    QTest::newRow("German, then Russian (LANGUAGE=de:ru)")
        << QStringList {u"de"_s, u"de-DE"_s, u"ru"_s} << Language::Russian << Language::Russian;
    QTest::newRow("English before Russian")
        << QStringList {u"en-GB"_s, u"ru-RU"_s} << Language::Russian << Language::English;
}

void tst_AppTranslator::choosesTheLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(Language, whenUnset);
    QFETCH(Language, expected);
    QCOMPARE(AppTranslator::choose(uiLanguages, whenUnset), expected);
}

void tst_AppTranslator::kabinetLanguageOverridesTheLocale()
{
    qputenv("KABINET_LANGUAGE", "en");
    QCOMPARE(AppTranslator::forSystem(Language::Russian), Language::English);
    qputenv("KABINET_LANGUAGE", "ru_RU");
    QCOMPARE(AppTranslator::forSystem(Language::English), Language::Russian);
    // Not a language Kabinet has: the locale decides, as without the variable.
    qputenv("KABINET_LANGUAGE", "klingon");
    QCOMPARE(AppTranslator::forSystem(Language::Russian),
             AppTranslator::choose(QLocale::system().uiLanguages(), Language::Russian));
    qunsetenv("KABINET_LANGUAGE");
}

void tst_AppTranslator::loginPageUsesTheManualsLabels()
{
    AppTranslator translator;
    QVERIFY2(translator.install(Language::Russian), qPrintable(translator.errorText()));
    LoginPage page;
    QStringList labels;
    for (const QLabel* label : page.findChildren<QLabel*>())
        labels << withoutAccelerator(label->text());
    QVERIFY2(labels.contains(u"Имя пользователя"_s), qPrintable(labels.join(u" | "_s)));
    QVERIFY2(labels.contains(u"Пароль"_s), qPrintable(labels.join(u" | "_s)));
    QVERIFY2(labels.join(u' ').contains(u">зарегистрируйтесь</a>"_s),
             qPrintable(labels.join(u" | "_s)));
    QVERIFY2(labels.join(u' ').contains(u">Забыли пароль?</a>"_s),
             qPrintable(labels.join(u" | "_s)));
    QCOMPARE(withoutAccelerator(page.findChild<QCheckBox*>(u"remember"_s)->text()),
             u"Запомнить?"_s);
    QCOMPARE(withoutAccelerator(page.findChild<QPushButton*>(u"signIn"_s)->text()), u"Войти"_s);
}

void tst_AppTranslator::mainWindowUsesTheManualsSections()
{
    AppTranslator translator;
    QVERIFY2(translator.install(Language::Russian), qPrintable(translator.errorText()));
    MainWindow window;
    window.setLogin(u"Ivanov"_s);
    QCOMPARE(window.windowTitle(), u"Личный кабинет потребителя"_s);
    QCOMPARE(window.findChild<QToolButton*>(u"addAccount"_s)->text(), u"Добавить лицевой счет"_s);
    QCOMPARE(window.findChild<QToolButton*>(u"signOut"_s)->text(), u"Выход"_s);
    QCOMPARE(window.findChild<QLabel*>(u"greeting"_s)->text(), u"Здравствуйте, <b>Ivanov</b>"_s);
    QCOMPARE(window.findChild<QLabel*>(u"navigationTitle"_s)->text(), u"Разделы"_s);
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation);
    QStringList sections;
    for (int row = 0; row < navigation->count(); ++row)
        sections << navigation->item(row)->text();
    // Figure 6 of the manual, with the sections Kabinet adds (appeals, meter readings).
    for (const QString& expected :
         {u"Главная"_s, u"Начисления"_s, u"Платежи"_s, u"Технические характеристики МКД"_s,
          u"Организации"_s, u"Новости"_s, u"Обращения"_s, u"Показания"_s, u"Мой профиль"_s,
          u"Выход"_s})
        QVERIFY2(sections.contains(expected), qPrintable(sections.join(u" | "_s)));
}

void tst_AppTranslator::accountCardUsesThePortalsTable()
{
    AppTranslator translator;
    QVERIFY2(translator.install(Language::Russian), qPrintable(translator.errorText()));
    AccountCard card;
    card.account.id = 1;
    card.account.number = u"16616"_s;
    card.account.ownerName = u"Лебедка Валентина Григорьевна"_s;
    card.account.address = u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s;
    card.account.areaCentiM2 = 3160;
    card.account.ownershipType = u"Частная"_s;
    card.account.balance = Money::fromKopecks(22025);
    card.period = Period(2014, 9);
    ChargeLine line;
    line.accountId = 1;
    line.period = card.period;
    line.service = u"Капитальный ремонт"_s;
    line.unit = u"кв.м."_s;
    line.quantityHundredths = 200;
    line.tariff = Money::fromKopecks(520);
    line.baseCharge = Money::fromKopecks(1040);
    line.total = Money::fromKopecks(1040);
    card.lines = {line};

    AccountCardPage page;
    page.setCard(card);
    QCOMPARE(page.findChild<QLabel*>(u"pageTitle"_s)->text(),
             u"Л/С № 16616 | Лебедка Валентина Григорьевна"_s);
    QCOMPARE(
        page.findChild<QLabel*>(u"accountDetails"_s)->text(),
        u"г.п. Мирный, ул. Мира, д. 4, кв. 7 | Площадь помещения: 31,60 кв. м | Тип: Частная"_s);
    QVERIFY(page.findChild<QLabel*>(u"balance"_s)->text().startsWith(u"Долг: "_s));
    QCOMPARE(page.findChild<QLabel*>(u"sectionTitle"_s)->text(),
             u"Начисление за сентябрь 2014 года"_s);

    const QAbstractItemModel* model = page.findChild<QTableView*>(u"charges"_s)->model();
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({u"Услуга"_s, u"Единица измерения"_s, u"Площадь"_s, u"Размер взноса"_s,
                          u"Начислено"_s, u"Перерасчет"_s, u"Итого начислено"_s}));
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), u"ИТОГО"_s);
}

void tst_AppTranslator::pluralsFollowRussianRules()
{
    AppTranslator translator;
    QVERIFY2(translator.install(Language::Russian), qPrintable(translator.errorText()));
    QCOMPARE(minutes(1), u"Слишком много попыток. Повторите через 1 минуту."_s);
    QCOMPARE(minutes(3), u"Слишком много попыток. Повторите через 3 минуты."_s);
    QCOMPARE(minutes(5), u"Слишком много попыток. Повторите через 5 минут."_s);
    QCOMPARE(minutes(11), u"Слишком много попыток. Повторите через 11 минут."_s);
    QCOMPARE(minutes(21), u"Слишком много попыток. Повторите через 21 минуту."_s);
}

void tst_AppTranslator::qtsOwnButtonsAreRussian()
{
    AppTranslator translator;
    QVERIFY2(translator.install(Language::Russian), qPrintable(translator.errorText()));
    // qt6-translations-l10n is among scripts/install-deps.sh's packages.
    QVERIFY(translator.hasQtCatalogue());
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(withoutAccelerator(buttons.button(QDialogButtonBox::Cancel)->text()), u"Отмена"_s);
}

void tst_AppTranslator::numbersAndDatesAreRussian()
{
    AppTranslator translator;
    QVERIFY2(translator.install(Language::Russian), qPrintable(translator.errorText()));
    const QLocale locale;
    QCOMPARE(locale.language(), QLocale::Russian);
    QCOMPARE(locale.toString(1234.5, 'f', 2), u"1\u00a0234,50"_s);
    QCOMPARE(locale.toString(QDate(2014, 9, 25), QLocale::ShortFormat), u"25.09.2014"_s);
}

void tst_AppTranslator::englishKeepsTheSourceTextAndCountsRight()
{
    AppTranslator translator;
    QVERIFY2(translator.install(Language::Russian), qPrintable(translator.errorText()));
    // Installing again replaces the language.
    QVERIFY2(translator.install(Language::English), qPrintable(translator.errorText()));
    QVERIFY(!translator.hasQtCatalogue());
    LoginPage page;
    QCOMPARE(page.findChild<QPushButton*>(u"signIn"_s)->text(), u"&Sign in"_s);
    QCOMPARE(minutes(1), u"Too many attempts. Try again in 1 minute."_s);
    QCOMPARE(minutes(5), u"Too many attempts. Try again in 5 minutes."_s);
}

QTEST_MAIN(tst_AppTranslator)
#include "tst_apptranslator.moc"
