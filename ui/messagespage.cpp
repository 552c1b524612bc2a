#include "messagespage.h"

#include "accessibility.h"
#include "campaigndocument.h"
#include "templatelistmodel.h"
#include "widgetlifetime.h"

#include "campaign/campaignfile.h"
#include "campaign/templatelist.h"
#include "share/composelinks.h"
#include "text/fanpost.h"
#include "text/templatelength.h"
#include "text/templaterender.h"
#include "time/zonecatalogue.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {

// Undo merge keys for typing: consecutive keystrokes with the same key are one
// step; the key flips when a burst ends, so the next burst is a step of its own.
constexpr int TypingMergeKey = 0x4d53'0000;
// A pause this long ends a burst of typing.
constexpr int burstPauseMs = 1500;
// Lint waits for typing to pause this long.
constexpr int lintDelayMs = 300;
// As many variants as lint checks, so a counter and lint agree.
constexpr std::size_t variantsCounted = 1000;
// Counting this many characters (variants times their length) takes longer
// than a frame; a template that big (hundreds of long variants) is counted in
// pauses of typing instead of slowing every keystroke. 1000 variants of 330
// characters took 70 ms a keystroke; the sample's templates take well under 1.
constexpr qsizetype slowCountingCharacters = 50'000;
constexpr int countDelayMs = 150;

constexpr std::array<Text::Platform, 3> platforms {Text::Platform::X, Text::Platform::Bluesky,
                                                   Text::Platform::Mastodon};

const QColor problemColor(0xb0, 0x24, 0x18);

QString platformTitle(Text::Platform platform)
{
    switch (platform) {
    case Text::Platform::X:
        return MessagesPage::tr("X");
    case Text::Platform::Bluesky:
        return MessagesPage::tr("Bluesky");
    case Text::Platform::Mastodon:
        return MessagesPage::tr("Mastodon");
    }
    return {};
}

QString placeholderHelp(const QString &name)
{
    if (name == u"hashtag")
        return MessagesPage::tr("the campaign hashtag");
    if (name == u"link")
        return MessagesPage::tr("the campaign link");
    if (name == u"local_time")
        return MessagesPage::tr("the start on the fan's clock (22:30, 9:00 PM)");
    if (name == u"local_date")
        return MessagesPage::tr("the start's date in the fan's zone");
    if (name == u"city")
        return MessagesPage::tr("the fan's city");
    if (name == u"zone")
        return MessagesPage::tr("the fan's UTC offset (UTC+05:30)");
    return {};
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemColor);
    label->setPalette(palette);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool isHighSurrogate(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isHighSurrogate();
}

} // namespace

