// What ApiClient puts on the wire for each endpoint, as a scripted server receives it: method,
// path, query, body, the bearer token only on 🔒 endpoints, and the Idempotency-Key of the
// creating POSTs (the one given, else a new UUID each time).

#include "FakePortal.h"
#include "ReplyWaiter.h"
#include "api/ApiClient.h"
#include "net/ApiTransport.h"
#include "session/AuthorizedApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Expected
{
    QString name;
    std::function<ApiReplyBase*(ApiClient&)> call;
    QByteArray method;
    QString target; // path and query as sent, under /api/v1
    QJsonObject body; // empty: no body expected
    bool authorized = true;
};

QString targetOf(const FakeRequest& request)
{
    const QString query = request.query.toString(QUrl::FullyDecoded);
    return request.path.mid(int(qstrlen("/api/v1"))) + (query.isEmpty() ? QString() : u'?' + query);
}

} // namespace

class tst_ApiClientRequests : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyEndpoint();
    void idempotencyKeys();
    void syncCursorGoesBackUnchanged();

private:
    const FakeRequest* send(const std::function<ApiReplyBase*(ApiClient&)>& call);

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<AuthorizedApi> m_api;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ApiClientRequests::init()
{
    m_portal = std::make_unique<FakePortal>();
    QVERIFY(m_portal->listen());
    m_portal->setHandler([](const FakeRequest&) { return FakePortal::noContent(); });
    m_transport = std::make_unique<ApiTransport>(m_portal->baseUrl(), m_portal->trust());
    m_transport->setTimeout(5s);
    m_api = std::make_unique<AuthorizedApi>(*m_transport);
    m_api->startSession({u"the-access-token"_s, 900, u"the-refresh-token"_s, 2592000});
    m_client = std::make_unique<ApiClient>(*m_api);
}

void tst_ApiClientRequests::cleanup()
{
    m_client.reset();
    m_api.reset();
    m_transport.reset();
    m_portal.reset();
}

const FakeRequest* tst_ApiClientRequests::send(const std::function<ApiReplyBase*(ApiClient&)>& call)
{
    const qsizetype before = m_portal->requests().size();
    bool finished = false;
    connect(call(*m_client), &ApiReplyBase::finished, this, [&finished] { finished = true; });
    if (!QTest::qWaitFor([&finished] { return finished; }, 5000)
        || m_portal->requests().size() != before + 1)
        return nullptr;
    return &m_portal->requests().constLast();
}

