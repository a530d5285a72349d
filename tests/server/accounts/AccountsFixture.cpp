#include "AccountsFixture.h"

#include "accounts/AccountRecord.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountsSchema.h"
#include "accounts/AddressDirectory.h"
#include "accounts/ChargeRepository.h"
#include "accounts/OperatorPeriodRepository.h"
#include "accounts/PaymentRepository.h"
#include "accounts/RecalculationRepository.h"
#include "auth/UserRepository.h"
#include "storage/ChangeSequence.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

AccountsFixture::AccountsFixture(const QDateTime& now)
    : m_clock(now)
    , m_context(m_options, m_database, m_clock)
{
    m_options.dataDir = m_dir.path();
    m_ready = m_dir.isValid() && m_database.open(QDir(m_dir.path()).filePath(u"portal.db"_s))
        && AccountsSchema::ensure(m_database);
}

std::optional<qint64> AccountsFixture::stamp()
{
    return ChangeSequence::next(m_database);
}

std::optional<qint64> AccountsFixture::addFlat(const QString& house, const QString& flat)
{
    AddressDirectory directory(m_database);
    if (!m_streetId) {
        std::optional<qint64> id = directory.add(AddressLevel::District, 0, u"г. Энск"_s);
        if (id)
            id = directory.add(AddressLevel::Settlement, *id, u"г. Энск"_s);
        if (id)
            id = directory.add(AddressLevel::Street, *id, u"ул. Мира"_s);
        if (!id)
            return std::nullopt;
        m_streetId = id;
    }
    const std::optional<qint64> houseId = directory.add(AddressLevel::House, *m_streetId, house);
    if (!houseId)
        return std::nullopt;
    return directory.add(AddressLevel::Flat, *houseId, flat);
}

std::optional<qint64> AccountsFixture::addAccount(const QString& number, qint32 areaCentiM2,
                                                  std::optional<qint64> buildingId)
{
    const std::optional<qint64> flatId = addFlat(QString::number(++m_flats), u"7"_s);
    const std::optional<qint64> seq = stamp();
    if (!flatId || !seq)
        return std::nullopt;
    AccountRecord record;
    record.flatId = *flatId;
    record.account.number = number;
    record.account.ownerName = u"Лебедка Валентина Григорьевна"_s;
    record.account.areaCentiM2 = areaCentiM2;
    record.account.ownershipType = u"Частная"_s;
    record.account.buildingId = buildingId;
    return AccountRepository(m_database).insert(record, *seq);
}

std::optional<qint64> AccountsFixture::addUser(const QString& login)
{
    return UserRepository::createActiveUser(m_context, login, login + u"@example.ru"_s,
                                            u"secret1"_s);
}

bool AccountsFixture::addCharge(qint64 accountId, Period period, qint64 baseKopecks,
                                qint64 recalculationKopecks)
{
    const std::optional<qint64> seq = stamp();
    ChargeLine line;
    line.accountId = accountId;
    line.period = period;
    line.service = u"Капитальный ремонт"_s;
    line.unit = u"кв.м."_s;
    line.quantityHundredths = 3160;
    line.tariff = Money::fromKopecks(520);
    line.baseCharge = Money::fromKopecks(baseKopecks);
    line.recalculation = Money::fromKopecks(recalculationKopecks);
    line.total = line.baseCharge + line.recalculation;
    return seq && ChargeRepository(m_database).insert(line, *seq);
}

bool AccountsFixture::addRecalculation(qint64 accountId, Period appliedIn, Period corrects,
                                       qint64 kopecks)
{
    const std::optional<qint64> seq = stamp();
    const Recalculation recalculation {
        0, accountId, appliedIn, corrects, Money::fromKopecks(kopecks), u"Уточнение площади"_s};
    return seq && RecalculationRepository(m_database).insert(recalculation, *seq);
}

bool AccountsFixture::addPayment(qint64 accountId, QDate date, qint64 kopecks)
{
    const std::optional<qint64> seq = stamp();
    const Payment payment {0, accountId, date, Money::fromKopecks(kopecks), u"Сбербанк"_s};
    return seq && PaymentRepository(m_database).insert(payment, *seq);
}

bool AccountsFixture::setLastClosed(Period period)
{
    const std::optional<qint64> seq = stamp();
    return seq && OperatorPeriodRepository(m_database).setLastClosed(period, *seq);
}