MessagesPage::MessagesPage(CampaignDocument &document, const Time::ZoneCatalogue &catalogue,
                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_copier([](const QString &text) { QGuiApplication::clipboard()->setText(text); })
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_model = new TemplateListModel(m_document, this);

    // Left: the list of templates and what to do with them.
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setAccessibleDescription(tr("The campaign's post templates; select one to edit it"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(16, 16));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setToolTip(tr("Add a template after the selected one"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setToolTip(
        tr("Add a copy of the selected template, to write another version of it"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setToolTip(tr("Remove the selected template (Undo brings it back)"));
    m_up = new QToolButton(this);
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_up->setAccessibleName(tr("Move up"));
    m_down = new QToolButton(this);
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_down->setAccessibleName(tr("Move down"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QLabel(tr("<b>Templates</b>"), left);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    left->setMinimumWidth(leftLayout->minimumSize().width());

    // Right, when there is nothing to edit: what a template is and how to start.
    m_emptyState = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1); // a third above, two thirds below
    auto *emptyTitle = new QLabel(tr("<h2>No messages yet</h2>"), m_emptyState);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(
        tr("A template is the post fans copy when the hour starts. Write it once with "
           "placeholders such as {hashtag} and {local_time}, which each fan gets filled in for "
           "their own zone, and with variants such as {We want|Give us}, so that thousands of "
           "fans do not post the same words. Counters show at once whether it fits on X, "
           "Bluesky and Mastodon."),
        m_emptyState);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(560);
    auto *emptyAdd = new QPushButton(tr("Add the first template"), m_emptyState);
    // Centred by stretches, not by alignment: an aligned word-wrapped label
    // gets the height of one line and is cut off.
    auto *emptyTextRow = new QHBoxLayout;
    emptyTextRow->addStretch();
    emptyTextRow->addWidget(emptyText, 4);
    emptyTextRow->addStretch();
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addLayout(emptyTextRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    // Right: the editor.
    m_editorPage = new QWidget(this);
    m_id = new QLineEdit(m_editorPage);
    m_id->setAccessibleName(tr("Template id"));
    m_id->setToolTip(tr("A short name for the template, unique in the campaign (\"main\")"));
    m_idProblem = problemLabel(m_editorPage);

    auto *platformRow = new QHBoxLayout;
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        m_platformBoxes[i] = new QCheckBox(platformTitle(platforms[i]), m_editorPage);
        m_platformBoxes[i]->setToolTip(
            tr("Offer this template to fans posting on %1").arg(platformTitle(platforms[i])));
        m_counters[i] = new QLabel(m_editorPage);
        m_counters[i]->setAccessibleName(tr("%1 length").arg(platformTitle(platforms[i])));
        m_counters[i]->setMinimumWidth(
            m_counters[i]->fontMetrics().horizontalAdvance(u"0000 / 000"_s));
        platformRow->addWidget(m_platformBoxes[i]);
        platformRow->addWidget(m_counters[i]);
        platformRow->addSpacing(18);
        connect(m_platformBoxes[i], &QCheckBox::toggled, this, &MessagesPage::platformToggled);
    }
    platformRow->addStretch();
    m_variantNote = new QLabel(m_editorPage);
    m_variantNote->setWordWrap(true);
    QPalette muted = m_variantNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_variantNote->setPalette(muted);

    m_text = new QPlainTextEdit(m_editorPage);
    m_text->setAccessibleName(tr("Template text"));
    m_text->setAccessibleDescription(
        tr("The post, with placeholders such as {hashtag} and variants such as {a|b}"));
    m_text->setUndoRedoEnabled(false); // the campaign's undo stack undoes typing
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("{We want|Give us} the sequel! {hashtag}"));
    // Posts are short: room for a long one, and the preview stays in view.
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 4);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 12);
    m_text->installEventFilter(this);
    m_insert = new QToolButton(m_editorPage);
    m_insert->setText(tr("&Insert placeholder"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *insertMenu = new QMenu(m_insert);
    const QStringList names = Text::placeholderNames();
    for (const QString &name : names) {
        const QString help = placeholderHelp(name);
        const QString label = help.isEmpty() ? u'{' + name + u'}' : tr("{%1} — %2").arg(name, help);
        insertMenu->addAction(label, this, [this, name] { insertPlaceholder(name); });
    }
    insertMenu->addSeparator();
    insertMenu->addAction(tr("Variants {a|b} — each fan gets one of them"), this, [this] {
        QTextCursor cursor = m_text->textCursor();
        const QString selected = cursor.selectedText();
        m_nextEditName = tr("Insert variants");
        endTypingBurst();
        cursor.insertText(u'{' + selected + u"|}"_s);
        cursor.movePosition(QTextCursor::Left); // between | and }, ready for the next option
        m_text->setTextCursor(cursor);
        m_text->setFocus();
    });
    m_insert->setMenu(insertMenu);
    auto *textTitle = new QLabel(tr("&Text:"), m_editorPage);
    textTitle->setBuddy(m_text);
    auto *textHeader = new QHBoxLayout;
    textHeader->addWidget(textTitle);
    textHeader->addStretch();
    textHeader->addWidget(m_insert);
    m_textProblem = problemLabel(m_editorPage);
    m_findings = new QLabel(m_editorPage);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setAccessibleName(tr("Lint findings"));

    // The preview, rendered for the viewer.
    auto *preview = new QGroupBox(m_editorPage);
    m_previewTitle = new QLabel(preview);
    m_previewTitle->setWordWrap(true);
    m_variant = new QSpinBox(preview);
    m_variant->setRange(1, 1);
    m_variant->setPrefix(tr("Variant "));
    m_variant->setAccessibleName(tr("Variant shown"));
    m_variant->setAccessibleDescription(tr("Which of the template's variants the preview shows"));
    m_variantOf = new QLabel(preview);
    m_handle = new QLineEdit(preview);
    m_handle->setPlaceholderText(tr("@fan"));
    m_handle->setClearButtonEnabled(true);
    nameClearButton(m_handle, tr("Clear the handle"));
    m_handle->setToolTip(
        tr("Each fan gets one variant, chosen from their handle: type a handle to see "
           "which"));
    m_handle->setAccessibleName(tr("Fan handle"));
    auto *variantRow = new QHBoxLayout;
    variantRow->addWidget(m_variant);
    variantRow->addWidget(m_variantOf);
    variantRow->addSpacing(18);
    variantRow->addWidget(new QLabel(tr("or the one this fan gets:"), preview));
    variantRow->addWidget(m_handle, 1);
    m_preview = new QLabel(preview);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_preview->setAutoFillBackground(true);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAccessibleName(tr("Preview"));
    m_previewProblem = problemLabel(preview);
    m_copy = new QPushButton(tr("&Copy"), preview);
    m_copy->setToolTip(tr("Copy this text to the clipboard"));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_copy);
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        const Text::Platform platform = platforms[i];
        m_compose[i] = new QPushButton(tr("Open in %1").arg(platformTitle(platform)), preview);
        m_compose[i]->setToolTip(tr("Open %1's compose window in the browser with this text")
                                     .arg(platformTitle(platform)));
        actionRow->addWidget(m_compose[i]);
        connect(m_compose[i], &QPushButton::clicked, this,
                [this, platform] { openCompose(platform); });
    }
    m_mastodonServer = new QLineEdit(preview);
    m_mastodonServer->setPlaceholderText(tr("your Mastodon server"));
    m_mastodonServer->setToolTip(
        tr("The server you post on Mastodon from, such as mastodon.social"));
    m_mastodonServer->setAccessibleName(tr("Mastodon server"));
    actionRow->addWidget(m_mastodonServer, 1);
    m_actionStatus = new QLabel(preview);
    m_actionStatus->setWordWrap(true);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addLayout(variantRow);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_previewProblem);
    previewLayout->addLayout(actionRow);
    previewLayout->addWidget(m_actionStatus);

    auto *idRow = new QHBoxLayout;
    auto *idLabel = new QLabel(tr("&Id:"), m_editorPage);
    idLabel->setBuddy(m_id);
    idRow->addWidget(idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addStretch(2);
    platformRow->insertWidget(0, new QLabel(tr("Platforms:"), m_editorPage));
    platformRow->insertSpacing(1, 6);

    auto *editorLayout = new QVBoxLayout(m_editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(idRow);
    editorLayout->addWidget(m_idProblem);
    editorLayout->addLayout(platformRow);
    editorLayout->addLayout(textHeader);
    editorLayout->addWidget(m_text);
    editorLayout->addWidget(m_variantNote);
    editorLayout->addWidget(m_textProblem);
    editorLayout->addWidget(m_findings);
    editorLayout->addWidget(preview);
    editorLayout->addStretch(1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_editorPage);

    m_campaignFindings = problemLabel(this);
    m_campaignFindings->setAccessibleName(tr("Campaign lint findings"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({left->minimumWidth() + 40, 900});
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_campaignFindings);
    outer->addWidget(splitter, 1);

    m_burstTimer = new QTimer(this);
    m_burstTimer->setSingleShot(true);
    m_burstTimer->setInterval(burstPauseMs);
    connect(m_burstTimer, &QTimer::timeout, this, &MessagesPage::endTypingBurst);
    m_countDelay = new QTimer(this);
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(countDelayMs);
    connect(m_countDelay, &QTimer::timeout, this, [this] {
        updateCounters();
        updatePreview();
    });
    m_lintDelay = new QTimer(this);
    m_lintDelay->setSingleShot(true);
    m_lintDelay->setInterval(lintDelayMs);
    connect(m_lintDelay, &QTimer::timeout, this, &MessagesPage::startLint);
    connect(&m_lint, &QFutureWatcher<std::vector<Text::LintFinding>>::finished, this, [this] {
        m_lintFindings = m_lint.result();
        m_model->setFindings(m_lintFindings);
        updateFindings();
        Q_EMIT findingsShown();
        if (std::exchange(m_lintAgain, false))
            startLint();
    });

    // The same from the keyboard and a context menu, where the list has focus.
    const auto listAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
        return action;
    };
    listAction(tr("Add"), QKeySequence(Qt::Key_Insert), [this] { addTemplate(); });
    listAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateTemplate(); });
    listAction(tr("Remove"), QKeySequence::Delete, [this] { removeTemplate(); });
    listAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveTemplate(-1); });
    listAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveTemplate(+1); });
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_add, &QPushButton::clicked, this, &MessagesPage::addTemplate);
    connect(emptyAdd, &QPushButton::clicked, this, &MessagesPage::addTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &MessagesPage::duplicateTemplate);
    connect(m_remove, &QPushButton::clicked, this, &MessagesPage::removeTemplate);
    connect(m_up, &QToolButton::clicked, this, [this] { moveTemplate(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveTemplate(+1); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                endTypingBurst();
                m_handle->clear();
                showTemplate(current.row());
            });
    // The list's model resets replace the selection model's state, not the object.
    connect(m_text, &QPlainTextEdit::textChanged, this, &MessagesPage::textEdited);
    connect(m_id, &QLineEdit::editingFinished, this, &MessagesPage::commitId);
    connect(m_variant, &QSpinBox::valueChanged, this, [this] {
        if (m_syncing)
            return;
        const QSignalBlocker blocker(m_handle);
        m_handle->clear();
        updatePreview();
    });
    connect(m_handle, &QLineEdit::textChanged, this, [this] { updatePreview(); });
    connect(m_copy, &QPushButton::clicked, this, &MessagesPage::copyPreview);
    connect(m_mastodonServer, &QLineEdit::editingFinished, this,
            [this] { Q_EMIT mastodonServerChanged(mastodonServer()); });
    connect(&m_document, &CampaignDocument::changed, this, &MessagesPage::documentChanged);
    documentChanged();
}

