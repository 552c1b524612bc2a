// The template-list edits: unique ids, add, duplicate, rename, remove and
// move, each keeping the file's unknown template keys with their template.
#include "testutil.h"

#include "campaign/campaignfile.h"
#include "campaign/templatelist.h"

#include <QJsonObject>

using namespace Chorus;
using namespace Qt::StringLiterals;

namespace {

Text::MessageTemplate messageTemplate(const QString &id, const QString &text = u"Now! #A"_s)
{
    return {id, text, {u"x"_s}};
}

QStringList ids(const Campaign &campaign)
{
    QStringList result;
    for (const Text::MessageTemplate &t : campaign.templates)
        result << t.id;
    return result;
}

Campaign threeTemplates()
{
    Campaign c;
    c.templates = {messageTemplate(u"main"_s, u"One #A"_s), messageTemplate(u"main-2"_s),
                   messageTemplate(u"short"_s)};
    c.templateExtras.insert(u"main"_s, QJsonObject {{u"colour"_s, u"red"_s}});
    return c;
}

TEST(TemplateList, UniqueIdIsTheBaseOrTheFirstFreeNumber)
{
    const Campaign c = threeTemplates();
    EXPECT_EQ(uniqueTemplateId(c, u"main"_s), u"main-3"_s) << "main-2 is taken";
    EXPECT_EQ(uniqueTemplateId(c, u"short"_s), u"short-2"_s);
    EXPECT_EQ(uniqueTemplateId(c, u"long"_s), u"long"_s);
    EXPECT_EQ(uniqueTemplateId(Campaign {}, u"message"_s), u"message"_s);
}

TEST(TemplateList, AddInsertsAtTheClampedRowUnderAFreeId)
{
    Campaign c = threeTemplates();
    EXPECT_EQ(addTemplate(c, messageTemplate(u"short"_s), 1), u"short-2"_s);
    EXPECT_EQ(ids(c), (QStringList {u"main"_s, u"short-2"_s, u"main-2"_s, u"short"_s}));
    EXPECT_EQ(addTemplate(c, messageTemplate(u"first"_s), -1), u"first"_s);
    EXPECT_EQ(addTemplate(c, messageTemplate(u"last"_s), 99), u"last"_s);
    EXPECT_EQ(ids(c).front(), u"first"_s);
    EXPECT_EQ(ids(c).back(), u"last"_s);
}

TEST(TemplateList, AFullCampaignTakesNoMore)
{
    Campaign c;
    for (qsizetype i = 0; i < maxTemplates - 1; ++i)
        c.templates << messageTemplate(u"t"_s + QString::number(i));
    EXPECT_TRUE(canAddTemplate(c));
    ASSERT_TRUE(addTemplate(c, messageTemplate(u"t"_s), 0));
    EXPECT_EQ(c.templates.size(), maxTemplates);
    EXPECT_FALSE(canAddTemplate(c));
    const Campaign full = c;
    EXPECT_FALSE(addTemplate(c, messageTemplate(u"more"_s), 0));
    EXPECT_FALSE(duplicateTemplate(c, u"t"_s, 0));
    EXPECT_EQ(c, full);
}

TEST(TemplateList, DuplicateCopiesTextPlatformsAndExtras)
{
    Campaign c = threeTemplates();
    EXPECT_EQ(duplicateTemplate(c, u"main"_s, 1), u"main-3"_s);
    EXPECT_EQ(ids(c), (QStringList {u"main"_s, u"main-3"_s, u"main-2"_s, u"short"_s}));
    EXPECT_EQ(c.templates[1].text, u"One #A"_s);
    EXPECT_EQ(c.templates[1].platforms, QStringList {u"x"_s});
    EXPECT_EQ(c.templateExtras.value(u"main-3"_s), c.templateExtras.value(u"main"_s));
    EXPECT_FALSE(c.templateExtras.value(u"main"_s).isEmpty()) << "the original keeps its own";

    // A template without extras gets a copy without them.
    EXPECT_EQ(duplicateTemplate(c, u"short"_s, 99), u"short-2"_s);
    EXPECT_FALSE(c.templateExtras.contains(u"short-2"_s));
    const Campaign before = c;
    EXPECT_FALSE(duplicateTemplate(c, u"nothing"_s, 0));
    EXPECT_EQ(c, before);
}

TEST(TemplateList, RenameChecksTheFilesRule)
{
    const Campaign c = threeTemplates();
    EXPECT_EQ(checkTemplateRename(c, u"main"_s, u"long"_s), TemplateRename::Renamable);
    EXPECT_EQ(checkTemplateRename(c, u"main"_s, u"main"_s), TemplateRename::Unchanged);
    EXPECT_EQ(checkTemplateRename(c, u"main"_s, QString()), TemplateRename::Empty);
    EXPECT_EQ(checkTemplateRename(c, u"main"_s, u"short"_s), TemplateRename::Taken);
    EXPECT_EQ(checkTemplateRename(c, u"none"_s, u"long"_s), TemplateRename::NoSuchTemplate);
    EXPECT_EQ(checkTemplateRename(c, u"main"_s, u"Main"_s), TemplateRename::Renamable)
        << "ids are compared exactly";
}

TEST(TemplateList, RenameMovesTheExtrasAlong)
{
    Campaign c = threeTemplates();
    const QJsonObject extras = c.templateExtras.value(u"main"_s);
    EXPECT_TRUE(renameTemplate(c, u"main"_s, u"long"_s));
    EXPECT_EQ(ids(c), (QStringList {u"long"_s, u"main-2"_s, u"short"_s}));
    EXPECT_EQ(c.templateExtras.value(u"long"_s), extras);
    EXPECT_FALSE(c.templateExtras.contains(u"main"_s));

    const Campaign before = c;
    EXPECT_FALSE(renameTemplate(c, u"long"_s, u"short"_s));
    EXPECT_FALSE(renameTemplate(c, u"long"_s, QString()));
    EXPECT_FALSE(renameTemplate(c, u"none"_s, u"other"_s));
    EXPECT_EQ(c, before);
}

TEST(TemplateList, RemoveTakesTheExtrasWithIt)
{
    Campaign c = threeTemplates();
    EXPECT_TRUE(removeTemplate(c, u"main"_s));
    EXPECT_EQ(ids(c), (QStringList {u"main-2"_s, u"short"_s}));
    EXPECT_TRUE(c.templateExtras.isEmpty());
    // Extras left under an id no template has are not the remove's business.
    c.templateExtras.insert(u"ghost"_s, QJsonObject {{u"k"_s, 1}});
    const Campaign before = c;
    EXPECT_FALSE(removeTemplate(c, u"ghost"_s));
    EXPECT_EQ(c, before);
}

TEST(TemplateList, MoveWithinTheList)
{
    Campaign c = threeTemplates();
    EXPECT_TRUE(moveTemplate(c, 0, 2));
    EXPECT_EQ(ids(c), (QStringList {u"main-2"_s, u"short"_s, u"main"_s}));
    EXPECT_TRUE(moveTemplate(c, 2, 1));
    EXPECT_EQ(ids(c), (QStringList {u"main-2"_s, u"main"_s, u"short"_s}));
    const Campaign before = c;
    EXPECT_FALSE(moveTemplate(c, 0, 3));
    EXPECT_FALSE(moveTemplate(c, -1, 0));
    EXPECT_EQ(c, before);
}

} // namespace
