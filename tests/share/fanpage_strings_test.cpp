// The fan page's words: every one of them translated in each language's .ts
// (lupdate over core/share/fanpagestrings.cpp finds none unfinished), every
// placeholder kept, and the page's dictionary carrying them all, with the
// plural forms each language has.

#include "sharetest.h"
#include "testutil.h"

#include "share/fanpage.h"
#include "share/fanpagestrings.h"
#include "share/icalendar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using Chorus::Test::runProcess;

namespace {

const QString sourceDir = QStringLiteral(CHORUS_SOURCE_DIR);

struct Message
{
    QString source;
    QStringList translations; ///< one, or the plural forms
    bool unfinished = false;
    bool plural = false;
};

/// The FanPage context of a .ts file.
QList<Message> fanPageMessages(const QString &path)
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
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            message = Message {};
            message.plural = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (xml.name() == u"source"_s) {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"vanished"_s || type == u"obsolete"_s || context != u"FanPage"_s)
                continue;
            message.unfinished = type == u"unfinished"_s;
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    message.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (!message.plural)
                message.translations = {text};
            messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(u'L'));
    return found;
}

struct LanguageRow
{
    std::string name;
    QString suffix;
};

void PrintTo(const LanguageRow &row, std::ostream *os)
{
    *os << row.name;
}

class FanPageTranslation : public testing::TestWithParam<LanguageRow>
{
};

} // namespace

