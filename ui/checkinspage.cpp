#include "checkinspage.h"

#include "organizepanel.h"
#include "takepartpanel.h"
#include "widgetlifetime.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Chorus::Ui {

CheckinsPage::CheckinsPage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                           Time::Clock clock, QSettings &settings, QNetworkAccessManager &network,
                           const QByteArray &systemZone, QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Take part or organize"));
    m_tabs->setDocumentMode(true);
    m_takePart = new TakePartPanel(document, catalogue, clock, settings, network, systemZone, this);
    m_organize = new OrganizePanel(document, catalogue, clock, settings, this);
    m_tabs->addTab(m_takePart, tr("Take part"));
    m_tabs->addTab(m_organize, tr("Organize"));
    m_tabs->setTabToolTip(TakePartTab, tr("Join the campaign and check in as a fan"));
    m_tabs->setTabToolTip(OrganizeTab, tr("Run the check-in service and watch who takes part"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

CheckinsPage::~CheckinsPage()
{
    disconnectChildrenFrom(this);
}

void CheckinsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void CheckinsPage::setViewerZone(const QByteArray &zone)
{
    m_organize->setDisplayZone(zone);
}

} // namespace Chorus::Ui
