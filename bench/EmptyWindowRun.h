#pragma once

#include <QObject>
#include <QString>

#include <memory>

class FirstPaintWatcher;
class MainWindow;

// kabinet-bench-card --empty-window: Kabinet's main window alone, built and shown on the account
// card's page with nothing in it: no keychain, no cache, no server, no data. It is the same
// process as the card's start (the same libraries loaded, the same set-up before the window), so
// the card's start minus this is what reading the key, opening the cache and filling the window
// cost, and this against the bare window is what Qt takes to build and paint Kabinet's window.
//
// finished() comes once the card page is painted; report() is then the JSON line to print.
class EmptyWindowRun : public QObject
{
    Q_OBJECT

public:
    EmptyWindowRun(qint64 mainNs, qint64 appNs, qint64 setUpNs, QObject* parent = nullptr);
    ~EmptyWindowRun() override;

    // Builds and shows the window; call once the event loop is about to run.
    void start();
    QString report() const { return m_report; }

signals:
    void finished();

private:
    void onPainted(qint64 paintedNs);

    qint64 m_mainNs = 0;
    qint64 m_appNs = 0;
    qint64 m_setUpNs = 0;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FirstPaintWatcher> m_watcher;
    QString m_report;
};
