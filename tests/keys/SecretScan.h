#pragma once

// Helpers for the keychain tests: proof that a secret did not end up on disk.

#include <QByteArray>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace SecretScan {

// The forms in which a careless store would write the secret: raw, and as QtKeychain's and
// QSettings' encodings would have it.
inline QList<QByteArray> encodings(const QByteArray& secret)
{
    return {secret, secret.toBase64(), secret.toHex(), secret.toHex().toUpper(),
            secret.toPercentEncoding()};
}

inline bool containsAny(const QByteArray& haystack, const QList<QByteArray>& needles)
{
    for (const QByteArray& needle : needles) {
        if (haystack.contains(needle)) {
            return true;
        }
    }
    return false;
}

// Every regular file under directory (recursively, hidden ones included) that contains the secret
// in any of its encodings.
inline QStringList filesContaining(const QString& directory, const QByteArray& secret)
{
    QStringList hits;
    const QList<QByteArray> needles = encodings(secret);
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(path + QStringLiteral(" (unreadable)"));
            continue;
        }
        if (containsAny(file.readAll(), needles)) {
            hits.append(path);
        }
    }
    return hits;
}

// The QSettings files a keychain fallback could have used: the application's own, and the one
// QtKeychain's plain-text store opens for a service (organization = service name).
inline QStringList settingsFiles(const QString& service)
{
    QStringList files {QSettings().fileName(), QSettings(service).fileName(),
                       QSettings(QSettings::IniFormat, QSettings::UserScope, service).fileName()};
    files.removeDuplicates();
    return files;
}

// Those settingsFiles() that hold the secret, in the file's bytes or in any value as QSettings
// decodes it (QSettings escapes binary values, so the raw bytes alone could miss it).
inline QStringList settingsFilesContaining(const QString& service, const QByteArray& secret)
{
    const QList<QByteArray> needles = encodings(secret);
    QStringList hits;
    for (const QString& path : settingsFiles(service)) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || containsAny(file.readAll(), needles)) {
            hits.append(path);
            continue;
        }
        const QSettings settings(path, QSettings::IniFormat);
        for (const QString& key : settings.allKeys()) {
            const QVariant value = settings.value(key);
            if (containsAny(value.toByteArray(), needles)
                || containsAny(value.toString().toUtf8(), needles)) {
                hits.append(path + QStringLiteral(" [") + key + QStringLiteral("]"));
                break;
            }
        }
    }
    return hits;
}

} // namespace SecretScan
