#include "ChildProgram.h"

#include "BenchClock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

QString ChildProgram::Result::problem() const
{
    QString text = finished ? u"exit code %1"_s.arg(exitCode) : u"did not finish"_s;
    const QByteArray tail = standardError.trimmed().right(600);
    if (!tail.isEmpty())
        text += u": "_s + QString::fromLocal8Bit(tail).replace(u'\n', u" / "_s);
    return text;
}

ChildProgram::Result ChildProgram::run(const QString& program, const QStringList& arguments,
                                       const QByteArray& input, int timeoutMs)
{
    Result result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    result.startedNs = BenchClock::nowNs();
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.standardError =
            (QFileInfo(program).fileName() + u": "_s + process.errorString()).toLocal8Bit();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    for (const QByteArray& line : result.standardOutput.split('\n')) {
        if (!line.trimmed().startsWith('{'))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            result.jsonLines << document.object();
    }
    return result;
}
