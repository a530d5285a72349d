#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's account of the sync: what it is doing, a progress bar while it runs, when the
// data was last brought up to date, and a button to sync now. It only displays what it is told;
// the sync wiring feeds it.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    // text: the state in words; syncing shows the progress bar, percent < 0 makes it a busy
    // indicator (the engine does not know the number of pages in advance).
    void setState(const QString& text, bool syncing, int percent = -1);
    // UTC; null before the first sync.
    void setLastSynced(const QDateTime& lastSynced);

signals:
    void refreshRequested();

private:
    QLabel* m_state = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_lastSynced = nullptr;
    QToolButton* m_refresh = nullptr;
};
