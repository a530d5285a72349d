#include "TsCatalogue.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The catalogues in translations/ against the sources as they are now: lupdate (through
// scripts/update-translations.sh, exactly as a developer runs it) merges the English strings of
// ui/, app/ and sync/ into copies of the committed .ts files, and any string that comes out
// without a finished translation turns the test red, listed with where it is.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRussianStringIsTranslated();
    void theCommittedFileHoldsEveryStringFinished();
    void everyEnglishPluralHasItsForms();
    void translationsKeepThePlaceholders();
    void anUnfinishedOrEmptyStringIsReported();
    void aVanishedStringInUseIsReported();

private:
    static QString howToFix(const QString& file);
    // The lines, with the source files named from the repository's root.
    static QString list(QStringList lines);

    QTemporaryDir m_dir;
    TsCatalogue m_ru;
    TsCatalogue m_en;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess update;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LUPDATE"_s, QStringLiteral(KABINET_LUPDATE));
    update.setProcessEnvironment(environment);
    update.start(
        QStringLiteral(KABINET_BASH),
        {QStringLiteral(KABINET_SOURCE_DIR "/scripts/update-translations.sh"), m_dir.path()});
    QVERIFY2(update.waitForFinished(120000), "lupdate did not finish within two minutes");
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
             qPrintable(QString::fromUtf8(update.readAllStandardError())));
    QVERIFY2(m_ru.load(m_dir.filePath(u"kabinet_ru.ts"_s)), qPrintable(m_ru.errorString()));
    QVERIFY2(m_en.load(m_dir.filePath(u"kabinet_en.ts"_s)), qPrintable(m_en.errorString()));
    QCOMPARE(m_ru.language(), u"ru"_s);
    QCOMPARE(m_en.language(), u"en"_s);
    // An empty scan (a moved folder, a broken script) would make every check below pass.
    QVERIFY2(m_ru.messages().size() > 300,
             qPrintable(u"lupdate found only %1 strings"_s.arg(m_ru.messages().size())));
}

QString tst_Translations::howToFix(const QString& file)
{
    return u"Run scripts/update-translations.sh, translate these in translations/%1 (Qt Linguist, "
           "or by hand: fill <translation> and drop type=\"unfinished\") and build again:"_s.arg(
               file);
}

QString tst_Translations::list(QStringList lines)
{
    lines.replaceInStrings(QStringLiteral(KABINET_SOURCE_DIR "/"), QString());
    return u"\n  "_s + lines.join(u"\n  "_s);
}

void tst_Translations::everyRussianStringIsTranslated()
{
    const QStringList missing = m_ru.untranslated();
    if (!missing.isEmpty()) {
        QFAIL(qPrintable(
            u"%1 string(s) have no finished Russian translation. %2"_s.arg(missing.size())
                .arg(howToFix(u"kabinet_ru.ts"_s))
            + list(missing)));
    }
}

void tst_Translations::theCommittedFileHoldsEveryStringFinished()
{
    // What lrelease compiles is the committed file, not the merged copy.
    for (const QString& name : {u"kabinet_ru.ts"_s, u"kabinet_en.ts"_s}) {
        TsCatalogue committed;
        QVERIFY2(committed.load(QStringLiteral(KABINET_SOURCE_DIR "/translations/") + name),
                 qPrintable(committed.errorString()));
        const TsCatalogue& merged = name == u"kabinet_ru.ts" ? m_ru : m_en;
        // The ones everyRussianStringIsTranslated() lists already are left out.
        QStringList missing = merged.notFinishedIn(committed);
        for (const QString& line : merged.untranslated())
            missing.removeAll(line);
        if (!missing.isEmpty()) {
            QFAIL(qPrintable(
                u"%1 string(s) in use are not finished in translations/%2 (missing, unfinished or "
                "vanished there). %3"_s.arg(missing.size())
                    .arg(name, howToFix(name))
                + list(missing)));
        }
    }
}

void tst_Translations::everyEnglishPluralHasItsForms()
{
    // English is the source language; only the %n strings need their two forms.
    for (const TsCatalogue::Message& message : m_en.messages())
        QVERIFY2(message.numerus, qPrintable(TsCatalogue::describe(message)));
    const QStringList missing = m_en.untranslated();
    if (!missing.isEmpty()) {
        QFAIL(qPrintable(u"%1 plural string(s) have no English forms. %2"_s.arg(missing.size())
                             .arg(howToFix(u"kabinet_en.ts"_s))
                         + list(missing)));
    }
}

void tst_Translations::translationsKeepThePlaceholders()
{
    const QStringList wrong = m_ru.placeholderMismatches() + m_en.placeholderMismatches();
    if (!wrong.isEmpty()) {
        QFAIL(qPrintable(u"These translations drop or add a %1…%99 or %n of the source text:"_s
                         + list(wrong)));
    }
}

void tst_Translations::anUnfinishedOrEmptyStringIsReported()
{
    TsCatalogue catalogue;
    QVERIFY(catalogue.loadXml(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/login/LoginPage.cpp" line="+45"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guessed string</source>
        <translation type="unfinished">Догадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty string</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform></numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone from the sources</source>
        <translation type="vanished">Удалено</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+10"/>
        <source>Hello, %1</source>
        <translation>Здравствуйте</translation>
    </message>
</context>
</TS>
)"_ba));
    QCOMPARE(catalogue.messages().size(), 6);
    QCOMPARE(catalogue.untranslated(),
             QStringList({u"LoginPage: «New string» (../ui/login/LoginPage.cpp:48)"_s,
                          u"LoginPage: «Guessed string» (../ui/login/LoginPage.cpp:50)"_s,
                          u"LoginPage: «Empty string» (../ui/login/LoginPage.cpp:51)"_s,
                          u"LoginPage: «%n minute(s)» (../ui/login/LoginPage.cpp:55)"_s}));
    QCOMPARE(
        catalogue.placeholderMismatches(),
        QStringList({u"LoginPage: «Hello, %1» (../ui/main/MainWindow.cpp:10) → «Здравствуйте»"_s}));
}

void tst_Translations::aVanishedStringInUseIsReported()
{
    const QByteArray header = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>MainWindow</name>
)"_ba;
    TsCatalogue committed;
    QVERIFY(committed.loadXml(header + R"(
    <message>
        <source>Sections</source>
        <translation type="vanished">Разделы</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
</context>
</TS>
)"_ba));
    TsCatalogue merged;
    QVERIFY(merged.loadXml(header + R"(
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+57"/>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand to the sources only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
)"_ba));
    QVERIFY(merged.untranslated().size() == 1);
    QCOMPARE(merged.notFinishedIn(committed),
             QStringList({u"MainWindow: «Sections» (../ui/main/MainWindow.cpp:77)"_s,
                          u"MainWindow: «Added by hand to the sources only» "
                          "(../ui/main/MainWindow.cpp:78)"_s}));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
