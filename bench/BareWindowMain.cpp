// kabinet-bench-bare: the reference for Kabinet's start-up and memory, a bare Qt Widgets program
// that shows one window (a label in a layout, the size of Kabinet's main window). It prints one
// JSON line, {"mainNs": …, "appNs": …, "paintNs": …, "peakKb": …}, with the times main() began,
// the QApplication was made and its window's first paint, and its peak resident memory a moment
// after it, and exits.
#include "BenchClock.h"
#include "FirstPaintWatcher.h"
#include "ProcessMemory.h"

#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

int main(int argc, char* argv[])
{
    const qint64 mainNs = BenchClock::nowNs();
    QApplication app(argc, argv);
    const qint64 appNs = BenchClock::nowNs();
    QWidget window;
    window.setWindowTitle(QStringLiteral("bare"));
    auto* layout = new QVBoxLayout(&window);
    auto* label = new QLabel(QStringLiteral("Hello"), &window);
    layout->addWidget(label);
    window.resize(1000, 640);

    FirstPaintWatcher watcher(&window, [] { return true; });
    QObject::connect(
        &watcher, &FirstPaintWatcher::painted, &app,
        [mainNs, appNs](qint64 paintedNs) {
            // A moment for what the first frame still sets off (the backing store's flush).
            QTimer::singleShot(100, [mainNs, appNs, paintedNs] {
                std::printf("{\"mainNs\": %lld, \"appNs\": %lld, \"paintNs\": %lld, "
                            "\"peakKb\": %lld}\n",
                            static_cast<long long>(mainNs), static_cast<long long>(appNs),
                            static_cast<long long>(paintedNs),
                            static_cast<long long>(ProcessMemory::peakKb()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        },
        Qt::QueuedConnection);
    window.show();
    QTimer::singleShot(30000, [] {
        std::fprintf(stderr, "kabinet-bench-bare: the window was never painted\n");
        QCoreApplication::exit(3);
    });
    return QApplication::exec();
}
