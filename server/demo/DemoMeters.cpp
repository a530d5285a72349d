#include "demo/DemoMeters.h"

#include "meters/MeterRepository.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

bool DemoMeters::write(PortalDatabase& database, qint64 accountId, Period lastClosed,
                       QRandomGenerator& random)
{
    struct Kind
    {
        QString service;
        QString serialNumber;
        quint32 monthlyLitres; // a month's use is up to twice this
    };
    const Kind kinds[] = {
        {u"Холодное водоснабжение"_s, u"ВСХ-15-0416832"_s, 5000},
        {u"Горячее водоснабжение"_s, u"ВСГ-15-0416907"_s, 3000},
    };
    MeterRepository meters(database);
    for (const Kind& kind : kinds) {
        const std::optional<qint64> meterId =
            meters.addMeter(accountId, kind.service, kind.serialNumber);
        if (!meterId)
            return false;
        qint64 value = 100000 + qint64(random.bounded(400000U)); // thousandths of a m³
        for (Period p = lastClosed.addMonths(-(months - 1)); p <= lastClosed; p = p.next()) {
            value += kind.monthlyLitres / 2 + qint64(random.bounded(kind.monthlyLitres * 3 / 2));
            MeterReading reading;
            reading.meterId = *meterId;
            reading.date = QDate(p.year(), p.month(), 20);
            reading.valueThousandths = value;
            reading.state = MeterReading::State::Accepted;
            if (!meters.addReading(reading))
                return false;
        }
    }
    return true;
}
