#pragma once

#include <QString>

#include <optional>

// The sections of the «Разделы» navigation, in the portal's order; the values double as indexes
// of the main window's stacked pages.
enum class MainSection
{
    Home = 0,
    Charges = 1,
    Payments = 2,
    Building = 3,
    Organizations = 4,
    News = 5,
    Appeals = 6,
    MeterReadings = 7,
    Profile = 8,
    SignOut = 9,
};

class MainSectionInfo
{
public:
    static constexpr int count = 10;
    static QString title(MainSection section);
    // The word QSettings keeps the last section as.
    static QString settingsKey(MainSection section);
    // std::nullopt for a word no section has.
    static std::optional<MainSection> fromSettingsKey(const QString& key);
};
