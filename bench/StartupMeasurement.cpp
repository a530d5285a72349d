#include "StartupMeasurement.h"

#include "BenchClock.h"
#include "BenchContext.h"
#include "ChildProgram.h"
#include "FigureTable.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString cardName = u"Start to first paint: account card, warm cache, remembered key"_s;
const QString memoryName = u"Peak RSS: card with the full cache open"_s;

struct Start
{
    double ms = 0;
    double peakMb = 0;
    QJsonObject report;
    QString problem;
};

Start startOnce(const QString& program)
{
    const ChildProgram::Result result = ChildProgram::run(program, {}, {}, 90000);
    Start start;
    if (!result.ok() || result.jsonLines.isEmpty()) {
        start.problem = program.section(u'/', -1) + u": "_s + result.problem();
        return start;
    }
    start.report = result.jsonLines.constLast();
    const auto paintedNs = qint64(start.report.value(u"paintNs"_s).toDouble());
    start.ms = BenchClock::msBetween(result.startedNs, paintedNs);
    start.peakMb = start.report.value(u"peakKb"_s).toDouble() / 1024.0;
    return start;
}

} // namespace

QString StartupMeasurement::title() const
{
    return u"start-up and memory: Kabinet's card against a bare Qt window"_s;
}

void StartupMeasurement::run(const BenchContext& context, FigureTable& table)
{
    Samples bareMs, cardMs, bareMb, cardMb, cardAtPaintMb;
    QJsonObject lastCard;
    for (int i = -1; i < context.runs; ++i) {
        const Start bare = startOnce(context.bare);
        const Start card = bare.problem.isEmpty() ? startOnce(context.card) : Start();
        const QString problem = !bare.problem.isEmpty() ? bare.problem : card.problem;
        if (!problem.isEmpty()) {
            table.add(Figure::failed(u"1"_s, cardName, problem));
            table.add(Figure::failed(u"6"_s, memoryName, problem));
            return;
        }
        if (i < 0)
            continue;
        bareMs.add(bare.ms);
        cardMs.add(card.ms);
        bareMb.add(bare.peakMb);
        cardMb.add(card.peakMb);
        cardAtPaintMb.add(card.report.value(u"peakAtPaintKb"_s).toDouble() / 1024.0);
        lastCard = card.report;
    }

    QString note = u"the card of account %1 (of %2) opened as soon as the account list was read; "
                   "the key from the keychain (gnome-keyring on a private D-Bus); "
                   "both programs offscreen, timed from before the fork to the paint event"_s
                       .arg(lastCard.value(u"account"_s).toString())
                       .arg(lastCard.value(u"accounts"_s).toInt());
    if (!lastCard.value(u"note"_s).toString().isEmpty())
        note += u"; "_s + lastCard.value(u"note"_s).toString();
    table.add(Figure(u"1"_s, cardName, Figure::Unit::Milliseconds)
                  .withSamples(cardMs)
                  .withReference(u"bare Qt window"_s, bareMs, Figure::Comparison::Ratio)
                  .withTarget(u"≤ 1.5 × bare"_s, 1.5)
                  .withNote(note));
    table.add(
        Figure(u"6"_s, memoryName, Figure::Unit::Megabytes)
            .withSamples(cardMb)
            .withReference(u"bare Qt window"_s, bareMb, Figure::Comparison::Difference)
            .withTarget(u"≤ bare + 40 MB"_s, 40)
            .withNote(u"VmHWM after the card was painted, the session resumed and a sync with "
                      "nothing new done (%1 MB median at the paint itself); the bare program's "
                      "100 ms after its first paint"_s.arg(cardAtPaintMb.median(), 0, 'f', 1)));
}
