// The Check-ins page's models and chart, and the core dashboard functions
// they display: filters, head counts, activity buckets, the read-only reader.
#include "testutil.h"

#include "checkinchart.h"
#include "participantsmodel.h"

#include "checkin/dashboard.h"
#include "checkin/sqlitestore.h"
#include "checkin/token.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

using namespace Chorus;
using namespace Chorus::Checkin;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Participant person(qint64 id, const QString &handle, const QString &platform,
                   const QByteArray &zone, Status status = Status::Joined)
{
    return Participant {
        id, handle, platform, zone, status, utc("2027-02-14T16:00:00Z").addSecs(id * 60), {}};
}

QList<Participant> crowd()
{
    return {person(1, u"@AlitaFan"_s, u"x"_s, "Europe/Berlin", Status::Posted),
            person(2, u"@manila"_s, u"bluesky"_s, "Asia/Manila", Status::Ready),
            person(3, u"@sp"_s, u"x"_s, "America/Sao_Paulo"),
            person(4, u"@berlin2"_s, u"mastodon"_s, "Europe/Berlin", Status::Ready)};
}

TEST(ParticipantFilter, EmptyMatchesEveryoneAndEachPartNarrows)
{
    const QList<Participant> people = crowd();
    const auto count = [&people](const ParticipantFilter &filter) {
        return std::count_if(people.cbegin(), people.cend(),
                             [&filter](const Participant &p) { return filter.matches(p); });
    };
    EXPECT_EQ(count({}), 4);
    EXPECT_EQ(count({"Europe/Berlin", {}, {}}), 2);
    EXPECT_EQ(count({{}, u"x"_s, {}}), 2);
    EXPECT_EQ(count({{}, {}, Status::Ready}), 2);
    EXPECT_EQ(count({"Europe/Berlin", {}, Status::Ready}), 1);
    EXPECT_EQ(count({"Europe/Berlin", u"bluesky"_s, {}}), 0);
}

TEST(StatsOf, CountsLikeTheServiceByZone)
{
    const Stats stats = statsOf(crowd());
    EXPECT_EQ(stats.total, (Counts {4, 2, 1}));
    EXPECT_EQ(stats.byZone.at("Europe/Berlin"), (Counts {2, 1, 1}));
    EXPECT_EQ(stats.byZone.at("Asia/Manila"), (Counts {1, 1, 0}));
    EXPECT_EQ(stats.byZone.at("America/Sao_Paulo"), (Counts {1, 0, 0}));
}

TEST(BucketActivity, PicksTheSmallestWidthThatFitsAndKeepsEmptyBuckets)
{
    const QList<ActivityMinute> activity {{utc("2027-02-14T17:02:00Z"), 1, 2, 0},
                                          {utc("2027-02-14T17:58:00Z"), 0, 0, 5}};
    // 57 minutes in at most 10 buckets: 15-minute buckets from 17:00.
    const QList<ActivityBucket> buckets = bucketActivity(activity, 10);
    ASSERT_EQ(buckets.size(), 4);
    EXPECT_EQ(buckets.at(0), (ActivityBucket {utc("2027-02-14T17:00:00Z"), 1, 2, 0}));
    EXPECT_EQ(buckets.at(1), (ActivityBucket {utc("2027-02-14T17:15:00Z"), 0, 0, 0}));
    EXPECT_EQ(buckets.at(2), (ActivityBucket {utc("2027-02-14T17:30:00Z"), 0, 0, 0}));
    EXPECT_EQ(buckets.at(3), (ActivityBucket {utc("2027-02-14T17:45:00Z"), 0, 0, 5}));
    // Room for a bar per minute: 57 one-minute buckets.
    EXPECT_EQ(bucketActivity(activity, 100).size(), 57);
    // Two buckets at most: 30-minute width is the first that fits.
    const QList<ActivityBucket> two = bucketActivity(activity, 2);
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(two.at(1).start, utc("2027-02-14T17:30:00Z"));
    EXPECT_EQ(two.at(1).posted, 5);
    EXPECT_TRUE(bucketActivity({}, 10).isEmpty());
}

TEST(BucketActivity, ASpanOfDaysFallsBackToDayBuckets)
{
    const QList<ActivityMinute> activity {{utc("2027-01-01T10:00:00Z"), 1, 0, 0},
                                          {utc("2027-03-01T10:00:00Z"), 1, 0, 0}};
    const QList<ActivityBucket> buckets = bucketActivity(activity, 10);
    EXPECT_EQ(buckets.size(), 60); // more than asked: a day is the widest bucket
    EXPECT_EQ(buckets.front().start, utc("2027-01-01T00:00:00Z"));
}

