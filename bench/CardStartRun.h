#pragma once

#include "session/LoginOutcome.h"

#include <QObject>
#include <QString>

#include <memory>

class DesktopApp;
class FirstPaintWatcher;
struct SyncStatus;

// One start of Kabinet's window for kabinet-bench-card, as a user with «Запомнить?» ticked gets
// it: DesktopApp opens the remembered user's cache with the keychain's key, the main window reads
// the accounts, and as soon as they are known the card of the account with the longest history
// (the last one the server created) is opened, as if double-clicked. The moment that card is
// painted with its data is the figure. Then the run waits for what a start goes on to do (the
// remembered session resumed, a sync with nothing new, the new refresh token stored in the
// keychain for the next run) and reports the process's peak memory with the full cache open on
// the card.
//
// Then (item 7) it opens «Начисления» for that account, as a click on the section would, and
// once the page has read the account's history from the cache it picks the widest range the
// picker offers, as a user choosing the first and the last month would: the moment the charges
// table is painted with those rows is the figure, from the click, and apart from the pick.
//
// finished() carries the exit code; report() the JSON line to print.
class CardStartRun : public QObject
{
    Q_OBJECT

public:
    explicit CardStartRun(DesktopApp& desktop, QObject* parent = nullptr);
    ~CardStartRun() override;

    // Connects to desktop; call before DesktopApp::start().
    void watch();
    // When main() began, the QApplication was made and the set-up before DesktopApp::start()
    // ended: with the window's opening and the accounts' reading they split the start in phases.
    void markStart(qint64 mainNs, qint64 appNs, qint64 setUpNs);
    QString report() const { return m_report; }
    QString errorText() const { return m_errorText; }

signals:
    void finished(int exitCode);

private:
    void onCabinetOpened();
    void onAccountsRead(qint64 accountId, const QString& number, int accounts);
    void onPainted(qint64 paintedNs);
    void onResumed(const LoginOutcome& outcome);
    void onSyncStatus(const SyncStatus& status);
    void finishWhenSettled();
    void measureCharges();
    void onChargesRead();
    void onChargesPainted(qint64 paintedNs);
    void finish();
    void fail(const QString& message);

    DesktopApp& m_desktop;
    std::unique_ptr<FirstPaintWatcher> m_watcher;
    std::unique_ptr<FirstPaintWatcher> m_chargesWatcher;
    qint64 m_accountId = 0;
    QString m_accountNumber;
    int m_accounts = 0;
    qint64 m_mainNs = 0;
    qint64 m_appNs = 0;
    qint64 m_setUpNs = 0;
    qint64 m_openedNs = 0; // the window built and shown, before its first paint
    qint64 m_accountsNs = 0;
    qint64 m_paintedNs = 0;
    qint64 m_peakAtPaintKb = 0;
    qint64 m_peakKb = 0;
    qint64 m_chargesShownNs = 0; // the section opened
    qint64 m_chargesReadNs = 0; // the history read, the widest range picked
    qint64 m_chargesPaintedNs = 0;
    bool m_chargesFilled = false;
    int m_chargeRows = 0;
    QString m_chargesRange;
    bool m_resumed = false;
    bool m_synced = false;
    bool m_done = false;
    QString m_syncNote;
    QString m_report;
    QString m_errorText;
};
