#include "link/AddressPicker.h"

#include "api/ApiClient.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The directory's maximum: a house rarely has more flats, so the list is complete without typing.
constexpr int itemLimit = 200;

} // namespace

AddressPicker::AddressPicker(ApiClient& client, AddressQuery::Level level, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_level(level)
    , m_combo(new QComboBox(this))
    , m_typingPause(new QTimer(this))
{
    m_combo->setEditable(true);
    // Only the directory's items can be chosen; what is typed is a search, never a new item.
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(15);
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // A popup over the server's answers that does not take the keyboard from the line.
    auto* completer = new QCompleter(m_combo->model(), m_combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->setCompleter(completer);
    setFocusProxy(m_combo);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, [this] { load(m_combo->currentText()); });
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &AddressPicker::onTextEdited);
    connect(m_combo, &QComboBox::activated, this, &AddressPicker::onActivated);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    deactivate();
}

std::optional<AddressItem> AddressPicker::selectedItem() const
{
    return m_selected;
}

std::optional<qint64> AddressPicker::selectedId() const
{
    return m_selected ? std::optional(m_selected->id) : std::nullopt;
}

void AddressPicker::activate(qint64 parentId)
{
    m_parentId = parentId;
    m_typingPause->stop();
    m_combo->setEnabled(true);
    showItems({});
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setEditText({});
    }
    select(std::nullopt);
    load({});
}

void AddressPicker::deactivate()
{
    m_typingPause->stop();
    // An answer still on its way belongs to the old parent.
    ++m_generation;
    m_pending = 0;
    showItems({});
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setEditText({});
    }
    m_combo->setEnabled(false);
    select(std::nullopt);
}

bool AddressPicker::selectByName(const QString& name)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_combo->setCurrentIndex(i);
            onActivated(i);
            return true;
        }
    }
    return false;
}

void AddressPicker::load(const QString& prefix)
{
    const AddressQuery query = (m_level == AddressQuery::Level::District
                                    ? AddressQuery::districts(prefix.trimmed())
                                    : AddressQuery::within(m_level, m_parentId, prefix.trimmed()))
                                   .limitedTo(itemLimit);
    const quint64 generation = ++m_generation;
    ++m_pending;
    m_client.addresses(query)->onFinished(
        this, [this, generation](const ApiReply<QList<AddressItem>>& reply) {
            if (generation != m_generation)
                return;
            m_pending = 0;
            if (!reply.isOk()) {
                emit loadFailed(reply.error());
                return;
            }
            showItems(reply.value());
            emit itemsLoaded();
        });
}

void AddressPicker::showItems(const QList<AddressItem>& items)
{
    m_items = items;
    QLineEdit* edit = m_combo->lineEdit();
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    {
        // Refilling the list must neither replace nor choose what the user is typing.
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const AddressItem& item : items)
            m_combo->addItem(item.name, item.id);
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(text);
        edit->setCursorPosition(cursor);
    }
    if (!m_selected && !text.isEmpty()) {
        for (const AddressItem& item : items) {
            if (item.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
                select(item);
                break;
            }
        }
    }
    if (edit->hasFocus() && !text.isEmpty() && !m_selected && !items.isEmpty())
        m_combo->completer()->complete();
}

void AddressPicker::onTextEdited(const QString& text)
{
    std::optional<AddressItem> typedOut;
    for (const AddressItem& item : std::as_const(m_items)) {
        if (item.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            typedOut = item;
    }
    select(typedOut);
    m_typingPause->start();
}

void AddressPicker::onActivated(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_typingPause->stop();
    select(m_items.at(index));
}

void AddressPicker::select(std::optional<AddressItem> item)
{
    if (item == m_selected)
        return;
    m_selected = std::move(item);
    emit selectionChanged();
}
