"""Nothing lost: 200 citizens filing at the same moment over HTTP all get a receipt, and each
complaint with its attachment is stored exactly once (run on SQLite and on PostgreSQL)."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests
from sqlalchemy import func, select

from publisher.models import Complaint, ComplaintAttachment, ComplaintFiler
from publisher.runtime import Runtime
from tests.browser_helpers import serve
from tests.publisher.test_attachments import png

FILERS = 200


def test_concurrent_submissions_all_arrive_once(app: Any, published: Runtime) -> None:
    # rate limits are per address and every client here is 127.0.0.1, so the fixture turns them off
    barrier = threading.Barrier(FILERS)
    image = png()

    def file_one(n: int) -> str:
        with requests.Session() as browser:
            page = browser.get(f"{base}/complaints/new", timeout=60).text
            token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
            key = re.search(r'name="submission_key" type="hidden" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
            data = {
                "csrf_token": token,
                "submission_key": key,
                "kind": "complaint",
                "agency": "T-SCJG" if n % 2 else "T-YJGL",
                "facts": f"第{n}号投诉：执法人员检查时未出示执法证件，态度粗暴。",
                "wish": "请依法处理。",
                "name": f"市民{n}",
                "phone": f"0512-{n:08d}",
                "consent": "y",
            }
            barrier.wait(timeout=60)
            response = browser.post(
                f"{base}/complaints/new",
                data=data,
                files={"files": (f"{n}.png", image, "image/png")},
                timeout=120,
            )
            assert response.status_code == 201, response.text[:500]
            return re.search(r'id="tracking-no">([A-Z0-9]+)<', response.text).group(1)  # type: ignore[union-attr]

    with serve(app) as base, ThreadPoolExecutor(max_workers=FILERS) as pool:
        receipts = list(pool.map(file_one, range(FILERS)))

    assert len(set(receipts)) == FILERS
    with published.sessions() as s:
        stored = s.scalars(select(Complaint.tracking_no)).all()
        assert sorted(stored) == sorted(receipts)
        assert s.scalar(select(func.count()).select_from(ComplaintAttachment)) == FILERS
        assert s.scalar(select(func.count()).select_from(ComplaintFiler)) == FILERS
        facts = s.scalars(select(Complaint.facts)).all()
        assert sorted(int(re.search(r"第(\d+)号", f).group(1)) for f in facts) == list(range(FILERS))  # type: ignore[union-attr]
