#!/usr/bin/env python3
"""Checks that the Mastodon test server answers as real servers do, by driving
it with Mastodon.py (Debian's python3-mastodon), a widely used client written
against real Mastodon servers. Each check fails if Mastodon.py refuses or
cannot parse an answer (it silently drops dates it cannot parse, so dates are
checked to be datetimes), or if the server does not behave as Mastodon does.

Run by ctest; prints one line per check and "N passed, N failed".
"""

import datetime as dt
import html.parser
import sys
import traceback
import urllib.error
import urllib.parse
import urllib.request

from mastodon import (Mastodon, MastodonAPIError, MastodonNotFoundError, MastodonRatelimitError,
                      MastodonUnauthorizedError)

from testserver import TestServer

OOB = "urn:ietf:wg:oauth:2.0:oob"
SCOPES = ["read:statuses", "write:statuses", "profile"]
CHECKS = []


def check(function):
    CHECKS.append(function)
    return function


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def is_utc_datetime(value):
    return isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class CodeInput(html.parser.HTMLParser):
    code = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("id") == "code":
            self.code = attrs.get("value")


def browser_get(url):
    """What the fan's browser does with the authorize URL: one GET, no redirect followed."""
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def signed_in(server, account="alice"):
    """An app registered and a user token through the out-of-band OAuth flow."""
    client_id, client_secret = Mastodon.create_app("Chorus check", scopes=SCOPES, redirect_uris=OOB,
                                                   api_base_url=server.url)
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server.url,
                   ratelimit_method="throw")
    server.control("config", {"auto_approve": account})
    status, _, page = browser_get(api.auth_request_url(redirect_uris=OOB, scopes=SCOPES))
    expect(status == 200, "the out-of-band authorize page answers 200, got %d" % status)
    parser = CodeInput()
    parser.feed(page)
    expect(parser.code, "the out-of-band page shows the code")
    api.log_in(code=parser.code, redirect_uri=OOB, scopes=SCOPES)
    return api


@check
def version_check_reads_the_instance(server):
    api = Mastodon(api_base_url=server.url)
    expect(api.verify_minimum_version("4.0.0", cached=True), "Mastodon.py reads version 4.3.0")
    instance = api.instance()
    expect(instance["configuration"]["statuses"]["max_characters"] == 500, "the instance names its character limit")


@check
def oauth_out_of_band_and_verify_credentials(server):
    api = signed_in(server, "bob")
    me = api.account_verify_credentials()
    expect(me["acct"] == "bob", "verify_credentials names the account")
    expect(is_utc_datetime(me["created_at"]), "created_at parses as a UTC datetime")


@check
def oauth_redirect_with_state(server):
    redirect = "http://127.0.0.1:9/callback"
    client_id, client_secret = Mastodon.create_app("Chorus check", scopes=SCOPES, redirect_uris=[redirect, OOB],
                                                   api_base_url=server.url)
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server.url)
    server.control("config", {"auto_approve": "carol"})
    status, headers, _ = browser_get(api.auth_request_url(redirect_uris=redirect, scopes=SCOPES, state="xyz"))
    expect(status == 302, "the authorize step redirects, got %d" % status)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)
    expect(query["state"] == ["xyz"], "the redirect carries the state back")
    try:
        api.log_in(code=query["code"][0], redirect_uri=OOB, scopes=SCOPES)
        raise AssertionError("a code is bound to its redirect URI")
    except Exception as error:  # Mastodon.py wraps it in MastodonIllegalArgumentError
        expect("invalid_grant" in str(error), "a mismatched redirect_uri is invalid_grant: %s" % error)
    status, headers, _ = browser_get(api.auth_request_url(redirect_uris=redirect, scopes=SCOPES, state="2"))
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)["code"][0]
    api.log_in(code=code, redirect_uri=redirect, scopes=SCOPES)
    expect(api.account_verify_credentials()["acct"] == "carol", "the code signs carol in")
    # More scopes than the app registered are refused at the authorize step.
    status, headers, _ = browser_get(api.auth_request_url(redirect_uris=redirect, scopes=["read", "write"]))
    expect(status == 302 and "error=invalid_scope" in headers["Location"], "invalid_scope for wider scopes")


