#include "DemoServer.h"

using namespace Qt::Literals::StringLiterals;

QDateTime DemoServer::demoNow()
{
    return QDateTime(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
}

QString DemoServer::captchaAnswer()
{
    return u"ABCDE"_s;
}

bool DemoServer::start(const QStringList& extraArguments)
{
    m_now = demoNow();
    if (!m_portal.setClock(m_now))
        return false;
    return m_portal.start(QStringList {u"--demo"_s, u"--test-captcha-answer"_s, captchaAnswer()}
                          + extraArguments);
}

bool DemoServer::advance(std::chrono::seconds by)
{
    m_now = m_now.addSecs(by.count());
    return m_portal.setClock(m_now);
}

TlsTrust DemoServer::trust() const
{
    const TlsTrust::LoadResult loaded = TlsTrust::load(m_portal.caPath(), QString());
    return loaded.trust.value_or(TlsTrust());
}
