#!/usr/bin/env python3
"""A Mastodon test server, written from the documented REST API.

No Mastodon server can be installed on the machines Chorus is built on, so the
tests talk to this one: Python 3's standard library only, on a loopback port.
It implements what Chorus relies on the way real servers answer, following
docs.joinmastodon.org (methods/apps, oauth, statuses, scheduled_statuses,
timelines, accounts; entities Status, ScheduledStatus, Application, Token;
api/rate-limits; the Idempotency-Key header):

- app registration, the authorization-code flow (PKCE S256 or plain, state,
  the out-of-band redirect urn:ietf:wg:oauth:2.0:oob) and scopes checked on
  every route, as Doorkeeper does in Mastodon;
- POST /api/v1/statuses with the 5-minute rule (a `scheduled_at` under 5
  minutes ahead publishes at once and answers a Status), the account's default
  visibility when none is sent, Idempotency-Key kept for an hour (a repeat
  returns the first object whatever its parameters), the limits of 25
  scheduled statuses a UTC day and 300 pending, the character limit;
- scheduled statuses, published by a background thread when their time comes;
- the hashtag timeline and an account's statuses, with max_id/since_id/min_id
  paging and the Link header;
- Date on every answer and X-RateLimit-* (300 requests in 5 minutes per
  token, or per address without one), 429 with Retry-After beyond.

Tests steer it through /_test/* (loopback only, no token): the server's clock
offset, forced answers (a status code, a Retry-After, or a dropped answer after
the request was carried out), seeded statuses and tokens, and its state.

    python3 server.py [--port 0] [--host 127.0.0.1]

prints `listening on http://HOST:PORT` once it accepts connections.
"""

import argparse
import base64
import datetime as dt
import hashlib
import html
import json
import re
import secrets
import socket
import sys
import threading
import time
import urllib.parse
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OOB = "urn:ietf:wg:oauth:2.0:oob"
# Mastodon's scopes (config/initializers/doorkeeper.rb); a top-level scope
# grants every scope under it.
KNOWN_SCOPES = {
    "read", "write", "follow", "push", "profile", "admin:read", "admin:write",
    "read:accounts", "read:blocks", "read:bookmarks", "read:favourites", "read:filters",
    "read:follows", "read:lists", "read:mutes", "read:notifications", "read:search",
    "read:statuses", "write:accounts", "write:blocks", "write:bookmarks",
    "write:conversations", "write:favourites", "write:filters", "write:follows",
    "write:lists", "write:media", "write:mutes", "write:notifications", "write:reports",
    "write:statuses",
}
MIN_SCHEDULE_OFFSET = 5 * 60  # PostStatusService::MIN_SCHEDULE_OFFSET
DAILY_LIMIT = 25              # ScheduledStatusValidator
TOTAL_LIMIT = 300
IDEMPOTENCY_SECONDS = 3600
RATE_LIMIT = 300
RATE_PERIOD = 300
HASHTAG_RE = re.compile(r"(?:^|[^\w/)])#(\w*[^\W\d_]\w*)", re.UNICODE)
URL_RE = re.compile(r"https?://[^\s<>\"]+")


