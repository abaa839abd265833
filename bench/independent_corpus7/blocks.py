"""Shared text blocks of the seventh independent corpus (party hands, staff, closing paragraphs).

Copied from the sixth corpus's blocks.py; the ID and mobile in every party hand now come from
the seventh-corpus generators (spreadsheet apostrophes, OCR confusions, masks that still show the
birth date, PDF line wraps, capital numerals, several numbers in one cell) about half the time."""

from __future__ import annotations

from kit import F, cn_digits, go, keep, spaced


def idp(c, p, style=None):
    """The ID in a seventh-corpus form (60 %) or a sixth-corpus layout with its cue (list of pieces)."""
    if not p.id18:
        return ["护照号码", c.passport(p)]
    if style is None and c.rng.random() < 0.6:
        return c.id7p(p)
    b, g, a = c.id6(p, style)
    return [b, g, a]


def phone(c, p, p6=0.5):
    x = c.rng.random()
    if x < 0.45:
        return c.mob7p(p)
    if x < 0.6:
        return c.phones_cell(p)
    return c.mob6(p) if c.rng.random() < p6 else c.PH(p)


def party(c, p, style=None, label="当事人", with_phone=True, with_addr=True):
    """A natural person's particulars in one of seven hands."""
    r = c.rng
    st = r.randint(0, 6) if style is None else style
    ph = phone(c, p) if with_phone else None
    ad = c.AD(p) if with_addr else None
    if st == 0:
        return F(
            "{l}：{n}　　性别：{g}　　出生日期：{b}\n证件类型及号码：{i}\n"
            + ("住所：{a}\n" if ad else "")
            + ("联系电话：{ph}\n" if ph else ""),
            l=label,
            n=c.N(p),
            g=p.gender,
            b=c.BD(p),
            i=idp(c, p),
            a=ad,
            ph=ph,
        )
    if st == 1:
        return F(
            "{l}{n}（{i}），{g}，{age}岁" + ("，住{a}" if ad else "") + ("，电话{ph}" if ph else "") + "。\n",
            l=label,
            n=c.N(p),
            i=c.ID(p, 0) if p.id18 else c.passport(p),
            g=p.gender,
            age=p.age(c.date),
            a=ad,
            ph=ph,
        )
    if st == 2 and p.id18:
        return F(
            "| {l} | {n} | 公民身份号码 | {i} |\n"
            + (
                "| 联系电话 | {ph} | 住址 | {a} |\n" if ph and ad else ("| 联系电话 | {ph} |\n" if ph else "")
            ),
            l=label,
            n=c.N(p),
            i=c.id_cells(p),
            ph=ph,
            a=ad,
        )
    if st == 3:
        return F(
            "{l}姓名：{n}\n"
            + "证件号码：{i}\n"
            + ("现住址：{a}\n" if ad else "")
            + ("手　　机：{ph}\n" if ph else ""),
            l=label,
            n=go("name", spaced(p.name)) if len(p.name) <= 3 else c.N(p),
            i=idp(c, p),
            a=ad,
            ph=ph,
        )
    if st == 4:
        return F(
            "{l}：{n}，{i}" + ("，{a}" if ad else "") + ("，{ph}" if ph else "") + "。\n",
            l=label,
            n=c.N(p),
            i=idp(c, p, 1) if p.id18 else c.passport(p),
            a=ad,
            ph=ph,
        )
    if st == 5:
        age = p.age(c.date)
        return F(
            "{l}　{n}，{e}，{age}周岁，身份证件{i}"
            + ("；户籍所在地{a}" if ad else "")
            + ("；联系方式{ph}" if ph else "")
            + "。\n",
            l=label,
            n=c.N(p),
            e=p.ethnicity if p.nationality == "中国" else p.nationality + "国籍",
            age=cn_digits(str(age)) if r.random() < 0.3 else str(age),
            i=c.ID(p) if p.id18 else c.passport(p),
            a=ad,
            ph=ph,
        )
    return F(
        "{l}基本情况\n姓　　名 {n}\n性　　别 {g}\n身份证号 {i}\n"
        + ("家庭住址 {a}\n" if ad else "")
        + ("联系电话 {ph}\n" if ph else ""),
        l=label,
        n=c.N(p),
        g=p.gender,
        i=(c.id_split(p, "\n　　　　 ") if r.random() < 0.35 else c.ID(p)) if p.id18 else c.passport(p),
        a=ad,
        ph=ph,
    )


