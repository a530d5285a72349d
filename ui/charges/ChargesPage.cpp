#include "charges/ChargesPage.h"

#include "charges/ChargeHistoryModel.h"
#include "charges/RecalculationListModel.h"
#include "widgets/CopyableTableView.h"
#include "widgets/PeriodText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {

void setUpTable(CopyableTableView* view, int stretchColumn)
{
    // Not sortable: each period's total row has to stay after its lines, «ИТОГО» last.
    view->setSortingEnabled(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    // Twenty years make 241 rows: fitting the columns measures only the longest texts.
    view->setMeasuresLongestTextsOnly(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
}

QString amountText(Money amount)
{
    //: %1 is an amount such as "1 543,10"; ₽ is the rouble sign
    return QCoreApplication::translate("ChargesPage", "%1 ₽").arg(amount.toString());
}

} // namespace

ChargesPage::ChargesPage(CacheReaderThread* reader, QWidget* parent)
    : AccountHistoryPage(reader, AccountHistoryReader::Payments::Skip, tr("Charges"),
                         tr("If the period has not been closed by your accountant (for example, "
                            "the month is not over yet), the charges will not be shown."),
                         parent)
    , m_charges(new ChargeHistoryModel(this))
    , m_recalculations(new RecalculationListModel(this))
    , m_chargesView(new CopyableTableView(this))
    , m_recalculationsView(new CopyableTableView(this))
    , m_noCharges(new QLabel(this))
    , m_recalculationsTitle(new QLabel(tr("Recalculations for the current and past periods"), this))
    , m_noRecalculations(new QLabel(tr("No recalculations in the chosen periods."), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("chargesPage"));
    m_chargesView->setObjectName(QStringLiteral("chargeHistory"));
    m_chargesView->setModel(m_charges);
    setUpTable(m_chargesView, ChargeHistoryModel::ServiceColumn);
    m_noCharges->setObjectName(QStringLiteral("noCharges"));
    m_noCharges->setText(tr("No charges in the chosen periods."));
    m_noCharges->setWordWrap(true);

    m_recalculationsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_recalculationsView->setObjectName(QStringLiteral("recalculations"));
    m_recalculationsView->setModel(m_recalculations);
    setUpTable(m_recalculationsView, RecalculationListModel::ReasonColumn);
    m_recalculationsView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_noRecalculations->setObjectName(QStringLiteral("noRecalculations"));

    m_summary->setObjectName(QStringLiteral("chargesSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    QVBoxLayout* layout = contentLayout();
    layout->addWidget(m_chargesView, 1);
    layout->addWidget(m_noCharges);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_recalculationsTitle);
    layout->addWidget(m_recalculationsView);
    layout->addWidget(m_noRecalculations);
    // Takes the room of the charges table when there is none, instead of spreading it between
    // the labels.
    layout->addStretch();
    showRange();
}

void ChargesPage::showRange()
{
    const HistoryRange shown = range();
    m_charges->setLines(shown.lines(history()));
    m_recalculations->setRecalculations(shown.recalculations(history()));

    const bool known = history().account.id != 0;
    const bool hasCharges = m_charges->rowCount() > 0;
    m_chargesView->setVisible(hasCharges);
    m_noCharges->setVisible(known && !hasCharges);
    const bool hasRecalculations = m_recalculations->rowCount() > 0;
    m_recalculationsTitle->setVisible(known);
    m_recalculationsView->setVisible(hasRecalculations);
    m_noRecalculations->setVisible(known && !hasRecalculations);
    m_summary->setVisible(hasCharges);
    if (hasCharges && hasRecalculations) {
        m_summary->setText(
            tr("For %1 – %2: base charge <b>%3</b>, recalculations <b>%4</b> (for the current "
               "periods %5, for past periods %6), adjusted charge <b>%7</b>.")
                .arg(PeriodText::text(shown.from), PeriodText::text(shown.to),
                     amountText(m_charges->totalBase()),
                     amountText(m_charges->totalRecalculation()),
                     amountText(m_recalculations->totalForCurrentPeriods()),
                     amountText(m_recalculations->totalForPastPeriods()),
                     amountText(m_charges->totalAdjusted())));
    } else if (hasCharges) {
        m_summary->setText(tr("For %1 – %2: base charge <b>%3</b>, recalculations <b>%4</b>, "
                              "adjusted charge <b>%5</b>.")
                               .arg(PeriodText::text(shown.from), PeriodText::text(shown.to),
                                    amountText(m_charges->totalBase()),
                                    amountText(m_charges->totalRecalculation()),
                                    amountText(m_charges->totalAdjusted())));
    }
    fitRecalculationsHeight();
}

void ChargesPage::fitRecalculationsHeight()
{
    // A few recalculations at most in a year: the table shows them all, up to ten rows, and
    // scrolls beyond that; the charges above take the rest of the page.
    const int rows = std::min(m_recalculations->rowCount(), 10);
    int height = m_recalculationsView->horizontalHeader()->sizeHint().height()
        + 2 * m_recalculationsView->frameWidth();
    height += rows * m_recalculationsView->verticalHeader()->defaultSectionSize();
    if (m_recalculationsView->horizontalScrollBar()->isVisible())
        height += m_recalculationsView->horizontalScrollBar()->height();
    m_recalculationsView->setFixedHeight(height);
}
