#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One window per user: the first `kabinet` listens on a local socket of the user's own; a second
// start finds it there, asks it to come forward and exits, so that two windows never work on the
// same settings and caches. --sync, --screenshots, --help and --version do not take part (see
// CommandLine::opensWindow()).
//
// The socket lives in the user's runtime folder (XDG_RUNTIME_DIR, private to the user) and is
// named after the user's id and the data folder, so that a test with a home of its own is a user
// of its own too. A socket file left by a crash answers no one: it is removed and listened on
// anew. The look-and-claim runs under a lock file, so that two starts at once cannot both end up
// listening.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        // This process listens: later starts come to it (activationRequested).
        First,
        // Another Kabinet of this user runs and was asked to come forward: exit.
        Second,
        // Neither: the socket could not be claimed (no runtime folder, another failure), or the
        // first did not answer. The window starts anyway, without taking part.
        Alone,
    };

    // dataFolder: the folder of the user's caches (CacheLocation::defaultRoot()).
    explicit SingleInstance(const QString& dataFolder, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket's full path for dataFolder.
    static QString socketPath(const QString& dataFolder);

    // Becomes the first instance, or hands over to the one running. Blocks for at most a few
    // seconds (waiting for the first one's answer); runs before any window shows.
    Role claim();
    QString socketPath() const { return m_path; }
    // Why claim() ended Alone; empty otherwise.
    QString errorText() const { return m_errorText; }

signals:
    // A second start asked this one to come forward.
    void activationRequested();

private:
    bool handOver(QLocalSocket& socket);
    bool listen();
    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);

    QString m_path;
    QString m_errorText;
    QLocalServer* m_server = nullptr;
};
