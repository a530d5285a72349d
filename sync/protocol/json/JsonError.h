#pragma once

#include <QString>
#include <QStringView>

// Why a JSON body could not be decoded, and where. The codecs stop at the first bad value, so
// there is exactly one error; callers branch on reason (a server answers `400 malformed` with
// `field`), people read message.
struct JsonError
{
    enum class Reason
    {
        None,
        NotJson, // the text is not JSON at all
        NotAnObject, // valid JSON, but not an object
        Missing, // a required field is absent
        WrongType, // a field has the wrong JSON type (null included, where null is not allowed)
        NotAnInteger, // a number with a fraction where an integer is expected: 1.5
        OutOfRange, // an integer the field cannot hold; any number beyond ±(2^53 − 1): 1e20
        BadPeriod, // not a year-month "YYYY-MM" of 1900-01 .. 9999-12
        BadDate, // not "YYYY-MM-DD", or no such day
        BadInstant, // not "YYYY-MM-DDTHH:MM:SSZ" (optionally with .f to .fff seconds), or no such
                    // time
        UnknownKey, // a word of an enumeration this version does not know
        BadUrl,
        Inconsistent, // values that contradict each other, e.g. a movement that does not add up
    };

    Reason reason = Reason::None;
    // The path of the offending value: "balanceKopecks", "works[2].status", "utilities[0]"; empty
    // when the body as a whole is at fault (NotJson, NotAnObject).
    QString field;
    QString message; // for people, naming the field; may change between versions

    static JsonError make(Reason reason, const QString& field);

    bool isError() const { return reason != Reason::None; }

    // The same error seen from the enclosing object, which holds the failed value under prefix:
    // nestedIn(u"works[2]") turns "status" into "works[2].status".
    JsonError nestedIn(QStringView prefix) const;

    // A translated sentence explaining reason for the value at field.
    static QString reasonText(Reason reason, const QString& field);

    friend bool operator==(const JsonError&, const JsonError&) = default;
};
