#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

// Runs a program (kabinet, mostly) to its end, as tests of the command line do: optional standard
// input (a password), a time limit, and what it printed.
namespace ChildRun {

struct Result
{
    int exitCode = -1; // -1: not started, timed out or crashed
    QString out;
    QString err;
};

inline Result run(const QString& program, const QStringList& arguments,
                  const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                  const std::optional<QByteArray>& input = std::nullopt, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    if (input)
        process.write(*input + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QString::fromUtf8(process.readAllStandardError()) + u"\n(timed out)";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The environment with these variables set (or removed, for a null value).
inline QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>>& changes)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : changes) {
        if (value.isNull())
            environment.remove(name);
        else
            environment.insert(name, value);
    }
    return environment;
}

} // namespace ChildRun
