#pragma once

#include <QHttpServerResponse>
#include <QString>

// A small self-contained HTML page for the links people open from e-mails: UTF-8, inline style,
// no scripts, with headers that keep it out of caches and frames and keep the token in its
// address from leaking through a Referer.
class HtmlPage
{
public:
    HtmlPage() = delete;

    // title is text (escaped here); bodyHtml is markup whose text parts the caller escaped.
    static QHttpServerResponse response(const QString& title, const QString& bodyHtml,
                                        QHttpServerResponder::StatusCode status);
    static QString document(const QString& title, const QString& bodyHtml);
    // Text for HTML content and attribute values: & < > " ' escaped.
    static QString escaped(const QString& text);
};
