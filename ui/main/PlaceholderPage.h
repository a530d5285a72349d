#pragma once

#include <QWidget>

// Stands in for a section that is not built yet, naming it so the navigation can be tried out
// end to end.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const QString& sectionTitle, QWidget* parent = nullptr);
};
