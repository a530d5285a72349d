#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

// Turns SIGTERM and SIGINT into the signal terminationRequested(), delivered in the event loop
// (a signal handler may do next to nothing, so it only writes a byte to a socket pair), so that
// the server stops cleanly: connections closed, database closed, exit code 0.
// One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void onSignal(int signalNumber);
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};
