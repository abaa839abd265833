"""Shared text blocks of the fifth independent corpus (party lines, staff, signatures)."""

from __future__ import annotations

from kit import F, cn_digits, digits, go, keep


def party(c, p, style=None, label="当事人", phone=True, addr=True):
    """A natural person's particulars in one of six hands."""
    r = c.rng
    st = r.randint(0, 5) if style is None else style
    idp = c.ID(p) if p.id18 else c.passport(p)
    idcue = "公民身份号码" if p.id18 else f"护照号码（{p.nationality}）"
    ph = c.PH(p) if phone and r.random() < 0.5 else (c.mobile_x(p) if phone else None)
    ad = c.AD(p) if addr else None
    nm = c.N(p)
    if st == 0:
        return F(
            "{l}：{n}，{g}，{e}，{b}出生，{ic}：{i}"
            + ("，住{a}" if ad else "")
            + ("，联系电话{ph}" if ph else "")
            + "。\n",
            l=label,
            n=nm,
            g=p.gender,
            e=p.ethnicity if p.id18 else p.nationality + "籍",
            b=c.BD(p),
            ic=idcue,
            i=idp,
            a=ad,
            ph=ph,
        )
    if st == 1:
        return F(
            "{l}姓名：{n}\n性别：{g}　民族：{e}\n{ic}：{i}\n"
            + ("住址：{a}\n" if ad else "")
            + ("联系方式：{ph}\n" if ph else ""),
            l=label,
            n=nm,
            g=p.gender,
            e=p.ethnicity if p.id18 else "——",
            ic=idcue,
            i=idp,
            a=ad,
            ph=ph,
        )
    if st == 2:
        return F(
            "┌────────────┐\n│{l}│{n}│性别│{g}│\n│证件号码│{i}│\n"
            + ("│住　　址│{a}│\n" if ad else "")
            + ("│电　　话│{ph}│\n" if ph else "")
            + "└────────────┘\n",
            l=label,
            n=nm,
            g=p.gender,
            i=idp,
            a=ad,
            ph=ph,
        )
    if st == 3:
        return F(
            "{l}　{n}　{g}　{age}岁　{e}\n　　身份证件：{i}\n"
            + ("　　现住：{a}\n" if ad else "")
            + ("　　电话：{ph}\n" if ph else ""),
            l=label,
            n=nm,
            g=p.gender,
            age=cn_digits(str(p.age(c.date))) if r.random() < 0.3 else str(p.age(c.date)),
            e=p.ethnicity,
            i=idp,
            a=ad,
            ph=ph,
        )
    if st == 4:
        return F(
            "{l}| {n} | {g} | {i}" + (" | {a}" if ad else "") + (" | {ph}" if ph else "") + " |\n",
            l=label
            + "\n姓名 | 性别 | 证件号码"
            + (" | 住址" if ad else "")
            + (" | 电话" if ph else "")
            + " |\n",
            n=nm,
            g=p.gender,
            i=idp,
            a=ad,
            ph=ph,
        )
    return F(
        "{l}{n}（{ic}{i}" + ("，户籍地{a}" if ad else "") + "）" + ("，手机{ph}" if ph else "") + "。\n",
        l=label,
        n=nm,
        ic=idcue,
        i=idp,
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
            "{k}{n}，统一社会信用代码{cc}，住所地" + co.addr + "，法定代表人{rep}。\n",
            k=kind,
            n=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
        )
    return F(
        "{k}名称：{n}\n（信用代码　{cc}）\n负责人：{rep}　　地址：" + co.addr + "\n",
        k=kind,
        n=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )


def staff(c, style=None):
    """Two officers with credentials in one of several hands."""
    r = c.rng
    st = r.randint(0, 5) if style is None else style
    if st <= 4:
        out = list(c.officers(st))
        if out and out[-1] == "，":
            out[-1] = "。"
        return out + ["\n"]
    return F(
        "执法人员：{a}（{b}）\n　　　　　{c2}（{d}）\n",
        a=c.ON(0),
        b=c.OC(0),
        c2=c.ON(1),
        d=c.OC(1),
    )


def signatures(c, rows):
    """Signature block of private people: rows of (role, person)."""
    r = c.rng
    out = []
    for role, p in rows:
        d = c.D(c.date, r.choice([0, 3, 4]))
        st = r.randint(0, 2)
        if st == 0:
            out += F(role + "签名：{n}　　{d}\n", n=c.N(p), d=d)
        elif st == 1:
            out += F(role + "（签字捺印）：{n}\n日期：{d}\n", n=c.N(p), d=d)
        else:
            out += F(role + "：{n}（手写）  " + "{d}\n", n=c.N(p), d=d)
    return out


def contact_line(c, i=3):
    r = c.rng
    st = r.randint(0, 3)
    if st == 0:
        return F("联系人：{o}　联系电话：{ph}\n", o=c.ON(i), ph=c.AC("phone"))
    if st == 1:
        return F("（承办人：{o}；电话 {ph}；投诉举报 {h}）\n", o=c.ON(i), ph=c.AC("phone"), h=c.AC("hotline"))
    if st == 2:
        return F("本机关联系人{o}，{ph}，电子邮箱{em}。\n", o=c.ON(i), ph=c.AC("phone"), em=c.AC("email"))
    return F(
        "咨询：{ph}（工作日）/{h}　地址：{ad}\n", ph=c.AC("phone"), h=c.AC("hotline"), ad=c.AC("address")
    )


