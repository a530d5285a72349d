#pragma once

#include "ManualClock.h"
#include "app/PortalOptions.h"
#include "core/PortalContext.h"
#include "protocol/Money.h"
#include "protocol/Period.h"
#include "storage/PortalDatabase.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <optional>

// A portal database of its own in a temporary directory with the accounts area's tables, a
// context with a hand-set clock, and shortcuts to put operator records into it for unit tests.
class AccountsFixture
{
public:
    explicit AccountsFixture(const QDateTime& now = QDateTime(QDate(2014, 10, 15), QTime(10, 0),
                                                              Qt::UTC));

    bool isReady() const { return m_ready; }
    PortalDatabase& database() { return m_database; }
    PortalContext& context() { return m_context; }
    ManualClock& clock() { return m_clock; }
    QString dataDir() const { return m_dir.path(); }

    // A flat "flat" in г. Энск, ул. Мира, д. house (directory entries made on the way).
    std::optional<qint64> addFlat(const QString& house, const QString& flat);
    // An account in a new flat, with no building unless given.
    std::optional<qint64> addAccount(const QString& number, qint32 areaCentiM2 = 3160,
                                     std::optional<qint64> buildingId = std::nullopt);
    std::optional<qint64> addUser(const QString& login);

    bool addCharge(qint64 accountId, Period period, qint64 baseKopecks,
                   qint64 recalculationKopecks = 0);
    bool addRecalculation(qint64 accountId, Period appliedIn, Period corrects, qint64 kopecks);
    bool addPayment(qint64 accountId, QDate date, qint64 kopecks);
    bool setLastClosed(Period period);

private:
    std::optional<qint64> stamp();

    QTemporaryDir m_dir;
    PortalOptions m_options;
    ManualClock m_clock;
    PortalDatabase m_database;
    PortalContext m_context;
    bool m_ready = false;
    std::optional<qint64> m_streetId;
    int m_flats = 0;
};
