#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/Appeal.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

// An appeal as the server knows it: {"id" (Appeal::serverId), "accountId" (null when none),
// "topic", "text", "status", "answer" (null until answered), "createdAt", "answeredAt" (null
// until answered)}. Only the server's statuses travel: "registered", "in_progress", "answered",
// "closed"; Draft and Queued exist only in the client and are UnknownKey on the wire. localId is
// not on the wire and decodes as 0.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class AppealJson
{
public:
    AppealJson() = delete;

    static QJsonObject toJson(const Appeal& appeal);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<Appeal> fromJson(const QJsonObject& object, JsonError* error = nullptr);

    // The server's statuses on the wire (the same words as Appeal::statusKey()); empty for Draft
    // and Queued, which never travel. toJson() of such an appeal is a programming error (it asserts
    // in debug builds and writes the cache's word, which a decoder rejects, in release builds).
    static QString statusKey(Appeal::Status status);
    static std::optional<Appeal::Status> statusFromKey(QStringView key);
};
