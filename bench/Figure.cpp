#include "Figure.h"

using namespace Qt::Literals::StringLiterals;

Figure::Figure(QString item, QString name, Unit unit)
    : m_item(std::move(item))
    , m_name(std::move(name))
    , m_unit(unit)
{ }

Figure Figure::notMeasuredYet(const QString& item, const QString& name, const QString& why)
{
    Figure figure(item, name, Unit::Count);
    figure.m_status = Status::NotMeasuredYet;
    figure.m_note = why;
    return figure;
}

Figure Figure::failed(const QString& item, const QString& name, const QString& why)
{
    Figure figure(item, name, Unit::Count);
    figure.m_status = Status::Failed;
    figure.m_note = why;
    return figure;
}

Figure& Figure::withSamples(const Samples& samples)
{
    m_samples = samples;
    return *this;
}

Figure& Figure::withReference(const QString& name, const Samples& samples, Comparison comparison)
{
    m_referenceName = name;
    m_reference = samples;
    m_comparison = comparison;
    return *this;
}

Figure& Figure::withTarget(const QString& text, double limit)
{
    m_targetText = text;
    m_limit = limit;
    return *this;
}

Figure& Figure::withNote(const QString& note)
{
    m_note = note;
    return *this;
}

QString Figure::medianText() const
{
    switch (m_status) {
    case Status::NotMeasuredYet:
        return u"not measured yet"_s;
    case Status::Failed:
        return u"NOT MEASURED"_s;
    case Status::Measured:
        break;
    }
    return format(m_samples.median());
}

QString Figure::spreadText() const
{
    if (m_status != Status::Measured || m_samples.isEmpty())
        return {};
    if (m_samples.count() == 1)
        return u"n=1"_s;
    return format(m_samples.min()) + u"–"_s + format(m_samples.max()) + u", n="_s
        + QString::number(m_samples.count());
}

QString Figure::referenceText() const
{
    if (m_status != Status::Measured || m_comparison == Comparison::None)
        return {};
    return m_referenceName + u": "_s + format(m_reference.median());
}

QString Figure::comparisonText() const
{
    const std::optional<double> value = compared();
    if (!value)
        return {};
    if (m_comparison == Comparison::Ratio)
        return QString::number(*value, 'f', 2) + u" ×"_s;
    return (*value >= 0 ? u"+"_s : QString()) + format(*value);
}

QString Figure::verdict() const
{
    if (m_status != Status::Measured || !m_limit)
        return {};
    const double value =
        m_comparison == Comparison::None ? m_samples.median() : compared().value_or(0);
    return value <= *m_limit ? u"met"_s : u"missed"_s;
}

std::optional<double> Figure::compared() const
{
    if (m_status != Status::Measured || m_comparison == Comparison::None || m_samples.isEmpty()
        || m_reference.isEmpty())
        return std::nullopt;
    if (m_comparison == Comparison::Difference)
        return m_samples.median() - m_reference.median();
    if (m_reference.median() <= 0)
        return std::nullopt;
    return m_samples.median() / m_reference.median();
}

QString Figure::format(double value) const
{
    switch (m_unit) {
    case Unit::Milliseconds:
        return QString::number(value, 'f', value < 100 ? 1 : 0) + u" ms"_s;
    case Unit::Megabytes:
        return QString::number(value, 'f', 1) + u" MB"_s;
    case Unit::Bytes:
        return QString::number(value, 'f', 0) + u" B"_s;
    case Unit::Count:
        break;
    }
    return QString::number(value, 'f', value == double(qint64(value)) ? 0 : 1);
}
