"""RSS and Atom feeds: valid, stable (golden files), filtered, conditional, and honest about withdrawals."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import feedparser
import pytest

from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.transitions import Lifecycle
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests.portal.conftest import public_id
from tests.publisher.lifecycle_helpers import at, public

GOLDEN = Path(__file__).parent.parent / "data" / "golden"
FEEDS = ["/feeds/decisions.rss", "/feeds/decisions.atom", "/feeds/withdrawals.rss", "/feeds/withdrawals.atom"]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_parses_and_matches_its_golden_file(client: Any, published: Runtime, url: str) -> None:
    response = client.get(url)
    parsed = feedparser.parse(response.data)
    assert response.status_code == 200 and not parsed.bozo, parsed.get("bozo_exception")
    golden = GOLDEN / url.rsplit("/", 1)[1]
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(response.data)
    assert response.data == golden.read_bytes()


def test_decision_entries_are_public_fields_with_permanent_ids(client: Any, published: Runtime) -> None:
    feed = feedparser.parse(client.get("/feeds/decisions.atom").data)
    assert len(feed.entries) == 15
    pid = public_id(published, "测市监罚决〔2026〕2号")
    entry = next(e for e in feed.entries if e.id.endswith(pid))
    assert entry.id == entry.link == f"http://127.0.0.1:8000/decisions/{pid}"
    assert "李某" in entry.summary and "李明华" not in entry.summary
    assert entry.published_parsed and entry.published.endswith("+08:00")


@pytest.mark.parametrize(
    ("query", "count"),
    [("agency=T-YJGL", 1), ("category=license", 1), ("q=过期食品", 12), ("q=过期食品&category=license", 0)],
    ids=["agency", "category", "search", "search-and-category"],
)
def test_filtered_feeds(client: Any, published: Runtime, query: str, count: int) -> None:
    feed = feedparser.parse(client.get(f"/feeds/decisions.rss?{query}").data)
    assert not feed.bozo and len(feed.entries) == count


def test_withdrawal_leaves_the_decision_feed_and_enters_the_withdrawals_feed(
    client: Any, published: Runtime
) -> None:
    pid = public_id(published, "测市监罚决〔2025〕4号")
    assert any(e.id.endswith(pid) for e in feedparser.parse(client.get("/feeds/decisions.rss").data).entries)
    with published.sessions() as s, s.begin():
        Lifecycle(s, published.calendar, published.config).withdraw(
            public(s, "测市监罚决〔2025〕4号"),
            "ordered_redone",
            "法院判决责令重新作出",
            at("2026-06-01").date(),
            at("2026-06-02"),
            SYSTEM,
        )
    outputs.refresh(published)
    decisions = feedparser.parse(client.get("/feeds/decisions.rss").data).entries
    withdrawals = feedparser.parse(client.get("/feeds/withdrawals.atom").data).entries
    assert not any(e.id.endswith(pid) for e in decisions)
    stone = next(e for e in withdrawals if e.id.endswith(f"{pid}#tombstone"))
    assert "决定被责令重新作出" in stone.title and "法院判决责令重新作出" in stone.summary
    assert "过期食品" not in stone.summary  # never the withdrawn text


def test_conditional_get(client: Any, published: Runtime) -> None:
    first = client.get("/feeds/decisions.atom")
    assert (
        client.get("/feeds/decisions.atom", headers={"If-None-Match": first.headers["ETag"]}).status_code
        == 304
    )
    since = client.get("/feeds/decisions.atom", headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert since.status_code == 304


def test_control_characters_never_reach_a_feed(client: Any, published: Runtime, tmp_path: Path) -> None:
    from publisher.intake import ingest as intake
    from publisher.lifecycle.tick import tick
    from tests import factories as f

    dirty = f.decision(
        id="测市监罚决〔2026〕30号",
        decision_date="2026-05-06",
        result="罚款\x0b五万元\x1f",
        text="当事人\x07销售过期食品。",
    )
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "dirty.jsonl", [dirty]), now=at("2026-05-07")
    ).ok
    with published.sessions() as s, s.begin():
        tick(s, at("2026-05-08"), published.calendar, published.config)
    for url in FEEDS[:2]:
        assert not feedparser.parse(client.get(url).data).bozo
