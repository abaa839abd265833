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
