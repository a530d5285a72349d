#include "protocol/ValidationRules.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Reason = ValidationResult::Reason;
using Field = ValidationResult::Field;

char* toString(const Reason& reason)
{
    static const char* const names[] = {
        "None",    "Empty",    "TooShort", "TooLong", "MustStartWithLetter", "ForbiddenCharacter",
        "Invalid", "Mismatch",
    };
    return qstrdup(names[static_cast<int>(reason)]);
}

namespace {

QString repeated(const QString& unit, int times)
{
    return unit.repeated(times);
}

QString fromCodePoint(uint c)
{
    const auto ucs4 = static_cast<char32_t>(c);
    return QString::fromUcs4(&ucs4, 1);
}

// What the user should see for a forbidden character: visible characters themselves, a space
// by name, anything invisible by code point.
void verifyNamesCharacter(const QString& message, uint c)
{
    if (c == U' ')
        QVERIFY2(message.contains(u"space"), qPrintable(message));
    else if (c == U'\t' || c == 0x00A0)
        QVERIFY2(message.contains(u"U+" + QString::number(c, 16).toUpper().rightJustified(4, u'0')),
                 qPrintable(message));
    else
        QVERIFY2(message.contains(fromCodePoint(c)), qPrintable(message));
}

} // namespace

class TestValidationRules : public QObject
{
    Q_OBJECT

private slots:
    void login_data();
    void login();
    void loginMessages();
    void email_data();
    void email();
    void password_data();
    void password();
    void passwordCharacterSet();
    void passwordMessages();
    void confirmation_data();
    void confirmation();
    void distinctMessagesPerReason();
};

void TestValidationRules::login_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<uint>("offending");

    QTest::newRow("latin") << u"Ivanov"_s << Reason::None << 0u;
    QTest::newRow("cyrillic with underscore and digit") << u"Иванов_1"_s << Reason::None << 0u;
    QTest::newRow("hyphen inside") << u"ivan-petrov"_s << Reason::None << 0u;
    QTest::newRow("mixed scripts and all symbols") << u"Ivan_Иван-2014"_s << Reason::None << 0u;
    QTest::newRow("single letter") << u"a"_s << Reason::None << 0u;
    QTest::newRow("single cyrillic letter") << u"Я"_s << Reason::None << 0u;
    QTest::newRow("capital yo") << u"Ёжик"_s << Reason::None << 0u;
    QTest::newRow("small yo") << u"ёлка"_s << Reason::None << 0u;
    QTest::newRow("ends with hyphen") << u"ivan-"_s << Reason::None << 0u;
    QTest::newRow("30 latin") << repeated(u"a"_s, 30) << Reason::None << 0u;
    QTest::newRow("30 cyrillic") << repeated(u"ж"_s, 30) << Reason::None << 0u;

    QTest::newRow("empty") << QString() << Reason::Empty << 0u;
    QTest::newRow("31 latin") << repeated(u"a"_s, 31) << Reason::TooLong << 0u;
    QTest::newRow("31 cyrillic") << repeated(u"ж"_s, 31) << Reason::TooLong << 0u;
    QTest::newRow("starts with digit") << u"1ivan"_s << Reason::MustStartWithLetter << 0u;
    QTest::newRow("only digits") << u"2014"_s << Reason::MustStartWithLetter << 0u;
    QTest::newRow("starts with hyphen") << u"-ivan"_s << Reason::MustStartWithLetter << 0u;
    QTest::newRow("starts with underscore") << u"_ivan"_s << Reason::MustStartWithLetter << 0u;

    QTest::newRow("space") << u"ivan petrov"_s << Reason::ForbiddenCharacter << uint(U' ');
    QTest::newRow("leading space") << u" ivan"_s << Reason::ForbiddenCharacter << uint(U' ');
    QTest::newRow("at sign") << u"ivan@mail"_s << Reason::ForbiddenCharacter << uint(U'@');
    QTest::newRow("dot") << u"ivan.petrov"_s << Reason::ForbiddenCharacter << uint(U'.');
    QTest::newRow("tab") << u"ivan\t"_s << Reason::ForbiddenCharacter << uint(U'\t');
    QTest::newRow("nbsp") << u"ivan\u00A0"_s << Reason::ForbiddenCharacter << 0x00A0u;
    QTest::newRow("ukrainian i") << u"\u0456ван"_s << Reason::ForbiddenCharacter << 0x0456u;
    QTest::newRow("accented latin") << u"José"_s << Reason::ForbiddenCharacter << 0x00E9u;
    QTest::newRow("emoji outside the BMP")
        << u"ivan\U0001F600"_s << Reason::ForbiddenCharacter << 0x1F600u;
    QTest::newRow("first of several forbidden")
        << u"a#b$"_s << Reason::ForbiddenCharacter << uint(U'#');
    // Documented order of checks: a forbidden character is reported before the other problems.
    QTest::newRow("forbidden before must-start")
        << u"1 ivan"_s << Reason::ForbiddenCharacter << uint(U' ');
    QTest::newRow("forbidden before too long")
        << (repeated(u"a"_s, 31) + u"!"_s) << Reason::ForbiddenCharacter << uint(U'!');
    QTest::newRow("must-start before too long")
        << (u"1"_s + repeated(u"a"_s, 31)) << Reason::MustStartWithLetter << 0u;
}

