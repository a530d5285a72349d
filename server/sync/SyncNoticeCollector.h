#pragma once

#include "sync/SyncCollector.h"

#include <QString>

// "organizations" or "news": what the operator tells every user, the rows stamped within the
// window (all of them on a first sync), by id.
class SyncNoticeCollector final : public SyncCollector
{
public:
    explicit SyncNoticeCollector(SyncSection section);

    SyncSection section() const override { return m_section; }
    Outcome collect(SyncPage& page, SyncPosition& position) override;

private:
    SyncSection m_section; // Organizations or News
};
