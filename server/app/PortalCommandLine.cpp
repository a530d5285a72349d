#include "app/PortalCommandLine.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
QCommandLineOption valueOption(const QString& name, const QString& description,
                               const QString& valueName)
{
    return QCommandLineOption(QStringList {name}, description, valueName);
}
} // namespace

PortalCommandLine::PortalCommandLine()
    : m_helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."))
    , m_versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."))
    , m_listenOption(valueOption(u"listen"_s,
                                 tr("Listen on HOST:PORT (default 127.0.0.1:8443); port 0 picks a "
                                    "free port, which the first line of output names."),
                                 u"HOST:PORT"_s))
    , m_dataOption(valueOption(
          u"data"_s,
          tr("Keep the database and generated files in DIR (default: %1).").arg(defaultDataDir()),
          u"DIR"_s))
    , m_tlsCertOption(valueOption(
          u"tls-cert"_s, tr("The server certificate (PEM), optionally followed by its chain."),
          u"FILE"_s))
    , m_tlsKeyOption(
          valueOption(u"tls-key"_s, tr("The certificate's private key (PEM)."), u"FILE"_s))
    , m_devTlsOption(u"dev-tls"_s,
                     tr("Create once a local CA and a certificate for localhost in DIR/tls, use "
                        "them, and print the CA's path for clients to trust."))
    , m_demoOption(u"demo"_s, tr("Fill an empty data directory with the demo data."))
    , m_demoScaleOption(valueOption(
          u"demo-scale"_s, tr("With the demo data, generate N accounts with 20 years of history."),
          u"N"_s))
    , m_clockFileOption(valueOption(
          u"clock-file"_s,
          tr("For tests: take the current time from FILE (an ISO 8601 UTC instant)."), u"FILE"_s))
    , m_testCaptchaAnswerOption(valueOption(
          u"test-captcha-answer"_s,
          tr("For tests only: give every captcha challenge the answer TEXT (never in production)."),
          u"TEXT"_s))
    , m_syncPageSizeOption(valueOption(
          u"sync-page-size"_s,
          tr("For tests: let one answer of GET /api/v1/sync hold at most N rows, so that paging "
             "shows with little data."),
          u"N"_s))
{
    m_parser.setApplicationDescription(
        tr("Reference operator server for the Kabinet personal cabinet. HTTPS only."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QCommandLineOption* option :
         {&m_helpOption, &m_versionOption, &m_listenOption, &m_dataOption, &m_tlsCertOption,
          &m_tlsKeyOption, &m_devTlsOption, &m_demoOption, &m_demoScaleOption, &m_clockFileOption,
          &m_testCaptchaAnswerOption, &m_syncPageSizeOption})
        m_parser.addOption(*option);
}

PortalCommandLine::Action PortalCommandLine::parse(const QStringList& arguments)
{
    m_options = PortalOptions();
    m_error = Error::None;
    m_errorDetail.clear();

    if (!m_parser.parse(arguments))
        return fail(Error::InvalidOption, m_parser.errorText());
    if (m_parser.isSet(m_helpOption))
        return Action::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Action::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty())
        return fail(Error::UnexpectedArgument, m_parser.positionalArguments().constFirst());

    if (m_parser.isSet(m_listenOption)) {
        const QString listen = m_parser.value(m_listenOption);
        if (!parseListen(listen, m_options))
            return fail(Error::BadListen, listen);
    }

    m_options.dataDir = m_parser.isSet(m_dataOption)
        ? QDir::cleanPath(QDir::current().absoluteFilePath(m_parser.value(m_dataOption)))
        : defaultDataDir();

    m_options.demo = m_parser.isSet(m_demoOption);
    if (m_parser.isSet(m_demoScaleOption)) {
        bool ok = false;
        const int scale = m_parser.value(m_demoScaleOption).toInt(&ok);
        if (!ok || scale < 1)
            return fail(Error::BadDemoScale, m_parser.value(m_demoScaleOption));
        m_options.demoScale = scale;
        m_options.demo = true;
    }

    if (m_parser.isSet(m_clockFileOption))
        m_options.clockFile = QDir::current().absoluteFilePath(m_parser.value(m_clockFileOption));

    if (m_parser.isSet(m_testCaptchaAnswerOption)) {
        const QString answer = m_parser.value(m_testCaptchaAnswerOption);
        static const QRegularExpression form(u"^[A-Za-z0-9]{1,16}$"_s);
        if (!form.match(answer).hasMatch())
            return fail(Error::BadTestCaptchaAnswer, answer);
        m_options.testCaptchaAnswer = answer;
    }

    if (m_parser.isSet(m_syncPageSizeOption)) {
        bool ok = false;
        const int size = m_parser.value(m_syncPageSizeOption).toInt(&ok);
        if (!ok || size < 1 || size > 1000000)
            return fail(Error::BadSyncPageSize, m_parser.value(m_syncPageSizeOption));
        m_options.syncPageSize = size;
    }

    return checkTlsOptions();
}

