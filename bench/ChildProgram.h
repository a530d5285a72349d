#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Runs one program of the benchmark to its end: the BenchClock time just before it was started
// (for start-up figures), what it printed, and the JSON objects among its output lines.
class ChildProgram
{
public:
    struct Result
    {
        bool finished = false; // false: it could not start, or was killed after the timeout
        int exitCode = -1;
        qint64 startedNs = 0;
        QByteArray standardOutput;
        QByteArray standardError;
        QList<QJsonObject> jsonLines;

        bool ok() const { return finished && exitCode == 0; }
        // For a failure: the exit code and the end of standard error.
        QString problem() const;
    };

    ChildProgram() = delete;

    static Result run(const QString& program, const QStringList& arguments,
                      const QByteArray& input = {}, int timeoutMs = 120000);
};