class ApiError(Exception):
    def __init__(self, status, message, headers=None, extra=None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.extra = extra or {}


def iso(ts):
    """Mastodon's datetime form: UTC with milliseconds and a Z."""
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + \
        "%03dZ" % int(round((ts % 1) * 1000) % 1000)


def parse_datetime(text):
    """An ISO 8601 datetime with a zone (Z or ±HH:MM), as Rails parses it."""
    if not isinstance(text, str) or not text:
        return None
    value = text.strip().replace("z", "Z")
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.timestamp()


def text_length(text, reserved_per_url):
    """Mastodon's count: URLs count as reserved_per_url, a remote mention as
    its local part. Python has no grapheme segmentation in its standard
    library, so code points are counted (tests use ASCII near the limit)."""
    counted = URL_RE.sub("x" * reserved_per_url, text)
    counted = re.sub(r"(@\w+)@[\w.-]+\w", r"\1", counted)
    return len(counted)


def render_content(text, host):
    """HTML as Mastodon renders a plain-text status: paragraphs, <br />,
    linked URLs and hashtags."""
    out = []
    for paragraph in re.split(r"\n\n+", text):
        escaped = html.escape(paragraph, quote=False)

        def link_url(m):
            url = m.group(0)
            return '<a href="%s" rel="nofollow noopener" target="_blank">%s</a>' % (url, url)

        escaped = URL_RE.sub(link_url, escaped)

        def link_tag(m):
            whole = m.group(0)
            lead = whole[: whole.index("#")]
            tag = m.group(1)
            return '%s<a href="http://%s/tags/%s" class="mention hashtag" rel="tag">#<span>%s</span></a>' % (
                lead, host, tag.lower(), tag)

        escaped = HASHTAG_RE.sub(link_tag, escaped)
        out.append("<p>" + escaped.replace("\n", "<br />") + "</p>")
    return "".join(out)


class State:
    """Everything the server knows, behind one lock."""

    def __init__(self, domain):
        self.lock = threading.RLock()
        self.domain = domain
        self.clock_offset = 0.0
        self.max_characters = 500
        self.reserved_per_url = 23
        self.tag_timeline_requires_auth = False
        self.rate_limit = RATE_LIMIT
        self.auto_approve = None  # account name that approves /oauth/authorize at once
        self.accounts = {}
        self.apps = {}
        self.codes = {}
        self.tokens = {}
        self.statuses = {}
        self.scheduled = {}
        self.idempotency = {}
        self.rate = {}
        self.rules = []
        self.requests = []
        self.next_scheduled_id = 1
        self.next_app_id = 1
        for account_id, (name, visibility) in enumerate(
                [("alice", "public"), ("bob", "unlisted"), ("carol", "public")], start=1):
            self.accounts[name] = {"id": str(account_id), "username": name,
                                   "default_visibility": visibility, "created": time.time()}

    def now(self):
        return time.time() + self.clock_offset

    def snowflake(self, ts):
        # Mastodon's ids: milliseconds since the epoch shifted left 16 bits,
        # so ids sort as their creation times do, seeded old ones included.
        value = int(ts * 1000) << 16
        while str(value) in self.statuses:
            value += 1
        return str(value)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "MastodonTestServer/1.0"

    def log_message(self, format, *args):  # quiet: tests read stdout
        pass

    # --- plumbing -------------------------------------------------------

    @property
    def state(self):
        return self.server.state

    def host(self):
        return self.headers.get("Host") or "%s:%d" % self.server.server_address[:2]

    def read_params(self):
        parsed = urllib.parse.urlsplit(self.path)
        params = {}
        for key, value in urllib.parse.parse_qsl(parsed.query, keep_blank_values=True):
            params.setdefault(key, []).append(value)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if body and kind == "application/json":
            try:
                data = json.loads(body.decode("utf-8"))
            except ValueError:
                raise ApiError(400, "Error while parsing JSON")
            if isinstance(data, dict):
                for key, value in data.items():
                    params[key] = value if isinstance(value, list) else [value]
        elif body and kind == "multipart/form-data":
            params.update(parse_multipart(body, self.headers.get("Content-Type")))
        elif body:
            for key, value in urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True):
                params.setdefault(key, []).append(value)
        # Rails routes ignore a trailing slash (Mastodon.py asks /api/v1/instance/).
        path = parsed.path.rstrip("/") or "/"
        return path, params, body

    def send(self, status, payload, headers=None, content_type="application/json; charset=utf-8"):
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        # send_response() would add a Date from the machine's clock; this
        # server's clock may be set off by the tests.
        self.send_response_only(status)
        self.send_header("Server", self.version_string())
        self.send_header("Date", formatdate(self.state.now(), usegmt=True))
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def drop(self):
        # The request was carried out; the answer is lost on the way: a status
        # line and part of the body, then the connection closes, so the client
        # sees a broken answer (a client library cannot quietly resend it).
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: 4096\r\n\r\n{\"id\":")
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.close_connection = True

    def handle_one(self):
        try:
            path, params, body = self.read_params()
        except ApiError as error:
            self.send(error.status, {"error": error.message})
            return
        if path.startswith("/_test/"):
            self.control(path, params, body)
            return
        st = self.state
        with st.lock:
            st.requests.append({"method": self.command, "path": path,
                                "idempotency_key": self.headers.get("Idempotency-Key"),
                                "at": st.now()})
            rule = self.matching_rule(path)
        if rule is not None and not rule.get("after", False):
            if rule.get("drop"):
                self.drop()
                return
            if rule.get("close"):
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            self.send(rule["status"], rule.get("body", {"error": rule.get("error", "Forced by the test")}),
                      headers=rule.get("headers"))
            return
        headers = {}
        try:
            token = self.bearer()
            headers.update(self.rate_limit(token))
            status, payload, extra = self.route(path, params, token)
            headers.update(extra)
        except ApiError as error:
            status, payload = error.status, dict({"error": error.message}, **error.extra)
            headers.update(error.headers)
        if rule is not None and rule.get("after"):
            if rule.get("drop"):
                self.drop()
                return
        self.send(status, payload, headers=headers,
                  content_type=headers.pop("Content-Type", "application/json; charset=utf-8"))

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_one

    def matching_rule(self, path):
        st = self.state
        for rule in st.rules:
            if rule.get("method") and rule["method"] != self.command:
                continue
            if not path.startswith(rule.get("path", "/")):
                continue
            if rule.get("count") is not None:
                if rule["count"] <= 0:
                    continue
                rule["count"] -= 1
            return rule
        return None

    def bearer(self):
        auth = self.headers.get("Authorization") or ""
        if not auth.lower().startswith("bearer "):
            return None
        value = auth[7:].strip()
        with self.state.lock:
            token = self.state.tokens.get(value)
        if token is None or token.get("revoked"):
            # Doorkeeper answers an unknown or revoked token with 401 on every
            # route that reads one, even public ones.
            raise ApiError(401, "The access token is invalid",
                           headers={"WWW-Authenticate": 'Bearer realm="Doorkeeper", error="invalid_token"'})
        return token

    def rate_limit(self, token):
        st = self.state
        key = token["token"] if token else self.client_address[0]
        now = st.now()
        with st.lock:
            window = int(now // RATE_PERIOD) * RATE_PERIOD
            used_window, used = st.rate.get(key, (window, 0))
            if used_window != window:
                used = 0
            used += 1
            st.rate[key] = (window, used)
        reset = window + RATE_PERIOD
        headers = {"X-RateLimit-Limit": str(st.rate_limit),
                   "X-RateLimit-Remaining": str(max(0, st.rate_limit - used)),
                   "X-RateLimit-Reset": iso(reset)}
        if used > st.rate_limit:
            headers["Retry-After"] = str(max(1, int(reset - now)))
            raise ApiError(429, "Too many requests", headers=headers)
        return headers

    def need(self, token, *scopes):
        if token is None:
            raise ApiError(401, "The access token is invalid")
        granted = set(token["scopes"])
        for scope in scopes:
            if scope in granted or scope.split(":")[0] in granted:
                return token
        raise ApiError(403, "This action is outside the authorized scopes")

    # --- routes ---------------------------------------------------------

    def route(self, path, params, token):
        method = self.command
        parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")]
        if method == "POST" and path == "/api/v1/apps":
            return self.create_app(params)
        if method in ("GET", "POST") and path == "/oauth/authorize":
            return self.authorize(params)
        if method == "POST" and path == "/oauth/token":
            return self.oauth_token(params)
        if method == "POST" and path == "/oauth/revoke":
            return self.oauth_revoke(params)
        if method == "GET" and path == "/api/v1/instance":
            return 200, self.instance_v1(), {}
        if method == "GET" and path == "/api/v2/instance":
            return 200, self.instance_v2(), {}
        if method == "GET" and path == "/api/v1/accounts/verify_credentials":
            self.need(token, "profile", "read", "read:accounts")
            return 200, self.account_json(token["account"]), {}
        if method == "GET" and path == "/api/v1/apps/verify_credentials":
            if token is None:
                raise ApiError(401, "The access token is invalid")
            app = self.state.apps.get(token.get("client_id"), {"name": "test", "website": None})
            return 200, {"name": app["name"], "website": app.get("website"),
                         "scopes": token["scopes"]}, {}
        if method == "POST" and path == "/api/v1/statuses":
            self.need(token, "write:statuses")
            return self.create_status(params, token)
        if len(parts) == 4 and parts[:3] == ["api", "v1", "statuses"] and method == "GET":
            return self.show_status(parts[3], token)
        if len(parts) == 4 and parts[:3] == ["api", "v1", "statuses"] and method == "DELETE":
            self.need(token, "write:statuses")
            return self.delete_status(parts[3], token)
        if path == "/api/v1/scheduled_statuses" and method == "GET":
            self.need(token, "read:statuses")
            return self.list_scheduled(params, token)
        if len(parts) == 4 and parts[:3] == ["api", "v1", "scheduled_statuses"]:
            if method == "GET":
                self.need(token, "read:statuses")
                return 200, self.scheduled_json(self.own_scheduled(parts[3], token)), {}
            if method == "PUT":
                self.need(token, "write:statuses")
                return self.update_scheduled(parts[3], params, token)
            if method == "DELETE":
                self.need(token, "write:statuses")
                with self.state.lock:
                    self.own_scheduled(parts[3], token)
                    del self.state.scheduled[parts[3]]
                return 200, {}, {}
        if len(parts) == 5 and parts[:4] == ["api", "v1", "timelines", "tag"] and method == "GET":
            if token is None and self.state.tag_timeline_requires_auth:
                raise ApiError(401, "This API requires an authenticated user")
            return self.tag_timeline(parts[4], params, token)
        if len(parts) == 5 and parts[:3] == ["api", "v1", "accounts"] and parts[4] == "statuses" \
                and method == "GET":
            return self.account_statuses(parts[3], params, token)
        raise ApiError(404, "Record not found")

    def create_app(self, params):
        st = self.state
        name = first(params, "client_name")
        uris = params.get("redirect_uris[]") or [first(params, "redirect_uris") or ""]
        uris = [u for raw in uris for u in re.split(r"[\s]+", raw or "") if u]
        scopes = (first(params, "scopes") or "read").split()
        if not name:
            raise ApiError(422, "Validation failed: Application name can't be blank")
        if not uris:
            raise ApiError(422, "Validation failed: Redirect URI can't be blank")
        for uri in uris:
            if uri != OOB and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", uri):
                raise ApiError(422, "Validation failed: Redirect URI must be an absolute URI.")
        if any(s not in KNOWN_SCOPES for s in scopes):
            raise ApiError(422, "Validation failed: Scopes are invalid")
        with st.lock:
            app = {"id": str(st.next_app_id), "name": name, "website": first(params, "website"),
                   "scopes": scopes, "redirect_uris": uris,
                   "client_id": secrets.token_urlsafe(32), "client_secret": secrets.token_urlsafe(32)}
            st.next_app_id += 1
            st.apps[app["client_id"]] = app
        return 200, {"id": app["id"], "name": name, "website": app["website"], "scopes": scopes,
                     "redirect_uri": "\n".join(uris), "redirect_uris": uris,
                     "client_id": app["client_id"], "client_secret": app["client_secret"],
                     "client_secret_expires_at": 0,
                     "vapid_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="}, {}

    def authorize_error(self, redirect, state, error, description):
        if redirect and redirect != OOB:
            query = urllib.parse.urlencode({"error": error, "error_description": description,
                                            **({"state": state} if state else {})})
            return 302, b"", {"Location": redirect + ("&" if "?" in redirect else "?") + query,
                              "Content-Type": "text/html; charset=utf-8"}
        page = "<html><body><h1>An error has occurred</h1><p id=\"error\">%s</p></body></html>" % \
            html.escape(description)
        return 400, page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"}

    def authorize(self, params):
        st = self.state
        client_id = first(params, "client_id")
        redirect = first(params, "redirect_uri")
        state = first(params, "state")
        app = st.apps.get(client_id)
        if app is None:
            return self.authorize_error(None, None, "invalid_client",
                                        "Client authentication failed due to unknown client.")
        if redirect not in app["redirect_uris"]:
            return self.authorize_error(None, None, "invalid_redirect_uri",
                                        "The requested redirect uri is malformed or doesn't match client redirect URI.")
        if first(params, "response_type") != "code":
            return self.authorize_error(redirect, state, "unsupported_response_type",
                                        "The authorization server does not support this response type.")
        scopes = (first(params, "scope") or "read").split()
        if any(s not in app["scopes"] for s in scopes):
            return self.authorize_error(redirect, state, "invalid_scope",
                                        "The requested scope is invalid, unknown, or malformed.")
        challenge = first(params, "code_challenge")
        method = first(params, "code_challenge_method") or ("plain" if challenge else None)
        if challenge and method not in ("S256", "plain"):
            return self.authorize_error(redirect, state, "invalid_request",
                                        "The code challenge method must be plain or S256.")
        approver = first(params, "approve_as") if self.command == "POST" else st.auto_approve
        if approver is None or approver not in st.accounts:
            # What a signed-in user sees: the app's name, the scopes, a button.
            form = "".join('<input type="hidden" name="%s" value="%s">' % (html.escape(k), html.escape(v[0]))
                           for k, v in params.items() if k != "approve_as")
            page = ("<html><head><title>Authorization required</title></head><body>"
                    "<h1>Authorize %s</h1><p>It asks for: %s</p>"
                    "<form method=\"post\" action=\"/oauth/authorize\">%s"
                    "<select name=\"approve_as\">%s</select><button>Authorize</button></form>"
                    "</body></html>") % (html.escape(app["name"]), html.escape(" ".join(scopes)), form,
                                         "".join("<option>%s</option>" % n for n in st.accounts))
            return 200, page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"}
        code = secrets.token_urlsafe(32)
        with st.lock:
            st.codes[code] = {"client_id": client_id, "redirect_uri": redirect, "scopes": scopes,
                              "account": approver, "challenge": challenge, "method": method,
                              "expires": st.now() + 600}
        if redirect == OOB:
            page = ("<html><head><title>Authorization code</title></head><body>"
                    "<p>Copy this authorization code and paste it to the application.</p>"
                    "<input id=\"code\" class=\"oauth-code\" readonly value=\"%s\"></body></html>") % code
            return 200, page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"}
        query = urllib.parse.urlencode({"code": code, **({"state": state} if state else {})})
        return 302, b"", {"Location": redirect + ("&" if "?" in redirect else "?") + query,
                          "Content-Type": "text/html; charset=utf-8"}

    def oauth_token(self, params):
        st = self.state
        grant = first(params, "grant_type")
        client_id = first(params, "client_id")
        secret = first(params, "client_secret")
        app = st.apps.get(client_id)
        if grant == "authorization_code":
            # A public client (PKCE) may leave the secret out; a wrong one fails.
            if app is None or (secret is not None and secret != app["client_secret"]):
                raise ApiError(401, "invalid_client", extra={
                    "error_description": "Client authentication failed due to unknown client, "
                                         "no client authentication included, or unsupported authentication method."})
            code = first(params, "code")
            with st.lock:
                grant_data = st.codes.pop(code, None)
            invalid = ApiError(400, "invalid_grant", extra={
                "error_description": "The provided authorization grant is invalid, expired, revoked, does not "
                                     "match the redirection URI used in the authorization request, or was issued "
                                     "to another client."})
            if grant_data is None or grant_data["client_id"] != client_id \
                    or grant_data["expires"] < st.now() \
                    or grant_data["redirect_uri"] != first(params, "redirect_uri"):
                raise invalid
            if grant_data["challenge"]:
                verifier = first(params, "code_verifier") or ""
                if grant_data["method"] == "S256":
                    computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()) \
                        .decode().rstrip("=")
                else:
                    computed = verifier
                if not secrets.compare_digest(computed, grant_data["challenge"]):
                    raise invalid
            elif secret is None:
                raise ApiError(401, "invalid_client", extra={
                    "error_description": "Client authentication failed: no PKCE and no client secret."})
            scopes = grant_data["scopes"]
            requested = first(params, "scope")
            if requested and any(s not in scopes for s in requested.split()):
                raise ApiError(400, "invalid_scope", extra={
                    "error_description": "The requested scope is invalid, unknown, or malformed."})
            token = self.issue_token(grant_data["account"], scopes, client_id)
        elif grant == "client_credentials":
            if app is None or secret != app["client_secret"]:
                raise ApiError(401, "invalid_client", extra={"error_description": "Client authentication failed."})
            token = self.issue_token(None, (first(params, "scope") or "read").split(), client_id)
        else:
            raise ApiError(400, "unsupported_grant_type", extra={
                "error_description": "The authorization grant type is not supported by the authorization server."})
        return 200, {"access_token": token["token"], "token_type": "Bearer",
                     "scope": " ".join(token["scopes"]), "created_at": int(token["created"])}, {}

    def oauth_revoke(self, params):
        with self.state.lock:
            token = self.state.tokens.get(first(params, "token"))
            if token is not None:
                token["revoked"] = True
        return 200, {}, {}

    def issue_token(self, account, scopes, client_id=None):
        st = self.state
        with st.lock:
            value = secrets.token_urlsafe(32)
            token = {"token": value, "account": account, "scopes": list(scopes),
                     "client_id": client_id, "created": st.now(), "revoked": False}
            st.tokens[value] = token
            return token

    def instance_v1(self):
        st = self.state
        return {"uri": st.domain, "title": "Chorus test server", "short_description": "",
                "description": "", "email": "admin@" + st.domain, "version": "4.3.0",
                "urls": {}, "stats": {"user_count": len(st.accounts), "status_count": len(st.statuses),
                                      "domain_count": 1},
                "thumbnail": None, "languages": ["en"], "registrations": False,
                "approval_required": False, "invites_enabled": False,
                "configuration": self.configuration(), "contact_account": None, "rules": []}

    def instance_v2(self):
        st = self.state
        return {"domain": st.domain, "title": "Chorus test server", "version": "4.3.0",
                "source_url": "https://github.com/mastodon/mastodon", "description": "",
                "usage": {"users": {"active_month": len(st.accounts)}},
                "thumbnail": {"url": "http://%s/thumbnail.png" % st.domain},
                "languages": ["en"], "configuration": self.configuration(),
                "registrations": {"enabled": False, "approval_required": False, "message": None},
                "api_versions": {"mastodon": 2},
                "contact": {"email": "admin@" + st.domain, "account": None}, "rules": []}

    def configuration(self):
        st = self.state
        return {"urls": {"streaming": "ws://%s" % st.domain},
                "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
                "statuses": {"max_characters": st.max_characters, "max_media_attachments": 4,
                             "characters_reserved_per_url": st.reserved_per_url},
                "media_attachments": {"supported_mime_types": [], "image_size_limit": 16777216,
                                      "image_matrix_limit": 33177600, "video_size_limit": 103809024,
                                      "video_frame_rate_limit": 120, "video_matrix_limit": 8294400},
                "polls": {"max_options": 4, "max_characters_per_option": 50,
                          "min_expiration": 300, "max_expiration": 2629746},
                "translation": {"enabled": False}}

    def account_json(self, name, remote_domain=None):
        st = self.state
        account = st.accounts.get(name) or {"id": str(abs(hash(name)) % 10 ** 9), "username": name,
                                            "created": st.now()}
        acct = name if remote_domain is None else "%s@%s" % (name, remote_domain)
        domain = remote_domain or st.domain
        return {"id": account["id"], "username": name, "acct": acct, "display_name": name.title(),
                "locked": False, "bot": False, "discoverable": True, "group": False,
                "created_at": iso(account["created"]), "note": "", "url": "http://%s/@%s" % (domain, name),
                "uri": "http://%s/users/%s" % (domain, name),
                "avatar": "http://%s/avatars/original/missing.png" % st.domain,
                "avatar_static": "http://%s/avatars/original/missing.png" % st.domain,
                "header": "http://%s/headers/original/missing.png" % st.domain,
                "header_static": "http://%s/headers/original/missing.png" % st.domain,
                "followers_count": 0, "following_count": 0,
                "statuses_count": sum(1 for s in st.statuses.values() if s["account"] == name),
                "last_status_at": None, "emojis": [], "fields": [],
                **({"source": {"privacy": account.get("default_visibility", "public"), "sensitive": False,
                               "language": None, "note": "", "fields": []}}
                   if remote_domain is None and name in st.accounts else {})}

    def check_text(self, text):
        if not text or not text.strip():
            raise ApiError(422, "Validation failed: Text can't be blank")
        if text_length(text, self.state.reserved_per_url) > self.state.max_characters:
            raise ApiError(422, "Validation failed: Text character limit of %d exceeded"
                           % self.state.max_characters)

    def create_status(self, params, token):
        st = self.state
        account = token["account"]
        if account is None:
            raise ApiError(422, "This method requires an authenticated user")
        key = self.headers.get("Idempotency-Key")
        now = st.now()
        with st.lock:
            if key:
                stored = st.idempotency.get((account, key))
                if stored is not None and stored["expires"] > now:
                    # The first object, whatever this request asks: Mastodon keeps
                    # the key's answer for an hour. A scheduled status since
                    # published or deleted is no longer found.
                    kind, object_id = stored["kind"], stored["id"]
                    if kind == "scheduled":
                        if object_id not in st.scheduled:
                            raise ApiError(404, "Record not found")
                        return 200, self.scheduled_json(st.scheduled[object_id]), {}
                    if object_id not in st.statuses:
                        raise ApiError(404, "Record not found")
                    return 200, self.status_json(st.statuses[object_id]), {}
            text = first(params, "status") or ""
            visibility = first(params, "visibility") or st.accounts[account]["default_visibility"]
            if visibility not in ("public", "unlisted", "private", "direct"):
                raise ApiError(422, "Validation failed: Visibility is not included in the list")
            self.check_text(text)
            scheduled_raw = first(params, "scheduled_at")
            scheduled_at = None
            if scheduled_raw:
                scheduled_at = parse_datetime(scheduled_raw)
                if scheduled_at is None:
                    raise ApiError(422, "Validation failed: Scheduled at is invalid")
                if scheduled_at <= now + MIN_SCHEDULE_OFFSET:
                    # PostStatusService: a time too close is dropped and the
                    # status published at once.
                    scheduled_at = None
            status_params = {"text": text, "visibility": visibility,
                             "spoiler_text": first(params, "spoiler_text"),
                             "sensitive": first(params, "sensitive"),
                             "language": first(params, "language"),
                             "in_reply_to_id": first(params, "in_reply_to_id"),
                             "idempotency": key, "application_id": self.application_id(token)}
            if scheduled_at is not None:
                self.check_schedule_limits(account, scheduled_at, None)
                object_id = str(st.next_scheduled_id)
                st.next_scheduled_id += 1
                st.scheduled[object_id] = {"id": object_id, "account": account,
                                           "scheduled_at": scheduled_at, "params": status_params,
                                           "client_id": token.get("client_id")}
                kind, answer = "scheduled", self.scheduled_json(st.scheduled[object_id])
            else:
                status = self.publish(account, status_params, now, token.get("client_id"))
                object_id, kind, answer = status["id"], "status", self.status_json(status)
            if key:
                st.idempotency[(account, key)] = {"kind": kind, "id": object_id,
                                                  "expires": now + IDEMPOTENCY_SECONDS}
        return 200, answer, {}

    def application_id(self, token):
        app = self.state.apps.get(token.get("client_id"))
        return int(app["id"]) if app else None

    def check_schedule_limits(self, account, scheduled_at, exclude_id):
        st = self.state
        pending = [s for s in st.scheduled.values() if s["account"] == account and s["id"] != exclude_id]
        if len(pending) >= TOTAL_LIMIT:
            raise ApiError(422, "Validation failed: You have exceeded the limit of %d scheduled posts"
                           % TOTAL_LIMIT)
        day = dt.datetime.fromtimestamp(scheduled_at, dt.timezone.utc).date()
        same_day = [s for s in pending
                    if dt.datetime.fromtimestamp(s["scheduled_at"], dt.timezone.utc).date() == day]
        if len(same_day) >= DAILY_LIMIT:
            raise ApiError(422, "Validation failed: You have exceeded the limit of %d scheduled posts for today"
                           % DAILY_LIMIT)

    def publish(self, account, params, when, client_id=None, remote_domain=None, uri=None, status_id=None):
        return publish_status(self.state, account, params, when, client_id, remote_domain, uri, status_id)

    def status_json(self, status):
        st = self.state
        app = st.apps.get(status.get("client_id"))
        return {"id": status["id"], "created_at": iso(status["created_at"]), "in_reply_to_id": None,
                "in_reply_to_account_id": None, "sensitive": status["sensitive"],
                "spoiler_text": status["spoiler_text"], "visibility": status["visibility"],
                "language": status["language"], "uri": status["uri"], "url": status["url"],
                "replies_count": 0, "reblogs_count": 0, "favourites_count": 0, "edited_at": None,
                "favourited": False, "reblogged": False, "muted": False, "bookmarked": False,
                "pinned": False, "content": render_content(status["text"], st.domain),
                "filtered": [], "reblog": None,
                "application": {"name": app["name"], "website": app.get("website")} if app else None,
                "account": self.account_json(status["account"], status.get("remote_domain")),
                "media_attachments": [], "mentions": [],
                "tags": [{"name": t, "url": "http://%s/tags/%s" % (st.domain, t)} for t in status["tags"]],
                "emojis": [], "card": None, "poll": None}

    def scheduled_json(self, scheduled):
        params = dict(scheduled["params"])
        params.update({"media_ids": None, "poll": None, "scheduled_at": None, "with_rate_limit": False})
        return {"id": scheduled["id"], "scheduled_at": iso(scheduled["scheduled_at"]),
                "params": params, "media_attachments": []}

    def own_scheduled(self, object_id, token):
        scheduled = self.state.scheduled.get(object_id)
        if scheduled is None or scheduled["account"] != token["account"]:
            raise ApiError(404, "Record not found")
        return scheduled

    def update_scheduled(self, object_id, params, token):
        st = self.state
        with st.lock:
            scheduled = self.own_scheduled(object_id, token)
            raw = first(params, "scheduled_at")
            if raw:
                when = parse_datetime(raw)
                if when is None:
                    raise ApiError(422, "Validation failed: Scheduled at is invalid")
                if when <= st.now() + MIN_SCHEDULE_OFFSET:
                    raise ApiError(422, "Validation failed: Scheduled at The scheduled date must be in the future")
                self.check_schedule_limits(token["account"], when, object_id)
                scheduled["scheduled_at"] = when
            return 200, self.scheduled_json(scheduled), {}

    def show_status(self, object_id, token):
        status = self.state.statuses.get(object_id)
        if status is None:
            raise ApiError(404, "Record not found")
        if status["visibility"] in ("private", "direct") and (token is None or token["account"] != status["account"]):
            raise ApiError(404, "Record not found")
        return 200, self.status_json(status), {}

    def delete_status(self, object_id, token):
        with self.state.lock:
            status = self.state.statuses.get(object_id)
            if status is None or status["account"] != token["account"]:
                raise ApiError(404, "Record not found")
            del self.state.statuses[object_id]
        answer = self.status_json(status)
        answer["text"] = status["text"]
        return 200, answer, {}

    def page(self, items, params, key, base_path):
        """Mastodon's id paging: newest first; max_id and since_id bound the
        ids, min_id pages forward from a cursor; Link names the next (older)
        and previous (newer) pages."""
        def as_int(name):
            value = first(params, name)
            if value in (None, ""):
                return None
            try:
                return int(value)
            except ValueError:
                raise ApiError(422, "Validation failed: %s is invalid" % name)
        try:
            limit = int(first(params, "limit") or 20)
        except ValueError:
            limit = 20
        limit = max(1, min(limit, 40))
        max_id, since_id, min_id = as_int("max_id"), as_int("since_id"), as_int("min_id")
        ordered = sorted(items, key=lambda item: int(key(item)), reverse=True)
        if max_id is not None:
            ordered = [i for i in ordered if int(key(i)) < max_id]
        if since_id is not None:
            ordered = [i for i in ordered if int(key(i)) > since_id]
        if min_id is not None:
            ordered = [i for i in ordered if int(key(i)) > min_id]
            ordered = list(reversed(list(reversed(ordered))[:limit]))
        else:
            ordered = ordered[:limit]
        headers = {}
        if ordered:
            kept = [(k, v) for k, vs in params.items() if k not in ("max_id", "min_id", "since_id")
                    for v in vs]
            base = "http://%s%s" % (self.host(), base_path)

            def link(extra):
                return base + "?" + urllib.parse.urlencode(kept + extra)
            headers["Link"] = '<%s>; rel="next", <%s>; rel="prev"' % (
                link([("max_id", key(ordered[-1]))]), link([("min_id", key(ordered[0]))]))
        return ordered, headers

    def list_scheduled(self, params, token):
        st = self.state
        with st.lock:
            own = [s for s in st.scheduled.values() if s["account"] == token["account"]]
            page, headers = self.page(own, params, lambda s: s["id"], "/api/v1/scheduled_statuses")
            return 200, [self.scheduled_json(s) for s in page], headers

    def tag_timeline(self, tag, params, token):
        st = self.state
        wanted = {tag.lower()} | {t.lower() for t in params.get("any[]", [])}
        local = first(params, "local") in ("true", "1")
        remote = first(params, "remote") in ("true", "1")
        with st.lock:
            matching = [s for s in st.statuses.values() if s["visibility"] == "public"
                        and wanted & set(s["tags"])
                        and not (local and s["remote_domain"])
                        and not (remote and not s["remote_domain"])]
            page, headers = self.page(matching, params, lambda s: s["id"],
                                      "/api/v1/timelines/tag/" + urllib.parse.quote(tag))
            return 200, [self.status_json(s) for s in page], headers

    def account_statuses(self, account_id, params, token):
        st = self.state
        with st.lock:
            name = next((n for n, a in st.accounts.items() if a["id"] == account_id), None)
            if name is None:
                raise ApiError(404, "Record not found")
            own = token is not None and token["account"] == name
            visible = [s for s in st.statuses.values() if s["account"] == name and not s["remote_domain"]
                       and (own or s["visibility"] in ("public", "unlisted"))]
            page, headers = self.page(visible, params, lambda s: s["id"],
                                      "/api/v1/accounts/%s/statuses" % account_id)
            return 200, [self.status_json(s) for s in page], headers

    # --- the tests' control interface -------------------------------------

    def control(self, path, params, body):
        st = self.state
        try:
            data = json.loads(body.decode("utf-8")) if body else {}
        except ValueError:
            self.send(400, {"error": "control bodies are JSON"})
            return
        with st.lock:
            if path == "/_test/config":
                for field in ("clock_offset", "max_characters", "reserved_per_url",
                              "tag_timeline_requires_auth", "rate_limit", "auto_approve"):
                    if field in data:
                        setattr(st, field, data[field])
                answer = {"clock_offset": st.clock_offset, "now": iso(st.now())}
            elif path == "/_test/token":
                token = self.issue_token(data.get("account", "alice"),
                                         data.get("scopes", ["read:statuses", "write:statuses", "profile"]))
                answer = {"access_token": token["token"]}
            elif path == "/_test/revoke":
                for token in st.tokens.values():
                    if token["token"] == data.get("token") or token["account"] == data.get("account"):
                        token["revoked"] = True
                answer = {}
            elif path == "/_test/rule":
                # {"method","path","status","body","headers","count","drop","after","close"}
                if data.get("clear"):
                    st.rules = []
                else:
                    data.setdefault("status", 500)
                    st.rules.append(data)
                answer = {"rules": len(st.rules)}
            elif path == "/_test/status":
                when = parse_datetime(data["created_at"]) if data.get("created_at") else st.now()
                status = self.publish(data.get("account", "alice"),
                                      {"text": data["text"], "visibility": data.get("visibility", "public")},
                                      when, remote_domain=data.get("remote_domain"), uri=data.get("uri"),
                                      status_id=data.get("id"))
                answer = self.status_json(status)
            elif path == "/_test/statuses":
                # Many seeded statuses in one request (the pulse's tests seed
                # hundreds): {"statuses":[{the fields of /_test/status}, …]}.
                answer = {"statuses": []}
                for item in data.get("statuses", []):
                    when = parse_datetime(item["created_at"]) if item.get("created_at") else st.now()
                    status = self.publish(item.get("account", "alice"),
                                          {"text": item["text"], "visibility": item.get("visibility", "public")},
                                          when, remote_domain=item.get("remote_domain"), uri=item.get("uri"),
                                          status_id=item.get("id"))
                    answer["statuses"].append(self.status_json(status))
            elif path == "/_test/scheduled":
                account = data.get("account", "alice")
                when = parse_datetime(data["scheduled_at"])
                created = []
                for _ in range(int(data.get("count", 1))):
                    object_id = str(st.next_scheduled_id)
                    st.next_scheduled_id += 1
                    st.scheduled[object_id] = {"id": object_id, "account": account, "scheduled_at": when,
                                               "params": {"text": data.get("text", "seeded"),
                                                          "visibility": "public", "spoiler_text": None,
                                                          "sensitive": None, "language": None,
                                                          "in_reply_to_id": None,
                                                          "idempotency": data.get("idempotency"),
                                                          "application_id": None}}
                    created.append(object_id)
                answer = {"ids": created}
            elif path == "/_test/state":
                answer = {"now": iso(st.now()),
                          "statuses": [dict(s, created_at=iso(s["created_at"])) for s in
                                       sorted(st.statuses.values(), key=lambda s: int(s["id"]))],
                          "scheduled": [dict(s, scheduled_at=iso(s["scheduled_at"])) for s in
                                        sorted(st.scheduled.values(), key=lambda s: int(s["id"]))],
                          "requests": st.requests}
            else:
                self.send(404, {"error": "unknown control route " + path})
                return
        self.send(200, answer)


