#pragma once

#include "protocol/types/Organization.h"

#include <QAbstractTableModel>
#include <QList>

// The organizations of the «Организации» section, as the server lists them: a row each with its
// role and contacts. The contact columns carry the link they open (ContactLink), when they make
// one.
class OrganizationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        PhonesColumn,
        EmailColumn,
        OpeningHoursColumn,
        AddressColumn,
        WebsiteColumn,
        ColumnCount
    };
    enum Role
    {
        OrganizationIdRole = Qt::UserRole + 1, // qint64, every column
        // The QUrl the cell opens: the first phone, the e-mail, the website; nothing when the
        // value makes no safe link.
        LinkRole,
    };

    explicit OrganizationListModel(QObject* parent = nullptr);

    void setOrganizations(const QList<Organization>& organizations);
    const QList<Organization>& organizations() const { return m_organizations; }
    // -1 when there is no such organization.
    int rowOf(qint64 organizationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(const Organization& organization, int column) const;
    static QUrl link(const Organization& organization, int column);

    QList<Organization> m_organizations;
};
