#include "main/SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_lastSynced(new QLabel(this))
    , m_refresh(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_lastSynced->setObjectName(QStringLiteral("lastSynced"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Fetch the latest data from the server now"));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &SyncStatusWidget::refreshRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_lastSynced);
    layout->addWidget(m_refresh);
    // Empty until the cache tells the time of the last sync (setLastSynced()): "not synchronised
    // yet" would be wrong for the moment a start takes to open it.
}

void SyncStatusWidget::setState(const QString& text, bool syncing, int percent)
{
    m_state->setText(text);
    m_progress->setVisible(syncing);
    if (percent < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(std::min(percent, 100));
    }
    // One sync at a time; the engine would queue a second request anyway.
    m_refresh->setEnabled(!syncing);
}

void SyncStatusWidget::setLastSynced(const QDateTime& lastSynced)
{
    m_lastSynced->setText(
        lastSynced.isValid()
            ? tr("Last sync: %1")
                  .arg(QLocale().toString(lastSynced.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synchronised yet"));
}
