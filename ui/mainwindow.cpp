#include "mainwindow.h"

namespace Chorus::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Chorus"));
}

MainWindow::~MainWindow() = default;

} // namespace Chorus::Ui
