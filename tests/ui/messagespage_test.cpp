// The Messages page: the template list and its model, the editor's live
// counters, undo, lint findings beside the template, the viewer's preview,
// Copy and Open compose.
#include "testutil.h"

#include "campaigndocument.h"
#include "messagespage.h"
#include "templatelistmodel.h"

#include "text/postlength.h"
#include "text/templatelength.h"
#include "text/templaterender.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;
using Chorus::Test::at;
using Chorus::Test::catalogue;
using Text::Platform;

namespace {

Campaign testCampaign()
{
    Campaign campaign;
    campaign.title = u"Test hour"_s;
    campaign.hashtag = u"#TestHour"_s;
    campaign.link = u"https://example.org/hour"_s;
    campaign.start = at("2027-02-14T17:00:00Z");
    campaign.templates = {
        {u"main"_s,
         u"{We want|Give us} the sequel! {hashtag}"_s,
         {u"x"_s, u"bluesky"_s, u"mastodon"_s}},
        {u"time"_s,
         u"{Posting|Here} at {local_time} in {city}. {hashtag}"_s,
         {u"x"_s, u"mastodon"_s}},
    };
    return campaign;
}

class MessagesPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        document.reset(testCampaign(), {}, {});
        page = std::make_unique<MessagesPage>(document, catalogue());
        page->setLocale(QLocale::c());
        page->setCopier([this](const QString &text) { copied << text; });
        page->setUrlOpener([this](const QUrl &url) { opened << url; });
    }

    /// Replaces the editor's text the way a user would: select all, type.
    void typeOver(const QString &text)
    {
        page->textEditor()->selectAll();
        QTest::keyClicks(page->textEditor(), text);
    }

    void waitForLint()
    {
        QSignalSpy shown(page.get(), &MessagesPage::findingsShown);
        ASSERT_TRUE(shown.wait(10000));
    }

    CampaignDocument document;
    std::unique_ptr<MessagesPage> page;
    QStringList copied;
    QList<QUrl> opened;
};

TEST_F(MessagesPageTest, TheModelListsTemplatesAndPassesTheModelTester)
{
    TemplateListModel *model = page->templateModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->data(model->index(0), TemplateListModel::IdRole).toString(), u"main"_s);
    EXPECT_TRUE(
        model->data(model->index(0), Qt::DisplayRole).toString().startsWith(u"main\n{We want"_s));
    EXPECT_EQ(model->rowOf(u"time"_s), 1);

    page->selectTemplate(u"main"_s);
    page->addTemplate();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->data(model->index(1), TemplateListModel::IdRole).toString(), u"message"_s);
    page->duplicateTemplate();
    EXPECT_EQ(model->data(model->index(2), TemplateListModel::IdRole).toString(), u"message-2"_s);
    page->moveTemplate(-1);
    EXPECT_EQ(model->data(model->index(1), TemplateListModel::IdRole).toString(), u"message-2"_s);
    page->removeTemplate();
    ASSERT_EQ(model->rowCount(), 3);
    document.undoStack()->undo();
    EXPECT_EQ(model->rowCount(), 4);

    // Lint marks the rows it has findings for.
    page->selectTemplate(u"main"_s);
    typeOver(u"no hashtag here"_s);
    waitForLint();
    EXPECT_EQ(model->data(model->index(0), TemplateListModel::SeverityRole).toInt(), 1);
    EXPECT_FALSE(model->data(model->index(0), Qt::DecorationRole).isNull());
    EXPECT_TRUE(model->data(model->index(0), Qt::ToolTipRole).toString().contains(u"#TestHour"_s));
}

