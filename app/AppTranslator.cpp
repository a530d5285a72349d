#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

// Where app/CMakeLists.txt puts the compiled catalogues among the resources.
const QString catalogueFolder = u":/i18n"_s;

} // namespace

AppTranslator::Language AppTranslator::choose(const QStringList& uiLanguages, Language whenUnset)
{
    bool otherNamed = false;
    for (const QString& tag : uiLanguages) {
        switch (QLocale(tag).language()) {
        case QLocale::Russian:
            return Language::Russian;
        case QLocale::English:
            return Language::English;
        case QLocale::AnyLanguage:
        case QLocale::C: // also what QLocale makes of "POSIX" and of anything it cannot parse
            break;
        default:
            otherNamed = true;
        }
    }
    return otherNamed ? Language::English : whenUnset;
}

AppTranslator::Language AppTranslator::forSystem(Language whenUnset)
{
    return select({}, {}, whenUnset);
}

AppTranslator::Language AppTranslator::select(const QString& fromCommandLine, const QString& chosen,
                                              Language whenUnset)
{
    for (const QString& code :
         {fromCommandLine, qEnvironmentVariable("KABINET_LANGUAGE"), chosen}) {
        if (const std::optional<Language> language = fromCode(code))
            return *language;
    }
    return choose(QLocale::system().uiLanguages(), whenUnset);
}

std::optional<AppTranslator::Language> AppTranslator::fromCode(const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    switch (QLocale(trimmed).language()) {
    case QLocale::Russian:
        return Language::Russian;
    case QLocale::English:
        return Language::English;
    default:
        return std::nullopt;
    }
}

QString AppTranslator::code(Language language)
{
    return language == Language::Russian ? u"ru"_s : u"en"_s;
}

bool AppTranslator::install(Language language)
{
    QCoreApplication::removeTranslator(&m_kabinet);
    QCoreApplication::removeTranslator(&m_qt);
    m_qtInstalled = false;
    m_errorText.clear();

    // The user's own formats when they are of the chosen language (ru_UA stays ru_UA); a kiosk's
    // C locale, or a language forced by KABINET_LANGUAGE, gets the language's usual country.
    const QLocale system = QLocale::system();
    if (language == Language::Russian) {
        QLocale::setDefault(system.language() == QLocale::Russian
                                ? system
                                : QLocale(QLocale::Russian, QLocale::Russia));
    } else {
        QLocale::setDefault(system.language() == QLocale::C || system.language() == QLocale::Russian
                                ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : system);
    }

    const QString suffix = code(language);
    // English is Qt's source language: there is no qtbase_en to find.
    if (language != Language::English
        && m_qt.load(u"qtbase_"_s + suffix, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);

    // Installed last, so that it is asked first.
    if (!m_kabinet.load(u"kabinet_"_s + suffix, catalogueFolder)) {
        m_errorText = u"The %1 catalogue kabinet_%1.qm is not among the resources."_s.arg(suffix);
        return false;
    }
    if (!QCoreApplication::installTranslator(&m_kabinet)) {
        m_errorText = u"The catalogue kabinet_%1.qm could not be installed."_s.arg(suffix);
        return false;
    }
    return true;
}
