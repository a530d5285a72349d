#include "store/CacheSchema.h"

#include "store/StoreLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>

#include <span>

// Conventions of every table: money in INTEGER kopecks, periods as INTEGER year*100+month, areas in
// INTEGER hundredths of a square metre, meter values in INTEGER thousandths, dates as ISO
// 'YYYY-MM-DD' text (sortable), instants as INTEGER milliseconds since the epoch (UTC), enums as
// their stable words. Rows owned by an account go away with it (ON DELETE CASCADE).
//
// SQLCipher 3.4.1 is SQLite 3.15: no UPSERT clause, no RENAME or DROP COLUMN. A later step that has
// to change a column rebuilds its table.

namespace {

// The first schema.
constexpr QStringView version1[] = {
    uR"sql(CREATE TABLE user_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        login TEXT NOT NULL,
        email TEXT NOT NULL,
        receipts_by_email INTEGER NOT NULL DEFAULT 0 CHECK (receipts_by_email IN (0, 1))
    ))sql",
    uR"sql(CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL,
        owner_name TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        area_centi_m2 INTEGER NOT NULL DEFAULT 0 CHECK (area_centi_m2 >= 0),
        ownership_type TEXT NOT NULL DEFAULT '',
        balance_kopecks INTEGER NOT NULL DEFAULT 0,
        building_id INTEGER
    ))sql",
    uR"sql(CREATE TABLE charge_lines (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        period INTEGER NOT NULL
            CHECK (period BETWEEN 190001 AND 999912 AND period % 100 BETWEEN 1 AND 12),
        service TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        quantity_hundredths INTEGER NOT NULL DEFAULT 0,
        tariff_kopecks INTEGER NOT NULL DEFAULT 0,
        base_kopecks INTEGER NOT NULL DEFAULT 0,
        recalculation_kopecks INTEGER NOT NULL DEFAULT 0,
        total_kopecks INTEGER NOT NULL DEFAULT 0,
        UNIQUE (account_id, period, service)
    ))sql",
    uR"sql(CREATE TABLE recalculations (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        applied_period INTEGER NOT NULL
            CHECK (applied_period BETWEEN 190001 AND 999912
                   AND applied_period % 100 BETWEEN 1 AND 12),
        corrected_period INTEGER NOT NULL
            CHECK (corrected_period BETWEEN 190001 AND 999912
                   AND corrected_period % 100 BETWEEN 1 AND 12),
        amount_kopecks INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    ))sql",
    uR"sql(CREATE INDEX recalculations_by_account_period
        ON recalculations (account_id, applied_period))sql",
    uR"sql(CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        paid_on TEXT NOT NULL CHECK (paid_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        amount_kopecks INTEGER NOT NULL,
        source TEXT NOT NULL DEFAULT ''
    ))sql",
    uR"sql(CREATE INDEX payments_by_account_date ON payments (account_id, paid_on))sql",
    uR"sql(CREATE TABLE buildings (
        id INTEGER PRIMARY KEY,
        address TEXT NOT NULL DEFAULT '',
        year_built INTEGER NOT NULL DEFAULT 0 CHECK (year_built >= 0),
        floors INTEGER NOT NULL DEFAULT 0 CHECK (floors >= 0),
        entrances INTEGER NOT NULL DEFAULT 0 CHECK (entrances >= 0),
        flats INTEGER NOT NULL DEFAULT 0 CHECK (flats >= 0),
        total_area_centi_m2 INTEGER NOT NULL DEFAULT 0 CHECK (total_area_centi_m2 >= 0),
        living_area_centi_m2 INTEGER NOT NULL DEFAULT 0 CHECK (living_area_centi_m2 >= 0),
        wall_material TEXT NOT NULL DEFAULT '',
        roof_type TEXT NOT NULL DEFAULT '',
        utilities TEXT NOT NULL DEFAULT '[]',
        fund_account TEXT NOT NULL DEFAULT 'unknown'
            CHECK (fund_account IN ('regional_operator', 'special_account', 'unknown'))
    ))sql",
    uR"sql(CREATE TABLE repair_works (
        id INTEGER PRIMARY KEY,
        building_id INTEGER NOT NULL REFERENCES buildings (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        planned_from INTEGER NOT NULL
            CHECK (planned_from BETWEEN 190001 AND 999912 AND planned_from % 100 BETWEEN 1 AND 12),
        planned_to INTEGER NOT NULL
            CHECK (planned_to BETWEEN 190001 AND 999912 AND planned_to % 100 BETWEEN 1 AND 12),
        status TEXT NOT NULL
            CHECK (status IN ('planned', 'in_progress', 'completed', 'postponed', 'cancelled')),
        cost_kopecks INTEGER CHECK (cost_kopecks >= 0),
        CHECK (planned_from <= planned_to)
    ))sql",
    uR"sql(CREATE INDEX repair_works_by_building ON repair_works (building_id, planned_from))sql",
    uR"sql(CREATE TABLE house_funds (
        building_id INTEGER PRIMARY KEY REFERENCES buildings (id) ON DELETE CASCADE,
        as_of TEXT CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        charged_kopecks INTEGER NOT NULL DEFAULT 0,
        paid_kopecks INTEGER NOT NULL DEFAULT 0,
        debt_kopecks INTEGER NOT NULL DEFAULT 0,
        spent_kopecks INTEGER NOT NULL DEFAULT 0
    ))sql",
    uR"sql(CREATE TABLE organizations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phones TEXT NOT NULL DEFAULT '[]',
        email TEXT NOT NULL DEFAULT '',
        opening_hours TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT ''
    ))sql",
    uR"sql(CREATE TABLE news (
        id INTEGER PRIMARY KEY,
        published_at_ms INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT ''
    ))sql",
    uR"sql(CREATE INDEX news_by_published ON news (published_at_ms))sql",
    uR"sql(CREATE TABLE appeals (
        local_id INTEGER PRIMARY KEY,
        server_id INTEGER UNIQUE,
        account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'queued', 'registered', 'in_progress',
                                               'answered', 'closed')),
        answer TEXT NOT NULL DEFAULT '',
        created_at_ms INTEGER NOT NULL,
        answered_at_ms INTEGER
    ))sql",
    uR"sql(CREATE INDEX appeals_by_account ON appeals (account_id, created_at_ms))sql",
    // AUTOINCREMENT: ids never come back after a purge, so they keep telling the queueing order.
    // A new kind of item means rebuilding this table in a later step, so that a row is never of a
    // kind the client could misread as another.
    uR"sql(CREATE TABLE outbox (
        local_id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL
            CHECK (kind IN ('appeal', 'meter_reading', 'typo_report', 'subscription_change')),
        payload BLOB NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE CHECK (idempotency_key <> ''),
        created_at_ms INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed'))
    ))sql",
    uR"sql(CREATE INDEX outbox_by_state ON outbox (state, local_id))sql",
    uR"sql(CREATE TABLE sync_state (
        scope TEXT PRIMARY KEY,
        cursor TEXT NOT NULL DEFAULT '',
        last_synced_at_ms INTEGER
    ))sql",
};

