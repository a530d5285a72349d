#include "printing/StatementFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

std::optional<StatementFile::Format> StatementFile::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"csv"_s)
        return Format::Csv;
    return std::nullopt;
}

QString StatementFile::write(const QByteArray& bytes, const QString& path)
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