def publish_status(st, account, params, when, client_id=None, remote_domain=None, uri=None, status_id=None):
    with st.lock:
        status_id = str(status_id) if status_id else st.snowflake(when)
        domain = remote_domain or st.domain
        text = params["text"]
        tags = []
        for match in HASHTAG_RE.finditer(text):
            name = match.group(1).lower()
            if name not in tags:
                tags.append(name)
        status = {"id": status_id, "account": account, "created_at": when, "text": text,
                  "visibility": params.get("visibility") or "public",
                  "spoiler_text": params.get("spoiler_text") or "",
                  "sensitive": params.get("sensitive") in (True, "true", "1"),
                  "language": params.get("language") or "en", "tags": tags,
                  "client_id": client_id, "remote_domain": remote_domain,
                  "uri": uri or "http://%s/users/%s/statuses/%s" % (domain, account, status_id),
                  "url": "http://%s/@%s/%s" % (domain, account, status_id)}
        st.statuses[status_id] = status
        return status


def first(params, name):
    values = params.get(name)
    if not values:
        return None
    value = values[0]
    return value if isinstance(value, str) or value is None else (
        "true" if value is True else "false" if value is False else str(value))


def parse_multipart(body, content_type):
    match = re.search(r'boundary="?([^";]+)"?', content_type or "")
    params = {}
    if not match:
        return params
    boundary = ("--" + match.group(1)).encode()
    for part in body.split(boundary):
        head, _, value = part.partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]+)"', head)
        if name:
            params.setdefault(name.group(1).decode(), []).append(value.rstrip(b"\r\n-").decode("utf-8", "replace"))
    return params


def publisher(state, stop):
    """Publishes scheduled statuses when their time comes by the server's
    clock, as Mastodon's scheduler does (within a fraction of a second here)."""
    while not stop.wait(0.1):
        with state.lock:
            now = state.now()
            due = [s for s in state.scheduled.values() if s["scheduled_at"] <= now]
            for scheduled in sorted(due, key=lambda s: s["scheduled_at"]):
                del state.scheduled[scheduled["id"]]
                publish_status(state, scheduled["account"], scheduled["params"], now,
                               scheduled.get("client_id"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        parser.error("the test server listens on loopback only")
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    host, port = server.server_address[:2]
    server.state = State("%s:%d" % (host, port))
    stop = threading.Event()
    threading.Thread(target=publisher, args=(server.state, stop), daemon=True).start()
    print("listening on http://%s:%d" % (host, port), flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
