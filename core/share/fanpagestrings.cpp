#include "fanpagestrings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <map>
#include <memory>
#include <string>

using namespace Qt::StringLiterals;

// chorus_core is a static library: make sure its resources are registered
// whichever way the linker pulled them in. Must be called outside a namespace.
static void initFanPageTranslations()
{
    Q_INIT_RESOURCE(fanpage_i18n);
}

namespace Chorus::Share {

namespace {

// lupdate reads these (context "FanPage") into ui/i18n/chorus_*.ts, beside the
// app's own strings: one translation file per language serves both. "%1" and
// the like are filled in by the page's script; "%n" is a count written with
// Intl.NumberFormat in the reader's language.
constexpr FanPageString strings[] = {
    //: Label of the row of buttons that switch the page's language.
    {"language", QT_TRANSLATE_NOOP("FanPage", "Language")},
    //: Heading over the start time, which is shown in the reader's own time zone.
    {"whenHeading", QT_TRANSLATE_NOOP("FanPage", "When, on your clock")},
    //: %1 is the end time, e.g. "until 6:00 PM".
    {"until", QT_TRANSLATE_NOOP("FanPage", "until %1")},
    //: %1 is the zone's name, e.g. "Asia/Tokyo (Japan Standard Time), UTC+09:00".
    {"yourZone", QT_TRANSLATE_NOOP("FanPage", "Your time zone: %1")},
    //: %1 the zone's identifier, %2 its long name, %3 its offset ("+09:00").
    {"zoneDetail", QT_TRANSLATE_NOOP("FanPage", "%1 (%2), UTC%3")},
    //: Shown to readers whose browser runs no JavaScript; %1 is the start in UTC.
    {"noScript",
     QT_TRANSLATE_NOOP("FanPage", "Starts %1 (UTC). Turn on JavaScript to see your local time.")},
    {"addToCalendar", QT_TRANSLATE_NOOP("FanPage", "Add to calendar (.ics)")},
    //: The product's name as the reader's language writes it.
    {"googleCalendar", QT_TRANSLATE_NOOP("FanPage", "Google Calendar")},
    {"outlook", QT_TRANSLATE_NOOP("FanPage", "Outlook")},
    {"postsHeading", QT_TRANSLATE_NOOP("FanPage", "Your post")},
    {"postsHelp",
     QT_TRANSLATE_NOOP("FanPage",
                       "Copy one, change a word or two, and post it at the "
                       "start. Identical copies get filtered.")},
    //: Button: picks other wordings for the posts, so fans' posts differ.
    {"shuffle", QT_TRANSLATE_NOOP("FanPage", "Shuffle wording")},
    {"mastodonServer",
     QT_TRANSLATE_NOOP("FanPage", "Your Mastodon server (for the Mastodon button)")},
    {"checkinHeading", QT_TRANSLATE_NOOP("FanPage", "Join the hour")},
    {"handle", QT_TRANSLATE_NOOP("FanPage", "Your handle")},
    //: Example in the empty handle field: a user name with an @.
    {"handleExample", QT_TRANSLATE_NOOP("FanPage", "@you")},
    {"platform", QT_TRANSLATE_NOOP("FanPage", "Platform")},
    //: Button: sign up for the hour with the check-in service.
    {"join", QT_TRANSLATE_NOOP("FanPage", "Join")},
    {"ready", QT_TRANSLATE_NOOP("FanPage", "I'm ready")},
    {"posted", QT_TRANSLATE_NOOP("FanPage", "I posted")},
    {"footer",
     QT_TRANSLATE_NOOP("FanPage",
                       "Made with Chorus. This page works offline; the times "
                       "come from your device's clock and zone.")},
    //: The ticking countdown; %1 is e.g. "4 days 3 h 12 min 5 s".
    {"startsIn", QT_TRANSLATE_NOOP("FanPage", "starts in %1")},
    //: Short unit in the ticking countdown.
    {"hoursShort", QT_TRANSLATE_NOOP("FanPage", "%1 h")},
    //: Short unit in the ticking countdown.
    {"minutesShort", QT_TRANSLATE_NOOP("FanPage", "%1 min")},
    //: Short unit in the ticking countdown.
    {"secondsShort", QT_TRANSLATE_NOOP("FanPage", "%1 s")},
    //: The countdown once the hour is over.
    {"ended", QT_TRANSLATE_NOOP("FanPage", "ended")},
    //: Read out by screen readers at milestones (a day, an hour, 15 minutes… before);
    //: %1 is e.g. "4 days, 3 hours, 12 minutes".
    {"announceBefore", QT_TRANSLATE_NOOP("FanPage", "The hour starts in %1.")},
    //: Read out by screen readers during the hour; %1 is e.g. "15 minutes".
    {"announceLive", QT_TRANSLATE_NOOP("FanPage", "It is on: %1 left. Post now!")},
    {"announceEnded", QT_TRANSLATE_NOOP("FanPage", "The hour has ended. Thank you!")},
    //: Accessible name of one suggested post; %1 is its number.
    {"postNumber", QT_TRANSLATE_NOOP("FanPage", "Post %1")},
    {"copy", QT_TRANSLATE_NOOP("FanPage", "Copy")},
    //: Accessible name of a Copy button; %1 is the post's number.
    {"copyPost", QT_TRANSLATE_NOOP("FanPage", "Copy post %1")},
    {"copied", QT_TRANSLATE_NOOP("FanPage", "Copied")},
    {"postCopied", QT_TRANSLATE_NOOP("FanPage", "Post copied.")},
    {"postOnX", QT_TRANSLATE_NOOP("FanPage", "Post on X")},
    {"postOnBluesky", QT_TRANSLATE_NOOP("FanPage", "Post on Bluesky")},
    {"postOnMastodon", QT_TRANSLATE_NOOP("FanPage", "Post on Mastodon")},
    {"typeMastodonServer", QT_TRANSLATE_NOOP("FanPage", "Type your Mastodon server first.")},
    {"joining", QT_TRANSLATE_NOOP("FanPage", "Joining…")},
    {"joined", QT_TRANSLATE_NOOP("FanPage", "You're in. Come back at the start!")},
    //: %1 is the reason, in English, from the check-in service.
    {"couldNotJoin", QT_TRANSLATE_NOOP("FanPage", "Could not join: %1")},
    {"markedReady", QT_TRANSLATE_NOOP("FanPage", "Marked ready.")},
    {"thanksForPosting", QT_TRANSLATE_NOOP("FanPage", "Thank you for posting!")},
    //: %1 is the reason, in English, from the check-in service.
    {"couldNotCheckIn", QT_TRANSLATE_NOOP("FanPage", "Could not check in: %1")},
    //: The reason given when the service said no without saying why; %1 is an HTTP status.
    {"serviceAnswered", QT_TRANSLATE_NOOP("FanPage", "the service answered %1")},
    //: Ticking countdown: whole days before the start.
    {"days", QT_TRANSLATE_N_NOOP("FanPage", "%n day(s)"), true},
    //: Spoken countdown.
    {"hours", QT_TRANSLATE_N_NOOP("FanPage", "%n hour(s)"), true},
    //: Spoken countdown, and the time left during the hour.
    {"minutes", QT_TRANSLATE_N_NOOP("FanPage", "%n minute(s)"), true},
    //: The countdown during the hour.
    {"liveMinutesLeft", QT_TRANSLATE_N_NOOP("FanPage", "live now — %n minute(s) left"), true},
    //: Part of the line "3 joined · 2 ready · 1 posted": people who joined the hour.
    {"statsJoined", QT_TRANSLATE_N_NOOP("FanPage", "%n joined"), true},
    //: Part of the line "3 joined · 2 ready · 1 posted": people ready to post.
    {"statsReady", QT_TRANSLATE_N_NOOP("FanPage", "%n ready"), true},
    //: Part of the line "3 joined · 2 ready · 1 posted": people who have posted.
    {"statsPosted", QT_TRANSLATE_N_NOOP("FanPage", "%n posted"), true},
    //: The supporter goal before the check-in service answered; %1 is e.g. "5,000".
    {"goalOnly", QT_TRANSLATE_NOOP("FanPage", "The goal: %1 people")},
    //: The supporter goal: %n people joined out of %1 (e.g. "1,234 of 5,000 have joined").
    {"goalJoined", QT_TRANSLATE_N_NOOP("FanPage", "%n of %1 have joined"), true},
    //: All or nothing, before the decision; %1 the goal ("5,000"), %2 the local time.
    {"goalRule",
     QT_TRANSLATE_NOOP("FanPage",
                       "All or nothing: the posts go out only if %1 people have joined by %2, "
                       "10 minutes before the start.")},
    //: All or nothing, after the decision, when the goal was met.
    {"goalMet", QT_TRANSLATE_NOOP("FanPage", "The goal was met in time: the posts go out.")},
    //: All or nothing, after the decision, when the goal was not met.
    {"goalMissed",
     QT_TRANSLATE_NOOP("FanPage",
                       "The goal was not met 10 minutes before the start: nothing is posted "
                       "this time.")},
};

constexpr FanPageLanguage languages[] = {
    {"en", "en", "English"},
    {"pt-BR", "pt_BR", "Português"},
    {"es", "es", "Español"},
    {"ja", "ja", "日本語"},
};

/// The compiled translation of `language`, loaded once; null when it does not ship.
const QTranslator *translator(const char *language)
{
    static const auto loaded = [] {
        initFanPageTranslations();
        std::map<std::string, std::unique_ptr<QTranslator>> byTag;
        for (const FanPageLanguage &l : languages) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(u"chorus_"_s + QLatin1StringView(l.fileSuffix),
                                 u":/chorus/share/i18n"_s))
                byTag.emplace(l.tag, std::move(translator));
        }
        return byTag;
    }();
    const auto it = loaded.find(language);
    return it == loaded.end() ? nullptr : it->second.get();
}

