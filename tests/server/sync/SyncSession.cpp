#include "SyncSession.h"

#include "PortalProcess.h"

#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

SyncSession::SyncSession(PortalProcess& portal, const QString& token)
    : m_portal(portal)
    , m_token(token)
{ }

std::optional<SyncPageData> SyncSession::fetch(const QString& cursor, QString* error,
                                               QByteArray* body)
{
    const QString path = cursor.isEmpty()
        ? u"/api/v1/sync"_s
        : u"/api/v1/sync?cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    const PortalReply reply = m_portal.get(path, PortalClient::bearer(m_token));
    if (body)
        *body = reply.body;
    if (reply.status != 200 || !reply.isJson) {
        if (error)
            *error = u"sync answered %1: %2"_s.arg(reply.status)
                         .arg(QString::fromUtf8(reply.body.left(300)));
        return std::nullopt;
    }
    return SyncPageData::decode(reply.json, error);
}

std::optional<QList<SyncPageData>> SyncSession::run(const QString& cursor, SyncReplica& replica,
                                                    QString* error, int maxPages)
{
    QList<SyncPageData> pages;
    QSet<QString> seen;
    QString next = cursor;
    while (pages.size() < maxPages) {
        const std::optional<SyncPageData> page = fetch(next, error);
        if (!page)
            return std::nullopt;
        for (const QString& key : page->itemKeys()) {
            if (seen.contains(key)) {
                if (error)
                    *error = u"sent twice in one run: "_s + key;
                return std::nullopt;
            }
            seen.insert(key);
        }
        replica.apply(*page);
        pages.append(*page);
        if (!page->more)
            break;
        next = page->cursor;
    }
    return pages;
}
