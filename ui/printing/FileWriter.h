#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

// Writes a document's bytes to the file the user chose, whole or not at all (QSaveFile: a failed
// write leaves an older file as it was, never half of one). write() blocks on the disk; the
// window calls writeInBackground(), which runs it on FileIoPool so that a slow or hung disk never
// freezes the window: the receipt («Сохранить PDF») and the statement («Выписка…», StatementSaver)
// alike.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    FileWriter() = delete;

    // An empty string when written; otherwise a sentence for the user naming the file and the
    // reason.
    static QString write(const QByteArray& bytes, const QString& path);

    // write() on a pool thread; done(error) on context's thread once it finished, unless
    // context is gone by then (the file is written all the same).
    using Done = std::function<void(const QString& error)>;
    static void writeInBackground(QObject* context, const QByteArray& bytes, const QString& path,
                                  Done done);
};