MessagesPage::~MessagesPage()
{
    disconnectChildrenFrom(this);
    m_lint.waitForFinished();
}

void MessagesPage::setViewerZone(const QByteArray &zone)
{
    m_viewerZone = zone;
    updatePreview();
}

void MessagesPage::setLocale(const QLocale &locale)
{
    m_locale = locale;
    updatePreview();
}

void MessagesPage::setMastodonServer(const QString &server)
{
    m_mastodonServer->setText(server);
}

QString MessagesPage::mastodonServer() const
{
    return m_mastodonServer->text().trimmed();
}

const Text::MessageTemplate *MessagesPage::currentTemplate() const
{
    return m_currentId.isEmpty() ? nullptr : m_document.campaign().findTemplate(m_currentId);
}

int MessagesPage::currentRow() const
{
    return m_model->rowOf(m_currentId);
}

bool MessagesPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void MessagesPage::selectTemplate(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    endTypingBurst();
    showTemplate(row);
}

void MessagesPage::documentChanged()
{
    if (!m_editing)
        endTypingBurst(); // undo, redo, another page's edit: typing after it is a new step
    int row = m_model->rowOf(m_currentId);
    if (row < 0) // removed or renamed (or undone): stay where the user was
        row = std::min(m_lastRow, m_model->rowCount() - 1);
    showTemplate(row);
    scheduleLint();
}