TEST_F(MessagesPageTest, TypingUpdatesTheCountersAndTurnsThemRedOverTheLimit)
{
    page->selectTemplate(u"main"_s);
    // A real post, typed key by key: 266 characters of ASCII, then a family
    // emoji (one grapheme, two on X) and more words.
    const QString start = u"Five years ago fans made #TestHour trend for a whole day, and the "
                          "studio noticed. Tonight we do it again, together, from Manila to "
                          "Sao Paulo: one hour, your own words, no retweets. Tell them why the "
                          "story deserves an ending and post at the start of the hour!"_s;
    typeOver(start);
    EXPECT_EQ(page->textEditor()->toPlainText(), start);
    EXPECT_EQ(document.campaign().findTemplate(u"main")->text, start);
    const int x = Text::measureX(start).length;
    ASSERT_LE(x, 280);
    EXPECT_EQ(page->counterText(Platform::X), u"%1 / 280"_s.arg(x));
    EXPECT_FALSE(page->counterOverLimit(Platform::X));

    page->textEditor()->moveCursor(QTextCursor::End);
    page->textEditor()->insertPlainText(u" 👩‍👩‍👧👩‍👩‍👧"_s);
    QTest::keyClicks(page->textEditor(), u" Again and again, louder."_s);
    const QString full
        = start + u" 👩‍👩‍👧👩‍👩‍👧 Again and again, louder."_s;
    EXPECT_EQ(document.campaign().findTemplate(u"main")->text, full);
    const Text::PostLength onX = Text::measureX(full);
    ASSERT_GT(onX.length, 280);
    EXPECT_EQ(page->counterText(Platform::X),
              u"%1 / 280 (%2 over)"_s.arg(onX.length).arg(onX.length - 280));
    EXPECT_TRUE(page->counterOverLimit(Platform::X));
    // Bluesky counts graphemes: the family is one, and the post still fits.
    const int graphemes = Text::graphemeCount(full);
    EXPECT_EQ(graphemes, onX.length - 2);
    EXPECT_EQ(page->counterText(Platform::Bluesky), u"%1 / 300"_s.arg(graphemes));
    EXPECT_FALSE(page->counterOverLimit(Platform::Bluesky));
    EXPECT_EQ(page->counterText(Platform::Mastodon), u"%1 / 500"_s.arg(graphemes));
}

TEST_F(MessagesPageTest, CountersCountTheLongestVariantWithWorstCaseValues)
{
    page->selectTemplate(u"main"_s);
    // {city} counts as lint's 31-character stand-in, the longer variant wins.
    typeOver(u"{Hi|Hello there} from {city} {hashtag}"_s);
    const QString longest = u"Hello there from Ciudad Autónoma de Buenos Aires #TestHour"_s;
    EXPECT_EQ(page->counterText(Platform::X), u"%1 / 280"_s.arg(Text::measureX(longest).length));
    EXPECT_EQ(page->counterText(Platform::Bluesky),
              u"%1 / 300"_s.arg(Text::graphemeCount(longest)));
}

TEST_F(MessagesPageTest, AHugeTemplateIsCountedWhenTypingPauses)
{
    page->selectTemplate(u"main"_s);
    QString big; // 1000 variants of about 330 characters
    for (int i = 0; i < 3; ++i)
        big += u"{Alita is the best|Sequel now please|We are waiting|Iron City calls|Zalem is up "
               u"there|"
               "Motorball forever|Hugo says hi|Gally knows|Nova waits|Panzer Kunst} at {local_time} in {city} "_s;
    big += u"{hashtag} {link}"_s;
    page->textEditor()->setPlainText(big);
    page->textEditor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(page->textEditor(), u" and more"_s);
    const Text::MessageTemplate *main = document.campaign().findTemplate(u"main");
    ASSERT_EQ(main->text, big + u" and more"_s);
    const auto lengths = Text::longestVariants(
        *main, Text::worstCaseContext(u"#TestHour"_s, document.campaign().link),
        {Platform::Bluesky});
    ASSERT_TRUE(lengths);
    ASSERT_EQ(lengths->variantsMeasured, 1000);
    const Text::PostLength &longest = lengths->platforms[0].length;
    ASSERT_LE(longest.length, 300);
    const QString expected = u"%1 / 300"_s.arg(longest.length);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return page->counterText(Platform::Bluesky) == expected; }, 5000))
        << page->counterText(Platform::Bluesky).toStdString() << " != " << expected.toStdString();
}

