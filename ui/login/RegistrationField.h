#pragma once

#include <QWidget>

class QLabel;

// One field of the registration form (figure 2): its input, the rule the manual prints beside it,
// and below the input what is wrong with the value now. A marked field also gets a red frame
// around its line edits (the «invalid» property, styled by the page).
class RegistrationField : public QWidget
{
    Q_OBJECT

public:
    // input becomes a child of this field.
    RegistrationField(QWidget* input, const QString& rule, QWidget* parent = nullptr);

    QWidget* input() const { return m_input; }
    QString rule() const;
    // What is wrong, empty when nothing is.
    QString message() const;
    bool isMarked() const { return m_marked; }

    // Shows text under the input and marks it; an empty text clears both.
    void setMessage(const QString& text);

private:
    QWidget* m_input = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_message = nullptr;
    bool m_marked = false;
};