// Meters and their readings; the local read flag of news; retry bookkeeping in the outbox.
constexpr QStringView version2[] = {
    uR"sql(ALTER TABLE news ADD COLUMN is_read INTEGER NOT NULL DEFAULT 0
        CHECK (is_read IN (0, 1)))sql",
    uR"sql(ALTER TABLE accounts ADD COLUMN has_meters INTEGER NOT NULL DEFAULT 0
        CHECK (has_meters IN (0, 1)))sql",
    uR"sql(ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0
        CHECK (attempts >= 0))sql",
    uR"sql(ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '')sql",
    uR"sql(CREATE TABLE meters (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        service TEXT NOT NULL,
        serial_number TEXT NOT NULL DEFAULT '',
        last_value_thousandths INTEGER CHECK (last_value_thousandths >= 0),
        last_reading_on TEXT
            CHECK (last_reading_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        CHECK ((last_value_thousandths IS NULL) = (last_reading_on IS NULL))
    ))sql",
    uR"sql(CREATE INDEX meters_by_account ON meters (account_id))sql",
    uR"sql(CREATE TABLE meter_readings (
        meter_id INTEGER NOT NULL REFERENCES meters (id) ON DELETE CASCADE,
        taken_on TEXT NOT NULL
            CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        value_thousandths INTEGER NOT NULL CHECK (value_thousandths >= 0),
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'accepted', 'rejected')),
        PRIMARY KEY (meter_id, taken_on)
    ))sql",
};

