#pragma once

#include <QString>

class QLabel;
class QWidget;

// The profile's forms show what is wrong with a field right under it, in red; these build and
// fill those labels the same way everywhere.
class FormMessage
{
public:
    FormMessage() = delete;

    // A hidden, word-wrapped label named "fieldMessage".
    static QLabel* newLabel(QWidget* parent);
    // input above message, in a widget of their own for a form row.
    static QWidget* column(QWidget* input, QLabel* message, QWidget* parent);
    // Shows text, or hides the label when it is empty.
    static void set(QLabel* label, const QString& text);
    // Styles "fieldMessage" labels red and "hint" labels grey.
    static QString styleSheet();
};
