#include "campaignfile.h"

#include "time/zonecatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Chorus {

namespace {

constexpr qint64 maxMinutes = 400LL * 24 * 60; // as parseDuration: 400 days
constexpr qint64 maxGoal = 1000000000; // a billion supporters is no limit anyone meets

const QStringList &platformNames()
{
    static const QStringList names {u"x"_s, u"bluesky"_s, u"mastodon"_s};
    return names;
}

// Keys Chorus knows, in the order CONTRACT.md writes them; one list serves
// every object of the file because no key name means two things.
const QStringList &keyOrder()
{
    static const QStringList order {u"format"_s,
                                    u"version"_s,
                                    u"title"_s,
                                    u"hashtag"_s,
                                    u"description"_s,
                                    u"link"_s,
                                    u"organizer"_s,
                                    u"name"_s,
                                    u"email"_s,
                                    u"start"_s,
                                    u"duration_minutes"_s,
                                    u"reminders_minutes"_s,
                                    u"templates"_s,
                                    u"id"_s,
                                    u"text"_s,
                                    u"platforms"_s,
                                    u"audience"_s,
                                    u"zone"_s,
                                    u"weight"_s,
                                    u"checkin_url"_s,
                                    u"goal"_s,
                                    u"all_or_nothing"_s};
    return order;
}

const QStringList topLevelKeys {u"format"_s,
                                u"version"_s,
                                u"title"_s,
                                u"hashtag"_s,
                                u"description"_s,
                                u"link"_s,
                                u"organizer"_s,
                                u"start"_s,
                                u"duration_minutes"_s,
                                u"reminders_minutes"_s,
                                u"templates"_s,
                                u"audience"_s,
                                u"checkin_url"_s,
                                u"goal"_s,
                                u"all_or_nothing"_s};

// 0.1 as "0.1", not "0.10000000000000001".
QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// "the number 42", "null", "a list": what a person would call a JSON value.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"the number "_s + numberText(value.toDouble());
    case QJsonValue::String:
        return u"the text "_s + quoted(value.toString());
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

std::unexpected<Error> wrongType(const QString &field, const char *expected,
                                 const QJsonValue &value)
{
    return fail(field, u"must be %1, not %2"_s.arg(QLatin1StringView(expected), describe(value)));
}

// The keys of `object` that are not in `known`.
QJsonObject unknownKeys(const QJsonObject &object, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

// A string field that may be absent or null (giving an empty string).
Expected<QString> optionalString(const QJsonObject &object, const QString &key,
                                 const QString &field)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return wrongType(field, "a string", value);
    return value.toString();
}

Expected<QString> requiredString(const QJsonObject &object, const QString &key,
                                 const QString &field, const QString &example)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fail(field, u"is required, for example %1"_s.arg(example));
    if (!value.isString())
        return wrongType(field, "a string", value);
    if (value.toString().trimmed().isEmpty())
        return fail(field, u"must not be empty, for example %1"_s.arg(example));
    return value.toString();
}

// A whole number (the file writes every number as a JSON double).
Expected<qint64> wholeNumber(const QJsonValue &value, const QString &field)
{
    if (!value.isDouble())
        return wrongType(field, "a whole number", value);
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number))
        return fail(field, u"must be a whole number, not %1"_s.arg(numberText(number)));
    if (std::abs(number) > 1e15)
        return fail(field, u"%1 is far too large"_s.arg(numberText(number)));
    return qint64(number);
}

