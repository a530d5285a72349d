#include "AppSettings.h"

#include "engine/SyncEngine.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString serverKey = u"connection/server"_s;
const QString caFileKey = u"connection/caFile"_s;
const QString pinKey = u"connection/pin"_s;
const QString rememberKey = u"signIn/remember"_s;
const QString loginKey = u"signIn/login"_s;
const QString syncIntervalKey = u"sync/intervalMinutes"_s;
const QString languageKey = u"ui/language"_s;
const QString notificationsKey = u"notifications/enabled"_s;

// A day at most: anything longer in a hand-edited file is taken as a day.
constexpr std::chrono::minutes longestInterval {24 * 60};

} // namespace

QUrl AppSettings::server() const
{
    // Kept as text, so that the settings file stays readable.
    return QUrl(QSettings().value(serverKey).toString(), QUrl::StrictMode);
}

QString AppSettings::caFile() const
{
    return QSettings().value(caFileKey).toString();
}

void AppSettings::setServer(const QUrl& server, const QString& caFile)
{
    QSettings settings;
    settings.setValue(serverKey, server.toString());
    settings.setValue(caFileKey, caFile);
}

QString AppSettings::pin() const
{
    return QSettings().value(pinKey).toString();
}

void AppSettings::setPin(const QString& pin)
{
    QSettings settings;
    if (pin.trimmed().isEmpty())
        settings.remove(pinKey);
    else
        settings.setValue(pinKey, pin.trimmed());
}

QString AppSettings::rememberedLogin() const
{
    const QSettings settings;
    if (!settings.value(rememberKey, false).toBool())
        return {};
    return settings.value(loginKey).toString();
}

void AppSettings::setRememberedLogin(const QString& login)
{
    QSettings settings;
    settings.setValue(rememberKey, true);
    settings.setValue(loginKey, login);
}

void AppSettings::forgetRememberedLogin()
{
    QSettings settings;
    settings.remove(rememberKey);
    settings.remove(loginKey);
}

std::chrono::minutes AppSettings::syncInterval() const
{
    const auto fallback =
        std::chrono::duration_cast<std::chrono::minutes>(SyncEngine::defaultInterval);
    bool ok = false;
    const int minutes = QSettings().value(syncIntervalKey, int(fallback.count())).toInt(&ok);
    if (!ok || minutes < 0)
        return fallback;
    return std::min(std::chrono::minutes(minutes), longestInterval);
}

void AppSettings::setSyncInterval(std::chrono::minutes interval)
{
    QSettings().setValue(
        syncIntervalKey,
        int(std::clamp(interval, std::chrono::minutes(0), longestInterval).count()));
}

QString AppSettings::language() const
{
    const QString code = QSettings().value(languageKey).toString();
    return code == u"ru"_s || code == u"en"_s ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

bool AppSettings::notificationsEnabled() const
{
    return QSettings().value(notificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    QSettings().setValue(notificationsKey, enabled);
}
