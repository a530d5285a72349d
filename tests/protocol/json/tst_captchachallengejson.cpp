#include "JsonTestSupport.h"
#include "protocol/json/CaptchaChallengeJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(CaptchaChallenge)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return CaptchaChallengeJson::fromJson(object, error);
};

// The first bytes of every PNG file, then bytes that need every base64 character class.
QByteArray pngLike()
{
    return QByteArray::fromHex("89504e470d0a1a0a") + QByteArray("\xfb\xff\x00?>", 5);
}

CaptchaChallenge sampleChallenge()
{
    return CaptchaChallenge {u"c2f0a9"_s, pngLike(), 300};
}

QJsonObject validJson()
{
    return CaptchaChallengeJson::toJson(sampleChallenge());
}

} // namespace

class TestCaptchaChallengeJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void imageMustBeBase64();
    void unknownFieldsIgnored();
};

void TestCaptchaChallengeJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"id": "c2f0a9", "imagePng": "iVBORw0KGgr7/wA/Pg==", "expiresIn": 300})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    const std::optional<CaptchaChallenge> decoded = decode(api, nullptr);
    QVERIFY(decoded);
    QCOMPARE(decoded->imagePng, pngLike());
    QVERIFY(*decoded == sampleChallenge());
}

void TestCaptchaChallengeJson::roundTrip_data()
{
    QTest::addColumn<CaptchaChallenge>("challenge");
    QTest::newRow("sample") << sampleChallenge();
    QTest::newRow("no picture, expired") << CaptchaChallenge {u"x"_s, QByteArray(), 0};
}

void TestCaptchaChallengeJson::roundTrip()
{
    QFETCH(CaptchaChallenge, challenge);
    JsonTest::checkRoundTrip(&CaptchaChallengeJson::toJson, decode, challenge);
}

void TestCaptchaChallengeJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestCaptchaChallengeJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestCaptchaChallengeJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"expiresIn"_s, JsonTest::Width::Safe53);
}

void TestCaptchaChallengeJson::imageMustBeBase64()
{
    // base64url, a stray character, a broken padding and a non-ASCII letter are all refused: a
    // picture garbled on the way must not decode to some other bytes.
    JsonTest::checkRejected(decode, validJson(), u"imagePng"_s,
                            {u"iVBORw0KGgr7_wA_Pg=="_s, u"iVBORw0K*Ggr7/wA/Pg=="_s,
                             u"iVBORw0KGgr7/wA/Pg="_s, u"iVBORw0KGgr7/wA/Pgé="_s},
                            JsonError::Reason::WrongType);
}

void TestCaptchaChallengeJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestCaptchaChallengeJson)
#include "tst_captchachallengejson.moc"
