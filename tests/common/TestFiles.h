#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

// Small helpers shared by tests that inspect what reached the disk.
namespace TestFiles {

inline QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    return key;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Paths of the files under dir (recursively) whose bytes contain needle.
inline QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            found.append(path);
    }
    return found;
}

inline bool processHasMapped(const QByteArray& libraryName)
{
    return readFile(QStringLiteral("/proc/self/maps")).contains(libraryName);
}

} // namespace TestFiles
