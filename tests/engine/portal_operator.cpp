// What the operator does on the running kabinet-portal between two syncs of a test, written
// through the server's own repositories into its data directory (the server has no HTTP
// endpoints for it). A program of its own because the server's classes (ApiError, …) must not
// share a binary with the client's:
//
//     portal_operator DATA news TITLE BODY PUBLISHED          prints the new item's id
//     portal_operator DATA payment ACCOUNT DATE KOPECKS        prints the new payment's id
//     portal_operator DATA answer APPEAL TEXT ANSWERED         answers an appeal
//
// PUBLISHED and ANSWERED are ISO instants in UTC, DATE an ISO date. Exit code 0 on success.
#include "accounts/NewsRepository.h"
#include "accounts/PaymentRepository.h"
#include "appeals/AppealRepository.h"
#include "storage/ChangeSequence.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "portal_operator: " << message << '\n';
    return 1;
}

QDateTime instant(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace

int main(int argc, char** argv)
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2)
        return fail(u"usage: portal_operator DATA news|payment|answer …"_s);
    PortalDatabase database;
    if (!database.open(QDir(args.at(0)).filePath(u"portal.db"_s)))
        return fail(u"cannot open the portal's database"_s);
    const QString command = args.at(1);
    SqlTransaction transaction(database);
    const std::optional<qint64> stamp = ChangeSequence::next(database);
    if (!stamp)
        return fail(u"no change stamp"_s);
    std::optional<qint64> id;
    if (command == u"news" && args.size() == 5) {
        id = NewsRepository(database).insert(
            NewsItem {0, instant(args.at(4)), args.at(2), args.at(3), false}, *stamp);
    } else if (command == u"payment" && args.size() == 5) {
        id = PaymentRepository(database).insert(
            Payment {0, args.at(2).toLongLong(), QDate::fromString(args.at(3), Qt::ISODate),
                     Money::fromKopecks(args.at(4).toLongLong()), u"Почта России"_s},
            *stamp);
    } else if (command == u"answer" && args.size() == 5) {
        const qint64 appeal = args.at(2).toLongLong();
        if (AppealRepository(database).answer(appeal, args.at(3), instant(args.at(4))))
            id = appeal;
    } else {
        return fail(u"unknown command or wrong arguments: "_s + args.join(u' '));
    }
    if (!id || !transaction.commit())
        return fail(u"the write failed"_s);
    QTextStream(stdout) << *id << '\n';
    return 0;
}
