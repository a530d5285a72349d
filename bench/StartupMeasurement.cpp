#include "StartupMeasurement.h"

#include "BenchClock.h"
#include "BenchContext.h"
#include "ChildProgram.h"
#include "FigureTable.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString cardName = u"Start to first paint: account card, warm cache, remembered key"_s;
const QString memoryName = u"Peak RSS: card with the full cache open"_s;
const QString emptyName = u"  Kabinet's window alone, empty: no keychain, cache or data"_s;

struct Start
{
    qint64 startedNs = 0;
    double ms = 0;
    double peakMb = 0;
    QJsonObject report;
    QString problem;
};

Start startOnce(const QString& program, const QStringList& arguments = {})
{
    const ChildProgram::Result result = ChildProgram::run(program, arguments, {}, 90000);
    Start start;
    if (!result.ok() || result.jsonLines.isEmpty()) {
        start.problem = program.section(u'/', -1) + u": "_s + result.problem();
        return start;
    }
    start.report = result.jsonLines.constLast();
    start.startedNs = result.startedNs;
    const auto paintedNs = qint64(start.report.value(u"paintNs"_s).toDouble());
    start.ms = BenchClock::msBetween(result.startedNs, paintedNs);
    start.peakMb = start.report.value(u"peakKb"_s).toDouble() / 1024.0;
    return start;
}

// The milliseconds between two marks of a start's report ("startedNs" is the fork).
double between(const Start& start, const QString& from, const QString& to)
{
    const auto mark = [&start](const QString& name) {
        return name == u"startedNs"_s ? start.startedNs
                                      : qint64(start.report.value(name).toDouble());
    };
    return BenchClock::msBetween(mark(from), mark(to));
}

// The phases of a start: what each costs says where the time goes (see docs/performance.md).
struct Phase
{
    QString name;
    QString from;
    QString to;
    bool bareHasIt;
};

const QList<Phase>& phases()
{
    static const QList<Phase> list {
        {u"  of which loading and linking, to main()"_s, u"startedNs"_s, u"mainNs"_s, true},
        {u"  of which the QApplication"_s, u"mainNs"_s, u"appNs"_s, true},
        {u"  of which translations, icon, settings"_s, u"appNs"_s, u"setUpNs"_s, false},
        {u"  of which keychain, cache open, window built"_s, u"setUpNs"_s, u"openedNs"_s, false},
        {u"  of which the accounts read"_s, u"openedNs"_s, u"accountsNs"_s, false},
        {u"  of which the card filled and painted"_s, u"accountsNs"_s, u"paintNs"_s, false},
        {u"  of which the bare window shown and painted"_s, u"appNs"_s, u"paintNs"_s, true},
    };
    return list;
}

} // namespace

QString StartupMeasurement::title() const
{
    return u"start-up and memory: Kabinet's card against a bare Qt window"_s;
}

void StartupMeasurement::run(const BenchContext& context, FigureTable& table)
{
    Samples bareMs, cardMs, emptyMs, bareMb, cardMb, cardAtPaintMb;
    QList<Samples> cardPhases(phases().size()), barePhases(phases().size());
    QJsonObject lastCard;
    for (int i = -1; i < context.runs; ++i) {
        const Start bare = startOnce(context.bare);
        const Start card = bare.problem.isEmpty() ? startOnce(context.card) : Start();
        // The same program as the card's, so the same libraries and set-up (EmptyWindowRun).
        const Start empty =
            card.problem.isEmpty() ? startOnce(context.card, {u"--empty-window"_s}) : Start();
        const QString problem = !bare.problem.isEmpty() ? bare.problem
            : !card.problem.isEmpty()                   ? card.problem
                                                        : empty.problem;
        if (!problem.isEmpty()) {
            table.add(Figure::failed(u"1"_s, cardName, problem));
            table.add(Figure::failed(u"6"_s, memoryName, problem));
            return;
        }
        if (i < 0)
            continue;
        bareMs.add(bare.ms);
        cardMs.add(card.ms);
        emptyMs.add(empty.ms);
        bareMb.add(bare.peakMb);
        cardMb.add(card.peakMb);
        cardAtPaintMb.add(card.report.value(u"peakAtPaintKb"_s).toDouble() / 1024.0);
        lastCard = card.report;
        for (qsizetype p = 0; p < phases().size(); ++p) {
            const Phase& phase = phases().at(p);
            if (phase.to != u"paintNs"_s || phase.from != u"appNs"_s)
                cardPhases[p].add(between(card, phase.from, phase.to));
            if (phase.bareHasIt)
                barePhases[p].add(between(bare, phase.from, phase.to));
        }
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
    for (qsizetype p = 0; p < phases().size(); ++p) {
        const Phase& phase = phases().at(p);
        Figure figure(u"1"_s, phase.name, Figure::Unit::Milliseconds);
        if (!cardPhases.at(p).isEmpty())
            figure.withSamples(cardPhases.at(p));
        else
            figure.withSamples(barePhases.at(p)); // the bare program's own row
        if (phase.bareHasIt && !cardPhases.at(p).isEmpty())
            figure.withReference(u"bare Qt window"_s, barePhases.at(p),
                                 Figure::Comparison::Difference);
        table.add(figure);
    }
    // How much of the start is Qt building and painting this window at all, whatever the data.
    table.add(Figure(u"1"_s, emptyName, Figure::Unit::Milliseconds)
                  .withSamples(emptyMs)
                  .withReference(u"bare Qt window"_s, bareMs, Figure::Comparison::Ratio)
                  .withNote(u"kabinet-bench-card --empty-window: the main window with its card "
                            "page, built and shown with nothing to read; started like the card"_s));
    table.add(
        Figure(u"6"_s, memoryName, Figure::Unit::Megabytes)
            .withSamples(cardMb)
            .withReference(u"bare Qt window"_s, bareMb, Figure::Comparison::Difference)
            .withTarget(u"≤ bare + 40 MB"_s, 40)
            .withNote(u"VmHWM after the card was painted, the session resumed and a sync with "
                      "nothing new done (%1 MB median at the paint itself); the bare program's "
                      "100 ms after its first paint"_s.arg(cardAtPaintMb.median(), 0, 'f', 1)));
}