void MessagesPage::showTemplate(int row)
{
    const auto &templates = m_document.campaign().templates;
    const int count = int(templates.size());
    m_duplicate->setEnabled(row >= 0 && canAddTemplate(m_document.campaign()));
    m_add->setEnabled(canAddTemplate(m_document.campaign()));
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
    if (row < 0 || row >= count) {
        m_currentId.clear();
        m_shownId.clear();
        m_stack->setCurrentWidget(m_emptyState);
        updateFindings();
        return;
    }
    const Text::MessageTemplate &shown = templates.at(row);
    const bool otherTemplate = shown.id != m_shownId;
    m_currentId = shown.id;
    m_lastRow = row;
    m_stack->setCurrentWidget(m_editorPage);
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    }
    m_syncing = true;
    if (!m_id->hasFocus() || otherTemplate || m_idProblem->isHidden()) {
        m_id->setText(shown.id);
        showProblem(m_idProblem, {});
    }
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        const QSignalBlocker blocker(m_platformBoxes[i]);
        m_platformBoxes[i]->setChecked(shown.platforms.contains(Text::platformName(platforms[i])));
    }
    // A template needs one platform (the file says so): the last one cannot be unticked.
    for (QCheckBox *box : m_platformBoxes) {
        const bool last = box->isChecked() && shown.platforms.size() == 1;
        box->setEnabled(!last);
    }
    if (otherTemplate) {
        m_text->setPlainText(shown.text);
        m_shownId = shown.id;
        showProblem(m_textProblem, {});
    } else {
        syncEditorText(shown.text);
    }
    m_syncing = false;
    updateCounters();
    updatePreview();
    updateFindings();
}

