#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class PortalContext;
class PortalDatabase;

// The open captcha challenges, in the table captchas: a random id, the SHA-256 of the id and the
// normalized answer (never the answer itself) and the expiry. A challenge is taken out of the
// table by its first check, right or wrong, so an answer can never be tried twice.
class CaptchaStore
{
public:
    static constexpr qint64 lifetimeSeconds = 300;
    // Open challenges kept at most; beyond it the oldest go, so that a flood of POST /captchas
    // cannot fill the disk.
    static constexpr qint64 maxOpenChallenges = 20000;

    explicit CaptchaStore(PortalContext& context);

    static bool ensureSchema(PortalDatabase& database);

    // A new challenge with this answer; its id, or nullopt on a database error.
    std::optional<QString> create(const QString& answer);
    // Whether answer is right for the open, unexpired challenge id; the challenge is used up.
    bool consume(const QString& id, const QString& answer);

    static QByteArray answerHash(const QString& id, const QString& answer);

private:
    void removeStale(qint64 now);

    PortalContext& m_context;
};
