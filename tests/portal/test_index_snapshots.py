"""Search index snapshots: shipped once by the publisher, copied to portal nodes, checked and
switched atomically; two portal processes serving two copies answer alike."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select

from publisher import settings
from publisher.cli import main
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import AuditEvent, PublicDecision
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from publisher.search import index, snapshots
from tests.publisher.lifecycle_helpers import at

QUERIES = [
    "罚款",
    "过期食品",
    "销售过期食品第3批",
    "测市监罚决〔2025〕3号",
    "准予 许可",
    "安全生产 OR 虚假宣传",
    "罚款 NOT 第5批",
    "西红柿",
]
SERVER = """
from werkzeug.serving import make_server
from portal import create_app
server = make_server("127.0.0.1", 0, create_app({"RATELIMIT_ENABLED": False}), threaded=True)
print(server.server_port, flush=True)
server.serve_forever()
"""


def node_env(published: Runtime, data: Path) -> dict[str, str]:
    """A portal node's settings: the district's database, its own data directory, snapshots."""
    env = {f"PORTAL_{k}": str(published.config[k]) for k in settings.DEFAULTS}
    return env | {"PORTAL_DATA_DIR": str(data), "PORTAL_INDEX_SNAPSHOTS": "true"}


def on_node(published: Runtime, data: Path, *args: str) -> Result:
    """`publisher ARGS` run on a portal node whose data directory is ``data``."""
    return CliRunner().invoke(main, list(args), env=node_env(published, data))


@contextmanager
def portal_process(published: Runtime, data: Path) -> Iterator[Callable[[str], Any]]:
    """A portal node in a process of its own; yields a function that GETs a path's JSON."""
    env = os.environ | node_env(published, data) | {"PYTHONPATH": str(settings.CHECKOUT)}
    with subprocess.Popen(
        [sys.executable, "-c", SERVER], env=env, stdout=subprocess.PIPE, text=True, cwd=data.parent
    ) as process:
        try:
            assert process.stdout is not None
            port = int(process.stdout.readline())

            def get(path: str) -> Any:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as answer:
                    return parsed(answer.read().decode("utf-8"))

            yield get
        finally:
            process.terminate()


def parsed(body: str) -> Any:
    """A JSON answer without the host it was asked of (links name the request's host)."""
    return json.loads(re.sub(r"http://[^/\"]+", "", body))


def answers(get: Callable[[str], Any]) -> list[Any]:
    """Each query's API answer and search page data: totals, ids, facets."""
    found = []
    for q in QUERIES:
        api = get(f"/api/v1/decisions?q={quote(q)}")
        page = get(f"/decisions.json?q={quote(q)}&sort=date")
        found.append((q, api["total"], [d["public_id"] for d in api["data"]], api["facets"], page))
    return found


@pytest.fixture
def shipped(published: Runtime, cli: Callable[..., Result], tmp_path: Path) -> Path:
    """The district's index shipped once, as version 1 under ``tmp_path/ship``."""
    result = cli("index", "ship", str(tmp_path / "ship"))
    assert result.exit_code == 0, result.output
    assert "snapshot 1 written" in result.output
    return tmp_path / "ship"


def install(published: Runtime, node: Path, source: Path) -> Path:
    """Copy a shipped version to a node's disk (as rsync would) and switch the node to it."""
    incoming = node / "incoming" / source.name
    shutil.copytree(source, incoming)
    result = on_node(published, node / "data", "index", "use", str(incoming))
    assert result.exit_code == 0, result.output
    return incoming


