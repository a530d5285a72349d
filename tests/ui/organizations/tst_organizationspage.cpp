#include "DemoCacheRig.h"
#include "main/MainWindow.h"
#include "organizations/OrganizationListModel.h"
#include "organizations/OrganizationsPage.h"
#include "store/OrganizationStore.h"
#include "widgets/CopyableTableView.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;
const QStringList linkSchemes = {u"tel"_s, u"mailto"_s, u"http"_s, u"https"_s, u"javascript"_s};

// Every link of the details pane: its target and where it is drawn.
struct Anchor
{
    QString href;
    QString text;
    QRect rect; // in the viewport
};

QList<Anchor> anchorsOf(QTextBrowser* browser)
{
    QList<Anchor> anchors;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor())
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            anchors.append(
                {fragment.charFormat().anchorHref(), fragment.text(), browser->cursorRect(cursor)});
        }
    }
    return anchors;
}

} // namespace

// Receives what QDesktopServices::openUrl hands on, instead of a mail program or a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestOrganizationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyOrganizationMatchesTheServer();
    void clickingALinkOpensIt();
    void enterOnAContactCellOpensIt();
    void badLinksAreNeitherShownNorOpened();
    void theListIsCopyable();
    void looksRightInTheWindow();

private:
    bool load(OrganizationsPage& page);

    DemoCacheRig m_rig;
    UrlCatcher m_catcher;
};

void TestOrganizationsPage::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    for (const QString& scheme : linkSchemes)
        QDesktopServices::setUrlHandler(scheme, &m_catcher, "open");
}

