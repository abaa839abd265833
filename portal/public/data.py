"""The open-data page and the package files (immutable at their versioned URLs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, send_from_directory
from werkzeug.wrappers import Response

from portal.render import respond
from publisher.export_rows import RESOURCES
from publisher.packages import schema

bp = Blueprint("data", __name__)


def packages_root() -> Path:
    """Where ``publisher export`` writes."""
    return Path(current_app.config["DATA_DIR"]) / "packages"


def catalogue() -> list[dict[str, Any]]:
    """Every package with its versions, newest first (full first, then years)."""
    root = packages_root()
    out = []
    if root.is_dir():
        for path in sorted(root.iterdir(), key=lambda p: (p.name != "full", p.name), reverse=False):
            state = path / "versions.json"
            if state.is_file():
                versions = json.loads(state.read_text(encoding="utf-8"))["versions"]
                out.append({"name": path.name, "versions": list(reversed(versions))})
    return out


@bp.get("/data", defaults={"fmt": "html"})
@bp.get("/data.<any(json):fmt>")
def index(fmt: str) -> Any:
    """Packages with versions, sizes, rows and checksums; the data dictionary; feeds and how to cite."""
    packages = catalogue()
    dictionary = {name: schema(name) for name in RESOURCES}
    return respond(
        "data/index.html", {"packages": packages, "dictionary": dictionary}, json_data={"packages": packages}
    )


@bp.get("/data/packages/<name>/<version>/<filename>")
def package_file(name: str, version: str, filename: str) -> Response:
    """One file of one version; ``latest`` resolves to the newest."""
    folder = packages_root() / name
    if version == "latest":
        link = folder / "latest"
        if not link.is_symlink():
            abort(404)
        version = link.readlink().name
        response = send_from_directory(folder / version, filename, max_age=300)
    else:
        if version.startswith(".") or not (folder / version).is_dir():
            abort(404)
        response = send_from_directory(folder / version, filename, max_age=31536000)  # never changes
    if filename.endswith(".csv"):
        response.headers["Content-Type"] = "text/csv; charset=utf-8"
    return response
