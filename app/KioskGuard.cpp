#include "KioskGuard.h"

#include "KioskExitDialog.h"
#include "printing/FileOutputPolicy.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QPrintDialog>

Q_LOGGING_CATEGORY(lcKiosk, "kabinet.kiosk")

KioskGuard::KioskGuard(const QKeySequence& exitShortcut, const QString& pinHash, QObject* parent)
    : QObject(parent)
    , m_exitShortcut(exitShortcut)
    , m_pinHash(pinHash)
{
    QCoreApplication::instance()->installEventFilter(this);
}

KioskGuard::~KioskGuard()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    delete m_dialog.data();
}

bool KioskGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (isExitShortcut(event)) {
            askForPin();
            return true;
        }
        break;
    case QEvent::Close: {
        // Dialogs close as usual; the sign-in window and the cabinet only by the PIN.
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!m_exiting && widget && widget->windowType() == Qt::Window) {
            event->ignore();
            return true;
        }
        break;
    }
    case QEvent::Show:
        if (auto* dialog = qobject_cast<QFileDialog*>(watched)) {
            // Nothing of a session may be saved on the kiosk's disks.
            qCInfo(lcKiosk) << "a file dialog was refused";
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
            emit fileDialogRefused();
        } else if (auto* print = qobject_cast<QPrintDialog*>(watched)) {
            // Kabinet's own print dialogs come without «Print to file» already; any other (one a
            // Qt dialog makes by itself) loses it here.
            FileOutputPolicy::applyTo(*print);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool KioskGuard::isExitShortcut(const QEvent* event) const
{
    const auto* key = static_cast<const QKeyEvent*>(event);
    if (m_exitShortcut.isEmpty() || key->isAutoRepeat())
        return false;
    Qt::KeyboardModifiers modifiers = key->modifiers();
    modifiers.setFlag(Qt::KeypadModifier, false);
    const QKeyCombination pressed(modifiers, Qt::Key(key->key()));
    return m_exitShortcut[0] == pressed;
}

void KioskGuard::askForPin()
{
    if (m_dialog)
        return;
    auto* dialog = new KioskExitDialog(m_pinHash, QApplication::activeWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        qCInfo(lcKiosk) << "the administrator left the kiosk";
        m_exiting = true;
        emit exitApproved();
    });
    dialog->open();
}
