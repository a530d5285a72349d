#pragma once

#include "protocol/Period.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

// «Период отображения»: a from–to range of months, each end chosen as a month and a year. The
// range never leaves the bounds and never runs backwards: moving one end past the other moves
// the other along, as the portal's own range fields do.
class PeriodRangePicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodRangePicker(QWidget* parent = nullptr);

    // The months that can be chosen; the range is clamped into them. Invalid ends leave the
    // bounds as they were.
    void setBounds(Period first, Period last);
    Period firstAllowed() const { return m_first; }
    Period lastAllowed() const { return m_last; }

    // Sets the range (clamped, ordered) without emitting rangeEdited().
    void setRange(Period from, Period to);
    Period from() const { return m_from; }
    Period to() const { return m_to; }

signals:
    // The user changed the range.
    void rangeEdited(Period from, Period to);

private:
    struct End
    {
        QComboBox* month = nullptr;
        QSpinBox* year = nullptr;
    };
    End createEnd(const QString& objectName);
    Period endValue(const End& end) const;
    void showEnd(const End& end, Period period);
    void onEdited(bool fromEdited);
    Period clamped(Period period) const;
    void showRange();

    Period m_first = Period(2014, 1);
    Period m_last = Period(2014, 12);
    Period m_from = m_first;
    Period m_to = m_last;
    End m_fromEnd;
    End m_toEnd;
};
