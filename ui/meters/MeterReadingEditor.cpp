#include "meters/MeterReadingEditor.h"

#include "meters/MeterValueText.h"
#include "outbox/Outbox.h"
#include "protocol/MeterReadingCheck.h"
#include "widgets/FormBuddies.h"
#include "widgets/ThemeColors.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

MeterReadingEditor::MeterReadingEditor(QWidget* parent)
    : QWidget(parent)
    , m_latestDate(QDate::currentDate())
    , m_meterLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_value(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_send(new QPushButton(tr("Send reading"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("meterReadingEditor"));
    setStyleSheet(
        QStringLiteral("QLabel[problem=\"true\"] { color: %1; }"
                       "QLabel#readingHint { color: %2; }")
            .arg(ThemeColors::css(ThemeColors::error()), ThemeColors::css(ThemeColors::hint())));
    m_meterLabel->setObjectName(QStringLiteral("readingMeter"));
    m_meterLabel->setWordWrap(true);
    m_meterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_date->setObjectName(QStringLiteral("readingDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_value->setObjectName(QStringLiteral("readingValue"));
    m_value->setPlaceholderText(tr("e.g. 123,456"));
    m_value->setMaxLength(32);
    m_hint->setObjectName(QStringLiteral("readingHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("readingMessage"));
    m_message->setProperty("problem", true);
    m_message->setWordWrap(true);
    m_message->hide();
    m_send->setObjectName(QStringLiteral("sendReading"));
    m_status->setObjectName(QStringLiteral("readingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto* valueColumn = new QVBoxLayout;
    valueColumn->setSpacing(2);
    valueColumn->addWidget(m_value);
    valueColumn->addWidget(m_message);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Taken on:"), m_date);
    form->addRow(tr("Reading:"), valueColumn);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meterLabel);
    FormBuddies::bind(form);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_send, &QPushButton::clicked, this, &MeterReadingEditor::submit);
    connect(m_value, &QLineEdit::returnPressed, this, &MeterReadingEditor::submit);
    connect(m_value, &QLineEdit::textEdited, this, [this] { showProblem({}); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { showProblem({}); });
    setLatestDate(m_latestDate);
    setMeter(std::nullopt);
}

void MeterReadingEditor::setOutbox(Outbox* outbox)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_outboxConnections))
        disconnect(connection);
    m_outboxConnections.clear();
    m_outbox = outbox;
    if (!m_pendingKey.isEmpty()) {
        m_pendingKey.clear();
        setBusy(false);
    }
    if (!outbox)
        return;
    m_outboxConnections = {
        connect(outbox, &Outbox::queued, this, &MeterReadingEditor::onQueued),
        connect(outbox, &Outbox::queueFailed, this, &MeterReadingEditor::onQueueFailed),
        connect(outbox, &Outbox::itemSent, this,
                [this](qint64 localId, OutboxItem::Kind kind) {
                    if (kind == OutboxItem::Kind::MeterReading)
                        onItemDone(localId, true, {});
                }),
        connect(outbox, &Outbox::itemFailed, this,
                [this](qint64 localId, OutboxItem::Kind kind, const QString& message) {
                    if (kind == OutboxItem::Kind::MeterReading)
                        onItemDone(localId, false, message);
                }),
    };
}

void MeterReadingEditor::setMeter(const std::optional<Meter>& meter)
{
    const bool sameMeter = meter && m_meter && meter->id == m_meter->id;
    m_meter = meter;
    if (!sameMeter) {
        m_value->clear();
        showProblem({});
        setStatus({}, false);
    }
    m_meterLabel->setText(
        meter ? tr("<b>%1</b>, No. %2")
                    .arg(meter->service.toHtmlEscaped(), meter->serialNumber.toHtmlEscaped())
              : tr("Choose a meter in the list."));
    m_date->setEnabled(meter.has_value());
    m_value->setEnabled(meter.has_value());
    m_send->setEnabled(meter.has_value() && m_pendingKey.isEmpty());
    updateHint();
}

std::optional<qint64> MeterReadingEditor::meterId() const
{
    return m_meter ? std::optional<qint64>(m_meter->id) : std::nullopt;
}

void MeterReadingEditor::setLatestDate(QDate date)
{
    m_latestDate = date;
    m_date->setMaximumDate(date);
    m_date->setDate(date);
}

void MeterReadingEditor::updateHint()
{
    if (!m_meter) {
        m_hint->clear();
        return;
    }
    if (!m_meter->hasLastReading()) {
        m_hint->setText(tr("This is the meter's first reading."));
        return;
    }
    m_hint->setText(tr("The last reading is %1, taken on %2. The new one may be from %1 to %3.")
                        .arg(MeterValueText::format(m_meter->lastValueThousandths),
                             QLocale().toString(m_meter->lastReadingDate, QLocale::ShortFormat),
                             MeterValueText::format(MeterReadingCheck::maximumValue(*m_meter))));
}

bool MeterReadingEditor::submit()
{
    if (!m_meter || !m_pendingKey.isEmpty())
        return false;
    MeterValueText::Problem parseProblem = MeterValueText::Problem::None;
    const std::optional<qint64> value = MeterValueText::parse(m_value->text(), &parseProblem);
    if (!value) {
        showProblem(MeterValueText::problemText(parseProblem));
        m_value->setFocus();
        return false;
    }
    const QDate date = m_date->date();
    const MeterReadingCheck::Problem problem =
        MeterReadingCheck::check(*m_meter, date, *value, m_latestDate);
    if (problem != MeterReadingCheck::Problem::None) {
        showProblem(MeterReadingCheck::problemText(problem));
        if (MeterReadingCheck::field(problem) == QStringLiteral("date"))
            m_date->setFocus();
        else
            m_value->setFocus();
        return false;
    }
    if (!m_outbox) {
        setStatus(tr("The cabinet's data is not open yet, so the reading cannot be saved. Try "
                     "again in a moment."),
                  true);
        return false;
    }
    showProblem({});
    setBusy(true);
    setStatus(tr("Saving the reading…"), false);
    m_pendingKey = m_outbox->queueMeterReading(m_meter->id, MeterReadingForm {date, *value});
    return true;
}

void MeterReadingEditor::onQueued(qint64 localId, const QString& key)
{
    if (key != m_pendingKey)
        return;
    m_pendingKey.clear();
    m_lastQueuedId = localId;
    setBusy(false);
    m_value->clear();
    setStatus(tr("The reading is saved. It is sent as soon as the server can be reached; until "
                 "then the history shows it as waiting to be sent."),
              false);
    emit readingQueued(localId);
}

void MeterReadingEditor::onQueueFailed(const QString& key, const QString& error)
{
    if (key != m_pendingKey)
        return;
    m_pendingKey.clear();
    setBusy(false);
    setStatus(tr("The reading could not be saved (%1). Try again.").arg(error), true);
}

void MeterReadingEditor::onItemDone(qint64 localId, bool accepted, const QString& message)
{
    if (localId != m_lastQueuedId)
        return;
    if (accepted)
        setStatus(tr("The reading has been accepted."), false);
    else
        setStatus(tr("The server did not accept the reading: %1").arg(message), true);
}

void MeterReadingEditor::setBusy(bool busy)
{
    m_date->setEnabled(!busy && m_meter);
    m_value->setReadOnly(busy);
    m_send->setEnabled(!busy && m_meter);
}

void MeterReadingEditor::showProblem(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void MeterReadingEditor::setStatus(const QString& text, bool problem)
{
    m_status->setProperty("problem", problem);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}
