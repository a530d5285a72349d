// ApiClient against the real kabinet-portal with its demo data: every call decodes what the
// server answers, and the server's refusals arrive as typed errors. The slots run in order: the
// ones that only read come first, the writes (appeal, reading, linking, profile) after them, the
// logout last.

#include "DemoServer.h"
#include "ReplyWaiter.h"
#include "api/ApiClient.h"
#include "net/ApiTransport.h"
#include "session/AuthorizedApi.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = ApiError::Kind;
using Code = ApiErrorBody::Code;

namespace {

const QString figureSixNumber = u"16616"_s;

qint64 sumOf(const QList<ChargeLine>& lines)
{
    qint64 sum = 0;
    for (const ChargeLine& line : lines)
        sum += line.baseCharge.kopecks();
    return sum;
}

} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void captcha();
    void wrongCaptchaOnRegistration();
    void takenLoginOnRegistration();
    void registrationActivationAndReset();
    void wrongPasswordIsInvalidCredentials();
    void refreshSessionRotatesTokens();

    void profile();
    void accountsAndTheFigureSixCard();
    void chargesAreClosedPeriodsOnly();
    void paymentsAreClosedPeriodsOnly();
    void movementAddsUp();
    void building();
    void organizationsAndNews();
    void meters();
    void syncFromScratchThenNothingNew();
    void unknownAccountIsNotFound();

    void appealIsCreatedOnceByItsKey();
    void meterReading();
    void typoReport();
    void profileUpdateAndPasswordRefusals();
    void linkAndUnlinkAnAccount();
    void logOutRevokesTheSession();

private:
    const Account& figureSix() const;
    CaptchaChallenge newCaptcha();
    std::optional<qint64> addressId(const AddressQuery& query, const QString& name);

    DemoServer m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<AuthorizedApi> m_api;
    std::unique_ptr<ApiClient> m_client;
    QList<Account> m_accounts;
};

void tst_ApiClient::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_transport = std::make_unique<ApiTransport>(m_server.baseUrl(), m_server.trust());
    m_transport->setTimeout(10s);
    m_api = std::make_unique<AuthorizedApi>(*m_transport);
    m_client = std::make_unique<ApiClient>(*m_api);

    const Waited<SessionTokens> login =
        waitFor(m_client->logIn({u"demo"_s, u"kapremont"_s, {}, {}}));
    QVERIFY2(login.isOk(), login.describe());
    QVERIFY(!login.value->accessToken.isEmpty());
    QCOMPARE(login.value->accessExpiresIn, 900);
    m_api->startSession(*login.value);

    const Waited<QList<Account>> accounts = waitFor(m_client->accounts());
    QVERIFY2(accounts.isOk(), accounts.describe());
    m_accounts = *accounts.value;
}

const Account& tst_ApiClient::figureSix() const
{
    for (const Account& account : m_accounts) {
        if (account.number == figureSixNumber)
            return account;
    }
    static const Account none;
    return none;
}

CaptchaChallenge tst_ApiClient::newCaptcha()
{
    const Waited<CaptchaChallenge> captcha = waitFor(m_client->createCaptcha());
    if (!captcha.isOk())
        QTest::qFail(captcha.describe(), __FILE__, __LINE__);
    return captcha.value.value_or(CaptchaChallenge());
}

std::optional<qint64> tst_ApiClient::addressId(const AddressQuery& query, const QString& name)
{
    const Waited<QList<AddressItem>> items = waitFor(m_client->addresses(query));
    if (!items.isOk())
        return std::nullopt;
    for (const AddressItem& item : *items.value) {
        if (item.name == name)
            return item.id;
    }
    return std::nullopt;
}

void tst_ApiClient::captcha()
{
    const CaptchaChallenge captcha = newCaptcha();
    QVERIFY(!captcha.id.isEmpty());
    QCOMPARE(captcha.expiresIn, 300);
    // A PNG of 200×70: the signature, then IHDR's width and height (big-endian).
    const QByteArray& png = captcha.imagePng;
    QVERIFY(png.size() > 24);
    QCOMPARE(png.left(8), QByteArray::fromHex("89504e470d0a1a0a"));
    QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
    QCOMPARE(png.mid(16, 4), QByteArray::fromHex("000000c8"));
    QCOMPARE(png.mid(20, 4), QByteArray::fromHex("00000046"));
}

