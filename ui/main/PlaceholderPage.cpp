#include "main/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& sectionTitle, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage"));
    auto* title = new QLabel(sectionTitle, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* note = new QLabel(tr("This section is not available in this version yet."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addStretch();
}
