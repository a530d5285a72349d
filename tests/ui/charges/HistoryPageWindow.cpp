#include "HistoryPageWindow.h"

#include "HistoryRig.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"
#include "charges/AccountHistoryPage.h"
#include "main/MainWindow.h"

#include <QSignalSpy>
#include <QTest>

HistoryPageWindow::HistoryPageWindow(HistoryRig& rig, AccountHistoryPage* page, MainSection section)
    : m_rig(rig)
    , m_window(std::make_unique<MainWindow>())
    , m_page(page)
    , m_section(section)
{
    m_page->setAccountId(m_window->currentAccountId());
    QObject::connect(m_window.get(), &MainWindow::currentAccountChanged, m_page,
                     &AccountHistoryPage::setAccountId);
    QObject::connect(m_rig.reader().reader(), &CacheReader::accountsRead, m_page,
                     &AccountHistoryPage::reload);
    m_window->setSectionPage(section, m_page);
    m_window->resize(1180, 760);
    m_window->show();
    m_window->showSection(section);
    m_window->setCacheReader(&m_rig.reader());
}

HistoryPageWindow::~HistoryPageWindow()
{
    m_window->setCacheReader(nullptr);
}

bool HistoryPageWindow::waitForFirstAccount(qint64 accountId, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_page->history().account.id == accountId; }, timeoutMs);
}

bool HistoryPageWindow::showAccount(qint64 accountId, int timeoutMs)
{
    // Another account is read; the current one is already shown.
    const bool another = m_window->currentAccountId() != accountId;
    QSignalSpy reloaded(m_page, &AccountHistoryPage::reloaded);
    m_window->showAccount(accountId);
    m_window->showSection(m_section);
    if (m_window->currentSection() != m_section)
        return false;
    return QTest::qWaitFor(
        [&] {
            return m_page->history().account.id == accountId && (!another || !reloaded.isEmpty());
        },
        timeoutMs);
}