void tst_ApiClient::wrongCaptchaOnRegistration()
{
    const CaptchaChallenge captcha = newCaptcha();
    const RegistrationForm form {u"Newcomer"_s, u"newcomer@example.ru"_s,
                                 u"secret!1"_s, u"secret!1"_s,
                                 captcha.id,    u"WRONG"_s,
                                 true};
    const Waited<RegisteredUser> reply = waitFor(m_client->registerUser(form));
    QVERIFY(reply.finished);
    QVERIFY(!reply.isOk());
    QCOMPARE(reply.error.kind, Kind::Validation);
    QCOMPARE(reply.error.code, std::optional(Code::WrongCaptcha));
    QCOMPARE(reply.error.field, u"captchaAnswer"_s);
    QCOMPARE(reply.httpStatus, 422);
}

void tst_ApiClient::takenLoginOnRegistration()
{
    const CaptchaChallenge captcha = newCaptcha();
    // Taken regardless of case.
    const RegistrationForm form {
        u"DEMO"_s,  u"someone-else@example.ru"_s, u"secret!1"_s, u"secret!1"_s,
        captcha.id, DemoServer::captchaAnswer(),  true};
    const Waited<RegisteredUser> reply = waitFor(m_client->registerUser(form));
    QVERIFY(reply.finished);
    QCOMPARE(reply.error.kind, Kind::Conflict);
    QCOMPARE(reply.error.code, std::optional(Code::Taken));
    QCOMPARE(reply.error.field, u"login"_s);
    QCOMPARE(reply.httpStatus, 409);
}

void tst_ApiClient::registrationActivationAndReset()
{
    const CaptchaChallenge captcha = newCaptcha();
    const RegistrationForm form {u"Apitest"_s,  u"apitest@example.ru"_s,
                                 u"secret!1"_s, u"secret!1"_s,
                                 captcha.id,    DemoServer::captchaAnswer().toLower(),
                                 true};
    const Waited<RegisteredUser> registered = waitFor(m_client->registerUser(form));
    QVERIFY2(registered.isOk(), registered.describe());
    QCOMPARE(registered.value->login, u"Apitest"_s);
    QCOMPARE(registered.value->email, u"apitest@example.ru"_s);
    QCOMPARE(registered.httpStatus, 201);

    // The right password of an account that waits for its link.
    const Waited<SessionTokens> inactive =
        waitFor(m_client->logIn({u"Apitest"_s, u"secret!1"_s, {}, {}}));
    QCOMPARE(inactive.error.kind, Kind::AccountInactive);

    const Waited<ApiClient::Done> resent =
        waitFor(m_client->resendActivation(ApiClient::UserKey::Login, u"Apitest"_s));
    QVERIFY2(resent.isOk(), resent.describe());
    QCOMPARE(resent.httpStatus, 202);
    const Waited<ApiClient::Done> neither =
        waitFor(m_client->resendActivation(ApiClient::UserKey::Login, QString()));
    QCOMPARE(neither.error.kind, Kind::Validation);

    const Waited<ApiClient::Done> reset =
        waitFor(m_client->requestPasswordReset(ApiClient::UserKey::Email, u"nobody@example.ru"_s));
    QVERIFY2(reset.isOk(), reset.describe());
    QCOMPARE(reset.httpStatus, 202);
}

void tst_ApiClient::wrongPasswordIsInvalidCredentials()
{
    const Waited<SessionTokens> reply =
        waitFor(m_client->logIn({u"demo"_s, u"not-the-password"_s, {}, {}}));
    QVERIFY(reply.finished);
    QCOMPARE(reply.error.kind, Kind::InvalidCredentials);
    QCOMPARE(reply.httpStatus, 401);
}

