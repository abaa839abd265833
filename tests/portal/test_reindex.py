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
    assert sorted(p.name for p in index_dir.parent.iterdir() if p.name.startswith("index")) == ["index"]


def test_an_index_of_an_older_schema_is_rebuilt_on_the_next_sync(client: Any, published: Runtime) -> None:
    import shutil

    from whoosh import index as whoosh_index
    from whoosh.fields import ID, TEXT, Schema

    from publisher import outputs

    index_dir = Path(published.config["DATA_DIR"]) / "index"
    shutil.rmtree(index_dir)
    index_dir.mkdir()
    old = whoosh_index.create_in(str(index_dir), Schema(public_id=ID(stored=True, unique=True), text=TEXT()))
    with old.writer() as writer:
        writer.add_document(public_id="stale", text="过期食品")
    outputs.refresh(published)
    assert client.get("/decisions.json?q=过期食品").get_json()["total"] == 12
    assert client.get("/decisions.json?q=西红柿").get_json()["total"] == 0