void TestValidationRules::login()
{
    QFETCH(QString, login);
    QFETCH(Reason, reason);
    QFETCH(uint, offending);

    const ValidationResult result = ValidationRules::validateLogin(login);
    QCOMPARE(result.field(), Field::Login);
    QCOMPARE(result.reason(), reason);
    QCOMPARE(result.isValid(), reason == Reason::None);
    QCOMPARE(uint(result.offendingCharacter()), offending);
    QCOMPARE(result.message().isEmpty(), reason == Reason::None);
    if (reason == Reason::ForbiddenCharacter)
        verifyNamesCharacter(result.message(), offending);
}

void TestValidationRules::loginMessages()
{
    const QString tooLong = ValidationRules::validateLogin(repeated(u"a"_s, 31)).message();
    QVERIFY2(tooLong.contains(u"30"), qPrintable(tooLong));

    const QString letters = ValidationRules::validateLogin(u"1a"_s).message();
    QVERIFY2(letters.contains(u"letter"), qPrintable(letters));
}

void TestValidationRules::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<Reason>("reason");

    const QString local64 = repeated(u"a"_s, 64);
    // 64 + 1 + 189 = 254 characters, the longest accepted address.
    const QString domain189 =
        repeated(u"b"_s, 63) + u'.' + repeated(u"c"_s, 63) + u'.' + repeated(u"d"_s, 61);

    QTest::newRow("simple") << u"ivan@mail.ru"_s << Reason::None;
    QTest::newRow("dotted local part") << u"ivan.petrov@mail.ru"_s << Reason::None;
    QTest::newRow("plus tag") << u"ivan+kabinet@example.com"_s << Reason::None;
    QTest::newRow("subdomains") << u"user@mx.sub.domain.org"_s << Reason::None;
    QTest::newRow("hyphen and underscore") << u"first_last-1@my-domain.ru"_s << Reason::None;
    QTest::newRow("cyrillic domain") << u"ivan@почта.рф"_s << Reason::None;
    QTest::newRow("short") << u"a@b.co"_s << Reason::None;
    QTest::newRow("254 characters") << (local64 + u'@' + domain189) << Reason::None;

    QTest::newRow("empty") << QString() << Reason::Empty;
    QTest::newRow("255 characters") << (local64 + u"@x"_s + domain189) << Reason::TooLong;

    QTest::newRow("no at") << u"ivan.mail.ru"_s << Reason::Invalid;
    QTest::newRow("nothing after at") << u"ivan@"_s << Reason::Invalid;
    QTest::newRow("nothing before at") << u"@mail.ru"_s << Reason::Invalid;
    QTest::newRow("domain without dot") << u"ivan@mail"_s << Reason::Invalid;
    QTest::newRow("two ats together") << u"ivan@@mail.ru"_s << Reason::Invalid;
    QTest::newRow("two ats apart") << u"ivan@mail@ru.ru"_s << Reason::Invalid;
    QTest::newRow("space inside") << u"ivan petrov@mail.ru"_s << Reason::Invalid;
    QTest::newRow("leading space") << u" ivan@mail.ru"_s << Reason::Invalid;
    QTest::newRow("trailing space") << u"ivan@mail.ru "_s << Reason::Invalid;
    QTest::newRow("tab in domain") << u"ivan@mail\t.ru"_s << Reason::Invalid;
    QTest::newRow("empty label in the middle") << u"ivan@mail..ru"_s << Reason::Invalid;
    QTest::newRow("empty first label") << u"ivan@.mail.ru"_s << Reason::Invalid;
    QTest::newRow("empty last label") << u"ivan@mail.ru."_s << Reason::Invalid;
    QTest::newRow("label starts with hyphen") << u"ivan@-mail.ru"_s << Reason::Invalid;
    QTest::newRow("label ends with hyphen") << u"ivan@mail-.ru"_s << Reason::Invalid;
    QTest::newRow("underscore in domain") << u"ivan@mail_ru.ru"_s << Reason::Invalid;
    QTest::newRow("comma in domain") << u"ivan@mail,ru"_s << Reason::Invalid;
    QTest::newRow("local starts with dot") << u".ivan@mail.ru"_s << Reason::Invalid;
    QTest::newRow("local ends with dot") << u"ivan.@mail.ru"_s << Reason::Invalid;
    QTest::newRow("double dot in local") << u"iv..an@mail.ru"_s << Reason::Invalid;
    QTest::newRow("comma in local") << u"ivan,petrov@mail.ru"_s << Reason::Invalid;
    QTest::newRow("angle brackets") << u"<ivan@mail.ru>"_s << Reason::Invalid;
    QTest::newRow("65-character local part") << (local64 + u"a@mail.ru"_s) << Reason::Invalid;
}

