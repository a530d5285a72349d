#include "settings/SettingsDialog.h"

#include "net/ApiTransport.h"
#include "net/PublicKeyPin.h"
#include "profile/FormMessage.h"
#include "widgets/WrappedTextFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using std::chrono::minutes;

namespace {

// Offered in the interval list; a hand-edited value is added to it.
const QList<minutes> intervalChoices = {minutes(0),      minutes(5),       minutes(15),
                                        minutes(30),     minutes(60),      minutes(3 * 60),
                                        minutes(6 * 60), minutes(12 * 60), minutes(24 * 60)};

// A label for input: its buddy (Alt+letter moves there) and, without the '&', its accessible
// name, so that a screen reader says what the field is.
QLabel* labelFor(const QString& text, QWidget* input, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(input);
    input->setAccessibleName(QString(text).remove(u'&'));
    return label;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(u"hint"_s);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const Values& values, QWidget* parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_serverMessage(FormMessage::newLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_caMessage(FormMessage::newLabel(this))
    , m_pin(new QLineEdit(this))
    , m_pinMessage(FormMessage::newLabel(this))
    , m_interval(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_languageHint(nullptr)
    , m_notifications(new QCheckBox(tr("Show &notifications"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_initialLanguage(values.language)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setStyleSheet(FormMessage::styleSheet());

    m_server->setObjectName(u"server"_s);
    m_server->setPlaceholderText(u"https://lk.example.ru"_s);
    m_server->setText(values.server.toString());
    m_server->setMinimumWidth(360);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("None: the system's certificates only"));
    m_caFile->setText(values.caFile);
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(u"chooseCaFile"_s);
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    m_pin->setObjectName(u"pin"_s);
    m_pin->setPlaceholderText(tr("None, or sha256/… of the server's public key"));
    m_pin->setText(values.pin);

    auto* caRow = new QWidget(this);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);

    auto* connection = new QGroupBox(tr("Operator's server"), this);
    auto* connectionForm = new QFormLayout(connection);
    connectionForm->addRow(labelFor(tr("&Address"), m_server, connection),
                           FormMessage::column(m_server, m_serverMessage, connection));
    connectionForm->addRow(
        hint(tr("Given by your operator; https only. A new address is used at the next sign-in."),
             connection));
    connectionForm->addRow(labelFor(tr("Extra CA &certificate"), m_caFile, connection),
                           FormMessage::column(caRow, m_caMessage, connection));
    connectionForm->addRow(labelFor(tr("&Public-key pin"), m_pin, connection),
                           FormMessage::column(m_pin, m_pinMessage, connection));
    connectionForm->addRow(hint(tr("Only when your operator asks for them: a PEM file of a "
                                   "certificate authority to trust besides the system's, and the "
                                   "SHA-256 of the server's public key that its certificate must "
                                   "carry as well."),
                                connection));

    m_interval->setObjectName(u"syncInterval"_s);
    for (const minutes interval : intervalChoices)
        addInterval(interval);
    addInterval(values.syncInterval);
    m_interval->setCurrentIndex(m_interval->findData(qlonglong(values.syncInterval.count())));

    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("The system's language"), QString());
    // Each language in its own words, so that it can be found whatever Kabinet speaks now.
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_languageHint = hint(tr("A new language is used after Kabinet is started again."), this);
    m_languageHint->setObjectName(u"languageHint"_s);

    m_notifications->setObjectName(u"notifications"_s);
    m_notifications->setChecked(values.notificationsEnabled);
    m_notifications->setAccessibleName(tr("Show notifications"));

    auto* general = new QGroupBox(tr("This computer"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(labelFor(tr("Background &sync"), m_interval, general), m_interval);
    generalForm->addRow(labelFor(tr("&Language"), m_language, general), m_language);
    generalForm->addRow(m_languageHint);
    generalForm->addRow(m_notifications);

    m_buttons->setObjectName(u"buttons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(&m_caCheck, &QFutureWatcherBase::finished, this, &SettingsDialog::onCaFileChecked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    for (QLineEdit* edit : {m_server, m_caFile, m_pin})
        connect(edit, &QLineEdit::textEdited, this, &SettingsDialog::clearMessages);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(general);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // «Choose…» was made after the rest: Tab reaches it beside the file's field, as on screen.
    setTabOrder(m_caFile, browse);
    setTabOrder(browse, m_pin);
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

void SettingsDialog::addInterval(minutes interval)
{
    const qlonglong count = interval.count();
    if (m_interval->findData(count) >= 0)
        return;
    QString text;
    if (count == 0)
        text = tr("Off: only when asked («Refresh»)");
    else if (count % 60 == 0)
        text = tr("Every %n hour(s)", nullptr, int(count / 60));
    else
        text = tr("Every %n minute(s)", nullptr, int(count));
    // In order, also for a hand-edited value.
    int index = 0;
    while (index < m_interval->count() && m_interval->itemData(index).toLongLong() < count)
        ++index;
    m_interval->insertItem(index, text, count);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values values;
    const QString server = m_server->text().trimmed();
    values.server = server.isEmpty() ? QUrl() : QUrl(server, QUrl::StrictMode);
    values.caFile = m_caFile->text().trimmed();
    const std::optional<PublicKeyPin> pin = PublicKeyPin::parse(m_pin->text());
    // The canonical "sha256/…" form of a valid pin; the text as typed otherwise.
    values.pin = pin ? pin->toString() : m_pin->text().trimmed();
    values.syncInterval = minutes(m_interval->currentData().toLongLong());
    values.language = m_language->currentData().toString();
    values.notificationsEnabled = m_notifications->isChecked();
    return values;
}

QString SettingsDialog::problem() const
{
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty() && !ApiTransport::isUsableBaseUrl(QUrl(server, QUrl::StrictMode))) {
        return tr("The server's address must start with https:// and name the server, e.g. "
                  "https://lk.example.ru: Kabinet talks to it over an encrypted connection only.");
    }
    return {};
}

void SettingsDialog::accept()
{
    if (m_caCheck.isRunning())
        return;
    clearMessages();
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty()) {
        conclude({});
        return;
    }
    m_checkedCaPath = path;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    // Usually gone before it is seen; on a share that does not answer it says why «OK» waits.
    setCursor(Qt::BusyCursor);
    // The pin is checked apart, with its own message.
    m_caCheck.setFuture(TlsTrust::loadInBackground(path, QString()));
}

void SettingsDialog::onCaFileChecked()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    unsetCursor();
    // Cancelled meanwhile; or the path was edited, and «OK» checks the new one.
    if (!isVisible() || m_caFile->text().trimmed() != m_checkedCaPath)
        return;
    conclude(m_caCheck.result().message);
}

void SettingsDialog::conclude(const QString& caProblem)
{
    QWidget* wrong = nullptr;
    if (const QString message = problem(); !message.isEmpty()) {
        FormMessage::set(m_serverMessage, message);
        wrong = m_server;
    }
    if (!caProblem.isEmpty()) {
        FormMessage::set(m_caMessage, caProblem);
        if (!wrong)
            wrong = m_caFile;
    }
    if (!m_pin->text().trimmed().isEmpty()) {
        PublicKeyPin::ParseError error = PublicKeyPin::ParseError::None;
        if (!PublicKeyPin::parse(m_pin->text(), &error)) {
            FormMessage::set(m_pinMessage, PublicKeyPin::errorText(error));
            if (!wrong)
                wrong = m_pin;
        }
    }
    if (wrong) {
        wrong->setFocus();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::chooseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("Extra CA certificate"), m_caFile->text(),
                                   tr("PEM certificates (*.pem *.crt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_caFile->setText(path);
        clearMessages();
    });
    dialog->open();
}

void SettingsDialog::clearMessages()
{
    for (QLabel* message : {m_serverMessage, m_caMessage, m_pinMessage})
        FormMessage::set(message, {});
}
