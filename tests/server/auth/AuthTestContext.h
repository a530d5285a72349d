#pragma once

#include "app/PortalOptions.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "storage/PortalDatabase.h"

#include <QTemporaryDir>
#include <QTimeZone>

// An in-process PortalContext for unit tests of the auth repositories: a fresh database in a
// temporary directory and a clock the test sets.
class ManualClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1411640100, QTimeZone::utc());
};

class AuthTestContext
{
public:
    AuthTestContext()
    {
        m_options.dataDir = m_dir.path();
        m_ready = m_database.open(m_dir.filePath(QStringLiteral("portal.db")));
    }

    bool isReady() const { return m_ready; }
    PortalContext& context() { return m_context; }
    PortalDatabase& database() { return m_database; }
    ManualClock& clock() { return m_clock; }
    PortalOptions& options() { return m_options; }

private:
    QTemporaryDir m_dir;
    PortalOptions m_options;
    PortalDatabase m_database;
    ManualClock m_clock;
    PortalContext m_context {m_options, m_database, m_clock};
    bool m_ready = false;
};
