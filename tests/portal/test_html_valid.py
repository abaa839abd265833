"""Every public page is valid HTML by the Nu HTML Checker (vnu.jar, the W3C validator's engine),
in Chinese and English, with every footer field set: errors and warnings alike fail."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from publisher.runtime import Runtime
from tests.portal.test_layout_browser import IDENTITY, public_pages

# The markup is the same whichever database served it: checked once, on SQLite.
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def config(config: dict[str, Any]) -> dict[str, Any]:
    return {**config, **IDENTITY}


def test_every_public_page_is_valid_html(client: Any, published: Runtime, tmp_path: Path) -> None:
    if not VNU.exists() or shutil.which("java") is None:
        pytest.fail("vnu.jar or java is missing: run `make vnu` (npm ci) and install a Java runtime")
    pages = []
    for path in public_pages(published) + ["/statistics/quarterly"]:
        for lang in ("zh_CN", "en"):
            with client.get(path + ("&" if "?" in path else "?") + f"lang={lang}") as response:
                assert response.status_code in (200, 410), path
                page = tmp_path / f"{len(pages):03d}.html"
                page.write_bytes(response.data)
                pages.append((page, f"{path} ({lang})"))
    checked = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "gnu", *(str(p) for p, _ in pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    names = {f'"file:{p}"': where for p, where in pages}
    report = checked.stderr + checked.stdout
    for file, where in names.items():
        report = report.replace(file, where)
    assert checked.returncode == 0 and not report.strip(), report