void tst_ApiClient::refreshSessionRotatesTokens()
{
    // A session of its own: the test's session keeps its tokens.
    const Waited<SessionTokens> login =
        waitFor(m_client->logIn({u"demo"_s, u"kapremont"_s, {}, {}}));
    QVERIFY2(login.isOk(), login.describe());
    const Waited<SessionTokens> refreshed =
        waitFor(m_client->refreshSession(login.value->refreshToken));
    QVERIFY2(refreshed.isOk(), refreshed.describe());
    QVERIFY(refreshed.value->refreshToken != login.value->refreshToken);
    QVERIFY(refreshed.value->accessToken != login.value->accessToken);
    QCOMPARE(refreshed.value->refreshExpiresIn, 30 * 24 * 3600);

    const Waited<SessionTokens> unknown = waitFor(m_client->refreshSession(u"nonsense"_s));
    QCOMPARE(unknown.error.kind, Kind::InvalidToken);
    QCOMPARE(unknown.error.field, u"refreshToken"_s);
}

void tst_ApiClient::profile()
{
    const Waited<UserProfile> profile = waitFor(m_client->profile());
    QVERIFY2(profile.isOk(), profile.describe());
    QCOMPARE(profile.value->login, u"demo"_s);
    QCOMPARE(profile.value->email, u"demo@kabinet.example"_s);
}

void tst_ApiClient::accountsAndTheFigureSixCard()
{
    QCOMPARE(m_accounts.size(), 3);
    QSet<QString> numbers;
    for (const Account& account : std::as_const(m_accounts))
        numbers.insert(account.number);
    QCOMPARE(numbers, (QSet<QString> {u"16616"_s, u"17103"_s, u"20341"_s}));

    const Account& card = figureSix();
    QCOMPARE(card.ownerName, u"Лебедка Валентина Григорьевна"_s);
    QCOMPARE(card.address, u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s);
    QCOMPARE(card.areaCentiM2, 3160);
    QCOMPARE(card.ownershipType, u"Частная"_s);
    QCOMPARE(card.balance.kopecks(), 22025);
    QVERIFY(card.hasDebt());
    QVERIFY(card.buildingId.has_value());

    // One account by its id is the same card.
    const Waited<Account> one = waitFor(m_client->account(card.id));
    QVERIFY2(one.isOk(), one.describe());
    QVERIFY(*one.value == card);
}

void tst_ApiClient::chargesAreClosedPeriodsOnly()
{
    const Account& card = figureSix();
    const Period lastClosed(2024, 9);
    const Waited<AccountCharges> year = waitFor(
        m_client->charges(card.id, PeriodRange::between(Period(2024, 1), Period(2024, 12))));
    QVERIFY2(year.isOk(), year.describe());
    QCOMPARE(year.value->accountId, card.id);
    QCOMPARE(year.value->lastClosedPeriod, lastClosed);
    QSet<int> periods;
    for (const ChargeLine& line : year.value->lines) {
        QVERIFY2(line.period <= lastClosed, qPrintable(line.period.toIsoString()));
        QVERIFY(line.period >= Period(2024, 1));
        QCOMPARE(line.accountId, card.id);
        QCOMPARE(line.quantityHundredths, card.areaCentiM2);
        periods.insert(line.period.toKey());
    }
    // January to September: the months after the last closed one are never shown.
    QCOMPARE(periods.size(), 9);
    QVERIFY(periods.contains(lastClosed.toKey()));

    // Without a range: the last twelve closed periods.
    const Waited<AccountCharges> latest = waitFor(m_client->charges(card.id));
    QVERIFY2(latest.isOk(), latest.describe());
    QCOMPARE(latest.value->lines.size(), 12);
    QCOMPARE(latest.value->lines.constLast().period, lastClosed);
    QCOMPARE(latest.value->lines.constFirst().period, Period(2023, 10));
}

void tst_ApiClient::paymentsAreClosedPeriodsOnly()
{
    const Account& card = figureSix();
    const Waited<QList<Payment>> payments = waitFor(
        m_client->payments(card.id, PeriodRange::between(Period(2024, 1), Period(2024, 12))));
    QVERIFY2(payments.isOk(), payments.describe());
    QVERIFY(!payments.value->isEmpty());
    for (const Payment& payment : *payments.value) {
        QCOMPARE(payment.accountId, card.id);
        QVERIFY(payment.date >= QDate(2024, 1, 1));
        QVERIFY2(payment.date <= QDate(2024, 9, 30), qPrintable(payment.date.toString()));
        QVERIFY(payment.amount.isPositive());
    }
}

