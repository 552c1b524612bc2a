#pragma once

#include "time/instant.h"

#include <QMainWindow>

class QSettings;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CountdownPage;
struct CountdownSubject;

/// The Chorus main window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `settings` keeps the window geometry and the viewer's zone;
    /// `systemZone` is the zone to show until the user picks another.
    MainWindow(const Time::ZoneCatalogue &catalogue, Time::Clock clock, QSettings &settings,
               const QByteArray &systemZone, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSubject(const CountdownSubject &subject);
    /// Shows why nothing could be opened, in place of the countdown.
    void showProblem(const QString &problem);

    [[nodiscard]] CountdownPage *countdownPage() const { return m_countdown; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    const Time::ZoneCatalogue &m_catalogue;
    QSettings &m_settings;
    CountdownPage *m_countdown = nullptr;
};

} // namespace Chorus::Ui