void MessagesPage::syncEditorText(const QString &text)
{
    const QString old = m_text->toPlainText();
    if (old == text) {
        // Only the editor's own pending state differed (an empty text never
        // committed): nothing to change.
        showProblem(m_textProblem, {});
        return;
    }
    // Change only what differs, so the cursor and the scroll position stay put
    // (undo of a word at the end does not jump the view to the top).
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    if (isHighSurrogate(old, prefix - 1))
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && isHighSurrogate(old, old.size() - suffix - 1))
        --suffix;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    // Where the change happened is where the user looks after an undo.
    if (m_text->hasFocus())
        m_text->setTextCursor(cursor);
    showProblem(m_textProblem, {});
}

void MessagesPage::textEdited()
{
    if (m_syncing || m_currentId.isEmpty())
        return;
    const QString text = m_text->toPlainText();
    const QString name = std::exchange(m_nextEditName, QString());
    if (m_slowCounting) {
        m_countDelay->start();
    } else {
        updateCounters();
        updatePreview();
    }
    // The campaign file refuses an empty template and a very long one, so
    // neither reaches the campaign: it keeps its last good text meanwhile.
    if (text.trimmed().isEmpty()) {
        showProblem(m_textProblem,
                    tr("A template needs some text; until it has some, the campaign "
                       "keeps the last text it had."));
        return;
    }
    if (text.size() > maxTemplateCharacters) {
        showProblem(m_textProblem,
                    tr("%1 characters are more than a template may have (%2); the "
                       "campaign keeps the last text that fitted.")
                        .arg(text.size())
                        .arg(maxTemplateCharacters));
        return;
    }
    showProblem(m_textProblem, {});
    const QString id = m_currentId;
    m_editing = true;
    m_document.edit(
        name.isEmpty() ? tr("Edit template “%1”").arg(id) : name,
        [&id, &text](Campaign &c) {
            for (Text::MessageTemplate &t : c.templates) {
                if (t.id == id)
                    t.text = text;
            }
        },
        name.isEmpty() ? TypingMergeKey + (m_burst & 1) : -1);
    m_editing = false;
    if (name.isEmpty())
        m_burstTimer->start();
    else
        endTypingBurst();
}

void MessagesPage::endTypingBurst()
{
    m_burstTimer->stop();
    ++m_burst;
}

void MessagesPage::commitId()
{
    const Text::MessageTemplate *shown = currentTemplate();
    if (!shown)
        return;
    const QString id = m_id->text().trimmed();
    switch (checkTemplateRename(m_document.campaign(), shown->id, id)) {
    case TemplateRename::Unchanged:
    case TemplateRename::NoSuchTemplate:
        showProblem(m_idProblem, {});
        return;
    case TemplateRename::Empty:
        showProblem(m_idProblem, tr("A template needs an id, a short name such as \"main\"."));
        return;
    case TemplateRename::Taken:
        showProblem(m_idProblem, tr("Another template is called “%1”; ids are unique.").arg(id));
        return;
    case TemplateRename::Renamable:
        break;
    }
    showProblem(m_idProblem, {});
    const QString old = shown->id;
    m_currentId = id; // follow the template to its new name
    m_shownId = id;
    m_editing = true;
    m_document.edit(tr("Rename template “%1” to “%2”").arg(old, id),
                    [&old, &id](Campaign &c) { Chorus::renameTemplate(c, old, id); });
    m_editing = false;
}

void MessagesPage::platformToggled()
{
    const Text::MessageTemplate *shown = currentTemplate();
    if (!shown)
        return;
    // Chorus's platforms in their usual order, then any others the file names.
    QStringList chosen;
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        if (m_platformBoxes[i]->isChecked())
            chosen << Text::platformName(platforms[i]);
    }
    for (const QString &other : shown->platforms) {
        if (!chosen.contains(other) && !Text::parsePlatform(other))
            chosen << other;
    }
    if (chosen.isEmpty())
        return;
    const QString id = m_currentId;
    endTypingBurst();
    m_document.edit(tr("Change platforms of “%1”").arg(id), [&id, &chosen](Campaign &c) {
        for (Text::MessageTemplate &t : c.templates) {
            if (t.id == id)
                t.platforms = chosen;
        }
    });
}

