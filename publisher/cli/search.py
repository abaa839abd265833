"""CLI commands for search index snapshots: ship them from the publisher node, use them on a portal node."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from publisher import clock
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from publisher.search import snapshots


@click.group("index")
def index_group() -> None:
    """Search index snapshots for portal nodes (docs/scaling.md)."""


@index_group.command("ship")
@click.argument("root", type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
def ship(rt: Runtime, root: Path) -> None:
    """Bring the index up to date, then write it under ROOT as the next immutable version
    (ROOT/<version>/ with manifest.json: audit sequence, files, SHA-256), unless the latest
    version already reflects the database; ROOT/latest points at the newest."""
    counts = outputs.refresh(rt)
    click.echo(f"search index: {counts}", err=True)
    done = snapshots.ship(outputs.index_path(rt), root, clock.now())
    state = "written" if done.written else "unchanged"
    click.echo(
        f"snapshot {done.version} {state}: {done.documents} decisions, "
        f"audit sequence {done.audit_seq}, {done.path}"
    )


@index_group.command("use")
@click.argument("snapshot", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.pass_obj
def use(rt: Runtime, snapshot: Path) -> None:
    """On a portal node (PORTAL_INDEX_SNAPSHOTS=true): check SNAPSHOT (a version folder, or a
    ship root whose latest is taken) file by file against its manifest and switch the node's
    index to it atomically. A partial or corrupt copy is refused; the node keeps its index."""
    if not rt.config["INDEX_SNAPSHOTS"]:
        click.echo(
            "未切换 / not switched: set PORTAL_INDEX_SNAPSHOTS=true on a portal node first "
            "(a node that builds its own index would sync into the snapshot)",
            err=True,
        )
        sys.exit(2)
    try:
        done = snapshots.use(snapshot, outputs.index_path(rt))
    except snapshots.SnapshotRefused as exc:
        click.echo(
            f"快照被拒绝，继续使用原索引 / snapshot refused, the index in use is kept: {exc}", err=True
        )
        sys.exit(1)
    click.echo(
        f"index: snapshot {done['version']} (audit sequence {done['audit_seq']}) in use, "
        f"was {done['previous'] or 'none'}"
    )
