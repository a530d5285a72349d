#include "SyncMeasurement.h"

#include "BenchContext.h"
#include "ChildProgram.h"
#include "FigureTable.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString fullName = u"Full first sync over HTTPS (SyncEngine)"_s;
const QString fullRequestsName = u"  its requests (curl made as many)"_s;
const QString fullBytesName = u"  its answers, bodies as received"_s;
const QString emptyRequestsName = u"Sync with nothing new: requests"_s;
const QString emptyFreshName = u"  bytes on the wire, new TLS connection"_s;
const QString emptyAliveName = u"  bytes on the wire, kept-alive connection"_s;
const QString emptyTimeName = u"  time, open engine, kept-alive connection"_s;
const QString stallName = u"Longest GUI-thread stall during a full sync"_s;

} // namespace

QString SyncMeasurement::title() const
{
    return u"sync: full against curl, nothing new, GUI stalls"_s;
}

void SyncMeasurement::run(const BenchContext& context, FigureTable& table)
{
    const ChildProgram::Result result =
        ChildProgram::run(context.sync,
                          {u"--server"_s, context.server.toString(), u"--ca"_s, context.caFile,
                           u"--user"_s, context.login, u"--password"_s, context.password,
                           u"--runs"_s, QString::number(context.runs), u"--curl"_s, context.curl,
                           u"--work"_s, context.workDir + u"/sync"_s},
                          {}, 3600000);

    Samples fullMs, curlMs, curlWallMs, stallMs, requests, megabytes, emptyMs, emptyRequests,
        emptyBytes;
    QJsonObject lastFull;
    QList<QJsonObject> wire;
    for (const QJsonObject& line : result.jsonLines) {
        const QString kind = line.value(u"kind"_s).toString();
        if (kind == u"full") {
            fullMs.add(line.value(u"ms"_s).toDouble());
            curlMs.add(line.value(u"curlMs"_s).toDouble());
            curlWallMs.add(line.value(u"curlWallMs"_s).toDouble());
            stallMs.add(line.value(u"stallMs"_s).toDouble());
            requests.add(line.value(u"requests"_s).toDouble());
            megabytes.add(line.value(u"bytes"_s).toDouble() / 1048576.0);
            lastFull = line;
        } else if (kind == u"nothingNew") {
            emptyMs.add(line.value(u"ms"_s).toDouble());
            emptyRequests.add(line.value(u"requests"_s).toDouble());
            emptyBytes.add(line.value(u"bytes"_s).toDouble());
        } else if (kind == u"wire") {
            wire << line;
        }
    }
    const QString problem = result.ok() ? QString() : u"kabinet-bench-sync: "_s + result.problem();

    if (fullMs.isEmpty() || curlMs.isEmpty()) {
        for (const QString& name : {fullName, fullRequestsName, fullBytesName})
            table.add(Figure::failed(u"3"_s, name, problem));
    } else {
        table.add(
            Figure(u"3"_s, fullName, Figure::Unit::Milliseconds)
                .withSamples(fullMs)
                .withReference(u"curl"_s, curlMs, Figure::Comparison::Ratio)
                .withTarget(u"≤ 3 × curl"_s, 3)
                .withNote(u"%1 accounts, %2 charge periods, %3 payments into a new cache, "
                          "timed from refresh() to finished(); curl fetched the same URLs "
                          "with the same token over one HTTP/1.1 connection, timed by its "
                          "own time_total (%4 MB, %5 ms median with its process start)"_s
                              .arg(lastFull.value(u"accounts"_s).toInt())
                              .arg(lastFull.value(u"periods"_s).toInt())
                              .arg(lastFull.value(u"payments"_s).toInt())
                              .arg(lastFull.value(u"curlBytes"_s).toDouble() / 1048576.0, 0, 'f', 1)
                              .arg(curlWallMs.median(), 0, 'f', 0)));
        table.add(Figure(u"3"_s, fullRequestsName, Figure::Unit::Count).withSamples(requests));
        table.add(Figure(u"3"_s, fullBytesName, Figure::Unit::Megabytes).withSamples(megabytes));
    }

    if (emptyMs.isEmpty() || wire.isEmpty()) {
        for (const QString& name :
             {emptyRequestsName, emptyFreshName, emptyAliveName, emptyTimeName})
            table.add(Figure::failed(u"4"_s, name, problem));
    } else {
        // Over the runs: the total, and its two directions for the note.
        const auto wireSamples = [&wire](const QString& connection, const QString& direction) {
            Samples samples;
            for (const QJsonObject& line : std::as_const(wire)) {
                double bytes = 0;
                for (const QString& way : {u"Up"_s, u"Down"_s}) {
                    if (direction.isEmpty() || direction == way)
                        bytes += line.value(connection + way).toDouble();
                }
                samples.add(bytes);
            }
            return samples;
        };
        const auto wireNote = [&wire, &wireSamples](const QString& connection) -> QString {
            Samples connections;
            Samples made;
            for (const QJsonObject& line : std::as_const(wire)) {
                connections.add(line.value(connection + u"Connections"_s).toDouble());
                made.add(line.value(connection + u"Requests"_s).toDouble());
            }
            return u"%1 B up, %2 B down (medians), %3 new TCP connection(s), %4 request(s), "
                   "counted by a relay between client and server"_s
                       .arg(wireSamples(connection, u"Up"_s).median(), 0, 'f', 0)
                       .arg(wireSamples(connection, u"Down"_s).median(), 0, 'f', 0)
                       .arg(connections.median())
                       .arg(made.median());
        };
        table.add(Figure(u"4"_s, emptyRequestsName, Figure::Unit::Count)
                      .withSamples(emptyRequests)
                      .withTarget(u"1"_s, 1)
                      .withNote(u"answers of %1 B of JSON (median)"_s.arg(emptyBytes.median())));
        table.add(Figure(u"4"_s, emptyFreshName, Figure::Unit::Bytes)
                      .withSamples(wireSamples(u"fresh"_s, QString()))
                      .withTarget(u"< 2 KB"_s, 2047)
                      .withNote(wireNote(u"fresh"_s)));
        table.add(Figure(u"4"_s, emptyAliveName, Figure::Unit::Bytes)
                      .withSamples(wireSamples(u"alive"_s, QString()))
                      .withTarget(u"< 2 KB"_s, 2047)
                      .withNote(wireNote(u"alive"_s)));
        table.add(Figure(u"4"_s, emptyTimeName, Figure::Unit::Milliseconds).withSamples(emptyMs));
    }

    if (stallMs.isEmpty()) {
        table.add(Figure::failed(u"5"_s, stallName, problem));
    } else {
        table.add(Figure(u"5"_s, stallName, Figure::Unit::Milliseconds)
                      .withSamples(stallMs)
                      .withTarget(u"≤ 50 ms"_s, 50)
                      .withNote(u"the longest gap between the ticks of a 5 ms timer on the GUI "
                                "thread of a QApplication (offscreen) running SyncEngine"_s));
    }
}
