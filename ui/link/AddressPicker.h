#pragma once

#include "api/AddressQuery.h"
#include "net/ApiError.h"
#include "protocol/json/AddressItem.h"

#include <QList>
#include <QWidget>

#include <optional>

class ApiClient;
class QComboBox;
class QTimer;

// One level of the address directory (Город/Район, Населенный пункт, Улица, Дом, Квартира) as an
// editable drop-down with type-ahead: what the user types is sent as the directory's prefix, a
// moment after the last key press, and the list shows the server's answer. An item counts as
// chosen when it is picked from the list or typed out in full.
//
// A picker is disabled until activate() names the item of the level above (districts need none);
// the link form chains the five so that choosing a district loads its settlements, and so on.
class AddressPicker : public QWidget
{
    Q_OBJECT

public:
    // How long typing must pause before the prefix is sent.
    static constexpr int typingPauseMs = 250;

    AddressPicker(ApiClient& client, AddressQuery::Level level, QWidget* parent = nullptr);

    AddressQuery::Level level() const { return m_level; }
    QComboBox* comboBox() const { return m_combo; }

    // The chosen item; std::nullopt while none is.
    std::optional<AddressItem> selectedItem() const;
    std::optional<qint64> selectedId() const;
    // What the list holds now (the last answer).
    QList<AddressItem> items() const { return m_items; }
    bool isLoading() const { return m_pending > 0; }

public slots:
    // Enables the picker and loads the first answers of this level within parentId (ignored for
    // districts), dropping the choice and the text.
    void activate(qint64 parentId = 0);
    // Empties and disables the picker (its parent is not chosen).
    void deactivate();
    // Picks the item of that name when the list holds it.
    bool selectByName(const QString& name);

signals:
    // The choice changed (to an item or to none).
    void selectionChanged();
    // An answer arrived and the list shows it.
    void itemsLoaded();
    void loadFailed(const ApiError& error);

private:
    void load(const QString& prefix);
    void showItems(const QList<AddressItem>& items);
    void onTextEdited(const QString& text);
    void onActivated(int index);
    void select(std::optional<AddressItem> item);

    ApiClient& m_client;
    const AddressQuery::Level m_level;
    QComboBox* m_combo = nullptr;
    QTimer* m_typingPause = nullptr;
    qint64 m_parentId = 0;
    QList<AddressItem> m_items;
    std::optional<AddressItem> m_selected;
    // Answers may come back out of order; only the latest request's is shown.
    quint64 m_generation = 0;
    int m_pending = 0;
};
