"""Handling complaints in the back office: sign-in, roles, routing without identity, audited views."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from sqlalchemy import select

from publisher.models import AuditEvent, Complaint, User
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.test_complaint_forms import fields, post
from tests.publisher.test_attachments import jpeg

PASSWORD = f.STAFF_PASSWORD
SECRET_NAME = "欧阳明月"
SECRET_PHONE = "13812345678"


@pytest.fixture
def staff(published: Runtime) -> Runtime:
    f.add_staff(published)
    return published


def login(client: Any, username: str, password: str = PASSWORD) -> Any:
    token = csrf_token(client, "/office/login")
    return client.post(
        "/office/login", data={"csrf_token": token, "username": username, "password": password}
    )


def logout(client: Any) -> None:
    token = csrf_token(client, "/office/")
    client.post("/office/logout", data={"csrf_token": token})


def filed(client: Any, rt: Runtime) -> str:
    facts = f"我是{SECRET_NAME}，手机{SECRET_PHONE}。执法人员在我店里检查时没有出示证件就扣押了货物。"
    data = fields(
        client, name=SECRET_NAME, phone=SECRET_PHONE, facts=facts, files=[(io.BytesIO(jpeg()), "a.jpg")]
    )
    response = post(client, data)
    assert response.status_code == 201
    with rt.sessions() as s:
        return s.scalars(select(Complaint.tracking_no)).one()


def act(client: Any, no: str, step: str, **data: str) -> Any:
    token = csrf_token(client, f"/office/complaints/{no}")
    return client.post(f"/office/complaints/{no}/{step}", data={"csrf_token": token, **data})


def audit_actions(rt: Runtime, action: str) -> list[tuple[str, str]]:
    with rt.sessions() as s:
        return [
            (e.actor, e.entity_id) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action))
        ]


def test_the_public_reaches_no_office_page(app: Any, client: Any, staff: Runtime) -> None:
    rules = [r for r in app.url_map.iter_rules() if r.rule.startswith("/office/")]
    assert len(rules) >= 8
    for rule in rules:
        url = re.sub(r"<any\(([^,)]+)[^>]*>", r"\1", rule.rule)  # the first choice of any(...)
        url = re.sub(r"<(?:int:)?[^>]+>", "1", url)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method)
            if rule.endpoint == "office.login":
                continue
            assert response.status_code in (302, 400), (url, method, response.status_code)
            if response.status_code == 302:
                assert "/office/login" in response.headers["Location"]
        view = app.view_functions[rule.endpoint]
        assert rule.endpoint == "office.login" or getattr(view, "office_roles", None), rule.endpoint


def test_five_wrong_passwords_lock_the_account(client: Any, staff: Runtime) -> None:
    for _ in range(5):
        assert login(client, "sup1", "wrong-password-1").status_code == 401
    locked = login(client, "sup1")
    assert locked.status_code == 401 and "锁定" in locked.get_data(as_text=True)
    assert client.get("/office/").status_code == 302
    assert audit_actions(staff, "login.lockout") == [("sup1", "sup1")]
    unknown = login(client, "nobody")
    assert unknown.status_code == 401 and "用户名或密码不正确" in unknown.get_data(as_text=True)


def test_supervisor_handles_and_the_agency_never_sees_the_filer(client: Any, staff: Runtime) -> None:
    no = filed(client, staff)
    assert login(client, "sup1").status_code == 302
    queue = client.get("/office/complaints/").get_data(as_text=True)
    assert no in queue
    assert act(client, no, "take").status_code == 302
    assert act(client, no, "accept").status_code == 302
    assert act(client, no, "route", agency="T-SCJG", text="请核查后报送").status_code == 302
    page = client.get(f"/office/complaints/{no}").get_data(as_text=True)
    assert "已交办执法机关办理" in page
    # the handler may open the filer's identity and the evidence; both openings are logged
    identity = client.get(f"/office/complaints/{no}/filer")
    assert identity.status_code == 200 and SECRET_PHONE in identity.get_data(as_text=True)
    assert audit_actions(staff, "complaint.identity_viewed") == [("sup1", no)]
    attachment_url = re.search(r'href="(/office/complaints/[^"]+/attachments/\d+)"', page).group(1)  # type: ignore[union-attr]
    with client.get(attachment_url) as evidence:
        assert evidence.status_code == 200 and evidence.mimetype == "image/jpeg"
        assert evidence.headers["Content-Disposition"].startswith("attachment")
    logout(client)

    # another supervisor sees the case but not the filer
    login(client, "sup2")
    assert no in client.get(f"/office/complaints/{no}").get_data(as_text=True)
    assert client.get(f"/office/complaints/{no}/filer").status_code == 403
    with client.get(attachment_url) as refused:
        assert refused.status_code == 403
    logout(client)

    # the agency's clerk sees the routed copy: no name, no phone, no way to the identity
    login(client, "clerk_scjg")
    copy = client.get(f"/office/complaints/{no}").get_data(as_text=True)
    assert "没有出示证件就扣押了货物" in copy
    assert SECRET_NAME not in copy and SECRET_PHONE not in copy and "/filer" not in copy
    assert client.get(f"/office/complaints/{no}/filer").status_code == 403
    assert act(client, no, "answer", text="我自己办结").status_code == 403
    assert act(client, no, "reply", text="已核查，退还货物。").status_code == 302
    logout(client)

    # another agency's clerk cannot even see it
    login(client, "clerk_yjgl")
    assert no not in client.get("/office/complaints/?show=all").get_data(as_text=True)
    assert client.get(f"/office/complaints/{no}").status_code == 403
    logout(client)

    login(client, "sup1")
    assert act(client, no, "answer", text="经调查，扣押程序违法，已责令退还。").status_code == 302
    with staff.sessions() as s:
        assert s.scalars(select(Complaint)).one().status == "closed"
    denied = audit_actions(staff, "access.denied")
    assert {actor for actor, _path in denied} == {"sup2", "clerk_scjg", "clerk_yjgl"}


def test_a_refused_step_explains_itself(client: Any, staff: Runtime) -> None:
    no = filed(client, staff)
    login(client, "sup1")
    act(client, no, "take")
    response = act(client, no, "refuse", text="")
    assert response.status_code == 302
    page = client.get(f"/office/complaints/{no}").get_data(as_text=True)
    assert "不予受理须说明理由" in page
    with staff.sessions() as s:
        assert s.scalars(select(Complaint)).one().status == "received"


def test_a_deactivated_account_is_signed_out(client: Any, staff: Runtime) -> None:
    login(client, "sup1")
    assert client.get("/office/").status_code == 200
    with staff.sessions() as s, s.begin():
        s.scalars(select(User).where(User.username == "sup1")).one().active = False
    assert client.get("/office/").status_code == 302
