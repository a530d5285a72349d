#include "AppTranslator.h"
#include "CommandLine.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

#include <vector>

using namespace Qt::Literals::StringLiterals;

// kabinet's options as main() reads them: --lang (its value checked, and found before the parse,
// so that --help speaks it), and which runs are the window that takes part in the single instance.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void langTakesRuOrEn_data();
    void langTakesRuOrEn();
    void langIsFoundBeforeTheParse_data();
    void langIsFoundBeforeTheParse();
    void langOverridesTheEnvironmentAndTheSettings();
    void langRuMakesQtsOwnButtonsRussian();
    void onlyTheWindowTakesPartInTheSingleInstance();
};

namespace {

QStringList kabinet(const QStringList& arguments)
{
    return QStringList {u"kabinet"_s} + arguments;
}

// argv as main() gets it.
QString preParsedLanguage(const QStringList& arguments)
{
    std::vector<QByteArray> storage;
    for (const QString& argument : kabinet(arguments))
        storage.push_back(argument.toLocal8Bit());
    std::vector<const char*> argv;
    for (const QByteArray& argument : storage)
        argv.push_back(argument.constData());
    return CommandLine::languageArgument(int(argv.size()), argv.data());
}

} // namespace

void tst_CommandLine::cleanup()
{
    qunsetenv("KABINET_LANGUAGE");
}

void tst_CommandLine::langTakesRuOrEn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("problem");
    QTest::newRow("none") << QStringList {} << QString() << QString();
    QTest::newRow("ru") << QStringList {u"--lang"_s, u"ru"_s} << u"ru"_s << QString();
    QTest::newRow("en, with =") << QStringList {u"--lang=en"_s} << u"en"_s << QString();
    QTest::newRow("de") << QStringList {u"--lang"_s, u"de"_s} << u"de"_s
                        << u"--lang takes ru or en, not \"de\"."_s;
    QTest::newRow("a locale is not a language code")
        << QStringList {u"--lang"_s, u"ru_RU"_s} << u"ru_RU"_s
        << u"--lang takes ru or en, not \"ru_RU\"."_s;
    QTest::newRow("with --sync") << QStringList {u"--sync"_s, u"--server"_s, u"https://x.ru"_s,
                                                 u"--user"_s, u"demo"_s,     u"--lang"_s,
                                                 u"en"_s}
                                 << u"en"_s << QString();
}

void tst_CommandLine::langTakesRuOrEn()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QString, problem);
    CommandLine commandLine;
    QVERIFY2(commandLine.parse(kabinet(arguments)), qPrintable(commandLine.errorText()));
    QCOMPARE(commandLine.language(), language);
    QCOMPARE(commandLine.usageError(), problem);
}

void tst_CommandLine::langIsFoundBeforeTheParse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QStringList {u"--server"_s, u"https://x.ru"_s} << QString();
    QTest::newRow("--lang ru") << QStringList {u"--lang"_s, u"ru"_s, u"--help"_s} << u"ru"_s;
    QTest::newRow("--lang=en") << QStringList {u"--help"_s, u"--lang=en"_s} << u"en"_s;
    QTest::newRow("value missing") << QStringList {u"--lang"_s} << QString();
    QTest::newRow("after --") << QStringList {u"--"_s, u"--lang"_s, u"ru"_s} << QString();
}

void tst_CommandLine::langIsFoundBeforeTheParse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(preParsedLanguage(arguments), language);
    // --lang with no value is the parser's error, in its words.
    if (arguments == QStringList {u"--lang"_s}) {
        CommandLine commandLine;
        QVERIFY(!commandLine.parse(kabinet(arguments)));
        QVERIFY2(commandLine.errorText().contains(u"lang"_s), qPrintable(commandLine.errorText()));
    }
}

void tst_CommandLine::langOverridesTheEnvironmentAndTheSettings()
{
    using Language = AppTranslator::Language;
    qputenv("KABINET_LANGUAGE", "en");
    QCOMPARE(AppTranslator::select(u"ru"_s, u"en"_s, Language::English), Language::Russian);
    // Without --lang the environment (tests, scripts) beats the settings' choice.
    QCOMPARE(AppTranslator::select({}, u"ru"_s, Language::Russian), Language::English);
    qunsetenv("KABINET_LANGUAGE");
    // Without either the settings' choice beats the locale.
    QCOMPARE(AppTranslator::select({}, u"en"_s, Language::Russian), Language::English);
    QCOMPARE(AppTranslator::select({}, u"ru"_s, Language::English), Language::Russian);
    // A value that names no language of Kabinet's counts as not given.
    QCOMPARE(AppTranslator::select(u"de"_s, u"ru"_s, Language::English), Language::Russian);
    QCOMPARE(AppTranslator::select({}, {}, Language::Russian),
             AppTranslator::choose(QLocale::system().uiLanguages(), Language::Russian));
}

void tst_CommandLine::langRuMakesQtsOwnButtonsRussian()
{
    // An English environment; the command line asks for Russian, as `kabinet --lang ru`.
    qputenv("KABINET_LANGUAGE", "en");
    AppTranslator translator;
    const auto language = AppTranslator::select(preParsedLanguage({u"--lang"_s, u"ru"_s}), {},
                                                AppTranslator::Language::English);
    QCOMPARE(language, AppTranslator::Language::Russian);
    QVERIFY2(translator.install(language), qPrintable(translator.errorText()));
    // qtbase_ru.qm from qt6-translations-l10n (scripts/install-deps.sh installs it).
    QVERIFY2(
        translator.hasQtCatalogue(),
        qPrintable(u"no qtbase_ru.qm in "_s + QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Отмена"_s);

    // And --lang en gives them back in English.
    QVERIFY(translator.install(AppTranslator::select(preParsedLanguage({u"--lang=en"_s}), {},
                                                     AppTranslator::Language::Russian)));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancel"_s);
}

void tst_CommandLine::onlyTheWindowTakesPartInTheSingleInstance()
{
    const QList<QPair<QStringList, bool>> cases = {
        {{}, true},
        {{u"--server"_s, u"https://x.ru"_s, u"--lang"_s, u"en"_s}, true},
        {{u"--sync"_s, u"--server"_s, u"https://x.ru"_s, u"--user"_s, u"demo"_s}, false},
        {{u"--screenshots"_s, u"/tmp/s"_s, u"--server"_s, u"https://x.ru"_s}, false},
        {{u"--help"_s}, false},
        {{u"--version"_s}, false},
    };
    for (const auto& [arguments, window] : cases) {
        CommandLine commandLine;
        QVERIFY(commandLine.parse(kabinet(arguments)));
        QVERIFY2(commandLine.opensWindow() == window, qPrintable(arguments.join(u' ')));
    }
}

QTEST_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