void MessagesPage::updateCounters()
{
    const Text::MessageTemplate *shown = currentTemplate();
    if (!shown)
        return;
    Text::MessageTemplate measured = *shown;
    measured.text = m_text->toPlainText();
    const Campaign &campaign = m_document.campaign();
    const QString key = measured.text + u'\x1f' + measured.platforms.join(u',') + u'\x1f'
        + campaign.hashtag + u'\x1f' + campaign.link;
    if (key == m_countedKey)
        return;
    m_countedKey = key;
    m_countDelay->stop();
    const auto lengths
        = Text::longestVariants(measured, Text::worstCaseContext(campaign.hashtag, campaign.link),
                                {platforms.begin(), platforms.end()}, variantsCounted);
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        QLabel *counter = m_counters[i];
        const bool targeted = measured.platforms.contains(Text::platformName(platforms[i]));
        counter->setEnabled(targeted);
        if (!lengths) {
            counter->setText(u"—"_s);
            counter->setToolTip(lengths.error().message);
            counter->setStyleSheet({});
            m_over[i] = false;
            continue;
        }
        const Text::PlatformLength &longest = lengths->platforms[i];
        const Text::PostLength &length = longest.length;
        const bool overBytes = length.byteLimit > 0 && length.bytes > length.byteLimit;
        m_over[i] = length.length > length.limit || overBytes;
        QString text = tr("%1 / %2").arg(length.length).arg(length.limit);
        // Not by colour alone: the overflow is said in words too.
        if (length.length > length.limit)
            text += u' ' + tr("(%1 over)").arg(length.length - length.limit);
        if (overBytes)
            text += tr(" (%1 / %2 bytes)").arg(length.bytes).arg(length.byteLimit);
        counter->setText(text);
        counter->setStyleSheet(m_over[i] ? u"color: #b02418; font-weight: bold;"_s : QString());
        QString tip = lengths->variantsMeasured > 1
            ? tr("The longest of %1 variants is variant %2: %3 of %4 characters as %5 counts them.")
                  .arg(lengths->variantsMeasured)
                  .arg(longest.variant + 1)
                  .arg(length.length)
                  .arg(length.limit)
                  .arg(platformTitle(platforms[i]))
            : tr("%1 of %2 characters as %3 counts them.")
                  .arg(length.length)
                  .arg(length.limit)
                  .arg(platformTitle(platforms[i]));
        if (m_over[i])
            tip += u' ' + tr("Too long: %1 would refuse it.").arg(platformTitle(platforms[i]));
        if (!targeted)
            tip += u' '
                + tr("(This template is not offered on %1.)").arg(platformTitle(platforms[i]));
        counter->setToolTip(tip);
    }
    if (!lengths) {
        m_slowCounting = false;
        m_variantNote->clear();
        return;
    }
    const qsizetype counted = lengths->variantsMeasured;
    m_slowCounting = counted * measured.text.size() > slowCountingCharacters;
    QString note;
    if (lengths->variantTotal > std::uint64_t(counted))
        note = tr("Counted on the longest of the first %1 of %2 variants")
                   .arg(counted)
                   .arg(lengths->variantTotal);
    else if (counted > 1)
        note = tr("Counted on the longest of its %1 variants").arg(counted);
    else
        note = tr("Counted");
    note += tr(", with the longest city, time, date and link a fan could get.");
    m_variantNote->setText(note);
}

