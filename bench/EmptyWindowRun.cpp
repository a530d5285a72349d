#include "EmptyWindowRun.h"

#include "FirstPaintWatcher.h"
#include "ProcessMemory.h"
#include "accounts/AccountCardPage.h"
#include "main/MainWindow.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

EmptyWindowRun::EmptyWindowRun(qint64 mainNs, qint64 appNs, qint64 setUpNs, QObject* parent)
    : QObject(parent)
    , m_mainNs(mainNs)
    , m_appNs(appNs)
    , m_setUpNs(setUpNs)
{ }

EmptyWindowRun::~EmptyWindowRun() = default;

void EmptyWindowRun::start()
{
    m_window = std::make_unique<MainWindow>();
    // The card's page, as the card's start ends on; without a cache reader it stays empty.
    m_window->showAccount(1);
    m_watcher = std::make_unique<FirstPaintWatcher>(m_window->cardPage(), [] { return true; });
    connect(m_watcher.get(), &FirstPaintWatcher::painted, this, &EmptyWindowRun::onPainted,
            Qt::QueuedConnection);
    m_window->show();
}

void EmptyWindowRun::onPainted(qint64 paintedNs)
{
    const QJsonObject report {
        {u"mainNs"_s, double(m_mainNs)},
        {u"appNs"_s, double(m_appNs)},
        {u"setUpNs"_s, double(m_setUpNs)},
        {u"paintNs"_s, double(paintedNs)},
        {u"peakKb"_s, double(ProcessMemory::peakKb())},
    };
    m_report = QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
    emit finished();
}