void tst_ApiClient::movementAddsUp()
{
    const Account& card = figureSix();
    const PeriodRange year = PeriodRange::between(Period(2024, 1), Period(2024, 12));
    const Waited<MovementOfFunds> movement = waitFor(m_client->movement(card.id, year));
    QVERIFY2(movement.isOk(), movement.describe());
    const MovementOfFunds& m = *movement.value;
    QCOMPARE(m.from, Period(2024, 1));
    QCOMPARE(m.to, Period(2024, 12));
    QCOMPARE(m.closing.kopecks(),
             m.opening.kopecks() + m.charged.kopecks() + m.recalculated.kopecks()
                 - m.paid.kopecks());
    // Ending after the last closed period, it closes at the card's balance.
    QCOMPARE(m.closing, card.balance);

    // Each amount is what the other endpoints list for the same periods.
    const Waited<AccountCharges> charges = waitFor(m_client->charges(card.id, year));
    QVERIFY2(charges.isOk(), charges.describe());
    QCOMPARE(m.charged.kopecks(), sumOf(charges.value->lines));
    qint64 recalculated = 0;
    for (const Recalculation& recalculation : charges.value->recalculations)
        recalculated += recalculation.amount.kopecks();
    QCOMPARE(m.recalculated.kopecks(), recalculated);
    const Waited<QList<Payment>> payments = waitFor(m_client->payments(card.id, year));
    QVERIFY2(payments.isOk(), payments.describe());
    qint64 paid = 0;
    for (const Payment& payment : *payments.value)
        paid += payment.amount.kopecks();
    QCOMPARE(m.paid.kopecks(), paid);

    // The opening balance is the closing balance of the year before.
    const Waited<MovementOfFunds> before = waitFor(
        m_client->movement(card.id, PeriodRange::between(Period(2023, 1), Period(2023, 12))));
    QVERIFY2(before.isOk(), before.describe());
    QCOMPARE(before.value->closing, m.opening);
}

void tst_ApiClient::building()
{
    const Account& card = figureSix();
    const Waited<BuildingDetails> building = waitFor(m_client->building(*card.buildingId));
    QVERIFY2(building.isOk(), building.describe());
    QCOMPARE(building.value->building.id, *card.buildingId);
    QVERIFY2(building.value->building.address.contains(u"ул. Мира, д. 4"_s),
             qPrintable(building.value->building.address));
    QVERIFY(!building.value->works.isEmpty());
    for (const CapitalRepairWork& work : building.value->works)
        QCOMPARE(work.buildingId, *card.buildingId);
    QCOMPARE(building.value->fund.buildingId, *card.buildingId);
}

void tst_ApiClient::organizationsAndNews()
{
    const Waited<QList<Organization>> organizations = waitFor(m_client->organizations());
    QVERIFY2(organizations.isOk(), organizations.describe());
    QCOMPARE(organizations.value->size(), 4);
    int takingPayments = 0;
    for (const Organization& organization : *organizations.value)
        takingPayments += organization.takesPayments() ? 1 : 0;
    QCOMPARE(takingPayments, 2);

    const Waited<QList<NewsItem>> news = waitFor(m_client->news());
    QVERIFY2(news.isOk(), news.describe());
    QCOMPARE(news.value->size(), 6);
    for (qsizetype i = 1; i < news.value->size(); ++i)
        QVERIFY(news.value->at(i - 1).published >= news.value->at(i).published);
}

void tst_ApiClient::meters()
{
    for (const Account& account : std::as_const(m_accounts)) {
        const Waited<QList<MeterDetails>> meters = waitFor(m_client->meters(account.id));
        QVERIFY2(meters.isOk(), meters.describe());
        QCOMPARE(meters.value->isEmpty(), !account.hasMeters);
        for (const MeterDetails& meter : *meters.value) {
            QCOMPARE(meter.meter.accountId, account.id);
            QVERIFY(!meter.readings.isEmpty());
            QCOMPARE(meter.readings.constFirst().date, meter.meter.lastReadingDate);
            QCOMPARE(meter.readings.constFirst().valueThousandths,
                     meter.meter.lastValueThousandths);
        }
    }
}