// The organizations' bank details; '' for the organizations cached before, which the next sync
// fills in. Unchecked here: the cache keeps what the server sent (PaymentDetailsRules judges it).
constexpr QStringView version3[] = {
    uR"sql(ALTER TABLE organizations ADD COLUMN inn TEXT NOT NULL DEFAULT '')sql",
    uR"sql(ALTER TABLE organizations ADD COLUMN kpp TEXT NOT NULL DEFAULT '')sql",
    uR"sql(ALTER TABLE organizations ADD COLUMN bank_name TEXT NOT NULL DEFAULT '')sql",
    uR"sql(ALTER TABLE organizations ADD COLUMN bic TEXT NOT NULL DEFAULT '')sql",
    uR"sql(ALTER TABLE organizations ADD COLUMN settlement_account TEXT NOT NULL DEFAULT '')sql",
    uR"sql(ALTER TABLE organizations ADD COLUMN correspondent_account TEXT NOT NULL DEFAULT '')sql",
};

// Which news the user has been shown, so that «Новости» can count what came since the last
// visit. News cached before had no page to be shown on: only what was read counts as seen.
constexpr QStringView version4[] = {
    uR"sql(ALTER TABLE news ADD COLUMN is_seen INTEGER NOT NULL DEFAULT 0
        CHECK (is_seen IN (0, 1)))sql",
    uR"sql(UPDATE news SET is_seen = is_read)sql",
};

// Which organization each account pays (its receipts' payee). No foreign key: the organizations
// are replaced as a whole by a sync. The accounts cached before learn theirs only when the server
// sends their cards again, which it does for all of them on a sync from scratch: dropping the
// sync cursor asks for one, so the receipt does not wait for the operator to change each account.
constexpr QStringView version5[] = {
    uR"sql(ALTER TABLE accounts ADD COLUMN payee_id INTEGER)sql",
    uR"sql(DELETE FROM sync_state WHERE scope = 'sync')sql",
};

struct Step
{
    int version;
    std::span<const QStringView> statements;
};

constexpr Step steps[] = {
    {1, version1}, {2, version2}, {3, version3}, {4, version4}, {5, version5},
};

bool runStatement(QSqlDatabase& db, const QString& sql, QString* detail)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *detail = query.lastError().text();
    return false;
}

// Applies one step and its version bump atomically.
bool applyStep(QSqlDatabase& db, const Step& step, QString* detail)
{
    if (!db.transaction()) {
        *detail = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (QStringView statement : step.statements) {
        ok = runStatement(db, statement.toString(), detail);
        if (!ok)
            break;
    }
    // PRAGMA takes no bound parameters; the version is our own constant.
    if (ok)
        ok = runStatement(
            db, QStringLiteral("PRAGMA user_version = ") + QString::number(step.version), detail);
    if (ok && db.commit())
        return true;
    if (ok)
        *detail = db.lastError().text();
    db.rollback();
    return false;
}

} // namespace

int CacheSchema::latestVersion()
{
    return steps[std::size(steps) - 1].version;
}

std::optional<int> CacheSchema::currentVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

CacheSchema::Result CacheSchema::upgrade(QSqlDatabase db, int targetVersion)
{
    Result result;
    const std::optional<int> current = currentVersion(db);
    if (!current) {
        result.error = Error::SqlFailed;
        result.detail = db.lastError().text();
        return result;
    }
    result.fromVersion = result.toVersion = *current;
    if (*current > latestVersion()) {
        result.error = Error::NewerThanSupported;
        return result;
    }
    if (targetVersion < *current || targetVersion > latestVersion()) {
        result.error = Error::InvalidTarget;
        return result;
    }
    for (const Step& step : steps) {
        if (step.version <= result.toVersion || step.version > targetVersion)
            continue;
        if (!applyStep(db, step, &result.detail)) {
            qCWarning(lcStore) << "Cache schema step" << step.version << "failed:" << result.detail;
            result.error = Error::SqlFailed;
            return result;
        }
        qCInfo(lcStore) << "Cache schema is now at version" << step.version;
        result.toVersion = step.version;
    }
    return result;
}

bool CacheSchema::migrate(QSqlDatabase db, int targetVersion, QString* error)
{
    const Result result = upgrade(db, targetVersion);
    if (!result.isOk() && error) {
        *error = errorText(result.error);
        if (!result.detail.isEmpty())
            *error += u' ' + result.detail;
    }
    return result.isOk();
}

QString CacheSchema::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NewerThanSupported:
        return QCoreApplication::translate("CacheSchema",
                                           "The local data was saved by a newer version of "
                                           "Kabinet. Update Kabinet to use it.");
    case Error::InvalidTarget:
        return QCoreApplication::translate("CacheSchema",
                                           "The local data cannot be converted to the requested "
                                           "version.");
    case Error::SqlFailed:
        return QCoreApplication::translate("CacheSchema", "The local data could not be updated.");
    }
    return {};
}
