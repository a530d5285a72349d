#include "AppSettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString serverKey = u"connection/server"_s;
const QString caFileKey = u"connection/caFile"_s;
const QString rememberKey = u"signIn/remember"_s;
const QString loginKey = u"signIn/login"_s;
const QString notificationsKey = u"notifications/enabled"_s;

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

bool AppSettings::notificationsEnabled() const
{
    return QSettings().value(notificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    QSettings().setValue(notificationsKey, enabled);
}
