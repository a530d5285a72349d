#pragma once

#include <QCoreApplication>
#include <QDate>

class JsonFieldReader;

// The body of POST /api/v1/meters/{id}/readings, read: {"date": "2014-09-25",
// "valueThousandths": 12345}. Only the form is checked here (a date that is not "YYYY-MM-DD" is
// 422 invalid naming "date"); MeterReadingRules checks it against the meter.
class NewMeterReading
{
    Q_DECLARE_TR_FUNCTIONS(NewMeterReading)

public:
    QDate date;
    qint64 valueThousandths = 0;

    // On a problem, fields holds the error and the result is to be ignored.
    static NewMeterReading read(JsonFieldReader& fields);
};
