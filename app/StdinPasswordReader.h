#pragma once

#include <QObject>
#include <QString>

class QThread;

// Reads the password for `kabinet --sync --password-stdin`: the first line of standard input,
// without its line end (and nothing else is taken from it: spaces are part of a password). The
// read blocks until a line comes, so it runs on a thread of its own while the event loop goes on.
//
// On a terminal it shows the prompt on standard error and turns echo off while the user types; from
// a pipe or a file it reads silently. The password goes nowhere else: not to a log, not to disk.
class StdinPasswordReader : public QObject
{
    Q_OBJECT

public:
    explicit StdinPasswordReader(QObject* parent = nullptr);
    // Waits for a read under way: a read cannot be interrupted, so destroy this only after
    // finished() (or when standard input is sure to end).
    ~StdinPasswordReader() override;

    // Starts the read; finished() follows, asynchronously, exactly once. False when one runs.
    bool start(const QString& prompt);

signals:
    // ok is false when standard input ended before anything was read; password may be empty when
    // an empty line was read.
    void finished(bool ok, const QString& password);

private:
    void onThreadFinished();

    QThread* m_thread = nullptr;
    // Written by the reading thread, read here once that thread has ended.
    bool m_ok = false;
    QString m_password;
};
