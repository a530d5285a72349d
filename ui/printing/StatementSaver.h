#pragma once

#include "protocol/Period.h"

#include <QObject>
#include <QPointer>
#include <QString>

class CacheReaderThread;

// «Выписка…» behind the window: reads the histories on the cache reader's thread
// (StatementHistoriesReader), makes the statement on the GUI thread (its charts are drawn with
// Qt Charts, which is GUI-thread only), and writes the file on a pool thread (FileWriter), so no
// disk access blocks the window. One statement at a time.
class StatementSaver : public QObject
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the saver.
    explicit StatementSaver(CacheReaderThread* reader, QObject* parent = nullptr);

    bool isBusy() const { return m_busy; }

    // accountNumber empty: all accounts. The format follows path's suffix (.pdf or .csv).
    // Ignored while busy; otherwise finished() follows.
    void save(const QString& accountNumber, Period from, Period to, const QString& path);

signals:
    // error is empty when path was written; otherwise a sentence for the user.
    void finished(const QString& path, const QString& error);

private:
    void finish(const QString& path, const QString& error);

    QPointer<CacheReaderThread> m_reader;
    bool m_busy = false;
    QString m_path;
};
