#include "printing/FileWriter.h"

#include "io/FileIoPool.h"

#include <QDir>
#include <QFutureWatcher>
#include <QSaveFile>

#include <utility>

QString FileWriter::write(const QByteArray& bytes, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 is a file's path, %2 the system's reason
        return tr("Could not write %1: %2").arg(shown, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(shown, file.errorString());
    return {};
}

void FileWriter::writeInBackground(QObject* context, const QByteArray& bytes, const QString& path,
                                   Done done)
{
    // Owned by context: gone with it, and done() with it.
    auto* watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(FileIoPool::run([bytes, path] { return write(bytes, path); }));
}
