"""Rendered public pages kept in memory, and conditional GET (ETag, 304) on them.

A visitor with no session of their own (nothing in it but a CSRF token: not signed in, no
message waiting) asking for a page of a cacheable blueprint gets it from a bounded LRU cache
of rendered responses (``PAGE_CACHE_MB`` per process, counted in bytes). An entry's key is
the whole address (scheme, host, path, query), the interface language, the care mode (关怀版)
and the **data version**: the audit chain's head (every change to published data appends to
the chain in the same transaction, invariant 4), the search index's state (a sync or a
snapshot moves it after the commit) and the local date (pages that count days). The version
is read from the database on every request, one row by primary key, through the same
read-only session as the page, so a decision withdrawn through one gunicorn worker (or the
tick, or the CLI) is a 410 at the next request to any worker, never a stale 200.

Never stored: a response that sets a cookie, flashes a message, is streamed (CSV, files), is
an error other than 404 and 410, or answers a visitor with a session of their own. Every HTML
page carries the care-mode switch's CSRF token: the entry holds a placeholder instead, and
each response gets this visitor's token (and its session cookie) spliced in. The security
headers and the language cookie are added by their own hooks on every response, hit or miss.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from flask import Blueprint, Flask, current_app, g, request, session
from flask_wtf.csrf import generate_csrf
from sqlalchemy import select
from werkzeug.wrappers import Response

from portal import db, i18n
from publisher import clock
from publisher.models import AuditHead

TOKEN = "csrf_token"  # Flask-WTF's field name: the signed token in g, the raw one in the session
PLACEHOLDER = b"\x00csrf-token\x00"  # never in a rendered page (NUL is refused everywhere)
STORED_STATUSES = frozenset({200, 404, 410})
DROPPED_HEADERS = frozenset({"set-cookie", "content-length", "etag", "date"})
ENTRY_OVERHEAD = 512  # the entry object, its key and its header list, roughly
CACHEABLE = "gongshi.cacheable_blueprints"
HEAD = select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)  # built once: read every request


@dataclass(frozen=True)
class Entry:
    """A rendered response without its visitor: body (token as placeholder), status, headers."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]
    digest: str
    has_token: bool

    @property
    def size(self) -> int:
        """Bytes counted against the bound."""
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + ENTRY_OVERHEAD


