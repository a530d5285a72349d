#include "accounts/AddressDirectoryEndpoints.h"

#include "accounts/AddressDirectory.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "http/RequestParameters.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/JsonValues.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

AddressDirectoryEndpoints::AddressDirectoryEndpoints(PortalContext& context)
    : m_context(context)
    , m_authenticator(context)
{ }

void AddressDirectoryEndpoints::registerRoutes(PortalRouter& router)
{
    const QString base = ApiVersion::pathPrefix() + u"/addresses/"_s;
    const std::pair<AddressLevel, QString> levels[] = {
        {AddressLevel::District, u"districts"_s}, {AddressLevel::Settlement, u"settlements"_s},
        {AddressLevel::Street, u"streets"_s},     {AddressLevel::House, u"houses"_s},
        {AddressLevel::Flat, u"flats"_s},
    };
    for (const auto& [level, path] : levels) {
        router.route(
            QHttpServerRequest::Method::Get, base + path,
            [this, level](const QHttpServerRequest& request) { return lookup(level, request); });
    }
}

QString AddressDirectoryEndpoints::parentParameter(AddressLevel level)
{
    switch (level) {
    case AddressLevel::District:
        return {};
    case AddressLevel::Settlement:
        return u"district"_s;
    case AddressLevel::Street:
        return u"settlement"_s;
    case AddressLevel::House:
        return u"street"_s;
    case AddressLevel::Flat:
        return u"house"_s;
    }
    return {};
}

QHttpServerResponse AddressDirectoryEndpoints::lookup(AddressLevel level,
                                                      const QHttpServerRequest& request)
{
    if (!m_authenticator.userId(request))
        return JsonResponse::error(ApiErrorCode::Unauthorized);

    AddressDirectory directory(m_context.database());
    qint64 parentId = 0;
    const QString parentName = parentParameter(level);
    if (!parentName.isEmpty()) {
        const std::optional<QString> text = RequestParameters::query(request, parentName);
        const std::optional<qint64> id = text ? RequestParameters::id(*text) : std::nullopt;
        if (!id)
            return JsonResponse::error(ApiErrorCode::Invalid, parentName,
                                       tr("Give the id of the parent entry."));
        const AddressLevel parentLevel = static_cast<AddressLevel>(static_cast<int>(level) - 1);
        const std::optional<bool> exists = directory.exists(parentLevel, *id);
        if (!exists)
            return JsonResponse::error(ApiErrorCode::Internal);
        if (!*exists)
            return JsonResponse::error(ApiErrorCode::NotFound, parentName);
        parentId = *id;
    }

    const QString prefix = RequestParameters::query(request, u"prefix"_s).value_or(QString());
    if (prefix.size() > maxPrefixLength)
        return JsonResponse::error(
            ApiErrorCode::Invalid, u"prefix"_s,
            tr("The prefix must be at most %1 characters long.").arg(maxPrefixLength));
    int limit = AddressDirectory::defaultLimit;
    if (const std::optional<QString> limitText = RequestParameters::query(request, u"limit"_s)) {
        const std::optional<qint64> value = RequestParameters::id(*limitText);
        if (!value || *value > AddressDirectory::maxLimit)
            return JsonResponse::error(
                ApiErrorCode::Invalid, u"limit"_s,
                tr("The limit must be a number from 1 to %1.").arg(AddressDirectory::maxLimit));
        limit = int(*value);
    }

    const std::optional<QList<AddressEntry>> entries =
        directory.find(level, parentId, prefix, limit);
    if (!entries)
        return JsonResponse::error(ApiErrorCode::Internal);
    QJsonArray items;
    for (const AddressEntry& entry : *entries)
        items.append(
            QJsonObject {{u"id"_s, JsonValues::integer(entry.id)}, {u"name"_s, entry.name}});
    return JsonResponse::object({{u"items"_s, items}});
}