Expected<QString> optionalHttpUrl(const QJsonObject &object, const QString &key)
{
    auto text = optionalString(object, key, key);
    if (!text || text->isEmpty())
        return text;
    const QUrl url(*text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return fail(key, u"%1 is not an http or https URL"_s.arg(quoted(*text)));
    return text;
}

Expected<Organizer> readOrganizer(const QJsonValue &value)
{
    const QString field = u"organizer"_s;
    if (value.isUndefined() || value.isNull())
        return Organizer {};
    if (!value.isObject())
        return wrongType(field, "an object such as {\"name\":\"Alita Army\"}", value);
    const QJsonObject object = value.toObject();
    Organizer organizer;
    auto name = optionalString(object, u"name"_s, u"organizer.name"_s);
    if (!name)
        return std::unexpected(name.error());
    auto email = optionalString(object, u"email"_s, u"organizer.email"_s);
    if (!email)
        return std::unexpected(email.error());
    if (!email->isEmpty()) {
        const qsizetype at = email->indexOf(u'@');
        const bool plausible = at > 0 && at == email->lastIndexOf(u'@') && at + 1 < email->size()
            && std::none_of(email->cbegin(), email->cend(), [](QChar c) { return c.isSpace(); });
        if (!plausible)
            return fail(u"organizer.email"_s, u"%1 is not an email address"_s.arg(quoted(*email)));
    }
    organizer.name = *name;
    organizer.email = *email;
    organizer.extra = unknownKeys(object, {u"name"_s, u"email"_s});
    return organizer;
}

Expected<QList<minutes>> readReminders(const QJsonValue &value)
{
    const QString field = u"reminders_minutes"_s;
    if (value.isUndefined() || value.isNull())
        return QList<minutes>();
    if (!value.isArray())
        return wrongType(field, "a list of minutes before the start, such as [1440, 60, 10]",
                         value);
    const QJsonArray array = value.toArray();
    QList<minutes> reminders;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = u"%1[%2]"_s.arg(field).arg(i);
        const auto number = wholeNumber(array.at(i), itemField);
        if (!number)
            return std::unexpected(number.error());
        if (*number < 0)
            return fail(itemField,
                        u"%1 is negative; a reminder is a number of minutes before "
                        "the start"_s.arg(*number));
        if (*number > maxMinutes)
            return fail(itemField,
                        u"%1 minutes is more than 400 days before the start"_s.arg(*number));
        if (reminders.contains(minutes {*number}))
            return fail(itemField, u"%1 is listed twice"_s.arg(*number));
        reminders.append(minutes {*number});
    }
    return reminders;
}

struct Templates
{
    QList<Text::MessageTemplate> list;
    QHash<QString, QJsonObject> extras;
};

Expected<Templates> readTemplates(const QJsonValue &value)
{
    const QString field = u"templates"_s;
    if (value.isUndefined() || value.isNull())
        return Templates {};
    if (!value.isArray())
        return wrongType(field, "a list of templates", value);
    const QJsonArray array = value.toArray();
    // Bounds that keep lint and rendering fast on any file (a post is at most
    // a few hundred characters; variants make a template longer, not 20 times).
    if (array.size() > maxTemplates)
        return fail(field,
                    u"%1 templates are more than a campaign may have (%2)"_s.arg(array.size())
                        .arg(maxTemplates));
    Templates templates;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = u"%1[%2]"_s.arg(field).arg(i);
        if (!array.at(i).isObject())
            return wrongType(itemField, "an object with id, text and platforms", array.at(i));
        const QJsonObject object = array.at(i).toObject();
        Text::MessageTemplate messageTemplate;

        const auto id = requiredString(object, u"id"_s, itemField + u".id", u"\"id\":\"main\""_s);
        if (!id)
            return std::unexpected(id.error());
        if (templates.list.end()
            != std::find_if(templates.list.begin(), templates.list.end(),
                            [&](const Text::MessageTemplate &other) { return other.id == *id; }))
            return fail(itemField + u".id", u"%1 is used twice"_s.arg(quoted(*id)));
        messageTemplate.id = *id;

        const auto text = requiredString(object, u"text"_s, itemField + u".text",
                                         u"\"text\":\"We want a sequel! {hashtag}\""_s);
        if (!text)
            return std::unexpected(text.error());
        if (text->size() > maxTemplateCharacters)
            return fail(itemField + u".text",
                        u"%1 characters are more than a template may have (%2)"_s.arg(text->size())
                            .arg(maxTemplateCharacters));
        messageTemplate.text = *text;

        const QString platformsField = itemField + u".platforms";
        const QJsonValue platforms = object.value(u"platforms"_s);
        if (platforms.isUndefined())
            return fail(platformsField,
                        u"is required, for example [\"x\",\"bluesky\",\"mastodon\"]"_s);
        if (!platforms.isArray())
            return wrongType(platformsField, "a list such as [\"x\",\"bluesky\",\"mastodon\"]",
                             platforms);
        const QJsonArray platformArray = platforms.toArray();
        if (platformArray.isEmpty())
            return fail(platformsField,
                        u"must name at least one platform: x, bluesky or mastodon"_s);
        for (qsizetype p = 0; p < platformArray.size(); ++p) {
            const QString platformField = u"%1[%2]"_s.arg(platformsField).arg(p);
            if (!platformArray.at(p).isString())
                return wrongType(platformField, "a platform name", platformArray.at(p));
            const QString platform = platformArray.at(p).toString();
            if (!platformNames().contains(platform))
                return fail(platformField,
                            u"%1 is not a platform Chorus posts to; use x, "
                            "bluesky or mastodon"_s.arg(quoted(platform)));
            if (messageTemplate.platforms.contains(platform))
                return fail(platformField, u"%1 is listed twice"_s.arg(quoted(platform)));
            messageTemplate.platforms.append(platform);
        }

        const QJsonObject extra = unknownKeys(object, {u"id"_s, u"text"_s, u"platforms"_s});
        if (!extra.isEmpty())
            templates.extras.insert(messageTemplate.id, extra);
        templates.list.append(std::move(messageTemplate));
    }
    return templates;
}

