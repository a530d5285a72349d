#pragma once

#include "charges/AccountHistoryPage.h"

class ChargeHistoryModel;
class CopyableTableView;
class QLabel;
class RecalculationListModel;

// The «Начисления» section: for the periods of «Период отображения», each period's base charge
// and its charge adjusted by the recalculations booked in it, the recalculations for the current
// and past periods with their reason, and the totals per period and for the range. Periods the
// operator has not closed are never in the cache; the page says so (AccountHistoryPage).
class ChargesPage : public AccountHistoryPage
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page.
    explicit ChargesPage(CacheReaderThread* reader, QWidget* parent = nullptr);

    ChargeHistoryModel* chargesModel() const { return m_charges; }
    RecalculationListModel* recalculationsModel() const { return m_recalculations; }
    CopyableTableView* chargesView() const { return m_chargesView; }
    CopyableTableView* recalculationsView() const { return m_recalculationsView; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void showRange() override;

private:
    void fitRecalculationsHeight();

    ChargeHistoryModel* m_charges = nullptr;
    RecalculationListModel* m_recalculations = nullptr;
    CopyableTableView* m_chargesView = nullptr;
    CopyableTableView* m_recalculationsView = nullptr;
    QLabel* m_noCharges = nullptr;
    QLabel* m_recalculationsTitle = nullptr;
    QLabel* m_noRecalculations = nullptr;
    QLabel* m_summary = nullptr;
};
