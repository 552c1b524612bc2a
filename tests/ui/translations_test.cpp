// The shipped Brazilian Portuguese translation: complete (lupdate over the
// sources finds no string without a translation), faithful to every
// placeholder, and loaded from the user's locale.

#include "testutil.h"
#include "translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

TEST(BrazilianPortuguese, EveryStringInTheSourcesIsTranslated)
{
    // lupdate over the UI sources into a copy of the shipped file: a string
    // added or changed in the code and not translated shows up unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"chorus_pt_BR.ts"_s);
    ASSERT_TRUE(QFile::copy(sourceDir + u"/ui/i18n/chorus_pt_BR.ts"_s, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const auto result = runProcess(lupdate, {sourceDir + u"/ui"_s, sourceDir + u"/app/gui"_s,
                                             u"-no-obsolete"_s,
                                             u"-ts"_s, copy});
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
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " strings have no pt_BR translation:\n"
                                   << missing.join(u'\n').toStdString();
}

TEST(BrazilianPortuguese, TranslationsKeepEveryPlaceholder)
{
    const QList<Message> messages = readTs(sourceDir + u"/ui/i18n/chorus_pt_BR.ts"_s);
    ASSERT_FALSE(messages.isEmpty());
    for (const Message &message : messages) {
        for (const QString &translation : message.translations) {
            EXPECT_EQ(placeholders(translation), placeholders(message.source))
                << message.source.toStdString() << " → " << translation.toStdString();
        }
    }
}

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

TEST_F(Translations, ALanguageWithoutATranslationGetsEnglishPlurals)
{
    ASSERT_TRUE(Chorus::Ui::installTranslations(*qApp, QLocale(u"de_DE"_s)));
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::MainWindow", "Countdown"), u"Countdown"_s);
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::CountdownPage", "%n day(s)", nullptr, 1),
              u"1 day"_s);
    EXPECT_EQ(QCoreApplication::translate("Chorus::Ui::CountdownPage", "%n day(s)", nullptr, 3),
              u"3 days"_s);
}
