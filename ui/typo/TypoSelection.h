#pragma once

#include <QString>

#include <optional>

class QWidget;

// What a typo report says about the text the user selected: the selection, the text around it
// (so that the editors find the place), and which screen it was on, both as the key the API
// wants ("appeals", "account_card") and as the screen's title for people. Taken from a selectable
// QLabel, a read-only QTextEdit, QTextBrowser or QPlainTextEdit, a read-only QLineEdit, or the
// selected cells of an item view.
struct TypoSelection
{
    // Characters of context taken on each side of the selection (then cut to whole words).
    static constexpr qsizetype contextRadius = 160;

    QString selection;
    QString context;
    QString screenKey;
    QString screenTitle;

    // The selection widget holds, if any. Editable text (what the user types) is not the portal's
    // and gives none.
    static std::optional<TypoSelection> of(const QWidget* widget);
    // Whether widget shows text the user may select (the kinds above), selected or not.
    static bool isSelectableText(const QWidget* widget);
    // Whether widget is an editor the user types into: Ctrl+Enter is theirs there.
    static bool isEditable(const QWidget* widget);

    // Up to contextRadius characters of text on each side of the selection at start, cut at word
    // boundaries and marked with "…" where cut, at most TypoReportRules::maxContextLength long.
    static QString contextAround(const QString& text, qsizetype start, qsizetype length);
    // The nearest ancestor's "typoScreen" property, or the object name of the nearest ancestor
    // named "…Page" without the suffix, or the window's object name, as a key of the API:
    // "meterReadingsPage" gives "meter_readings".
    static QString screenKeyOf(const QWidget* widget);
    static QString screenTitleOf(const QWidget* widget);
};
