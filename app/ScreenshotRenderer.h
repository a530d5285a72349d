#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class DesktopApp;
class StdinPasswordReader;
class QWidget;

// `kabinet --screenshots DIR`: renders every screen with real data to DIR, one PNG per screen
// named after it (login.png, registration.png, password-reset.png, activation-sent.png, home.png,
// account-card.png, charges.png, payments.png, building.png, organizations.png, news.png,
// appeals.png, meter-readings.png, link-account.png, profile.png, offline.png).
//
// It drives the real application (DesktopApp) against a real server: signs in as the given user
// into a cache in a temporary folder (no keychain, nothing remembered, the settings in that
// folder too), waits for the first sync, then shows each screen and grabs it (QWidget::grab, so
// it works offscreen). offline.png is the same window in the offline state (the banner with the
// last sync time), as a start without the server shows it.
class ScreenshotRenderer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString caFile;
        QString directory;
        QString login;
        QString password;
        // Read the password from standard input's first line instead (StdinPasswordReader).
        bool passwordFromStdin = false;
    };

    explicit ScreenshotRenderer(const Options& options, QObject* parent = nullptr);
    ~ScreenshotRenderer() override;

    // Starts; finished() follows once every file is written or something failed.
    void start();

    QStringList writtenFiles() const { return m_written; }
    QString errorText() const { return m_errorText; }

signals:
    void finished(bool ok);

private:
    // Runs step after delay: lets network answers and layouts arrive before a grab.
    void after(int milliseconds, std::function<void()> step);
    bool save(QWidget* widget, const QString& name);
    void begin();
    void renderSignInScreens();
    void signIn();
    void waitForSync();
    void renderCabinet();
    void renderCard();
    // Renders the index-th section of issue 6 and the ones after it, then the link dialog.
    void renderSections(int index);
    void renderLinkAccount();
    void renderProfileAndOffline();
    void fail(const QString& message);
    void succeed();

    Options m_options;
    QTemporaryDir m_scratch;
    std::unique_ptr<StdinPasswordReader> m_passwordReader;
    std::unique_ptr<DesktopApp> m_app;
    QTimer m_deadline;
    QStringList m_written;
    QString m_errorText;
    bool m_done = false;
};