Expected<QList<AudienceZone>> readAudience(const QJsonValue &value,
                                           const Time::ZoneCatalogue &catalogue)
{
    const QString field = u"audience"_s;
    if (value.isUndefined() || value.isNull())
        return QList<AudienceZone>();
    if (!value.isArray())
        return wrongType(field, "a list such as [{\"zone\":\"Europe/Berlin\",\"weight\":10}]",
                         value);
    const QJsonArray array = value.toArray();
    QList<AudienceZone> audience;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = u"%1[%2]"_s.arg(field).arg(i);
        if (!array.at(i).isObject())
            return wrongType(itemField, "an object with zone and weight", array.at(i));
        const QJsonObject object = array.at(i).toObject();

        const auto zoneText = requiredString(object, u"zone"_s, itemField + u".zone",
                                             u"\"zone\":\"Europe/Berlin\""_s);
        if (!zoneText)
            return std::unexpected(zoneText.error());
        auto zone = catalogue.resolve(*zoneText);
        if (!zone)
            return fail(itemField + u".zone", zone.error().message);
        for (qsizetype j = 0; j < audience.size(); ++j) {
            if (audience[j].zone != zone->id)
                continue;
            const QString canonical = QString::fromLatin1(zone->id);
            const QString what = canonical == *zoneText
                ? quoted(*zoneText)
                : u"%1 (%2)"_s.arg(quoted(*zoneText), canonical);
            return fail(itemField + u".zone",
                        u"%1 is already listed at audience[%2]"_s.arg(what).arg(j));
        }

        const QString weightField = itemField + u".weight";
        const QJsonValue weight = object.value(u"weight"_s);
        if (weight.isUndefined())
            return fail(weightField, u"is required, for example \"weight\":10"_s);
        if (!weight.isDouble())
            return wrongType(weightField, "a number", weight);
        const double number = weight.toDouble();
        if (!std::isfinite(number) || number < 0)
            return fail(
                weightField,
                u"%1 is negative; a weight is a number of at least 0"_s.arg(numberText(number)));

        audience.append(
            AudienceZone {zone->id, number, unknownKeys(object, {u"zone"_s, u"weight"_s})});
    }
    return audience;
}

// 1-based line and column (in characters) of the character QJsonParseError
// blames: its offset is just past the character the parser choked on.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    if (offset > 0)
        --offset;
    while (offset > 0 && (static_cast<unsigned char>(bytes[offset]) & 0xC0) == 0x80)
        --offset; // back to the first byte of that character
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++column;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

