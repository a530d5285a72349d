#include "charges/AccountHistoryPage.h"

#include "cache/CacheReaderThread.h"
#include "widgets/PeriodRangePicker.h"
#include "widgets/ThemeColors.h"

#include <QDate>
#include <QLabel>
#include <QVBoxLayout>

namespace {

Period currentMonth()
{
    return Period::fromDate(QDate::currentDate());
}

} // namespace

AccountHistoryPage::AccountHistoryPage(CacheReaderThread* reader,
                                       AccountHistoryReader::Payments payments,
                                       const QString& title, const QString& unclosedText,
                                       QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_payments(payments)
    , m_unclosedText(unclosedText)
    , m_account(new QLabel(this))
    , m_picker(new PeriodRangePicker(this))
    , m_note(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    m_account->setObjectName(QStringLiteral("historyAccount"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("unclosedNote"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::hint())));

    const HistoryRange initial = HistoryRange::defaultFor({}, currentMonth());
    m_picker->setBounds(initial.from, currentMonth());
    m_picker->setRange(initial.from, initial.to);

    m_content->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_account);
    layout->addSpacing(4);
    layout->addWidget(m_picker);
    layout->addWidget(m_note);
    layout->addSpacing(6);
    layout->addLayout(m_content, 1);

    connect(m_picker, &PeriodRangePicker::rangeEdited, this, &AccountHistoryPage::onRangeEdited);
    showHeader();
}

HistoryRange AccountHistoryPage::range() const
{
    return {m_picker->from(), m_picker->to()};
}

void AccountHistoryPage::setRange(Period from, Period to)
{
    m_picker->setRange(from, to);
    onRangeEdited();
}

void AccountHistoryPage::onRangeEdited()
{
    m_chosen = range();
    showHeader();
    showRange();
}

void AccountHistoryPage::setAccountId(qint64 accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    // Nothing of the previous account stays on screen while the next one is read.
    showHistory(AccountHistory {});
    reload();
}

void AccountHistoryPage::reload()
{
    if (!m_reader)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const quint64 request = ++m_request;
    const qint64 accountId = m_accountId;
    if (accountId == 0) {
        showHistory(AccountHistory {});
        emit reloaded();
        return;
    }
    const AccountHistoryReader::Payments payments = m_payments;
    m_reader->query(
        this,
        [accountId, payments](const QSqlDatabase& database) {
            return AccountHistoryReader::read(database, accountId, payments);
        },
        [this, request](const AccountHistory& history) {
            if (request != m_request)
                return; // the account changed, or a newer read was asked for meanwhile
            showHistory(history);
            emit reloaded();
        });
}

void AccountHistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AccountHistoryPage::showHistory(const AccountHistory& history)
{
    m_history = history;
    const Period month = currentMonth();
    const HistoryRange bounds = HistoryRange::boundsFor(m_history, month);
    const HistoryRange chosen =
        m_chosen.value_or(HistoryRange::defaultFor(m_history.lastClosed, month));
    m_picker->setBounds(bounds.from, bounds.to);
    m_picker->setRange(chosen.from, chosen.to);
    showHeader();
    showRange();
}

void AccountHistoryPage::showHeader()
{
    const Account& account = m_history.account;
    if (m_accountId == 0)
        m_account->setText(tr("No personal account is linked yet."));
    else if (account.id == 0)
        m_account->setText(QString());
    else
        m_account->setText(tr("Personal account No. %1 | %2").arg(account.number, account.address));
    const bool known = m_accountId != 0 && account.id != 0;
    m_note->setVisible(known);
    if (known)
        m_note->setText(range().closedStateText(m_history.lastClosed) + u' ' + m_unclosedText);
}
