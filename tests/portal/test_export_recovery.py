"""An export that dies at the worst moment recovers by itself on the next run.

Each crash is a real process exit (``os._exit``) at the exact point, in a child process,
so nothing of Python's cleanup runs; the next export in this process must then succeed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from publisher.outputs import packages
from publisher.runtime import Runtime
from tests.publisher.lifecycle_helpers import at

CHILD = """
import datetime as dt, os, sys
from publisher.outputs import packages
from publisher.runtime import Runtime
point = sys.argv[1]
if point == "before-manifest":  # the version folder is renamed into place, the manifest not yet written
    packages._list = lambda *args: os._exit(9)
else:  # killed while a version is being built and validated
    packages.frictionless.validate = lambda *args, **kwargs: os._exit(9)
rt = Runtime()
with rt.sessions() as session:
    packages.export_all(session, packages.Path(rt.config["DATA_DIR"]) / "packages",
                        dt.datetime(2026, 6, 1, tzinfo=dt.UTC), rt.config)
"""


def crash_export(rt: Runtime, point: str) -> None:
    env = {**os.environ, **{f"PORTAL_{k}": str(v) for k, v in rt.config.items()}}
    done = subprocess.run([sys.executable, "-c", CHILD, point], env=env, capture_output=True, timeout=120)
    assert done.returncode == 9, done.stderr.decode()[-2000:]


def export(rt: Runtime) -> dict[str, packages.Export]:
    with rt.sessions() as s:
        done = packages.export_all(s, root(rt), at("2026-06-01"), rt.config)
    return {e.name: e for e in done}


def root(rt: Runtime) -> Path:
    return Path(rt.config["DATA_DIR"]) / "packages"


def listed(rt: Runtime, name: str = "full") -> list[str]:
    state = json.loads((root(rt) / name / "versions.json").read_text(encoding="utf-8"))
    return [v["version"] for v in state["versions"]]


def test_a_version_renamed_in_place_but_not_listed_is_adopted(published: Runtime, client: Any) -> None:
    crash_export(published, "before-manifest")
    orphan = root(published) / "full" / "1.0.0"
    assert orphan.is_dir() and not (root(published) / "full" / "versions.json").exists()
    assert client.get("/data/packages/full/1.0.0/decisions.csv").status_code == 404  # unlisted: not served
    done = export(published)  # must not fail with "Directory not empty"
    assert listed(published) == ["1.0.0"] and not done["full"].written  # adopted, not rebuilt
    with client.get("/data/packages/full/latest/decisions.csv") as served:
        assert served.status_code == 200 and "测市监罚决" in served.get_data(as_text=True)
    assert (root(published) / "full" / "latest").readlink().name == "1.0.0"


def test_an_orphan_that_does_not_verify_is_removed_and_written_again(published: Runtime) -> None:
    crash_export(published, "before-manifest")
    damaged = root(published) / "full" / "1.0.0" / "decisions.csv"
    damaged.write_bytes(damaged.read_bytes().replace("测".encode(), "则".encode()))
    done = export(published)
    assert done["full"].written and listed(published) == ["1.0.0"]
    assert "测市监罚决" in damaged.read_text(encoding="utf-8")  # the real file, not the damaged one


def test_a_killed_build_leaves_nothing_behind(published: Runtime) -> None:
    crash_export(published, "during-build")
    assert list((root(published) / "full").glob(".building-*"))  # what a killed export leaves
    done = export(published)
    assert done["full"].written and listed(published) == ["1.0.0"]
    assert not list(root(published).glob("*/.building-*"))


@pytest.mark.parametrize("entry", ["", "{", '{"version": "1.0.0"}'], ids=["empty", "broken", "incomplete"])
def test_an_orphan_with_a_bad_entry_is_not_adopted(published: Runtime, entry: str) -> None:
    crash_export(published, "before-manifest")
    (root(published) / "full" / "1.0.0" / packages.ENTRY).write_text(entry, encoding="utf-8")
    assert export(published)["full"].written and listed(published) == ["1.0.0"]
