#pragma once

#include "PortalProcess.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Steps the HTTP tests of the accounts area share, against a PortalProcess started with --demo
// and a known captcha answer at a fixed "now": log in (the demo user or a newly registered one),
// walk the address directory, build link requests.
class DemoPortalFlows
{
public:
    explicit DemoPortalFlows(PortalProcess& portal);

    // 2024-10-15T10:00:00Z: the last closed period is 2024-09.
    static QDateTime demoNow();
    // Sets the clock and starts the server with --demo (and any extra arguments).
    bool start(const QStringList& extraArguments = {});

    // A fresh access token of an existing user; empty on failure.
    QString logIn(const QString& login, const QString& password);
    QString logInDemo();
    // Registers and activates login, then logs in; empty on failure.
    QString newUser(const QString& login);

    PortalReply get(const QString& path, const QString& token);

    // The id of the entry named name under the parent at level (e.g. "streets", "settlement",
    // 31, "ул. Мира"); std::nullopt when not found.
    std::optional<qint64> entry(const QString& token, const QString& level,
                                const QString& parentParameter, qint64 parentId,
                                const QString& name);
    // The flat's id, through all five lookups.
    std::optional<qint64> flatId(const QString& token, const QString& district,
                                 const QString& settlement, const QString& street,
                                 const QString& house, const QString& flat);

    // A new captcha's id.
    QString captcha();
    QString captchaAnswer() const;
    // A link request with a new captcha and its right answer.
    QJsonObject linkRequest(qint64 flatId, const QString& number, QDate date, qint64 kopecks);

    // The sum of json[key] over the items of an array.
    static qint64 sum(const QJsonArray& items, const QString& key);

private:
    PortalProcess& m_portal;
};
