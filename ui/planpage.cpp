#include "planpage.h"

#include "audiencemodel.h"
#include "campaigndocument.h"
#include "detailsform.h"
#include "localeformat.h"
#include "timelineview.h"
#include "widgetlifetime.h"
#include "zonepicker.h"

#include "plan/preflight.h"
#include "plan/suggest.h"
#include "time/daygrid.h"
#include "time/offsettimeline.h"
#include "time/zonecatalogue.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus::Ui {

namespace {

constexpr int ReachRole = Qt::UserRole + 1;
constexpr int MoveStartMergeKey = 1;

// Draws a suggestion's reach as a bar behind its text.
class ReachDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const double reach = index.data(ReachRole).toDouble();
        QRectF bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(bar.width() * std::clamp(reach, 0.0, 1.0));
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlpha(60);
        painter->fillRect(bar, fill);
        QStyledItemDelegate::paint(painter, option, index);
    }
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

// Weights are edited with three decimals, so 0.125 stays 0.125.
class WeightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QDoubleSpinBox(parent);
        editor->setRange(0, 1e9);
        editor->setDecimals(3);
        editor->setFrame(false);
        return editor;
    }
};

// The ranges the combo box offers, from the start's UTC day.
struct SearchRange
{
    const char *label;
    int days;
};
constexpr SearchRange searchRanges[] = {
    {QT_TRANSLATE_NOOP("Chorus::Ui::PlanPage", "The start's day"), 1},
    {QT_TRANSLATE_NOOP("Chorus::Ui::PlanPage", "A week from the start's day"), 7},
    {QT_TRANSLATE_NOOP("Chorus::Ui::PlanPage", "Four weeks"), 28},
    {QT_TRANSLATE_NOOP("Chorus::Ui::PlanPage", "A year"), 365},
};

Suggestions rank(const Plan::RankRequest &request, Time::Instant currentStart)
{
    Plan::SuggestOptions options;
    options.topStarts = 0;
    options.topRanges = 8;
    options.secondWave = true;
    options.alsoScore = currentStart;
    Suggestions result;
    result.currentStart = currentStart;
    auto found = Plan::suggest(request, options);
    if (!found) {
        result.problem = found.error().message;
        return result;
    }
    result.currentScore = found->also ? found->also->score : 0;
    if (found->candidateCount == 0) {
        result.problem = PlanPage::tr("No start to rank in this range.");
        return result;
    }
    result.totalWeight = found->totalWeight;
    result.ranges = std::move(found->bestRanges);
    result.secondWave = found->secondWave;
    return result;
}

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 0) + u" %"_s;
}

QString utcReading(Time::Instant instant)
{
    const QDateTime utc = Time::toQDateTime(instant);
    return QLocale().toString(utc.date(),
                              PlanPage::tr("ddd d MMM", "QDate::toString pattern of a UTC day"))
        + u' ' + shortTime(utc.time());
}

} // namespace