void TestValidationRules::email()
{
    QFETCH(QString, email);
    QFETCH(Reason, reason);

    const ValidationResult result = ValidationRules::validateEmail(email);
    QCOMPARE(result.field(), Field::Email);
    QCOMPARE(result.reason(), reason);
    QCOMPARE(result.isValid(), reason == Reason::None);
    QCOMPARE(result.message().isEmpty(), reason == Reason::None);
}

void TestValidationRules::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<uint>("offending");

    QTest::newRow("6 characters") << u"abcdef"_s << Reason::None << 0u;
    QTest::newRow("60 characters") << repeated(u"a1"_s, 30) << Reason::None << 0u;
    QTest::newRow("letters and digits") << u"Passw0rd"_s << Reason::None << 0u;
    QTest::newRow("only digits") << u"123456"_s << Reason::None << 0u;
    QTest::newRow("all specials") << u"!@#$%^_.-*&;"_s << Reason::None << 0u;
    for (QChar special : u"!@#$%^_.-*&;"_s) {
        QTest::addRow("special %c", special.toLatin1())
            << (u"abcde"_s + special) << Reason::None << 0u;
    }

    QTest::newRow("empty") << QString() << Reason::Empty << 0u;
    QTest::newRow("5 characters") << u"abcde"_s << Reason::TooShort << 0u;
    QTest::newRow("1 character") << u"a"_s << Reason::TooShort << 0u;
    QTest::newRow("61 characters") << (repeated(u"a1"_s, 30) + u'b') << Reason::TooLong << 0u;

    QTest::newRow("space") << u"pass word"_s << Reason::ForbiddenCharacter << uint(U' ');
    QTest::newRow("cyrillic") << u"parolж1"_s << Reason::ForbiddenCharacter << 0x0436u;
    QTest::newRow("only cyrillic") << u"пароль"_s << Reason::ForbiddenCharacter << 0x043Fu;
    QTest::newRow("plus") << u"pass+word"_s << Reason::ForbiddenCharacter << uint(U'+');
    QTest::newRow("parenthesis") << u"pass(word"_s << Reason::ForbiddenCharacter << uint(U'(');
    QTest::newRow("comma") << u"pass,word"_s << Reason::ForbiddenCharacter << uint(U',');
    QTest::newRow("tab") << u"pass\tword"_s << Reason::ForbiddenCharacter << uint(U'\t');
    QTest::newRow("accented latin") << u"passwé1"_s << Reason::ForbiddenCharacter << 0x00E9u;
    QTest::newRow("emoji") << u"pass\U0001F600word"_s << Reason::ForbiddenCharacter << 0x1F600u;
    // A forbidden character is reported before the length, so the user fixes it first.
    QTest::newRow("short with space") << u"a b"_s << Reason::ForbiddenCharacter << uint(U' ');
    QTest::newRow("long with space")
        << (repeated(u"a"_s, 61) + u' ') << Reason::ForbiddenCharacter << uint(U' ');
}

void TestValidationRules::password()
{
    QFETCH(QString, password);
    QFETCH(Reason, reason);
    QFETCH(uint, offending);

    const ValidationResult result = ValidationRules::validatePassword(password);
    QCOMPARE(result.field(), Field::Password);
    QCOMPARE(result.reason(), reason);
    QCOMPARE(result.isValid(), reason == Reason::None);
    QCOMPARE(uint(result.offendingCharacter()), offending);
    QCOMPARE(result.message().isEmpty(), reason == Reason::None);
    if (reason == Reason::ForbiddenCharacter)
        verifyNamesCharacter(result.message(), offending);
}

