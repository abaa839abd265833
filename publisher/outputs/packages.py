"""``publisher export``: versioned Frictionless data packages, written atomically.

A full package and one per year of decision. A new version is written only when
something changed since the previous one, counted from the audit trail: schema changes
bump the major, new or withdrawn data the minor, corrections the patch (the Data Package
v2 versioning recipe). Each version is built in a hidden directory, validated by
frictionless (rows, bytes and sha256 hashes), then renamed into place; ``latest`` is a
symbolic link swapped atomically. Old versions stay at their URLs.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import frictionless
from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from publisher.audit import digest
from publisher.files import point, write_json
from publisher.locks import exclusive
from publisher.models import AuditEvent, PublicDecision
from publisher.outputs.rows import RESOURCES, cell
from publisher.settings import ROOT

SCHEMAS = ROOT / "schemas" / "public"
PUBLISH, CORRECT, REMOVE = (
    {"decision.publish"},
    {"decision.correct"},
    {"decision.withdraw", "decision.expire", "decision.repair"},
)
REGISTRY = ("agencies", "officers", "power_items")
# Random inspections: a plan, a draw, a directory entry or a result is new data; a result
# published again (a case's decision added) is a correction.
INSPECTIONS = ("inspection_plan", "inspection_object", "inspection_task")
# Agencies' duties: a confirmed quarterly table or rebuilt training figures are new data.
DUTIES = {"quarterly_table.confirmed", "training_figures.built"}
VERSION = re.compile(r"\d+\.\d+\.\d+")
ENTRY = "version.json"  # the version's manifest entry, written inside it before it is renamed into place
DESCRIPTION = (
    "Published enforcement decisions, withdrawals, agencies, powers lists, officers' credentials and "
    "timeliness statistics of the portal. Personal data and trade secrets are removed. "
    "CSV cells hold exact values: text beginning with =, +, -, @ is not escaped, so import the "
    "files as text rather than opening them in a spreadsheet."
)


@dataclass
class Changes:
    """What changed since the previous version."""

    added: int = 0
    corrected: int = 0
    withdrawn: int = 0

    def bump(self, version: str | None, schema_changed: bool) -> str | None:
        """The next version, or None when nothing changed."""
        if version is None:
            return "1.0.0"
        major, minor, patch = (int(p) for p in version.split("."))
        if schema_changed:
            return f"{major + 1}.0.0"
        if self.added or self.withdrawn:
            return f"{major}.{minor + 1}.0"
        if self.corrected:
            return f"{major}.{minor}.{patch + 1}"
        return None


@dataclass
class Export:
    """The outcome for one package."""

    name: str
    version: str
    written: bool
    changes: Changes = field(default_factory=Changes)


def schema(name: str) -> dict[str, Any]:
    """The inline Table Schema of a public resource."""
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def schema_hash() -> str:
    """One digest of every public schema: a change means a major version."""
    return digest({n: schema(n) for n in RESOURCES})


def changes_since(session: Session, seq: int, upto: int, year: int | None) -> Changes:
    """Count additions, corrections and withdrawals recorded in the audit trail."""
    found = Changes()
    stmt = (
        select(AuditEvent.action, func.count())
        .where(AuditEvent.seq > seq, AuditEvent.seq <= upto)
        .where(AuditEvent.entity == "decision")
        .group_by(AuditEvent.action)
    )
    if year is not None:
        stmt = stmt.join(PublicDecision, PublicDecision.doc_no == AuditEvent.entity_id).where(
            extract("year", PublicDecision.decision_date) == year
        )
    for action, count in session.execute(stmt):
        found.added += count if action in PUBLISH else 0
        found.corrected += count if action in CORRECT else 0
        found.withdrawn += count if action in REMOVE else 0
    registry = (
        select(AuditEvent.action, func.count())
        .where(AuditEvent.seq > seq, AuditEvent.seq <= upto)
        .where(AuditEvent.entity.in_(REGISTRY + INSPECTIONS))
        .group_by(AuditEvent.action)
    )
    duties = select(func.count()).where(
        AuditEvent.seq > seq, AuditEvent.seq <= upto, AuditEvent.action.in_(DUTIES)
    )
    found.added += session.scalar(duties) or 0
    for action, count in session.execute(registry):
        corrected = action in ("intake.corrected", "registry.change_approved") or action.endswith(
            (".correct", ".update")
        )
        found.corrected += count if corrected else 0
        found.added += (
            count if action == "intake.added" or (action.startswith("inspection.") and not corrected) else 0
        )
    return found


class _HashingFile(io.RawIOBase):
    """Counts and hashes the bytes written through it."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target, self.sha, self.bytes = target, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.sha.update(chunk)
        self.bytes += len(chunk)
        return self.target.write(chunk)