TEST_F(MessagesPageTest, ABurstOfTypingIsOneUndoStepAndUndoRestoresTheEditor)
{
    page->selectTemplate(u"main"_s);
    const QString original = document.campaign().findTemplate(u"main")->text;
    const int steps = document.undoStack()->count();
    page->textEditor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(page->textEditor(), u" Now!"_s);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    page->endTypingBurst(); // a pause
    QTest::keyClicks(page->textEditor(), u" Go"_s);
    EXPECT_EQ(document.undoStack()->count(), steps + 2);
    EXPECT_EQ(page->textEditor()->toPlainText(), original + u" Now! Go"_s);

    // Ctrl+Z in the editor is the campaign's undo.
    QTest::keyClick(page->textEditor(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(page->textEditor()->toPlainText(), original + u" Now!"_s);
    EXPECT_EQ(document.campaign().findTemplate(u"main")->text, original + u" Now!"_s);
    // The cursor stays where the change was, not at the start.
    EXPECT_EQ(page->textEditor()->textCursor().position(), original.size() + 5);
    document.undoStack()->undo();
    EXPECT_EQ(page->textEditor()->toPlainText(), original);
    EXPECT_EQ(page->counterText(Platform::X),
              u"%1 / 280"_s.arg(Text::measureX(u"Give us the sequel! #TestHour"_s).length));
    document.undoStack()->redo();
    EXPECT_EQ(page->textEditor()->toPlainText(), original + u" Now!"_s);

    // Typing after an undo is a step of its own, never merged into an older one.
    document.undoStack()->undo();
    QTest::keyClicks(page->textEditor(), u"!"_s);
    document.undoStack()->undo();
    EXPECT_EQ(document.campaign().findTemplate(u"main")->text, original);
}

TEST_F(MessagesPageTest, AnEmptyTextIsNotCommitted)
{
    page->selectTemplate(u"time"_s);
    const QString original = document.campaign().findTemplate(u"time")->text;
    page->textEditor()->selectAll();
    QTest::keyClick(page->textEditor(), Qt::Key_Delete);
    EXPECT_TRUE(page->textEditor()->toPlainText().isEmpty());
    EXPECT_EQ(document.campaign().findTemplate(u"time")->text,
              original); // the file would refuse it
    QTest::keyClicks(page->textEditor(), u"Back {hashtag}"_s);
    EXPECT_EQ(document.campaign().findTemplate(u"time")->text, u"Back {hashtag}"_s);
}

TEST_F(MessagesPageTest, AddingRemovingAndTheEmptyState)
{
    EXPECT_FALSE(page->isShowingEmptyState());
    page->selectTemplate(u"time"_s);
    page->removeTemplate();
    EXPECT_EQ(page->currentTemplateId(), u"main"_s);
    page->removeTemplate();
    EXPECT_TRUE(document.campaign().templates.isEmpty());
    EXPECT_TRUE(page->isShowingEmptyState());

    page->addTemplate();
    ASSERT_EQ(document.campaign().templates.size(), 1);
    const Text::MessageTemplate &added = document.campaign().templates.first();
    EXPECT_EQ(added.id, u"message"_s);
    EXPECT_TRUE(added.text.contains(u"{hashtag}"_s));
    EXPECT_EQ(added.platforms, (QStringList {u"x"_s, u"bluesky"_s, u"mastodon"_s}));
    EXPECT_FALSE(page->isShowingEmptyState());
    EXPECT_EQ(page->currentTemplateId(), u"message"_s);
    EXPECT_EQ(page->textEditor()->toPlainText(), added.text);

    document.undoStack()->undo(); // the add
    EXPECT_TRUE(page->isShowingEmptyState());
    document.undoStack()->undo(); // the second remove
    EXPECT_EQ(page->currentTemplateId(), u"main"_s);
    EXPECT_EQ(page->textEditor()->toPlainText(), testCampaign().templates[0].text);
}

TEST_F(MessagesPageTest, TheListTakesDeleteAndAltArrows)
{
    page->show();
    page->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    auto *list = page->findChild<QListView *>();
    ASSERT_TRUE(list);
    page->selectTemplate(u"main"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(document.campaign().templates[1].id, u"main"_s);
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_EQ(document.campaign().templates.size(), 1);
    EXPECT_EQ(document.campaign().templates[0].id, u"time"_s);
}

TEST_F(MessagesPageTest, PlaceholdersAreInsertedAtTheCursorAsOneStep)
{
    page->selectTemplate(u"main"_s);
    const QString original = document.campaign().findTemplate(u"main")->text;
    page->textEditor()->moveCursor(QTextCursor::End);
    const int steps = document.undoStack()->count();
    page->insertPlaceholder(u"local_time"_s);
    EXPECT_EQ(document.campaign().findTemplate(u"main")->text, original + u"{local_time}"_s);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->undoText(), u"Insert {local_time}"_s);
}

TEST_F(MessagesPageTest, LintFindingsAreShownBesideTheirTemplate)
{
    page->selectTemplate(u"time"_s);
    typeOver(u"Please retweet this! {hashtag}"_s);
    waitForLint();
    const QStringList shown = page->shownFindings();
    const bool asksForRetweets = std::any_of(shown.cbegin(), shown.cend(), [](const QString &f) {
        return f.contains(u"asks for reposts"_s);
    });
    EXPECT_TRUE(asksForRetweets) << shown.join(u'\n').toStdString();
    // The other template's findings are not shown here.
    page->selectTemplate(u"main"_s);
    for (const QString &finding : page->shownFindings())
        EXPECT_FALSE(finding.contains(u"asks for reposts"_s)) << finding.toStdString();

    // Findings about the whole campaign are shown whichever template is selected.
    document.edit(u"Change hashtag"_s, [](Campaign &c) { c.hashtag.clear(); });
    waitForLint();
    EXPECT_TRUE(page->shownFindings().contains(u"the campaign has no hashtag"_s))
        << page->shownFindings().join(u'\n').toStdString();
}

TEST_F(MessagesPageTest, ThePreviewIsRenderedInTheViewersZone)
{
    page->selectTemplate(u"time"_s);
    page->setViewerZone("Asia/Kolkata");
    page->setPreviewVariant(1);
    // 17:00 UTC is 22:30 in Kolkata; the C locale writes 24-hour time.
    EXPECT_EQ(page->previewText(), u"Posting at 22:30 in Kolkata. #TestHour"_s);
    page->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    page->setViewerZone("America/Los_Angeles");
    page->setPreviewVariant(2);
    // en_US: "9:00 AM" (CLDR puts a narrow no-break space before AM).
    EXPECT_TRUE(page->previewText().startsWith(u"Here at 9:00"_s))
        << page->previewText().toStdString();
    EXPECT_TRUE(page->previewText().endsWith(u"AM in Los Angeles. #TestHour"_s))
        << page->previewText().toStdString();
    EXPECT_EQ(page->previewVariantCount(), 2);
}

TEST_F(MessagesPageTest, AHandleShowsTheVariantThatFanGets)
{
    page->selectTemplate(u"main"_s);
    const Text::MessageTemplate *main = document.campaign().findTemplate(u"main");
    for (const QString &handle : {u"@alita_fan"_s, u"@ido"_s, u"@hugo"_s, u"@zapan"_s}) {
        Text::RenderContext context;
        context.hashtag = u"#TestHour"_s;
        context.handle = handle;
        const auto expected = Text::renderTemplate(*main, context);
        ASSERT_TRUE(expected);
        page->setPreviewHandle(handle);
        EXPECT_EQ(page->previewText(), *expected);
        const int variant = expected->startsWith(u"We want"_s) ? 1 : 2;
        EXPECT_EQ(page->previewVariant(), variant) << handle.toStdString();
    }
}

TEST_F(MessagesPageTest, CopyAndOpenComposeGiveTheExactTextAndUrl)
{
    page->selectTemplate(u"main"_s);
    page->setPreviewVariant(2);
    ASSERT_EQ(page->previewText(), u"Give us the sequel! #TestHour"_s);
    page->copyPreview();
    EXPECT_EQ(copied, QStringList {u"Give us the sequel! #TestHour"_s});

    page->openCompose(Platform::X);
    page->openCompose(Platform::Bluesky);
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(
        opened[0].toEncoded(),
        QByteArray("https://x.com/intent/post?text=Give%20us%20the%20sequel%21%20%23TestHour"));
    EXPECT_EQ(
        opened[1].toEncoded(),
        QByteArray(
            "https://bsky.app/intent/compose?text=Give%20us%20the%20sequel%21%20%23TestHour"));

    // Mastodon needs the user's server first.
    page->openCompose(Platform::Mastodon);
    EXPECT_EQ(opened.size(), 2);
    EXPECT_TRUE(page->actionStatus().contains(u"Mastodon server"_s))
        << page->actionStatus().toStdString();
    page->setMastodonServer(u"https://fosstodon.org/"_s);
    page->openCompose(Platform::Mastodon);
    ASSERT_EQ(opened.size(), 3);
    EXPECT_EQ(
        opened[2].toEncoded(),
        QByteArray("https://fosstodon.org/share?text=Give%20us%20the%20sequel%21%20%23TestHour"));
}

TEST_F(MessagesPageTest, RenamingAndPlatformsAreUndoableEdits)
{
    page->selectTemplate(u"time"_s);
    QLineEdit *id = nullptr;
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Template id")
            id = edit;
    }
    ASSERT_TRUE(id);
    id->setText(u"main"_s); // taken
    Q_EMIT id->editingFinished();
    EXPECT_EQ(page->currentTemplateId(), u"time"_s);
    EXPECT_TRUE(document.campaign().findTemplate(u"time"));
    id->setText(u"evening"_s);
    Q_EMIT id->editingFinished();
    EXPECT_EQ(page->currentTemplateId(), u"evening"_s);
    EXPECT_EQ(document.campaign().templates[1].id, u"evening"_s);
    document.undoStack()->undo();
    EXPECT_EQ(document.campaign().templates[1].id, u"time"_s);
    EXPECT_EQ(page->currentTemplateId(), u"time"_s);
    EXPECT_EQ(id->text(), u"time"_s);

    // Unticking a platform removes it; the last one cannot be unticked.
    auto boxes = page->findChildren<QCheckBox *>();
    ASSERT_EQ(boxes.size(), 3);
    boxes[0]->click(); // X off
    EXPECT_EQ(document.campaign().findTemplate(u"time")->platforms, QStringList {u"mastodon"_s});
    EXPECT_FALSE(boxes[2]->isEnabled());
    document.undoStack()->undo();
    EXPECT_EQ(document.campaign().findTemplate(u"time")->platforms,
              (QStringList {u"x"_s, u"mastodon"_s}));
    EXPECT_TRUE(boxes[0]->isChecked());
}

} // namespace
