#pragma once

#include <QString>
#include <QUrl>

// Links made of an organization's contacts, for the desktop to open: a phone as tel:, an e-mail
// as mailto:, a website over http(s). What the server sent is data, not a link to be trusted: a
// value that does not make such a link (another scheme, a malformed address, a website with a
// user name in it) stays plain text, and open() refuses anything but these links.
class ContactLink
{
public:
    ContactLink() = delete;

    // tel:+74852001001 for "+7 (4852) 00-10-01"; empty when the text is no phone number.
    static QUrl phone(const QString& text);
    // mailto:info@example.ru; empty when the text is no plain e-mail address.
    static QUrl email(const QString& text);
    // The website itself when it is an http(s) address of a host; empty otherwise.
    static QUrl website(const QUrl& url);

    // Whether url is one of the links above.
    static bool isAllowed(const QUrl& url);
    // Hands an allowed url to the desktop (QDesktopServices); false when it is not allowed or
    // nothing on this computer opens it.
    static bool open(const QUrl& url);
};