def test_two_portal_processes_serve_two_copies_of_a_snapshot_alike(
    published: Runtime, shipped: Path, cli: Callable[..., Result], client: Any, tmp_path: Path
) -> None:
    manifest = json.loads((shipped / "1" / "manifest.json").read_text(encoding="utf-8"))
    with published.sessions() as s:
        assert manifest["audit_seq"] == s.scalar(select(func.max(AuditEvent.seq)))
        published_count = s.scalar(select(func.count()).where(PublicDecision.status == "published"))
    assert manifest["version"] == 1 and manifest["documents"] == published_count
    assert any(name.endswith(".toc") for name in manifest["files"])
    assert all(len(f["sha256"]) == 64 and f["bytes"] > 0 for f in manifest["files"].values())
    assert (shipped / "latest").resolve() == (shipped / "1").resolve()
    assert not os.access(shipped / "1" / "manifest.json", os.W_OK) or os.geteuid() == 0  # read-only files
    assert "snapshot 1 unchanged" in cli("index", "ship", str(shipped)).output  # nothing new: no version

    install(published, tmp_path / "a", shipped / "1")
    install(published, tmp_path / "b", shipped / "1")
    with (
        portal_process(published, tmp_path / "a" / "data") as node_a,
        portal_process(published, tmp_path / "b" / "data") as node_b,
    ):
        seen = answers(node_a)
        assert seen == answers(node_b)
        assert seen == answers(
            lambda path: parsed(client.get(path).get_data(as_text=True))
        )  # and the publisher's own index
        assert {q: total for q, total, *_rest in seen}["过期食品"] == 12

        # a partial copy and a corrupt one are refused; node A keeps serving snapshot 1
        partial = tmp_path / "a" / "partial"
        shutil.copytree(shipped / "1", partial)
        segment = max(
            (p for p in partial.iterdir() if p.name != "manifest.json"), key=lambda p: p.stat().st_size
        )
        segment.unlink()
        refused = on_node(published, tmp_path / "a" / "data", "index", "use", str(partial))
        assert (
            refused.exit_code == 1 and "snapshot refused" in refused.output and segment.name in refused.output
        )
        corrupt = tmp_path / "a" / "corrupt"
        shutil.copytree(shipped / "1", corrupt)
        (corrupt / segment.name).chmod(0o600)
        data = bytearray((corrupt / segment.name).read_bytes())
        data[len(data) // 2] ^= 0xFF
        (corrupt / segment.name).write_bytes(bytes(data))
        refused = on_node(published, tmp_path / "a" / "data", "index", "use", str(corrupt))
        assert refused.exit_code == 1 and "differs from the manifest" in refused.output
        (partial / "manifest.json").chmod(0o600)
        (partial / "manifest.json").write_text(
            '{"format": "gongshi-index-snapshot/1", "vers', encoding="utf-8"
        )
        refused = on_node(published, tmp_path / "a" / "data", "index", "use", str(partial))
        assert refused.exit_code == 1 and "unreadable" in refused.output
        assert snapshots.installed(tmp_path / "a" / "data" / "index") == 1
        assert answers(node_a) == seen

        # a withdrawal, shipped as version 2: node A switches while it serves, node B never syncs
        doc_no = "测市监罚决〔2025〕3号"
        with published.sessions() as s, s.begin():
            gone = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == doc_no)).one()
            Lifecycle(s, published.calendar, published.config).withdraw(
                gone, "revoked", "复议决定", gone.decision_date, at("2026-06-02"), SYSTEM
            )
        assert "snapshot 2 written" in cli("index", "ship", str(shipped)).output
        switched = on_node(published, tmp_path / "a" / "data", "index", "use", str(shipped))  # its latest
        assert switched.exit_code == 0 and "snapshot 2" in switched.output and "was 1" in switched.output
        assert node_a(f"/api/v1/decisions?q={quote(doc_no)}")["total"] == 0
        assert node_b(f"/api/v1/decisions?q={quote(doc_no)}")["total"] == 1
        assert snapshots.installed(tmp_path / "b" / "data" / "index") == 1


def test_a_snapshot_node_never_builds_or_syncs_its_index(
    published: Runtime, shipped: Path, tmp_path: Path
) -> None:
    node = tmp_path / "node"
    install(published, node, shipped / "1")
    rt = Runtime({**published.config, "DATA_DIR": str(node / "data"), "INDEX_SNAPSHOTS": True})
    try:
        for attempt in (outputs.refresh, outputs.rebuild):
            with pytest.raises(outputs.SnapshotNode):
                attempt(rt)
        with pytest.raises(outputs.SnapshotNode):
            outputs.follow(rt, 0.1, lambda: False)
        outputs.after_request_change(rt)  # a web request's change leaves the index alone
        with rt.sessions() as s, pytest.raises(RuntimeError, match="shipped snapshot"):
            index.sync(s, node / "data" / "index")  # whatever the settings say, a snapshot is not written
    finally:
        rt.close()
    for command in (["index-worker"], ["reindex"], ["tick"]):
        result = on_node(published, node / "data", *command)
        assert result.exit_code == 1 and "never builds or syncs" in result.output, command
    assert snapshots.installed(node / "data" / "index") == 1

    env = node_env(published, tmp_path / "publisher-like") | {"PORTAL_INDEX_SNAPSHOTS": "false"}
    result = CliRunner().invoke(main, ["index", "use", str(shipped / "1")], env=env)
    assert result.exit_code == 2 and "PORTAL_INDEX_SNAPSHOTS=true" in result.output