PortalCommandLine::Action PortalCommandLine::checkTlsOptions()
{
    const bool cert = m_parser.isSet(m_tlsCertOption);
    const bool key = m_parser.isSet(m_tlsKeyOption);
    m_options.devTls = m_parser.isSet(m_devTlsOption);
    if (m_options.devTls && (cert || key))
        return fail(Error::TlsConflict);
    if (cert && !key)
        return fail(Error::CertWithoutKey);
    if (key && !cert)
        return fail(Error::KeyWithoutCert);
    if (!m_options.devTls && !cert)
        return fail(Error::NoTls);
    if (cert) {
        m_options.tlsCertFile = QDir::current().absoluteFilePath(m_parser.value(m_tlsCertOption));
        m_options.tlsKeyFile = QDir::current().absoluteFilePath(m_parser.value(m_tlsKeyOption));
    }
    return Action::Run;
}

PortalCommandLine::Action PortalCommandLine::fail(Error error, const QString& detail)
{
    m_error = error;
    m_errorDetail = detail;
    return Action::Fail;
}

QString PortalCommandLine::versionText()
{
    return u"kabinet-portal "_s + QStringLiteral(KABINET_VERSION);
}

QString PortalCommandLine::errorText(Error error, const QString& detail)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::InvalidOption:
        return detail;
    case Error::UnexpectedArgument:
        return tr("Unexpected argument \"%1\".").arg(detail);
    case Error::BadListen:
        return tr("--listen wants HOST:PORT with an IP address or localhost and a port from 0 to "
                  "65535, e.g. 127.0.0.1:8443; got \"%1\".")
            .arg(detail);
    case Error::BadDemoScale:
        return tr("--demo-scale wants a positive number of accounts; got \"%1\".").arg(detail);
    case Error::CertWithoutKey:
        return tr("--tls-cert needs --tls-key with the certificate's private key.");
    case Error::KeyWithoutCert:
        return tr("--tls-key needs --tls-cert with the certificate.");
    case Error::TlsConflict:
        return tr("--dev-tls cannot be combined with --tls-cert/--tls-key: choose one.");
    case Error::NoTls:
        return tr("The server speaks HTTPS only: give --tls-cert FILE --tls-key FILE, or --dev-tls "
                  "for a local development certificate.");
    case Error::BadTestCaptchaAnswer:
        return tr("--test-captcha-answer wants 1 to 16 Latin letters and digits; got \"%1\".")
            .arg(detail);
    case Error::BadSyncPageSize:
        return tr("--sync-page-size wants a number of rows from 1 to 1000000; got \"%1\".")
            .arg(detail);
    }
    return {};
}

QString PortalCommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/kabinet-portal"_s;
}

bool PortalCommandLine::parseListen(const QString& text, PortalOptions& options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);

    if (portText.isEmpty() || portText.size() > 5)
        return false;
    for (const QChar c : portText) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    }
    const uint port = portText.toUInt();
    if (port > 65535)
        return false;

    QHostAddress address;
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (host.startsWith(u'[') && host.endsWith(u']')) {
        if (!address.setAddress(host.mid(1, host.size() - 2))
            || address.protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else {
        // A bare IPv6 address would make the port ambiguous: it must be bracketed.
        if (host.contains(u':') || !address.setAddress(host)
            || address.protocol() != QAbstractSocket::IPv4Protocol)
            return false;
    }

    options.listenAddress = address;
    options.listenHost = host;
    options.listenPort = quint16(port);
    return true;
}
