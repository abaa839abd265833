"""Decision texts written the way real 决定书 are, with the private data real ones carry."""

from __future__ import annotations

import random
from typing import Any

from publisher.demodata.people import Company, Person

CATEGORY_TITLES = {
    "penalty": "行政处罚决定书",
    "license": "准予行政许可决定书",
    "coercion": "查封（扣押）决定书",
    "inspection": "行政检查结果告知书",
    "levy": "行政征收决定书",
    "confirmation": "行政确认决定书",
    "ruling": "行政裁决书",
    "other": "行政奖励决定书",
}
FACTS = [
    "当事人在其经营场所销售超过保质期的预包装食品{n}件，货值金额{v}元",
    "当事人未按规定配备安全生产管理人员，且未对从业人员进行安全生产教育和培训",
    "当事人未经许可擅自从事道路货物运输经营，所用车辆车牌号为{plate}",
    "当事人在施工过程中未采取有效防尘降尘措施，造成扬尘污染",
    "当事人未取得医疗机构执业许可证擅自执业，违法所得{v}元",
    "当事人拖欠劳动者工资共计{v}元，涉及劳动者{n}名",
    "当事人在店外占道经营，经责令改正后拒不改正",
]
PHONE_FORMS = ["{p}", "{a} {b} {c}", "+86 {p}", "{a}-{b}-{c}", "0086-{p}"]


def phone_form(rng: random.Random, phone: str) -> str:
    """Write a mobile number the way clerks do: plain, spaced, dashed, +86, full-width."""
    text = rng.choice(PHONE_FORMS).format(p=phone, a=phone[:3], b=phone[3:7], c=phone[7:])
    if rng.random() < 0.1:
        text = text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return text


def party_block(target: Person | Company, rng: random.Random) -> str:
    """Write the 当事人 block: organisations public, natural persons' data private."""
    if isinstance(target, Company):
        return (
            f"当事人：{target.name}\n统一社会信用代码：{target.credit_code}\n"
            f"住所：{target.address}\n法定代表人（负责人）：{target.representative}\n"
        )
    sex = "男" if rng.random() < 0.6 else "女"
    return (
        f"当事人：{target.name}，{sex}，{target.birth.year}年{target.birth.month}月{target.birth.day}日出生，"
        f"公民身份号码：{target.id_number}\n住址：{target.address}\n联系电话：{phone_form(rng, target.phone)}\n"
    )


def decision_text(ctx: dict[str, Any], rng: random.Random) -> str:
    """Write the full text of one decision from its facts."""
    t = ctx["target"]
    head = f"{ctx['agency_name']}\n{CATEGORY_TITLES[ctx['category']]}\n{ctx['doc_no']}\n\n{party_block(t, rng)}\n"
    officers = "、".join(f"{o['name']}（执法证号：{o['credential_no']}）" for o in ctx["officers"])
    witness, worker = ctx["witness"], ctx["worker"]
    fact = rng.choice(FACTS).format(n=rng.randint(2, 60), v=rng.randint(300, 90000), plate=ctx["plate"])
    body = (
        f"{ctx['found']}，本机关执法人员{officers}依法对当事人位于江城市临江区{ctx['premises']}的场所进行检查。"
        f"经查，{fact}。\n"
        f"上述事实有现场检查笔录、询问笔录（被询问人：{witness.name}，联系电话{phone_form(rng, witness.phone)}）、"
        f"证人证言（证人：{worker.name}，系当事人员工）、照片{rng.randint(3, 20)}张等证据为证。\n"
    )
    if ctx["category"] == "penalty":
        body += (
            f"当事人的上述行为违反了{ctx['law']}的规定。依据{ctx['basis']}的规定，"
            f"参照{ctx['discretion']}，本机关决定对当事人作出如下行政处罚：\n{ctx['result']}\n"
            f"当事人应当自收到本决定书之日起十五日内，将罚款缴至江城市财政局非税收入汇缴账户"
            f"（开户行：江城农商银行临江支行，账号：{ctx['bank_account']}）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
        )
    else:
        body += f"依据{ctx['basis']}的规定，本机关决定：{ctx['result']}\n"
    if ctx.get("secret"):
        body += f"经核查，当事人产品配方为{ctx['secret']}，与备案一致。\n"
    remedy = (
        f"如不服本决定，可以在收到本决定书之日起六十日内向{ctx['review_body']}申请行政复议，"
        f"或者在六个月内依法向{ctx['court']}提起行政诉讼。\n"
    )
    date = ctx["decision_date"]
    return head + body + remedy + f"\n{ctx['agency_name']}\n{date.year}年{date.month}月{date.day}日\n"
