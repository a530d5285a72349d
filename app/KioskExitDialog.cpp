#include "KioskExitDialog.h"

#include "KioskPin.h"
#include "widgets/WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

KioskExitDialog::KioskExitDialog(const QString& pinHash, QWidget* parent)
    : QDialog(parent)
    , m_pinHash(pinHash)
{
    setObjectName(QStringLiteral("kioskExit"));
    setWindowTitle(tr("Leave the kiosk"));
    setModal(true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("kioskPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kioskPinError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Leave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &KioskExitDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("For the administrator: the PIN of this kiosk."), this));
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!KioskPin::isWellFormed(m_pinHash)) {
        m_error->setText(tr("No PIN is set in the kiosk's settings file: the kiosk cannot be left "
                            "this way."));
        m_error->show();
    }
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

QString KioskExitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void KioskExitDialog::check()
{
    if (KioskPin::matches(m_pin->text(), m_pinHash)) {
        m_pin->clear();
        accept();
        return;
    }
    m_pin->clear();
    m_pin->setFocus();
    m_error->setText(tr("Wrong PIN."));
    m_error->show();
}