void tst_ApiClientRequests::everyEndpoint()
{
    using Level = AddressQuery::Level;
    const PeriodRange year = PeriodRange::between(Period(2014, 1), Period(2014, 12));
    const QList<Expected> expectations {
        {u"captcha"_s,
         [](ApiClient& c) { return c.createCaptcha(); },
         "POST",
         u"/captchas"_s,
         {},
         false},
        {u"registration"_s,
         [](ApiClient& c) {
             return c.registerUser({u"Ivanov"_s, u"i@example.ru"_s, u"secret!1"_s, u"secret!1"_s,
                                    u"c1"_s, u"D398S"_s, true});
         },
         "POST", u"/registrations"_s,
         QJsonObject {{u"login"_s, u"Ivanov"_s},
                      {u"email"_s, u"i@example.ru"_s},
                      {u"password"_s, u"secret!1"_s},
                      {u"passwordConfirmation"_s, u"secret!1"_s},
                      {u"captchaId"_s, u"c1"_s},
                      {u"captchaAnswer"_s, u"D398S"_s},
                      {u"agreementAccepted"_s, true}},
         false},
        {u"activation by e-mail"_s,
         [](ApiClient& c) {
             return c.resendActivation(ApiClient::UserKey::Email, u"i@example.ru"_s);
         },
         "POST", u"/activations"_s, QJsonObject {{u"email"_s, u"i@example.ru"_s}}, false},
        {u"login"_s,
         [](ApiClient& c) {
             return c.logIn({u"Ivanov"_s, u"pw"_s, {}, {}});
         },
         "POST", u"/sessions"_s, QJsonObject {{u"login"_s, u"Ivanov"_s}, {u"password"_s, u"pw"_s}},
         false},
        {u"refresh"_s, [](ApiClient& c) { return c.refreshSession(u"r1"_s); }, "POST",
         u"/sessions/refresh"_s, QJsonObject {{u"refreshToken"_s, u"r1"_s}}, false},
        {u"password reset by login"_s,
         [](ApiClient& c) {
             return c.requestPasswordReset(ApiClient::UserKey::Login, u"Ivanov"_s);
         },
         "POST", u"/password-resets"_s, QJsonObject {{u"login"_s, u"Ivanov"_s}}, false},
        {u"logout"_s,
         [](ApiClient& c) { return c.logOut(); },
         "DELETE",
         u"/sessions/current"_s,
         {}},
        {u"password change"_s,
         [](ApiClient& c) {
             return c.changePassword({u"old"_s, u"new!1"_s, u"new!1"_s});
         },
         "PUT", u"/profile/password"_s,
         QJsonObject {{u"currentPassword"_s, u"old"_s},
                      {u"password"_s, u"new!1"_s},
                      {u"passwordConfirmation"_s, u"new!1"_s}}},
        {u"profile"_s, [](ApiClient& c) { return c.profile(); }, "GET", u"/profile"_s, {}},
        {u"profile update"_s,
         [](ApiClient& c) {
             return c.updateProfile({std::nullopt, true});
         },
         "PATCH", u"/profile"_s, QJsonObject {{u"receiptSubscription"_s, true}}},
        {u"profile deletion"_s, [](ApiClient& c) { return c.deleteProfile(u"pw"_s); }, "DELETE",
         u"/profile"_s, QJsonObject {{u"password"_s, u"pw"_s}}},
        {u"districts"_s,
         [](ApiClient& c) { return c.addresses(AddressQuery::districts(u"Мир"_s)); },
         "GET",
         u"/addresses/districts?prefix=Мир"_s,
         {}},
        {u"streets"_s,
         [](ApiClient& c) {
             return c.addresses(AddressQuery::within(Level::Street, 7, u"ул"_s).limitedTo(20));
         },
         "GET",
         u"/addresses/streets?settlement=7&prefix=ул&limit=20"_s,
         {}},
        {u"flats"_s,
         [](ApiClient& c) { return c.addresses(AddressQuery::within(Level::Flat, 4)); },
         "GET",
         u"/addresses/flats?house=4"_s,
         {}},
        {u"link"_s,
         [](ApiClient& c) {
             return c.linkAccount({112, u"016616"_s, QDate(2014, 9, 25), Money::fromKopecks(22025),
                                   u"c1"_s, u"D398S"_s},
                                  u"key-link"_s);
         },
         "POST", u"/accounts"_s,
         QJsonObject {{u"flatId"_s, 112},
                      {u"number"_s, u"016616"_s},
                      {u"lastPaymentDate"_s, u"2014-09-25"_s},
                      {u"lastPaymentKopecks"_s, 22025},
                      {u"captchaId"_s, u"c1"_s},
                      {u"captchaAnswer"_s, u"D398S"_s}}},
        {u"accounts"_s, [](ApiClient& c) { return c.accounts(); }, "GET", u"/accounts"_s, {}},
        {u"account"_s, [](ApiClient& c) { return c.account(3); }, "GET", u"/accounts/3"_s, {}},
        {u"unlink"_s,
         [](ApiClient& c) { return c.unlinkAccount(3); },
         "DELETE",
         u"/accounts/3"_s,
         {}},
        {u"charges"_s,
         [year](ApiClient& c) { return c.charges(3, year); },
         "GET",
         u"/accounts/3/charges?from=2014-01&to=2014-12"_s,
         {}},
        {u"charges, default range"_s,
         [](ApiClient& c) { return c.charges(3); },
         "GET",
         u"/accounts/3/charges"_s,
         {}},
        {u"payments up to"_s,
         [](ApiClient& c) {
             return c.payments(3, {Period(), Period(2014, 12)});
         },
         "GET",
         u"/accounts/3/payments?to=2014-12"_s,
         {}},
        {u"movement"_s,
         [year](ApiClient& c) { return c.movement(3, year); },
         "GET",
         u"/accounts/3/movement?from=2014-01&to=2014-12"_s,
         {}},
        {u"building"_s, [](ApiClient& c) { return c.building(2); }, "GET", u"/buildings/2"_s, {}},
        {u"meters"_s, [](ApiClient& c) { return c.meters(3); }, "GET", u"/accounts/3/meters"_s, {}},
        {u"meter reading"_s,
         [](ApiClient& c) {
             return c.submitMeterReading(5, {QDate(2014, 9, 25), 12345}, u"key-reading"_s);
         },
         "POST", u"/meters/5/readings"_s,
         QJsonObject {{u"date"_s, u"2014-09-25"_s}, {u"valueThousandths"_s, 12345}}},
        {u"organizations"_s,
         [](ApiClient& c) { return c.organizations(); },
         "GET",
         u"/organizations"_s,
         {}},
        {u"news"_s, [](ApiClient& c) { return c.news(); }, "GET", u"/news"_s, {}},
        {u"appeal"_s,
         [](ApiClient& c) {
             return c.createAppeal({3, u"Тема"_s, u"Текст"_s}, u"key-appeal"_s);
         },
         "POST", u"/appeals"_s,
         QJsonObject {{u"accountId"_s, 3}, {u"topic"_s, u"Тема"_s}, {u"text"_s, u"Текст"_s}}},
        {u"appeals"_s, [](ApiClient& c) { return c.appeals(); }, "GET", u"/appeals"_s, {}},
        {u"typo"_s,
         [](ApiClient& c) {
             return c.reportTypo({u"опечатка"_s, {}, u"news"_s, {}}, u"key-typo"_s);
         },
         "POST", u"/typo-reports"_s,
         QJsonObject {{u"selection"_s, u"опечатка"_s}, {u"screen"_s, u"news"_s}}},
        {u"sync from scratch"_s, [](ApiClient& c) { return c.sync(); }, "GET", u"/sync"_s, {}},
    };

    for (const Expected& expected : expectations) {
        const FakeRequest* request = send(expected.call);
        QVERIFY2(request, qPrintable(expected.name));
        QCOMPARE(request->method, expected.method);
        QCOMPARE(targetOf(*request), expected.target);
        if (expected.body.isEmpty()) {
            // Bodies only where the API has one (an empty object for the captcha).
            QVERIFY2(request->body.isEmpty() || request->json().isEmpty(),
                     qPrintable(expected.name));
        } else {
            QVERIFY2(request->header("Content-Type").startsWith("application/json"),
                     qPrintable(expected.name));
            QCOMPARE(QJsonDocument(request->json()).toJson(QJsonDocument::Compact),
                     QJsonDocument(expected.body).toJson(QJsonDocument::Compact));
        }
        QCOMPARE(request->bearer(), expected.authorized ? u"the-access-token"_s : QString());
        if (!expected.authorized)
            QVERIFY2(request->header("Authorization").isEmpty(), qPrintable(expected.name));
        // The creating POSTs carry the key each was given; nothing else carries one.
        const QHash<QString, QByteArray> keys {{u"link"_s, "key-link"},
                                               {u"meter reading"_s, "key-reading"},
                                               {u"appeal"_s, "key-appeal"},
                                               {u"typo"_s, "key-typo"}};
        QCOMPARE(request->header("Idempotency-Key"), keys.value(expected.name));
    }
}

