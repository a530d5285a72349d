#pragma once

#include "charges/AccountHistory.h"
#include "printing/StatementFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A statement from account histories to bytes or a file, with no widget: what «Выписка…» and
// the command line (`kabinet --export-statement NUMBER --from YYYY-MM --to YYYY-MM --out FILE`)
// both call, after StatementHistoriesReader read the histories from the cache.
//
// The PDF includes each account's charts when a QApplication runs (Qt Charts draws through
// QGraphicsScene; QT_QPA_PLATFORM=offscreen is enough); under a bare QGuiApplication it is
// made without them. The CSV needs only QCoreApplication.
class StatementExport
{
    Q_DECLARE_TR_FUNCTIONS(StatementExport)

public:
    StatementExport() = delete;

    // A PDF needs at least a QGuiApplication. std::nullopt when there is nothing to make a
    // statement of (no histories), the range is invalid or backwards, or a sum overflows.
    static std::optional<QByteArray> render(const QList<AccountHistory>& histories, Period from,
                                            Period to, StatementFile::Format format,
                                            QDate madeOn = QDate::currentDate());

    // render() to path, its format by its suffix. An empty string when written; otherwise the
    // reason, as a sentence for the user.
    static QString exportTo(const QList<AccountHistory>& histories, Period from, Period to,
                            const QString& path, QDate madeOn = QDate::currentDate());

    // Whether the PDF can have its charts here (a QApplication runs).
    static bool canDrawCharts();
};