void MessagesPage::updatePreview()
{
    const Text::MessageTemplate *shown = currentTemplate();
    if (!shown)
        return;
    const Campaign &campaign = m_document.campaign();
    Text::MessageTemplate previewed = *shown;
    previewed.text = m_text->toPlainText();

    Text::RenderContext context;
    context.hashtag = campaign.hashtag;
    context.link = campaign.link;
    context.start = campaign.start;
    context.zone = QTimeZone(m_viewerZone);
    context.locale = m_locale;
    const Time::Zone *zone = m_catalogue.find(m_viewerZone);
    context.city = zone ? zone->city : QString::fromLatin1(m_viewerZone);
    context.handle = m_handle->text().trimmed();

    const int offset = context.zone.offsetFromUtc(Time::toQDateTime(campaign.start));
    m_previewTitle->setText(
        tr("<b>Preview for you</b> — %1 (%2), as your locale writes dates and times")
            .arg(context.city.toHtmlEscaped(),
                 offset == 0 ? u"UTC"_s : u"UTC"_s + Time::formatOffset(offset)));

    QString problem;
    QString rendered;
    auto expansions = Text::expandAll(previewed.text, variantsCounted);
    m_variants = expansions ? *expansions : QStringList();
    {
        m_syncing = true;
        const int count = std::max<int>(1, int(m_variants.size()));
        m_variant->setRange(1, count);
        m_variant->setEnabled(count > 1);
        m_variantOf->setText(tr("of %1").arg(count));
        m_syncing = false;
    }
    // The one core function the CLI's `post` and "Post for me" use too: the
    // variant this fan gets (their handle decides) or the one chosen here.
    Text::FanPostReader reader;
    reader.zone = m_viewerZone;
    reader.locale = m_locale;
    reader.handle = context.handle;
    reader.variant = m_variant->value() - 1;
    const auto post = Text::renderFanPost(campaign, previewed, reader, m_catalogue);
    if (!expansions) {
        problem = expansions.error().message;
    } else if (!post) {
        problem = post.error().message;
    } else {
        rendered = post->text;
        if (!context.handle.isEmpty()) {
            m_syncing = true;
            m_variant->setValue(post->variantIndex + 1);
            m_syncing = false;
        }
    }
    if (!problem.isEmpty() && problem.contains(u"{link}"_s))
        problem += u' ' + tr("Add the link on the Plan page.");
    m_previewText = rendered;
    m_preview->setText(rendered);
    m_preview->setVisible(problem.isEmpty());
    showProblem(m_previewProblem,
                problem.isEmpty() ? QString() : tr("No preview: %1").arg(problem));
    m_copy->setEnabled(!rendered.isEmpty());
    bool mastodon = false;
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        const bool targeted = shown->platforms.contains(Text::platformName(platforms[i]));
        m_compose[i]->setVisible(targeted);
        m_compose[i]->setEnabled(!rendered.isEmpty());
        mastodon = mastodon || (targeted && platforms[i] == Text::Platform::Mastodon);
    }
    m_mastodonServer->setVisible(mastodon);
}

void MessagesPage::updateFindings()
{
    m_shownFindings.clear();
    QStringList campaignLines;
    QString html;
    for (const Text::LintFinding &finding : m_lintFindings) {
        const bool error = finding.severity == Text::LintFinding::Severity::Error;
        const QString kind = error ? tr("Error") : tr("Warning");
        if (finding.templateId.isEmpty()) {
            campaignLines << tr("%1: the campaign: %2").arg(kind, finding.message);
            m_shownFindings << finding.message;
        } else if (finding.templateId == m_currentId) {
            html
                += u"<p style=\"margin:2px 0\"><span style=\"color:%1;font-weight:bold\">%2</span> %3</p>"_s
                       .arg(error ? u"#b02418"_s : u"#9a6700"_s, kind.toHtmlEscaped(),
                            finding.message.toHtmlEscaped());
            m_shownFindings << finding.message;
        }
    }
    if (html.isEmpty() && !m_currentId.isEmpty() && !m_lint.isRunning() && !m_lintDelay->isActive())
        html = u"<p style=\"margin:2px 0\">"_s
            + tr("Lint finds nothing to fix in this template.").toHtmlEscaped() + u"</p>"_s;
    m_findings->setText(html);
    m_findings->setVisible(!html.isEmpty());
    showProblem(m_campaignFindings, campaignLines.join(u'\n'));
}

void MessagesPage::scheduleLint()
{
    m_lintDelay->start();
}

void MessagesPage::startLint()
{
    if (m_lint.isRunning()) {
        m_lintAgain = true; // once more with the newest campaign when this run ends
        return;
    }
    const Campaign &campaign = m_document.campaign();
    m_lint.setFuture(QtConcurrent::run(
        [hashtag = campaign.hashtag, templates = campaign.templates, link = campaign.link] {
            return Text::lintCampaign(
                hashtag, std::span(templates.constData(), std::size_t(templates.size())), link);
        }));
}

QStringList MessagesPage::shownFindings() const
{
    return m_shownFindings;
}

QString MessagesPage::counterText(Text::Platform platform) const
{
    return m_counters[std::size_t(platform)]->text();
}

bool MessagesPage::counterOverLimit(Text::Platform platform) const
{
    return m_over[std::size_t(platform)];
}

QString MessagesPage::previewText() const
{
    return m_previewText;
}

QString MessagesPage::previewProblem() const
{
    return m_previewProblem->isHidden() ? QString() : m_previewProblem->text();
}

void MessagesPage::setPreviewVariant(int number)
{
    m_variant->setValue(number);
}

