#include "ReplicaDifferences.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

QString keyText(qint64 key)
{
    return QString::number(key);
}

QString keyText(const SyncReplica::LineKey& key)
{
    return QString::number(key.first) + u' ' + key.second;
}

template<typename Key, typename T>
void compare(QStringList& out, ReplicaDifferences::Mode mode, const QString& what,
             const QMap<Key, T>& cached, const QMap<Key, T>& expected)
{
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        const QString name = what + u' ' + keyText(it.key());
        if (!expected.contains(it.key()))
            out << name + u" is cached but not on the server"_s;
        else if (!(expected.value(it.key()) == it.value()))
            out << name + u" differs"_s;
    }
    if (mode == ReplicaDifferences::Mode::Part)
        return;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!cached.contains(it.key()))
            out << what + u' ' + keyText(it.key()) + u" is missing from the cache"_s;
    }
}

template<typename T>
void comparePerAccount(QStringList& out, ReplicaDifferences::Mode mode, const QString& what,
                       const QMap<qint64, T>& cached, const QMap<qint64, T>& expected)
{
    QSet<qint64> accounts;
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        accounts.insert(it.key());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        accounts.insert(it.key());
    for (const qint64 account : std::as_const(accounts)) {
        compare(out, mode, what + u" of account "_s + QString::number(account),
                cached.value(account), expected.value(account));
    }
}

} // namespace

QStringList ReplicaDifferences::between(const SyncReplica& cached, const SyncReplica& expected,
                                        Mode mode)
{
    QStringList out;
    if (cached.profile != expected.profile && (mode == Mode::Equal || cached.profile))
        out << u"the profile differs"_s;
    compare(out, mode, u"account"_s, cached.accounts, expected.accounts);
    for (auto it = cached.accounts.cbegin(); it != cached.accounts.cend(); ++it) {
        const bool recorded = cached.lastClosed.contains(it.key());
        if (!recorded && mode == Mode::Part)
            continue;
        if (!recorded || cached.lastClosed.value(it.key()) != expected.lastClosed.value(it.key()))
            out << u"the last closed period of account "_s + QString::number(it.key())
                    + u" differs"_s;
    }
    comparePerAccount(out, mode, u"charge line"_s, cached.lines, expected.lines);
    comparePerAccount(out, mode, u"recalculation"_s, cached.recalculations,
                      expected.recalculations);
    comparePerAccount(out, mode, u"payment"_s, cached.payments, expected.payments);
    comparePerAccount(out, mode, u"meter"_s, cached.meters, expected.meters);
    compare(out, mode, u"building"_s, cached.buildings, expected.buildings);
    compare(out, mode, u"organization"_s, cached.organizations, expected.organizations);
    compare(out, mode, u"news item"_s, cached.news, expected.news);
    compare(out, mode, u"appeal"_s, cached.appeals, expected.appeals);
    return out;
}
