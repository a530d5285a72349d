#pragma once

#include "main/MainSection.h"

#include <memory>

class AccountHistoryPage;
class HistoryRig;
class MainWindow;

// A main window with one of the account history sections («Начисления», «Платежи») in place,
// wired to a HistoryRig's cache as CabinetSession wires it, shown at a usual size.
class HistoryPageWindow
{
public:
    // Takes page (the window owns it). The window's current account is the first of the list.
    HistoryPageWindow(HistoryRig& rig, AccountHistoryPage* page, MainSection section);
    ~HistoryPageWindow();

    MainWindow& window() const { return *m_window; }

    // Waits until the page shows the window's first account; false after timeoutMs.
    bool waitForFirstAccount(qint64 accountId, int timeoutMs);
    // Shows accountId's history as the user gets there, the account's card, then the section;
    // waits for the page's read of it. False when the section is not shown or after timeoutMs.
    bool showAccount(qint64 accountId, int timeoutMs);

private:
    HistoryRig& m_rig;
    std::unique_ptr<MainWindow> m_window;
    AccountHistoryPage* m_page;
    MainSection m_section;
};