def company_block(c, co, kind="当事人", style=None):
    r = c.rng
    st = r.randint(0, 2) if style is None else style
    if st == 0:
        return F(
            "{k}：{n}\n统一社会信用代码：{cc}\n住所：" + co.addr + "\n法定代表人：{rep}\n",
            k=kind,
            n=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
        )
    if st == 1:
        return F(
            "{k}{n}（统一社会信用代码{cc}），住所" + co.addr + "，法定代表人{rep}。\n",
            k=kind,
            n=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
        )
    return F(
        "| {k} | {n} |\n| 统一社会信用代码 | {cc} |\n| 法定代表人 | {rep} |\n| 住所 | " + co.addr + " |\n",
        k=kind,
        n=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )


def staff(c, style=None):
    r = c.rng
    st = r.randint(0, 5) if style is None else style
    if st <= 4:
        out = list(c.officers(st))
        if out and out[-1] == "，":
            out[-1] = "。"
        return out + ["\n"]
    return F("办案人员：{a}　执法证号{b}；{c2}　执法证号{d}\n", a=c.ON(0), b=c.OC(0), c2=c.ON(1), d=c.OC(1))


def signatures(c, rows):
    r = c.rng
    out = []
    for role, p in rows:
        d = c.D(c.date, r.choice([0, 3, 4]))
        st = r.randint(0, 2)
        if st == 0:
            out += F(role + "（签名）：{n}　　日期：{d}\n", n=c.N(p), d=d)
        elif st == 1:
            out += F(role + "签字：{n}（按指印）　{d}\n", n=c.N(p), d=d)
        else:
            out += F(role + "{n}　{d}\n", n=c.N(p), d=d)
    return out


def hot(c, n):
    c.ext_keep(n)
    return keep("agency_contact", n)


def who(c, p):
    if p.nationality != "中国":
        return F("{n}（{l}）", n=c.N(p), l=go("name", p.latin))
    return c.N(p)


def tail(c, p=None, k=2):
    """k closing paragraphs from a pool written for this corpus."""
    r = c.rng
    pen = any(x in (c.doc_no or "") for x in ("罚", "处", "警"))
    pool = (["pub", "fulfil", "enf"] if pen else ["ask", "file"]) + ["watch", "copies"]
    if p is not None:
        pool += ["addr", "sms"]
    out = []
    for key in r.sample(pool, min(k, len(pool))):
        if key == "pub":
            out += F(
                "本决定书依照{l}在{w}“行政执法公示”栏目公开，公开文本隐去个人隐私信息。\n",
                l=c.L(
                    "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》"
                ),
                w=c.AC("website"),
            )
        elif key == "fulfil":
            out += F("当事人履行完毕后，请将缴款凭证复印件送交本机关或发送至{em}备查。\n", em=c.AC("email"))
        elif key == "enf":
            out += F(
                "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行本决定的，本机关将依法申请{ct}强制执行。\n",
                ct=c.CT(),
            )
        elif key == "ask":
            out += F(
                "对本文书内容如有疑问，可在工作日拨打{ph}咨询，或登录{w}查询办理进度。\n",
                ph=c.AC("phone"),
                w=c.AC("website"),
            )
        elif key == "file":
            out += F("本文书存档一份，抄送{rb}。\n", rb=c.RB())
        elif key == "watch":
            out += F(
                "对本机关工作人员在执法过程中的违法违纪行为，可向本机关或拨打{h}反映（地址：{ad}）。\n",
                h=c.AC("hotline") if c.ag.hotline != "12345" else hot(c, "12345"),
                ad=c.AC("address"),
            )
        elif key == "copies":
            out += F(
                "本文书一式{n}份，当事人、承办机构各执一份，{d}前送达。\n",
                n=r.choice(["两", "三", "2"]),
                d=c.D(c.after(3, 9)),
            )
        elif key == "addr":
            out += F("经当事人确认，本机关今后的文书寄送至{a}，收件人{n}。\n", a=c.AD(p), n=c.N(p))
        else:
            out += F(
                "当事人同意以短信方式接收文书提醒，接收号码{ph}；确认邮箱{em}。\n",
                ph=c.mob6(p) if p.mobile else c.land6(),
                em=c.email6(),
            )
    return out
