// What a screen reader finds: every control on every page of the main window
// has a name, and the custom views speak (the timeline's rows and band, the
// check-ins chart's summary), walked through the QAccessible tree as
// assistive technology walks it.
#include "testutil.h"

#include "checkinchart.h"
#include "mainwindow.h"
#include "planpage.h"
#include "timelineview.h"

#include "time/zonecatalogue.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <set>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace std::chrono;
using namespace Qt::StringLiterals;
using Chorus::Test::at;
using Chorus::Test::catalogue;

namespace {

// Roles a user operates: each needs a name of its own.
bool isControl(const QAccessibleInterface *iface)
{
    static const std::set<QAccessible::Role> roles {
        QAccessible::PushButton, QAccessible::CheckBox,   QAccessible::RadioButton,
        QAccessible::ComboBox,   QAccessible::SpinBox,    QAccessible::EditableText,
        QAccessible::Table,      QAccessible::List,       QAccessible::Tree,
        QAccessible::Slider,     QAccessible::ButtonMenu, QAccessible::ButtonDropDown,
        QAccessible::PageTab,    QAccessible::Chart,      QAccessible::ProgressBar,
        QAccessible::Link,       QAccessible::MenuItem,   QAccessible::Dial};
    // A selectable label is read by its text, which may be empty for now.
    return roles.contains(iface->role())
        || (iface->state().focusable && iface->role() != QAccessible::StaticText);
}

// On Linux a combo box's name is its current text, and its label comes as a
// relation; so it is named when it has a name of its own or a buddy label.
bool comboBoxIsNamed(QAccessibleInterface *iface)
{
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    return (widget && !widget->accessibleName().trimmed().isEmpty())
        || !iface->relations(QAccessible::Label).isEmpty();
}

// Where an interface is, for a failure message: "PlanPage > QTabWidget > QLineEdit".
QString pathOf(QAccessibleInterface *iface)
{
    QStringList path;
    for (QAccessibleInterface *at = iface; at; at = at->parent()) {
        if (QObject *object = at->object())
            path.prepend(QString::fromLatin1(object->metaObject()->className()));
        if (at->role() == QAccessible::Window)
            break;
    }
    return path.join(u" > "_s);
}

// Controls whose name says what they are but not what goes in or what they
// show: fields, choices and views, which need a description too (a tooltip,
// a placeholder or an accessible description).
bool needsDescription(QAccessibleInterface *iface)
{
    static const std::set<QAccessible::Role> roles {QAccessible::EditableText, QAccessible::SpinBox,
                                                    QAccessible::ComboBox,     QAccessible::Table,
                                                    QAccessible::List,         QAccessible::Tree,
                                                    QAccessible::Chart,        QAccessible::Slider};
    // A combo box's own text field is described by the combo box.
    const QAccessibleInterface *parent = iface->parent();
    return roles.contains(iface->role()) && !(parent && parent->role() == QAccessible::ComboBox);
}

struct Findings
{
    QStringList unnamed; ///< controls with no name
    QStringList undescribed; ///< fields and views with no description
    int controls = 0;
};

QString describe(QAccessibleInterface *iface)
{
    return pathOf(iface) + u" (role "_s + QString::number(iface->role()) + u", name '"_s
        + iface->text(QAccessible::Name).trimmed() + u"')"_s;
}

// The visible controls under `iface` with no name, and the fields and views
// with no description. The items inside an item view are the view's data (a
// table's empty cell is no control), so views are checked themselves but not
// walked into.
void collect(QAccessibleInterface *iface, Findings &findings)
{
    if (!iface || iface->state().invisible)
        return;
    if (isControl(iface) && iface->role() != QAccessible::Window) {
        ++findings.controls;
        const bool named = iface->role() == QAccessible::ComboBox
            ? comboBoxIsNamed(iface)
            : !iface->text(QAccessible::Name).trimmed().isEmpty();
        if (!named)
            findings.unnamed.append(describe(iface));
        if (needsDescription(iface) && iface->text(QAccessible::Description).trimmed().isEmpty())
            findings.undescribed.append(describe(iface));
    }
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collect(iface->child(i), findings);
}

// Brings `widget` to the front of every stack it is in (pages, tabs).
void reveal(QWidget *widget)
{
    for (QWidget *child = widget, *parent = widget->parentWidget(); parent;
         child = parent, parent = parent->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(parent))
            stack->setCurrentWidget(child);
    }
}

const QByteArray campaign = R"({"format":"chorus-campaign","version":1,
  "title":"Alita hour","hashtag":"#AlitaSequel","start":"2019-12-05T17:00:00Z","duration_minutes":60,
  "audience":[{"zone":"America/Los_Angeles","weight":30},{"zone":"Europe/Berlin","weight":20},
              {"zone":"Asia/Manila","weight":40},{"zone":"Asia/Kolkata","weight":10}]})";