void TestValidationRules::passwordCharacterSet()
{
    // Of printable ASCII exactly the manual's list: Latin letters, digits and ! @ # $ % ^ _ . - * &
    // ;
    QString allowed;
    for (char32_t c = 0x20; c < 0x7F; ++c) {
        if (ValidationRules::isPasswordCharacter(c))
            allowed += QChar(static_cast<char16_t>(c));
    }
    QCOMPARE(allowed,
             u"!#$%&*-.0123456789;@ABCDEFGHIJKLMNOPQRSTUVWXYZ^_abcdefghijklmnopqrstuvwxyz"_s);
    QCOMPARE(ValidationRules::passwordSpecialCharacters(), u"!@#$%^_.-*&;"_s);
    QVERIFY(!ValidationRules::isPasswordCharacter(U'ж'));
    QVERIFY(!ValidationRules::isPasswordCharacter(0));
}

void TestValidationRules::passwordMessages()
{
    const QString tooShort = ValidationRules::validatePassword(u"abc"_s).message();
    QVERIFY2(tooShort.contains(u"6"), qPrintable(tooShort));
    const QString tooLong = ValidationRules::validatePassword(repeated(u"a"_s, 61)).message();
    QVERIFY2(tooLong.contains(u"60"), qPrintable(tooLong));
    // The hint lists what is allowed, so the user can pick a replacement.
    const QString forbidden = ValidationRules::validatePassword(u"pass word"_s).message();
    for (QChar special : ValidationRules::passwordSpecialCharacters())
        QVERIFY2(forbidden.contains(special), qPrintable(forbidden));
}

void TestValidationRules::confirmation_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<Reason>("reason");

    QTest::newRow("equal") << u"secret1"_s << u"secret1"_s << Reason::None;
    QTest::newRow("equal with specials") << u"a!@#$%^"_s << u"a!@#$%^"_s << Reason::None;
    QTest::newRow("empty confirmation") << u"secret1"_s << QString() << Reason::Empty;
    QTest::newRow("both empty") << QString() << QString() << Reason::Empty;
    QTest::newRow("different") << u"secret1"_s << u"secret2"_s << Reason::Mismatch;
    QTest::newRow("case differs") << u"secret1"_s << u"Secret1"_s << Reason::Mismatch;
    QTest::newRow("trailing space") << u"secret1"_s << u"secret1 "_s << Reason::Mismatch;
    QTest::newRow("prefix") << u"secret1"_s << u"secret"_s << Reason::Mismatch;
    QTest::newRow("password empty") << QString() << u"secret1"_s << Reason::Mismatch;
}

void TestValidationRules::confirmation()
{
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(Reason, reason);

    const ValidationResult result =
        ValidationRules::validatePasswordConfirmation(password, confirmation);
    QCOMPARE(result.field(), Field::PasswordConfirmation);
    QCOMPARE(result.reason(), reason);
    QCOMPARE(result.isValid(), reason == Reason::None);
    QCOMPARE(result.message().isEmpty(), reason == Reason::None);
}

void TestValidationRules::distinctMessagesPerReason()
{
    const QList<ValidationResult> results = {
        ValidationRules::validateLogin(QString()),
        ValidationRules::validateLogin(repeated(u"a"_s, 31)),
        ValidationRules::validateLogin(u"1a"_s),
        ValidationRules::validateLogin(u"a b"_s),
        ValidationRules::validateEmail(QString()),
        ValidationRules::validateEmail(repeated(u"a"_s, 255)),
        ValidationRules::validateEmail(u"a@b"_s),
        ValidationRules::validatePassword(QString()),
        ValidationRules::validatePassword(u"a"_s),
        ValidationRules::validatePassword(repeated(u"a"_s, 61)),
        ValidationRules::validatePassword(u"a b c d"_s),
        ValidationRules::validatePasswordConfirmation(u"abcdef"_s, QString()),
        ValidationRules::validatePasswordConfirmation(u"abcdef"_s, u"abcdeg"_s),
    };
    QSet<QString> messages;
    for (const ValidationResult& result : results) {
        QVERIFY(!result.isValid());
        messages.insert(result.message());
    }
    QCOMPARE(messages.size(), results.size());

    // A reason the field never produces still gets a sentence rather than nothing.
    QVERIFY(!ValidationResult::rejected(Field::Email, Reason::Mismatch).message().isEmpty());
    QVERIFY(ValidationResult::accepted(Field::Login).message().isEmpty());
    QCOMPARE(ValidationResult::accepted(Field::Login), ValidationRules::validateLogin(u"ivan"_s));
}

QTEST_GUILESS_MAIN(TestValidationRules)
#include "tst_validationrules.moc"
