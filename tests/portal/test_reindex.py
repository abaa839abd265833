"""`publisher reindex` rebuilds the index from the database and swaps it in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from publisher.cli import main
from publisher.runtime import Runtime


def test_reindex_gives_the_same_answers_and_leaves_no_debris(
    client: Any, published: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {
        q: client.get(f"/decisions.json?{q}").get_json()["total"]
        for q in ("", "q=过期食品", "category=license")
    }
    for key, value in published.config.items():
        if key.isupper():
            monkeypatch.setenv(f"PORTAL_{key}", str(value))
    result = CliRunner().invoke(main, ["reindex"])
    assert result.exit_code == 0 and "indexed 15 published decisions" in result.output
    after = {q: client.get(f"/decisions.json?{q}").get_json()["total"] for q in before}
    assert after == before == {"": 15, "q=过期食品": 12, "category=license": 1}
    index_dir = Path(published.config["DATA_DIR"]) / "index"
    assert sorted(p.name for p in index_dir.parent.iterdir() if p.name.startswith("index")) == [
        "index",
        "index.d",
        "index.lock",
    ]
    builds = sorted(p.name for p in (index_dir.parent / "index.d").iterdir())
    assert len(builds) == 2 and index_dir.readlink().name == builds[-1]  # the new one and the one before


def test_an_index_of_an_older_schema_is_rebuilt_on_the_next_sync(client: Any, published: Runtime) -> None:
    import shutil

    from whoosh import index as whoosh_index
    from whoosh.fields import ID, TEXT, Schema

    from publisher.outputs import refresh as outputs

    index_dir = Path(published.config["DATA_DIR"]) / "index"
    index_dir.unlink()  # an index of an older version and layout: a plain folder
    shutil.rmtree(index_dir.with_name("index.d"))
    index_dir.mkdir()
    old = whoosh_index.create_in(str(index_dir), Schema(public_id=ID(stored=True, unique=True), text=TEXT()))
    with old.writer() as writer:
        writer.add_document(public_id="stale", text="过期食品")
    outputs.refresh(published)
    assert client.get("/decisions.json?q=过期食品").get_json()["total"] == 12
    assert client.get("/decisions.json?q=西红柿").get_json()["total"] == 0


CHILD = """
import os, sys
from publisher.search import index
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
real = os.replace
if sys.argv[1] == "before-swap":
    index.os.replace = lambda *args: os._exit(9)
else:  # swapped, old builds not yet cleaned up
    index.os.replace = lambda *args: (real(*args), os._exit(9))
