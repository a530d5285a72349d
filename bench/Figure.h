#pragma once

#include "Samples.h"

#include <QString>

#include <optional>

// One row of the benchmark's table: a figure's runs, optionally the reference it is compared
// with (as a ratio or a difference of the medians), and the target for it. A figure that
// could not be measured says why instead; one whose feature is not in the build yet says so, and
// is not counted as a failure.
class Figure
{
public:
    enum class Status
    {
        Measured,
        NotMeasuredYet,
        Failed,
    };
    enum class Unit
    {
        Milliseconds,
        Megabytes,
        Bytes,
        Count,
    };
    enum class Comparison
    {
        None,
        Ratio, // value / reference
        Difference, // value - reference
    };

    Figure(QString item, QString name, Unit unit);
    static Figure notMeasuredYet(const QString& item, const QString& name, const QString& why);
    static Figure failed(const QString& item, const QString& name, const QString& why);

    Figure& withSamples(const Samples& samples);
    Figure& withReference(const QString& name, const Samples& samples, Comparison comparison);
    // Met when the median (or, with a reference, the ratio or difference) is at most limit.
    Figure& withTarget(const QString& text, double limit);
    Figure& withNote(const QString& note);

    Status status() const { return m_status; }
    QString item() const { return m_item; }
    QString name() const { return m_name; }
    QString note() const { return m_note; }

    // The table's cells.
    QString medianText() const;
    QString spreadText() const;
    QString referenceText() const;
    QString comparisonText() const;
    QString targetText() const { return m_targetText; }
    // "met", "missed", or empty without a target or a measurement.
    QString verdict() const;

private:
    std::optional<double> compared() const;
    QString format(double value) const;

    QString m_item;
    QString m_name;
    Unit m_unit;
    Status m_status = Status::Measured;
    Samples m_samples;
    QString m_referenceName;
    Samples m_reference;
    Comparison m_comparison = Comparison::None;
    QString m_targetText;
    std::optional<double> m_limit;
    QString m_note;
};
