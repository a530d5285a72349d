#include "core/FileClock.h"

#include <QFile>

FileClock::FileClock(const QString& path)
    : m_path(path)
    , m_last(read())
{ }

QDateTime FileClock::now() const
{
    const QDateTime current = read();
    if (current.isValid())
        m_last = current;
    return m_last;
}

QDateTime FileClock::parse(const QByteArray& contents)
{
    const QString text = QString::fromLatin1(contents.trimmed());
    if (!text.endsWith(u'Z'))
        return {};
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid())
        return {};
    return instant.toUTC();
}

QDateTime FileClock::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.read(256));
}
