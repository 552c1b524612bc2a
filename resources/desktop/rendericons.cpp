// Build-time tool: renders the application icon's SVG into the PNG sizes the
// freedesktop icon theme wants, so that the PNGs are never stale copies kept
// in git and the installed app needs no SVG renderer of its own for them.
//
//   chorus-rendericons SOURCE.svg OUTPUT_DIR NAME SIZE…
//
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png for every SIZE.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        std::fputs("usage: chorus-rendericons SOURCE.svg OUTPUT_DIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "chorus-rendericons: cannot read the SVG '%s'\n",
                     qPrintable(arguments.at(1)));
        return 1;
    }
    const QDir output(arguments.at(2));
    const QString name = arguments.at(3);
    for (qsizetype i = 4; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "chorus-rendericons: '%s' is not an icon size\n",
                         qPrintable(arguments.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString directory = QStringLiteral("%1x%1/apps").arg(size);
        const QString path
            = output.filePath(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!output.mkpath(directory) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "chorus-rendericons: cannot write '%s'\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
