"""Search index snapshots shipped to portal nodes: built once, checksummed, switched atomically.

The publisher node keeps its index in step with the database (tick, index worker) and
``ship`` copies it, under the index's write lock, into ``DIR/<version>/``: the index files and
``manifest.json`` (version, the audit sequence the index reflects, the schema it was written
with, the document count, and every file's size and SHA-256). As with the data packages
(publisher/outputs/packages.py) the version is built in a hidden folder, renamed into place,
listed in ``DIR/versions.json``, and ``DIR/latest`` is a symbolic link swapped by one rename;
a version is never changed once shipped (its files are made read-only).

A portal node (``INDEX_SNAPSHOTS``) never builds or syncs its index: ``use`` copies a snapshot
into ``DATA_DIR/index.d/``, checking each file's size and SHA-256 as it copies, opens the copy
and counts its documents, and only then points ``DATA_DIR/index`` at it with one rename. A
partial or corrupt copy is refused with the file that differs, and the node keeps serving the
snapshot it had.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from publisher.audit import digest
from publisher.files import point, write_json
from publisher.locks import exclusive
from publisher.search import index

MANIFEST = index.SNAPSHOT
FORMAT = "gongshi-index-snapshot/1"
PREFIX = "snapshot-"  # an installed snapshot's folder in DATA_DIR/index.d/


class SnapshotRefused(ValueError):
    """A snapshot that is not whole, not intact or not readable by this version."""


@dataclass(frozen=True)
class Shipped:
    """The outcome of ``ship``: the version and whether it was written now."""

    version: int
    audit_seq: int
    documents: int
    path: Path
    written: bool


def schema_digest() -> str:
    """One digest of the index schema's fields and posting formats: a node refuses a snapshot
    written with another."""
    return digest({name: list(kind) for name, kind in index.signature(index.schema()).items()})


def ship(source: Path, root: Path, now: dt.datetime) -> Shipped:
    """Write the index at ``source`` (DATA_DIR/index) as the next version under ``root``, unless
    the latest version already reflects the same audit sequence with the same schema."""
    root.mkdir(parents=True, exist_ok=True)
    with exclusive(root / ".ship.lock"):
        for stale in root.glob(".building-*"):
            shutil.rmtree(stale, ignore_errors=True)
        state = _state(root)
        last = state["versions"][-1] if state["versions"] else None
        # no rebuild swaps the build away meanwhile, and no sync commits into it while it is copied
        with exclusive(source.with_name(source.name + ".lock")):
            built = source.resolve()
            ix = index.open_index(built)
            lock = ix.lock("WRITELOCK")
            lock.acquire(blocking=True)
            try:
                mark = index.read_mark(built)
                if mark is None:
                    raise SnapshotRefused(f"the index at {source} has no sync mark: run `publisher tick`")
                if last and last["audit_seq"] == mark and last["schema"] == schema_digest():
                    return Shipped(
                        last["version"], mark, last["documents"], root / str(last["version"]), False
                    )
                version = (last["version"] if last else 0) + 1
                building = root / f".building-{version}-{os.getpid()}"
                building.mkdir()
                listed = {
                    file.name: _copy(file, building / file.name)
                    for file in sorted(built.iterdir())
                    if file.is_file() and not file.name.endswith("LOCK")
                }
                documents = ix.doc_count()
            finally:
                lock.release()
        entry = {
            "format": FORMAT,
            "version": version,
            "created": now.isoformat(),
            "audit_seq": mark,
            "schema": schema_digest(),
            "documents": documents,
            "files": listed,
        }
        write_json(building / MANIFEST, entry)
        _freeze(building)
        os.rename(building, root / str(version))
        state["versions"].append({k: v for k, v in entry.items() if k != "files"})
        write_json(root / "versions.json", state)
        point(root / "latest", str(version))
    return Shipped(version, mark, documents, root / str(version), True)


def use(snapshot: Path, path: Path) -> dict[str, Any]:
    """Install ``snapshot`` (a version folder, or a ship root whose ``latest`` is taken) as the
    node's index at ``path``: copied and checked file by file, opened, then swapped in with one
    rename. SnapshotRefused, with the node's index untouched, when anything differs."""
    if not (snapshot / MANIFEST).exists() and (snapshot / "latest").exists():
        snapshot = (snapshot / "latest").resolve()
    manifest = read_manifest(snapshot)
    with exclusive(path.with_name(path.name + ".lock")):
        builds = path.with_name(path.name + ".d")
        builds.mkdir(parents=True, exist_ok=True)
        copy = builds / f".installing-{os.getpid()}"
        shutil.rmtree(copy, ignore_errors=True)
        copy.mkdir()
        try:
            for name, expected in manifest["files"].items():
                source = snapshot / name
                if not source.is_file():
                    raise SnapshotRefused(f"{source} is missing: an incomplete copy / 快照不完整")
                found = _copy(source, copy / name)
                if found != expected:
                    raise SnapshotRefused(
                        f"{source} differs from the manifest ({found['bytes']} bytes, {found['sha256']}; "
                        f"expected {expected['bytes']} bytes, {expected['sha256']}): a partial or corrupt "
                        "copy / 快照文件与清单不符"
                    )
            write_json(copy / MANIFEST, manifest)
            _check_opens(copy, manifest)
            _freeze(copy)
            fresh = builds / f"{PREFIX}{manifest['version']}-{os.getpid()}"
            shutil.rmtree(fresh, ignore_errors=True)
            os.rename(copy, fresh)
        except BaseException:
            shutil.rmtree(copy, ignore_errors=True)
            raise
        previous = installed(path)
        index.swap(path, fresh)
    return {"version": manifest["version"], "audit_seq": manifest["audit_seq"], "previous": previous}