class Accessibility : public testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString path = dir.filePath(u"alita.chorus.json"_s);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(campaign);
        file.close();
        window = std::make_unique<MainWindow>(
            catalogue(), [] { return system_clock::time_point(at("2019-11-21T12:00:00Z")); },
            settings, network, "Europe/Berlin");
        window->openAtStart(path);
        window->resize(1280, 860);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        QLocale::setDefault(QLocale::c());
    }

    [[nodiscard]] QAccessibleInterface *timelineInterface() const
    {
        return QAccessible::queryAccessibleInterface(window->planPage()->timeline());
    }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(u"chorus.ini"_s), QSettings::IniFormat};
    QNetworkAccessManager network;
    std::unique_ptr<MainWindow> window;
};

TEST_F(Accessibility, EveryControlOnEveryPageAndTabHasANameAndEveryFieldADescription)
{
    Findings findings;
    int views = 0;
    // Every page of every stack (the main pages, each tab of each page).
    for (QStackedWidget *stack : window->findChildren<QStackedWidget *>()) {
        for (int i = 0; i < stack->count(); ++i) {
            reveal(stack->widget(i));
            QApplication::processEvents();
            ++views;
            collect(QAccessible::queryAccessibleInterface(window.get()), findings);
        }
    }
    findings.unnamed.removeDuplicates();
    findings.undescribed.removeDuplicates();
    EXPECT_GE(views, 10);
    EXPECT_GT(findings.controls, 200); // each view is walked whole, so controls repeat
    EXPECT_TRUE(findings.unnamed.isEmpty())
        << findings.unnamed.size() << " controls have no accessible name:\n"
        << findings.unnamed.join(u'\n').toStdString();
    EXPECT_TRUE(findings.undescribed.isEmpty())
        << findings.undescribed.size() << " fields or views have no description:\n"
        << findings.undescribed.join(u'\n').toStdString();
}

TEST_F(Accessibility, TheWalkFindsAControlWithoutANameAndAFieldWithoutADescription)
{
    // The checks above can fail: an icon-only button with no name, and a
    // field with a name but nothing to say what goes in it, are caught.
    auto *nameless = new QPushButton(window->planPage());
    nameless->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogOkButton));
    nameless->show();
    auto *bare = new QLineEdit(window->planPage());
    bare->setAccessibleName(u"Bare field"_s);
    bare->show();
    reveal(window->planPage());
    Findings findings;
    collect(QAccessible::queryAccessibleInterface(window.get()), findings);
    ASSERT_EQ(findings.unnamed.size(), 1) << findings.unnamed.join(u'\n').toStdString();
    EXPECT_TRUE(findings.unnamed.front().endsWith(u"PlanPage > QPushButton (role 43, name '')"_s))
        << findings.unnamed.front().toStdString();
    ASSERT_EQ(findings.undescribed.size(), 1) << findings.undescribed.join(u'\n').toStdString();
    EXPECT_TRUE(findings.undescribed.front().endsWith(
        u"PlanPage > QLineEdit (role 42, name 'Bare field')"_s))
        << findings.undescribed.front().toStdString();
}

TEST_F(Accessibility, EveryClearButtonHasAName)
{
    // A line edit's clear button shows only with text, so the walk above
    // may not meet it: every one is checked here, shown or not.
    int buttons = 0;
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (!edit->isClearButtonEnabled())
            continue;
        for (QToolButton *button : edit->findChildren<QToolButton *>()) {
            ++buttons;
            EXPECT_FALSE(button->accessibleName().isEmpty())
                << "the clear button of " << edit->accessibleName().toStdString();
        }
    }
    EXPECT_GE(buttons, 5); // three zone pickers, the fan handle, the service address
}

TEST_F(Accessibility, EachTimelineRowReadsItsLocalWindowAndStanding)
{
    reveal(window->planPage());
    QAccessibleInterface *timeline = timelineInterface();
    ASSERT_NE(timeline, nullptr);
    EXPECT_EQ(timeline->role(), QAccessible::List);
    EXPECT_EQ(timeline->text(QAccessible::Name), u"Timeline of the campaign hour across zones"_s);
    // The four audience zones and the viewer's Berlin, west to east.
    QStringList rows;
    for (int i = 0; i < timeline->childCount(); ++i) {
        QAccessibleInterface *row = timeline->child(i);
        ASSERT_NE(row, nullptr);
        EXPECT_EQ(row->role(), QAccessible::ListItem);
        EXPECT_EQ(row->parent(), timeline);
        EXPECT_EQ(timeline->indexOfChild(row), i);
        rows << row->text(QAccessible::Name);
    }
    EXPECT_EQ(
        rows,
        (QStringList {u"Los Angeles, 09:00 to 10:00, comfortable"_s,
                      u"Berlin, 18:00 to 19:00, comfortable"_s,
                      u"Kolkata, 22:30 to 23:30, asleep"_s, u"Manila, 01:00 to 02:00, asleep"_s}));
    EXPECT_EQ(timeline->child(3)->text(QAccessible::Description),
              u"Manila: Fri 6 Dec 01:00–02:00 (+08:00)"_s);
    // A row sits where the view paints it.
    const QRect manila = timeline->child(3)->rect();
    EXPECT_EQ(timeline->childAt(manila.center().x(), manila.center().y()), timeline->child(3));
}

