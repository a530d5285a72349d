#pragma once

#include <QString>
#include <QUrl>

// What every measurement of kabinet-bench needs: the running server with its data, the user, the
// programs to start and where to put files.
struct BenchContext
{
    QUrl server;
    QString caFile;
    QString login;
    QString password;
    int runs = 15;
    QString workDir;

    QString kabinet; // the real client, for `kabinet --sync --remember`
    QString bare; // kabinet-bench-bare
    QString card; // kabinet-bench-card
    QString sync; // kabinet-bench-sync
    QString curl;
};
