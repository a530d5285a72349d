#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;

// The strip above the sections that says the server is out of reach and how old the data shown
// is, so nobody takes a stale debt for today's.
class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget* parent = nullptr);

    // lastSynced is UTC (null when the cache was never synchronised); shown in local time.
    void setLastSynced(const QDateTime& lastSynced);
    QString text() const;

private:
    QLabel* m_text = nullptr;
};