TEST_F(Accessibility, TheBandIsTheTimelinesValueAndAnAssistiveToolCanMoveIt)
{
    reveal(window->planPage());
    QAccessibleInterface *timeline = timelineInterface();
    ASSERT_NE(timeline, nullptr);
    EXPECT_EQ(timeline->text(QAccessible::Value), u"Thu 5 Dec 17:00 to 18:00 UTC"_s);
    QAccessibleValueInterface *value = timeline->valueInterface();
    ASSERT_NE(value, nullptr);
    // The grid starts at 12:00 UTC the day before the start's UTC day.
    EXPECT_EQ(value->currentValue().toInt(), (24 + 5) * 60);
    EXPECT_EQ(value->minimumStepSize().toInt(), 15);
    EXPECT_EQ(value->minimumValue().toInt(), 0);
    EXPECT_EQ(value->maximumValue().toInt(), (48 + 1 - 1) * 60);
    // Setting the value moves the campaign's start, as a key press would.
    value->setCurrentValue((24 + 5) * 60 + 60);
    EXPECT_EQ(window->campaign().start, at("2019-12-05T18:00:00Z"));
    EXPECT_EQ(timeline->text(QAccessible::Value), u"Thu 5 Dec 18:00 to 19:00 UTC"_s);
    EXPECT_EQ(timeline->child(0)->text(QAccessible::Name),
              u"Los Angeles, 10:00 to 11:00, comfortable"_s);
    EXPECT_EQ(timeline->child(2)->text(QAccessible::Name), u"Kolkata, 23:30 to 00:30, asleep"_s);
}

TEST_F(Accessibility, DraggingTheBandAnnouncesTheNewWindowAndStandings)
{
    reveal(window->planPage());
    TimelineView *view = window->planPage()->timeline();
    // What assistive technology is told while the band moves.
    std::vector<std::pair<QAccessible::Event, int>> announced;
    QObject::connect(view, &TimelineView::announced, view,
                     [&announced](QAccessible::Event event, int child) {
                         announced.emplace_back(event, child);
                     });
    // Drag Manila's window from 01:00 to 10:00 there: from asleep to comfortable.
    const int y = view->rowRect(3).center().y();
    const int from = int(view->xForInstant(at("2019-12-05T17:30:00Z")));
    const int to = int(view->xForInstant(at("2019-12-06T02:30:00Z")));
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(from, y));
    const QPointF drop(to, y);
    QMouseEvent move(QEvent::MouseMove, drop, view->mapToGlobal(drop), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(view, &move);
    // Before the drag ends, the band and the rows already read the new window,
    // and both changes were announced.
    QAccessibleInterface *timeline = timelineInterface();
    EXPECT_EQ(timeline->text(QAccessible::Value), u"Fri 6 Dec 02:00 to 03:00 UTC"_s);
    EXPECT_EQ(timeline->child(3)->text(QAccessible::Name),
              u"Manila, 10:00 to 11:00, comfortable"_s);
    const auto count = [&announced](QAccessible::Event type, int child) {
        return std::ranges::count(announced, std::pair {type, child});
    };
    EXPECT_GE(count(QAccessible::ValueChanged, -1), 1);
    EXPECT_GE(count(QAccessible::NameChanged, 3), 1);
    EXPECT_EQ(window->campaign().start, at("2019-12-05T17:00:00Z")); // not yet committed
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(to, y));
    EXPECT_EQ(window->campaign().start, at("2019-12-06T02:00:00Z"));
}

TEST(CheckinChartAccessibility, TheChartSumsItselfUpInItsDescription)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CheckinChart chart;
    chart.resize(600, 240);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&chart);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::Chart);
    EXPECT_EQ(iface->text(QAccessible::Name), u"Check-ins over time"_s);
    EXPECT_EQ(iface->text(QAccessible::Description), u"No joins or check-ins yet."_s);
    const auto minute = [](const char *iso) {
        return Time::toQDateTime(at(iso));
    };
    chart.setActivity({{minute("2019-12-05T17:00:00Z"), 3, 0, 0},
                       {minute("2019-12-05T17:01:00Z"), 1, 2, 0},
                       {minute("2019-12-05T17:03:00Z"), 0, 1, 4}});
    // (No translation is installed here, so the plural reads as in the source.)
    EXPECT_EQ(iface->text(QAccessible::Description),
              u"Check-ins from 05/12/2019 17:00 to 17:03 (a bar per 1 minute(s)): 4 joined, "
              "3 ready, 4 posted. The tallest bar, at 17:03, has 5."_s);
    QLocale::setDefault(QLocale::c());
}

} // namespace