void tst_ApiClient::syncFromScratchThenNothingNew()
{
    QString cursor;
    QSet<qint64> accountIds;
    QSet<qint64> chargedAccounts;
    std::optional<UserProfile> profile;
    int pages = 0;
    bool more = true;
    while (more && pages < 20) {
        const Waited<SyncAnswerBody> page = waitFor(m_client->sync(cursor));
        QVERIFY2(page.isOk(), page.describe());
        ++pages;
        QVERIFY(!page.value->cursor.isEmpty());
        cursor = page.value->cursor;
        more = page.value->more;
        if (page.value->profile)
            profile = page.value->profile;
        for (const Account& account : page.value->accounts)
            accountIds.insert(account.id);
        for (const AccountCharges& entry : page.value->charges)
            chargedAccounts.insert(entry.accountId);
    }
    QVERIFY(!more);
    QVERIFY(profile.has_value());
    QCOMPARE(profile->login, u"demo"_s);
    QSet<qint64> expected;
    for (const Account& account : std::as_const(m_accounts))
        expected.insert(account.id);
    QCOMPARE(accountIds, expected);
    QCOMPARE(chargedAccounts, expected);

    const Waited<SyncAnswerBody> again = waitFor(m_client->sync(cursor));
    QVERIFY2(again.isOk(), again.describe());
    QVERIFY(again.value->isEmpty());
    QVERIFY(!again.value->more);

    const Waited<SyncAnswerBody> foreign = waitFor(m_client->sync(u"not-a-cursor"_s));
    QCOMPARE(foreign.error.kind, Kind::Validation);
    QCOMPARE(foreign.error.field, u"cursor"_s);
}

void tst_ApiClient::unknownAccountIsNotFound()
{
    const Waited<Account> account = waitFor(m_client->account(987654));
    QCOMPARE(account.error.kind, Kind::NotFound);
    const Waited<AccountCharges> charges = waitFor(m_client->charges(987654));
    QCOMPARE(charges.error.kind, Kind::NotFound);
    const Waited<AccountCharges> backwards = waitFor(
        m_client->charges(figureSix().id, PeriodRange::between(Period(2024, 5), Period(2024, 1))));
    QCOMPARE(backwards.error.kind, Kind::Validation);
    QCOMPARE(backwards.error.field, u"from"_s);
}

void tst_ApiClient::appealIsCreatedOnceByItsKey()
{
    const Account& card = figureSix();
    const QString key = ApiClient::newIdempotencyKey();
    QCOMPARE(key.size(), 36);
    const AppealForm form {card.id, u"Перерасчет"_s, u"Прошу проверить площадь."_s};

    const Waited<Appeal> first = waitFor(m_client->createAppeal(form, key));
    QVERIFY2(first.isOk(), first.describe());
    QVERIFY(!first.replay);
    QVERIFY(first.value->serverId.has_value());
    QCOMPARE(first.value->accountId, std::optional(card.id));
    QCOMPARE(first.value->status, Appeal::Status::Registered);
    QCOMPARE(first.value->topic, form.topic);

    // The outbox's retry after a lost answer: the first answer again, nothing created.
    const Waited<Appeal> retry = waitFor(m_client->createAppeal(form, key));
    QVERIFY2(retry.isOk(), retry.describe());
    QVERIFY(retry.replay);
    QCOMPARE(retry.value->serverId, first.value->serverId);

    const Waited<QList<Appeal>> appeals = waitFor(m_client->appeals());
    QVERIFY2(appeals.isOk(), appeals.describe());
    QCOMPARE(appeals.value->size(), 1);
    QCOMPARE(appeals.value->constFirst().serverId, first.value->serverId);

    // Without a key, each call is a new appeal.
    const Waited<Appeal> other =
        waitFor(m_client->createAppeal({std::nullopt, u"Вопрос"_s, u"?"_s}));
    QVERIFY2(other.isOk(), other.describe());
    QVERIFY(other.value->serverId != first.value->serverId);
    QVERIFY(!other.value->accountId);

    const Waited<Appeal> foreign = waitFor(m_client->createAppeal({987654, u"t"_s, u"x"_s}));
    QCOMPARE(foreign.error.kind, Kind::NotFound);
}