def hot(c, n):
    """A public hotline or service number (keep, agency_contact) registered as a keep value."""
    c.ext_keep(n)
    return keep("agency_contact", n)


def who(c, p):
    """Name with ethnicity/nationality hint in prose."""
    if p.nationality != "中国":
        return F("{n}（" + p.nationality + "籍，{l}）", n=c.N(p), l=go("name", p.latin))
    return c.N(p)


LANGS = {
    "LS": "藏文",
    "SZ": "藏文",
    "SM": "维吾尔文",
    "HS": "蒙古文",
    "SQ": "彝文",
    "GC": "纳西东巴文",
    "XN": "藏文",
    "QL": "维吾尔文",
}


ETH = {
    "LS": "藏族",
    "SZ": "藏族",
    "SM": "维吾尔族",
    "HS": "蒙古族",
    "SQ": "彝族",
    "GC": "纳西族",
    "XN": "藏族",
    "QL": "维吾尔族",
}


def tail(c, p=None, k=3):
    """k closing paragraphs from a pool (publication, service, credit, enforcement, review, e-service, complaints, translation)."""
    r = c.rng
    pen = "罚" in (c.doc_no or "")
    pool = (["pub", "credit", "enf", "legal"] if pen else ["obj", "arch"]) + ["compl", "copies"]
    if p is not None:
        pool += ["serve", "esrv", "trans"]
    out = []
    for key in r.sample(pool, min(k, len(pool))):
        if key == "pub":
            out += F(
                "根据{l}的规定，本决定将自作出之日起七个工作日内在{w}公示，公示时对自然人信息依法作去标识化处理。\n",
                l=c.L(
                    r.choice(
                        [
                            "《中华人民共和国行政处罚法》第四十八条",
                            "《中华人民共和国政府信息公开条例》第二十条",
                        ]
                    )
                ),
                w=c.AC("website"),
            )
        elif key == "credit":
            out += F(
                "相关行政处理信息记入信用档案后，当事人可依照{l}申请信用修复，咨询电话{ph}（工作日9:30—18:00）。\n",
                l=c.L("《失信行为纠正后的信用信息修复管理办法（试行）》第八条"),
                ph=c.AC("phone"),
            )
        elif key == "enf":
            out += F(
                "逾期不申请行政复议、不提起行政诉讼又不履行的，本机关将依照{l}申请{ct}强制执行。\n",
                l=c.L("《中华人民共和国行政强制法》第五十三条"),
                ct=c.CT(),
            )
        elif key == "legal":
            out += F(
                "本案已经法制审核，审核人员{o}（法律职业资格证书编号{q}）出具了同意的审核意见。\n",
                o=c.ON(4),
                q=keep(
                    "credential_no", "A" + str(c.date.year - r.randint(3, 12)) + digits(r, 9, "0123456789")
                ),
            )
        elif key == "compl":
            out += F(
                "当事人对执法人员的执法行为有异议的，可拨打{h}或政务服务便民热线{h2}反映，也可来信至{ad}。\n",
                h=c.AC("hotline") if c.ag.hotline != "12345" else c.AC("phone"),
                h2=hot(c, "12345"),
                ad=c.AC("address"),
            )
        elif key == "obj":
            out += F(
                "对本文书载明事项有异议的，可自收到之日起五个工作日内向本机关书面提出，并附相关证明材料；本机关将在{n}个工作日内复核答复（咨询电话{ph}）。\n",
                n=r.choice(["十", "10", "十五"]),
                ph=c.AC("phone"),
            )
        elif key == "arch":
            out += F(
                "本文书及相关材料按照{l}归档保存，承办人{o}、复核人{o2}。\n",
                l=c.L(r.choice(["《机关档案管理规定》第二十九条", "《中华人民共和国档案法》第十四条"])),
                o=c.ON(6),
                o2=c.ON(0),
            )
        elif key == "copies":
            out += F(
                "本文书一式{n}份，一份送达当事人，一份报{rb}备案，其余存档；{d}前未签收的，依法公告送达。\n",
                n=r.choice(["三", "四", "3"]),
                rb=c.RB(),
                d=c.D(c.after(10, 20)),
            )
        elif key == "serve":
            out += F("送达地址确认书载明的送达地址为{a}，当事人签字确认该地址真实有效。\n", a=c.AD(p))
        elif key == "esrv":
            out += F(
                "当事人书面同意电子送达，接收邮箱{em}，短信接收号码{ph}。\n",
                em=c.email_x(),
                ph=c.mobile_x(p) if p.mobile else c.landline_x(),
            )
        else:
            want = ETH.get(c.loc.key)
            tr = None
            for _ in range(12):
                tr = c.person("minority")
                if tr.ethnicity == want:
                    break
            out += F(
                "应当事人申请，本文书附"
                + LANGS.get(c.loc.key, "藏文")
                + "译本，由{t}（{org}聘请翻译，电话{ph}）翻译，译文与中文本具有同等效力的说明已当面告知。\n",
                t=c.N(tr),
                org=keep("agency", f"{c.loc.city}民族语文翻译中心"),
                ph=c.PH(tr),
            )
    return out
