#pragma once

#include "AppSettings.h"
#include "ExportExitCode.h"
#include "cache/CacheUnlocker.h"
#include "keys/Keychain.h"

#include <QObject>
#include <QString>

#include <memory>

class CacheReaderThread;

// The common part of the command line's document exports (`--export-receipt`, and later
// statements): no window, no password and no network. Opens the saved data of the user the window
// remembers (AppSettings: its server and login; the data key from the system keychain, as the
// window's start does), hands them to produce() through a CacheReaderThread, and exits with an
// ExportExitCode, printing "kabinet: message" to standard error on failure.
//
// A subclass reads what it needs with reader().query(), writes its file and calls succeed() or
// fail(). Everything runs in the application's event loop; the keychain and the cache are read on
// threads of their own.
class CachedDocumentExport : public QObject
{
    Q_OBJECT

public:
    explicit CachedDocumentExport(QObject* parent = nullptr);
    ~CachedDocumentExport() override;

    // Runs everything in QCoreApplication::exec() and returns the exit code.
    int run();

signals:
    void done(int exitCode);

protected:
    // Called once the saved data are open.
    virtual void produce() = 0;
    CacheReaderThread& reader() { return *m_reader; }
    // Prints what was written to standard output and exits with Success.
    void succeed(const QString& path);
    // Prints "kabinet: message [detail]" to standard error and exits with code.
    void fail(ExportExitCode code, const QString& message, const QString& detail = {});

private:
    void start();
    void onCacheKey(const CacheUnlocker::Outcome& outcome);
    void finish(ExportExitCode code);

    AppSettings m_settings;
    // Declared before the unlocker, which uses it on its thread.
    Keychain m_keychain;
    std::unique_ptr<CacheUnlocker> m_unlocker;
    std::unique_ptr<CacheReaderThread> m_reader;
    bool m_finished = false;
};
