#pragma once

#include "protocol/types/Account.h"
#include "protocol/types/Appeal.h"
#include "protocol/types/Building.h"
#include "protocol/types/CapitalRepairWork.h"
#include "protocol/types/ChargeLine.h"
#include "protocol/types/HouseFund.h"
#include "protocol/types/Meter.h"
#include "protocol/types/MeterReading.h"
#include "protocol/types/NewsItem.h"
#include "protocol/types/Organization.h"
#include "protocol/types/OutboxItem.h"
#include "protocol/types/Payment.h"
#include "protocol/types/Recalculation.h"
#include "protocol/types/SyncState.h"
#include "protocol/types/UserProfile.h"

#include <QDebug>
#include <QList>
#include <QString>
#include <QTest>

#include <optional>
#include <type_traits>

// QCOMPARE prints values it finds a toString() for by argument-dependent lookup; these make a
// failing comparison of cache rows show every field instead of nothing.
namespace TestPrinting {

template<typename T>
requires(!std::is_enum_v<T>) const T& printable(const T& value)
{
    return value;
}

template<typename E>
requires std::is_enum_v<E>
int printable(E value)
{
    return static_cast<int>(value);
}

template<typename T>
QString printable(const std::optional<T>& value)
{
    if (!value)
        return QStringLiteral("none");
    QString text;
    QDebug(&text).noquote().nospace() << printable(*value);
    return text;
}

template<typename... Fields>
char* describe(const char* type, const Fields&... fields)
{
    QString text;
    {
        // QDebug completes the text when it goes out of scope.
        QDebug stream(&text);
        stream.nospace() << type << '{';
        ((stream << printable(fields) << ", "), ...);
        stream << '}';
    }
    return qstrdup(text.toUtf8().constData());
}

} // namespace TestPrinting

inline char* toString(const UserProfile& v)
{
    return TestPrinting::describe("UserProfile", v.login, v.email, v.receiptsByEmail);
}
inline char* toString(const Account& v)
{
    return TestPrinting::describe("Account", v.id, v.number, v.ownerName, v.address, v.areaCentiM2,
                                  v.ownershipType, v.balance, v.buildingId, v.hasMeters, v.payeeId);
}
inline char* toString(const ChargeLine& v)
{
    return TestPrinting::describe("ChargeLine", v.accountId, v.period, v.service, v.unit,
                                  v.quantityHundredths, v.tariff, v.baseCharge, v.recalculation,
                                  v.total);
}
inline char* toString(const Recalculation& v)
{
    return TestPrinting::describe("Recalculation", v.id, v.accountId, v.appliedIn, v.corrects,
                                  v.amount, v.reason);
}
inline char* toString(const Payment& v)
{
    return TestPrinting::describe("Payment", v.id, v.accountId, v.date, v.amount, v.source);
}
inline char* toString(const Building& v)
{
    return TestPrinting::describe("Building", v.id, v.address, v.yearBuilt, v.floors, v.entrances,
                                  v.flats, v.totalAreaCentiM2, v.livingAreaCentiM2, v.wallMaterial,
                                  v.roofType, v.utilities, v.fundAccount);
}
inline char* toString(const CapitalRepairWork& v)
{
    return TestPrinting::describe("CapitalRepairWork", v.id, v.buildingId, v.name, v.plannedFrom,
                                  v.plannedTo, v.status, v.cost);
}
inline char* toString(const HouseFund& v)
{
    return TestPrinting::describe("HouseFund", v.buildingId, v.asOf, v.charged, v.paid, v.debt,
                                  v.spentOnWorks);
}
inline char* toString(const Organization& v)
{
    return TestPrinting::describe("Organization", v.id, v.name, v.role, v.address, v.phones,
                                  v.email, v.openingHours, v.website, v.inn, v.kpp, v.bankName,
                                  v.bic, v.settlementAccount, v.correspondentAccount);
}
inline char* toString(const NewsItem& v)
{
    return TestPrinting::describe("NewsItem", v.id, v.published, v.title, v.body, v.read);
}
inline char* toString(const Appeal& v)
{
    return TestPrinting::describe("Appeal", v.localId, v.serverId, v.accountId, v.topic, v.text,
                                  v.status, v.answer, v.createdAt, v.answeredAt);
}
inline char* toString(const Meter& v)
{
    return TestPrinting::describe("Meter", v.id, v.accountId, v.service, v.serialNumber,
                                  v.lastValueThousandths, v.lastReadingDate);
}
inline char* toString(const MeterReading& v)
{
    return TestPrinting::describe("MeterReading", v.meterId, v.date, v.valueThousandths, v.state);
}
inline char* toString(const OutboxItem& v)
{
    return TestPrinting::describe("OutboxItem", v.localId, v.kind, v.payload, v.idempotencyKey,
                                  v.createdAt, v.attempts, v.lastError, v.state);
}
inline char* toString(const SyncState& v)
{
    return TestPrinting::describe("SyncState", v.scope, v.cursor, v.lastSyncedAt);
}
inline char* toString(Money v)
{
    return TestPrinting::describe("Money", v.kopecks());
}
inline char* toString(Period v)
{
    return TestPrinting::describe("Period", v.toKey());
}

template<typename T>
char* toString(const QList<T>& list)
{
    using QTest::toString;
    QByteArray text = "[";
    for (const T& item : list) {
        char* one = toString(item);
        text += one ? one : "?";
        text += "; ";
        delete[] one;
    }
    text += ']';
    return qstrdup(text.constData());
}

template<typename T>
char* toString(const std::optional<T>& v)
{
    using QTest::toString;
    if (!v)
        return qstrdup("std::nullopt");
    return toString(*v);
}
