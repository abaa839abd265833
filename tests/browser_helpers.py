"""Serve the portal over HTTP for Playwright, and check pages with axe-core."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_axe = Axe()


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run the app on a free loopback port in a thread; yield its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()


@contextmanager
def browser_page(app: Any, **context: Any) -> Iterator[tuple[Any, str]]:
    """A page of headless Chromium (context options as given) on the app served; its base URL."""
    from playwright.sync_api import sync_playwright

    with serve(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        browsing = browser.new_context(**context)
        try:
            yield browsing.new_page(), base
        finally:
            browsing.close()
            browser.close()


def serious_violations(page: Any) -> list[str]:
    """axe-core violations of serious or critical impact on the current page."""
    results = _axe.run(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


def violations(page: Any) -> list[str]:
    """axe-core violations of any impact on the current page."""
    results = _axe.run(page)
    return [
        f"{v['id']} ({v.get('impact')}): {v['help']} {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]
