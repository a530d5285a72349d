// A writer for tst_cachecrash: it commits numbered batches into a cache as fast as it can and
// acknowledges each commit on standard output, until it is killed.
#include "cache/CacheDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: cache_crash_writer CACHE HEXKEY ROWS_PER_BATCH\n");
        return 2;
    }
    const QByteArray key = QByteArray::fromHex(args.at(2).toLatin1());
    const int rowsPerBatch = args.at(3).toInt();

    auto cache = CacheDatabase::open(args.at(1), key, u"writer"_s);
    if (!cache)
        return 3;
    QSqlDatabase db = cache->database();
    QSqlQuery query(db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS batches (batch INTEGER NOT NULL, row INTEGER "
                    "NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (batch, row))"_s))
        return 4;
    if (!query.exec(u"SELECT coalesce(max(batch), 0) FROM batches"_s) || !query.next())
        return 5;
    qint64 batch = query.value(0).toLongLong();
    query.finish();

    std::printf("ready\n");
    std::fflush(stdout);
    const QString payload(50, u'ж');
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO batches (batch, row, payload) VALUES (?, ?, ?)"_s);
    for (;;) {
        ++batch;
        if (!db.transaction())
            return 6;
        for (int row = 0; row < rowsPerBatch; ++row) {
            insert.addBindValue(batch);
            insert.addBindValue(row);
            insert.addBindValue(payload);
            if (!insert.exec())
                return 7;
        }
        if (!db.commit())
            return 8;
        std::printf("%lld\n", static_cast<long long>(batch));
        std::fflush(stdout);
    }
}
