#include "CachedDocumentExport.h"

#include "cache/CacheReaderThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void printLine(FILE* stream, const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

CachedDocumentExport::CachedDocumentExport(QObject* parent)
    : QObject(parent)
{ }

// The reader's thread stops (finishing a read under way) before the keychain goes.
CachedDocumentExport::~CachedDocumentExport() = default;

int CachedDocumentExport::run()
{
    connect(this, &CachedDocumentExport::done, QCoreApplication::instance(),
            &QCoreApplication::exit, Qt::QueuedConnection);
    QTimer::singleShot(0, this, &CachedDocumentExport::start);
    return QCoreApplication::exec();
}

void CachedDocumentExport::start()
{
    const QUrl server = m_settings.server();
    const QString login = m_settings.rememberedLogin();
    if (server.isEmpty() || login.isEmpty()) {
        fail(ExportExitCode::NotRemembered,
             tr("No user is remembered on this computer: sign in once in the window with "
                "\"Remember\" ticked."));
        return;
    }
    m_unlocker =
        std::make_unique<CacheUnlocker>(CacheLocation::forUser(server, login), &m_keychain);
    connect(m_unlocker.get(), &CacheUnlocker::finished, this, &CachedDocumentExport::onCacheKey);
    m_unlocker->unlockWithKeychain();
}

void CachedDocumentExport::onCacheKey(const CacheUnlocker::Outcome& outcome)
{
    const QString detail = u"Cache "_s + CacheUnlocker::errorName(outcome.error);
    if (!outcome.ok()) {
        switch (outcome.error) {
        case CacheVault::Error::NoCache:
            fail(ExportExitCode::NotRemembered,
                 tr("There is no saved data of the remembered user on this computer: sign in "
                    "once in the window."),
                 detail);
            return;
        case CacheVault::Error::NotRemembered:
        case CacheVault::Error::KeychainUnavailable:
            fail(ExportExitCode::NotRemembered,
                 tr("The key of the saved data is not in the system keychain: sign in once in "
                    "the window with \"Remember\" ticked."),
                 detail);
            return;
        default:
            fail(ExportExitCode::Cache, CacheVault::errorText(outcome.error), detail);
            return;
        }
    }
    m_reader =
        std::make_unique<CacheReaderThread>(m_unlocker->location().databasePath(), *outcome.key);
    connect(m_reader->reader(), &CacheReader::failed, this, [this](CacheReader::Error error) {
        fail(ExportExitCode::Cache, CacheReader::errorText(error),
             u"CacheReader "_s + QString::number(int(error)));
    });
    produce();
}

void CachedDocumentExport::succeed(const QString& path)
{
    if (m_finished)
        return;
    printLine(stdout, QDir::toNativeSeparators(path));
    finish(ExportExitCode::Success);
}

void CachedDocumentExport::fail(ExportExitCode code, const QString& message, const QString& detail)
{
    if (m_finished)
        return;
    printLine(stderr,
              u"kabinet: "_s + message + (detail.isEmpty() ? QString() : u" ["_s + detail + u']'));
    finish(code);
}

void CachedDocumentExport::finish(ExportExitCode code)
{
    m_finished = true;
    emit done(int(code));
}