@check
def scheduling_and_the_five_minute_rule(server):
    api = signed_in(server)
    now = dt.datetime.now(dt.timezone.utc)
    later = (now + dt.timedelta(hours=2)).replace(microsecond=0)
    scheduled = api.status_post("Together at the hour #ChorusCheck", scheduled_at=later, visibility="public")
    expect("params" in scheduled and "content" not in scheduled, "a scheduled post answers a ScheduledStatus")
    expect(scheduled["scheduled_at"] == later, "scheduled_at parses back: %r" % scheduled["scheduled_at"])
    expect(scheduled["params"]["text"] == "Together at the hour #ChorusCheck", "params.text")
    soon = api.status_post("Too soon to schedule #ChorusCheck", scheduled_at=now + dt.timedelta(minutes=4))
    expect("content" in soon and is_utc_datetime(soon["created_at"]),
           "under 5 minutes ahead the status is published at once")
    listed = api.scheduled_statuses()
    expect([s["id"] for s in listed] == [scheduled["id"]], "scheduled_statuses lists the one scheduled")
    moved = api.scheduled_status_update(scheduled["id"], later + dt.timedelta(hours=1))
    expect(moved["scheduled_at"] == later + dt.timedelta(hours=1), "scheduled_status_update moves it")
    expect(api.scheduled_status(scheduled["id"])["scheduled_at"] == moved["scheduled_at"], "scheduled_status")
    try:
        api.scheduled_status_update(scheduled["id"], now + dt.timedelta(minutes=2))
        raise AssertionError("moving under 5 minutes ahead is refused")
    except MastodonAPIError as error:
        expect(error.args[1] == 422 and "must be in the future" in str(error), str(error))
    api.scheduled_status_delete(scheduled["id"])
    try:
        api.scheduled_status(scheduled["id"])
        raise AssertionError("a deleted scheduled status is gone")
    except MastodonNotFoundError:
        pass


@check
def scheduled_status_is_published_at_its_time_by_the_server_clock(server):
    api = signed_in(server)
    when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)
    api.status_post("Published by the server #ChorusPublish", scheduled_at=when)
    server.control("config", {"clock_offset": 11 * 60})
    try:
        for _ in range(50):
            timeline = api.timeline_hashtag("choruspublish")
            if timeline:
                break
            import time
            time.sleep(0.1)
        expect(len(timeline) == 1 and not api.scheduled_statuses(), "published at its time")
        expect(timeline[0]["created_at"] >= when, "created at or after its time by the server's clock")
    finally:
        server.control("config", {"clock_offset": 0})


@check
def idempotency_key_returns_the_first_object(server):
    api = signed_in(server)
    when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=3)
    first = api.status_post("First #ChorusIdem", scheduled_at=when, idempotency_key="chorus-key-1")
    again = api.status_post("Another text", scheduled_at=when + dt.timedelta(hours=1),
                            idempotency_key="chorus-key-1")
    expect(again["id"] == first["id"] and again["params"]["text"] == "First #ChorusIdem",
           "a repeated key returns the first object whatever the parameters")
    other = api.status_post("First #ChorusIdem", scheduled_at=when, idempotency_key="chorus-key-2")
    expect(other["id"] != first["id"], "another key makes another object")
    expect(first["params"]["idempotency"] == "chorus-key-1", "params keep the key")
    status = api.status_post("Now #ChorusIdem", idempotency_key="chorus-key-3")
    expect(api.status_post("Now again", idempotency_key="chorus-key-3")["id"] == status["id"], "for statuses too")


@check
def tag_timeline_pages_with_fetch_next(server):
    api = signed_in(server)
    base = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=30)
    for i in range(45):
        server.control("status", {"account": "carol", "text": "post %d #ChorusPages" % i,
                                  "created_at": (base + dt.timedelta(seconds=i)).isoformat()})
    server.control("status", {"account": "bob", "text": "unlisted #ChorusPages", "visibility": "unlisted"})
    server.control("status", {"account": "dave", "remote_domain": "remote.example",
                              "text": "from afar #chorusPAGES", "uri": "https://remote.example/users/dave/1"})
    page = api.timeline_hashtag("CHORUSPAGES", limit=20)
    seen = list(page)
    while page:
        page = api.fetch_next(page)
        if page:
            seen.extend(page)
    ids = [int(s["id"]) for s in seen]
    expect(len(seen) == 46, "45 local public and 1 remote, the unlisted one left out: %d" % len(seen))
    expect(ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids), "newest first, no repeats")
    expect(all(is_utc_datetime(s["created_at"]) and s["uri"] and s["url"] for s in seen), "uri, url, created_at")
    expect(all(any(t["name"] == "choruspages" for t in s["tags"]) for s in seen), "tags name the tag")
    expect(seen[0]["account"]["acct"] == "dave@remote.example", "a remote account's acct has its domain")
    capped = api.timeline_hashtag("choruspages", limit=100)
    expect(len(capped) == 40, "limit is capped at 40")
    newer = api.timeline_hashtag("choruspages", min_id=seen[10]["id"], limit=5)
    expect([s["id"] for s in newer] == [s["id"] for s in seen[5:10]], "min_id pages forward from a cursor")
    since = api.timeline_hashtag("choruspages", since_id=seen[3]["id"], limit=40)
    expect([s["id"] for s in since] == [s["id"] for s in seen[:3]], "since_id bounds from below")


