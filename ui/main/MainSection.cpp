#include "main/MainSection.h"

#include <QCoreApplication>

QString MainSectionInfo::title(MainSection section)
{
    switch (section) {
    case MainSection::Home:
        return QCoreApplication::translate("MainSection", "Home");
    case MainSection::Charges:
        return QCoreApplication::translate("MainSection", "Charges");
    case MainSection::Payments:
        return QCoreApplication::translate("MainSection", "Payments");
    case MainSection::Building:
        return QCoreApplication::translate("MainSection", "Technical data of the building");
    case MainSection::Organizations:
        return QCoreApplication::translate("MainSection", "Organizations");
    case MainSection::News:
        return QCoreApplication::translate("MainSection", "News");
    case MainSection::Appeals:
        return QCoreApplication::translate("MainSection", "Appeals");
    case MainSection::MeterReadings:
        return QCoreApplication::translate("MainSection", "Meter readings");
    case MainSection::Profile:
        return QCoreApplication::translate("MainSection", "My profile");
    case MainSection::SignOut:
        return QCoreApplication::translate("MainSection", "Sign out");
    }
    return {};
}

// Words rather than numbers, so that a reordered enum cannot restore the wrong section.
QString MainSectionInfo::settingsKey(MainSection section)
{
    switch (section) {
    case MainSection::Home:
        return QStringLiteral("home");
    case MainSection::Charges:
        return QStringLiteral("charges");
    case MainSection::Payments:
        return QStringLiteral("payments");
    case MainSection::Building:
        return QStringLiteral("building");
    case MainSection::Organizations:
        return QStringLiteral("organizations");
    case MainSection::News:
        return QStringLiteral("news");
    case MainSection::Appeals:
        return QStringLiteral("appeals");
    case MainSection::MeterReadings:
        return QStringLiteral("meterReadings");
    case MainSection::Profile:
        return QStringLiteral("profile");
    case MainSection::SignOut:
        return QStringLiteral("signOut");
    }
    return {};
}

std::optional<MainSection> MainSectionInfo::fromSettingsKey(const QString& key)
{
    for (int i = 0; i < count; ++i) {
        const auto section = static_cast<MainSection>(i);
        if (settingsKey(section) == key)
            return section;
    }
    return std::nullopt;
}
