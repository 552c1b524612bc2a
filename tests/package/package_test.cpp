// The Debian package as Debian and a user see it. The fixture test
// package_build (tests/package/CMakeLists.txt) has just made it with CPack from
// this build tree. Package.* look at the .deb with Debian's own tools
// (dpkg-deb, lintian, appstreamcli, dpkg -S for an independent account of the
// libraries). InstalledInBookworm installs it with apt-get into a clean Debian
// 12 root made by debootstrap, runs the programs there, then removes and purges
// it; it skips, saying why, where the machine has no mirror or may not chroot.
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Chorus::Test::ProcessResult;
using Chorus::Test::runProcess;

namespace {

const QString debFile = QStringLiteral(CHORUS_DEB);
const QString version = QStringLiteral(CHORUS_VERSION);
const QString unitPath = u"usr/lib/systemd/system/chorus-serve@.service"_s;

/// A tool the test needs: dev.sh installs it (test_packages); missing is a failure.
QString tool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/sbin"_s});
    EXPECT_FALSE(path.isEmpty()) << name.toStdString() << " is missing; ./dev.sh test installs it";
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QString run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    const ProcessResult result = runProcess(tool(program), arguments, {}, timeoutMs);
    EXPECT_EQ(result.exitCode, 0) << program.toStdString() << " "
                                  << arguments.join(u' ').toStdString() << ": "
                                  << result.err.toStdString();
    return QString::fromUtf8(result.out).trimmed();
}

/// The package unpacked once per test process (dpkg-deb -x and -e).
class Package : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        run(u"dpkg-deb"_s, {u"-x"_s, debFile, root()});
        run(u"dpkg-deb"_s, {u"-e"_s, debFile, control()});
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(QFileInfo::exists(debFile)) << debFile.toStdString(); }

    static QString root() { return dir->filePath(u"root"_s); }
    static QString control() { return dir->filePath(u"DEBIAN"_s); }
    static QString file(const QString &relative) { return QDir(root()).filePath(relative); }
    static QString field(const QString &name)
    {
        return run(u"dpkg-deb"_s, {u"-f"_s, debFile, name});
    }

    static inline QTemporaryDir *dir = nullptr;
};

} // namespace

TEST_F(Package, IsNamedAndVersionedAfterTheProject)
{
    const QString arch = run(u"dpkg"_s, {u"--print-architecture"_s});
    EXPECT_EQ(QFileInfo(debFile).fileName(), u"chorus_%1_%2.deb"_s.arg(version, arch));
    EXPECT_EQ(field(u"Package"_s), u"chorus"_s);
    EXPECT_EQ(field(u"Version"_s), version);
    EXPECT_EQ(field(u"Architecture"_s), arch);
}

// dpkg-shlibdeps wrote Depends: every library the programs link, found here
// independently (readelf's NEEDED entries, dpkg -S for their packages), is
// there with a minimum version, beside the few that Qt loads at run time.
TEST_F(Package, DependsOnEveryLinkedLibraryThroughShlibdeps)
{
    const QString depends = field(u"Depends"_s);
    QStringList dependedOn;
    for (const QString &clause : depends.split(u',')) {
        for (const QString &alternative : clause.split(u'|'))
            dependedOn << alternative.trimmed().section(u' ', 0, 0);
    }
    static const QRegularExpression needed(u"\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"_s);
    QSet<QString> libraries;
    for (const QString &program : {u"usr/bin/chorus"_s, u"usr/bin/chorus-cli"_s}) {
        const QString dynamic = run(u"readelf"_s, {u"--dynamic"_s, file(program)});
        for (const auto &m : needed.globalMatch(dynamic))
            libraries.insert(m.captured(1));
    }
    ASSERT_TRUE(libraries.contains(u"libQt6Core.so.6"_s)) << depends.toStdString();
    ASSERT_TRUE(libraries.contains(u"libical.so.3"_s));
    // This architecture's copy (libc6-i386 holds a libm.so.6 too).
    const QString multiarch = run(u"dpkg-architecture"_s, {u"-qDEB_HOST_MULTIARCH"_s});
    for (const QString &library : libraries) {
        const QString owner
            = run(u"dpkg"_s, {u"-S"_s, u"*/%1/%2"_s.arg(multiarch, library)}).section(u':', 0, 0);
        ASSERT_FALSE(owner.isEmpty()) << library.toStdString();
        EXPECT_TRUE(dependedOn.contains(owner))
            << library.toStdString() << " (" << owner.toStdString()
            << ") is not in Depends: " << depends.toStdString();
        EXPECT_TRUE(depends.contains(QRegularExpression(
            u"(^|, )"_s + QRegularExpression::escape(owner) + u" \\(>= [^)]+\\)"_s)))
            << owner.toStdString() << " has no minimum version: not from dpkg-shlibdeps";
    }
    for (const QString &loaded :
         {u"adduser"_s, u"tzdata"_s, u"libqt6sql6-sqlite"_s, u"libqt6svg6"_s})
        EXPECT_TRUE(dependedOn.contains(loaded)) << loaded.toStdString();
}