// QJsonParseError's wording, where it leaves a person guessing, made concrete.
QString syntaxProblem(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return u"expected ',' or '}' here (is a comma missing?)"_s;
    case QJsonParseError::UnterminatedArray:
        return u"expected ',' or ']' here (is a comma missing?)"_s;
    case QJsonParseError::MissingNameSeparator:
        return u"expected ':' after the key"_s;
    case QJsonParseError::UnterminatedString:
        return u"a string is not closed with '\"'"_s;
    case QJsonParseError::IllegalValue:
        return u"this is not a JSON value (strings need double quotes)"_s;
    default:
        return error.errorString();
    }
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MiB"_s.arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return u"%1 KiB"_s.arg(double(bytes) / 1024, 0, 'f', 1);
    return u"%1 bytes"_s.arg(bytes);
}

// Names the source in an error about its content: "PATH: start".
Error inSource(const QString &source, Error error)
{
    error.field = error.field.isEmpty() ? source : source + u": " + error.field;
    return error;
}

// --- writing -------------------------------------------------------------

QByteArray scalarJson(const QJsonValue &value)
{
    // QJsonDocument writes only arrays and objects: write [value] and unwrap it.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    const auto rank = [](const QString &key) {
        const qsizetype index = keyOrder().indexOf(key);
        return index < 0 ? keyOrder().size() : index;
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qsizetype ra = rank(a);
        const qsizetype rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return keys;
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent, bool inArray);

void writeObject(QByteArray &out, const QJsonObject &object, int indent, bool inArray)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    const QStringList keys = orderedKeys(object);
    // An object of plain values inside a list (an audience entry) fits on one line.
    const bool oneLine = inArray
        && std::all_of(keys.cbegin(), keys.cend(),
                       [&](const QString &key) { return isScalar(object.value(key)); });
    if (oneLine) {
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += scalarJson(keys[i]) + ": " + scalarJson(object.value(keys[i]));
        }
        out += '}';
        return;
    }
    out += "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += QByteArray(indent + 4, ' ') + scalarJson(keys[i]) + ": ";
        writeValue(out, object.value(keys[i]), indent + 4, false);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    out += QByteArray(indent, ' ') + '}';
}

void writeArray(QByteArray &out, const QJsonArray &array, int indent)
{
    if (std::all_of(array.begin(), array.end(), isScalar)) {
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += scalarJson(array.at(i));
        }
        out += ']';
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += QByteArray(indent + 4, ' ');
        writeValue(out, array.at(i), indent + 4, true);
        out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out += QByteArray(indent, ' ') + ']';
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent, bool inArray)
{
    if (value.isObject())
        writeObject(out, value.toObject(), indent, inArray);
    else if (value.isArray())
        writeArray(out, value.toArray(), indent);
    else
        out += scalarJson(value);
}

// Qt 6.4 drops a leading U+FEFF (byte-order mark) from a JSON object's keys
// when it hands them out (keys(), iterators, toJson) though it stores them
// whole, so such a key could never be saved back: the key would come out
// changed and its value as null. Found by the campaign fuzz target
// (tests/fuzz). A key Qt hands out that the object does not contain is one.
Expected<void> checkKeys(const QJsonValue &value, const QString &path)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto checked = checkKeys(array.at(i), u"%1[%2]"_s.arg(path).arg(i)); !checked)
                return checked;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString field = path.isEmpty() ? key : path + u'.' + key;
            if (!object.contains(key)) {
                return fail(path,
                            u"has a key that starts with an invisible byte-order mark "
                            "(U+FEFF), which Chorus cannot keep; remove it"_s);
            }
            if (auto checked = checkKeys(it.value(), field); !checked)
                return checked;
        }
    }
    return {};
}

} // namespace

