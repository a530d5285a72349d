#include "organizations/OrganizationListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Organization fund()
{
    Organization organization;
    organization.id = 3;
    organization.name = u"НКО «Региональный фонд капитального ремонта»"_s;
    organization.role = u"Региональный оператор"_s;
    organization.address = u"г. Энск, ул. Советская, д. 10"_s;
    organization.phones = {u"+7 (4852) 00-10-01"_s, u"+7 (4852) 00-10-02"_s};
    organization.email = u"info@fkr-ensk.example"_s;
    organization.openingHours = u"пн–чт 8:30–17:30"_s;
    organization.website = QUrl(u"https://fkr-ensk.example"_s);
    return organization;
}

} // namespace

class TestOrganizationListModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowEveryContact();
    void contactCellsCarryTheirLinks();
    void badContactsMakeNoLink();
};

void TestOrganizationListModel::rowsShowEveryContact()
{
    OrganizationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Organization inspectorate;
    inspectorate.id = 9;
    inspectorate.name = u"ГЖИ"_s;
    model.setOrganizations({fund(), inspectorate});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OrganizationListModel::ColumnCount));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, OrganizationListModel::NameColumn).toString(), fund().name);
    QCOMPARE(cell(0, OrganizationListModel::RoleColumn).toString(), u"Региональный оператор"_s);
    QCOMPARE(cell(0, OrganizationListModel::PhonesColumn).toString(),
             u"+7 (4852) 00-10-01, +7 (4852) 00-10-02"_s);
    QCOMPARE(cell(0, OrganizationListModel::EmailColumn).toString(), u"info@fkr-ensk.example"_s);
    QCOMPARE(cell(0, OrganizationListModel::OpeningHoursColumn).toString(), u"пн–чт 8:30–17:30"_s);
    QCOMPARE(cell(0, OrganizationListModel::AddressColumn).toString(), fund().address);
    QCOMPARE(cell(0, OrganizationListModel::WebsiteColumn).toString(),
             u"https://fkr-ensk.example"_s);
    QCOMPARE(cell(1, OrganizationListModel::NameColumn, OrganizationListModel::OrganizationIdRole)
                 .toLongLong(),
             9);
    QCOMPARE(cell(1, OrganizationListModel::WebsiteColumn).toString(), QString());
    QCOMPARE(model.rowOf(9), 1);
    QCOMPARE(model.rowOf(10), -1);
}

void TestOrganizationListModel::contactCellsCarryTheirLinks()
{
    OrganizationListModel model;
    model.setOrganizations({fund()});
    const auto link = [&](int column) {
        return model.index(0, column).data(OrganizationListModel::LinkRole).toUrl();
    };
    QCOMPARE(link(OrganizationListModel::PhonesColumn), QUrl(u"tel:+74852001001"_s));
    QCOMPARE(link(OrganizationListModel::EmailColumn), QUrl(u"mailto:info@fkr-ensk.example"_s));
    QCOMPARE(link(OrganizationListModel::WebsiteColumn), QUrl(u"https://fkr-ensk.example"_s));
    QCOMPARE(link(OrganizationListModel::NameColumn), QUrl());
}

void TestOrganizationListModel::badContactsMakeNoLink()
{
    Organization odd = fund();
    odd.phones = {u"звоните в рабочее время"_s, u"8 (48535) 2-11-00"_s};
    odd.email = u"info@example.ru?bcc=all@evil.example"_s;
    odd.website = QUrl(u"javascript:alert(1)"_s);
    OrganizationListModel model;
    model.setOrganizations({odd});
    const auto link = [&](int column) {
        return model.index(0, column).data(OrganizationListModel::LinkRole);
    };
    // The first phone that makes a link.
    QCOMPARE(link(OrganizationListModel::PhonesColumn).toUrl(), QUrl(u"tel:84853521100"_s));
    QVERIFY(!link(OrganizationListModel::EmailColumn).isValid());
    QVERIFY(!link(OrganizationListModel::WebsiteColumn).isValid());
    // Still shown as the server sent it.
    QCOMPARE(model.index(0, OrganizationListModel::EmailColumn).data().toString(), odd.email);
}

QTEST_MAIN(TestOrganizationListModel)
#include "tst_organizationlistmodel.moc"
