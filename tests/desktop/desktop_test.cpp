// What `cmake --install` puts on a Linux desktop, checked with the desktop's
// own tools: desktop-file-validate (desktop-file-utils), update-mime-database
// (shared-mime-info), GLib's gio reading the resulting MIME cache, xmllint.
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Chorus::Test::ProcessResult;
using Chorus::Test::runProcess;

namespace {

const QString desktopId = u"org.chorus.Chorus"_s;
const QString mimeType = u"application/vnd.chorus.campaign+json"_s;
const QList<int> iconSizes = {16, 24, 32, 48, 64, 128, 256, 512};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// The keys of a desktop entry's [Desktop Entry] group (QSettings would take
/// the `;` of a list for a comment).
QHash<QByteArray, QByteArray> desktopEntry(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> keys;
    bool inGroup = false;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith('['))
            inGroup = line == "[Desktop Entry]";
        else if (const qsizetype equals = line.indexOf('='); inGroup && equals > 0)
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

/// A tool the test needs: dev.sh installs it (test_packages); missing is a failure.
QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    EXPECT_FALSE(path.isEmpty()) << name.toStdString() << " is missing; ./dev.sh test installs it";
    return path;
}

/// Installs the build tree once into a temporary prefix for the whole suite.
class Installed : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        prefix = new QTemporaryDir;
        ASSERT_TRUE(prefix->isValid());
        const ProcessResult install = runProcess(
            QStringLiteral(CHORUS_CMAKE),
            {u"--install"_s, QStringLiteral(CHORUS_BUILD_DIR), u"--prefix"_s, prefix->path()}, {},
            120000);
        installOutput = install.out + install.err;
        installExit = install.exitCode;
    }
    static void TearDownTestSuite()
    {
        delete prefix;
        prefix = nullptr;
    }
    void SetUp() override { ASSERT_EQ(installExit, 0) << installOutput.toStdString(); }

    static QString path(const QString &relative) { return QDir(prefix->path()).filePath(relative); }

    static inline QTemporaryDir *prefix = nullptr;
    static inline QByteArray installOutput;
    static inline int installExit = -1;
};

