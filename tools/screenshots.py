"""Screenshots of the main public pages for reviewers: at 360 px (a phone) and 1280 px, in
Chinese, English and 关怀版, full page, from the demo district (`make screenshots`).

usage: python tools/screenshots.py DATABASE_URL DATA_DIR OUT_DIR
Each file is named <page>-<mode>-<width>.png; a page that scrolls sideways is named in the
summary, and the command exits 1 if any does.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portal import create_app  # noqa: E402
from publisher.models import Agency, Officer, PublicDecision  # noqa: E402
from publisher.settings import load  # noqa: E402
from tests.browser_helpers import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

WIDTHS = (360, 1280)
MODES = {"zh": "zh_CN", "en": "en", "care": "zh_CN"}


def pages(app: object) -> dict[str, str]:
    rt = app.extensions["gongshi"]  # type: ignore[attr-defined]
    with rt.sessions() as s:
        decision = s.scalars(
            select(PublicDecision.public_id).where(PublicDecision.status == "published")
        ).first()
        agency = s.scalars(select(Agency.code).order_by(Agency.code)).first()
        officer = s.scalars(select(Officer.credential_no).order_by(Officer.credential_no)).first()
    return {
        "home": "/",
        "search": "/decisions?q=罚款",
        "decision": f"/decisions/{decision}",
        "agencies": "/agencies",
        "agency": f"/agencies/{agency}",
        "officer": f"/officers/{officer}",
        "complaint": "/complaints/new",
        "statistics": "/statistics",
        "data": "/data",
    }


def main(database_url: str, data_dir: str, out: str) -> int:
    from playwright.sync_api import sync_playwright

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise
    config = {**load(), "DATABASE_URL": database_url, "DATA_DIR": data_dir, "RATELIMIT_ENABLED": False}
    app = create_app(config)
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    wide = []
    with serve(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for mode, lang in MODES.items():
            context = browser.new_context(locale="zh-CN")
            tab = context.new_page()
            if mode == "care":
                tab.goto(base + "/")
                tab.locator(".care-toggle button").click()
            for name, path in pages(app).items():
                for width in WIDTHS:
                    tab.set_viewport_size({"width": width, "height": 900})
                    tab.goto(base + path + ("&" if "?" in path else "?") + f"lang={lang}")
                    if tab.evaluate("document.documentElement.scrollWidth") > width:
                        wide.append(f"{name} {mode} {width}")
                    tab.screenshot(path=str(target / f"{name}-{mode}-{width}.png"), full_page=True)
            context.close()
        browser.close()
    print(f"{len(list(target.glob('*.png')))} screenshots in {target}")
    for page in wide:
        print(f"scrolls sideways: {page}")
    return 1 if wide else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
