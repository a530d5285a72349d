#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// A single-shot timer the sync engine waits on: for the back-off before a retry, and for the next
// background sync. A QTimer by default; tests override start(), stop() and isActive() and emit
// timeout() themselves, so that back-off is checked without sleeping.
class SyncTimer : public QObject
{
    Q_OBJECT

public:
    explicit SyncTimer(QObject* parent = nullptr);

    // Fires timeout() once after delay; a running timer starts over.
    virtual void start(std::chrono::milliseconds delay);
    virtual void stop();
    virtual bool isActive() const;

signals:
    void timeout();

private:
    QTimer m_timer;
};