TEST_F(Installed, PutsEveryFileWhereDesktopsLook)
{
    QStringList expected
        = {u"bin/chorus"_s, u"bin/chorus-cli"_s, u"share/applications/org.chorus.Chorus.desktop"_s,
           u"share/mime/packages/org.chorus.Chorus.xml"_s,
           u"share/icons/hicolor/scalable/apps/chorus.svg"_s};
    for (int size : iconSizes)
        expected << u"share/icons/hicolor/%1x%1/apps/chorus.png"_s.arg(size);

    QStringList installed;
    QDirIterator it(prefix->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        installed << QDir(prefix->path()).relativeFilePath(it.next());
    for (const QString &file : expected)
        EXPECT_TRUE(installed.contains(file)) << file.toStdString() << " is not installed; got:\n"
                                              << installed.join(u'\n').toStdString();
    EXPECT_TRUE(QFileInfo(path(u"bin/chorus"_s)).isExecutable());
    // The scalable icon is the source SVG as it is.
    EXPECT_EQ(readAll(path(u"share/icons/hicolor/scalable/apps/chorus.svg"_s)),
              readAll(QStringLiteral(CHORUS_SOURCE_DIR "/resources/icons/chorus.svg")));
}

TEST_F(Installed, DesktopEntryPassesDesktopFileValidate)
{
    const QString entry = path(u"share/applications/org.chorus.Chorus.desktop"_s);
    const ProcessResult validate = runProcess(tool(u"desktop-file-validate"_s), {entry});
    EXPECT_EQ(validate.exitCode, 0) << validate.out.toStdString() << validate.err.toStdString();
    // Not even a hint.
    EXPECT_EQ(validate.out + validate.err, QByteArray());
}

TEST_F(Installed, DesktopEntryOpensCampaignFilesWithTheInstalledApp)
{
    const QHash<QByteArray, QByteArray> entry
        = desktopEntry(readAll(path(u"share/applications/org.chorus.Chorus.desktop"_s)));
    EXPECT_EQ(entry.value("Type"), "Application");
    EXPECT_EQ(entry.value("Exec"), "chorus %f");
    EXPECT_EQ(entry.value("Icon"), "chorus");
    EXPECT_EQ(entry.value("Terminal"), "false");
    EXPECT_EQ(entry.value("MimeType"), mimeType.toLatin1() + ';');
    EXPECT_FALSE(entry.value("Categories").isEmpty());
    EXPECT_FALSE(entry.value("Name").isEmpty());
    EXPECT_FALSE(entry.value("GenericName").isEmpty());
    EXPECT_FALSE(entry.value("Comment").isEmpty());
    EXPECT_TRUE(QFile::exists(path(u"bin/chorus"_s)));
    // The window is matched to this entry by the id the app announces.
    const QByteArray main = readAll(QStringLiteral(CHORUS_SOURCE_DIR "/app/gui/main.cpp"));
    const QByteArray call = "setDesktopFileName(QStringLiteral(\"" + desktopId.toLatin1() + "\"))";
    EXPECT_TRUE(main.contains(call))
        << "app/gui/main.cpp must call setDesktopFileName with " << desktopId.toStdString();
}

TEST_F(Installed, MimeTypeMapsCampaignFilesAndNotOtherJson)
{
    const QString package = path(u"share/mime/packages/org.chorus.Chorus.xml"_s);
    const ProcessResult lint = runProcess(tool(u"xmllint"_s), {u"--noout"_s, package});
    EXPECT_EQ(lint.exitCode, 0) << lint.err.toStdString();

    // What a package's post-install step does: build the cache for the prefix.
    const ProcessResult update
        = runProcess(tool(u"update-mime-database"_s), {u"-V"_s, path(u"share/mime"_s)});
    ASSERT_EQ(update.exitCode, 0) << update.err.toStdString();
    EXPECT_FALSE(update.err.contains("Warning")) << update.err.toStdString();
    EXPECT_TRUE(readAll(path(u"share/mime/types"_s)).split('\n').contains(mimeType.toLatin1()));
    const QByteArray subclass = mimeType.toLatin1() + " application/json";
    EXPECT_TRUE(readAll(path(u"share/mime/subclasses"_s)).contains(subclass));

    // GLib reads the caches of XDG_DATA_DIRS as every GTK file manager does.
    QTemporaryDir files;
    for (const QString &name : {u"x.chorus.json"_s, u"plain.json"_s}) {
        QFile file(files.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"chorus-campaign","version":1})");
    }
    QProcessEnvironment env;
    env.insert(u"XDG_DATA_DIRS"_s, path(u"share"_s) + u":/usr/share"_s);
    env.insert(u"XDG_DATA_HOME"_s, files.filePath(u"data-home"_s));
    const auto contentType = [&](const QString &name) {
        const ProcessResult info = runProcess(
            tool(u"gio"_s),
            {u"info"_s, u"--attributes=standard::content-type"_s, files.filePath(name)}, {}, 30000,
            env);
        EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
        const qsizetype at = info.out.indexOf("standard::content-type: ");
        return at < 0 ? QByteArray() : info.out.mid(at + 24).trimmed();
    };
    EXPECT_EQ(contentType(u"x.chorus.json"_s), mimeType.toLatin1());
    EXPECT_EQ(contentType(u"plain.json"_s), "application/json");

    // And as a desktop-neutral script asks (xdg-utils, which on GNOME asks gio).
    env.insert(u"XDG_CURRENT_DESKTOP"_s, u"GNOME"_s);
    const ProcessResult query = runProcess(
        tool(u"xdg-mime"_s), {u"query"_s, u"filetype"_s, files.filePath(u"x.chorus.json"_s)}, {},
        30000, env);
    EXPECT_EQ(query.out.trimmed(), mimeType.toLatin1()) << query.err.toStdString();
}

TEST_F(Installed, IconPngsHaveTheirSizesAndArePainted)
{
    for (int size : iconSizes) {
        const QString png = path(u"share/icons/hicolor/%1x%1/apps/chorus.png"_s.arg(size));
        QImageReader reader(png);
        EXPECT_EQ(reader.format(), "png") << png.toStdString();
        const QImage image = reader.read();
        ASSERT_FALSE(image.isNull())
            << png.toStdString() << ": " << reader.errorString().toStdString();
        EXPECT_EQ(image.size(), QSize(size, size)) << png.toStdString();
        EXPECT_TRUE(image.hasAlphaChannel());
        // The corner is outside the rounded square; the middle of the left
        // edge is on it, in the icon's violet (#5b3fd6).
        EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << size;
        const QColor edge = image.pixelColor(size / 10, size / 2);
        EXPECT_NEAR(edge.red(), 0x5b, 8) << size;
        EXPECT_NEAR(edge.green(), 0x3f, 8) << size;
        EXPECT_NEAR(edge.blue(), 0xd6, 8) << size;
    }
}

} // namespace