const FanPageString *findString(const char *key)
{
    for (const FanPageString &s : strings)
        if (qstrcmp(s.key, key) == 0)
            return &s;
    return nullptr;
}

/// The translation, or an empty string when the language's file lacks it.
QString translated(const char *language, const FanPageString &s, int n)
{
    const QTranslator *t = translator(language);
    return t ? t->translate("FanPage", s.source, nullptr, s.plural ? n : -1) : QString();
}

} // namespace

std::span<const FanPageString> fanPageStrings()
{
    return strings;
}

std::span<const FanPageLanguage> fanPageLanguages()
{
    return languages;
}

QString fanPageText(const char *language, const char *key, int n)
{
    const FanPageString *s = findString(key);
    if (!s)
        return {};
    QString text = translated(language, *s, n);
    if (text.isEmpty() && qstrcmp(language, "en") != 0)
        text = translated("en", *s, n);
    return text.isEmpty() ? QString::fromUtf8(s->source) : text;
}

QByteArray fanPageDictionary()
{
    QJsonObject dictionary;
    for (const FanPageLanguage &language : languages) {
        const bool english = qstrcmp(language.tag, "en") == 0;
        QJsonObject words;
        for (const FanPageString &s : strings) {
            // Written into the markup by fanPage() in every language instead.
            if (qstrcmp(s.key, "noScript") == 0)
                continue;
            if (!s.plural) {
                // English's file holds only plural forms: its words are the sources.
                const QString text
                    = english ? QString::fromUtf8(s.source) : translated(language.tag, s, -1);
                if (!text.isEmpty())
                    words.insert(QLatin1StringView(s.key), text);
                continue;
            }
            // Qt's rules give the form for a count; 1 and 5 stand for CLDR's
            // "one" and "other" in the languages the page ships.
            const QString one = translated(language.tag, s, 1);
            const QString other = translated(language.tag, s, 5);
            if (one.isEmpty() || other.isEmpty())
                continue;
            QJsonObject forms {{u"other"_s, other}};
            if (one != other)
                forms.insert(u"one"_s, one);
            words.insert(QLatin1StringView(s.key), forms);
        }
        dictionary.insert(QLatin1StringView(language.tag), words);
    }
    return QJsonDocument(dictionary).toJson(QJsonDocument::Compact);
}

} // namespace Chorus::Share
