#pragma once

#include "protocol/types/Organization.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class CacheReaderThread;
class CopyableTableView;
class OrganizationListModel;
class QLabel;
class QTextBrowser;

// The «Организации» section: the organizations the operator lists (itself, the managing company,
// payment agents, the inspectorate) with their role and contacts, and the chosen one in full
// beside the list, its phones, e-mail and website as links the desktop opens (ContactLink). Read
// from the cache on the reader's thread.
class OrganizationsPage : public QWidget
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page (the page then stops reading).
    explicit OrganizationsPage(CacheReaderThread* reader, QWidget* parent = nullptr);

    OrganizationListModel* model() const { return m_model; }
    CopyableTableView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    // What the last link opened said, e.g. that nothing opens it here; empty after a success.
    QString linkProblem() const;

    // The details of organization as the pane shows them (HTML, every value escaped).
    static QString detailsHtml(const Organization& organization);

public slots:
    void reload();
    // Opens url through ContactLink, telling on the page when it cannot be.
    void openLink(const QUrl& url);

signals:
    // A read arrived and is shown.
    void reloaded();

private:
    void showOrganizations(const QList<Organization>& organizations);
    void showDetails();

    QPointer<CacheReaderThread> m_reader;
    OrganizationListModel* m_model = nullptr;
    CopyableTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_linkProblem = nullptr;
};
