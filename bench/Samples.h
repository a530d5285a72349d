#pragma once

#include <QList>

// The values one figure took over the runs of a benchmark.
class Samples
{
public:
    void add(double value) { m_values << value; }
    bool isEmpty() const { return m_values.isEmpty(); }
    int count() const { return int(m_values.size()); }
    const QList<double>& values() const { return m_values; }

    // The middle value (the mean of the two middle ones for an even count); 0 when empty.
    double median() const;
    double min() const;
    double max() const;

private:
    QList<double> m_values;
};
