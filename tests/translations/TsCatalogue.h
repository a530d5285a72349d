#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A Qt Linguist (.ts) file as the translation checks see it: the messages still in use, each with
// where lupdate found it and its translation.
class TsCatalogue
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment; // the disambiguation of tr(source, comment)
        QString location; // "/…/ui/login/LoginPage.cpp:45"; from loadXml() as the file says

        bool numerus = false;
        QString type; // of the translation: empty when finished, "unfinished", "vanished", …
        QStringList translations; // one, or one per plural form
    };

    // False with errorString() when the file cannot be read or is not a .ts file. Locations are
    // made absolute: lupdate writes them relative to the .ts file's folder.
    bool load(const QString& path);
    // Locations relative to base, when given.
    bool loadXml(const QByteArray& xml, const QString& base = QString());
    QString errorString() const { return m_error; }

    QString language() const { return m_language; }
    // Without the vanished and obsolete ones: lupdate keeps those for reference only (lrelease
    // leaves them out of the .qm file).
    QList<Message> messages() const;

    // One line per message in use that has no finished translation: marked unfinished, empty,
    // or with an empty plural form.
    QStringList untranslated() const;
    // One line per message in use here that committed does not hold as a finished translation:
    // lupdate revives a vanished message when its source comes back, but lrelease compiled the
    // committed file, where it is still vanished, so the application shows it in English.
    QStringList notFinishedIn(const TsCatalogue& committed) const;
    // One line per message whose translation drops or adds a %1…%99 or %n of the source text:
    // the translated text would lose a value, or QString::arg() would put it in the wrong place.
    QStringList placeholderMismatches() const;

    static QString describe(const Message& message);
    static bool isInUse(const Message& message);
    static bool isFinished(const Message& message);

private:
    QString m_language;
    QList<Message> m_messages;
    QString m_error;
};
