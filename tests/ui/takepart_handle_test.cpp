// The Take part panel checks handles as the fan types, through the same core
// function as the service (Checkin::canonicalHandle): the Join button is
// disabled while the handle cannot be one on the chosen platform, and the
// hint says what a handle there looks like.
#include "testutil.h"

#include "campaigndocument.h"
#include "takepartpanel.h"
#include "translations.h"

#include "checkin/handle.h"
#include "time/zonecatalogue.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Chorus;
using namespace Chorus::Ui;
using namespace Qt::StringLiterals;

namespace {

class TakePartHandle : public testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        static const bool installed
            = Ui::installTranslations(*QCoreApplication::instance(), QLocale());
        EXPECT_TRUE(installed);
        Campaign campaign;
        campaign.title = u"Handles"_s;
        campaign.start = Chorus::Test::at("2027-02-14T17:00:00Z");
        m_document.reset(campaign, QString(), QString());
        m_panel = std::make_unique<TakePartPanel>(
            m_document, Chorus::Test::catalogue(), [] { return std::chrono::system_clock::now(); },
            m_settings, m_network, "Europe/Berlin");
        // A service address, never contacted here: the form is enabled.
        m_panel->setServiceOverride(u"http://127.0.0.1:9"_s);
    }
    void TearDown() override
    {
        m_panel.reset();
        QLocale::setDefault(QLocale::c());
    }

    void choose(const QString &platform)
    {
        m_panel->platformBox()->setCurrentIndex(m_panel->platformBox()->findData(platform));
    }
    void type(const QString &text)
    {
        m_panel->handleEdit()->clear();
        // Typed key by key where QTest can (ASCII), else set as a paste would.
        const bool ascii = std::all_of(text.cbegin(), text.cend(),
                                       [](QChar c) { return c.unicode() < 0x80; });
        if (ascii)
            QTest::keyClicks(m_panel->handleEdit(), text);
        else
            m_panel->handleEdit()->setText(text);
    }
    [[nodiscard]] bool joinEnabled() const { return m_panel->joinButton()->isEnabled(); }
    [[nodiscard]] QString hint() const { return m_panel->handleHint()->text(); }
    [[nodiscard]] bool hintWarns() const
    {
        return m_panel->handleHint()->foregroundRole() == QPalette::WindowText;
    }

    QTemporaryDir m_dir;
    QSettings m_settings {m_dir.filePath(u"fan.ini"_s), QSettings::IniFormat};
    QNetworkAccessManager m_network;
    CampaignDocument m_document;
    std::unique_ptr<TakePartPanel> m_panel;
};

TEST_F(TakePartHandle, EmptyShowsTheRuleWithoutWarningAndCannotJoin)
{
    choose(u"x"_s);
    EXPECT_TRUE(m_panel->handleEdit()->text().isEmpty());
    EXPECT_FALSE(joinEnabled());
    EXPECT_FALSE(hintWarns());
    EXPECT_TRUE(hint().contains(u"1 to 15 letters"_s)) << hint().toStdString();
}

TEST_F(TakePartHandle, XRulesAsYouType)
{
    choose(u"x"_s);
    type(u"@caf\u00E9"_s);
    EXPECT_FALSE(joinEnabled());
    EXPECT_TRUE(hintWarns());
    EXPECT_TRUE(hint().startsWith(u"That is not a handle on X."_s)) << hint().toStdString();
    type(u"@AlitaFan"_s);
    EXPECT_TRUE(joinEnabled());
    EXPECT_FALSE(hintWarns());
    type(u"@abcdefghijklmnop"_s); // 16
    EXPECT_FALSE(joinEnabled());
    // An invisible character makes it no handle, though it looks like one.
    m_panel->handleEdit()->setText(u"@ca\u200Bfe"_s);
    EXPECT_FALSE(joinEnabled());
    EXPECT_TRUE(hintWarns());
}

TEST_F(TakePartHandle, SwitchingPlatformChecksAgainAndChangesTheHint)
{
    choose(u"x"_s);
    type(u"@AlitaFan"_s);
    ASSERT_TRUE(joinEnabled());
    choose(u"bluesky"_s);
    EXPECT_FALSE(joinEnabled());
    EXPECT_TRUE(hint().contains(u"alita.bsky.social"_s)) << hint().toStdString();
    EXPECT_EQ(m_panel->handleEdit()->placeholderText(), u"yourname.bsky.social"_s);
    type(u"Alita.bsky.social"_s);
    EXPECT_TRUE(joinEnabled());
    type(u"alita"_s);
    EXPECT_FALSE(joinEnabled());
    choose(u"mastodon"_s);
    type(u"@fan"_s);
    EXPECT_FALSE(joinEnabled());
    EXPECT_TRUE(hint().contains(u"@alita@mastodon.social"_s)) << hint().toStdString();
    type(u"@fan@b\u00FCcher.example"_s);
    EXPECT_TRUE(joinEnabled());
}

TEST_F(TakePartHandle, TheButtonFollowsTheCoreFunctionExactly)
{
    const QStringList inputs {u"@AlitaFan"_s,
                              u"alita.bsky.social"_s,
                              u"@fan@mastodon.social"_s,
                              u"@fan"_s,
                              u"alita"_s,
                              u"laptop.local"_s,
                              u"@\u202Eevil"_s,
                              u"@\uFF43afe"_s,
                              u"fan@bu\u0308cher.example"_s,
                              u"@fan@localhost"_s,
                              u" @Fan_2019 "_s,
                              u"@@fan"_s};
    for (const QString &platform : {u"x"_s, u"bluesky"_s, u"mastodon"_s}) {
        choose(platform);
        for (const QString &input : inputs) {
            m_panel->handleEdit()->setText(input);
            EXPECT_EQ(joinEnabled(), Checkin::canonicalHandle(platform, input).has_value())
                << platform.toStdString() << ' ' << input.toStdString();
        }
    }
}

TEST_F(TakePartHandle, EnterOnAnInvalidHandleExplainsAndDoesNotJoin)
{
    choose(u"mastodon"_s);
    type(u"@fan"_s);
    QTest::keyClick(m_panel->handleEdit(), Qt::Key_Return);
    EXPECT_FALSE(m_panel->isJoined());
    EXPECT_TRUE(m_panel->problemText().contains(u"A Mastodon handle is"_s))
        << m_panel->problemText().toStdString();
}

} // namespace