outputs.rebuild(Runtime())
"""


@pytest.mark.parametrize("point", ["before-swap", "after-swap"])
def test_a_reindex_killed_at_the_swap_leaves_a_whole_index(
    client: Any, published: Runtime, point: str
) -> None:
    import os
    import subprocess
    import sys

    expected = client.get("/decisions.json?q=过期食品").get_json()["total"]
    env = {**os.environ, **{f"PORTAL_{k}": str(v) for k, v in published.config.items() if k.isupper()}}
    done = subprocess.run([sys.executable, "-c", CHILD, point], env=env, capture_output=True, timeout=120)
    assert done.returncode == 9, done.stderr.decode()[-2000:]
    assert client.get("/decisions.json?q=过期食品").get_json()["total"] == expected == 12
    from publisher.outputs import refresh as outputs

    outputs.rebuild(published)  # the next build cleans up after the killed one
    builds = list((Path(published.config["DATA_DIR"]) / "index.d").iterdir())
    assert len(builds) == 2 and client.get("/decisions.json?q=过期食品").get_json()["total"] == 12


def test_without_an_index_search_says_so_instead_of_finding_nothing(client: Any, published: Runtime) -> None:
    import shutil

    index_dir = Path(published.config["DATA_DIR"]) / "index"
    index_dir.unlink()
    shutil.rmtree(index_dir.with_name("index.d"))
    page = client.get("/decisions?q=过期食品")
    assert page.status_code == 503 and "检索服务暂不可用" in page.get_data(as_text=True)
    assert page.headers["Retry-After"] == "60"
    api = client.get("/decisions.json?q=过期食品")
    assert api.status_code == 503 and api.get_json()["error"]["status"] == 503
    assert not index_dir.exists()  # a reader never creates an empty index


def test_a_sync_that_cannot_commit_is_done_again_by_the_next(
    client: Any, published: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from sqlalchemy import select
    from whoosh import index as whoosh_index
    from whoosh.index import LockError

    from publisher.lifecycle.actors import SYSTEM
    from publisher.lifecycle.transitions import Lifecycle
    from publisher.models import PublicDecision
    from publisher.outputs import refresh as outputs
    from publisher.search import index
    from tests.publisher.lifecycle_helpers import at

    index_dir = Path(published.config["DATA_DIR"]) / "index"
    mark = index.read_mark(index_dir)
    with published.sessions() as s, s.begin():
        gone = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == "测市监罚决〔2025〕2号")).one()
        Lifecycle(s, published.calendar, published.config).withdraw(
            gone, "revoked", "复议决定", dt.date(2026, 6, 1), at("2026-06-02"), SYSTEM
        )
    busy = whoosh_index.open_dir(str(index_dir)).writer()  # another writer holds the lock
    monkeypatch.setattr(index, "LOCK_WAIT", 0.2)
    with pytest.raises(LockError):
        outputs.refresh(published)
    assert index.read_mark(index_dir) == mark  # nothing was applied, so the mark stays
    busy.cancel()
    outputs.refresh(published)
    assert index.read_mark(index_dir) > mark
    assert client.get("/decisions.json?q=测市监罚决〔2025〕2号").get_json()["total"] == 0


def test_two_reindexes_at_once_both_finish_with_a_whole_index(client: Any, published: Runtime) -> None:
    import threading

    from publisher.search import index

    path = Path(published.config["DATA_DIR"]) / "index"
    results: list[Any] = []

    def reindex() -> None:
        with published.sessions() as s:
            try:
                results.append(index.rebuild(s, path))
            except Exception as exc:  # noqa: BLE001 - the failure is what this test looks for
                results.append(exc)

    threads = [threading.Thread(target=reindex) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [{"indexed": 15}] * 3
    assert client.get("/decisions.json?q=过期食品").get_json()["total"] == 12
    assert path.resolve().is_dir() and len(list((path.parent / "index.d").iterdir())) == 2


def test_an_index_that_names_a_module_since_moved_is_rebuilt_not_a_500(
    client: Any, published: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoosh pickles the classes that wrote an index by module path; an index written before
    publisher/index.py became publisher/search/index.py names a module that is gone. Search
    answers 503 (not 500) and `publisher db upgrade` rebuilds it."""
    import shutil
    import sys

    from whoosh import index as whoosh_index
    from whoosh.fields import ID, TEXT, Schema

    gone = tmp_path / "gongshi_moved_away.py"
    gone.write_text("from whoosh.formats import Positions\n\nclass OldPositions(Positions):\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import gongshi_moved_away  # type: ignore[import-not-found]

    index_dir = Path(published.config["DATA_DIR"]) / "index"
    index_dir.unlink()
    shutil.rmtree(index_dir.with_name("index.d"))
    index_dir.mkdir()
    old = Schema(public_id=ID(stored=True, unique=True), text=TEXT(phrase=True))
    old["text"].format = gongshi_moved_away.OldPositions()
    with whoosh_index.create_in(str(index_dir), old).writer() as writer:
        writer.add_document(public_id="stale", text="过期食品")
    gone.unlink()
    del sys.modules["gongshi_moved_away"]  # the module moved: the index names what is no more

    response = client.get("/decisions.json?q=过期食品")
    assert response.status_code == 503 and response.get_json()["error"]["status"] == 503
    for key, value in published.config.items():
        if key.isupper():
            monkeypatch.setenv(f"PORTAL_{key}", str(value))
    upgraded = CliRunner().invoke(main, ["db", "upgrade"])
    assert upgraded.exit_code == 0 and "search index" in upgraded.output, upgraded.output
    assert client.get("/decisions.json?q=过期食品").get_json()["total"] == 12


def test_another_whoosh_stops_only_what_touches_the_index(
    client: Any, published: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from publisher.search import whoosh_private

    monkeypatch.setattr(whoosh_private, "WRITTEN_FOR", (9, 9))
    assert CliRunner().invoke(main, ["deadline", "2026-05-08", "penalty"]).output.strip() == "2026-05-18"
    with pytest.raises(whoosh_private.UnsupportedWhoosh):
        from publisher.outputs import refresh as outputs

        outputs.rebuild(published)


def test_an_index_without_the_grams_field_counts_as_missing_and_is_rebuilt(
    client: Any, published: Runtime
) -> None:
    """An index built before exact search (words only) would miss what segmentation splits:
    search answers 503 until the next sync rebuilds it, then finds every match."""
    from whoosh import index as whoosh_index

    from publisher.outputs import refresh as outputs
    from publisher.search.index import schema

    older = schema()
    older.remove("grams")
    index_dir = Path(published.config["DATA_DIR"]) / "index"
    stale = index_dir.resolve()
    for name in list(stale.iterdir()):
        name.unlink()
    whoosh_index.create_in(str(stale), older)
    (stale / "gongshi-sync.json").write_text('{"audit_seq": 1}', encoding="utf-8")
    assert client.get("/decisions.json?q=食品第1").status_code == 503
    outputs.refresh(published)
    assert client.get("/decisions.json?q=食品第1").get_json()["total"] == 4
