#pragma once

#include <QScrollArea>

// A form that scrolls when its window is too small for it, instead of squeezing its labels:
// word-wrapped text gets the height it needs for the width it has (heightForWidth), also at
// 200 % scale on a small screen. Frameless, on the window's background, scroll bars only when
// needed; it asks for the whole form's size, and the window's minimum size no longer grows with
// the form.
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    // Takes form.
    explicit FormScrollArea(QWidget* form, QWidget* parent = nullptr);

    QSize sizeHint() const override;
};
