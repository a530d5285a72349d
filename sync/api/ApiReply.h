#pragma once

#include "api/ApiReplyBase.h"

#include <QJsonObject>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

// The answer to one ApiClient call, typed: value() once finished() came and isOk(), otherwise
// error(). T is std::monostate for answers without a body (202, 204).
//
//     ApiReply<Account>* reply = client.account(3);
//     reply->onFinished(this, [this](const ApiReply<Account>& reply) {
//         if (reply.isOk())
//             show(reply.value());
//         else
//             complain(reply.error());
//     });
//
// The reply belongs to the ApiClient and deletes itself after finished(); read it in the handler.
template<typename T>
class ApiReply final : public ApiReplyBase
{
public:
    // Turns a successful answer's body into T, or says why not (the codecs' signature).
    using Decoder = std::function<std::optional<T>(const QJsonObject&, JsonError*)>;

    ApiReply(SessionCall* call, Decoder decoder, QObject* parent)
        : ApiReplyBase(call, parent)
        , m_decoder(std::move(decoder))
    { }

    // The decoded answer; only when isOk().
    const T& value() const
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }

    // Calls handler(const ApiReply<T>&) on finished(), as long as context lives.
    template<typename Handler>
    QMetaObject::Connection onFinished(const QObject* context, Handler handler)
    {
        return QObject::connect(this, &ApiReplyBase::finished, context,
                                [this, handler = std::move(handler)] { handler(*this); });
    }

private:
    std::optional<JsonError> decode(const QJsonObject& body) override
    {
        JsonError error;
        m_value = m_decoder(body, &error);
        if (m_value)
            return std::nullopt;
        return error;
    }

    Decoder m_decoder;
    std::optional<T> m_value;
};
