#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Collects the messages of one logging category while it exists, so that a test can check what
// the log says and, above all, what it never says (tokens, passwords, bodies).
class LogCapture
{
public:
    explicit LogCapture(const QByteArray& category);
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList messages() const;
    QString joined() const { return messages().join(QLatin1Char('\n')); }
};
