#include "pulsepoller.h"

#include "blueskyclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Chorus::Social {

struct PulsePoller::Source
{
    enum class Kind { Mastodon, Bluesky, Checkins };
    Kind kind = Kind::Mastodon;
    QUrl url;
    SourceReport report;
    bool running = false;
    int pagesThisRound = 0;
    bool stopAfterPage = false; ///< the budget is down to the reserve
    // Mastodon: where the walks stand.
    QString newestId; ///< the newest status seen; later rounds read forward from it
    QUrl backwardNext; ///< where the walk back towards the range's start resumes
    bool backwardDone = false;
    // Bluesky: the session.
    QByteArray accessJwt;
    bool signedInThisRound = false;
    // Check-ins: the last answer's ETag.
    QByteArray etag;
};

namespace {

bool isLoopback(const QString &host)
{
    if (host == u"localhost"_s)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString tagPathSegment(const QString &hashtag)
{
    QString tag = hashtag.trimmed();
    if (tag.startsWith(u'#'))
        tag = tag.sliced(1);
    return tag;
}

} // namespace

QString sourceName(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

Expected<QUrl> parseSourceUrl(QStringView text, const QString &field)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return fail(field, u"is empty; give a server such as mastodon.social"_s);
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(field, u"%1 is not a server address"_s.arg(quoted(trimmed)));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && !(scheme == u"http"_s && isLoopback(url.host())))
        return fail(
            field, u"%1: use https:// (plain http:// only on this machine)"_s.arg(quoted(trimmed)));
    if (url.hasQuery() || url.hasFragment() || url.userInfo().size() > 0)
        return fail(field,
                    u"%1 must be a server address, without a query or user"_s.arg(quoted(trimmed)));
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) : url.path());
    return url;
}

PulsePoller::PulsePoller(PulseConfig config, QNetworkAccessManager *network,
                         std::function<QDateTime()> now, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network)
    , m_now(std::move(now))
    , m_tally(m_config.range, m_config.hashtag)
{
    for (const QUrl &server : m_config.mastodonServers) {
        auto source = std::make_unique<Source>();
        source->kind = Source::Kind::Mastodon;
        source->url = server;
        source->report.name = sourceName(server);
        source->report.platform = u"mastodon"_s;
        m_sources.push_back(std::move(source));
    }
    if (m_config.bluesky) {
        auto source = std::make_unique<Source>();
        source->kind = Source::Kind::Bluesky;
        source->url = m_config.bluesky->service;
        source->report.name = sourceName(m_config.bluesky->service);
        source->report.platform = u"bluesky"_s;
        m_sources.push_back(std::move(source));
    }
    if (m_config.checkinService || m_config.localCheckins) {
        auto source = std::make_unique<Source>();
        source->kind = Source::Kind::Checkins;
        source->url = m_config.checkinService.value_or(QUrl());
        source->report.name
            = m_config.checkinService ? sourceName(*m_config.checkinService) : u"this machine"_s;
        source->report.platform = u"checkins"_s;
        m_sources.push_back(std::move(source));
    }
}

PulsePoller::~PulsePoller() = default;

const PulseTally &PulsePoller::tally() const
{
    return m_tally;
}

PulseColumns PulsePoller::columns() const
{
    return PulseColumns {!m_config.mastodonServers.isEmpty(), m_config.bluesky.has_value(),
                         m_config.checkinService.has_value() || bool(m_config.localCheckins)};
}

QList<SourceReport> PulsePoller::sources() const
{
    QList<SourceReport> list;
    for (const auto &source : m_sources)
        list.append(source->report);
    return list;
}

bool PulsePoller::polling() const
{
    return m_running > 0;
}

bool PulsePoller::caughtUp() const
{
    const QDateTime now = m_now();
    for (const auto &source : m_sources) {
        const SourceReport &report = source->report;
        if (report.retryAt.isValid() && report.retryAt > now)
            return false;
        if (report.ok && !report.caughtUp)
            return false;
    }
    return true;
}

QDateTime PulsePoller::nextAllowed() const
{
    QDateTime earliest;
    for (const auto &source : m_sources) {
        const QDateTime at = source->report.retryAt;
        if (at.isValid() && (!earliest.isValid() || at < earliest))
            earliest = at;
    }
    return earliest;
}

void PulsePoller::poll()
{
    if (m_running > 0)
        return;
    m_pagesThisRound = 0;
    const QDateTime now = m_now();
    QList<Source *> starting;
    for (const auto &source : m_sources) {
        if (source->report.skipped)
            continue;
        if (source->report.retryAt.isValid() && source->report.retryAt > now)
            continue; // still waiting out a rate limit: asking now would be rude
        source->report.retryAt = {};
        source->pagesThisRound = 0;
        source->stopAfterPage = false;
        source->signedInThisRound = false;
        source->running = true;
        ++m_running;
        starting.append(source.get());
    }
    if (starting.isEmpty()) {
        Q_EMIT roundFinished();
        return;
    }
    for (Source *source : starting) {
        switch (source->kind) {
        case Source::Kind::Mastodon:
            startMastodon(*source);
            break;
        case Source::Kind::Bluesky:
            startBluesky(*source);
            break;
        case Source::Kind::Checkins:
            startCheckins(*source);
            break;
        }
    }
}

