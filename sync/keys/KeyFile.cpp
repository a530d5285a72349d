#include "keys/KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

KeyFile::KeyFile(const QString& path)
    : m_path(path)
{ }

QString KeyFile::pathForCache(const QString& cachePath)
{
    const QFileInfo info(cachePath);
    return info.dir().filePath(info.completeBaseName() + u".key"_s);
}

bool KeyFile::exists() const
{
    return QFileInfo::exists(m_path);
}

KeyFile::ReadResult KeyFile::read() const
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        return {{}, Error::NotFound, {}};
    }
    if (!info.isFile()) {
        return {
            {}, Error::ReadFailed, QCoreApplication::translate("KeyFile", "Not a regular file.")};
    }
    if (info.size() > maximumSize) {
        return {{}, Error::TooLarge, {}};
    }

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error error = file.error() == QFileDevice::OpenError && !file.exists()
            ? Error::NotFound
            : Error::ReadFailed;
        return {{}, error, file.errorString()};
    }
    // One byte more than allowed, to notice a file that grew after the size check.
    QByteArray blob = file.read(maximumSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return {{}, Error::ReadFailed, file.errorString()};
    }
    if (blob.size() > maximumSize) {
        return {{}, Error::TooLarge, {}};
    }
    return {blob, Error::None, {}};
}

KeyFile::WriteResult KeyFile::write(const QByteArray& blob) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {Error::WriteFailed, file.errorString()};
    }
    // QSaveFile creates its temporary file with the umask's permissions (or copies those of the
    // file it replaces); narrow them before any byte is written.
    if (!file.setPermissions(ownerOnly)) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return {Error::WriteFailed, detail};
    }
    if (file.write(blob) != blob.size()) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return {Error::WriteFailed, detail};
    }
    if (!file.commit()) {
        return {Error::WriteFailed, file.errorString()};
    }
    return {Error::None, {}};
}

bool KeyFile::remove() const
{
    return QFile::remove(m_path);
}

QString KeyFile::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return QCoreApplication::translate("KeyFile", "No error.");
    case Error::NotFound:
        return QCoreApplication::translate("KeyFile", "The key file does not exist.");
    case Error::ReadFailed:
        return QCoreApplication::translate("KeyFile", "The key file could not be read.");
    case Error::WriteFailed:
        return QCoreApplication::translate("KeyFile", "The key file could not be written.");
    case Error::TooLarge:
        return QCoreApplication::translate("KeyFile",
                                           "The key file is too large to be a Kabinet key file.");
    }
    return {};
}
