#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <optional>

// The language Kabinet speaks. Its users are homeowners paying a Russian regional operator, so
// Russian is the rule and the English source text is for whoever explicitly asks for another
// language. Installs Kabinet's catalogue (compiled into the binary from translations/) and Qt's
// own (standard buttons, QCommandLineParser) into the running application, and makes the
// language's QLocale the default, so that dates and sizes read the same way as the words.
class AppTranslator
{
public:
    enum class Language
    {
        Russian,
        English
    };

    // The language for a user whose preferred languages are uiLanguages (QLocale::uiLanguages(),
    // most preferred first): the first Russian or English one; English when only other languages
    // are named (a German desktop reads English better than Russian); whenUnset when nothing but
    // C/POSIX is (a kiosk, a service, a container).
    static Language choose(const QStringList& uiLanguages, Language whenUnset);
    // choose() for the system locale, unless the environment variable KABINET_LANGUAGE names
    // "ru" or "en".
    static Language forSystem(Language whenUnset);
    // The language asked for, most explicit first: fromCommandLine (--lang), the environment's
    // KABINET_LANGUAGE, chosen (the settings dialog's choice), then forSystem(). Each of them
    // counts only when it names "ru" or "en".
    static Language select(const QString& fromCommandLine, const QString& chosen,
                           Language whenUnset);
    // "ru", "ru_RU", "en-GB"… → the language; std::nullopt for anything else.
    static std::optional<Language> fromCode(const QString& code);
    // The two-letter code used in the file names: "ru", "en".
    static QString code(Language language);

    AppTranslator() = default;
    AppTranslator(const AppTranslator&) = delete;
    AppTranslator& operator=(const AppTranslator&) = delete;

    // Needs a QCoreApplication. False, with errorText(), when Kabinet's own catalogue is missing
    // from the resources (a build error); Qt's catalogue is optional, as Debian ships it apart
    // (qt6-translations-l10n): without it Qt's buttons stay English. Installing again replaces
    // the earlier language. The translators stay installed while this object lives.
    bool install(Language language);
    QString errorText() const { return m_errorText; }
    // Whether Qt's own catalogue for the language was found and installed.
    bool hasQtCatalogue() const { return m_qtInstalled; }

private:
    QTranslator m_kabinet;
    QTranslator m_qt;
    bool m_qtInstalled = false;
    QString m_errorText;
};