void TestOrganizationsPage::cleanupTestCase()
{
    for (const QString& scheme : linkSchemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestOrganizationsPage::init()
{
    m_catcher.urls.clear();
}

bool TestOrganizationsPage::load(OrganizationsPage& page)
{
    QSignalSpy reloaded(&page, &OrganizationsPage::reloaded);
    page.reload();
    return reloaded.wait(waitMs);
}

void TestOrganizationsPage::everyOrganizationMatchesTheServer()
{
    OrganizationsPage page(&m_rig.reader());
    page.resize(900, 700);
    page.show();
    QVERIFY(load(page));
    const QJsonArray server = m_rig.serverItems(u"/api/v1/organizations"_s);
    QCOMPARE(server.size(), 4);
    const OrganizationListModel* model = page.model();
    QCOMPARE(model->rowCount(), int(server.size()));
    int withPayments = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject organization = server.at(row).toObject();
        const auto cell = [&](int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(model->index(row, 0).data(OrganizationListModel::OrganizationIdRole).toLongLong(),
                 organization.value(u"id"_s).toInteger());
        QCOMPARE(cell(OrganizationListModel::NameColumn), organization.value(u"name"_s).toString());
        QCOMPARE(cell(OrganizationListModel::RoleColumn), organization.value(u"role"_s).toString());
        QCOMPARE(cell(OrganizationListModel::AddressColumn),
                 organization.value(u"address"_s).toString());
        QStringList phones;
        for (const QJsonValue& phone : organization.value(u"phones"_s).toArray())
            phones.append(phone.toString());
        QVERIFY(!phones.isEmpty());
        QCOMPARE(cell(OrganizationListModel::PhonesColumn), phones.join(u", "_s));
        const QString email = organization.value(u"email"_s).toString();
        QCOMPARE(cell(OrganizationListModel::EmailColumn), email);
        QCOMPARE(cell(OrganizationListModel::OpeningHoursColumn),
                 organization.value(u"openingHours"_s).toString());
        const QString website = organization.value(u"website"_s).toString();
        QCOMPARE(QUrl(cell(OrganizationListModel::WebsiteColumn)), QUrl(website));

        // The details pane: everything, the contacts as links.
        page.view()->setCurrentIndex(model->index(row, 0));
        const QString text = page.details()->toPlainText();
        for (const QString& value :
             {organization.value(u"name"_s).toString(), organization.value(u"role"_s).toString(),
              organization.value(u"address"_s).toString(),
              organization.value(u"openingHours"_s).toString(), email})
            QVERIFY2(text.contains(value), qPrintable(value));
        QStringList hrefs;
        for (const Anchor& anchor : anchorsOf(page.details()))
            hrefs.append(anchor.href);
        QStringList expected;
        for (const QString& phone : std::as_const(phones)) {
            QString digits;
            for (const QChar c : phone) {
                if (c.isDigit() || c == u'+')
                    digits.append(c);
            }
            expected.append(u"tel:"_s + digits);
        }
        expected.append(u"mailto:"_s + email);
        if (!website.isEmpty())
            expected.append(QUrl(website).toString(QUrl::FullyEncoded));
        QCOMPARE(hrefs, expected);
        const QString settlement = organization.value(u"settlementAccount"_s).toString();
        if (!settlement.isEmpty()) {
            ++withPayments;
            for (const QString& field : {u"inn"_s, u"kpp"_s, u"bankName"_s, u"bic"_s,
                                         u"settlementAccount"_s, u"correspondentAccount"_s})
                QVERIFY2(text.contains(organization.value(field).toString()), qPrintable(field));
        }
    }
    QCOMPARE(withPayments, 2);
}

void TestOrganizationsPage::clickingALinkOpensIt()
{
    OrganizationsPage page(&m_rig.reader());
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(load(page));
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QCoreApplication::processEvents();
    const QList<Anchor> anchors = anchorsOf(page.details());
    QVERIFY(anchors.size() >= 3);
    QList<QUrl> expected;
    for (const Anchor& anchor : anchors) {
        QVERIFY2(page.details()->viewport()->rect().contains(anchor.rect.center()),
                 qPrintable(anchor.text));
        QTest::mouseClick(page.details()->viewport(), Qt::LeftButton, {}, anchor.rect.center());
        expected.append(QUrl(anchor.href));
    }
    QCOMPARE(m_catcher.urls, expected);
    QVERIFY(expected.contains(QUrl(u"mailto:info@fkr-ensk.example"_s)));
    QCOMPARE(page.linkProblem(), QString());
}

void TestOrganizationsPage::enterOnAContactCellOpensIt()
{
    OrganizationsPage page(&m_rig.reader());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(load(page));
    CopyableTableView* view = page.view();
    view->setFocus();
    view->setCurrentIndex(page.model()->index(0, OrganizationListModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(page.details()->toPlainText().contains(page.model()->organizations().at(1).name));
    view->setCurrentIndex(page.model()->index(1, OrganizationListModel::EmailColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_catcher.urls,
             QList<QUrl> {QUrl(u"mailto:"_s + page.model()->organizations().at(1).email)});
    // A cell that is no contact opens nothing.
    view->setCurrentIndex(page.model()->index(1, OrganizationListModel::RoleColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_catcher.urls.size(), 1);
}

void TestOrganizationsPage::badLinksAreNeitherShownNorOpened()
{
    // As a server might send it: nothing of it may become a link the desktop opens.
    Organization odd;
    odd.id = 999;
    odd.name = u"<b>Не ссылка</b>"_s;
    odd.phones = {u"javascript:alert(1)"_s, u"+7 (4852) 00-99-99"_s};
    odd.email = u"a@example.ru?bcc=all@evil.example"_s;
    odd.website = QUrl(u"javascript:alert(1)"_s);
    OrganizationStore store(m_rig.cache().database());
    QVERIFY(store.upsert(odd));

    OrganizationsPage page(&m_rig.reader());
    page.resize(900, 700);
    page.show();
    QVERIFY(load(page));
    const int row = page.model()->rowOf(999);
    QVERIFY(row >= 0);
    page.view()->setCurrentIndex(page.model()->index(row, 0));
    // The markup is text, not markup.
    QVERIFY(page.details()->toPlainText().contains(u"<b>Не ссылка</b>"_s));
    QVERIFY(page.details()->toPlainText().contains(u"javascript:alert(1)"_s));
    QStringList hrefs;
    for (const Anchor& anchor : anchorsOf(page.details()))
        hrefs.append(anchor.href);
    QCOMPARE(hrefs, QStringList {u"tel:+74852009999"_s});

    page.openLink(QUrl(u"javascript:alert(1)"_s));
    QVERIFY(!page.linkProblem().isEmpty());
    page.openLink(QUrl(u"mailto:a@example.ru?bcc=all@evil.example"_s));
    QVERIFY(!page.linkProblem().isEmpty());
    QVERIFY(m_catcher.urls.isEmpty());
    page.openLink(QUrl(u"tel:+74852009999"_s));
    QCOMPARE(page.linkProblem(), QString());
    QCOMPARE(m_catcher.urls, QList<QUrl> {QUrl(u"tel:+74852009999"_s)});
    QVERIFY(store.remove(999));
}

void TestOrganizationsPage::theListIsCopyable()
{
    OrganizationsPage page(&m_rig.reader());
    QVERIFY(load(page));
    page.view()->selectAll();
    page.view()->copySelection();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), page.model()->rowCount());
    for (int row = 0; row < lines.size(); ++row) {
        const Organization& organization = page.model()->organizations().at(row);
        QVERIFY(lines.at(row).startsWith(organization.name + u'\t' + organization.role));
        QVERIFY(lines.at(row).contains(organization.email));
    }
}

void TestOrganizationsPage::looksRightInTheWindow()
{
    MainWindow window;
    auto* page = new OrganizationsPage(&m_rig.reader());
    window.setSectionPage(MainSection::Organizations, page);
    window.showSection(MainSection::Organizations);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(*page));
    DemoCacheRig::saveShot(&window, u"organizations-window"_s);
    // Every organization's row and the chosen one's details are in sight at once.
    int rows = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        rows += page->view()->rowHeight(row);
    QVERIFY2(page->view()->viewport()->height() >= rows,
             qPrintable(u"%1 < %2"_s.arg(page->view()->viewport()->height()).arg(rows)));
    QVERIFY(page->details()->isVisible());
    QVERIFY(page->details()->height() >= page->view()->height());
}

QTEST_MAIN(TestOrganizationsPage)
#include "tst_organizationspage.moc"
