"""`make demo` and `make serve` give QR codes, feeds and packages the host they serve on."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def base_url_seen_by_recipes(*args: str, **env: str) -> str:
    """PORTAL_BASE_URL as the recipes of `make demo`/`make serve` see it, with these arguments."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    shown = subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(ROOT),
            "--eval",
            "show-base-url: ; @echo $$PORTAL_BASE_URL",
            *args,
            "show-base-url",
        ],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return shown.stdout.strip()


def test_the_base_url_follows_host_and_port() -> None:
    assert base_url_seen_by_recipes() == "http://127.0.0.1:8000"
    assert base_url_seen_by_recipes("PORT=8101") == "http://127.0.0.1:8101"
    assert base_url_seen_by_recipes("HOST=192.168.1.20", "PORT=8101") == "http://192.168.1.20:8101"


def test_a_base_url_that_is_set_wins() -> None:
    assert base_url_seen_by_recipes("PORT=8101", PORTAL_BASE_URL="https://zf.example.gov.cn") == (
        "https://zf.example.gov.cn"
    )
