#include "auth/CaptchaStore.h"

#include "auth/AuthLog.h"
#include "auth/CaptchaGenerator.h"
#include "auth/SecretToken.h"
#include "auth/SecureRandom.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "storage/PortalDatabase.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype idBytes = 16;
constexpr qsizetype maxIdLength = 64;
} // namespace

CaptchaStore::CaptchaStore(PortalContext& context)
    : m_context(context)
{ }

bool CaptchaStore::ensureSchema(PortalDatabase& database)
{
    return database.ensureSchema(
        u"captchas"_s,
        {
            {u"CREATE TABLE captchas (id TEXT PRIMARY KEY NOT NULL, "
             "answer_hash BLOB NOT NULL, created_at INTEGER NOT NULL, "
             "expires_at INTEGER NOT NULL)"_s,
             u"CREATE INDEX captchas_expires_at ON captchas (expires_at)"_s},
        });
}

std::optional<QString> CaptchaStore::create(const QString& answer)
{
    const qint64 now = m_context.clock().nowSecsSinceEpoch();
    removeStale(now);
    const QString id = SecureRandom::urlSafeText(idBytes);
    QSqlQuery insert(m_context.database().database());
    insert.prepare(u"INSERT INTO captchas (id, answer_hash, created_at, expires_at) "
                   "VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(id);
    insert.addBindValue(answerHash(id, answer));
    insert.addBindValue(now);
    insert.addBindValue(now + lifetimeSeconds);
    if (!insert.exec()) {
        qCWarning(lcAuth).noquote() << "cannot store a captcha:" << insert.lastError().text();
        return std::nullopt;
    }
    return id;
}

bool CaptchaStore::consume(const QString& id, const QString& answer)
{
    if (id.isEmpty() || id.size() > maxIdLength)
        return false;
    QSqlQuery select(m_context.database().database());
    select.prepare(u"SELECT answer_hash, expires_at FROM captchas WHERE id = ?"_s);
    select.addBindValue(id);
    if (!select.exec() || !select.next())
        return false;
    const QByteArray stored = select.value(0).toByteArray();
    const qint64 expiresAt = select.value(1).toLongLong();
    select.finish();

    QSqlQuery remove(m_context.database().database());
    remove.prepare(u"DELETE FROM captchas WHERE id = ?"_s);
    remove.addBindValue(id);
    // Not used up means it could be tried again: refuse rather than risk that.
    if (!remove.exec() || remove.numRowsAffected() != 1)
        return false;
    const bool right = SecretToken::constantTimeEquals(answerHash(id, answer), stored);
    return right && m_context.clock().nowSecsSinceEpoch() < expiresAt;
}

QByteArray CaptchaStore::answerHash(const QString& id, const QString& answer)
{
    return QCryptographicHash::hash(
        (id + u'\n' + CaptchaGenerator::normalizedAnswer(answer)).toUtf8(),
        QCryptographicHash::Sha256);
}

void CaptchaStore::removeStale(qint64 now)
{
    QSqlQuery query(m_context.database().database());
    query.prepare(u"DELETE FROM captchas WHERE expires_at <= ?"_s);
    query.addBindValue(now);
    query.exec();
    query.prepare(u"DELETE FROM captchas WHERE id IN (SELECT id FROM captchas "
                  "ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?)"_s);
    query.addBindValue(maxOpenChallenges - 1);
    query.exec();
}
