#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Collects the messages of one logging category while it exists, so that a test can check what
// the log says and, above all, what it never says (tokens, passwords, bodies).
class LogCapture
{
public:
    explicit LogCapture(const QByteArray& category);
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    struct Entry
    {
        QString message;
        // The thread that logged it: where the logged work ran.
        Qt::HANDLE thread = nullptr;
    };

    QStringList messages() const;
    QList<Entry> entries() const;
    QString joined() const { return messages().join(QLatin1Char('\n')); }
};
