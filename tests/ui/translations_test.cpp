// The shipped translations (Brazilian Portuguese, Spanish, Japanese): each
// complete (lupdate over the sources finds no string without a translation),
// faithful to every placeholder, with as many plural forms as its language
// has, and loaded from the user's locale.

#include "testutil.h"
#include "translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using Chorus::Test::runProcess;

namespace {

const QString sourceDir = QStringLiteral(CHORUS_SOURCE_DIR);
const QString lupdate = QStringLiteral(CHORUS_LUPDATE);

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or the plural forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = Message {context, {}, {}, false};
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"vanished"_s || type == u"obsolete"_s)
                continue;
            message.unfinished = type == u"unfinished"_s;
            // Either text, or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    message.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

/// "%1", "%L2", "%n" and the like in `text`, as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(u'L'));
    return found;
}

/// Removes every translator installed on the application (they are its children).
void uninstallTranslations()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

class Translations : public testing::Test
{
protected:
    void TearDown() override { uninstallTranslations(); }
};

} // namespace

/// A shipped translation and the number of plural forms its language has
/// (CLDR: Portuguese and Spanish "one" and "other", Japanese only "other").
struct Language
{
    std::string name;
    QString code;
    int pluralForms = 2;
    friend void PrintTo(const Language &language, std::ostream *os) { *os << language.name; }
};

class EveryLanguage : public testing::TestWithParam<Language>
{
protected:
    [[nodiscard]] QString shipped() const
    {
        return sourceDir + u"/ui/i18n/chorus_"_s + GetParam().code + u".ts"_s;
    }
};

TEST_P(EveryLanguage, EveryStringInTheSourcesIsTranslated)
{
    // lupdate over the UI sources into a copy of the shipped file: a string
    // added or changed in the code and not translated shows up unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(shipped()).fileName());
    ASSERT_TRUE(QFile::copy(shipped(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const auto result = runProcess(
        lupdate,
        {sourceDir + u"/ui"_s, sourceDir + u"/app/gui"_s, u"-no-obsolete"_s, u"-ts"_s, copy});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();

    const QList<Message> messages = readTs(copy);
    EXPECT_GT(messages.size(), 100);
    QStringList missing;
    for (const Message &message : messages) {
        const bool empty = std::ranges::any_of(message.translations,
                                               [](const QString &t) { return t.isEmpty(); });
        if (message.unfinished || empty)
            missing.append(message.context + u": "_s + message.source);
    }
    EXPECT_TRUE(missing.isEmpty())
        << missing.size() << " strings have no " << GetParam().name << " translation:\n"
        << missing.join(u'\n').toStdString();
}

TEST_P(EveryLanguage, TranslationsKeepEveryPlaceholder)
{
    const QList<Message> messages = readTs(shipped());
    ASSERT_FALSE(messages.isEmpty());
    for (const Message &message : messages) {
        for (const QString &translation : message.translations) {
            EXPECT_EQ(placeholders(translation), placeholders(message.source))
                << message.source.toStdString() << " → " << translation.toStdString();
        }
    }
}

TEST_P(EveryLanguage, PluralMessagesHaveTheLanguagesPluralForms)
{
    const QList<Message> messages = readTs(shipped());
    int plurals = 0;
    for (const Message &message : messages) {
        if (!message.source.contains(u"%n"_s))
            continue;
        ++plurals;
        EXPECT_EQ(message.translations.size(), GetParam().pluralForms)
            << message.source.toStdString();
    }
    EXPECT_GE(plurals, 10);
}

INSTANTIATE_TEST_SUITE_P(Shipped, EveryLanguage,
                         testing::Values(Language {"BrazilianPortuguese", u"pt_BR"_s, 2},
                                         Language {"Spanish", u"es"_s, 2},
                                         Language {"Japanese", u"ja"_s, 1}),
                         Chorus::Test::ByName {});

TEST_F(Translations, ABrazilianLocaleGetsPortuguese)
{
    ASSERT_TRUE(Chorus::Ui::installTranslations(*qApp, QLocale(u"pt_BR"_s)));
    const QString countdown = QCoreApplication::translate("Chorus::Ui::MainWindow", "Countdown");
    EXPECT_NE(countdown, u"Countdown"_s);
    EXPECT_FALSE(countdown.isEmpty());
    // Plural forms come from the Portuguese file too.
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::CountdownPage", "%n day(s)", nullptr, 1),
              u"1 dia"_s);
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::CountdownPage", "%n day(s)", nullptr, 3),
              u"3 dias"_s);
}

TEST_F(Translations, APortugueseReaderElsewhereGetsBrazilianPortugueseRatherThanEnglish)
{
    ASSERT_TRUE(Chorus::Ui::installTranslations(*qApp, QLocale(u"pt_PT"_s)));
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::CountdownPage", "%n day(s)", nullptr, 3),
              u"3 dias"_s);
}

