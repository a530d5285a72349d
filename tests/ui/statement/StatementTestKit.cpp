#include "StatementTestKit.h"

#include "printing/StatementHistoriesReader.h"
#include "protocol/Money.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace StatementTestKit {

std::optional<QList<AccountHistory>> readHistories(HistoryRig& rig, const QString& number)
{
    std::optional<QList<AccountHistory>> result;
    QObject receiver;
    rig.reader().query(
        &receiver,
        [number](const QSqlDatabase& database) {
            return StatementHistoriesReader::read(database, number);
        },
        [&result](const QList<AccountHistory>& histories) { result = histories; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qWarning("the histories were not read");
    return result;
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(qEnvironmentVariable("KABINET_PDFTOTEXT"),
                  {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

QImage pdfPage(const QString& path, int page, int dpi)
{
    QTemporaryDir folder;
    const QString prefix = folder.filePath(u"page"_s);
    QProcess process;
    process.start(qEnvironmentVariable("KABINET_PDFTOPPM"),
                  {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page),
                   u"-l"_s, QString::number(page), u"-singlefile"_s, path, prefix});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("pdftoppm failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QImage(prefix + u".png"_s);
}

QStringList simplifiedLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        lines.append(line.simplified());
    return lines;
}

QString printed(qint64 kopecks)
{
    QString text = Money::fromKopecks(kopecks).toString();
    text.replace(QChar(0x00A0), u' ');
    return text;
}

QString saveForViewing(const QImage& image, const QString& name)
{
    QString folder = qEnvironmentVariable("KABINET_UI_SHOTS");
    if (folder.isEmpty())
        folder = QDir::tempPath();
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + u".png"_s);
    image.save(path);
    return path;
}

} // namespace StatementTestKit
