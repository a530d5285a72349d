#include "KioskSettings.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

// Seconds, fractions allowed (a test waits one or two); nothing below a tenth.
std::chrono::milliseconds seconds(const QSettings& settings, const QString& key,
                                  std::chrono::milliseconds fallback)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    if (!ok || value < 0.1)
        return fallback;
    return std::chrono::milliseconds(qint64(value * 1000));
}

} // namespace

QString KioskSettings::defaultPath()
{
    return u"/etc/xdg/kabinet/kiosk.conf"_s;
}

QString KioskSettings::path()
{
    const QString fromEnvironment = qEnvironmentVariable("KABINET_KIOSK_CONFIG");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

KioskSettings KioskSettings::load(const QString& path)
{
    KioskSettings result;
    if (!QFileInfo(path).isFile())
        return result;
    // Read as given: QSettings writes nothing back to a file nobody changed.
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return result;
    result.fileFound = true;
    settings.beginGroup(u"Kiosk"_s);
    result.enabled = settings.value(u"Enabled"_s, false).toBool();
    result.server = QUrl(settings.value(u"Server"_s).toString().trimmed(), QUrl::StrictMode);
    result.caFile = settings.value(u"CaFile"_s).toString().trimmed();
    result.pinHash = settings.value(u"PinHash"_s).toString().trimmed();
    const QKeySequence shortcut(settings.value(u"ExitShortcut"_s).toString(),
                                QKeySequence::PortableText);
    if (shortcut.count() == 1)
        result.exitShortcut = shortcut;
    result.idleTimeout = seconds(settings, u"IdleTimeout"_s, result.idleTimeout);
    result.countdown = seconds(settings, u"IdleCountdown"_s, result.countdown);
    const int points = settings.value(u"FontSize"_s).toInt();
    if (points >= 8 && points <= 48)
        result.fontPointSize = points;
    return result;
}