QNetworkReply *PulsePoller::get(const QUrl &url, const QByteArray &bearer,
                                const QByteArray &ifNoneMatch)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Chorus pulse"_s);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
    return m_network->get(request);
}

bool PulsePoller::accept(Source &source, QNetworkReply *reply, int status)
{
    SourceReport &report = source.report;
    if (status == 0) {
        report.ok = false;
        report.error = u"cannot reach %1: %2"_s.arg(report.name, reply->errorString());
        return false;
    }
    ++report.pages;
    ++m_pagesThisRound;
    Q_EMIT progress(m_pagesThisRound);
    const RateLimitAdvice advice
        = rateLimitAdvice(status, reply->rawHeaderPairs(), m_now(), m_config.rateLimitReserve);
    if (status == 429) {
        // Still reachable: what was counted stands, the rest waits.
        report.retryAt = advice.until;
        report.error = u"%1 asked to wait until %2 (429)"_s.arg(
            report.name, advice.until.toUTC().toString(Qt::ISODate));
        return false;
    }
    if (status == 401 && source.kind == Source::Kind::Mastodon) {
        report.ok = false;
        report.skipped = true;
        report.error
            = u"%1 needs a token to read its tag timelines (401); skipped"_s.arg(report.name);
        return false;
    }
    if (status != 304 && (status < 200 || status > 299)) {
        report.ok = false;
        report.error = u"%1 answered HTTP %2"_s.arg(report.name).arg(status);
        return false;
    }
    report.ok = true;
    report.error.clear();
    if (advice.wait) {
        report.retryAt = advice.until;
        source.stopAfterPage = true;
    }
    return true;
}

void PulsePoller::finish(Source &source)
{
    if (!source.running)
        return;
    source.running = false;
    if (--m_running == 0)
        Q_EMIT roundFinished();
}

void PulsePoller::startMastodon(Source &source)
{
    QUrl first = source.url;
    first.setPath(source.url.path() + u"/api/v1/timelines/tag/"_s
                  + tagPathSegment(m_config.hashtag));
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"40"_s);
    if (!source.backwardDone) {
        if (source.backwardNext.isValid())
            return mastodonPage(source, source.backwardNext, true);
        first.setQuery(query);
        return mastodonPage(source, first, true);
    }
    query.addQueryItem(u"min_id"_s, source.newestId);
    first.setQuery(query);
    mastodonPage(source, first, false);
}

void PulsePoller::mastodonPage(Source &source, const QUrl &url, bool backward)
{
    if (source.pagesThisRound >= m_config.maxPagesPerRound || source.stopAfterPage) {
        source.report.caughtUp = false;
        return finish(source);
    }
    ++source.pagesThisRound;
    QNetworkReply *reply = get(url);
    connect(reply, &QNetworkReply::finished, this, [this, &source, reply, backward] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!accept(source, reply, status))
            return finish(source);
        const auto scan = m_tally.addMastodonPage(reply->readAll());
        if (!scan) {
            source.report.ok = false;
            source.report.error = u"%1: %2"_s.arg(source.report.name, scan.error().text());
            return finish(source);
        }
        const QByteArray link = reply->rawHeader("Link");
        if (backward) {
            if (source.newestId.isEmpty())
                source.newestId = scan->firstId;
            // Newest first: once a whole page is older than the range, the
            // rest is too (one late-federated old status does not stop it).
            const bool done = scan->items == 0
                || (scan->newestMinute && *scan->newestMinute < m_config.range.from);
            if (done) {
                source.backwardDone = true;
                source.backwardNext = QUrl();
                if (source.newestId.isEmpty()) {
                    // An empty timeline: nothing to read forward from yet.
                    source.backwardDone = false;
                    source.report.caughtUp = true;
                    return finish(source);
                }
                return startMastodon(source);
            }
            QUrl next = linkTarget(link, "next");
            if (!next.isValid()) {
                next = reply->url();
                QUrlQuery query(next);
                query.removeAllQueryItems(u"max_id"_s);
                query.addQueryItem(u"max_id"_s, scan->lastId);
                next.setQuery(query);
            }
            source.backwardNext = next;
            return mastodonPage(source, next, true);
        }
        if (scan->items == 0) {
            source.report.caughtUp = true;
            return finish(source);
        }
        source.newestId = scan->firstId;
        QUrl previous = linkTarget(link, "prev");
        if (!previous.isValid()) {
            previous = reply->url();
            QUrlQuery query(previous);
            query.removeAllQueryItems(u"min_id"_s);
            query.addQueryItem(u"min_id"_s, source.newestId);
            previous.setQuery(query);
        }
        mastodonPage(source, previous, false);
    });
}

