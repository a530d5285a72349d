#include "auth/HtmlPage.h"

using namespace Qt::Literals::StringLiterals;

QHttpServerResponse HtmlPage::response(const QString& title, const QString& bodyHtml,
                                       QHttpServerResponder::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"),
                                 document(title, bodyHtml).toUtf8(), status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; "
                                         "form-action 'self'; frame-ancestors 'none'; "
                                         "base-uri 'none'"));
    return response;
}

QString HtmlPage::document(const QString& title, const QString& bodyHtml)
{
    return u"<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>"_s
        + escaped(title)
        + u"</title>\n<style>\n"
          "body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;"
          "color:#222;line-height:1.5}\n"
          "h1{font-size:1.4em}\nlabel{display:block;margin-top:1em}\n"
          "input{font-size:1em;padding:.3em;width:100%;box-sizing:border-box}\n"
          "button{margin-top:1.5em;font-size:1em;padding:.4em 1.2em}\n"
          ".error{color:#a00}\n.hint{color:#555;font-size:.9em}\n"
          "</style>\n</head>\n<body>\n<h1>"_s
        + escaped(title) + u"</h1>\n"_s + bodyHtml + u"\n</body>\n</html>\n"_s;
}

QString HtmlPage::escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}