class PageCache:
    """An LRU map of entries bounded by the bytes they hold; cleared when the version moves."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 8  # one huge page must not push out hundreds of others
        self.bytes = 0
        self.version: tuple[Any, ...] | None = None
        self._entries: OrderedDict[tuple[Any, ...], Entry] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, version: tuple[Any, ...], key: tuple[Any, ...]) -> Entry | None:
        """The entry of ``key`` at ``version`` (a newer version empties the cache first)."""
        with self._lock:
            if version != self.version:
                self._entries.clear()
                self.bytes, self.version = 0, version
                return None
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, version: tuple[Any, ...], key: tuple[Any, ...], entry: Entry) -> None:
        """Keep ``entry`` if it was made at the current version and fits; evict the oldest.
        The key counts too: a long Host header or query string on a tiny 404 is mostly key."""
        size = entry.size + _key_size(key)
        with self._lock:
            if version != self.version or size > self.max_entry:
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old.size + _key_size(key)
            self._entries[key] = entry
            self.bytes += size
            while self.bytes > self.max_bytes:
                evicted_key, evicted = self._entries.popitem(last=False)
                self.bytes -= evicted.size + _key_size(evicted_key)


def _key_size(key: tuple[Any, ...]) -> int:
    return sum(len(part) if isinstance(part, str | bytes) else 8 for part in key)


def data_version() -> tuple[Any, ...] | None:
    """What every cacheable page is derived from: audit head, index state and local date; None
    when the index cannot say (a damaged file): then nothing is cached, and only the pages that
    search fail, as they would without the cache."""
    head = db.session().execute(HEAD).first()
    try:
        index = current_app.extensions["search"].version()
    except Exception:  # noqa: BLE001 - any fault of the index files; search pages report it
        current_app.logger.exception("page cache: the search index's version is unreadable")
        return None
    return (tuple(head) if head else None, index, clock.today().isoformat())


def _cache() -> PageCache | None:
    found: PageCache | None = current_app.extensions.get("page_cache")
    return found


def _anonymous() -> bool:
    """No session of the visitor's own (a CSRF token aside) and no remember-me cookie.

    Flask-Login's strong session protection marks a session with no sign-in in it "clear" when a
    page loads the (anonymous) user: that mark is about the remember cookie, not the page."""
    remember = current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token")
    return remember not in request.cookies and all(
        k == TOKEN or (k == "_remember" and v == "clear") for k, v in session.items()
    )


def _key() -> tuple[Any, ...]:
    return (
        request.scheme,
        request.host,
        request.path,
        request.query_string,
        i18n.select_code(),
        request.cookies.get("care") == "1",
    )


def lookup() -> Response | None:
    """Answer from the cache when the request may be (before the view runs)."""
    if (
        request.method not in ("GET", "HEAD")
        or request.blueprint not in current_app.extensions[CACHEABLE]
        or not _anonymous()
    ):
        return None
    g.page_key = _key()  # validators even when the cache is off
    cache = _cache()
    if cache is None:
        return None
    g.page_version = data_version()
    if g.page_version is None:
        return None
    entry = cache.get(g.page_version, g.page_key)
    if entry is None:
        return None
    g.page_entry = entry
    body = entry.body.replace(PLACEHOLDER, generate_csrf().encode()) if entry.has_token else entry.body
    return Response(body, status=entry.status, headers=list(entry.headers))


def _entry(response: Response) -> Entry | None:
    """The response as an entry, or None when it must not be kept."""
    if (
        response.status_code not in STORED_STATUSES
        or response.is_streamed
        or response.direct_passthrough
        or "Set-Cookie" in response.headers
        or not _anonymous()  # the view flashed, or signed someone in
    ):
        return None
    body = response.get_data()
    token = g.get(TOKEN)
    if token and token in unquote(request.full_path):
        return None  # the address echoes the token (?q=<token>): the page would hand it to others
    if token:
        body = body.replace(token.encode(), PLACEHOLDER)
    headers = tuple((k, v) for k, v in response.headers.items() if k.lower() not in DROPPED_HEADERS)
    digest = hashlib.blake2b(body, digest_size=12).hexdigest()
    return Entry(response.status_code, body, headers, digest, has_token=bool(token))


def finish(response: Response) -> Response:
    """Keep a fresh response, then add validators and answer If-None-Match (after the view)."""
    if "page_key" not in g:
        return response
    entry: Entry | None = g.get("page_entry")
    if entry is None:
        entry = _entry(response)
        if entry is None:
            return response
        cache = _cache()
        if cache is not None and g.get("page_version") is not None:
            cache.put(g.page_version, g.page_key, entry)
    if entry.status != 200:
        if entry.has_token:  # a 404 or 410 page holds this visitor's token too
            response.headers["Cache-Control"] = "private, no-cache"
        return response
    response.vary.add("Cookie")  # the language and the care mode come from cookies
    if entry.has_token:
        # The page holds this visitor's token: private, and its validator names the session's
        # token and the half-hour, so a copy revalidated with a 304 still has a live token.
        raw = hashlib.blake2b(str(session.get(TOKEN)).encode(), digest_size=6).hexdigest()
        half = int(time.time() // (int(current_app.config.get("WTF_CSRF_TIME_LIMIT") or 3600) // 2))
        response.set_etag(f"{entry.digest}-{raw}-{half}", weak=True)
        response.headers["Cache-Control"] = "private, no-cache"
    else:
        response.set_etag(entry.digest)
        response.headers.setdefault("Cache-Control", "public, no-cache")  # a feed keeps its max-age
    return response.make_conditional(request)


def init_app(app: Flask, cacheable: Iterable[Blueprint]) -> None:
    """Install the cache (``PAGE_CACHE_MB``; 0 turns it off) for the blueprints listed."""
    app.extensions[CACHEABLE] = frozenset(bp.name for bp in cacheable)
    megabytes = int(app.config["PAGE_CACHE_MB"])
    app.extensions["page_cache"] = PageCache(megabytes * 1024 * 1024) if megabytes > 0 else None
    app.before_request(lookup)
    app.after_request(finish)  # registered last, so it runs before the other hooks' headers
