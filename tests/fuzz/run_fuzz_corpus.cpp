// run_fuzz_corpus FILE_OR_DIRECTORY...: runs JsonDecoderFuzzer over the given files and over every
// file in the given directories, without libFuzzer, so that the seed corpus and every crash input
// added to it are checked by each test run, with any compiler. A broken input aborts the program;
// the name printed last says which one.

#include "JsonDecoderFuzzer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

namespace {

QStringList inputFiles(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList files;
    const QDir dir(path);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names)
        files.append(dir.filePath(name));
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString& path : inputFiles(QFile::decodeName(argv[i]))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "run_fuzz_corpus: cannot read %s\n",
                             QFile::encodeName(path).constData());
                return 1;
            }
            std::fprintf(stderr, "running %s\n", QFile::encodeName(path).constData());
            JsonDecoderFuzzer::run(file.readAll());
            ++inputs;
        }
    }
    // A mistyped corpus path must not pass as "nothing crashed".
    if (inputs == 0) {
        std::fprintf(stderr, "run_fuzz_corpus: no input files given\n");
        return 1;
    }
    std::printf("run_fuzz_corpus: %d inputs, no broken promise\n", inputs);
    return 0;
}
