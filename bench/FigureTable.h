#pragma once

#include "Figure.h"

#include <QList>
#include <QString>
#include <QStringList>

// The benchmark's one table, as aligned text for the terminal and as Markdown for the README's
// performance section; the figures' notes follow it.
class FigureTable
{
public:
    // Keeps the rows in the order of their items, each item's rows in the order added.
    void add(const Figure& figure);
    const QList<Figure>& figures() const { return m_figures; }
    int failures() const;
    int notMeasuredYet() const;

    QString text() const;
    QString markdown() const;

private:
    static QStringList header();
    static QStringList cells(const Figure& figure);
    QStringList notes() const;

    QList<Figure> m_figures;
};
