#pragma once

#include <QString>

class Clock;
class PortalDatabase;
struct PortalOptions;

// What every route module may use: the options, the data directory, the database and the clock.
// It outlives the modules and the server.
class PortalContext
{
public:
    PortalContext(const PortalOptions& options, PortalDatabase& database, const Clock& clock);

    const PortalOptions& options() const { return m_options; }
    PortalDatabase& database() const { return m_database; }
    // "Now" for everything that expires; tests may move it (see FileClock).
    const Clock& clock() const { return m_clock; }

    QString dataDir() const;
    // A path inside the data directory, e.g. dataPath(u"mail"_s) for DATA/mail.
    QString dataPath(const QString& relative) const;

private:
    const PortalOptions& m_options;
    PortalDatabase& m_database;
    const Clock& m_clock;
};
