"""Shared party / tail blocks of the fourth corpus (each structure writes its own body)."""

from __future__ import annotations

from kit import F, cn_digits, digits, fmt_mobile, go, keep, make_id15

NUM = "一二三四五六七八九十"


def person_block(c, p, role="当事人", style=None, extra=None):
    """当事人基本情况 of a natural person in one of several layouts."""
    r = c.rng
    st = r.randint(0, 4) if style is None else style
    if p.id18 and not p.id15 and p.birth.year < 1985 and r.random() < 0.35:
        p.id15 = make_id15(r, p.region, p.birth, p.male)
    idp = c.ID(p, old=r.random() < 0.7)
    if st == 0:
        out = F(
            "{role}：{n}，{g}，{e}，{b}出生，公民身份号码：{i}，住址：{a}，联系电话：{ph}。\n",
            role=role,
            n=c.N(p),
            g=p.gender,
            e=p.ethnicity,
            b=c.BD(p),
            i=idp,
            a=c.AD(p),
            ph=c.PH(p),
        )
    elif st == 1:
        out = F(
            "{role}姓名：{n}\n性别：{g}　　民族：{e}\n身份证号：{i}\n住所：{a}\n手机：{ph}\n",
            role=role,
            n=c.N(p),
            g=p.gender,
            e=p.ethnicity,
            i=idp,
            a=c.AD(p),
            ph=c.PH(p),
        )
    elif st == 2:
        out = F(
            "{role}基本情况\n| 姓名 | 性别 | 身份证件号码 | 联系方式 |\n|---|---|---|---|\n| {n} | {g} | {i} | {ph} |\n现住址：{a}\n",
            role=role,
            n=c.N(p),
            g=p.gender,
            i=idp,
            ph=c.PH(p),
            a=c.AD(p),
        )
    elif st == 3:
        out = F(
            "{role}{n}，{g}，{age}岁，身份证号码{i}，户籍地{a}，电话{ph}。\n",
            role=role,
            n=c.N(p),
            g=p.gender,
            age=str(p.age(c.date)),
            i=idp,
            a=c.AD(p),
            ph=c.PH(p),
        )
    else:
        out = F(
            "{role}：{n}\n证件类型及号码：居民身份证　{i}\n出生日期：{b}\n送达地址：{a}\n",
            role=role,
            n=c.N(p),
            i=idp,
            b=c.BD(p),
            a=c.AD(p),
        )
    if extra:
        out += extra
    return out


def company_block(c, co, style=None, rep_title="法定代表人"):
    r = c.rng
    st = r.randint(0, 3) if style is None else style
    if st == 0:
        return F(
            "当事人：{co}\n统一社会信用代码：{cc}\n" + rep_title + "：{rep}\n住所：" + co.addr + "\n",
            co=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
        )
    if st == 1:
        return F(
            "当事人名称：{co}；统一社会信用代码：{cc}；"
            + rep_title
            + "：{rep}；经营场所："
            + co.addr
            + "。\n",
            co=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
        )
    if st == 2:
        return F(
            "| 当事人 | {co} |\n|---|---|\n| 统一社会信用代码 | {cc} |\n| "
            + rep_title
            + " | {rep} |\n| 地址 | "
            + co.addr
            + " |\n",
            co=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
        )
    return F(
        "当事人{co}（统一社会信用代码{cc}），" + rep_title + "{rep}，住所地" + co.addr + "。\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )


def shop_block(c, shop, op, code, kind="个体工商户"):
    r = c.rng
    st = r.randint(0, 2)
    sp = keep("company", shop)
    if st == 0:
        return F(
            "当事人：{s}（"
            + kind
            + "）\n统一社会信用代码：{cc}\n经营者：{n}　身份证号：{i}\n联系电话：{ph}\n",
            s=sp,
            cc=keep("credit_code", code),
            n=c.N(op),
            i=c.ID(op),
            ph=c.PH(op),
        )
    if st == 1:
        return F(
            "当事人{s}，组成形式为个人经营，统一社会信用代码{cc}，经营者{n}（公民身份号码{i}，住{a}）。\n",
            s=sp,
            cc=keep("credit_code", code),
            n=c.N(op),
            i=c.ID(op),
            a=c.AD(op),
        )
    return F(
        "当事人名称　{s}\n经营者姓名　{n}\n社会信用代码　{cc}\n身份证件　{i}\n手机号码　{ph}\n",
        s=sp,
        n=c.N(op),
        cc=keep("credit_code", code),
        i=c.ID(op),
        ph=c.PH(op),
    )


def evidence_words(c, extra):
    """以上事实有…等证据证实 in one sentence."""
    r = c.rng
    base = ["现场检查笔录", "询问笔录", "现场照片", "调取的书证", "视听资料", "当事人陈述", "送达回证"]
    flat = "".join(x if isinstance(x, str) else "" for x in extra)
    base = [b for b in base if b not in flat]
    items = list(extra) + r.sample(base, r.randint(2, 3))
    out = [r.choice(["以上事实，有", "上述事实有", "以上事实有"])]
    for i, it in enumerate(items):
        if i:
            out.append("、")
        out += it if isinstance(it, list) else [it]
    out.append(r.choice(["等证据证实。\n\n", "等证据为证，事实清楚，证据确凿。\n\n", "等在案为证。\n\n"]))
    return out


def staff_sig(c, n=2, roles=None):
    """Undertaking staff lines before the signature (keep)."""
    r = c.rng
    roles = roles or r.sample(["承办人", "办案人员", "审核人", "法制审核人员", "执法人员", "记录人"], n)
    out = []
    for i, ro in enumerate(roles):
        out += c.role(i + 2, ro)
        out.append("　" if i < len(roles) - 1 else "\n")
    return out


def agency_contact_line(c):
    r = c.rng
    st = r.randint(0, 2)
    if st == 0:
        return F("（本机关联系人：{o}，联系电话：{ph}）\n", o=c.ON(3), ph=c.AC("phone"))
    if st == 1:
        return F("联系人：{o}　电话：{ph}　地址：{ad}\n", o=c.ON(3), ph=c.AC("phone"), ad=c.AC("address"))
    return F("咨询电话：{ph}（工作日）　投诉举报：{h}\n", ph=c.AC("phone"), h=c.AC("hotline"))


def penalty_tail(c, amount_pieces, hearing=True, pay=True):
    """决定 + 缴款 + 救济 + 签署."""
    out = []
    if pay:
        out += c.pay()
    out += c.rights()
    out += c.sign()
    return out


def mobile_any(c, p):
    return c.PH(p)


def cn_money(n):
    """Chinese-numeral money in the everyday form (壹拾贰万元 is done by upper_money)."""
    return cn_digits(str(n), "零")


__all__ = [
    "person_block",
    "company_block",
    "shop_block",
    "evidence_words",
    "staff_sig",
    "agency_contact_line",
    "penalty_tail",
    "NUM",
    "F",
    "go",
    "keep",
    "digits",
    "fmt_mobile",
    "cn_money",
]
