#include "printing/StatementFile.h"

#include <QFileInfo>

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
