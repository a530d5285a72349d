#include "SampleAnswers.h"

#include "protocol/json/SyncAnswerJson.h"

using namespace Qt::Literals::StringLiterals;

namespace SampleAnswers {

SyncAnswerBody page(const QString& cursor, bool more)
{
    SyncAnswerBody answer;
    answer.cursor = cursor;
    answer.more = more;
    return answer;
}

QJsonObject json(const SyncAnswerBody& answer)
{
    return SyncAnswerJson::toJson(answer);
}

UserProfile profile(const QString& email)
{
    UserProfile profile;
    profile.login = u"demo"_s;
    profile.email = email;
    profile.receiptsByEmail = true;
    return profile;
}

Account account(qint64 id, std::optional<qint64> buildingId, qint64 balanceKopecks)
{
    Account account;
    account.id = id;
    account.number = QString::number(16600 + id);
    account.ownerName = u"Лебедка Валентина Григорьевна"_s;
    account.address = u"г.п. Мирный, ул. Мира, д. 4, кв. "_s + QString::number(id);
    account.areaCentiM2 = 3160;
    account.ownershipType = u"Частная"_s;
    account.balance = Money::fromKopecks(balanceKopecks);
    account.buildingId = buildingId;
    return account;
}

ChargeLine line(qint64 accountId, Period period, qint64 totalKopecks)
{
    ChargeLine line;
    line.accountId = accountId;
    line.period = period;
    line.service = u"Капитальный ремонт"_s;
    line.unit = u"кв.м."_s;
    line.quantityHundredths = 3160;
    line.tariff = Money::fromKopecks(520);
    line.baseCharge = Money::fromKopecks(totalKopecks);
    line.total = Money::fromKopecks(totalKopecks);
    return line;
}

Recalculation recalculation(qint64 id, qint64 accountId, Period appliedIn, qint64 amountKopecks)
{
    Recalculation recalculation;
    recalculation.id = id;
    recalculation.accountId = accountId;
    recalculation.appliedIn = appliedIn;
    recalculation.corrects = appliedIn.previous();
    recalculation.amount = Money::fromKopecks(amountKopecks);
    recalculation.reason = u"Уточнение площади"_s;
    return recalculation;
}

Payment payment(qint64 id, qint64 accountId, QDate date, qint64 amountKopecks)
{
    Payment payment;
    payment.id = id;
    payment.accountId = accountId;
    payment.date = date;
    payment.amount = Money::fromKopecks(amountKopecks);
    payment.source = u"Сбербанк"_s;
    return payment;
}

AccountCharges charges(qint64 accountId, Period lastClosed, const QList<ChargeLine>& lines,
                       const QList<Recalculation>& recalculations)
{
    AccountCharges charges;
    charges.accountId = accountId;
    charges.lastClosedPeriod = lastClosed;
    charges.lines = lines;
    charges.recalculations = recalculations;
    return charges;
}

MeterReading reading(qint64 meterId, QDate date, qint64 valueThousandths, MeterReading::State state)
{
    MeterReading reading;
    reading.meterId = meterId;
    reading.date = date;
    reading.valueThousandths = valueThousandths;
    reading.state = state;
    return reading;
}

MeterDetails meter(qint64 id, qint64 accountId, const QList<MeterReading>& readings)
{
    MeterDetails details;
    details.meter.id = id;
    details.meter.accountId = accountId;
    details.meter.service = u"Холодная вода"_s;
    details.meter.serialNumber = u"A-"_s + QString::number(id);
    details.readings = readings;
    for (const MeterReading& reading : readings) {
        if (!details.meter.lastReadingDate.isValid()
            || reading.date > details.meter.lastReadingDate) {
            details.meter.lastReadingDate = reading.date;
            details.meter.lastValueThousandths = reading.valueThousandths;
        }
    }
    return details;
}

BuildingDetails building(qint64 id)
{
    BuildingDetails details;
    details.building.id = id;
    details.building.address = u"г.п. Мирный, ул. Мира, д. "_s + QString::number(id);
    details.building.yearBuilt = 1968;
    details.building.floors = 5;
    details.building.utilities = {u"Центральное отопление"_s};
    details.building.fundAccount = Building::FundAccount::RegionalOperator;
    CapitalRepairWork work;
    work.id = id * 10;
    work.buildingId = id;
    work.name = u"Ремонт крыши"_s;
    work.plannedFrom = Period(2016, 1);
    work.plannedTo = Period(2016, 12);
    work.status = CapitalRepairWork::Status::Planned;
    details.works = {work};
    details.fund.buildingId = id;
    details.fund.asOf = QDate(2014, 9, 30);
    details.fund.charged = Money::fromKopecks(1000);
    details.fund.paid = Money::fromKopecks(800);
    details.fund.debt = Money::fromKopecks(200);
    return details;
}

Organization organization(qint64 id)
{
    Organization organization;
    organization.id = id;
    organization.name = u"Фонд капитального ремонта"_s;
    organization.role = u"Региональный оператор"_s;
    organization.phones = {u"+7 3822 00-00-0"_s + QString::number(id)};
    return organization;
}

NewsItem news(qint64 id)
{
    NewsItem item;
    item.id = id;
    item.published = QDateTime(QDate(2014, 9, 1), QTime(10, 0), Qt::UTC).addDays(id);
    item.title = u"Новость "_s + QString::number(id);
    item.body = u"Текст"_s;
    return item;
}

Appeal appeal(qint64 serverId, std::optional<qint64> accountId)
{
    Appeal appeal;
    appeal.serverId = serverId;
    appeal.accountId = accountId;
    appeal.topic = u"Вопрос"_s;
    appeal.text = u"Текст обращения"_s;
    appeal.status = Appeal::Status::Registered;
    appeal.createdAt = QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);
    return appeal;
}

SyncAnswerBody accountWithHistory(const QString& cursor, qint64 accountId, Period lastClosed,
                                  bool more)
{
    SyncAnswerBody answer = page(cursor, more);
    answer.accounts = {account(accountId, std::nullopt, 16432)};
    QList<ChargeLine> lines;
    QList<Payment> payments;
    for (int month = 11; month >= 0; --month) {
        const Period period = lastClosed.addMonths(-month);
        lines.append(line(accountId, period, 16432));
        payments.append(
            payment(accountId * 1000 + month, accountId, period.firstDay().addDays(24), 16432));
    }
    answer.charges = {charges(accountId, lastClosed, lines)};
    answer.payments = {{accountId, payments}};
    return answer;
}

} // namespace SampleAnswers
