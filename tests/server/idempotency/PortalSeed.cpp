#include "PortalSeed.h"

#include "PortalProcess.h"
#include "accounts/AccountLinkRepository.h"
#include "accounts/AccountRecord.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountsSchema.h"
#include "accounts/AddressDirectory.h"
#include "auth/UserRepository.h"
#include "meters/MeterRepository.h"
#include "storage/ChangeSequence.h"
#include "storage/SqlTransaction.h"

#include <QDir>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

PortalSeed::PortalSeed(const QString& dataDir)
    : m_context(m_options, m_database, m_clock)
{
    m_options.dataDir = dataDir;
    m_open = m_database.open(QDir(dataDir).filePath(u"portal.db"_s))
        && AccountsSchema::ensure(m_database) && MeterRepository::ensureSchema(m_database);
}

std::optional<qint64> PortalSeed::createUser(const QString& login, const QString& password)
{
    return UserRepository::createActiveUser(m_context, login, login + u"@example.ru"_s, password);
}

std::optional<qint64> PortalSeed::createAccount(const QString& number)
{
    SqlTransaction transaction(m_database);
    AddressDirectory directory(m_database);
    if (m_streetId == 0) {
        std::optional<qint64> parent = directory.add(AddressLevel::District, 0, u"г. Энск"_s);
        if (parent)
            parent = directory.add(AddressLevel::Settlement, *parent, u"г.п. Мирный"_s);
        if (parent)
            parent = directory.add(AddressLevel::Street, *parent, u"ул. Мира"_s);
        if (!parent)
            return std::nullopt;
        m_streetId = *parent;
    }
    const QString house = QString::number(++m_houses);
    std::optional<qint64> parent = directory.add(AddressLevel::House, m_streetId, house);
    if (parent)
        parent = directory.add(AddressLevel::Flat, *parent, u"7"_s);
    const std::optional<qint64> stamp = ChangeSequence::next(m_database);
    if (!parent || !stamp)
        return std::nullopt;
    AccountRecord record;
    record.flatId = *parent;
    record.account.number = number;
    record.account.ownerName = u"Лебедка Валентина Григорьевна"_s;
    record.account.areaCentiM2 = 3160;
    record.account.ownershipType = u"Частная"_s;
    const std::optional<qint64> id = AccountRepository(m_database).insert(record, *stamp);
    if (!id || !transaction.commit())
        return std::nullopt;
    return id;
}

bool PortalSeed::link(qint64 userId, qint64 accountId)
{
    SqlTransaction transaction(m_database);
    return AccountLinkRepository(m_database).link(userId, accountId)
        == AccountLinkRepository::LinkResult::Linked
        && transaction.commit();
}

std::optional<qint64> PortalSeed::addMeter(qint64 accountId, const QString& service,
                                           const QString& serialNumber)
{
    return MeterRepository(m_database).addMeter(accountId, service, serialNumber);
}

bool PortalSeed::addReading(qint64 meterId, QDate date, qint64 valueThousandths)
{
    MeterReading reading;
    reading.meterId = meterId;
    reading.date = date;
    reading.valueThousandths = valueThousandths;
    reading.state = MeterReading::State::Accepted;
    return MeterRepository(m_database).addReading(reading);
}

int PortalSeed::count(const QString& table, const QString& where)
{
    QSqlQuery query(m_database.database());
    const QString condition = where.isEmpty() ? QString() : u" WHERE "_s + where;
    if (!query.exec(u"SELECT count(*) FROM "_s + table + condition) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString PortalSeed::logIn(PortalProcess& portal, const QString& login, const QString& password)
{
    const PortalReply reply =
        portal.post(u"/api/v1/sessions"_s, {{u"login"_s, login}, {u"password"_s, password}});
    if (reply.status != 201)
        return {};
    return reply.json.value(u"accessToken"_s).toString();
}
