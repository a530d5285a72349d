#pragma once

#include "sync/SyncPosition.h"

struct SyncPage;

// Gathers one section of a sync answer (SyncSection) into a page. Items go in a fixed order
// (by id) so that a page that fills up can say exactly where the next one starts.
class SyncCollector
{
public:
    enum class Outcome
    {
        Done, // the section is complete on this page
        Full, // the page is full; position names the last item sent
        Failed, // a database error
    };

    virtual ~SyncCollector() = default;

    virtual SyncSection section() const = 0;
    // Adds the section's items after position (within its section) while page.budget allows,
    // moving position past each item added.
    virtual Outcome collect(SyncPage& page, SyncPosition& position) = 0;
};