def write_resource(
    path: Path, columns: list[str], rows: Iterator[dict[str, Any]], progress: Callable[[int], None] | None
) -> dict[str, Any]:
    """Stream rows to a UTF-8 CSV; return its bytes, hash and row count."""
    count = 0
    with open(path, "wb") as raw:
        hashing = _HashingFile(raw)
        text = io.TextIOWrapper(hashing, encoding="utf-8", newline="")  # type: ignore[type-var]
        # CRLF, the Table Dialect default (RFC 4180): with it the writer also quotes a bare
        # carriage return inside a value, which a "\n" terminator would leave to split the row.
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
            count += 1
            if progress and count % 1000 == 0:
                progress(1000)
        text.flush()
        text.detach()
    return {"bytes": hashing.bytes, "hash": "sha256:" + hashing.sha.hexdigest(), "rows": count}


def descriptor(
    name: str,
    version: str,
    created: dt.datetime,
    resources: dict[str, dict[str, Any]],
    config: dict[str, Any],
) -> dict[str, Any]:
    """The datapackage.json of one version, schemas written inline."""
    base = str(config["BASE_URL"]).rstrip("/")
    title = "全部年份" if name == "full" else f"{name} 年"
    return {
        "name": f"gongshi-{name}",
        "title": f"{config['SITE_NAME']}：行政执法公示数据（{title}）",
        "description": DESCRIPTION,
        "version": version,
        "created": created.isoformat(),
        "homepage": f"{base}/data",
        "licenses": [
            {
                "name": config["DATA_LICENSE"],
                "path": config["DATA_LICENSE_URL"],
                "title": config["DATA_LICENSE"],
            }
        ],
        "sources": [{"title": config["SITE_NAME"], "path": base}],
        "contributors": [{"title": config["SITE_NAME"], "role": "publisher"}],
        "resources": [
            {
                "name": r,
                "path": f"{r}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "title": schema(r)["title"],
                "bytes": meta["bytes"],
                "hash": meta["hash"],
                "schema": {k: v for k, v in schema(r).items() if k not in ("name", "title")},
            }
            for r, meta in resources.items()
        ],
    }


def _state(root: Path) -> dict[str, Any]:
    path = root / "versions.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"versions": []}


def _changelog(versions: list[dict[str, Any]]) -> str:
    lines = [
        "# CHANGELOG",
        "",
        "| version | created | added | corrected | withdrawn |",
        "|---|---|---:|---:|---:|",
    ]
    for v in reversed(versions):
        lines.append(
            f"| {v['version']} | {v['created']} | {v['added']} | {v['corrected']} | {v['withdrawn']} |"
        )
    return "\n".join(lines) + "\n"