void PulsePoller::startBluesky(Source &source)
{
    if (!source.accessJwt.isEmpty())
        return blueskyPage(source, {});
    if (!m_blueskyClient) {
        // Sign-in is the posting work's client (issue 14); search is read here.
        m_blueskyClient = std::make_unique<BlueskyClient>(m_network, [now = m_now] {
            return std::chrono::system_clock::time_point(
                std::chrono::milliseconds(now().toMSecsSinceEpoch()));
        });
        m_blueskyClient->setRequestTimeout(std::chrono::milliseconds(m_config.timeoutMs));
    }
    source.signedInThisRound = true;
    m_blueskyClient->createSession(
        source.url, m_config.bluesky->handle, m_config.bluesky->appPassword,
        [this, &source](BlueskyResult<BlueskySession> session) {
            if (session) {
                ++source.report.pages;
                source.accessJwt = session->accessJwt.toUtf8();
                return blueskyPage(source, {});
            }
            const BlueskyError &error = session.error();
            SourceReport &report = source.report;
            if (error.kind == BlueskyError::Kind::RateLimited) {
                report.retryAt
                    = m_now().addMSecs(error.retryAfter ? error.retryAfter->count() : 60'000);
                report.error = u"%1 asked to wait until %2 (429)"_s.arg(
                    report.name, report.retryAt.toUTC().toString(Qt::ISODate));
                return finish(source);
            }
            report.ok = false;
            report.error = error.kind == BlueskyError::Kind::Auth
                ? u"%1 refused the sign-in of %2: %3"_s.arg(report.name, m_config.bluesky->handle,
                                                            error.message)
                : error.kind == BlueskyError::Kind::Network
                ? u"cannot reach %1: %2"_s.arg(report.name, error.message)
                : u"%1: %2"_s.arg(report.name, error.message);
            finish(source);
        });
}

void PulsePoller::blueskyPage(Source &source, const QString &cursor)
{
    if (source.pagesThisRound >= m_config.maxPagesPerRound || source.stopAfterPage) {
        source.report.caughtUp = false;
        return finish(source);
    }
    ++source.pagesThisRound;
    QUrl url = source.url;
    url.setPath(source.url.path() + u"/xrpc/app.bsky.feed.searchPosts"_s);
    const QString tag = tagPathSegment(m_config.hashtag);
    QUrlQuery query;
    // Servers that honour tag/since/until answer less; the tally filters
    // every post either way.
    query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"#"_s + tag)));
    query.addQueryItem(u"tag"_s, QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    query.addQueryItem(u"sort"_s, u"latest"_s);
    query.addQueryItem(u"since"_s, Checkin::formatMinute(m_config.range.from));
    query.addQueryItem(u"until"_s, Checkin::formatMinute(m_config.range.to));
    query.addQueryItem(u"limit"_s, u"100"_s);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    url.setQuery(query);
    QNetworkReply *reply = get(url, source.accessJwt);
    connect(reply, &QNetworkReply::finished, this, [this, &source, reply, cursor] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if ((status == 400 || status == 401) && !source.signedInThisRound) {
            // An expired session: sign in once more, then carry on.
            source.accessJwt.clear();
            return startBluesky(source);
        }
        if (!accept(source, reply, status))
            return finish(source);
        const auto scan = m_tally.addBlueskyPage(reply->readAll());
        if (!scan) {
            source.report.ok = false;
            source.report.error = u"%1: %2"_s.arg(source.report.name, scan.error().text());
            return finish(source);
        }
        if (scan->items == 0 || scan->cursor.isEmpty() || scan->cursor == cursor) {
            source.report.caughtUp = true;
            return finish(source);
        }
        blueskyPage(source, scan->cursor);
    });
}

void PulsePoller::startCheckins(Source &source)
{
    if (m_config.localCheckins) {
        auto counts = m_config.localCheckins(m_config.range);
        if (counts) {
            m_tally.setCheckins(*counts);
            source.report.ok = true;
            source.report.caughtUp = true;
            source.report.error.clear();
        } else {
            source.report.ok = false;
            source.report.error = counts.error().text();
        }
        return finish(source);
    }
    QUrl url = source.url;
    url.setPath(source.url.path() + u"/api/v1/stats/minutes"_s);
    QUrlQuery query;
    query.addQueryItem(u"from"_s, Checkin::formatMinute(m_config.range.from));
    query.addQueryItem(u"to"_s, Checkin::formatMinute(m_config.range.to));
    url.setQuery(query);
    QNetworkReply *reply = get(url, {}, source.etag);
    connect(reply, &QNetworkReply::finished, this, [this, &source, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!accept(source, reply, status))
            return finish(source);
        if (status != 304) {
            const auto counts = Checkin::parseMinutesJson(reply->readAll());
            if (!counts) {
                source.report.ok = false;
                source.report.error = u"%1: %2"_s.arg(source.report.name, counts.error().text());
                return finish(source);
            }
            m_tally.setCheckins(*counts);
            source.etag = reply->rawHeader("ETag");
        }
        source.report.caughtUp = true;
        finish(source);
    });
}

} // namespace Chorus::Social
