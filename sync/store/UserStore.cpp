#include "store/UserStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

UserStore::UserStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

std::optional<UserProfile> UserStore::profile() const
{
    return m_connection.one(
        u"SELECT login, email, receipts_by_email FROM user_profile WHERE id = 1"_s, {},
        [](const QSqlQuery& row) {
            return UserProfile {row.value(0).toString(), row.value(1).toString(),
                                row.value(2).toBool()};
        });
}

bool UserStore::saveProfile(const UserProfile& profile)
{
    return m_connection.upsert(u"UPDATE user_profile SET login = :login, email = :email, "
                               "receipts_by_email = :receipts WHERE id = 1"_s,
                               u"INSERT INTO user_profile (id, login, email, receipts_by_email) "
                               "VALUES (1, :login, :email, :receipts)"_s,
                               {{u":login"_s, profile.login},
                                {u":email"_s, profile.email},
                                {u":receipts"_s, profile.receiptsByEmail}});
}

bool UserStore::setReceiptsByEmail(bool enabled)
{
    const std::optional<int> changed =
        m_connection.change(u"UPDATE user_profile SET receipts_by_email = :receipts WHERE id = 1"_s,
                            {{u":receipts"_s, enabled}});
    if (!changed)
        return false;
    return *changed == 1
        || m_connection.fail(QCoreApplication::translate("UserStore", "No profile is stored."));
}

bool UserStore::clear()
{
    return m_connection.run(u"DELETE FROM user_profile"_s);
}