/// A locale, and what two of Chorus's strings read in it.
struct LocaleRow
{
    std::string name;
    QString locale;
    QString countdown; ///< MainWindow's "Countdown"
    QString onePoster; ///< "%n people are posting with you", n = 1
    QString twoPosters; ///< the same, n = 2
    friend void PrintTo(const LocaleRow &row, std::ostream *os) { *os << row.name; }
};

class ByLocale : public testing::TestWithParam<LocaleRow>
{
protected:
    void TearDown() override { uninstallTranslations(); }
};

TEST_P(ByLocale, TheLocaleChoosesTheLanguageAndItsPluralForms)
{
    const LocaleRow &row = GetParam();
    ASSERT_TRUE(Chorus::Ui::installTranslations(*qApp, QLocale(row.locale)));
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::MainWindow", "Countdown"), row.countdown);
    const char *posting = "%n people are posting with you";
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::TakePartPanel", posting, nullptr, 1),
              row.onePoster);
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::TakePartPanel", posting, nullptr, 2),
              row.twoPosters);
}

INSTANTIATE_TEST_SUITE_P(Locales, ByLocale,
                         testing::Values(LocaleRow {"Mexico", u"es_MX"_s, u"Cuenta regresiva"_s,
                                                    u"1 persona está publicando contigo"_s,
                                                    u"2 personas están publicando contigo"_s},
                                         LocaleRow {"Argentina", u"es_AR"_s, u"Cuenta regresiva"_s,
                                                    u"1 persona está publicando contigo"_s,
                                                    u"2 personas están publicando contigo"_s},
                                         LocaleRow {"Spain", u"es_ES"_s, u"Cuenta regresiva"_s,
                                                    u"1 persona está publicando contigo"_s,
                                                    u"2 personas están publicando contigo"_s},
                                         LocaleRow {"Japan", u"ja_JP"_s, u"カウントダウン"_s,
                                                    u"1 人があなたといっしょに投稿しています"_s,
                                                    u"2 人があなたといっしょに投稿しています"_s},
                                         LocaleRow {"Brazil", u"pt_BR"_s, u"Contagem regressiva"_s,
                                                    u"1 pessoa está postando com você"_s,
                                                    u"2 pessoas estão postando com você"_s},
                                         LocaleRow {"UnitedStates", u"en_US"_s, u"Countdown"_s,
                                                    u"1 person is posting with you"_s,
                                                    u"2 people are posting with you"_s}),
                         Chorus::Test::ByName {});

TEST_F(Translations, ALanguageWithoutATranslationGetsEnglishPlurals)
{
    ASSERT_TRUE(Chorus::Ui::installTranslations(*qApp, QLocale(u"de_DE"_s)));
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::MainWindow", "Countdown"), u"Countdown"_s);
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::CountdownPage", "%n day(s)", nullptr, 1),
              u"1 day"_s);
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::CountdownPage", "%n day(s)", nullptr, 3),
              u"3 days"_s);
}
