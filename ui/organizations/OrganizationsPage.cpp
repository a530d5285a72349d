#include "organizations/OrganizationsPage.h"

#include "cache/CacheReaderThread.h"
#include "organizations/ContactLink.h"
#include "organizations/OrganizationListModel.h"
#include "store/OrganizationStore.h"
#include "widgets/CopyableTableView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// A value as a link when it makes a safe one, else as plain text.
QString linkOrText(const QUrl& url, const QString& text)
{
    if (url.isEmpty())
        return escaped(text);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(text));
}

QString row(const QString& name, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(escaped(name), valueHtml);
}

} // namespace

OrganizationsPage::OrganizationsPage(CacheReaderThread* reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new OrganizationListModel(this))
    , m_view(new CopyableTableView(this))
    , m_empty(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_linkProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("organizationsPage"));
    auto* title = new QLabel(tr("Organizations"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    m_empty->setObjectName(QStringLiteral("noOrganizations"));
    m_empty->setText(tr("No organizations yet: they appear after the next sync."));
    m_empty->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("organizations"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Names run long («НКО «Региональный фонд капитального ремонта …»»): wrapped, not cut.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 12);
    // As tall as its rows when there is room, so that the details get the rest.
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OrganizationListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OrganizationListModel::PhonesColumn, QHeaderView::Interactive);
    // In full in the details below; the table keeps to what tells the organizations apart.
    m_view->setColumnHidden(OrganizationListModel::AddressColumn, true);
    m_view->setColumnHidden(OrganizationListModel::WebsiteColumn, true);
    m_view->setColumnHidden(OrganizationListModel::OpeningHoursColumn, true);

    m_details->setObjectName(QStringLiteral("organizationDetails"));
    m_details->setOpenLinks(false);
    m_details->setOpenExternalLinks(false);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_linkProblem->setObjectName(QStringLiteral("linkProblem"));
    m_linkProblem->setWordWrap(true);
    m_linkProblem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_linkProblem);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganizationsPage::showDetails);
    // Enter or a double click on a phone, an e-mail or a website opens it.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QUrl url = index.data(OrganizationListModel::LinkRole).toUrl();
        if (!url.isEmpty())
            openLink(url);
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, &OrganizationsPage::openLink);
    showOrganizations({});
}

QString OrganizationsPage::linkProblem() const
{
    return m_linkProblem->isHidden() ? QString() : m_linkProblem->text();
}

void OrganizationsPage::reload()
{
    if (!m_reader)
        return;
    m_reader->query(
        this,
        [](const QSqlDatabase& database) { return OrganizationStore(database).organizations(); },
        [this](const QList<Organization>& organizations) { showOrganizations(organizations); });
}

void OrganizationsPage::showOrganizations(const QList<Organization>& organizations)
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 chosen = current.isValid()
        ? current.data(OrganizationListModel::OrganizationIdRole).toLongLong()
        : 0;
    m_model->setOrganizations(organizations);
    // One phone a line: the name keeps the width that several phones in a row would take.
    int phonesWidth =
        m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
            m_model->headerData(OrganizationListModel::PhonesColumn, Qt::Horizontal).toString())
        + 16;
    for (const Organization& organization : organizations) {
        for (const QString& phone : organization.phones)
            phonesWidth = std::max(phonesWidth, fontMetrics().horizontalAdvance(phone + u',') + 16);
    }
    m_view->horizontalHeader()->resizeSection(OrganizationListModel::PhonesColumn, phonesWidth);
    m_empty->setVisible(organizations.isEmpty());
    m_view->setVisible(!organizations.isEmpty());
    m_details->setVisible(!organizations.isEmpty());
    if (!organizations.isEmpty()) {
        const int row = m_model->rowOf(chosen);
        m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    }
    showDetails();
    emit reloaded();
}

void OrganizationsPage::showDetails()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(detailsHtml(m_model->organizations().at(index.row())));
}

QString OrganizationsPage::detailsHtml(const Organization& organization)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(organization.name));
    if (!organization.role.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(organization.role));

    QString rows;
    if (!organization.address.isEmpty())
        rows += row(tr("Address"), escaped(organization.address));
    if (!organization.phones.isEmpty()) {
        QStringList phones;
        for (const QString& phone : organization.phones)
            phones.append(linkOrText(ContactLink::phone(phone), phone));
        rows += row(organization.phones.size() > 1 ? tr("Phones") : tr("Phone"),
                    phones.join(QStringLiteral(", ")));
    }
    if (!organization.email.isEmpty())
        rows += row(tr("E-mail"),
                    linkOrText(ContactLink::email(organization.email), organization.email));
    if (!organization.openingHours.isEmpty())
        rows += row(tr("Opening hours"), escaped(organization.openingHours));
    if (!organization.website.isEmpty()) {
        const QString shown = organization.website.toDisplayString();
        rows += row(tr("Website"), linkOrText(ContactLink::website(organization.website), shown));
    }
    if (organization.takesPayments()) {
        // In the same table, so that both blocks' values line up.
        rows += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-top: 10px;\"><b>%1</b>"
                               "</td></tr>")
                    .arg(escaped(tr("Payment details")));
        rows += row(tr("INN"), escaped(organization.inn));
        if (!organization.kpp.isEmpty())
            rows += row(tr("KPP"), escaped(organization.kpp));
        rows += row(tr("Bank"), escaped(organization.bankName));
        rows += row(tr("BIC"), escaped(organization.bic));
        rows += row(tr("Settlement account"), escaped(organization.settlementAccount));
        rows += row(tr("Correspondent account"), escaped(organization.correspondentAccount));
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows);
    return html;
}

void OrganizationsPage::openLink(const QUrl& url)
{
    QString problem;
    if (!ContactLink::isAllowed(url))
        problem = tr("This link is not opened: it is neither a phone, an e-mail address nor a "
                     "website.");
    else if (!ContactLink::open(url))
        problem = tr("No program on this computer opens %1.").arg(url.toDisplayString());
    m_linkProblem->setText(problem);
    m_linkProblem->setVisible(!problem.isEmpty());
}
