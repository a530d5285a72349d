#include "core/PortalContext.h"

#include "app/PortalOptions.h"

#include <QDir>

PortalContext::PortalContext(const PortalOptions& options, PortalDatabase& database,
                             const Clock& clock)
    : m_options(options)
    , m_database(database)
    , m_clock(clock)
{ }

QString PortalContext::dataDir() const
{
    return m_options.dataDir;
}

QString PortalContext::dataPath(const QString& relative) const
{
    return QDir(m_options.dataDir).filePath(relative);
}
