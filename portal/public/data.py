"""The open-data page and the package files (immutable at their versioned URLs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, send_from_directory
from werkzeug.wrappers import Response

from portal.db import session
from portal.render import as_json, respond
from publisher import integrity
from publisher.outputs.packages import schema
from publisher.outputs.rows import RESOURCES

bp = Blueprint("data", __name__)


def packages_root() -> Path:
    """Where ``publisher export`` writes."""
    return Path(current_app.config["DATA_DIR"]) / "packages"


def catalogue() -> list[dict[str, Any]]:
    """Every package with its versions, newest first (full first, then years)."""
    root = packages_root()
    out = []
    if root.is_dir():
        for path in sorted(root.iterdir(), key=lambda p: (p.name != "full", p.name)):
            versions = _versions(path)
            if versions is not None:
                out.append({"name": path.name, "versions": versions})
    return out


def _versions(package: Path) -> list[dict[str, Any]] | None:
    """A package folder's versions from its manifest, newest first; None without a manifest."""
    state = package / "versions.json"
    if not state.is_file():
        return None
    return list(reversed(json.loads(state.read_text(encoding="utf-8"))["versions"]))


@bp.get("/data", defaults={"fmt": "html"})
@bp.get("/data.<any(json):fmt>")
def index(fmt: str) -> Any:
    """Packages with versions, sizes, rows and checksums; the data dictionary; feeds and how to cite."""
    packages = catalogue()
    dictionary = {name: schema(name) for name in RESOURCES}
    return respond(
        "data/index.html", {"packages": packages, "dictionary": dictionary}, json_data={"packages": packages}
    )


@bp.get("/data/audit/head.json")
def audit_head() -> Response:
    """The audit chain's head now: keep a copy each day to check later that no one rewrote the chain."""
    response = as_json(integrity.head(session()))
    response.headers["Cache-Control"] = "no-cache"
    return response


def published_files(name: str, version: str) -> tuple[str, set[str]] | None:
    """The version (``latest`` resolved) and the files its manifest lists; None if not published."""
    # The name is looked up among the packages that exist, never joined onto a path.
    package = next((p for p in packages_root().glob("*") if p.name == name), None)
    versions = _versions(package) if package is not None else None
    if not versions:
        return None
    entry = (
        versions[0] if version == "latest" else next((v for v in versions if v["version"] == version), None)
    )
    if entry is None:
        return None
    return entry["version"], {"datapackage.json", "CHANGELOG.md"} | {f"{r}.csv" for r in entry["hashes"]}


@bp.get("/data/packages/<name>/<version>/<filename>")
def package_file(name: str, version: str, filename: str) -> Response:
    """One file of one published version; ``latest`` resolves to the newest.

    Only names the package's ``versions.json`` lists are served (looked up, never joined
    from the request), so no other file under the data directory can be reached.
    """
    found = published_files(name, version)
    if found is None or filename not in found[1]:
        abort(404)
    resolved, _files = found
    max_age = 300 if version == "latest" else 31536000  # a numbered version never changes
    response = send_from_directory(packages_root() / name / resolved, filename, max_age=max_age)
    if filename.endswith(".csv"):
        response.headers["Content-Type"] = "text/csv; charset=utf-8"
    return response