def installed(path: Path) -> int | None:
    """The version of the snapshot a node's index points at (None: none, or not a snapshot)."""
    try:
        return int(json.loads((path / MANIFEST).read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return None


def read_manifest(snapshot: Path) -> dict[str, Any]:
    """The snapshot's manifest, checked for what ``use`` relies on."""
    try:
        manifest: dict[str, Any] = json.loads((snapshot / MANIFEST).read_text(encoding="utf-8"))
        if manifest["format"] != FORMAT:
            raise SnapshotRefused(f"{snapshot}: not a snapshot of this format ({manifest['format']})")
        if manifest["schema"] != schema_digest():
            raise SnapshotRefused(
                f"{snapshot}: written with another index schema; ship one from a publisher of this "
                "version / 快照的索引结构与本版本不同"
            )
        int(manifest["version"]), int(manifest["audit_seq"]), dict(manifest["files"])
    except FileNotFoundError:
        raise SnapshotRefused(
            f"{snapshot} has no {MANIFEST}: not a snapshot, or an incomplete copy"
        ) from None
    except (ValueError, KeyError, TypeError) as error:
        raise SnapshotRefused(f"{snapshot}/{MANIFEST} is unreadable ({error!r}): a corrupt copy") from None
    return manifest


def _check_opens(copy: Path, manifest: dict[str, Any]) -> None:
    """The copy opens as an index of this schema and holds the manifest's documents."""
    try:
        ix = index.open_index(copy)
        with ix.searcher() as searcher:
            documents = searcher.doc_count()
    except Exception as error:  # noqa: BLE001 - whatever Whoosh raises on a bad index, it is refused
        raise SnapshotRefused(
            f"the copy of snapshot {manifest['version']} does not open: {error!r}"
        ) from None
    if documents != manifest["documents"]:
        raise SnapshotRefused(
            f"snapshot {manifest['version']} holds {documents} documents, its manifest says "
            f"{manifest['documents']}"
        )


def _freeze(folder: Path) -> None:
    """Make a snapshot's files read-only: nothing writes into a shipped version."""
    for file in folder.iterdir():
        file.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def _copy(source: Path, target: Path) -> dict[str, Any]:
    """Copy one file, hashing what was read: its size and SHA-256."""
    sha, size = hashlib.sha256(), 0
    with open(source, "rb") as reader, open(target, "wb") as writer:
        for chunk in iter(lambda: reader.read(1 << 20), b""):
            sha.update(chunk)
            size += len(chunk)
            writer.write(chunk)
    return {"bytes": size, "sha256": sha.hexdigest()}


def _state(root: Path) -> dict[str, Any]:
    path = root / "versions.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"versions": []}
