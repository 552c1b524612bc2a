#pragma once

#include "time/instant.h"

#include <QWidget>

class QNetworkAccessManager;
class QSettings;
class QTabWidget;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class CampaignDocument;
class OrganizePanel;
class TakePartPanel;

/// The Check-ins page: "Take part" for fans (join, ready, posted, how many
/// post with you) and "Organize" for the organizer (run the service, watch
/// the participants). The halves share nothing but the campaign.
class CheckinsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckinsPage)

public:
    enum Tab { TakePartTab, OrganizeTab };

    CheckinsPage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                 Time::Clock clock, QSettings &settings, QNetworkAccessManager &network,
                 const QByteArray &systemZone, QWidget *parent = nullptr);
    ~CheckinsPage() override;

    [[nodiscard]] TakePartPanel *takePart() const { return m_takePart; }
    [[nodiscard]] OrganizePanel *organize() const { return m_organize; }
    void showTab(Tab tab);
    void setViewerZone(const QByteArray &zone);

private:
    QTabWidget *m_tabs = nullptr;
    TakePartPanel *m_takePart = nullptr;
    OrganizePanel *m_organize = nullptr;
};

} // namespace Chorus::Ui
