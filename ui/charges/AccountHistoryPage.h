#pragma once

#include "charges/AccountHistory.h"
#include "charges/AccountHistoryReader.h"
#include "charges/HistoryRange.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class CacheReaderThread;
class PeriodRangePicker;
class QLabel;
class QVBoxLayout;

// What «Начисления» and «Платежи» share: the window's current account, its history read from the
// cache on the reader's thread (never on the GUI thread), «Период отображения», and the note
// that says why the months the operator has not closed are missing. A range chosen by the user
// is cut out of the history already read; the cache is read again only for another account or
// after a sync (reload()), and only while the page is shown: a hidden page reads when it shows.
class AccountHistoryPage : public QWidget
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page (the page then stops reading).
    // unclosedText: the page's own sentence on what a period not closed means for it.
    AccountHistoryPage(CacheReaderThread* reader, AccountHistoryReader::Payments payments,
                       const QString& title, const QString& unclosedText,
                       QWidget* parent = nullptr);

    qint64 accountId() const { return m_accountId; }
    const AccountHistory& history() const { return m_history; }
    HistoryRange range() const;
    PeriodRangePicker* rangePicker() const { return m_picker; }
    QLabel* noteLabel() const { return m_note; }
    // Shows from..to (clamped to what the picker offers) as if the user had picked it.
    void setRange(Period from, Period to);

public slots:
    // The window's current account (MainWindow::currentAccountChanged); 0 for none.
    void setAccountId(qint64 accountId);
    // Reads the history again, e.g. after a sync changed the cache.
    void reload();

signals:
    // A read of the cache arrived and is shown.
    void reloaded();

protected:
    // Fills the page's own views from history() and range().
    virtual void showRange() = 0;
    // Where the page puts its own widgets, below the range and the note.
    QVBoxLayout* contentLayout() const { return m_content; }

    void showEvent(QShowEvent* event) override;

private:
    void showHistory(const AccountHistory& history);
    void onRangeEdited();
    void showHeader();

    QPointer<CacheReaderThread> m_reader;
    AccountHistoryReader::Payments m_payments;
    QString m_unclosedText;
    qint64 m_accountId = 0;
    AccountHistory m_history;
    bool m_stale = false;
    // The range the user chose, kept as chosen across reloads and accounts even while the
    // picker's bounds (which follow the history read) narrow what it shows.
    std::optional<HistoryRange> m_chosen;
    quint64 m_request = 0; // the latest read asked for; older answers are dropped
    QLabel* m_account = nullptr;
    PeriodRangePicker* m_picker = nullptr;
    QLabel* m_note = nullptr;
    QVBoxLayout* m_content = nullptr;
};