Expected<Campaign> campaignFromJson(const QJsonObject &object, const Time::ZoneCatalogue &catalogue)
{
    if (auto keys = checkKeys(object, QString()); !keys)
        return std::unexpected(keys.error());
    // format and version first: a file of another kind or a newer version
    // should be reported as such, not as its first unfamiliar field.
    const QJsonValue format = object.value(u"format"_s);
    if (format.isUndefined())
        return fail(u"format"_s,
                    u"is missing, so this is not a Chorus campaign file (it needs "
                    "\"format\":\"chorus-campaign\")"_s);
    if (!format.isString() || format.toString() != campaignFormat)
        return fail(
            u"format"_s,
            u"%1 is not a Chorus campaign file (expected \"%2\")"_s.arg(
                format.isString() ? quoted(format.toString()) : describe(format), campaignFormat));
    const QJsonValue versionValue = object.value(u"version"_s);
    if (versionValue.isUndefined())
        return fail(u"version"_s,
                    u"is required, for example \"version\":%1"_s.arg(campaignFormatVersion));
    const auto version = wholeNumber(versionValue, u"version"_s);
    if (!version)
        return std::unexpected(version.error());
    if (*version > campaignFormatVersion)
        return fail(u"version"_s,
                    u"this file is version %1, newer than this Chorus understands "
                    "(%2)"_s.arg(*version)
                        .arg(campaignFormatVersion));
    if (*version < 1)
        return fail(u"version"_s,
                    u"%1 is not a campaign file version; versions start at 1"_s.arg(*version));

    Campaign campaign;
    const auto title
        = requiredString(object, u"title"_s, u"title"_s, u"\"title\":\"The sequel hour\""_s);
    if (!title)
        return std::unexpected(title.error());
    campaign.title = *title;

    const auto hashtag = optionalString(object, u"hashtag"_s, u"hashtag"_s);
    if (!hashtag)
        return std::unexpected(hashtag.error());
    if (!hashtag->isEmpty()
        && (!hashtag->startsWith(u'#') || hashtag->size() < 2
            || std::any_of(hashtag->cbegin(), hashtag->cend(),
                           [](QChar c) { return c.isSpace(); })))
        return fail(u"hashtag"_s,
                    u"%1 is not a hashtag: it must start with # and hold no "
                    "spaces, like #AlitaSequel"_s.arg(quoted(*hashtag)));
    campaign.hashtag = *hashtag;

    const auto description = optionalString(object, u"description"_s, u"description"_s);
    if (!description)
        return std::unexpected(description.error());
    campaign.description = *description;

    const auto link = optionalHttpUrl(object, u"link"_s);
    if (!link)
        return std::unexpected(link.error());
    campaign.link = *link;

    auto organizer = readOrganizer(object.value(u"organizer"_s));
    if (!organizer)
        return std::unexpected(organizer.error());
    campaign.organizer = std::move(*organizer);

    const QJsonValue startValue = object.value(u"start"_s);
    if (startValue.isUndefined())
        return fail(u"start"_s, u"is required, for example \"start\":\"2027-02-14T17:00:00Z\""_s);
    if (!startValue.isString())
        return wrongType(u"start"_s, "an ISO 8601 instant such as \"2027-02-14T17:00:00Z\"",
                         startValue);
    const auto start = Time::parseInstant(startValue.toString());
    if (!start)
        return fail(u"start"_s, start.error().message);
    campaign.start = *start;

    const QJsonValue durationValue = object.value(u"duration_minutes"_s);
    if (durationValue.isUndefined())
        return fail(u"duration_minutes"_s, u"is required, for example \"duration_minutes\":60"_s);
    const auto duration = wholeNumber(durationValue, u"duration_minutes"_s);
    if (!duration)
        return std::unexpected(duration.error());
    if (*duration < 0)
        return fail(u"duration_minutes"_s,
                    u"%1 is negative; the window lasts at least one "
                    "minute"_s.arg(*duration));
    if (*duration == 0)
        return fail(u"duration_minutes"_s, u"is 0; the window lasts at least one minute"_s);
    if (*duration > maxMinutes)
        return fail(u"duration_minutes"_s, u"%1 minutes is longer than 400 days"_s.arg(*duration));
    campaign.duration = minutes {*duration};
    if (campaign.start + campaign.duration > Time::maxInstant)
        return fail(u"duration_minutes"_s, u"the window would end after the year 9999"_s);

    auto reminders = readReminders(object.value(u"reminders_minutes"_s));
    if (!reminders)
        return std::unexpected(reminders.error());
    campaign.reminders = std::move(*reminders);

    auto templates = readTemplates(object.value(u"templates"_s));
    if (!templates)
        return std::unexpected(templates.error());
    campaign.templates = std::move(templates->list);
    campaign.templateExtras = std::move(templates->extras);

    auto audience = readAudience(object.value(u"audience"_s), catalogue);
    if (!audience)
        return std::unexpected(audience.error());
    campaign.audience = std::move(*audience);

    const auto checkin = optionalHttpUrl(object, u"checkin_url"_s);
    if (!checkin)
        return std::unexpected(checkin.error());
    campaign.checkinUrl = *checkin;

    const QJsonValue goalValue = object.value(u"goal"_s);
    if (!goalValue.isUndefined() && !goalValue.isNull()) {
        const auto goal = wholeNumber(goalValue, u"goal"_s);
        if (!goal)
            return std::unexpected(goal.error());
        if (*goal < 1)
            return fail(u"goal"_s,
                        u"%1 participants is no goal; use at least 1, or leave the "
                        "goal out"_s.arg(*goal));
        if (*goal > maxGoal)
            return fail(u"goal"_s, u"%1 participants is more than %2"_s.arg(*goal).arg(maxGoal));
        campaign.goal = *goal;
    }
    const QJsonValue allOrNothing = object.value(u"all_or_nothing"_s);
    if (!allOrNothing.isUndefined() && !allOrNothing.isNull()) {
        if (!allOrNothing.isBool())
            return wrongType(u"all_or_nothing"_s, "true or false", allOrNothing);
        campaign.allOrNothing = allOrNothing.toBool();
        if (campaign.allOrNothing && campaign.goal == 0)
            return fail(u"all_or_nothing"_s,
                        u"needs a goal: all or nothing means \"post only if at least goal "
                        "participants joined\""_s);
    }

    campaign.extra = unknownKeys(object, topLevelKeys);
    return campaign;
}

