#include "CacheOpenMeasurement.h"

#include "BenchContext.h"
#include "FigureTable.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheLocation.h"
#include "cache/CacheUnlocker.h"
#include "keys/KeyFile.h"
#include "keys/Keychain.h"
#include "keys/PasswordKeyWrap.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString rememberedName = u"Open the cache with the remembered key"_s;
const QString keychainName = u"  of which the keychain's answer"_s;
const QString passwordName = u"Unlock the cache with the password"_s;
const QString kdfName = u"  of which the key derivation"_s;

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs one CacheUnlocker operation to its finished().
std::optional<CacheUnlocker::Outcome> unlock(CacheUnlocker& unlocker,
                                             const std::function<bool()>& start)
{
    std::optional<CacheUnlocker::Outcome> outcome;
    QEventLoop loop;
    QObject::connect(&unlocker, &CacheUnlocker::finished, &loop,
                     [&](const CacheUnlocker::Outcome& answer) {
                         outcome = answer;
                         loop.quit();
                     });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!start())
        return std::nullopt;
    loop.exec();
    return outcome;
}

// Opens the database with key and reads its first page, as a view's first query would.
bool openAndRead(const CacheLocation& location, const DataKey& key, int run, QString* error)
{
    std::optional<CacheDatabase> cache = CacheDatabase::open(
        location.databasePath(), key.bytes(), u"bench-open-%1"_s.arg(run), nullptr, error);
    if (!cache)
        return false;
    QSqlQuery query(cache->database());
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
        *error = u"the first read failed"_s;
        return false;
    }
    return true;
}

} // namespace

QString CacheOpenMeasurement::title() const
{
    return u"opening the cache: remembered key, password, key derivation"_s;
}

void CacheOpenMeasurement::run(const BenchContext& context, FigureTable& table)
{
    const CacheLocation location = CacheLocation::forUser(context.server, context.login);
    const KeyFile::ReadResult keyFile = KeyFile(location.keyFilePath()).read();
    Keychain keychain;
    Samples remembered, keychainOnly, password, kdf;
    QString problem;
    for (int i = -1; i < context.runs && problem.isEmpty(); ++i) {
        QElapsedTimer timer;
        {
            CacheUnlocker unlocker(location, &keychain);
            timer.start();
            const std::optional<CacheUnlocker::Outcome> outcome =
                unlock(unlocker, [&] { return unlocker.unlockWithKeychain(); });
            const double keychainMs = msSince(timer);
            QString error;
            if (!outcome || !outcome->ok()) {
                problem = u"the keychain gave no key: "_s
                    + (outcome ? CacheUnlocker::errorName(outcome->error) : u"no answer"_s);
                break;
            }
            if (!openAndRead(location, *outcome->key, 2 * i + 2, &error)) {
                problem = u"the remembered key did not open the cache: "_s + error;
                break;
            }
            if (i >= 0) {
                remembered.add(msSince(timer));
                keychainOnly.add(keychainMs);
            }
        }
        {
            CacheUnlocker unlocker(location, &keychain);
            timer.start();
            const std::optional<CacheUnlocker::Outcome> outcome =
                unlock(unlocker, [&] { return unlocker.unlockWithPassword(context.password); });
            QString error;
            if (!outcome || !outcome->ok()) {
                problem = u"the password did not unlock the cache: "_s
                    + (outcome ? CacheUnlocker::errorName(outcome->error) : u"no answer"_s);
                break;
            }
            if (!openAndRead(location, *outcome->key, 2 * i + 3, &error)) {
                problem = u"the password's key did not open the cache: "_s + error;
                break;
            }
            if (i >= 0)
                password.add(msSince(timer));
        }
        if (!keyFile.ok()) {
            problem = u"cannot read the key file "_s + location.keyFilePath();
            break;
        }
        timer.start();
        const PasswordKeyWrap::UnwrapResult unwrapped =
            PasswordKeyWrap::unwrap(keyFile.blob, context.password);
        if (!unwrapped.ok()) {
            problem =
                u"the key file did not unwrap: "_s + PasswordKeyWrap::errorText(unwrapped.error);
            break;
        }
        if (i >= 0)
            kdf.add(msSince(timer));
    }
    if (!problem.isEmpty()) {
        for (const QString& name : {rememberedName, keychainName, passwordName, kdfName})
            table.add(Figure::failed(u"2"_s, name, problem));
        return;
    }
    table.add(Figure(u"2"_s, rememberedName, Figure::Unit::Milliseconds)
                  .withSamples(remembered)
                  .withNote(u"CacheUnlocker::unlockWithKeychain() (gnome-keyring over D-Bus), "
                            "then SQLCipher's open and first read"_s));
    table.add(Figure(u"2"_s, keychainName, Figure::Unit::Milliseconds).withSamples(keychainOnly));
    table.add(Figure(u"2"_s, passwordName, Figure::Unit::Milliseconds)
                  .withSamples(password)
                  .withNote(u"CacheUnlocker::unlockWithPassword(), then SQLCipher's open and "
                            "first read"_s));
    table.add(Figure(u"2"_s, kdfName, Figure::Unit::Milliseconds)
                  .withSamples(kdf)
                  .withNote(u"PasswordKeyWrap::unwrap(): PBKDF2-HMAC-SHA256, %1 iterations"_s.arg(
                      PasswordKeyWrap::defaultIterations)));
}
