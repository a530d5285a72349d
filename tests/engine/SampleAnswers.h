#pragma once

#include "protocol/json/SyncAnswerBody.h"

#include <QJsonObject>

// Small, valid protocol objects for the engine's tests that script the server's answers.
namespace SampleAnswers {

SyncAnswerBody page(const QString& cursor, bool more = false);
QJsonObject json(const SyncAnswerBody& answer);

UserProfile profile(const QString& email = QStringLiteral("demo@example.ru"));
Account account(qint64 id, std::optional<qint64> buildingId = std::nullopt,
                qint64 balanceKopecks = 0);
ChargeLine line(qint64 accountId, Period period, qint64 totalKopecks);
Recalculation recalculation(qint64 id, qint64 accountId, Period appliedIn, qint64 amountKopecks);
Payment payment(qint64 id, qint64 accountId, QDate date, qint64 amountKopecks);
AccountCharges charges(qint64 accountId, Period lastClosed, const QList<ChargeLine>& lines,
                       const QList<Recalculation>& recalculations = {});
MeterDetails meter(qint64 id, qint64 accountId, const QList<MeterReading>& readings);
MeterReading reading(qint64 meterId, QDate date, qint64 valueThousandths,
                     MeterReading::State state = MeterReading::State::Accepted);
BuildingDetails building(qint64 id);
Organization organization(qint64 id);
NewsItem news(qint64 id);
Appeal appeal(qint64 serverId, std::optional<qint64> accountId);

// One account with a card, a year of charges up to lastClosed, and a payment a month.
SyncAnswerBody accountWithHistory(const QString& cursor, qint64 accountId, Period lastClosed,
                                  bool more = false);

} // namespace SampleAnswers