void tst_ApiClientRequests::idempotencyKeys()
{
    const QString key = ApiClient::newIdempotencyKey();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(key)
                .hasMatch());
    QVERIFY(ApiClient::newIdempotencyKey() != key);

    // Without a key each creating call gets a new one; with one, exactly that.
    const auto appeal = [](const QString& given) {
        return [given](ApiClient& c) {
            return c.createAppeal({{}, u"t"_s, u"x"_s}, given);
        };
    };
    const FakeRequest* first = send(appeal({}));
    QVERIFY(first);
    const QByteArray firstKey = first->header("Idempotency-Key");
    const FakeRequest* second = send(appeal({}));
    QVERIFY(second);
    const QByteArray secondKey = second->header("Idempotency-Key");
    QVERIFY(!QUuid::fromString(QLatin1StringView(firstKey)).isNull());
    QVERIFY(!QUuid::fromString(QLatin1StringView(secondKey)).isNull());
    QVERIFY(firstKey != secondKey);
    const FakeRequest* stored = send(appeal(u"outbox-7_A"_s));
    QVERIFY(stored);
    QCOMPARE(stored->header("Idempotency-Key"), QByteArray("outbox-7_A"));
}

void tst_ApiClientRequests::syncCursorGoesBackUnchanged()
{
    // Opaque: dots, and whatever else a server may put in it, travel as they are.
    const QString cursor = u"1.1843.202409+a/b=c&d"_s;
    const FakeRequest* request = send([cursor](ApiClient& c) { return c.sync(cursor); });
    QVERIFY(request);
    QCOMPARE(request->query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded), cursor);
}

QTEST_GUILESS_MAIN(tst_ApiClientRequests)
#include "tst_apiclientrequests.moc"
