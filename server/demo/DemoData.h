#pragma once

#include "protocol/Period.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class PortalContext;
class QRandomGenerator;

// The demo data of kabinet-portal --demo (docs/demo.md): the operator's records of a small town
// with ten years of monthly charges and payments, buildings with their capital-repair plans and
// funds, organizations and news, and the user demo / kapremont with three linked accounts (the
// one of the manual's figure 6, one with an overpayment, one with recalculations and water
// meters). The operator's last closed period is the month before the clock's "now". With
// --demo-scale N, N more accounts with twenty years of history each are linked to the demo user,
// for benchmarks.
//
// Deterministic: everything random comes from QRandomGenerator(DemoFacts::seed), so two data
// directories started at the same "now" hold the same records. Written once: a database that
// already holds accounts is left alone.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    explicit DemoData(PortalContext& context);

    // Writes everything in one transaction; false with errorString() on failure.
    bool write(int scaleAccounts = 0);
    // Whether write() found the demo data (or other accounts) already there and did nothing.
    bool skipped() const { return m_skipped; }
    QString errorString() const { return m_error; }

    // Whether the database already holds operator accounts; std::nullopt on error.
    static std::optional<bool> isPresent(PortalContext& context);

private:
    bool fail(const QString& what);
    std::optional<qint64> demoUser();
    // The demo town; the ids of the demo user's three accounts.
    std::optional<QList<qint64>> writeTown(Period lastClosed, QRandomGenerator& random);
    std::optional<QList<qint64>> writeScale(int accounts, Period lastClosed,
                                            QRandomGenerator& random);
    bool writeNotices();

    PortalContext& m_context;
    bool m_skipped = false;
    QString m_error;
};