Expected<Campaign> parseCampaign(const QByteArray &input, const Time::ZoneCatalogue &catalogue)
{
    if (input.size() > maxCampaignBytes)
        return fail(QString(),
                    u"the campaign is %1, larger than the %2 a campaign file may "
                    "be"_s.arg(sizeText(input.size()), sizeText(maxCampaignBytes)));
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return fail(QString(), u"the file is empty, not a campaign"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QString(),
                    u"JSON syntax error at %1: %2"_s.arg(lineAndColumn(bytes, parseError.offset),
                                                         syntaxProblem(parseError)));
    if (!document.isObject())
        return fail(QString(), u"the file holds a JSON list, not a campaign object"_s);
    return campaignFromJson(document.object(), catalogue);
}

Expected<Campaign> loadCampaign(const QString &path, const Time::ZoneCatalogue &catalogue)
{
    const auto cannotOpen = [&](const QString &why) {
        return fail(QString(), u"could not open %1: %2"_s.arg(path, why));
    };
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(QString(), u"no campaign file was named"_s);
    if (!info.exists())
        return cannotOpen(u"there is no such file"_s);
    if (info.isDir())
        return cannotOpen(u"it is a directory, not a campaign file"_s);
    if (info.isFile() && info.size() > maxCampaignBytes)
        return cannotOpen(u"it is %1, larger than the %2 a campaign file may be"_s.arg(
            sizeText(info.size()), sizeText(maxCampaignBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file.errorString());
    // Read one byte past the limit: a pipe or device has no size to check up front.
    const QByteArray bytes = file.read(maxCampaignBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return cannotOpen(file.errorString());
    if (bytes.size() > maxCampaignBytes)
        return cannotOpen(
            u"it is larger than the %1 a campaign file may be"_s.arg(sizeText(maxCampaignBytes)));
    auto campaign = parseCampaign(bytes, catalogue);
    if (!campaign)
        return std::unexpected(inSource(path, campaign.error()));
    return campaign;
}

QJsonObject campaignToJson(const Campaign &campaign)
{
    QJsonObject object = campaign.extra;
    for (const QString &key : topLevelKeys)
        object.remove(key);
    object.insert(u"format"_s, campaignFormat.toString());
    object.insert(u"version"_s, campaignFormatVersion);
    object.insert(u"title"_s, campaign.title);
    const auto putOptional = [](QJsonObject &target, const QString &key, const QString &value) {
        if (!value.isEmpty())
            target.insert(key, value);
    };
    putOptional(object, u"hashtag"_s, campaign.hashtag);
    putOptional(object, u"description"_s, campaign.description);
    putOptional(object, u"link"_s, campaign.link);

    QJsonObject organizer = campaign.organizer.extra;
    organizer.remove(u"name"_s);
    organizer.remove(u"email"_s);
    putOptional(organizer, u"name"_s, campaign.organizer.name);
    putOptional(organizer, u"email"_s, campaign.organizer.email);
    if (!organizer.isEmpty())
        object.insert(u"organizer"_s, organizer);

    object.insert(u"start"_s, Time::formatUtc(campaign.start));
    object.insert(u"duration_minutes"_s, qint64(campaign.duration.count()));

    QJsonArray reminders;
    for (const minutes reminder : campaign.reminders)
        reminders.append(qint64(reminder.count()));
    object.insert(u"reminders_minutes"_s, reminders);

    QJsonArray templates;
    for (const Text::MessageTemplate &messageTemplate : campaign.templates) {
        QJsonObject entry = campaign.templateExtras.value(messageTemplate.id);
        entry.insert(u"id"_s, messageTemplate.id);
        entry.insert(u"text"_s, messageTemplate.text);
        entry.insert(u"platforms"_s, QJsonArray::fromStringList(messageTemplate.platforms));
        templates.append(entry);
    }
    object.insert(u"templates"_s, templates);

    QJsonArray audience;
    for (const AudienceZone &zone : campaign.audience) {
        QJsonObject entry = zone.extra;
        entry.insert(u"zone"_s, QString::fromLatin1(zone.zone));
        entry.insert(u"weight"_s, zone.weight);
        audience.append(entry);
    }
    object.insert(u"audience"_s, audience);

    putOptional(object, u"checkin_url"_s, campaign.checkinUrl);
    if (campaign.goal > 0)
        object.insert(u"goal"_s, campaign.goal);
    if (campaign.allOrNothing)
        object.insert(u"all_or_nothing"_s, true);
    return object;
}

QByteArray campaignToBytes(const Campaign &campaign)
{
    QByteArray out;
    writeValue(out, campaignToJson(campaign), 0, false);
    out += '\n';
    return out;
}

Expected<void> validateCampaign(const Campaign &campaign, const Time::ZoneCatalogue &catalogue)
{
    const auto again = campaignFromJson(campaignToJson(campaign), catalogue);
    if (!again)
        return std::unexpected(again.error());
    return {};
}

Expected<void> saveCampaign(const Campaign &campaign, const QString &path)
{
    if (const auto valid = validateCampaign(campaign, Time::ZoneCatalogue {}); !valid)
        return fail(valid.error().field,
                    valid.error().message + u"; nothing was written to " + path);
    const QByteArray bytes = campaignToBytes(campaign);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QString(), u"could not save %1: %2"_s.arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(QString(), u"could not save %1: %2"_s.arg(path, why));
    }
    if (!file.commit())
        return fail(QString(), u"could not save %1: %2"_s.arg(path, file.errorString()));
    return {};
}

Campaign withStartAfter(Campaign campaign, Time::Instant now)
{
    if (campaign.start > now)
        return campaign;
    const auto weeks = (now - campaign.start) / std::chrono::weeks {1} + 1;
    campaign.start += std::chrono::weeks {weeks};
    return campaign;
}

Expected<Campaign> sampleCampaign(Time::Instant now, const Time::ZoneCatalogue &catalogue)
{
    const QString path = sampleCampaignPath.toString();
    QFile file(path);
    if (!file.exists())
        return fail(QString(),
                    u"the bundled sample campaign %1 is missing from this program "
                    "(it must link Chorus::Resources)"_s.arg(path));
    auto campaign = loadCampaign(path, catalogue);
    if (!campaign)
        return campaign;
    return withStartAfter(std::move(*campaign), now);
}

} // namespace Chorus