class DashboardReader : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"checkins.sqlite"_s);
        SqliteStore store(m_path);
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(store.begin());
        const auto joinAt
            = [&store](const QString &handle, const QByteArray &zone, const char *when) {
                  JoinRequest request;
                  request.handle = handle;
                  request.handleKey = normaliseHandle(handle);
                  request.platform = u"x"_s;
                  request.zone = zone;
                  request.freshToken = "token-" + handle.toUtf8();
                  request.at = utc(when);
                  return store.join(request);
              };
        const auto first = joinAt(u"@one"_s, "Europe/Berlin", "2027-02-14T16:00:10.000Z");
        const auto second = joinAt(u"@two"_s, "Asia/Manila", "2027-02-14T16:00:50.000Z");
        ASSERT_TRUE(first && second);
        CheckinRequest checkin;
        checkin.id = first->id;
        checkin.tokenHash = hashToken(first->token);
        checkin.status = Status::Ready;
        checkin.at = utc("2027-02-14T16:05:30.000Z");
        const auto checked = store.checkIn(checkin);
        ASSERT_TRUE(checked);
        EXPECT_EQ(checked->kind, CheckinResult::Kind::Done);
        ASSERT_TRUE(store.commit());
        m_firstId = first->id;
    }
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_firstId = 0;
};

TEST_F(DashboardReader, ReadsParticipantsAndActivityPerMinute)
{
    const auto snapshot = readDashboard(m_path);
    ASSERT_TRUE(snapshot) << snapshot.error().text().toStdString();
    ASSERT_EQ(snapshot->participants.size(), 2);
    EXPECT_EQ(snapshot->participants.at(0).handle, u"@one"_s);
    EXPECT_EQ(snapshot->participants.at(1).zone, "Asia/Manila");
    EXPECT_EQ(snapshot->participants.at(1).joinedAt, utc("2027-02-14T16:00:50Z"));
    EXPECT_EQ(snapshot->participants.at(0).status, Status::Ready);
    ASSERT_EQ(snapshot->activity.size(), 2);
    EXPECT_EQ(snapshot->activity.at(0), (ActivityMinute {utc("2027-02-14T16:00:00Z"), 2, 0, 0}));
    EXPECT_EQ(snapshot->activity.at(1), (ActivityMinute {utc("2027-02-14T16:05:00Z"), 0, 1, 0}));
}

TEST(DashboardReaderErrors, AMissingFileIsAnErrorAndIsNotCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nothing.sqlite"_s);
    const auto snapshot = readDashboard(path);
    ASSERT_FALSE(snapshot);
    EXPECT_TRUE(snapshot.error().message.contains(u"nothing.sqlite"_s));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(ParticipantsModelTest, UpdatesInPlaceAndAppendsUnderTheTester)
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Participant> people = crowd();
    model.setParticipants(people.mid(0, 2));
    EXPECT_EQ(model.rowCount(), 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    people[1].status = Status::Posted;
    model.setParticipants(people);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(changed.size(), 1); // row 1 only
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(model.index(1, ParticipantsModel::StatusColumn).data().toString(), u"posted"_s);
    EXPECT_EQ(model.index(1, ParticipantsModel::PlatformColumn).data().toString(), u"Bluesky"_s);
    EXPECT_EQ(
        model.index(0, ParticipantsModel::StatusColumn).data(ParticipantsModel::RawRole).toInt(),
        int(Status::Posted));
    // Another database: not a continuation, so a reset.
    model.setParticipants({person(9, u"@other"_s, u"x"_s, "UTC")});
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model.rowCount(), 1);
    model.setParticipants({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ParticipantsModelTest, JoinTimesFollowTheDisplayZone)
{
    ParticipantsModel model;
    model.setParticipants({person(60, u"@a"_s, u"x"_s, "UTC")}); // 17:00 UTC
    const QModelIndex joined = model.index(0, ParticipantsModel::JoinedColumn);
    EXPECT_TRUE(joined.data().toString().contains(u"17:00"_s))
        << joined.data().toString().toStdString();
    model.setDisplayZone("Asia/Manila");
    EXPECT_TRUE(joined.data().toString().contains(u"01:00"_s))
        << joined.data().toString().toStdString();
}

TEST(ParticipantsModelTest, ThePostColumnShowsTheAddressAndOffersItToOpen)
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Participant> people = crowd();
    const QString toot = u"https://example.social/@berlin2/113456789012345678"_s;
    people[3].postUrl = toot;
    model.setParticipants(people);
    EXPECT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.headerData(ParticipantsModel::PostColumn, Qt::Horizontal).toString(),
              u"Post"_s);
    const QModelIndex post = model.index(3, ParticipantsModel::PostColumn);
    EXPECT_EQ(post.data().toString(), toot);
    EXPECT_EQ(post.data(Qt::ToolTipRole).toString(), toot);
    EXPECT_EQ(post.data(ParticipantsModel::RawRole).toString(), toot);
    EXPECT_EQ(post.data(ParticipantsModel::UrlRole).toUrl(), QUrl(toot));
    EXPECT_TRUE(post.data(Qt::ForegroundRole).isValid()); // drawn as a link
    // None: an empty cell with nothing to open; the raw value sorts it first.
    const QModelIndex none = model.index(0, ParticipantsModel::PostColumn);
    EXPECT_TRUE(none.data().toString().isEmpty());
    EXPECT_FALSE(none.data(ParticipantsModel::UrlRole).isValid());
    EXPECT_EQ(none.data(ParticipantsModel::RawRole).toString(), QString());
    // A later address is a change to that row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    people[0].postUrl = u"https://x.com/AlitaFan/status/1"_s;
    model.setParticipants(people);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.front().at(0).toModelIndex().row(), 0);
    EXPECT_EQ(none.data().toString(), u"https://x.com/AlitaFan/status/1"_s);

    ParticipantsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ParticipantsModel::PostColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, ParticipantsModel::HandleColumn).data().toString(), u"@AlitaFan"_s);
    EXPECT_EQ(proxy.index(1, ParticipantsModel::HandleColumn).data().toString(), u"@berlin2"_s);
}

