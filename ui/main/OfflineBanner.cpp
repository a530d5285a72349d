#include "main/OfflineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

OfflineBanner::OfflineBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    // Amber, like a warning, but not red: the data is still right as of its time.
    setStyleSheet(
        QStringLiteral("#offlineBanner { background: #fff4ce; border: 1px solid #e0c36a;"
                       " border-radius: 3px; } #offlineBanner QLabel { color: #5c4400; }"));
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text);
    setLastSynced({});
}

void OfflineBanner::setLastSynced(const QDateTime& lastSynced)
{
    if (lastSynced.isValid()) {
        const QString when = QLocale().toString(lastSynced.toLocalTime(), QLocale::ShortFormat);
        m_text->setText(
            tr("No connection to the server: the data shown is as of the last sync on %1")
                .arg(when));
    } else {
        m_text->setText(tr("No connection to the server, and no data has been received yet"));
    }
}

QString OfflineBanner::text() const
{
    return m_text->text();
}
