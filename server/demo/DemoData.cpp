#include "demo/DemoData.h"

#include "accounts/AccountLinkRepository.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountsSchema.h"
#include "accounts/NewsRepository.h"
#include "accounts/OperatorPeriodRepository.h"
#include "accounts/OrganizationRepository.h"
#include "auth/UserRepository.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "core/PortalLog.h"
#include "demo/DemoFacts.h"
#include "demo/DemoHouseWriter.h"
#include "demo/DemoMeters.h"
#include "demo/DemoNotices.h"
#include "demo/DemoTown.h"
#include "meters/MeterRepository.h"
#include "storage/ChangeSequence.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

DemoData::DemoData(PortalContext& context)
    : m_context(context)
{ }

bool DemoData::fail(const QString& what)
{
    m_error = tr("Cannot write the demo data (%1): %2").arg(what, m_context.database().lastError());
    return false;
}

std::optional<bool> DemoData::isPresent(PortalContext& context)
{
    QSqlQuery query(context.database().database());
    if (!query.exec(u"SELECT 1 FROM accounts LIMIT 1"_s))
        return std::nullopt;
    return query.next();
}

std::optional<qint64> DemoData::demoUser()
{
    const std::optional<UserRecord> existing =
        UserRepository(m_context).findByLogin(DemoFacts::login());
    if (existing)
        return existing->id;
    return UserRepository::createActiveUser(m_context, DemoFacts::login(), DemoFacts::email(),
                                            DemoFacts::password());
}

bool DemoData::write(int scaleAccounts)
{
    PortalDatabase& database = m_context.database();
    if (!AccountsSchema::ensure(database) || !MeterRepository::ensureSchema(database))
        return fail(u"schema"_s);
    const std::optional<bool> present = isPresent(m_context);
    if (!present)
        return fail(u"accounts"_s);
    m_skipped = *present;
    if (m_skipped)
        return true;

    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(DemoFacts::seed);
    const Period lastClosed = Period::fromDate(m_context.clock().now().date()).previous();

    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return fail(u"transaction"_s);
    const std::optional<qint64> userId = demoUser();
    if (!userId)
        return fail(u"user"_s);
    const std::optional<QList<qint64>> own = writeTown(lastClosed, random);
    if (!own)
        return fail(u"town"_s);
    if (!DemoMeters::write(database, own->at(2), lastClosed, random))
        return fail(u"meters"_s);
    const std::optional<QList<qint64>> scale = writeScale(scaleAccounts, lastClosed, random);
    if (!scale)
        return fail(u"scale"_s);
    if (!writeNotices())
        return fail(u"organizations and news"_s);

    const std::optional<qint64> stamp = ChangeSequence::next(database);
    if (!stamp || !OperatorPeriodRepository(database).setLastClosed(lastClosed, *stamp))
        return fail(u"closed period"_s);
    AccountLinkRepository links(database);
    for (const qint64 accountId : *own + *scale) {
        if (links.link(*userId, accountId, *stamp) != AccountLinkRepository::LinkResult::Linked)
            return fail(u"links"_s);
    }
    if (!transaction.commit())
        return fail(u"commit"_s);
    qCInfo(lcPortal).noquote() << "wrote the demo data:" << own->size() + scale->size()
                               << "accounts of user" << DemoFacts::login() << "in"
                               << timer.elapsed() << "ms";
    return true;
}

