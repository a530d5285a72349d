#pragma once

#include <QObject>

class QWidget;

// Keeps a window at least as tall as its word-wrapped text needs at the window's present width.
// Qt gives a window the minimum size of its layout, which counts a wrapped label as one line: made
// narrow or low (at 200 % a window is soon as large as the screen allows) it cut the text. Each
// time the window's width or contents change, its minimum height becomes the layout's
// heightForWidth of that width.
class WrappedTextFit : public QObject
{
    Q_OBJECT

public:
    // For window (a top-level widget with a layout); parented to it.
    static void install(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WrappedTextFit(QWidget* window);
    void fit();

    QWidget* m_window;
    bool m_fitting = false;
};