void tst_ApiClient::meterReading()
{
    const auto withMeters = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                         [](const Account& account) { return account.hasMeters; });
    QVERIFY(withMeters != m_accounts.cend());
    const Waited<QList<MeterDetails>> meters = waitFor(m_client->meters(withMeters->id));
    QVERIFY2(meters.isOk() && !meters.value->isEmpty(), meters.describe());
    const Meter meter = meters.value->constFirst().meter;
    QVERIFY(meter.lastReadingDate < m_server.now().date());

    const MeterReadingForm form {m_server.now().date(), meter.lastValueThousandths + 1500};
    const QString key = ApiClient::newIdempotencyKey();
    const Waited<MeterReading> reading = waitFor(m_client->submitMeterReading(meter.id, form, key));
    QVERIFY2(reading.isOk(), reading.describe());
    QCOMPARE(reading.value->meterId, meter.id);
    QCOMPARE(reading.value->date, form.date);
    QCOMPARE(reading.value->valueThousandths, form.valueThousandths);
    QCOMPARE(reading.value->state, MeterReading::State::Accepted);
    const Waited<MeterReading> retry = waitFor(m_client->submitMeterReading(meter.id, form, key));
    QVERIFY(retry.replay);

    // A lower value is refused, naming the field.
    const Waited<MeterReading> lower = waitFor(m_client->submitMeterReading(
        meter.id, {m_server.now().date(), meter.lastValueThousandths}));
    QCOMPARE(lower.error.kind, Kind::Validation);
    QCOMPARE(lower.error.code, std::optional(Code::Invalid));
}

void tst_ApiClient::typoReport()
{
    const Waited<qint64> report =
        waitFor(m_client->reportTypo({u"Капитальнй"_s, u"Капитальнй ремонт"_s, u"charges"_s, {}}));
    QVERIFY2(report.isOk(), report.describe());
    QVERIFY(*report.value > 0);
    const Waited<qint64> second = waitFor(m_client->reportTypo({u"x"_s, {}, {}, {}}));
    QVERIFY2(second.isOk(), second.describe());
    QVERIFY(*second.value != *report.value);
}

void tst_ApiClient::profileUpdateAndPasswordRefusals()
{
    const Waited<UserProfile> before = waitFor(m_client->profile());
    QVERIFY2(before.isOk(), before.describe());
    const bool subscribed = before.value->receiptsByEmail;

    const Waited<UserProfile> updated =
        waitFor(m_client->updateProfile({std::nullopt, !subscribed}));
    QVERIFY2(updated.isOk(), updated.describe());
    QCOMPARE(updated.value->receiptsByEmail, !subscribed);
    QCOMPARE(updated.value->email, before.value->email);
    const Waited<UserProfile> after = waitFor(m_client->profile());
    QCOMPARE(after.value->receiptsByEmail, !subscribed);

    const Waited<UserProfile> taken =
        waitFor(m_client->updateProfile({u"apitest@example.ru"_s, {}}));
    QCOMPARE(taken.error.kind, Kind::Conflict);
    QCOMPARE(taken.error.field, u"email"_s);

    const Waited<ApiClient::Done> wrongCurrent =
        waitFor(m_client->changePassword({u"not-it"_s, u"newpass!1"_s, u"newpass!1"_s}));
    QCOMPARE(wrongCurrent.error.kind, Kind::Validation);
    QCOMPARE(wrongCurrent.error.field, u"currentPassword"_s);
    const Waited<ApiClient::Done> mismatch =
        waitFor(m_client->changePassword({u"kapremont"_s, u"newpass!1"_s, u"newpass!2"_s}));
    QCOMPARE(mismatch.error.kind, Kind::Validation);
    QCOMPARE(mismatch.error.field, u"passwordConfirmation"_s);

    const Waited<ApiClient::Done> notDeleted = waitFor(m_client->deleteProfile(u"not-it"_s));
    QCOMPARE(notDeleted.error.kind, Kind::Validation);
    QCOMPARE(notDeleted.error.field, u"password"_s);
}