@check
def limits_twenty_five_a_day_and_three_hundred_pending(server):
    api = signed_in(server, "bob")
    day = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)).replace(hour=12, minute=0, second=0,
                                                                             microsecond=0)
    server.control("scheduled", {"account": "bob", "count": 25, "scheduled_at": day.isoformat()})
    try:
        api.status_post("One too many", scheduled_at=day + dt.timedelta(hours=1))
        raise AssertionError("the 26th of a day is refused")
    except MastodonAPIError as error:
        expect(error.args[1] == 422 and "limit of 25 scheduled posts for today" in str(error), str(error))
    api.status_post("Next day is fine", scheduled_at=day + dt.timedelta(days=1))
    server.control("scheduled", {"account": "bob", "count": 274,
                                 "scheduled_at": (day + dt.timedelta(days=5)).isoformat()})
    try:
        api.status_post("Three hundred and one", scheduled_at=day + dt.timedelta(days=9))
        raise AssertionError("the 301st pending is refused")
    except MastodonAPIError as error:
        expect(error.args[1] == 422 and "limit of 300 scheduled posts" in str(error), str(error))


@check
def revoked_token_and_rate_limits(server):
    api = signed_in(server, "carol")
    token = server.control("token", {"account": "carol"})["access_token"]
    limited = Mastodon(access_token=token, api_base_url=server.url, ratelimit_method="throw")
    server.control("rule", {"path": "/api/v1/scheduled_statuses", "status": 429, "count": 1,
                            "body": {"error": "Too many requests"},
                            "headers": {"Retry-After": "3", "X-RateLimit-Limit": "300",
                                        "X-RateLimit-Remaining": "0",
                                        "X-RateLimit-Reset": "2030-01-01T00:00:00.000Z"}})
    try:
        limited.scheduled_statuses()
        raise AssertionError("a 429 raises")
    except MastodonRatelimitError:
        pass
    limited.scheduled_statuses()
    expect(limited.ratelimit_limit == 300 and limited.ratelimit_remaining < 300, "X-RateLimit-* are read")
    server.control("config", {"rate_limit": 3})
    try:
        for _ in range(5):
            limited.scheduled_statuses()
        raise AssertionError("beyond the limit the server answers 429")
    except MastodonRatelimitError:
        pass
    finally:
        server.control("config", {"rate_limit": 300})
    server.control("revoke", {"token": api.access_token})
    try:
        api.scheduled_statuses()
        raise AssertionError("a revoked token is refused")
    except MastodonUnauthorizedError:
        pass


@check
def scopes_are_checked(server):
    token = server.control("token", {"account": "alice", "scopes": ["read:statuses"]})["access_token"]
    api = Mastodon(access_token=token, api_base_url=server.url)
    api.scheduled_statuses()
    try:
        api.status_post("not allowed")
        raise AssertionError("posting needs write:statuses")
    except MastodonAPIError as error:
        expect(error.args[1] == 403, str(error))
    try:
        api.account_verify_credentials()
        raise AssertionError("verify_credentials needs profile, read or read:accounts")
    except MastodonAPIError as error:
        expect(error.args[1] == 403, str(error))


def main():
    passed = failed = 0
    with TestServer() as server:
        for function in CHECKS:
            try:
                function(server)
                passed += 1
                print("ok   %s" % function.__name__)
            except Exception:
                failed += 1
                print("FAIL %s" % function.__name__)
                traceback.print_exc()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
