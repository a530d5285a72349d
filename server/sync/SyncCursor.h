#pragma once

#include "protocol/Period.h"
#include "sync/SyncPosition.h"

#include <QString>
#include <QStringView>

#include <optional>

// The cursor of GET /api/v1/sync: opaque to the client, which hands back what it was given.
//
// A settled cursor says what the client holds: every change stamped up to a ChangeSequence value,
// and the charges and payments of the periods closed up to a period (closed periods also move
// with the clock, without any stamp). Text: "1.<sequence>.<period key>", e.g. "1.1843.202409"
// (period key 0 while none is closed).
//
// A paging cursor (an answer with "more": true) adds the run it belongs to: the target sequence
// and closed period every page of the run is cut at, and the position of the next page:
// "1.<from seq>.<from period>.<to seq>.<to period>.<section>.<key>.<stream>.<row>".
//
// The leading "1" is the cursor format's version. Numbers are decimal without sign or leading
// zeros, at most 2^53 − 1.
class SyncCursor
{
public:
    // No cursor: the client holds nothing.
    static SyncCursor initial() { return {}; }
    static SyncCursor settled(qint64 sequence, Period closed);
    static SyncCursor paging(qint64 fromSequence, Period fromClosed, qint64 toSequence,
                             Period toClosed, const SyncPosition& position);

    // std::nullopt for anything this server does not write. Whether a sequence lies in the
    // future is the caller's to check (it needs the database).
    static std::optional<SyncCursor> parse(QStringView text);
    QString toText() const;

    // What the client holds.
    qint64 sequence() const { return m_sequence; }
    Period closed() const { return m_closed; }

    bool isPaging() const { return m_paging; }
    // Paging only: the run's target and where the next page starts.
    qint64 toSequence() const { return m_toSequence; }
    Period toClosed() const { return m_toClosed; }
    SyncPosition position() const { return m_position; }

    friend bool operator==(const SyncCursor&, const SyncCursor&) = default;

private:
    qint64 m_sequence = 0;
    Period m_closed;
    bool m_paging = false;
    qint64 m_toSequence = 0;
    Period m_toClosed;
    SyncPosition m_position;
};
