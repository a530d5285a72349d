#pragma once

#include <QtGlobal>

// Where a paged sync stands: the section being sent and, inside it, the last thing sent. One
// answer walks the sections in this order; a cursor with more to come names the first one still
// open. The numbers are part of the cursor's text: never renumber them, only append.
enum class SyncSection
{
    Profile = 0,
    RemovedAccounts = 1,
    Accounts = 2, // the account cards
    History = 3, // per account: charges, recalculations, payments, meters
    Buildings = 4,
    Organizations = 5,
    News = 6,
    Appeals = 7,
    Done = 8, // not in a cursor: nothing is left
};

// The history of one account is sent stream after stream.
enum class SyncStream
{
    ChargesHeader = 0, // the account's charges entry with its lastClosedPeriod, even when empty
    ChargeLines = 1,
    Recalculations = 2,
    Payments = 3,
    Meters = 4,
};

struct SyncPosition
{
    static constexpr int lastSection = int(SyncSection::Appeals);
    static constexpr int lastStream = int(SyncStream::Meters);

    SyncSection section = SyncSection::Profile;
    // The last id sent in the section (an account id in the history); 0 before the first.
    qint64 key = 0;
    // History only: the stream of account `key`, and the last row id sent in it (0 before the
    // first).
    SyncStream stream = SyncStream::ChargesHeader;
    qint64 row = 0;

    // The start of the section after this one.
    SyncPosition nextSection() const
    {
        SyncPosition next;
        next.section = SyncSection(int(section) + 1);
        return next;
    }

    friend bool operator==(const SyncPosition&, const SyncPosition&) = default;
};
