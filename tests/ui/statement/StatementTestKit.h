#pragma once

#include "HistoryRig.h"
#include "charges/AccountHistory.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the statement tests share on top of HistoryRig: the histories read from the rig's cache
// through the reader thread, as «Выписка…» reads them, and the poppler tools that read a PDF back.
namespace StatementTestKit {

// StatementHistoriesReader on the rig's reader thread; std::nullopt (with a warning) when the
// answer does not come.
std::optional<QList<AccountHistory>> readHistories(HistoryRig& rig, const QString& number);

// pdftotext -layout of path, UTF-8, with no-break spaces made plain; empty on failure.
QString pdfText(const QString& path);
// Page page of the PDF at dpi as an image (pdftoppm); null on failure.
QImage pdfPage(const QString& path, int page, int dpi);

// The lines of text, trimmed, with runs of spaces made one.
QStringList simplifiedLines(const QString& text);

// A money amount as the statement prints it, its no-break spaces made plain.
QString printed(qint64 kopecks);

// $KABINET_UI_SHOTS/name.png when that is set, else the test's temporary folder; the path.
QString saveForViewing(const QImage& image, const QString& name);

} // namespace StatementTestKit
