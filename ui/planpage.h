#pragma once

#include "plan/ranking.h"
#include "time/instant.h"
#include "time/offsettimeline.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Chorus::Time {
class ZoneCatalogue;
}

namespace Chorus::Ui {

class AudienceModel;
class CampaignDocument;
class DetailsForm;
class TimelineView;

/// What the ranking worker found for the current campaign.
struct Suggestions
{
    std::vector<Plan::ScoreRange> ranges; ///< best first
    std::optional<Plan::SecondWave> secondWave;
    double totalWeight = 0;
    Time::Instant currentStart;
    double currentScore = 0; ///< how much the campaign's own start reaches
    QString problem; ///< why nothing could be ranked, if so
};

/// The organizer's page: the timeline of the audience's zones with the
/// campaign window as a band, and under it the details, the audience, the
/// ranked suggestions (computed off the GUI thread) and the pre-flight report.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    PlanPage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue, Time::Clock clock,
             QWidget *parent = nullptr);
    ~PlanPage() override;

    /// The user's own zone: a row of its own on the timeline, and the
    /// organizer's zone in the pre-flight report.
    void setViewerZone(const QByteArray &zone);

    [[nodiscard]] TimelineView *timeline() const { return m_timeline; }
    [[nodiscard]] DetailsForm *details() const { return m_details; }
    [[nodiscard]] AudienceModel *audienceModel() const { return m_audienceModel; }
    [[nodiscard]] QStringList suggestionTexts() const;
    [[nodiscard]] QString secondWaveText() const;
    [[nodiscard]] QString currentStartText() const;
    [[nodiscard]] QStringList preflightTexts() const;
    [[nodiscard]] bool isRanking() const;
    /// Moves the campaign's start to the suggestion in `row` (undoable).
    void applySuggestion(int row);

Q_SIGNALS:
    /// New suggestions are shown.
    void suggestionsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void documentChanged();
    void rebuildGrid();
    void scheduleRanking();
    void startRanking();
    void showSuggestions(const Suggestions &suggestions);
    void refreshPreflight();
    void refreshStandings(Time::Instant start);
    [[nodiscard]] Plan::Audience audience() const;

    CampaignDocument &m_document;
    const Time::ZoneCatalogue &m_catalogue;
    Time::Clock m_clock;
    QByteArray m_viewerZone = "UTC";
    TimelineView *m_timeline = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_sizedOnce = false;
    DetailsForm *m_details = nullptr;
    AudienceModel *m_audienceModel = nullptr;
    QTableView *m_audienceView = nullptr;
    QComboBox *m_range = nullptr;
    QLineEdit *m_comfort = nullptr;
    QLabel *m_comfortProblem = nullptr;
    QProgressBar *m_busy = nullptr;
    QListWidget *m_suggestions = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QLabel *m_secondWave = nullptr;
    QLabel *m_current = nullptr;
    QListWidget *m_preflight = nullptr;
    QTimer *m_rankDelay = nullptr;
    QFutureWatcher<Suggestions> m_ranking;
    bool m_rankAgain = false;
    std::vector<Plan::ScoreRange> m_shownRanges;
    std::vector<QByteArray> m_gridZones;
    std::vector<Time::OffsetTimeline> m_gridTimelines; ///< one per timeline row

    /// What the last ranking was asked for: an edit that changes none of it
    /// (a title, a template) starts no new ranking.
    struct RankInputs
    {
        std::vector<std::pair<QByteArray, double>> audience;
        Time::Instant start;
        std::chrono::minutes duration {0};
        bool operator==(const RankInputs &) const = default;
    };
    std::optional<RankInputs> m_rankedInputs;
};

} // namespace Chorus::Ui
