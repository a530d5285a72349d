#include "auth/MailSpool.h"

#include "auth/MailMessage.h"
#include "auth/SecureRandom.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr QFileDevice::Permissions ownerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The time a message's name carries: the wall clock in milliseconds, but always later than the
// name before it in this process. Two messages in one millisecond (an activation link sent twice
// by a double click) would otherwise sort by their random part, and the newest mail would not
// be the last name.
QDateTime nameTime()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    const QMutexLocker lock(&mutex);
    lastMs = std::max(QDateTime::currentMSecsSinceEpoch(), lastMs + 1);
    return QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC);
}
} // namespace

MailSpool::MailSpool(const QString& directory)
    : m_directory(directory)
{ }

bool MailSpool::prepare()
{
    if (!QFileInfo(m_directory).isDir() && !QDir().mkpath(m_directory)) {
        m_errorString = tr("Cannot create the mail directory %1.").arg(m_directory);
        return false;
    }
    if (!QFile::setPermissions(m_directory, ownerOnlyDirectory)) {
        m_errorString = tr("Cannot make the mail directory %1 private.").arg(m_directory);
        return false;
    }
    return true;
}

std::optional<QString> MailSpool::deliver(const MailMessage& message)
{
    // The wall clock, not the server's Clock: the name only has to sort and be unique.
    const QString name = nameTime().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s) + u'-'
        + QString::fromLatin1(SecureRandom::bytes(6).toHex()) + u".eml"_s;
    const QString path = QDir(m_directory).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    file.setPermissions(ownerOnlyFile);
    const QByteArray bytes = message.toRfc5322();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        m_errorString = tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return path;
}
