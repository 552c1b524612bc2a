// Issue 13: the organizer's table takes 100,000 participants by updating in
// place. A seeded run of refreshes (joins, check-ins, a handle edited,
// another database) against an independent expectation: after each one the
// model holds exactly the list, the sorted and filtered view shows exactly
// what sorting the list itself gives, dataChanged names exactly the rows that
// changed, and a continuation never resets the model.
#include "testutil.h"

#include "participantsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;
using Checkin::Participant;
using Checkin::Status;

namespace {

const QList<QByteArray> zones {"Europe/Berlin", "Asia/Manila", "America/Sao_Paulo", "UTC"};
const QStringList platforms {u"x"_s, u"bluesky"_s, u"mastodon"_s};

Participant person(qint64 id, std::mt19937 &random)
{
    Participant participant;
    participant.id = id;
    // Few distinct handles, so sorting by handle has ties to break by id.
    participant.handle = u"@Fan%1"_s.arg(random() % 50);
    participant.platform = platforms[int(random() % 3)];
    participant.zone = zones[int(random() % zones.size())];
    participant.status = Status(random() % 3);
    participant.joinedAt
        = QDateTime::fromSecsSinceEpoch(1'800'000'000 + qint64(random() % 500), QTimeZone::utc());
    return participant;
}

/// The raw value the view sorts by, computed here on its own.
QVariant rawOf(const Participant &p, int column)
{
    switch (column) {
    case ParticipantsModel::HandleColumn:
        return p.handle.toCaseFolded();
    case ParticipantsModel::PlatformColumn:
        return p.platform;
    case ParticipantsModel::ZoneColumn:
        return QString::fromUtf8(p.zone);
    case ParticipantsModel::StatusColumn:
        return int(p.status);
    case ParticipantsModel::PostColumn:
        return p.postUrl;
    default:
        return p.joinedAt.toMSecsSinceEpoch();
    }
}

bool before(const Participant &a, const Participant &b, int column)
{
    const QVariant x = rawOf(a, column);
    const QVariant y = rawOf(b, column);
    const auto order = QVariant::compare(x, y);
    return order != QPartialOrdering::Equivalent ? order == QPartialOrdering::Less : a.id < b.id;
}

TEST(ParticipantsModelUpdates, EveryRefreshShowsExactlyTheListAndSignalsExactlyTheChanges)
{
    ParticipantsModel model;
    ParticipantsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::mt19937 random(13);
    QList<Participant> list;
    qint64 nextId = 1;
    int addresses = 0; // each new address differs from every earlier one
    for (int round = 0; round < 80; ++round) {
        QList<Participant> next = list;
        const bool otherDatabase = round % 25 == 24;
        if (otherDatabase) {
            next.clear();
            nextId = 1000 * round;
        }
        std::map<int, std::pair<int, int>> touched; // row → first and last changed column
        const auto touch = [&touched](int row, int column) {
            auto [it, fresh] = touched.try_emplace(row, column, column);
            it->second = {std::min(it->second.first, column), std::max(it->second.second, column)};
        };
        if (!otherDatabase) {
            for (int k = int(random() % 6); k > 0 && !next.isEmpty(); --k) {
                const int row = int(random() % next.size());
                Participant &p = next[row];
                if (random() % 4 == 0) {
                    p.handle += u"x"_s;
                    touch(row, ParticipantsModel::HandleColumn);
                } else if (random() % 4 == 0) {
                    // A (new) address from a posted check-in.
                    p.postUrl = u"https://x.com/fan/status/%1"_s.arg(++addresses);
                    touch(row, ParticipantsModel::PostColumn);
                } else if (p.status != Status::Posted) {
                    p.status = Status(int(p.status) + 1);
                    touch(row, ParticipantsModel::StatusColumn);
                }
            }
        }
        for (int k = int(random() % 5); k > 0; --k)
            next.append(person(nextId++, random));

        const int sortColumn = int(random() % ParticipantsModel::ColumnCount);
        const Qt::SortOrder order = random() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
        proxy.sort(sortColumn, order);
        Checkin::ParticipantFilter filter;
        if (random() % 3 == 0)
            filter.zone = zones[int(random() % zones.size())];
        proxy.setFilter(filter);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setParticipants(next);
        list = next;

        // The model: exactly the list.
        ASSERT_EQ(model.rowCount(), list.size()) << "round " << round;
        for (int row = 0; row < list.size(); ++row) {
            EXPECT_EQ(model.index(row, ParticipantsModel::HandleColumn).data().toString(),
                      list[row].handle);
            EXPECT_EQ(
                model.index(row, ParticipantsModel::StatusColumn).data(ParticipantsModel::RawRole),
                int(list[row].status));
            EXPECT_EQ(model.index(row, ParticipantsModel::HandleColumn)
                          .data(ParticipantsModel::RawRole)
                          .toString(),
                      list[row].handle.toCaseFolded());
        }
        // The signals: a continuation updates in place, naming only what changed.
        EXPECT_EQ(reset.size(), otherDatabase && round > 0 ? 1 : 0) << "round " << round;
        std::set<std::pair<int, int>> signalled;
        for (const QList<QVariant> &arguments : changed) {
            const QModelIndex topLeft = arguments.at(0).toModelIndex();
            const QModelIndex bottomRight = arguments.at(1).toModelIndex();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                    signalled.insert({row, column});
        }
        // Whole rows: exactly the rows that changed, every column.
        std::set<std::pair<int, int>> expectedChanges;
        for (const auto &[row, span] : touched)
            for (int column = 0; column < ParticipantsModel::ColumnCount; ++column)
                expectedChanges.insert({row, column});
        if (!otherDatabase) {
            EXPECT_EQ(signalled, expectedChanges) << "round " << round;
        }

        // The view: the filtered list sorted by the chosen column, on its own.
        QList<Participant> expected;
        for (const Participant &p : std::as_const(list))
            if (filter.matches(p))
                expected.append(p);
        std::sort(expected.begin(), expected.end(),
                  [&](const Participant &a, const Participant &b) {
                      return order == Qt::AscendingOrder ? before(a, b, sortColumn)
                                                         : before(b, a, sortColumn);
                  });
        ASSERT_EQ(proxy.rowCount(), expected.size()) << "round " << round;
        for (int row = 0; row < expected.size(); ++row) {
            const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
            EXPECT_EQ(list.at(source.row()).id, expected.at(row).id)
                << "round " << round << " row " << row << " sorted by " << sortColumn;
        }
    }
}

} // namespace