TEST_F(Package, HoldsTheInstalledLayoutUnderUsr)
{
    EXPECT_EQ(QDir(root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList {u"usr"_s});
    const QStringList files = {
        u"usr/bin/chorus"_s,
        u"usr/bin/chorus-cli"_s,
        u"usr/share/applications/org.chorus.Chorus.desktop"_s,
        u"usr/share/metainfo/org.chorus.Chorus.metainfo.xml"_s,
        u"usr/share/mime/packages/org.chorus.Chorus.xml"_s,
        u"usr/share/icons/hicolor/scalable/apps/chorus.svg"_s,
        u"usr/share/icons/hicolor/48x48/apps/chorus.png"_s,
        u"usr/share/icons/hicolor/512x512/apps/chorus.png"_s,
        u"usr/share/man/man1/chorus.1.gz"_s,
        u"usr/share/man/man1/chorus-cli.1.gz"_s,
        unitPath,
        u"usr/share/doc/chorus/copyright"_s,
        u"usr/share/doc/chorus/changelog.gz"_s,
    };
    for (const QString &relative : files)
        EXPECT_TRUE(QFileInfo(file(relative)).isFile()) << relative.toStdString();
    for (const QString &program : {u"usr/bin/chorus"_s, u"usr/bin/chorus-cli"_s}) {
        EXPECT_TRUE(QFileInfo(file(program)).isExecutable()) << program.toStdString();
        // Stripped: no symbol table, no debug information.
        const QString sections = run(u"readelf"_s, {u"--section-headers"_s, file(program)});
        EXPECT_FALSE(sections.contains(u".symtab"_s)) << program.toStdString();
        EXPECT_FALSE(sections.contains(u".debug_info"_s)) << program.toStdString();
        // Full RELRO: linked with -z now (app/CMakeLists.txt).
        const QString dynamic = run(u"readelf"_s, {u"--dynamic"_s, file(program)});
        EXPECT_TRUE(dynamic.contains(QRegularExpression(u"\\(FLAGS_1\\)\\s+Flags: .*\\bNOW\\b"_s)))
            << program.toStdString() << dynamic.toStdString();
    }
    for (const QString &script : {u"postinst"_s, u"postrm"_s})
        EXPECT_TRUE(QFileInfo(QDir(control()).filePath(script)).isExecutable())
            << script.toStdString();
}

TEST_F(Package, SystemdUnitIsTheOneInTheSourceAndRunsThePackagedCli)
{
    const QByteArray unit = readAll(file(unitPath));
    EXPECT_EQ(
        unit,
        readAll(QStringLiteral(CHORUS_SOURCE_DIR "/resources/systemd/chorus-serve@.service")));
    EXPECT_TRUE(unit.contains("\nExecStart=/usr/bin/chorus-cli serve "));
    EXPECT_TRUE(unit.contains("\nUser=chorus\n"));
}

TEST_F(Package, LintianFindsNothing)
{
    // Errors and warnings fail; informational tags are printed for the log.
    const ProcessResult result = runProcess(
        tool(u"lintian"_s), {u"--fail-on"_s, u"error,warning"_s, u"--display-info"_s, debFile}, {},
        300000);
    std::cout << result.out.toStdString() << result.err.toStdString();
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString();
    static const QRegularExpression finding(u"^[EW]: "_s, QRegularExpression::MultilineOption);
    EXPECT_FALSE(QString::fromUtf8(result.out).contains(finding)) << result.out.toStdString();
}

TEST_F(Package, AppStreamMetadataValidatesAndMatchesTheDesktopEntry)
{
    const QString metainfo = file(u"usr/share/metainfo/org.chorus.Chorus.metainfo.xml"_s);
    const ProcessResult result = runProcess(
        tool(u"appstreamcli"_s), {u"validate"_s, u"--no-net"_s, u"--strict"_s, metainfo});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    const QString xml = QString::fromUtf8(readAll(metainfo));
    EXPECT_TRUE(xml.contains(u"<id>org.chorus.Chorus</id>"_s));
    EXPECT_TRUE(
        xml.contains(u"<launchable type=\"desktop-id\">org.chorus.Chorus.desktop</launchable>"_s));
    // The newest release (listed first) is the project's version.
    static const QRegularExpression release(u"<release version=\"([^\"]+)\""_s);
    EXPECT_EQ(release.match(xml).captured(1), version);
}

TEST_F(Package, ChangelogIsForTheProjectVersion)
{
    const QString changelog = dir->filePath(u"changelog"_s);
    {
        const ProcessResult unzipped
            = runProcess(tool(u"gzip"_s), {u"-dc"_s, file(u"usr/share/doc/chorus/changelog.gz"_s)});
        ASSERT_EQ(unzipped.exitCode, 0);
        QFile out(changelog);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(unzipped.out);
    }
    EXPECT_EQ(run(u"dpkg-parsechangelog"_s, {u"-l"_s, changelog, u"-S"_s, u"Version"_s}), version);
    EXPECT_EQ(run(u"dpkg-parsechangelog"_s, {u"-l"_s, changelog, u"-S"_s, u"Source"_s}),
              u"chorus"_s);
}

namespace {

/// The Debian 12 sources of this machine's apt configuration, as one-line
/// entries ("URI SUITE"), from sources.list and deb822 .sources files alike.
QList<QPair<QString, QString>> bookwormSources()
{
    QList<QPair<QString, QString>> sources;
    auto add
        = [&](const QStringList &uris, const QStringList &suites, const QStringList &components) {
              if (!components.contains(u"main"_s))
                  return;
              for (const QString &uri : uris)
                  for (const QString &suite : suites)
                      if (suite.startsWith(u"bookworm"_s))
                          sources.append({uri, suite});
          };
    QStringList files = {u"/etc/apt/sources.list"_s};
    for (const QFileInfo &info : QDir(u"/etc/apt/sources.list.d"_s).entryInfoList(QDir::Files))
        files << info.filePath();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        if (path.endsWith(u".sources"_s)) {
            for (const QString &stanza : text.split(QRegularExpression(u"\\n\\s*\\n"_s))) {
                QHash<QString, QStringList> keys;
                for (const QString &line : stanza.split(u'\n')) {
                    if (line.startsWith(u'#') || !line.contains(u':'))
                        continue;
                    keys.insert(line.section(u':', 0, 0).trimmed().toLower(),
                                line.section(u':', 1).simplified().split(u' '));
                }
                if (keys.value(u"types"_s).contains(u"deb"_s)
                    && keys.value(u"enabled"_s).value(0, u"yes"_s) != u"no")
                    add(keys.value(u"uris"_s), keys.value(u"suites"_s),
                        keys.value(u"components"_s));
            }
        } else if (path.endsWith(u".list"_s)) {
            for (QString line : text.split(u'\n')) {
                line.remove(QRegularExpression(u"\\[[^\\]]*\\]"_s));
                const QStringList words = line.simplified().split(u' ');
                if (words.size() >= 4 && words[0] == u"deb")
                    add({words[1]}, {words[2]}, words.mid(3));
            }
        }
    }
    return sources;
}

/// Runs a shell script as root inside `root`: a private mount namespace with
/// /proc mounted for the root (it goes away with the namespace), a clean
/// environment, non-interactive apt.
ProcessResult inRoot(const QString &root, const QString &script, int timeoutMs = 600000)
{
    return runProcess(u"unshare"_s,
                      {u"--mount"_s, u"--propagation"_s, u"private"_s, u"--"_s, u"/bin/sh"_s,
                       u"-c"_s,
                       uR"(mount -t proc proc "$0/proc" && exec chroot "$0" /usr/bin/env -i \
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
DEBIAN_FRONTEND=noninteractive /bin/sh -ec "$1")"_s,
                       root, script},
                      {}, timeoutMs);
}

