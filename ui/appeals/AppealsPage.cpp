#include "appeals/AppealsPage.h"

#include "appeals/AppealEditor.h"
#include "appeals/AppealListModel.h"
#include "cache/CacheReaderThread.h"
#include "outbox/Outbox.h"
#include "store/AppealStore.h"
#include "widgets/CopyableTableView.h"
#include "widgets/ThemeColors.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Rich text with a colour of the palette's shade (ThemeColors), one placeholder for the text.
QString hintParagraph()
{
    return QStringLiteral("<p style=\"color:%1\">").arg(ThemeColors::css(ThemeColors::hint()))
        + QStringLiteral("%1</p>");
}

QString errorParagraph()
{
    return QStringLiteral("<p style=\"color:%1\">").arg(ThemeColors::css(ThemeColors::error()))
        + QStringLiteral("%1</p>");
}

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString when(const QDateTime& instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AppealsPage::AppealsPage(CacheReaderThread* reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new AppealListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new CopyableTableView(this))
    , m_empty(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_editAgain(new QPushButton(tr("Correct and send again"), this))
    , m_editor(new AppealEditor(this))
{
    setObjectName(QStringLiteral("appealsPage"));
    auto* title = new QLabel(tr("Appeals"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    // Selectable, like every text here, for «Заметили ошибку в тексте?» (Ctrl+Enter).
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* intro = new QLabel(tr("Your appeals to the regional operator and its answers. What you "
                                "write without a connection waits here and is sent as soon as "
                                "the server can be reached."),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AppealListModel::SortRole);
    m_view->setObjectName(QStringLiteral("appeals"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AppealListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Topics and refusals can be long: they share the width and are elided (the tooltip and the
    // reader pane have them whole), so that the list never scrolls sideways.
    m_view->horizontalHeader()->setSectionResizeMode(AppealListModel::TopicColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AppealListModel::StatusColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_empty->setObjectName(QStringLiteral("noAppeals"));
    m_empty->setText(tr("You have not written any appeal yet."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details->setObjectName(QStringLiteral("appealDetails"));
    m_details->setOpenExternalLinks(false);
    m_editAgain->setObjectName(QStringLiteral("editRefusedAppeal"));
    m_editAgain->hide();

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_empty, 1);
    auto* detailsPane = new QWidget(this);
    m_detailsPane = detailsPane;
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_editAgain, 0, Qt::AlignRight);
    // The list over the chosen appeal, and the form beside both, so that writing has the whole
    // height.
    auto* reading = new QSplitter(Qt::Vertical, this);
    reading->setObjectName(QStringLiteral("appealsReading"));
    reading->setChildrenCollapsible(false);
    reading->addWidget(listPane);
    reading->addWidget(detailsPane);
    reading->setStretchFactor(0, 1);
    reading->setStretchFactor(1, 1);
    reading->setSizes({240, 220});

    auto* newAppeal = new QGroupBox(tr("New appeal"), this);
    newAppeal->setObjectName(QStringLiteral("newAppeal"));
    auto* editorLayout = new QVBoxLayout(newAppeal);
    editorLayout->addWidget(m_editor);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("appealsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(reading);
    splitter->addWidget(newAppeal);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({430, 290});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AppealsPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AppealsPage::showDetails);
    connect(m_editAgain, &QPushButton::clicked, this, &AppealsPage::editRefused);
    showAppeals({});
}

void AppealsPage::setOutbox(Outbox* outbox)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_outboxConnections))
        disconnect(connection);
    m_outboxConnections.clear();
    m_outbox = outbox;
    m_editor->setOutbox(outbox);
    if (outbox) {
        // Every change of the outbox may have changed the cache too (a queued appeal, the
        // server's answer joined to it): both are read again together.
        m_outboxConnections = {
            connect(outbox, &Outbox::changed, this, &AppealsPage::reload),
            connect(outbox, &Outbox::ready, this, &AppealsPage::reload),
        };
    }
    reload();
}

void AppealsPage::setAccounts(const QList<Account>& accounts)
{
    m_accounts = accounts;
    m_model->setAccounts(accounts);
    m_editor->setAccounts(accounts);
    reload();
}

void AppealsPage::reload()
{
    if (!m_reader)
        return;
    m_reader->query(
        this, [](const QSqlDatabase& database) { return AppealStore(database).appeals(); },
        [this](const QList<Appeal>& appeals) { showAppeals(appeals); });
}

void AppealsPage::showAppeals(const QList<Appeal>& appeals)
{
    // The row shown in full stays chosen across the reload, by its local id.
    const int current = currentRow();
    const qint64 chosen = current >= 0 ? m_model->row(current).appeal.localId : 0;
    m_model->setAppeals(appeals);
    QList<OutboxItem> items;
    if (const Outbox* outbox = m_outbox.data())
        items = outbox->items();
    m_model->setOutboxItems(items);
    const bool any = m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    m_detailsPane->setVisible(any);
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (chosen == 0
            || m_model->row(m_sorted->mapToSource(index).row()).appeal.localId == chosen) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    showDetails();
    emit reloaded();
}

int AppealsPage::currentRow() const
{
    const QModelIndex index = m_sorted->mapToSource(m_view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void AppealsPage::showDetails()
{
    const int current = currentRow();
    if (current < 0) {
        m_details->setHtml(hintParagraph().arg(
            tr("Choose an appeal in the list to read it and the operator's answer.")
                .toHtmlEscaped()));
        m_editAgain->hide();
        return;
    }
    const AppealListModel::Row& row = m_model->row(current);
    const Appeal& appeal = row.appeal;
    QString account = tr("no particular account");
    if (appeal.accountId) {
        account = QString::number(*appeal.accountId);
        for (const Account& known : std::as_const(m_accounts)) {
            if (known.id == *appeal.accountId)
                account = tr("No. %1").arg(known.number);
        }
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(appeal.topic.toHtmlEscaped());
    html += hintParagraph().arg(
        tr("Written %1 · Account: %2 · Status: %3")
            .arg(when(appeal.createdAt), account, AppealListModel::statusText(row))
            .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(paragraphs(appeal.text));
    switch (row.delivery) {
    case AppealListModel::Delivery::Waiting:
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("This appeal has not reached the server yet. It is sent by itself as "
                            "soon as the connection is back.")
                             .toHtmlEscaped());
        break;
    case AppealListModel::Delivery::Refused:
    case AppealListModel::Delivery::NotSent:
        html += errorParagraph().arg(
            tr("The operator has not received this appeal. Correct it and send it "
               "again if you wish.")
                .toHtmlEscaped());
        break;
    case AppealListModel::Delivery::AtServer:
        html += QStringLiteral("<h4>%1</h4>").arg(tr("The operator's answer").toHtmlEscaped());
        if (appeal.answer.isEmpty())
            html += hintParagraph().arg(tr("No answer yet.").toHtmlEscaped());
        else
            html += QStringLiteral("<p>%1</p>%2")
                        .arg(paragraphs(appeal.answer),
                             appeal.answeredAt.isValid() ? hintParagraph().arg(
                                 tr("Answered %1").arg(when(appeal.answeredAt)).toHtmlEscaped())
                                                         : QString());
        break;
    }
    m_details->setHtml(html);
    m_editAgain->setVisible(row.delivery == AppealListModel::Delivery::Refused
                            || row.delivery == AppealListModel::Delivery::NotSent);
}

void AppealsPage::editRefused()
{
    const int current = currentRow();
    if (current < 0)
        return;
    const AppealListModel::Row row = m_model->row(current);
    AppealForm form;
    form.accountId = row.appeal.accountId;
    form.topic = row.appeal.topic;
    form.text = row.appeal.text;
    m_editor->setForm(form);
    // The refused copy goes: the corrected one replaces it.
    if (m_outbox && row.outboxId)
        m_outbox->discard(*row.outboxId);
}
