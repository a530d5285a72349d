#include "widgets/PeriodRangePicker.h"

#include "widgets/PeriodText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

PeriodRangePicker::PeriodRangePicker(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("periodRangePicker"));
    auto* title = new QLabel(tr("Display &period:"), this);
    title->setObjectName(QStringLiteral("periodRangeTitle"));
    m_fromEnd = createEnd(QStringLiteral("periodFrom"));
    m_toEnd = createEnd(QStringLiteral("periodTo"));
    // Alt+P goes to the first month; a screen reader says which of the four boxes it is in.
    title->setBuddy(m_fromEnd.month);
    m_fromEnd.month->setAccessibleName(tr("Display period from, month"));
    m_fromEnd.year->setAccessibleName(tr("Display period from, year"));
    m_toEnd.month->setAccessibleName(tr("Display period to, month"));
    m_toEnd.year->setAccessibleName(tr("Display period to, year"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addSpacing(6);
    //: the start of the range of months: "from [month] [year]"
    layout->addWidget(new QLabel(tr("from"), this));
    layout->addWidget(m_fromEnd.month);
    layout->addWidget(m_fromEnd.year);
    layout->addSpacing(6);
    //: the end of the range of months: "to [month] [year]"
    auto* to = new QLabel(tr("to"), this);
    to->setBuddy(m_toEnd.month);
    layout->addWidget(to);
    layout->addWidget(m_toEnd.month);
    layout->addWidget(m_toEnd.year);
    layout->addStretch();

    connect(m_fromEnd.month, &QComboBox::activated, this, [this] { onEdited(true); });
    connect(m_fromEnd.year, &QSpinBox::valueChanged, this, [this] { onEdited(true); });
    connect(m_toEnd.month, &QComboBox::activated, this, [this] { onEdited(false); });
    connect(m_toEnd.year, &QSpinBox::valueChanged, this, [this] { onEdited(false); });
    showRange();
}

PeriodRangePicker::End PeriodRangePicker::createEnd(const QString& objectName)
{
    End end;
    end.month = new QComboBox(this);
    end.month->setObjectName(objectName + QStringLiteral("Month"));
    for (int month = 1; month <= 12; ++month)
        end.month->addItem(PeriodText::monthName(month), month);
    end.year = new QSpinBox(this);
    end.year->setObjectName(objectName + QStringLiteral("Year"));
    end.year->setRange(Period::minYear, Period::maxYear);
    // A year is a label here, not a quantity: no "2 024".
    end.year->setGroupSeparatorShown(false);
    return end;
}

void PeriodRangePicker::setBounds(Period first, Period last)
{
    if (!first.isValid() || !last.isValid())
        return;
    m_first = std::min(first, last);
    m_last = std::max(first, last);
    setRange(m_from, m_to);
}

void PeriodRangePicker::setRange(Period from, Period to)
{
    m_from = clamped(from.isValid() ? from : m_first);
    m_to = clamped(to.isValid() ? to : m_last);
    if (m_to < m_from)
        std::swap(m_from, m_to);
    showRange();
}

Period PeriodRangePicker::clamped(Period period) const
{
    return std::clamp(period, m_first, m_last);
}

Period PeriodRangePicker::endValue(const End& end) const
{
    return Period(end.year->value(), end.month->currentData().toInt());
}

void PeriodRangePicker::showEnd(const End& end, Period period)
{
    const QSignalBlocker monthBlocker(end.month);
    const QSignalBlocker yearBlocker(end.year);
    end.year->setRange(m_first.year(), m_last.year());
    end.year->setValue(period.year());
    end.month->setCurrentIndex(period.month() - 1);
}

void PeriodRangePicker::showRange()
{
    showEnd(m_fromEnd, m_from);
    showEnd(m_toEnd, m_to);
}

void PeriodRangePicker::onEdited(bool fromEdited)
{
    const Period before[] = {m_from, m_to};
    if (fromEdited) {
        m_from = clamped(endValue(m_fromEnd));
        m_to = std::max(m_to, m_from);
    } else {
        m_to = clamped(endValue(m_toEnd));
        m_from = std::min(m_from, m_to);
    }
    // The widgets may hold a month outside the bounds (a year changed while its month is not
    // allowed in it): they show what was taken instead.
    showRange();
    if (m_from != before[0] || m_to != before[1])
        emit rangeEdited(m_from, m_to);
}
