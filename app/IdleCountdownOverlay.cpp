#include "IdleCountdownOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

IdleCountdownOverlay::IdleCountdownOverlay(bool signedIn, QWidget* parent)
    : QWidget(parent)
    , m_signedIn(signedIn)
{
    setObjectName(QStringLiteral("idleCountdown"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#idleCountdown { background: rgba(0, 0, 0, 150); }"
                                 "#idleCountdownText { background: white; color: black;"
                                 " border-radius: 12px; padding: 32px; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("idleCountdownText"));
    m_text->setAlignment(Qt::AlignCenter);
    // The lines are broken by hand: a word-wrapped label under a style sheet's padding gets too
    // little height in a layout.
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    m_text->setFont(font);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text, 0, Qt::AlignCenter);
    layout->addStretch();
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    raise();
}

void IdleCountdownOverlay::setSecondsLeft(int seconds)
{
    // Above whatever the window added since (its status bar's messages).
    raise();
    if (m_signedIn)
        m_text->setText(tr("No one has touched the screen for a while.\n"
                           "You will be signed out in %n second(s).\n"
                           "Touch the screen to stay signed in.",
                           nullptr, seconds));
    else
        m_text->setText(tr("No one has touched the screen for a while.\n"
                           "The form will be cleared in %n second(s).\n"
                           "Touch the screen to go on.",
                           nullptr, seconds));
}

QString IdleCountdownOverlay::text() const
{
    return m_text->text();
}

bool IdleCountdownOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
