#pragma once

#include "core/Clock.h"

#include <QString>

// A clock for black-box tests (--clock-file FILE): the current instant is whatever ISO 8601 UTC
// instant ("2014-09-25T10:15:00Z") the file holds, read again on every call, so that a test can
// move the running server's time by rewriting the file. An unreadable file keeps the last good
// value.
class FileClock final : public Clock
{
public:
    explicit FileClock(const QString& path);

    // Whether the file held a valid instant when the clock was made.
    bool isValid() const { return m_last.isValid(); }
    QString path() const { return m_path; }

    QDateTime now() const override;

    // The instant in a clock file's contents, or an invalid QDateTime.
    static QDateTime parse(const QByteArray& contents);

private:
    QDateTime read() const;

    QString m_path;
    mutable QDateTime m_last;
};
