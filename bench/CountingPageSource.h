#pragma once

#include "engine/SyncPageSource.h"

#include <QStringList>

// Passes the engine's page requests on to another source, counting them and keeping the cursors
// asked for, in order: the requests a sync made, and the URLs curl is to fetch for comparison.
class CountingPageSource : public SyncPageSource
{
    Q_OBJECT

public:
    // inner must outlive this source.
    explicit CountingPageSource(SyncPageSource& inner, QObject* parent = nullptr);

    void fetch(const QString& cursor) override;
    void cancel() override;

    int requests() const { return int(m_cursors.size()); }
    // The cursor of each request; empty for the first one of a sync from scratch.
    const QStringList& cursors() const { return m_cursors; }
    void reset() { m_cursors.clear(); }

private:
    SyncPageSource& m_inner;
    QStringList m_cursors;
};
