#pragma once

#include <QString>
#include <QWidget>

// One line of text that ends in «…» when there is not room for all of it, with the whole text
// as its tooltip. Its size hint is the whole line, its minimum a few characters, so a layout
// short of room (a status bar on a narrow kiosk screen) narrows it instead of cutting the text
// at the window's edge or widening the window. QLabel cannot: it only clips or wraps.
class ElidedLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    // What is painted at the current width.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString m_text;
};