PlanPage::PlanPage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                   Time::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_clock(std::move(clock))
{
    m_timeline = new TimelineView(this);
    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setAccessibleName(tr("Timeline"));
    timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_timeline, &TimelineView::bandMoved, this, [this](Time::Instant start) {
        m_document.edit(tr("Move start"), [start](Campaign &c) { c.start = start; }, MoveStartMergeKey);
    });
    // While dragging, the rows' standings follow the band (a screen reader
    // hears where each zone stands before the drag ends).
    connect(m_timeline, &TimelineView::bandDragged, this, &PlanPage::refreshStandings);

    // Details.
    m_details = new DetailsForm(m_document, m_catalogue, this);

    // Audience.
    m_audienceModel = new AudienceModel(m_document, m_catalogue, this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_audienceModel);
    sorted->setSortRole(AudienceModel::RawValueRole);
    m_audienceView = new QTableView(this);
    m_audienceView->setModel(sorted);
    m_audienceView->setSortingEnabled(true);
    m_audienceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audienceView->horizontalHeader()->setStretchLastSection(true);
    m_audienceView->verticalHeader()->hide();
    m_audienceView->setAccessibleName(tr("Audience zones"));
    m_audienceView->setAccessibleDescription(
        tr("The audience's zones with their weights and local starts; weights can be edited"));
    m_audienceView->setItemDelegateForColumn(AudienceModel::Weight, new WeightDelegate(m_audienceView));
    auto *addZone = new ZonePicker(m_catalogue, this);
    addZone->setEditText(QString());
    addZone->setAccessibleName(tr("Zone to add"));
    auto *addWeight = new QDoubleSpinBox(this);
    addWeight->setRange(0, 1e9);
    addWeight->setValue(10);
    addWeight->setAccessibleName(tr("Weight of the zone to add"));
    addWeight->setAccessibleDescription(tr("How much the zone counts when the hours are ranked"));
    auto *addButton = new QPushButton(tr("&Add"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    connect(addButton, &QPushButton::clicked, this, [this, addZone, addWeight] {
        if (!addZone->zone().isEmpty())
            m_audienceModel->addZone(addZone->zone(), addWeight->value());
    });
    connect(removeButton, &QPushButton::clicked, this, [this, sorted] {
        QList<int> rows;
        for (const QModelIndex &index : m_audienceView->selectionModel()->selectedRows())
            rows << sorted->mapToSource(index).row();
        m_audienceModel->removeZones(rows);
    });
    auto *audiencePage = new QWidget(this);
    auto *audienceLayout = new QVBoxLayout(audiencePage);
    auto *addRow = new QHBoxLayout;
    auto *zoneLabel = new QLabel(tr("Zone:"), this);
    zoneLabel->setBuddy(addZone);
    addRow->addWidget(zoneLabel);
    addRow->addWidget(addZone, 1);
    auto *weightLabel = new QLabel(tr("Weight:"), this);
    weightLabel->setBuddy(addWeight);
    addRow->addWidget(weightLabel);
    addRow->addWidget(addWeight);
    addRow->addWidget(addButton);
    addRow->addStretch();
    addRow->addWidget(removeButton);
    audienceLayout->addLayout(addRow);
    audienceLayout->addWidget(m_audienceView);

    // Suggestions.
    m_range = new QComboBox(this);
    for (const SearchRange &range : searchRanges)
        m_range->addItem(tr(range.label), range.days);
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Look for suggestions within"));
    m_range->setAccessibleDescription(tr("How far from the start's day to look for better starts"));
    m_comfort = new QLineEdit(u"09:00-23:00"_s, this);
    m_comfort->setAccessibleName(tr("Comfort hours"));
    m_comfort->setToolTip(tr("The local hours in which people can join, e.g. 09:00-23:00 or 18:00-02:00"));
    m_comfortProblem = new QLabel(this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Ranking in progress"));
    m_busy->hide();
    m_suggestions = new QListWidget(this);
    m_suggestions->setItemDelegate(new ReachDelegate(m_suggestions));
    m_suggestions->setAccessibleName(tr("Suggested starts, best first"));
    m_suggestions->setAccessibleDescription(
        tr("Each start with how much of the audience it reaches; activate one to use it"));
    m_useSuggestion = new QPushButton(tr("&Use this start"), this);
    m_useSuggestion->setEnabled(false);
    m_secondWave = new QLabel(this);
    m_secondWave->setWordWrap(true);
    m_current = new QLabel(this);
    connect(m_suggestions, &QListWidget::currentRowChanged, this,
            [this](int row) { m_useSuggestion->setEnabled(row >= 0); });
    connect(m_suggestions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { applySuggestion(m_suggestions->row(item)); });
    connect(m_useSuggestion, &QPushButton::clicked, this,
            [this] { applySuggestion(m_suggestions->currentRow()); });
    connect(m_range, &QComboBox::currentIndexChanged, this, &PlanPage::scheduleRanking);
    connect(m_comfort, &QLineEdit::editingFinished, this, &PlanPage::scheduleRanking);
    connect(m_comfort, &QLineEdit::editingFinished, this,
            [this] { refreshStandings(m_timeline->bandStart()); });
    auto *suggestionsPage = new QWidget(this);
    auto *suggestionsLayout = new QVBoxLayout(suggestionsPage);
    auto *controls = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Look within:"), this);
    rangeLabel->setBuddy(m_range);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    auto *comfortLabel = new QLabel(tr("Comfort hours:"), this);
    comfortLabel->setBuddy(m_comfort);
    controls->addWidget(comfortLabel);
    controls->addWidget(m_comfort);
    controls->addWidget(m_comfortProblem);
    controls->addStretch();
    controls->addWidget(m_busy);
    suggestionsLayout->addLayout(controls);
    suggestionsLayout->addWidget(m_current);
    suggestionsLayout->addWidget(m_suggestions, 1);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_secondWave, 1);
    useRow->addWidget(m_useSuggestion);
    suggestionsLayout->addLayout(useRow);

    // Pre-flight.
    m_preflight = new QListWidget(this);
    m_preflight->setWordWrap(true);
    m_preflight->setAccessibleName(tr("Pre-flight report"));
    m_preflight->setAccessibleDescription(
        tr("What to watch out for at the start: DST changes, date shifts and odd offsets"));

    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Plan sections"));
    tabs->addTab(m_details, tr("&Details"));
    tabs->addTab(audiencePage, tr("Au&dience"));
    tabs->addTab(suggestionsPage, tr("Su&ggestions"));
    tabs->addTab(m_preflight, tr("&Pre-flight"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(timelineScroll);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    m_rankDelay = new QTimer(this);
    m_rankDelay->setSingleShot(true);
    m_rankDelay->setInterval(250);
    connect(m_rankDelay, &QTimer::timeout, this, &PlanPage::startRanking);
    connect(&m_ranking, &QFutureWatcher<Suggestions>::finished, this, [this] {
        showSuggestions(m_ranking.result());
        if (m_rankAgain) {
            m_rankAgain = false;
            startRanking();
        }
    });
    connect(&m_document, &CampaignDocument::changed, this, &PlanPage::documentChanged);
    documentChanged();
}

PlanPage::~PlanPage()
{
    disconnectChildrenFrom(this);
    m_ranking.waitForFinished();
}

void PlanPage::setViewerZone(const QByteArray &zone)
{
    m_viewerZone = zone;
    m_details->setInputZone(zone);
    documentChanged();
}

Plan::Audience PlanPage::audience() const
{
    Plan::Audience result;
    for (const AudienceZone &member : m_document.campaign().audience)
        result.push_back({member.zone, member.weight});
    return result;
}

void PlanPage::documentChanged()
{
    rebuildGrid();
    const Campaign &campaign = m_document.campaign();
    m_timeline->setBand(campaign.start, campaign.duration);
    refreshStandings(campaign.start);
    refreshPreflight();
    RankInputs inputs {{}, campaign.start, campaign.duration};
    for (const AudienceZone &member : campaign.audience)
        inputs.audience.emplace_back(member.zone, member.weight);
    if (inputs != m_rankedInputs) {
        m_rankedInputs = std::move(inputs);
        scheduleRanking();
    }
}

void PlanPage::rebuildGrid()
{
    const Campaign &campaign = m_document.campaign();
    // Rows west to east by their offset at the start; the viewer's zone too.
    std::vector<QByteArray> zones;
    for (const AudienceZone &member : campaign.audience)
        zones.push_back(member.zone);
    if (std::find(zones.begin(), zones.end(), m_viewerZone) == zones.end())
        zones.push_back(m_viewerZone);
    const QDateTime start = Time::toQDateTime(campaign.start);
    std::stable_sort(zones.begin(), zones.end(), [&start](const QByteArray &a, const QByteArray &b) {
        return QTimeZone(a).offsetFromUtc(start) < QTimeZone(b).offsetFromUtc(start);
    });
    // 48 hours around the start's UTC day; rebuilt only when the rows change or
    // the band would leave it, so dragging never rebuilds the grid.
    const Time::Instant gridFrom = floor<days>(campaign.start) - hours{12};
    // Rebuilt too when the band nears an edge, so it can always move on.
    const Time::DayGrid &grid = m_timeline->grid();
    const bool inside = grid.hours > 0 && campaign.start >= grid.from + hours{3}
        && campaign.end() + hours{3} <= grid.from + hours{grid.hours};
    if (zones == m_gridZones && inside)
        return;
    m_gridZones = zones;
    // Long windows get a longer grid, so the whole band always fits.
    const int hoursShown = 48 + int(ceil<hours>(campaign.duration).count());
    m_timeline->setGrid(Time::buildDayGrid(m_catalogue, zones, gridFrom, hoursShown));
    // The rows' offsets over the grid, once, for their standings on every band move.
    const Time::DayGrid &built = m_timeline->grid();
    m_gridTimelines.clear();
    for (const Time::GridRow &row : built.rows)
        m_gridTimelines.push_back(Time::OffsetTimeline::build(QTimeZone(row.zone), built.from,
                                                              built.from + hours {built.hours}));
}

void PlanPage::refreshStandings(Time::Instant start)
{
    const Time::DayGrid &grid = m_timeline->grid();
    const auto comfort = Plan::parseDailyHours(m_comfort->text());
    if (!comfort || grid.rows.size() != m_gridTimelines.size()) {
        m_timeline->setStandings({});
        return;
    }
    // Every row, the viewer's own too, by the rule the ranking uses.
    Plan::RankRequest request;
    for (const Time::GridRow &row : grid.rows)
        request.audience.push_back({row.zone, 1.0});
    request.duration = m_document.campaign().duration;
    request.comfort = *comfort;
    std::vector<Plan::Standing> standings;
    for (const Plan::ZoneStanding &zone : Plan::explainStart(request, m_gridTimelines, start))
        standings.push_back(zone.standing);
    m_timeline->setStandings(std::move(standings));
}

void PlanPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sizedOnce)
        return;
    // First show: give the timeline the rows it needs, up to 55% of the page.
    m_sizedOnce = true;
    const int wanted = m_timeline->sizeHint().height() + 4;
    const int total = m_splitter->height();
    const int top = std::min(wanted, total * 55 / 100);
    m_splitter->setSizes({top, total - top});
}

void PlanPage::scheduleRanking()
{
    m_rankDelay->start();
}

void PlanPage::startRanking()
{
    if (m_ranking.isRunning()) {
        m_rankAgain = true; // one more run with the newest campaign when this one ends
        return;
    }
    const auto comfort = Plan::parseDailyHours(m_comfort->text());
    if (!comfort) {
        // Suggestions for other hours must not stay on screen as if they were these.
        m_comfortProblem->setText(comfort.error().message);
        Suggestions none;
        none.problem = tr("Fix the comfort hours to get suggestions.");
        showSuggestions(none);
        return;
    }
    m_comfortProblem->clear();
    Plan::RankRequest request;
    request.audience = audience();
    if (request.audience.empty() || Plan::totalWeight(request.audience) <= 0) {
        Suggestions none;
        none.problem = tr("Add zones with weights to the audience to get suggestions.");
        showSuggestions(none);
        return;
    }
    const Campaign &campaign = m_document.campaign();
    request.from = floor<days>(campaign.start);
    // The last window must end by the last instant Chorus knows (year 9999).
    request.to = std::min(request.from + days{m_range->currentData().toInt()},
                          Time::maxInstant - campaign.duration);
    request.duration = campaign.duration;
    request.comfort = *comfort;
    if (const auto count = Plan::candidateCount(request); !count) {
        Suggestions none;
        none.problem = count.error().message;
        showSuggestions(none);
        return;
    }
    m_busy->show();
    m_ranking.setFuture(QtConcurrent::run([request, start = campaign.start] { return rank(request, start); }));
}

void PlanPage::showSuggestions(const Suggestions &suggestions)
{
    m_busy->hide();
    m_suggestions->clear();
    m_useSuggestion->setEnabled(false);
    m_shownRanges = suggestions.ranges;
    m_current->setText(suggestions.problem.isEmpty()
                           ? tr("The current start, %1 UTC, reaches %2.")
                                 .arg(utcReading(suggestions.currentStart), percent(suggestions.currentScore))
                           : QString());
    if (!suggestions.problem.isEmpty()) {
        m_secondWave->setText(suggestions.problem);
        Q_EMIT suggestionsShown();
        return;
    }
    for (const Plan::ScoreRange &range : suggestions.ranges) {
        const QString text = range.count > 1
            ? tr("Any start from %1 to %2 UTC reaches %3")
                  .arg(utcReading(range.first), shortTime(Time::toQDateTime(range.last).time()),
                       percent(range.score))
            : tr("Start at %1 UTC reaches %2").arg(utcReading(range.first), percent(range.score));
        auto *item = new QListWidgetItem(text, m_suggestions);
        item->setData(ReachRole, range.score);
    }
    if (suggestions.secondWave) {
        const Plan::SecondWave &wave = *suggestions.secondWave;
        m_secondWave->setText(tr("A second wave at %1 UTC would reach %2 of those the best start "
                                 "leaves out; together the two reach %3.")
                                  .arg(utcReading(wave.start), percent(wave.leftOutWeight > 0 ? wave.addedWeight / wave.leftOutWeight : 0),
                                       percent(wave.combinedScore)));
    } else {
        m_secondWave->setText(tr("No second wave needed: nobody the best start leaves out can be reached."));
    }
    Q_EMIT suggestionsShown();
}

void PlanPage::applySuggestion(int row)
{
    if (row < 0 || row >= int(m_shownRanges.size()))
        return;
    const Time::Instant start = m_shownRanges[std::size_t(row)].first;
    m_document.edit(tr("Use suggested start"), [start](Campaign &c) { c.start = start; });
}

void PlanPage::refreshPreflight()
{
    m_preflight->clear();
    const Campaign &campaign = m_document.campaign();
    const Time::Instant now{floor<seconds>(m_clock()).time_since_epoch()};
    const auto lines = Plan::preflight(audience(), campaign.start, campaign.duration, now,
                                       m_viewerZone, m_catalogue);
    for (const Plan::PreflightLine &line : lines)
        m_preflight->addItem(line.text);
    if (lines.empty())
        m_preflight->addItem(tr("Nothing to watch out for: no DST change, date shift or odd offset."));
}

QStringList PlanPage::suggestionTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_suggestions->count(); ++i)
        texts << m_suggestions->item(i)->text();
    return texts;
}

QString PlanPage::secondWaveText() const
{
    return m_secondWave->text();
}

QString PlanPage::currentStartText() const
{
    return m_current->text();
}

QStringList PlanPage::preflightTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_preflight->count(); ++i)
        texts << m_preflight->item(i)->text();
    return texts;
}

bool PlanPage::isRanking() const
{
    return m_ranking.isRunning() || m_rankDelay->isActive();
}

} // namespace Chorus::Ui
