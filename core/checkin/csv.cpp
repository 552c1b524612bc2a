#include "csv.h"

using namespace Qt::StringLiterals;

namespace Chorus::Checkin {

QByteArray csvField(QStringView value)
{
    QString text = value.toString();
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            text.prepend(u'\'');
    }
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r');
    if (needsQuotes) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text.toUtf8();
}

QByteArray participantsCsv(const QList<Participant> &participants)
{
    return participantsCsvHeader() + participantsCsvRows(participants);
}

QByteArray participantsCsvHeader()
{
    return "id,handle,platform,zone,status,joined_at,post_url\r\n";
}

QByteArray participantsCsvRows(const QList<Participant> &participants)
{
    QByteArray out;
    out.reserve(participants.size() * 80);
    for (const Participant &participant : participants) {
        out += QByteArray::number(participant.id);
        out += ',';
        out += csvField(participant.handle);
        out += ',';
        out += csvField(participant.platform);
        out += ',';
        out += csvField(QString::fromUtf8(participant.zone));
        out += ',';
        out += csvField(statusName(participant.status));
        out += ',';
        out += csvField(participant.joinedAt.toUTC().toString(Qt::ISODate));
        out += ',';
        out += csvField(participant.postUrl);
        out += "\r\n";
    }
    return out;
}

} // namespace Chorus::Checkin
