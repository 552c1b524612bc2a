#include "audience.h"

#include "time/zonecatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chorus::Plan {

namespace {

Expected<Audience> requirePositiveTotal(Audience audience, const QString &field)
{
    if (audience.empty())
        return fail(field,
                    u"the audience is empty; name at least one zone, like Europe/Berlin=10"_s);
    const double total = totalWeight(audience);
    if (!(total > 0))
        return fail(field, u"the weights add up to 0; at least one zone must weigh more than 0"_s);
    if (!std::isfinite(total))
        return fail(field, u"the weights add up to more than a number can hold"_s);
    return audience;
}

} // namespace

double totalWeight(const Audience &audience)
{
    double total = 0;
    for (const AudienceMember &member : audience)
        total += member.weight;
    return total;
}

void addMember(Audience &audience, const AudienceMember &member)
{
    for (AudienceMember &existing : audience) {
        if (existing.zone == member.zone) {
            existing.weight += member.weight;
            return;
        }
    }
    audience.push_back(member);
}

Expected<Audience> parseAudienceSpec(QStringView spec, const Time::ZoneCatalogue &catalogue,
                                     const QString &field)
{
    if (spec.trimmed().isEmpty())
        return fail(
            field,
            u"the audience is empty; write Zone=weight,Zone=weight, for example Europe/Berlin=10,Asia/Manila=25"_s);
    Audience audience;
    int number = 0;
    for (QStringView entry : spec.split(u',')) {
        ++number;
        const QStringView text = entry.trimmed();
        const auto bad = [&](const QString &why) {
            return fail(field, u"entry %1 %2: %3"_s.arg(number).arg(quoted(text), why));
        };
        if (text.isEmpty())
            return fail(field, u"entry %1 is empty; write Zone=weight"_s.arg(number));
        const qsizetype equals = text.indexOf(u'=');
        const QStringView zoneText = (equals < 0 ? text : text.first(equals)).trimmed();
        double weight = 1;
        if (equals >= 0) {
            const QStringView weightText = text.sliced(equals + 1).trimmed();
            bool ok = false;
            weight = weightText.toDouble(&ok);
            if (weightText.isEmpty() || !ok || !std::isfinite(weight))
                return bad(u"weight %1 is not a number"_s.arg(quoted(weightText)));
            if (weight < 0)
                return bad(u"weight must not be negative"_s);
        }
        if (zoneText.isEmpty())
            return bad(u"the zone is missing"_s);
        const auto zone = catalogue.resolve(zoneText);
        if (!zone)
            return bad(zone.error().message);
        addMember(audience, {zone->id, weight});
    }
    return requirePositiveTotal(std::move(audience), field);
}

Expected<Audience> audienceFromJson(const QByteArray &json, const Time::ZoneCatalogue &catalogue)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QString(),
                    u"not valid JSON at offset %1: %2"_s.arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(QString(), u"expected a JSON object with an \"audience\" array"_s);
    const QJsonValue list = document.object().value(u"audience"_s);
    if (list.isUndefined())
        return fail(u"audience"_s, u"is missing; expected [{\"zone\":…,\"weight\":…}, …]"_s);
    if (!list.isArray())
        return fail(u"audience"_s, u"must be an array of {\"zone\":…,\"weight\":…}"_s);
    Audience audience;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"audience[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return fail(path, u"must be an object {\"zone\":…,\"weight\":…}"_s);
        const QJsonObject entry = array.at(i).toObject();
        const QJsonValue zoneValue = entry.value(u"zone"_s);
        if (!zoneValue.isString())
            return fail(path + u".zone", u"is required and must be a zone id string"_s);
        const QJsonValue weightValue = entry.value(u"weight"_s);
        if (!weightValue.isDouble())
            return fail(path + u".weight", u"is required and must be a number"_s);
        const double weight = weightValue.toDouble();
        if (!std::isfinite(weight))
            return fail(path + u".weight", u"must be a finite number"_s);
        if (weight < 0)
            return fail(path + u".weight", u"must not be negative, not %1"_s.arg(weight));
        const auto zone = catalogue.resolve(zoneValue.toString());
        if (!zone)
            return fail(path + u".zone", zone.error().message);
        addMember(audience, {zone->id, weight});
    }
    return requirePositiveTotal(std::move(audience), u"audience"_s);
}

Expected<Audience> audienceFromZones(const QList<QByteArray> &zones,
                                     const Time::ZoneCatalogue &catalogue)
{
    Audience audience;
    for (const QByteArray &id : zones) {
        const auto zone = catalogue.resolve(QString::fromUtf8(id));
        if (!zone)
            return fail(u"zone"_s, zone.error().message);
        addMember(audience, {zone->id, 1});
    }
    return requirePositiveTotal(std::move(audience), u"participants"_s);
}

} // namespace Chorus::Plan
