#include "CountingPageSource.h"

CountingPageSource::CountingPageSource(SyncPageSource& inner, QObject* parent)
    : SyncPageSource(parent)
    , m_inner(inner)
{
    connect(&m_inner, &SyncPageSource::finished, this, &SyncPageSource::finished);
}

void CountingPageSource::fetch(const QString& cursor)
{
    m_cursors << cursor;
    m_inner.fetch(cursor);
}

void CountingPageSource::cancel()
{
    m_inner.cancel();
}