TEST(ParticipantsFilterModelTest, FiltersAndSortsByTheRawValue)
{
    ParticipantsModel model;
    ParticipantsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setParticipants(crowd());
    EXPECT_EQ(proxy.rowCount(), 4);
    proxy.setFilter({"Europe/Berlin", {}, {}});
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setFilter({{}, {}, Status::Ready});
    EXPECT_EQ(proxy.rowCount(), 2);
    EXPECT_EQ(proxy.shownParticipants().size(), 2);
    proxy.setFilter({});
    proxy.sort(ParticipantsModel::StatusColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, ParticipantsModel::HandleColumn).data().toString(), u"@AlitaFan"_s);
    EXPECT_EQ(proxy.index(3, ParticipantsModel::HandleColumn).data().toString(), u"@sp"_s);
    // A live change re-filters and re-sorts.
    QList<Participant> people = crowd();
    people[2].status = Status::Posted;
    proxy.setFilter({{}, {}, Status::Posted});
    model.setParticipants(people);
    EXPECT_EQ(proxy.rowCount(), 2);
}

TEST(ZoneStatsModelTest, OneRowPerZoneMostFirstThenTheTotal)
{
    ZoneStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setStats(statsOf(crowd()));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, ZoneStatsModel::ZoneColumn).data().toString(), u"Europe/Berlin"_s);
    EXPECT_EQ(model.index(0, ZoneStatsModel::JoinedColumn).data().toInt(), 2);
    EXPECT_EQ(model.index(0, ZoneStatsModel::PostedColumn).data().toInt(), 1);
    EXPECT_EQ(model.index(3, ZoneStatsModel::ZoneColumn).data().toString(), u"All zones"_s);
    EXPECT_EQ(model.index(3, ZoneStatsModel::JoinedColumn).data().toInt(), 4);
    EXPECT_EQ(model.index(3, ZoneStatsModel::ReadyColumn).data().toInt(), 2);
    QList<Participant> more = crowd();
    more.append(person(5, u"@m2"_s, u"x"_s, "Asia/Manila"));
    more.append(person(6, u"@m3"_s, u"x"_s, "Asia/Manila"));
    model.setStats(statsOf(more));
    EXPECT_EQ(model.index(0, ZoneStatsModel::ZoneColumn).data().toString(), u"Asia/Manila"_s);
}

TEST(CheckinChartTest, BucketsFollowTheWidthAndTheScaleTheTallestBar)
{
    CheckinChart chart;
    chart.resize(400, 200);
    chart.show();
    EXPECT_TRUE(chart.buckets().isEmpty());
    chart.setActivity(
        {{utc("2027-02-14T17:00:00Z"), 3, 1, 0}, {utc("2027-02-14T17:20:00Z"), 0, 2, 6}});
    ASSERT_FALSE(chart.buckets().isEmpty());
    EXPECT_EQ(chart.buckets().size(), 21); // one bar per minute fits in 400 px
    EXPECT_EQ(chart.scaleMaximum(), 8);
    chart.resize(60, 200); // a narrow chart takes wider buckets
    EXPECT_EQ(chart.buckets().size(), 1);
    EXPECT_EQ(chart.scaleMaximum(), 12); // everything in one bar
    chart.grab(); // paints without crashing
}

} // namespace
