#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>

// Reading a PDF back the way a person's tools do: poppler's pdftotext and pdftoppm
// (poppler-utils) and zbarimg (zbar-tools), found by CMake and passed in KABINET_PDFTOTEXT,
// KABINET_PDFTOPPM and KABINET_ZBARIMG. A missing tool fails the test loudly, never skips it.
namespace PdfTools {

inline QString tool(const char* variable, const char* package)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty() || path.endsWith(u"NOTFOUND"))
        qFatal("%s is missing: install %s (scripts/install-deps.sh) and re-run cmake", variable,
               package);
    return path;
}

inline QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

// The text of the PDF in reading order (-layout keeps a table's cells on one line), with every
// run of white space (line breaks of wrapped text, no-break and narrow no-break spaces) made one
// plain space, so that "1 234,50" or a long name can be looked for.
inline QString text(const QString& pdf)
{
    QString text = QString::fromUtf8(run(tool("KABINET_PDFTOTEXT", "poppler-utils"),
                                         {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text.simplified();
}

// Renders the PDF's first page to pngBase.png at dpi; the PNG's path, empty on failure.
inline QString render(const QString& pdf, const QString& pngBase, int dpi)
{
    run(tool("KABINET_PDFTOPPM", "poppler-utils"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, pngBase});
    const QString png = pngBase + QStringLiteral(".png");
    return QFileInfo::exists(png) ? png : QString();
}

// The bytes of the QR codes zbarimg finds in the image. "-Sbinary" keeps zbar from guessing a
// character set, so the exact bytes of the code come out.
inline QByteArray decodeQr(const QString& image)
{
    return run(tool("KABINET_ZBARIMG", "zbar-tools"),
               {QStringLiteral("--nodbus"), QStringLiteral("--raw"), QStringLiteral("-q"),
                QStringLiteral("-Sbinary"), image});
}

// "1 234,50" for 123450, "-10,40" for -1040: how the receipt writes amounts, worked out here
// without the client's Money.
inline QString rubles(qint64 kopecks)
{
    const bool negative = kopecks < 0;
    const qint64 absolute = negative ? -kopecks : kopecks;
    QString whole = QString::number(absolute / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u' ');
    return (negative ? QStringLiteral("-") : QString()) + whole + u','
        + QStringLiteral("%1").arg(absolute % 100, 2, 10, QChar(u'0'));
}

} // namespace PdfTools
