#include "profile/FormMessage.h"

#include "widgets/ThemeColors.h"

#include <QLabel>
#include <QVBoxLayout>

QLabel* FormMessage::newLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldMessage"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QWidget* FormMessage::column(QWidget* input, QLabel* message, QWidget* parent)
{
    auto* column = new QWidget(parent);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(column);
    message->setParent(column);
    layout->addWidget(input);
    layout->addWidget(message);
    message->setVisible(!message->text().isEmpty());
    return column;
}

void FormMessage::set(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString FormMessage::styleSheet()
{
    return QStringLiteral("QLabel#fieldMessage { color: %1; }"
                          "QLabel#hint { color: %2; }"
                          "QLabel#pageTitle { font-size: 14pt; font-weight: bold; }"
                          "QLabel#sectionTitle { font-size: 11pt; font-weight: bold; }")
        .arg(ThemeColors::css(ThemeColors::error()), ThemeColors::css(ThemeColors::hint()));
}