TEST_P(FanPageTranslation, EveryPageStringInTheSourcesIsTranslated)
{
    // lupdate over the page's strings into a copy of the shipped file: a
    // string added or changed in fanpagestrings.cpp and not translated in this
    // language shows up unfinished. English's file holds the plural forms only.
    const bool english = GetParam().suffix == u"en"_s;
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"chorus_%1.ts"_s.arg(GetParam().suffix));
    ASSERT_TRUE(QFile::copy(sourceDir + u"/ui/i18n/chorus_%1.ts"_s.arg(GetParam().suffix), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments {sourceDir + u"/core/share/fanpagestrings.cpp"_s, u"-ts"_s, copy};
    if (english)
        arguments.prepend(u"-pluralonly"_s);
    const auto result = runProcess(QStringLiteral(CHORUS_LUPDATE), arguments);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();

    const QList<Message> messages = fanPageMessages(copy);
    qsizetype expected = 0;
    for (const Chorus::Share::FanPageString &s : Chorus::Share::fanPageStrings())
        expected += english ? s.plural : 1;
    EXPECT_EQ(messages.size(), expected);
    QStringList missing;
    for (const Message &message : messages) {
        const bool empty = message.translations.isEmpty()
            || std::ranges::any_of(message.translations, &QString::isEmpty);
        if (message.unfinished || empty)
            missing.append(message.source);
    }
    EXPECT_TRUE(missing.isEmpty())
        << missing.size() << " page strings have no " << GetParam().name << " translation:\n"
        << missing.join(u'\n').toStdString();
}

TEST_P(FanPageTranslation, KeepsEveryPlaceholder)
{
    const QList<Message> messages
        = fanPageMessages(sourceDir + u"/ui/i18n/chorus_%1.ts"_s.arg(GetParam().suffix));
    ASSERT_FALSE(messages.isEmpty());
    for (const Message &message : messages)
        for (const QString &translation : message.translations)
            EXPECT_EQ(placeholders(translation), placeholders(message.source))
                << message.source.toStdString() << " → " << translation.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, FanPageTranslation,
                         testing::Values(LanguageRow {"English", u"en"_s},
                                         LanguageRow {"BrazilianPortuguese", u"pt_BR"_s},
                                         LanguageRow {"Spanish", u"es"_s},
                                         LanguageRow {"Japanese", u"ja"_s}),
                         Chorus::Test::ByName());

TEST(FanPageDictionary, CarriesEveryStringInEveryLanguage)
{
    const QJsonObject dictionary
        = QJsonDocument::fromJson(Chorus::Share::fanPageDictionary()).object();
    ASSERT_EQ(dictionary.size(), 4);
    for (const Chorus::Share::FanPageLanguage &language : Chorus::Share::fanPageLanguages()) {
        const QJsonObject words = dictionary[QLatin1StringView(language.tag)].toObject();
        for (const Chorus::Share::FanPageString &s : Chorus::Share::fanPageStrings()) {
            if (qstrcmp(s.key, "noScript") == 0) // written into the markup instead
                continue;
            const QJsonValue word = words[QLatin1StringView(s.key)];
            if (s.plural)
                EXPECT_FALSE(word[u"other"_s].toString().isEmpty()) << language.tag << " " << s.key;
            else
                EXPECT_FALSE(word.toString().isEmpty()) << language.tag << " " << s.key;
        }
    }
}

TEST(FanPageDictionary, HasEachLanguagesPluralForms)
{
    const QJsonObject dictionary
        = QJsonDocument::fromJson(Chorus::Share::fanPageDictionary()).object();
    const auto days = [&](const char *tag) {
        return dictionary[QLatin1StringView(tag)][u"days"_s];
    };
    EXPECT_EQ(days("en")[u"one"_s].toString(), u"%n day"_s);
    EXPECT_EQ(days("en")[u"other"_s].toString(), u"%n days"_s);
    EXPECT_EQ(days("pt-BR")[u"one"_s].toString(), u"%n dia"_s);
    EXPECT_EQ(days("pt-BR")[u"other"_s].toString(), u"%n dias"_s);
    EXPECT_EQ(days("es")[u"one"_s].toString(), u"%n día"_s);
    EXPECT_EQ(days("es")[u"other"_s].toString(), u"%n días"_s);
    // Japanese counts without a plural: one form, "other".
    EXPECT_TRUE(days("ja")[u"one"_s].isUndefined());
    EXPECT_EQ(days("ja")[u"other"_s].toString(), u"%n日"_s);
}

TEST(FanPageText, FallsBackToEnglish)
{
    using Chorus::Share::fanPageText;
    EXPECT_EQ(fanPageText("es", "join"), u"Unirme"_s);
    EXPECT_EQ(fanPageText("fr", "join"), u"Join"_s);
    EXPECT_EQ(fanPageText("en", "days", 1), u"%n day"_s);
    EXPECT_EQ(fanPageText("ja", "days", 3), u"%n日"_s);
    EXPECT_TRUE(fanPageText("en", "noSuchKey").isEmpty());
}

TEST(FanPageSize, StaysSmall)
{
    // The sample campaign's page, and its compressed size as a server (or a
    // chat app) would send it. Before the page spoke four languages it was
    // 23,336 bytes (8,264 gzipped).
    const Chorus::Share::EventInput event = Chorus::Test::sampleEvent();
    const QByteArray page
        = Chorus::Share::fanPage(event, Chorus::Share::icalendar(event, Chorus::Test::pinnedNow()));
    const auto gzip = runProcess(u"gzip"_s, {u"-9c"_s}, page);
    ASSERT_EQ(gzip.exitCode, 0);
    const QByteArray words = Chorus::Share::fanPageDictionary();
    // The English-only page of main before issue 17, measured the same way.
    constexpr double englishOnlyBytes = 23336, englishOnlyGzip = 8264;
    std::cout << "fan page: " << page.size() << " bytes, " << gzip.out.size()
              << " gzipped (English-only page: 23336 bytes, 8264 gzipped; ratio "
              << page.size() / englishOnlyBytes << ", " << gzip.out.size() / englishOnlyGzip
              << " gzipped); its words in four languages " << words.size() << " bytes\n";
    EXPECT_LT(page.size(), 48 * 1024);
    EXPECT_LT(gzip.out.size(), 16 * 1024);
}