def export_package(
    session: Session,
    root: Path,
    name: str,
    year: int | None,
    now: dt.datetime,
    config: dict[str, Any],
    progress: Callable[[int], None] | None = None,
) -> Export:
    """Write a new version of one package if anything changed; validate; swap it in."""
    target = root / name
    target.mkdir(parents=True, exist_ok=True)
    state = recover(target)
    last = state["versions"][-1] if state["versions"] else None
    upto = session.scalar(select(func.max(AuditEvent.seq))) or 0
    changes = changes_since(session, last["audit_seq"] if last else 0, upto, year)
    schema_changed = last is not None and last["schema"] != schema_hash()
    version = changes.bump(last["version"] if last else None, schema_changed)
    if version is None:
        return Export(name, last["version"] if last else "", False, changes)
    building = target / f".building-{version}-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    try:
        base = str(config["BASE_URL"]).rstrip("/")
        metas = {
            r: write_resource(
                building / f"{r}.csv",
                [f["name"] for f in schema(r)["fields"]],
                rows(session, base, year),
                progress,
            )
            for r, rows in RESOURCES.items()
        }
        package = descriptor(name, version, now, metas, config)
        write_json(building / "datapackage.json", package)
        report = frictionless.validate(str(building / "datapackage.json"))
        if not report.valid:
            raise ValueError(
                f"package {name} {version} is invalid: "
                + "; ".join(message for (message,) in report.flatten(["message"]))[:2000]
            )
        entry = {
            "version": version,
            "created": now.isoformat(),
            "audit_seq": upto,
            "schema": schema_hash(),
            "rows": {r: m["rows"] for r, m in metas.items()},
            "bytes": {r: m["bytes"] for r, m in metas.items()},
            "hashes": {r: m["hash"] for r, m in metas.items()},
            "added": changes.added,
            "corrected": changes.corrected,
            "withdrawn": changes.withdrawn,
        }
        (building / "CHANGELOG.md").write_text(_changelog([*state["versions"], entry]), encoding="utf-8")
        write_json(building / ENTRY, entry)  # lets a later export adopt this version after a crash
        os.rename(building, target / version)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    _list(target, state, entry)
    return Export(name, version, True, changes)


def _list(target: Path, state: dict[str, Any], entry: dict[str, Any]) -> None:
    """Add a version that is in place to the manifest, then point ``latest`` at it."""
    state["versions"].append(entry)
    write_json(target / "versions.json", state)
    point(target / "latest", entry["version"])


def recover(target: Path) -> dict[str, Any]:
    """Clean up after an export that died; return the manifest.

    Build folders left by a killed export are removed. A version folder that is in place
    but not listed (the exit came between its rename and the manifest) is adopted when it
    is the next version and every file matches its recorded size and hash; otherwise it
    is removed, and the next export writes that version again.
    """
    for stale in target.glob(".building-*"):
        shutil.rmtree(stale, ignore_errors=True)
    state = _state(target)
    listed = {v["version"] for v in state["versions"]}
    orphans = [
        p for p in target.iterdir() if p.is_dir() and VERSION.fullmatch(p.name) and p.name not in listed
    ]
    for folder in sorted(orphans, key=lambda p: tuple(int(n) for n in p.name.split("."))):
        entry = _intact_entry(folder)
        newest = state["versions"][-1]["version"] if state["versions"] else None
        if entry is not None and entry["version"] == folder.name and _after(entry["version"], newest):
            _list(target, state, entry)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return state


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in version.split("."))


def _after(version: str, newest: str | None) -> bool:
    return newest is None or _key(version) > _key(newest)


def _intact_entry(folder: Path) -> dict[str, Any] | None:
    """The version's manifest entry when every resource matches its recorded bytes and hash."""
    try:
        entry: dict[str, Any] = json.loads((folder / ENTRY).read_text(encoding="utf-8"))
        for resource, expected in entry["hashes"].items():
            data = folder / f"{resource}.csv"
            if data.stat().st_size != entry["bytes"][resource] or _sha256(data) != expected:
                return None
        if not (folder / "datapackage.json").is_file():
            return None
        return entry
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _sha256(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return "sha256:" + sha.hexdigest()


def years(session: Session) -> list[int]:
    """Years of decision that have anything public."""
    stmt = select(extract("year", PublicDecision.decision_date)).distinct()
    return sorted(int(y) for y in session.scalars(stmt) if y)


def export_all(
    session: Session,
    root: Path,
    now: dt.datetime,
    config: dict[str, Any],
    progress: Callable[[int], None] | None = None,
) -> list[Export]:
    """Export the full package and one per year; one export at a time (a second one waits)."""
    with exclusive(root / ".export.lock"):
        done = [export_package(session, root, "full", None, now, config, progress)]
        done += [export_package(session, root, str(y), y, now, config, progress) for y in years(session)]
    return done
