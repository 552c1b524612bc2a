#include "icalendar.h"

#include "calendarlinks.h"

#include <QCryptographicHash>

extern "C" {
#include <libical/ical.h>
}

#include <memory>

using namespace Qt::StringLiterals;

namespace Chorus::Share {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype utcTime(Time::Instant instant)
{
    return icaltime_from_timet_with_zone(time_t(instant.time_since_epoch().count()), 0,
                                         icaltimezone_get_utc_timezone());
}

QString humanDuration(std::chrono::minutes minutes)
{
    const qint64 m = minutes.count();
    if (m == 0)
        return u"now"_s;
    if (m % 1440 == 0)
        return m == 1440 ? u"in 1 day"_s : u"in %1 days"_s.arg(m / 1440);
    if (m % 60 == 0)
        return m == 60 ? u"in 1 hour"_s : u"in %1 hours"_s.arg(m / 60);
    return m == 1 ? u"in 1 minute"_s : u"in %1 minutes"_s.arg(m);
}

/// Every X-LIC-ERROR property libical left in `root` or its subcomponents.
QStringList libicalErrors(icalcomponent *root)
{
    QStringList errors;
    std::vector<icalcomponent *> stack {root};
    while (!stack.empty()) {
        icalcomponent *component = stack.back();
        stack.pop_back();
        for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
             p; p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
            errors << QString::fromUtf8(icalproperty_get_xlicerror(p));
        for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
            stack.push_back(c);
    }
    return errors;
}

} // namespace

const char *const noOrganizerAddress = "noreply@chorus.invalid";

QByteArray icalendarUid(QByteArrayView uidSeed)
{
    return QCryptographicHash::hash(uidSeed, QCryptographicHash::Sha1).toHex() + "@chorus";
}

QByteArray icalendar(const EventInput &event, Time::Instant now)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Chorus//Chorus campaign//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent *vevent = icalcomponent_new_vevent();
    const QByteArray uid = icalendarUid(event.uidSeed);
    const QByteArray summary = calendarSummary(event).toUtf8();
    const QByteArray description = calendarDescription(event).toUtf8();
    icalcomponent_add_property(vevent, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utcTime(now)));
    icalcomponent_add_property(vevent, icalproperty_new_dtstart(utcTime(event.start)));
    icalcomponent_add_property(vevent, icalproperty_new_dtend(utcTime(event.end())));
    icalcomponent_add_property(vevent, icalproperty_new_summary(summary.constData()));
    if (!description.isEmpty())
        icalcomponent_add_property(vevent, icalproperty_new_description(description.constData()));
    if (!event.link.isEmpty()) {
        const QByteArray link = event.link.toUtf8();
        icalcomponent_add_property(vevent, icalproperty_new_url(link.constData()));
    }
    {
        // RFC 5546 requires an ORGANIZER in a PUBLISH; without an e-mail the
        // address is one that can never be delivered to (RFC 2606 ".invalid").
        const QByteArray mailto = "mailto:"
            + (event.organizerEmail.isEmpty() ? QByteArray(noOrganizerAddress)
                                              : event.organizerEmail.toUtf8());
        icalproperty *organizer = icalproperty_new_organizer(mailto.constData());
        const QString name = event.organizerName.isEmpty() && event.organizerEmail.isEmpty()
            ? event.title
            : event.organizerName;
        if (!name.isEmpty()) {
            const QByteArray cn = name.toUtf8();
            icalproperty_add_parameter(organizer, icalparameter_new_cn(cn.constData()));
        }
        icalcomponent_add_property(vevent, organizer);
    }
    icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));

    for (const std::chrono::minutes before : event.reminders) {
        icalcomponent *alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icaltriggertype trigger = icaltriggertype_from_int(0);
        trigger.duration = icaldurationtype_from_int(-int(std::chrono::seconds(before).count()));
        icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
        const QByteArray text
            = (calendarSummary(event) + u" starts "_s + humanDuration(before)).toUtf8();
        icalcomponent_add_property(alarm, icalproperty_new_description(text.constData()));
        icalcomponent_add_component(vevent, alarm);
    }
    icalcomponent_add_component(calendar.get(), vevent);

    char *raw = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray text(raw);
    icalmemory_free_buffer(raw);
    return foldContentLines(text);
}

QByteArray foldContentLines(QByteArrayView text)
{
    // Unfold: a line break followed by one space or tab continues the line.
    QByteArray unfolded;
    unfolded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
            continue; // the '\n' decides
        if (c == '\n' && i + 1 < text.size() && (text.at(i + 1) == ' ' || text.at(i + 1) == '\t')) {
            ++i; // drop the fold's whitespace too
            continue;
        }
        unfolded += c;
    }

    constexpr qsizetype maxOctets = 75;
    QByteArray folded;
    folded.reserve(unfolded.size() + unfolded.size() / 50 + 16);
    const QList<QByteArray> lines = unfolded.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        qsizetype begin = 0;
        qsizetype budget = maxOctets;
        while (line.size() - begin > budget) {
            qsizetype cut = begin + budget;
            while (cut > begin && (uchar(line.at(cut)) & 0xC0) == 0x80)
                --cut; // never split a UTF-8 sequence: back up to its lead byte
            folded += line.sliced(begin, cut - begin);
            folded += "\r\n ";
            begin = cut;
            budget = maxOctets - 1; // the leading space counts
        }
        folded += line.sliced(begin);
        folded += "\r\n";
    }
    return folded;
}

QStringList icalendarProblems(const QByteArray &ics)
{
    Component parsed(icalparser_parse_string(ics.constData()));
    if (!parsed)
        return {u"libical could not parse the file"_s};
    QStringList problems;
    if (icalcomponent_isa(parsed.get()) != ICAL_VCALENDAR_COMPONENT)
        problems << u"the top component is not a VCALENDAR"_s;
    if (icalcomponent_count_components(parsed.get(), ICAL_VEVENT_COMPONENT) != 1)
        problems << u"the calendar does not hold exactly one VEVENT"_s;
    if (const int errors = icalcomponent_count_errors(parsed.get()); errors != 0)
        problems << u"libical found %1 errors: %2"_s.arg(errors).arg(
            libicalErrors(parsed.get()).join(u"; "_s));
    // The restriction check adds X-LIC-ERROR properties naming what it found.
    if (icalrestriction_check(parsed.get()) == 0)
        problems << u"the calendar fails libical's RFC 5546 restriction check: %1"_s.arg(
            libicalErrors(parsed.get()).join(u"; "_s));
    return problems;
}

} // namespace Chorus::Share
