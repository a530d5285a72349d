#pragma once

#include "app/PortalOptions.h"
#include "core/PortalContext.h"
#include "core/SystemClock.h"
#include "storage/PortalDatabase.h"

#include <QDate>
#include <QString>

#include <optional>

class PortalProcess;

// Fills a portal's data directory for the HTTP tests of appeals, typo reports and meters, through
// the server's own repositories: users (active, with a password), the operator's accounts and
// the links between them, meters and their readings. Use it before start() (the server applies
// its schema steps on top), and afterwards to look at what the server wrote:
//
//     PortalProcess portal;
//     PortalSeed seed(portal.dataDir());
//     const std::optional<qint64> user = seed.createUser(u"Ivanov"_s, u"secret1"_s);
//     const std::optional<qint64> account = seed.createAccount(u"16616"_s);
//     QVERIFY(user && account && seed.link(*user, *account));
//     QVERIFY(portal.start());
//     const QString token = PortalSeed::logIn(portal, u"Ivanov"_s, u"secret1"_s);
class PortalSeed
{
public:
    explicit PortalSeed(const QString& dataDir);

    bool isOpen() const { return m_open; }
    PortalDatabase& database() { return m_database; }
    PortalContext& context() { return m_context; }

    // An active user with e-mail login@example.ru.
    std::optional<qint64> createUser(const QString& login, const QString& password);
    // An account in a house of its own (the directory entries are made on the way).
    std::optional<qint64> createAccount(const QString& number);
    bool link(qint64 userId, qint64 accountId);
    std::optional<qint64> addMeter(qint64 accountId, const QString& service,
                                   const QString& serialNumber);
    bool addReading(qint64 meterId, QDate date, qint64 valueThousandths);

    // The number of rows of table (matching where, if given); -1 on error.
    int count(const QString& table, const QString& where = {});

    // Logs in over HTTP (POST /api/v1/sessions); the access token, or empty on failure.
    static QString logIn(PortalProcess& portal, const QString& login, const QString& password);

private:
    PortalOptions m_options;
    SystemClock m_clock;
    PortalDatabase m_database;
    PortalContext m_context;
    bool m_open = false;
    qint64 m_streetId = 0;
    int m_houses = 0;
};