void tst_ApiClient::linkAndUnlinkAnAccount()
{
    // The demo's free account: ул. Мира 4, flat 12, its last payment on the 20th of the last
    // closed month.
    const std::optional<qint64> district =
        addressId(AddressQuery::districts(u"мирн"_s), u"Мирнинский район"_s);
    QVERIFY(district);
    const std::optional<qint64> settlement = addressId(
        AddressQuery::within(AddressQuery::Level::Settlement, *district), u"г.п. Мирный"_s);
    QVERIFY(settlement);
    const std::optional<qint64> street = addressId(
        AddressQuery::within(AddressQuery::Level::Street, *settlement, u"ул. ми"_s), u"ул. Мира"_s);
    QVERIFY(street);
    const std::optional<qint64> house =
        addressId(AddressQuery::within(AddressQuery::Level::House, *street), u"4"_s);
    QVERIFY(house);
    const std::optional<qint64> flat =
        addressId(AddressQuery::within(AddressQuery::Level::Flat, *house).limitedTo(200), u"12"_s);
    QVERIFY(flat);
    const Waited<QList<AddressItem>> limited = waitFor(
        m_client->addresses(AddressQuery::within(AddressQuery::Level::Flat, *house).limitedTo(2)));
    QVERIFY2(limited.isOk(), limited.describe());
    QCOMPARE(limited.value->size(), 2);
    const Waited<QList<AddressItem>> unknownParent =
        waitFor(m_client->addresses(AddressQuery::within(AddressQuery::Level::Flat, 987654)));
    QCOMPARE(unknownParent.error.kind, Kind::NotFound);

    AccountLinkForm form {*flat,
                          u"16621"_s,
                          QDate(2024, 9, 20),
                          Money::fromKopecks(149999),
                          newCaptcha().id,
                          DemoServer::captchaAnswer()};
    const Waited<Account> mismatch = waitFor(m_client->linkAccount(form));
    QCOMPARE(mismatch.error.kind, Kind::Validation);
    QCOMPARE(mismatch.error.code, std::optional(Code::NoMatch));

    form.lastPayment = Money::fromKopecks(150000);
    form.captchaId = newCaptcha().id;
    const QString key = ApiClient::newIdempotencyKey();
    const Waited<Account> linked = waitFor(m_client->linkAccount(form, key));
    QVERIFY2(linked.isOk(), linked.describe());
    QCOMPARE(linked.value->number, u"16621"_s);
    QVERIFY(!linked.value->ownerName.isEmpty());
    // The retry is answered before the spent captcha is looked at.
    const Waited<Account> retry = waitFor(m_client->linkAccount(form, key));
    QVERIFY2(retry.isOk(), retry.describe());
    QVERIFY(retry.replay);
    QCOMPARE(retry.value->id, linked.value->id);

    form.captchaId = newCaptcha().id;
    const Waited<Account> again = waitFor(m_client->linkAccount(form));
    QCOMPARE(again.error.kind, Kind::Conflict);
    QCOMPARE(again.error.code, std::optional(Code::AlreadyLinked));

    const Waited<ApiClient::Done> unlinked = waitFor(m_client->unlinkAccount(linked.value->id));
    QVERIFY2(unlinked.isOk(), unlinked.describe());
    QCOMPARE(unlinked.httpStatus, 204);
    const Waited<Account> gone = waitFor(m_client->account(linked.value->id));
    QCOMPARE(gone.error.kind, Kind::NotFound);
}

void tst_ApiClient::logOutRevokesTheSession()
{
    int ended = 0;
    connect(m_api.get(), &AuthorizedApi::sessionEnded, this, [&ended] { ++ended; });
    const Waited<ApiClient::Done> logout = waitFor(m_client->logOut());
    QVERIFY2(logout.isOk(), logout.describe());
    QCOMPARE(logout.httpStatus, 204);

    // Both tokens are revoked: the 401 leads to a refresh, which the server refuses.
    const Waited<UserProfile> after = waitFor(m_client->profile());
    QCOMPARE(after.error.kind, Kind::Unauthorized);
    QCOMPARE(ended, 1);
    QVERIFY(!m_api->hasSession());
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
