#pragma once

class QFormLayout;
class QLabel;
class QString;
class QWidget;

// Ties a form's labels to the inputs they name, for the keyboard (a label's &mnemonic moves the
// focus to its buddy) and for screen readers (the input's accessible name). QFormLayout does it
// only when the field is the input itself; many of our fields are a column with the input and
// its message under it, or a row with a button beside it.
class FormBuddies
{
public:
    FormBuddies() = delete;

    // For every row of form: the label's buddy becomes the first input in the field, which takes
    // the label's text (without its mnemonic, markup, trailing colon or «*») as accessible name
    // unless it has one.
    static void bind(QFormLayout* form);
    // The same for one label and the field it names (e.g. a label above its field).
    static void bind(QLabel* label, QWidget* field);
    // The first widget that takes input in field (field itself when it does); null when none.
    static QWidget* inputIn(QWidget* field);
    // «&User name: *» → «User name».
    static QString plainName(const QString& labelText);
};
