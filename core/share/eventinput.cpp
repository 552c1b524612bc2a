#include "eventinput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Chorus::Share {

namespace {

Expected<QString> optionalString(const QJsonObject &object, const QString &key,
                                 const QString &field)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return fail(field, u"must be a string"_s);
    return value.toString();
}

} // namespace

Expected<EventInput> eventInputFromCampaignJson(const QJsonObject &campaign)
{
    if (campaign.value(u"format"_s).toString() != u"chorus-campaign")
        return fail(u"format"_s,
                    u"must be \"chorus-campaign\", not %1"_s.arg(
                        quoted(campaign.value(u"format"_s).toVariant().toString())));
    const QJsonValue version = campaign.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != 1)
        return fail(u"version"_s,
                    u"must be 1; this Chorus cannot read version %1"_s.arg(
                        quoted(version.toVariant().toString())));

    EventInput input;
    const auto title = optionalString(campaign, u"title"_s, u"title"_s);
    if (!title)
        return std::unexpected(title.error());
    input.title = title->trimmed();
    if (input.title.isEmpty())
        return fail(u"title"_s, u"is required"_s);

    const auto hashtag = optionalString(campaign, u"hashtag"_s, u"hashtag"_s);
    if (!hashtag)
        return std::unexpected(hashtag.error());
    input.hashtag = hashtag->trimmed();
    if (!input.hashtag.isEmpty() && !input.hashtag.startsWith(u'#'))
        return fail(u"hashtag"_s, u"must start with '#', not %1"_s.arg(quoted(input.hashtag)));

    const auto description = optionalString(campaign, u"description"_s, u"description"_s);
    if (!description)
        return std::unexpected(description.error());
    input.description = *description;

    const auto link = optionalString(campaign, u"link"_s, u"link"_s);
    if (!link)
        return std::unexpected(link.error());
    if (!link->isEmpty()) {
        const QUrl url(*link, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return fail(u"link"_s, u"%1 is not an http(s) URL"_s.arg(quoted(*link)));
    }
    input.link = *link;

    const QJsonValue organizer = campaign.value(u"organizer"_s);
    if (!organizer.isUndefined() && !organizer.isNull()) {
        if (!organizer.isObject())
            return fail(u"organizer"_s, u"must be an object with name and email"_s);
        const auto name = optionalString(organizer.toObject(), u"name"_s, u"organizer.name"_s);
        if (!name)
            return std::unexpected(name.error());
        const auto email = optionalString(organizer.toObject(), u"email"_s, u"organizer.email"_s);
        if (!email)
            return std::unexpected(email.error());
        if (!email->isEmpty()
            && (!email->contains(u'@') || email->contains(u' ') || email->contains(u':')))
            return fail(u"organizer.email"_s, u"%1 is not an e-mail address"_s.arg(quoted(*email)));
        input.organizerName = *name;
        input.organizerEmail = *email;
    }

    const QJsonValue start = campaign.value(u"start"_s);
    if (!start.isString())
        return fail(u"start"_s, u"is required, an instant such as \"2027-02-14T17:00:00Z\""_s);
    const auto instant = Time::parseInstant(start.toString());
    if (!instant)
        return fail(u"start"_s, instant.error().message);
    input.start = *instant;

    const QJsonValue duration = campaign.value(u"duration_minutes"_s);
    if (!duration.isUndefined()) {
        const double minutes = duration.toDouble(-1);
        if (!duration.isDouble() || minutes < 1 || minutes > 400 * 24 * 60
            || minutes != double(qint64(minutes)))
            return fail(u"duration_minutes"_s,
                        u"must be a whole number of minutes from 1 to 576000, not %1"_s.arg(
                            quoted(duration.toVariant().toString())));
        input.duration = std::chrono::minutes {qint64(minutes)};
    }
    if (input.end() > Time::maxInstant)
        return fail(u"duration_minutes"_s, u"the campaign would end after the year 9999"_s);

    const QJsonValue reminders = campaign.value(u"reminders_minutes"_s);
    if (!reminders.isUndefined()) {
        if (!reminders.isArray())
            return fail(u"reminders_minutes"_s,
                        u"must be a list of minutes, like [1440, 60, 10]"_s);
        const QJsonArray list = reminders.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const double minutes = list.at(i).toDouble(-1);
            if (!list.at(i).isDouble() || minutes < 0 || minutes > 60 * 24 * 366
                || minutes != double(qint64(minutes)))
                return fail(u"reminders_minutes[%1]"_s.arg(i),
                            u"must be a whole number of minutes from 0 to 527040, not %1"_s.arg(
                                quoted(list.at(i).toVariant().toString())));
            input.reminders.emplace_back(qint64(minutes));
        }
    }

    const QJsonValue templates = campaign.value(u"templates"_s);
    if (!templates.isUndefined()) {
        if (!templates.isArray())
            return fail(u"templates"_s, u"must be a list of templates"_s);
        const QJsonArray list = templates.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject object = list.at(i).toObject();
            if (!list.at(i).isObject() || !object.value(u"text"_s).isString())
                return fail(u"templates[%1].text"_s.arg(i), u"is required"_s);
            Text::MessageTemplate messageTemplate;
            messageTemplate.id = object.value(u"id"_s).toString(u"template%1"_s.arg(i + 1));
            messageTemplate.text = object.value(u"text"_s).toString();
            const QJsonArray platforms = object.value(u"platforms"_s).toArray();
            for (const QJsonValue &platform : platforms)
                messageTemplate.platforms.append(platform.toString());
            input.templates.push_back(std::move(messageTemplate));
        }
    }

    const QJsonValue audience = campaign.value(u"audience"_s);
    if (!audience.isUndefined()) {
        if (!audience.isArray())
            return fail(u"audience"_s, u"must be a list of {\"zone\", \"weight\"}"_s);
        const QJsonArray list = audience.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject object = list.at(i).toObject();
            if (!object.value(u"zone"_s).isString())
                return fail(u"audience[%1].zone"_s.arg(i), u"is required"_s);
            const QJsonValue weight = object.value(u"weight"_s);
            if (!weight.isUndefined() && (!weight.isDouble() || weight.toDouble() < 0))
                return fail(u"audience[%1].weight"_s.arg(i),
                            u"must be a number of at least 0, not %1"_s.arg(
                                quoted(weight.toVariant().toString())));
            input.audience.push_back(
                {object.value(u"zone"_s).toString().toUtf8(), weight.toDouble(1)});
        }
    }

    const auto checkin = optionalString(campaign, u"checkin_url"_s, u"checkin_url"_s);
    if (!checkin)
        return std::unexpected(checkin.error());
    if (!checkin->isEmpty()) {
        const QUrl url(*checkin, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return fail(u"checkin_url"_s, u"%1 is not an http(s) URL"_s.arg(quoted(*checkin)));
    }
    input.checkinUrl = *checkin;

    input.uidSeed = (input.hashtag + u'|' + Time::formatUtc(input.start)).toUtf8();
    return input;
}

Expected<EventInput> readCampaignFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"CAMPAIGN_FILE"_s,
                    u"cannot read %1: %2"_s.arg(quoted(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"CAMPAIGN_FILE"_s,
                    u"%1 is not JSON: %2 at offset %3"_s.arg(quoted(path), parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(u"CAMPAIGN_FILE"_s, u"%1 does not hold a JSON object"_s.arg(quoted(path)));
    auto input = eventInputFromCampaignJson(document.object());
    if (!input)
        return fail(u"%1: %2"_s.arg(path, input.error().field), input.error().message);
    return input;
}

} // namespace Chorus::Share
