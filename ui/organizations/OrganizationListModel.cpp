#include "organizations/OrganizationListModel.h"

#include "organizations/ContactLink.h"

OrganizationListModel::OrganizationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void OrganizationListModel::setOrganizations(const QList<Organization>& organizations)
{
    beginResetModel();
    m_organizations = organizations;
    endResetModel();
}

int OrganizationListModel::rowOf(qint64 organizationId) const
{
    for (int row = 0; row < m_organizations.size(); ++row) {
        if (m_organizations.at(row).id == organizationId)
            return row;
    }
    return -1;
}

int OrganizationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int OrganizationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization& organization = m_organizations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(organization, index.column());
    case Qt::ToolTipRole:
        // Long names are cut short in the table.
        if (index.column() == NameColumn || index.column() == AddressColumn)
            return text(organization, index.column());
        break;
    case OrganizationIdRole:
        return organization.id;
    case LinkRole: {
        const QUrl url = link(organization, index.column());
        if (!url.isEmpty())
            return url;
        break;
    }
    }
    return {};
}

QVariant OrganizationListModel::text(const Organization& organization, int column) const
{
    switch (column) {
    case NameColumn:
        return organization.name;
    case RoleColumn:
        return organization.role;
    case PhonesColumn:
        return organization.phones.join(u", ");
    case EmailColumn:
        return organization.email;
    case OpeningHoursColumn:
        return organization.openingHours;
    case AddressColumn:
        return organization.address;
    case WebsiteColumn:
        return organization.website.toDisplayString();
    }
    return {};
}

QUrl OrganizationListModel::link(const Organization& organization, int column)
{
    switch (column) {
    case PhonesColumn:
        for (const QString& phone : organization.phones) {
            const QUrl url = ContactLink::phone(phone);
            if (!url.isEmpty())
                return url;
        }
        break;
    case EmailColumn:
        return ContactLink::email(organization.email);
    case WebsiteColumn:
        return ContactLink::website(organization.website);
    }
    return {};
}

QVariant OrganizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Organization");
    case RoleColumn:
        return tr("Role");
    case PhonesColumn:
        return tr("Phones");
    case EmailColumn:
        return tr("E-mail");
    case OpeningHoursColumn:
        return tr("Opening hours");
    case AddressColumn:
        return tr("Address");
    case WebsiteColumn:
        return tr("Website");
    }
    return {};
}
