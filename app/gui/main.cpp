#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chorus"));
    QApplication::setOrganizationName(QStringLiteral("Chorus"));
    Chorus::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
