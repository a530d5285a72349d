#include "keys/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray sampleBlob()
{
    QByteArray blob;
    for (int i = 0; i < 86; ++i) {
        blob.append(static_cast<char>((i * 37 + 11) & 0xff));
    }
    return blob;
}

// The permission bits as the kernel reports them, independent of Qt's mapping.
mode_t modeOf(const QString& path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return 0;
    }
    return info.st_mode & 07777;
}

} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void pathForCache();
    void writeReadRoundTrip();
    void fileIsOwnerOnly();
    void replacingKeepsOwnerOnlyAndLeavesNoTemporaryFile();
    void missingFileIsNotFound();
    void directoryIsReadFailed();
    void oversizedFileIsRefused();
    void unwritableLocationIsWriteFailed();
    void unwritableDirectoryIsWriteFailed();
    void errorTexts();
};

void TestKeyFile::pathForCache()
{
    QCOMPARE(KeyFile::pathForCache(u"/data/kabinet/cache.db"_s), u"/data/kabinet/cache.key"_s);
    QCOMPARE(KeyFile::pathForCache(u"/data/kabinet/cache"_s), u"/data/kabinet/cache.key"_s);
    QCOMPARE(KeyFile::pathForCache(u"/data/a.b/account.2024.sqlite"_s),
             u"/data/a.b/account.2024.key"_s);
}

void TestKeyFile::writeReadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const KeyFile file(dir.filePath(u"cache.key"_s));
    QVERIFY(!file.exists());

    const auto written = file.write(sampleBlob());
    QVERIFY2(written.ok(), qPrintable(written.detail));
    QVERIFY(file.exists());

    const auto read = file.read();
    QCOMPARE(read.error, KeyFile::Error::None);
    QCOMPARE(read.blob, sampleBlob());

    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.readAll(), sampleBlob());
    raw.close();

    QVERIFY(file.remove());
    QVERIFY(!file.exists());
    QCOMPARE(file.read().error, KeyFile::Error::NotFound);
}

void TestKeyFile::fileIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const KeyFile file(dir.filePath(u"cache.key"_s));
    // Even with a permissive umask.
    const mode_t previous = ::umask(0);
    const auto written = file.write(sampleBlob());
    ::umask(previous);
    QVERIFY(written.ok());
    QCOMPARE(modeOf(file.path()), mode_t(0600));
}

void TestKeyFile::replacingKeepsOwnerOnlyAndLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cache.key"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

    const KeyFile file(path);
    QVERIFY(file.write(sampleBlob()).ok());
    QCOMPARE(file.read().blob, sampleBlob());
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList {u"cache.key"_s});
}

void TestKeyFile::missingFileIsNotFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto inDir = KeyFile(dir.filePath(u"cache.key"_s)).read();
    QCOMPARE(inDir.error, KeyFile::Error::NotFound);
    QVERIFY(inDir.blob.isEmpty());
    const auto noDir = KeyFile(dir.filePath(u"missing/cache.key"_s)).read();
    QCOMPARE(noDir.error, KeyFile::Error::NotFound);
}

void TestKeyFile::directoryIsReadFailed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"cache.key"_s));
    const auto read = KeyFile(dir.filePath(u"cache.key"_s)).read();
    QCOMPARE(read.error, KeyFile::Error::ReadFailed);
    QVERIFY(read.blob.isEmpty());
}

void TestKeyFile::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cache.key"_s);
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(KeyFile::maximumSize + 1, 'x'));
    big.close();
    QCOMPARE(KeyFile(path).read().error, KeyFile::Error::TooLarge);

    QVERIFY(big.open(QIODevice::WriteOnly | QIODevice::Truncate));
    big.write(QByteArray(KeyFile::maximumSize, 'x'));
    big.close();
    QCOMPARE(KeyFile(path).read().error, KeyFile::Error::None);
}

void TestKeyFile::unwritableLocationIsWriteFailed()
{
    // These fail for root too, unlike a read-only directory: the tests run as root in CI.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const auto noDirectory = KeyFile(dir.filePath(u"missing/cache.key"_s)).write(sampleBlob());
    QCOMPARE(noDirectory.error, KeyFile::Error::WriteFailed);
    QVERIFY(!noDirectory.detail.isEmpty());

    const QString plainFile = dir.filePath(u"file"_s);
    {
        QFile file(plainFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const auto parentIsFile = KeyFile(plainFile + u"/cache.key"_s).write(sampleBlob());
    QCOMPARE(parentIsFile.error, KeyFile::Error::WriteFailed);

    QVERIFY(QDir(dir.path()).mkdir(u"cache.key"_s));
    const auto targetIsDirectory = KeyFile(dir.filePath(u"cache.key"_s)).write(sampleBlob());
    QCOMPARE(targetIsDirectory.error, KeyFile::Error::WriteFailed);
}

void TestKeyFile::unwritableDirectoryIsWriteFailed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString locked = dir.filePath(u"locked"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
    QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0500) == 0);

    const auto result = KeyFile(locked + u"/cache.key"_s).write(sampleBlob());
    if (::geteuid() == 0) {
        // Root ignores directory permissions; the write must then simply work and stay private.
        QCOMPARE(result.error, KeyFile::Error::None);
        QCOMPARE(modeOf(locked + u"/cache.key"_s), mode_t(0600));
    } else {
        QCOMPARE(result.error, KeyFile::Error::WriteFailed);
        QVERIFY(!QFileInfo::exists(locked + u"/cache.key"_s));
    }
    QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0700) == 0);
}

void TestKeyFile::errorTexts()
{
    using Error = KeyFile::Error;
    QSet<QString> texts;
    for (const Error error :
         {Error::None, Error::NotFound, Error::ReadFailed, Error::WriteFailed, Error::TooLarge}) {
        texts.insert(KeyFile::errorText(error));
    }
    QCOMPARE(texts.size(), 5);
    QVERIFY(!texts.contains(QString()));
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
