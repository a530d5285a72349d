#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class MailMessage;

// Where outgoing mail goes: one .eml file per message in a directory (DATA/mail), each written
// whole or not at all (QSaveFile), owner-only, named so that they sort by time of sending. The
// files carry activation and reset links: the directory is the owner's only.
class MailSpool
{
    Q_DECLARE_TR_FUNCTIONS(MailSpool)

public:
    explicit MailSpool(const QString& directory);

    QString directory() const { return m_directory; }

    // Creates the directory (0700) if needed; false with errorString().
    bool prepare();
    // Writes message; the file's path, or nullopt with errorString().
    std::optional<QString> deliver(const MailMessage& message);

    QString errorString() const { return m_errorString; }

private:
    QString m_directory;
    QString m_errorString;
};