std::optional<QList<qint64>> DemoData::writeTown(Period lastClosed, QRandomGenerator& random)
{
    const Period first = lastClosed.addMonths(-(DemoFacts::historyMonths - 1));
    DemoHouseWriter writer(m_context.database(), lastClosed);
    std::optional<qint64> figureSix;
    std::optional<qint64> overpayment;
    std::optional<qint64> recalculated;
    for (const DemoHouse& house : DemoTown::houses()) {
        QList<DemoHouseWriter::Flat> flats;
        for (int flat = 1; flat <= house.flats; ++flat)
            flats.append(DemoHouseWriter::ordinaryFlat(flat, first, lastClosed, random));

        // The accounts the demo promises, by number.
        for (int flat = 1; flat <= house.flats; ++flat) {
            const QString number = house.accountNumber(flat);
            DemoAccountPlan& plan = flats[flat - 1].plan;
            if (number == DemoFacts::figureSixNumber()) {
                flats[flat - 1].ownerName = DemoFacts::figureSixOwner();
                flats[flat - 1].ownershipType = DemoFacts::figureSixOwnership();
                plan.areaCentiM2 = DemoFacts::figureSixAreaCentiM2;
                plan.habit = DemoAccountPlan::Habit::Monthly;
                plan.closingBalance = Money::fromKopecks(DemoFacts::figureSixBalanceKopecks);
                plan.lastPaymentDay = 25;
            } else if (number == DemoFacts::overpaymentNumber()) {
                flats[flat - 1].ownerName = DemoFacts::figureSixOwner();
                flats[flat - 1].ownershipType = u"Частная"_s;
                plan.areaCentiM2 = 4480;
                plan.habit = DemoAccountPlan::Habit::Monthly;
                plan.closingBalance = Money::fromKopecks(DemoFacts::overpaymentBalanceKopecks);
                plan.lastPaymentDay = 14;
            } else if (number == DemoFacts::recalculationNumber()) {
                flats[flat - 1].ownerName = u"Лебедка Григорий Иванович"_s;
                flats[flat - 1].ownershipType = u"Долевая"_s;
                plan.areaCentiM2 = 5240;
                plan.habit = DemoAccountPlan::Habit::Irregular;
                plan.areaError = DemoAccountPlan::AreaError {lastClosed.addMonths(-40),
                                                             lastClosed.addMonths(-35), 5420,
                                                             lastClosed.addMonths(-34)};
                plan.corrections = {
                    {lastClosed.addMonths(-20), lastClosed.addMonths(-22),
                     Money::fromKopecks(-312000),
                     u"Корректировка начислений за период до "
                     "регистрации права собственности"_s},
                    {lastClosed.addMonths(-3), lastClosed.addMonths(-3), Money::fromKopecks(41250),
                     u"Доначисление по результатам проверки"_s},
                };
            } else if (number == DemoFacts::linkableNumber()) {
                plan.habit = DemoAccountPlan::Habit::Monthly;
                plan.lastPaymentDay = DemoFacts::linkableDay;
                plan.lastPaymentAmount = Money::fromKopecks(DemoFacts::linkableKopecks);
            }
        }

        const std::optional<QList<qint64>> ids = writer.write(house, flats, random);
        if (!ids)
            return std::nullopt;
        for (int flat = 1; flat <= house.flats; ++flat) {
            const QString number = house.accountNumber(flat);
            const qint64 id = ids->at(flat - 1);
            if (number == DemoFacts::figureSixNumber())
                figureSix = id;
            else if (number == DemoFacts::overpaymentNumber())
                overpayment = id;
            else if (number == DemoFacts::recalculationNumber())
                recalculated = id;
        }
    }
    if (!figureSix || !overpayment || !recalculated)
        return std::nullopt;
    return QList<qint64> {*figureSix, *overpayment, *recalculated};
}

std::optional<QList<qint64>> DemoData::writeScale(int accounts, Period lastClosed,
                                                  QRandomGenerator& random)
{
    const Period first = lastClosed.addMonths(-(DemoFacts::scaleHistoryMonths - 1));
    DemoHouseWriter writer(m_context.database(), lastClosed);
    QList<qint64> ids;
    ids.reserve(accounts);
    for (int index = 0; ids.size() < accounts; ++index) {
        DemoHouse house = DemoTown::scaleHouse(index);
        house.flats = std::min<int>(DemoTown::flatsPerScaleHouse, accounts - int(ids.size()));
        QList<DemoHouseWriter::Flat> flats;
        for (int flat = 1; flat <= house.flats; ++flat)
            flats.append(DemoHouseWriter::ordinaryFlat(flat, first, lastClosed, random));
        const std::optional<QList<qint64>> written = writer.write(house, flats, random);
        if (!written)
            return std::nullopt;
        ids += *written;
    }
    return ids;
}

bool DemoData::writeNotices()
{
    PortalDatabase& database = m_context.database();
    const std::optional<qint64> stamp = ChangeSequence::next(database);
    if (!stamp)
        return false;
    OrganizationRepository organizations(database);
    const QList<Organization> all = DemoNotices::organizations();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const std::optional<qint64> id = organizations.insert(all.at(i), *stamp);
        if (!id)
            return false;
        if (i == DemoNotices::payeeIndex && !AccountRepository(database).setPayeeOfAll(*id, *stamp))
            return false;
    }
    NewsRepository news(database);
    for (const NewsItem& item : DemoNotices::news(m_context.clock().now())) {
        if (!news.insert(item, *stamp))
            return false;
    }
    return true;
}
