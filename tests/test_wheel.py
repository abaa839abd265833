"""`pip install .` gives a working install: the wheel carries the schemas, static files,
templates, compiled translations, calendars and migrations, and runs outside the checkout."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from publisher import settings

PAGES = """
import json, sys
import publisher
from portal import create_app
app = create_app()
client = app.test_client()
pages = {
    p: client.get(p)
    for p in ("/", "/decisions?lang=en", "/agencies", "/data", "/static/css/site.css", "/static/favicon.svg")
}
print(json.dumps({
    "publisher": publisher.__file__,
    "status": {p: r.status_code for p, r in pages.items()},
    "english": "Decisions" in pages["/decisions?lang=en"].get_data(as_text=True),
}))
"""


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{args}: {done.stdout[-1000:]} {done.stderr[-2000:]}"
    return done


def clean_copy(target: Path) -> Path:
    """The files a clone of this tree would hold: tracked ones and new ones not ignored (no
    build products, no compiled catalogues that only a local `make` wrote)."""
    listed = run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=settings.CHECKOUT
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = settings.CHECKOUT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def test_the_committed_catalogue_is_the_compiled_translation() -> None:
    """The wheel ships the compiled .mo from the tree: it must say what the .po says."""
    for po in (settings.CHECKOUT / "portal" / "translations").glob("*/LC_MESSAGES/messages.po"):
        with po.open("rb") as f:
            catalogue = read_po(f)
        compiled = io.BytesIO()
        write_mo(compiled, catalogue)
        assert po.with_suffix(".mo").read_bytes() == compiled.getvalue(), f"run make translations: {po}"


def test_the_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    source = clean_copy(tmp_path / "clone")
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            ".",
        ],
        cwd=source,
    )
    (wheel,) = wheels.glob("gongshi-*.whl")
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    # The dependencies come from this environment's site-packages, added as a plain path (its
    # .pth files, among them the editable install of the checkout, are not processed).
    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ]
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PORTAL_", "PYTHONPATH"))}
    env["PORTAL_DATA_DIR"] = str(outside / "data")
    publisher = str(venv / "bin" / "publisher")
    assert (
        run([publisher, "deadline", "2026-09-30", "penalty"], cwd=outside, env=env).stdout.strip()
        == "2026-10-15"
    )
    run([publisher, "db", "upgrade"], cwd=outside, env=env)
    scored = subprocess.run([publisher, "redact-score"], cwd=outside, env=env, capture_output=True, text=True)
    assert scored.returncode == 1 and "source checkout" in scored.stderr and "Traceback" not in scored.stderr
    shown = json.loads(run([str(venv / "bin" / "python"), "-c", PAGES], cwd=outside, env=env).stdout)
    assert shown["publisher"].startswith(str(venv))  # the installed copy, not the checkout
    assert set(shown["status"].values()) == {200}, shown["status"]
    assert shown["english"]