int MessagesPage::previewVariant() const
{
    return m_variant->value();
}

int MessagesPage::previewVariantCount() const
{
    return m_variant->maximum();
}

void MessagesPage::setPreviewHandle(const QString &handle)
{
    m_handle->setText(handle);
}

QString MessagesPage::actionStatus() const
{
    return m_actionStatus->text();
}

void MessagesPage::setActionStatus(const QString &text, bool problem)
{
    m_actionStatus->setText(text);
    m_actionStatus->setStyleSheet(problem ? u"color: #b02418;"_s : QString());
}

void MessagesPage::addTemplate()
{
    if (!canAddTemplate(m_document.campaign()))
        return;
    Text::MessageTemplate added;
    added.id = uniqueTemplateId(m_document.campaign(), u"message"_s);
    added.text = tr("{Here we go|Count me in|Posting now} with fans everywhere! {hashtag}");
    added.platforms = {u"x"_s, u"bluesky"_s, u"mastodon"_s};
    const int row = currentRow() + 1; // after the selected one, or first
    endTypingBurst();
    m_currentId = added.id; // before the edit: the page follows it as the change lands
    m_document.edit(tr("Add template “%1”").arg(added.id),
                    [&added, row](Campaign &c) { Chorus::addTemplate(c, added, row); });
    m_text->setFocus();
    m_text->selectAll(); // a starting point, to be typed over
}

void MessagesPage::duplicateTemplate()
{
    const Text::MessageTemplate *shown = currentTemplate();
    if (!shown || !canAddTemplate(m_document.campaign()))
        return;
    const QString original = shown->id;
    const int row = currentRow() + 1;
    endTypingBurst();
    m_currentId = uniqueTemplateId(m_document.campaign(), original);
    m_document.edit(tr("Duplicate template “%1”").arg(original),
                    [&original, row](Campaign &c) { Chorus::duplicateTemplate(c, original, row); });
    m_text->setFocus();
}

void MessagesPage::removeTemplate()
{
    const Text::MessageTemplate *shown = currentTemplate();
    if (!shown)
        return;
    const QString id = shown->id;
    endTypingBurst();
    m_document.edit(tr("Remove template “%1”").arg(id),
                    [&id](Campaign &c) { Chorus::removeTemplate(c, id); });
}

void MessagesPage::moveTemplate(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_document.campaign().templates.size())
        return;
    endTypingBurst();
    m_document.edit(tr("Move template “%1”").arg(m_currentId),
                    [row, to](Campaign &c) { Chorus::moveTemplate(c, row, to); });
}

void MessagesPage::insertPlaceholder(const QString &name)
{
    if (m_currentId.isEmpty())
        return;
    m_nextEditName = tr("Insert {%1}").arg(name);
    endTypingBurst();
    m_text->textCursor().insertText(u'{' + name + u'}');
    m_text->setFocus();
}

void MessagesPage::copyPreview()
{
    if (m_previewText.isEmpty()) {
        setActionStatus(tr("Nothing to copy: the preview has no text."), true);
        return;
    }
    m_copier(m_previewText);
    setActionStatus(tr("Copied. Paste it where you post."), false);
}

void MessagesPage::openCompose(Text::Platform platform)
{
    if (m_previewText.isEmpty()) {
        setActionStatus(tr("Nothing to post: the preview has no text."), true);
        return;
    }
    const auto url = Share::composeUrl(platform, m_previewText, mastodonServer());
    if (!url) {
        setActionStatus(url.error().message, true);
        if (platform == Text::Platform::Mastodon)
            m_mastodonServer->setFocus();
        return;
    }
    m_openUrl(QUrl::fromEncoded(*url, QUrl::StrictMode));
    setActionStatus(tr("Opened %1 in your browser with this text.").arg(platformTitle(platform)),
                    false);
}

bool MessagesPage::eventFilter(QObject *watched, QEvent *event)
{
    // The text editor keeps no undo of its own: Undo and Redo there are the
    // campaign's, like everywhere else in the window.
    if (watched == m_text
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->ignore(); // let the window's Undo/Redo actions have it
                return true;
            }
            endTypingBurst();
            if (undo)
                m_document.undoStack()->undo();
            else
                m_document.undoStack()->redo();
            return true;
        }
    }
    if (watched == m_text && event->type() == QEvent::FocusOut)
        endTypingBurst();
    return QWidget::eventFilter(watched, event);
}

} // namespace Chorus::Ui