QString output(const ProcessResult &result)
{
    return QString::fromUtf8(result.out + result.err);
}

/// The last lines of a long output, for a failure message.
std::string tail(const ProcessResult &result)
{
    return output(result).right(3000).toStdString();
}

} // namespace

// As a user would: `apt-get install ./chorus_*.deb` on a fresh Debian 12,
// then the programs, the user and the unit, then remove and purge.
TEST(InstalledInBookworm, InstallsRunsRemovesAndPurgesCleanly)
{
    if (geteuid() != 0)
        GTEST_SKIP()
            << "installing into a debootstrap root needs root (./dev.sh test runs as root)";
    QList<QPair<QString, QString>> sources = bookwormSources();
    QString mirror;
    for (const auto &[uri, suite] : sources)
        if (suite == u"bookworm" && mirror.isEmpty())
            mirror = uri;
    // CHORUS_DEBIAN_MIRROR names another (a local mirror, say) for every suite.
    if (const QString chosen = qEnvironmentVariable("CHORUS_DEBIAN_MIRROR"); !chosen.isEmpty()) {
        mirror = chosen;
        sources = {{chosen, u"bookworm"_s}};
    }
    if (mirror.isEmpty())
        GTEST_SKIP() << "this machine's apt sources name no Debian 12 (bookworm) mirror";
    const QString debootstrap = tool(u"debootstrap"_s);
    ASSERT_FALSE(debootstrap.isEmpty());

    // The clean root, made once per machine and kept as a tar file: later runs
    // only unpack it (CHORUS_PACKAGE_CACHE moves the cache).
    const QString cache
        = qEnvironmentVariable("CHORUS_PACKAGE_CACHE", u"/var/cache/chorus-tests"_s);
    const QString arch = run(u"dpkg"_s, {u"--print-architecture"_s});
    const QString baseTar = u"%1/bookworm-minbase-%2.tar"_s.arg(cache, arch);
    const QString archives = cache + u"/archives"_s;
    ASSERT_TRUE(QDir().mkpath(archives)) << archives.toStdString();
    if (!QFileInfo::exists(baseTar)) {
        QTemporaryDir work(cache + u"/bootstrap-XXXXXX"_s);
        ASSERT_TRUE(work.isValid());
        const QString fresh = work.filePath(u"root"_s);
        const ProcessResult made = runProcess(
            debootstrap, {u"--variant=minbase"_s, u"bookworm"_s, fresh, mirror}, {}, 1800000);
        if (made.exitCode != 0)
            GTEST_SKIP() << "debootstrap could not make a Debian 12 root from "
                         << mirror.toStdString()
                         << " (no mirror reachable, or no permission to chroot here):\n"
                         << tail(made);
        QString list;
        for (const auto &[uri, suite] : sources)
            list += u"deb %1 %2 main\n"_s.arg(uri, suite);
        QFile sourcesList(fresh + u"/etc/apt/sources.list"_s);
        ASSERT_TRUE(sourcesList.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sourcesList.write(list.toUtf8());
        sourcesList.close();
        QFile::remove(fresh + u"/etc/resolv.conf"_s);
        QFile::copy(u"/etc/resolv.conf"_s, fresh + u"/etc/resolv.conf"_s);
        const ProcessResult updated = inRoot(fresh, u"apt-get update -qq && apt-get clean"_s);
        ASSERT_EQ(updated.exitCode, 0) << tail(updated);
        const QString partial = baseTar + u".partial"_s;
        run(u"tar"_s, {u"-C"_s, fresh, u"-cf"_s, partial, u"."_s}, 600000);
        ASSERT_TRUE(QFile::rename(partial, baseTar));
    }

    QTemporaryDir work(QStringLiteral(CHORUS_BUILD_DIR "/package/bookworm-XXXXXX"));
    ASSERT_TRUE(work.isValid());
    const QString root = work.filePath(u"root"_s);
    ASSERT_TRUE(QDir().mkpath(root));
    run(u"tar"_s, {u"-C"_s, root, u"-xpf"_s, baseTar}, 600000);
    if (const ProcessResult probe = inRoot(root, u"true"_s); probe.exitCode != 0)
        GTEST_SKIP() << "this machine does not allow a chroot in a private mount namespace "
                        "(unshare --mount, mount -t proc, chroot): "
                     << tail(probe);
    QFile::remove(root + u"/etc/resolv.conf"_s);
    QFile::copy(u"/etc/resolv.conf"_s, root + u"/etc/resolv.conf"_s);
    {
        // A root thrown away after the test: dpkg need not fsync every file.
        QFile unsafeIo(root + u"/etc/dpkg/dpkg.cfg.d/chorus-tests-unsafe-io"_s);
        ASSERT_TRUE(unsafeIo.open(QIODevice::WriteOnly));
        unsafeIo.write("force-unsafe-io\n");
    }
    ASSERT_TRUE(QFile::copy(debFile, root + u"/tmp/"_s + QFileInfo(debFile).fileName()));
    // The dependencies downloaded by an earlier run.
    for (const QFileInfo &info : QDir(archives).entryInfoList({u"*.deb"_s}, QDir::Files))
        QFile::copy(info.filePath(), root + u"/var/cache/apt/archives/"_s + info.fileName());

    // What Depends names must be enough: without Recommends.
    const QString install = u"apt-get install -y -q --no-install-recommends /tmp/%1"_s.arg(
        QFileInfo(debFile).fileName());
    ProcessResult installed = inRoot(root, install);
    if (installed.exitCode != 0) // the cached package lists may be older than the mirror
        installed = inRoot(root, u"apt-get update -qq && "_s + install);
    ASSERT_EQ(installed.exitCode, 0) << tail(installed);
    for (const QFileInfo &info :
         QDir(root + u"/var/cache/apt/archives"_s).entryInfoList({u"*.deb"_s}, QDir::Files))
        QFile::copy(info.filePath(), archives + u'/' + info.fileName());

    {
        SCOPED_TRACE("the programs run");
        const ProcessResult cli = inRoot(root, u"chorus-cli --version"_s);
        EXPECT_EQ(cli.exitCode, 0) << output(cli).toStdString();
        EXPECT_EQ(cli.out, u"chorus-cli %1\n"_s.arg(version).toUtf8());
        const ProcessResult gui = inRoot(root, u"QT_QPA_PLATFORM=offscreen chorus --version"_s);
        EXPECT_EQ(gui.exitCode, 0) << output(gui).toStdString();
        EXPECT_EQ(gui.out, u"Chorus %1\n"_s.arg(version).toUtf8());
        // tzdata came with it: the zones are there.
        const ProcessResult zones = inRoot(root, u"chorus-cli zones --search Manila"_s);
        EXPECT_EQ(zones.exitCode, 0) << output(zones).toStdString();
        EXPECT_TRUE(zones.out.contains("Asia/Manila")) << output(zones).toStdString();
    }
    {
        SCOPED_TRACE("the system user");
        const ProcessResult user = inRoot(root, u"getent passwd chorus"_s);
        ASSERT_EQ(user.exitCode, 0) << output(user).toStdString();
        const QStringList fields = QString::fromUtf8(user.out).trimmed().split(u':');
        ASSERT_EQ(fields.size(), 7);
        EXPECT_LT(fields[2].toInt(), 1000) << "not a system user";
        EXPECT_EQ(fields[5], u"/nonexistent"_s);
        EXPECT_EQ(fields[6], u"/usr/sbin/nologin"_s);
        EXPECT_EQ(inRoot(root, u"getent group chorus"_s).exitCode, 0);
    }
    {
        SCOPED_TRACE("desktop integration");
        for (const QString &path : {u"usr/share/applications/org.chorus.Chorus.desktop"_s,
                                    u"usr/share/mime/packages/org.chorus.Chorus.xml"_s,
                                    u"usr/share/metainfo/org.chorus.Chorus.metainfo.xml"_s,
                                    u"usr/share/icons/hicolor/scalable/apps/chorus.svg"_s,
                                    u"usr/share/man/man1/chorus-cli.1.gz"_s,
                                    u"usr/share/man/man1/chorus.1.gz"_s, unitPath})
            EXPECT_TRUE(QFileInfo(QDir(root).filePath(path)).isFile()) << path.toStdString();
    }
    {
        SCOPED_TRACE("the unit's command line, run as its user");
        // ExecStart as systemd would run chorus-serve@0 with a SQLite database
        // in its StateDirectory, as the user chorus.
        QString unit = QString::fromUtf8(readAll(QDir(root).filePath(unitPath)));
        unit.replace(u"\\\n"_s, u" "_s);
        static const QRegularExpression execStart(u"^ExecStart=(.*)$"_s,
                                                  QRegularExpression::MultilineOption);
        QString command = execStart.match(unit).captured(1).simplified();
        ASSERT_TRUE(command.startsWith(u"/usr/bin/chorus-cli serve "_s)) << command.toStdString();
        command.replace(u"%i"_s, u"0"_s)
            .replace(u"${CHORUS_DB}"_s, u"/var/lib/chorus/checkins.sqlite"_s)
            .replace(u"$CHORUS_SERVE_OPTIONS"_s, u"--admin-token 0123456789abcdef0123"_s);
        const ProcessResult served = inRoot(root, uR"(
mkdir -p /etc/chorus /var/lib/chorus
chown chorus:chorus /var/lib/chorus
chorus-cli campaign sample -o /etc/chorus/campaign.chorus.json
setpriv --reuid=chorus --regid=chorus --init-groups -- %1 >/tmp/serve.out 2>/tmp/serve.err &
pid=$!
i=0
until grep -q '^listening on http://127.0.0.1:' /tmp/serve.out; do
    i=$((i + 1)); [ $i -lt 100 ] || { cat /tmp/serve.err; exit 3; }
    kill -0 $pid 2>/dev/null || { cat /tmp/serve.err; exit 4; }
    sleep 0.1
done
kill -TERM $pid
wait $pid
test -s /var/lib/chorus/checkins.sqlite
stat -c %U /var/lib/chorus/checkins.sqlite
)"_s.arg(command));
        EXPECT_EQ(served.exitCode, 0) << output(served).toStdString();
        EXPECT_EQ(served.out.trimmed(), QByteArray("chorus")) << output(served).toStdString();
    }
    {
        SCOPED_TRACE("systemd-analyze verify");
        // systemd itself, for its verifier, and man-db, which the verifier asks
        // for the unit's Documentation=man:chorus-cli(1): after chorus, so that
        // chorus went into a root without them. Cached like the others.
        const ProcessResult systemd
            = inRoot(root, u"apt-get install -y -q --no-install-recommends systemd man-db"_s);
        ASSERT_EQ(systemd.exitCode, 0) << tail(systemd);
        const ProcessResult verified
            = inRoot(root, u"systemd-analyze verify chorus-serve@8081.service"_s);
        EXPECT_EQ(verified.exitCode, 0) << output(verified).toStdString();
        EXPECT_EQ(output(verified), QString()) << "systemd-analyze has something to say";
    }
    for (const QFileInfo &info :
         QDir(root + u"/var/cache/apt/archives"_s).entryInfoList({u"*.deb"_s}, QDir::Files))
        QFile::copy(info.filePath(), archives + u'/' + info.fileName());

    // Remove, then purge: nothing of the package is left.
    const ProcessResult listed = inRoot(root, u"dpkg -L chorus"_s);
    ASSERT_EQ(listed.exitCode, 0);
    QStringList files;
    for (const QString &path : QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts))
        if (QFileInfo(QDir(root).filePath(path.mid(1))).isFile())
            files << path;
    ASSERT_TRUE(files.contains(u"/usr/bin/chorus-cli"_s));

    const ProcessResult removed = inRoot(root, u"apt-get remove -y -q chorus"_s);
    ASSERT_EQ(removed.exitCode, 0) << tail(removed);
    for (const QString &path : files)
        EXPECT_FALSE(QFileInfo::exists(QDir(root).filePath(path.mid(1))))
            << "left after remove: " << path.toStdString();
    // A remove keeps what purge removes: the user (files may still be its).
    EXPECT_EQ(inRoot(root, u"getent passwd chorus"_s).exitCode, 0);

    // As `systemctl enable chorus-serve@8081` would have left it.
    const QString wants = u"etc/systemd/system/multi-user.target.wants/chorus-serve@8081.service"_s;
    ASSERT_EQ(inRoot(root,
                     u"mkdir -p /etc/systemd/system/multi-user.target.wants && ln -sf "
                     "/usr/lib/systemd/system/chorus-serve@.service /"_s
                         + wants)
                  .exitCode,
              0);
    const ProcessResult purged = inRoot(root, u"apt-get purge -y -q chorus"_s);
    ASSERT_EQ(purged.exitCode, 0) << tail(purged);
    EXPECT_FALSE(QFileInfo(QDir(root).filePath(wants)).isSymLink())
        << "an enabled instance outlived the purge";
    // The administrator's files stay.
    EXPECT_TRUE(QFileInfo::exists(QDir(root).filePath(u"etc/chorus/campaign.chorus.json"_s)));
    EXPECT_NE(inRoot(root, u"getent passwd chorus"_s).exitCode, 0) << "the user outlived the purge";
    EXPECT_NE(inRoot(root, u"getent group chorus"_s).exitCode, 0) << "the group outlived the purge";
    EXPECT_FALSE(QFileInfo::exists(QDir(root).filePath(u"var/lib/chorus"_s)));
    const ProcessResult status = inRoot(root, u"dpkg-query -W -f='${db:Status-Abbrev}' chorus"_s);
    EXPECT_TRUE(status.exitCode != 0 || status.out.trimmed().startsWith("un")
                || status.out.trimmed().startsWith("pn"))
        << "dpkg still knows chorus: " << output(status).toStdString();
}
