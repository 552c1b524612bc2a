#include "accessibility.h"

#include "checkinchart.h"
#include "timelineview.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QWindow>

#include <vector>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {

// One zone row of the timeline: a list item with no widget of its own, so it
// holds the view and its row number and asks the view for everything.
class TimelineRowAccessible final : public QAccessibleInterface
{
public:
    TimelineRowAccessible(TimelineView *view, int row)
        : m_view(view)
        , m_row(row)
    { }

    [[nodiscard]] bool isValid() const override
    {
        return m_view && m_row < int(m_view->grid().rows.size());
    }
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override
    {
        return m_view ? m_view->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    [[nodiscard]] QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_view->accessibleRowText(m_row);
        case QAccessible::Description:
            return m_view->describeRow(m_row);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }
    [[nodiscard]] QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->rowRect(m_row);
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }
    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        if (!isValid() || !m_view->isVisible())
            state.invisible = true;
        return state;
    }

private:
    QPointer<TimelineView> m_view;
    int m_row = 0;
};

// The timeline: a list of its rows, with the campaign window as its value (in
// minutes from the grid's start; the text value says it in words).
class TimelineAccessible final : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit TimelineAccessible(TimelineView *view)
        : QAccessibleWidget(view, QAccessible::List)
    { }
    ~TimelineAccessible() override
    {
        for (const QAccessible::Id id : m_rows)
            QAccessible::deleteAccessibleInterface(id);
    }
    Q_DISABLE_COPY_MOVE(TimelineAccessible)

    [[nodiscard]] TimelineView *view() const { return static_cast<TimelineView *>(widget()); }

    [[nodiscard]] int childCount() const override { return int(view()->grid().rows.size()); }
    [[nodiscard]] QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        // Registered once per row number and kept: a row interface reads the
        // view's current grid, so a new grid needs no new interfaces.
        while (int(m_rows.size()) <= index) {
            auto *row = new TimelineRowAccessible(view(), int(m_rows.size()));
            m_rows.push_back(QAccessible::registerAccessibleInterface(row));
        }
        return QAccessible::accessibleInterface(m_rows[std::size_t(index)]);
    }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (std::size_t i = 0; i < m_rows.size() && int(i) < childCount(); ++i) {
            if (QAccessible::accessibleInterface(m_rows[i]) == child)
                return int(i);
        }
        return -1;
    }
    [[nodiscard]] QAccessibleInterface *childAt(int x, int y) const override
    {
        const int row = view()->rowAtPoint(view()->mapFromGlobal(QPoint(x, y)));
        return row >= 0 ? child(row) : nullptr;
    }
    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return view()->bandText();
        return QAccessibleWidget::text(t);
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    [[nodiscard]] QVariant currentValue() const override { return view()->bandOffsetMinutes(); }
    void setCurrentValue(const QVariant &value) override
    {
        view()->moveBandToOffset(value.toInt());
    }
    [[nodiscard]] QVariant maximumValue() const override
    {
        return view()->maximumBandOffsetMinutes();
    }
    [[nodiscard]] QVariant minimumValue() const override { return 0; }
    [[nodiscard]] QVariant minimumStepSize() const override
    {
        return int(TimelineView::snap.count());
    }

private:
    mutable std::vector<QAccessible::Id> m_rows;
};

QAccessibleInterface *chorusViews(const QString &key, QObject *object)
{
    if (key == u"Chorus::Ui::TimelineView"_s)
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    if (key == u"Chorus::Ui::CheckinChart"_s)
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Chart);
    return nullptr;
}

} // namespace

void installAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(chorusViews);
        return true;
    }();
    Q_UNUSED(installed);
}

void nameClearButton(QLineEdit *edit, const QString &name)
{
    for (QToolButton *button : edit->findChildren<QToolButton *>())
        button->setAccessibleName(name);
}

} // namespace Chorus::Ui
