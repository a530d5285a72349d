#include "TsCatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

bool TsCatalogue::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (!loadXml(file.readAll(), QFileInfo(path).absolutePath())) {
        m_error.prepend(path + u": "_s);
        return false;
    }
    return true;
}

bool TsCatalogue::loadXml(const QByteArray& xml, const QString& base)
{
    m_language.clear();
    m_messages.clear();
    m_error.clear();
    QXmlStreamReader reader(xml);
    QString context;
    Message message;
    bool inMessage = false;
    // lupdate -locations relative names a file only when it changes, and counts each line from
    // the file's previous location.
    QString file;
    QHash<QString, int> lastLine;
    QString translationType;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"TS") {
                m_language = reader.attributes().value(u"language"_s).toString();
            } else if (name == u"name" && !inMessage) {
                context = reader.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = Message();
                message.context = context;
                message.numerus = reader.attributes().value(u"numerus"_s) == u"yes";
                translationType.clear();
            } else if (name == u"location" && inMessage) {
                const QXmlStreamAttributes attributes = reader.attributes();
                if (attributes.hasAttribute(u"filename"_s))
                    file = attributes.value(u"filename"_s).toString();
                const QString lineText = attributes.value(u"line"_s).toString();
                int line = lineText.toInt();
                if (lineText.startsWith(u'+') || lineText.startsWith(u'-'))
                    line += lastLine.value(file);
                lastLine[file] = line;
                if (message.location.isEmpty()) {
                    const QString path =
                        base.isEmpty() ? file : QDir::cleanPath(QDir(base).absoluteFilePath(file));
                    message.location = u"%1:%2"_s.arg(path).arg(line);
                }
            } else if (name == u"source" && inMessage) {
                message.source = reader.readElementText();
            } else if (name == u"comment" && inMessage) {
                message.comment = reader.readElementText();
            } else if (name == u"translation" && inMessage) {
                translationType = reader.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.translations << reader.readElementText();
            } else if (name == u"numerusform" && inMessage) {
                message.translations << reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == u"message") {
            inMessage = false;
            message.type = translationType;
            m_messages << message;
        }
    }
    if (reader.hasError()) {
        m_error = u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
        return false;
    }
    if (m_language.isEmpty()) {
        m_error = u"not a Qt Linguist file (no <TS language=…>)"_s;
        return false;
    }
    return true;
}

QList<TsCatalogue::Message> TsCatalogue::messages() const
{
    QList<Message> inUse;
    std::copy_if(m_messages.cbegin(), m_messages.cend(), std::back_inserter(inUse), isInUse);
    return inUse;
}

bool TsCatalogue::isInUse(const Message& message)
{
    return message.type != u"vanished" && message.type != u"obsolete";
}

bool TsCatalogue::isFinished(const Message& message)
{
    return message.type.isEmpty() && !message.translations.isEmpty()
        && std::none_of(message.translations.cbegin(), message.translations.cend(),
                        [](const QString& text) { return text.trimmed().isEmpty(); });
}

QStringList TsCatalogue::untranslated() const
{
    QStringList lines;
    for (const Message& message : messages()) {
        if (!isFinished(message))
            lines << describe(message);
    }
    return lines;
}

QStringList TsCatalogue::notFinishedIn(const TsCatalogue& committed) const
{
    QStringList lines;
    for (const Message& message : messages()) {
        const auto same = [&message](const Message& other) {
            return other.context == message.context && other.source == message.source
                && other.comment == message.comment;
        };
        const auto found =
            std::find_if(committed.m_messages.cbegin(), committed.m_messages.cend(), same);
        if (found == committed.m_messages.cend() || !isFinished(*found))
            lines << describe(message);
    }
    return lines;
}

QStringList TsCatalogue::placeholderMismatches() const
{
    QStringList lines;
    for (const Message& message : messages()) {
        const QStringList expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            if (!translation.isEmpty() && placeholders(translation) != expected) {
                lines << describe(message) + u" → «"_s + translation + u'»';
                break;
            }
        }
    }
    return lines;
}

QString TsCatalogue::describe(const Message& message)
{
    return u"%1: «%2» (%3)"_s.arg(message.context, message.source, message.location);
}
