#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

// The offscreen platform warns about an unset XDG_RUNTIME_DIR, which `card`
// never uses; keep stderr for real problems, as the contract wants.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qt_message_output(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Only `card` draws (QPainter needs QGuiApplication); it needs no display.
    const bool draws = argc > 1 && std::strcmp(argv[1], "card") == 0;
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    if (draws && (!platform || !*platform))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (draws)
        qInstallMessageHandler(&quietOffscreen);
    const std::unique_ptr<QCoreApplication> app = draws
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chorus-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chorus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Chorus::Cli::run(QCoreApplication::arguments().mid(1), out, err);
}
