#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// Checks of a screen as laid out at its present size, for the tests that walk every screen
// (tst_textfits, tst_taborder). Each returns one line per problem; empty when none.
namespace ScreenChecks {

// The class and object name of widget, and the nearest named parent's.
QString describe(const QWidget* widget);

// Parts of a compound widget (a combo box's line edit, a spin box's, an item view's editors, a
// scroll bar's buttons): the compound is what is laid out.
bool isPartOfCompound(const QWidget* widget);

// Every visible label with text, button and line edit under window that is given less height
// than its text needs (a word-wrapped label: heightForWidth of its width; others: their size
// hint's height; and, unwrapped, less width than their minimum size hint), or that sticks out of
// a parent and is cut by it. What lies in a scroll area may leave its viewport: it scrolls.
QStringList cutTextOf(QWidget* window);

// The widgets Tab visits under root, in the order it visits them, starting at the first one:
// visible, enabled, with Qt::TabFocus, not part of a compound.
QList<QWidget*> tabChainOf(QWidget* root);

// Where Tab goes against the reading order of root's visible inputs (top to bottom, then left to
// right, by their geometry mapped to root), and every input it never reaches.
QStringList tabOrderProblemsOf(QWidget* root);

// Mnemonics (&x) used twice among root's visible buttons, labels with a buddy, checkable group
// boxes, tabs and menus.
QStringList mnemonicProblemsOf(QWidget* root);

} // namespace ScreenChecks
