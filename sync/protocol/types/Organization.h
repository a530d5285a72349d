#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// An organization listed in the «Организации» section: the regional operator, the managing
// company, payment agents and so on.
struct Organization
{
    qint64 id = 0; // server id
    QString name;
    QString role; // as the operator words it, e.g. «Региональный оператор»
    QString address;
    QStringList phones;
    QString email;
    QString openingHours; // free text, e.g. «пн–чт 9:00–18:00, пт 9:00–16:45»
    QUrl website;

    friend bool operator==(const Organization&, const Organization&) = default;
};
