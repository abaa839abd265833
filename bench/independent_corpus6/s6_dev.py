"""Dev structures of the sixth independent corpus (A01-A15).  Each writes its own body."""

from __future__ import annotations

import datetime as dt

import blocks as B
from kit import (
    TS,
    Doc,
    F,
    H,
    W,
    agency_for,
    cn_digits,
    digits,
    go,
    keep,
    make_id15,
    make_uscc,
    spaced,
    structure,
)


def police_staff(c):
    r = c.rng
    st = r.randint(0, 2)
    a, b, x, y = c.ON(0), c.OC(0), c.ON(1), c.OC(1)
    return [
        F("办案民警：{a}（警号{b}）、{x}（警号{y}）\n", a=a, b=b, x=x, y=y),
        F("民警{a}、{x}，警号分别为{b}、{y}。\n", a=a, b=b, x=x, y=y),
        F("承办人：{a}　警号：{b}\n协办人：{x}　警号：{y}\n", a=a, b=b, x=x, y=y),
    ][st]


def review(c, what, heard):
    """审查经过 paragraph (staff keep; ``heard`` may hold go pieces)."""
    r = c.rng
    d1 = c.before(12, 30)
    return F(
        "{d1}本机关受理后，指派工作人员{o1}、{o2}进行审查，调取了{w}，并于{d2}听取了{h}的意见。"
        + r.choice(
            [
                "审查期间，申请人补正材料一次。",
                "审查过程中未发现需要回避的情形。",
                "经负责人审批，审查期限未予延长。",
            ]
        )
        + "\n",
        d1=c.D(d1),
        o1=c.ON(2),
        o2=c.ON(3),
        w=what,
        d2=c.D(c.before(3, 10)),
        h=heard,
    )


# ------------------------------------------------------------------ A01
@structure("A01-police-bank-card-lending-fraud-assist-penalty", "penalty", "police", "dev")
def a01(c):
    r = c.rng
    p = c.person(age=(19, 46))
    c.as_target_person(p)
    c.set_docno("行罚决字", fmt=0)
    broker = c.person(kind=r.choice(["han", "single", "word"]), age=(20, 40))
    nk = c.nick6(broker)
    victim = c.person(age=(35, 70))
    bank = r.choice(["中国农业银行", "中国邮政储蓄银行", "农村商业银行", "中国建设银行"])
    card = c.card6()
    tail_ = card.value.replace(" ", "").replace("-", "")[-4:]
    cue_wx, wx = c.social("wx")
    cue_zf, zf = c.social("zfb")
    gain = r.choice([600, 800, 1200, 1500, 2000])
    fine = r.choice([3000, 5000, 8000, 10000])
    d0 = c.before(90, 150)
    d1 = d0 + dt.timedelta(days=r.randint(3, 20))
    d = Doc()
    d.add(c.header(r.choice(["行政处罚决定书", "公安行政处罚决定书"])))
    d.add(B.party(c, p, label="违法行为人"))
    d.add("\n")
    d.f(
        "现查明，{d0}，违法行为人{n}经网友“{nk}”（{cw}{wx}，真实姓名{bn}）介绍，将其本人名下{bank}借记卡（卡号：{card}）连同网银U盾、绑定手机号{ph}出租给他人使用，约定每日租金{g}。{d1}，该卡收款账户先后转入被害人{v}被骗资金，并经多次转账转入尾号{t}的账户后被取现。",
        d0=c.D(d0),
        n=c.N(p),
        nk=go("name", nk),
        cw=cue_wx,
        wx=wx,
        bn=c.N(broker),
        bank=bank,
        card=card,
        ph=c.mob6(p),
        g=c.M(gain // 10 if gain > 100 else gain, 0),
        d1=c.D(d1),
        v=c.N(victim),
        t=go("bank_account", tail_),
    )
    d.f(
        "违法行为人另将其{cz}{zf}提供给“{nk}”用于收取转账，共获利{g}。\n",
        cz=cue_zf,
        zf=zf,
        nk=go("name", nk),
        g=c.M(gain),
    )
    if r.random() < 0.6:
        d.f(
            "另查明，违法行为人{cr}。\n",
            cr=go(
                "criminal_record",
                r.choice(
                    [
                        "曾于2019年因盗窃罪被判处有期徒刑八个月",
                        "2021年因赌博被行政拘留十日",
                        "曾因帮助信息网络犯罪活动罪被判处有期徒刑六个月，缓刑一年",
                    ]
                ),
            ),
        )
    d.add(
        c.evidence(
            [
                F("违法行为人{n}的陈述和申辩", n=c.N(p)),
                F("被害人{v}的陈述", v=c.N(victim)),
                "银行账户交易明细",
                "电子数据提取笔录",
            ]
        )
    )
    d.f(
        "本局认为，违法行为人的行为违反了{l1}之规定。根据{l2}之规定，现决定：对{n}没收违法所得{g}，并处罚款{f}。\n",
        l1=c.L("《中华人民共和国反电信网络诈骗法》第三十一条第一款"),
        l2=c.L("《中华人民共和国反电信网络诈骗法》第四十四条"),
        n=c.N(p),
        g=c.M(gain),
        f=c.M(fine),
    )
    d.add(c.pay(r.choice([0, 2])))
    d.add(c.rights(r.choice([0, 1])))
    d.add(police_staff(c))
    d.add(B.tail(c, p, 1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A02
@structure("A02-police-traffic-forged-plate-detention-penalty", "penalty", "police", "dev")
def a02(c):
    r = c.rng
    p = c.person(age=(23, 58))
    c.as_target_person(p)
    c.set_docno("交罚", fmt=r.randint(0, 3))
    owner = c.person(age=(30, 66))
    real = c.plate6(r.choice(["ev", "plain", "other"]))
    fake = c.plate6(r.choice(["police", "coach", "trailer", "plain"]))
    vin = c.vin()
    seller = c.person(kind=r.choice(["han", "han3", "rare"]), age=(25, 50))
    cue_dy, dy = c.social("dy")
    fine = r.choice([2000, 3000, 4000, 5000])
    days = r.choice(["五", "七", "十", "十五"])
    d0 = c.before(20, 60)
    d = Doc()
    d.add(c.header("公安交通管理行政处罚决定书"))
    d.add(B.party(c, p, label="被处罚人", style=r.choice([0, 3, 5, 6])))
    d.f("机动车驾驶证号：{dl}　　准驾车型：C1\n", dl=c.dl_no(p))
    d.f("车辆识别代号：{v}　　登记车主：{o}\n\n", v=vin, o=c.N(owner))
    d.f(
        "{d0}{h}时许，被处罚人驾驶悬挂{f}号牌的小型普通客车行至{road}路段，执勤民警查验发现该号牌系伪造，该车实际登记号牌为{real}，登记所有人为{o}（被处罚人{rel}）。",
        d0=c.D(d0),
        h=r.randint(8, 22),
        f=fake,
        road=r.choice(c.loc.roads),
        real=real,
        o=c.N(owner),
        rel=r.choice(["之兄", "之岳父", "的朋友", "之妻"]),
    )
    d.f(
        "经询问，被处罚人称该伪造号牌系通过{cd}{dy}从{s}处以{m}购得，{s}的联系电话{ph}。\n",
        cd=cue_dy,
        dy=dy,
        s=c.N(seller),
        m=c.M(r.choice([300, 450, 600]), 0),
        ph=c.mob6(seller),
    )
    d.add(
        c.evidence(
            [
                "现场执法视频",
                "伪造号牌两副（已收缴）",
                "机动车登记信息查询结果",
                F("车辆所有人{o}的证言", o=c.N(owner)),
            ]
        )
    )
    d.f(
        "被处罚人使用伪造机动车号牌的行为，违反了{l1}的规定。依据{l2}，决定：收缴伪造号牌，对被处罚人处行政拘留{days}日，并处罚款{f}。扣留车辆自违法状态消除后予以返还。\n",
        l1=c.L("《中华人民共和国道路交通安全法》第十六条第（三）项"),
        l2=c.L("《中华人民共和国道路交通安全法》第九十六条第一款"),
        days=days,
        f=c.M(fine),
    )
    d.add(c.pay(1))
    d.add(c.rights())
    d.add(police_staff(c))
    d.add(c.sign(contact=True))
    return d


# ------------------------------------------------------------------ A03
@structure("A03-resources-real-estate-registration-correction", "other", "resources", "dev")
def a03(c):
    r = c.rng
    p = c.person(kind=r.choice(["han", "word", "compound", "rare"]), age=(52, 75))
    c.as_target_person(p)
    c.set_docno("不动产更正", fmt=r.choice([0, 2]))
    sp = c.person(age=(50, 74), male=not p.male)
    seller = c.person(age=(40, 70))
    old = make_id15(r, p.region, p.birth, p.male)
    cert = c.prop_cert()
    cert_old = c.prop_cert()
    area = r.randint(68, 142)
    d0 = c.before(20, 40)
    d = Doc()
    d.add(c.header("不动产登记更正决定书"))
    d.add(B.party(c, p, label="申请人", style=r.choice([0, 3, 6])))
    d.f("共有人：{s}，{i}\n", s=c.N(sp), i=B.idp(c, sp))
    d.f("委托代理人：{s}，系申请人之配偶，联系电话{ph}\n\n", s=c.N(sp), ph=c.mob6(sp))
    d.f(
        "申请人于{d0}向本局申请更正登记，称其所有的位于{a}的房屋（建筑面积{ar}平方米，不动产权证书号{cert}）登记簿记载的权利人身份证明号码有误。",
        d0=c.D(d0),
        a=c.AD(p),
        ar=area,
        cert=cert,
    )
    d.f(
        "经查，该房屋于2016年由{s}（原不动产权证号{co}）转移登记至申请人名下，办理时申请人提交的为十五位旧身份证号码{o}，登记簿据此记载；申请人现持有的居民身份证号码为{n}。\n",
        s=c.N(seller),
        co=cert_old,
        o=go("id_number", old),
        n=c.ID(p, r.choice([0, 1, 2])),
    )
    d.f(
        "本局经核对户籍证明、原申请材料及{rb}身份核查结果，确认登记簿记载事项错误，且更正不涉及他人权益。依据{l1}、{l2}之规定，决定：\n一、准予更正登记，将权利人身份证明号码更正为现居民身份证号码；\n二、申请人应于{d1}前缴回原证书，本局换发新证，登记费{m}。\n",
        rb=keep("agency", agency_for(c.loc, "police").name),
        l1=c.L("《不动产登记暂行条例》第二十条"),
        l2=c.L("《不动产登记暂行条例实施细则》第七十九条"),
        d1=c.D(c.after(15, 30)),
        m=c.M(r.choice([80, 550]), 0),
    )
    d.add(c.rights(r.choice([0, 2])))
    d.add(B.tail(c, p, 2))
    d.add(c.sign(contact=True))
    return d


# ------------------------------------------------------------------ A04
@structure("A04-disabled-certificate-issue-minor-confirmation", "confirmation", "disabled", "dev")
def a04(c):
    r = c.rng
    par = c.person(age=(30, 48))
    kid = c.child(par, age=(5, 15))
    c.target_type, c.target_name = "natural_person", kid.name
    c.set_docno("证核", fmt=r.choice([0, 2]))
    sch, cls = c.school_class(kid)
    doc = c.person(kind="han", age=(35, 60))
    hosp = c.hospital()
    cat = r.choice(
        [
            ("精神", 6, "孤独症谱系障碍"),
            ("智力", 5, "中度智力发育迟缓"),
            ("听力", 2, "双耳极重度感音神经性聋"),
            ("肢体", 4, "脑性瘫痪（痉挛型）"),
        ]
    )
    grade = r.choice([2, 3, 4])
    d = Doc()
    d.add(c.header("残疾人证核发决定书"))
    d.f(
        "申请人（残疾人）：{k}，{g}，{b}出生\n身份证号：{i}\n",
        k=c.N(kid, "minor_name"),
        g=kid.gender,
        b=c.BD(kid),
        i=c.ID(kid, r.choice([0, 1, 2, 5])),
    )
    d.f("就读学校：{s}　班级：{cl}\n", s=go("school", sch), cl=go("class", cls))
    d.f(
        "法定监护人：{gp}（{rel}），{i}，电话{ph}，住{a}\n\n",
        gp=c.N(par, "guardian_name"),
        rel="父亲" if par.male else "母亲",
        i=B.idp(c, par),
        ph=B.phone(c, par),
        a=c.AD(par),
    )
    d.f(
        "监护人{gp}于{d0}代为申请办理第二代残疾人证。经{h}评定医师{dn}评定，申请人{dx}，评定为{cat}残疾{g}级。本会经审核，认为申请材料齐全，符合{l}规定的核发条件。\n",
        gp=c.N(par, "guardian_name"),
        d0=c.D(c.before(20, 45)),
        h=hosp,
        dn=c.N(doc),
        dx=H("诊断为" + cat[2]),
        cat=cat[0],
        g=cn_digits(str(grade)),
        l=c.L("《中华人民共和国残疾人证管理办法》第七条"),
    )
    d.f(
        "决定核发残疾人证，证号{no}，有效期至{d1}。持证人可凭证按规定申领困难残疾人生活补贴（每月{m}）及康复救助，补贴发放至监护人{bk}。\n",
        no=c.disab_cert(kid, cat[1], grade),
        d1=c.D(dt.date(c.date.year + 8, c.date.month, min(c.date.day, 28))),
        m=c.M(r.choice([80, 100, 120]), 0),
        bk=F("社保卡金融账户{x}", x=c.ss_account()) if r.random() < 0.5 else F("银行卡（{x}）", x=c.card6()),
    )
    d.f("医保卡号：{mc}（康复救助结算使用）\n", mc=c.ss6(kid, "med"))
    d.f(
        "评定过程：{d2}，评定医师在监护人陪同下对申请人进行了面诊，查阅了{h}既往病历{n}份，{x}。评定结果已于{d3}在申请人户籍所在地村（居）委会公示五个工作日，无异议。\n",
        d2=c.D(c.before(10, 20)),
        h=hosp,
        n=r.randint(2, 6),
        x=H(
            r.choice(
                [
                    "申请人需在监护人协助下完成日常生活",
                    "申请人语言表达能力明显落后于同龄儿童",
                    "申请人佩戴人工耳蜗后言语识别率不足30%",
                ]
            )
        ),
        d3=c.D(c.before(3, 9)),
    )
    d.f(
        "依照{l}，持证人享受的康复、教育、就业等优惠待遇，由各相关部门按规定落实。\n",
        l=c.L("《中华人民共和国残疾人保障法》第十五条"),
    )
    d.add(c.rights(2))
    d.add(B.tail(c, par, 2))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A05
@structure("A05-justice-legal-aid-grant-decision", "other", "justice", "dev")
def a05(c):
    r = c.rng
    p = c.person(kind=r.choice(["han", "han3", "word", "single", "minority"]), age=(24, 58), local=False)
    c.as_target_person(p)
    c.set_docno("援决", fmt=r.choice([0, 2]))
    co = c.company(r.choice(["建筑劳务", "木业", "物流", "矿业"]))
    law = c.person(kind=r.choice(["han", "han3", "compound"]), age=(28, 55))
    firm = f"{c.loc.short}{r.choice(['正道', '明理', '致远', '公信'])}律师事务所"
    wife = c.relative(p, not p.male, (22, 55)) if r.random() < 0.5 else None
    d = Doc()
    d.add(c.header("给予法律援助决定书"))
    d.add(B.party(c, p, label="申请人", style=r.choice([1, 4, 5])))
    d.add("\n")
    d.f(
        "申请人因与{co}追索劳动报酬及工伤赔偿纠纷，于{d0}向本局申请法律援助。经审查，申请人在该公司务工期间月工资约{w}，{d1}在作业中受伤，{hx}；",
        co=c.CO(co),
        d0=c.D(c.before(5, 15)),
        w=W(f"{r.randint(38, 75)}00元"),
        d1=c.D(c.before(120, 300)),
        hx=H(
            r.choice(
                [
                    "致右手三指离断，经鉴定构成八级伤残",
                    "腰椎压缩性骨折，住院治疗四十二天",
                    "左眼球破裂伤，视力降至0.1",
                ]
            )
        ),
    )
    if wife:
        d.f(
            "其家庭成员{wn}{wh}，",
            wn=c.N(wife),
            wh=H(r.choice(["患有类风湿性关节炎", "长期透析", "为二级肢体残疾人"])),
        )
    d.f(
        "申请人现无固定收入，家庭人均月收入{inc}，低于当地最低工资标准。\n",
        inc=W(f"{r.randint(4, 9)}{r.randint(0, 9)}0元"),
    )
    d.f(
        "本局认为，申请人的申请事项属于{l1}规定的法律援助范围，且符合经济困难标准。依照{l2}，决定给予法律援助，指派{f}律师{ln}承办，承办律师联系电话{ph}。\n",
        l1=c.L("《中华人民共和国法律援助法》第三十一条第（五）项"),
        l2=c.L("《中华人民共和国法律援助法》第四十三条"),
        f=keep("company", firm),
        ln=c.N(law),
        ph=B.phone(c, law),
    )
    c.names.append(firm)
    d.add(review(c, "劳动合同、考勤记录、住院病历及家庭经济状况说明", F("申请人{n}", n=c.N(p))))
    d.f("申请人应如实向承办律师陈述案情，申请人通讯地址{a}，邮箱{em}。\n", a=c.AD(p), em=c.email6())
    d.f(
        "承办律师应当自本决定作出之日起{n}个工作日内与申请人签订委托协议，依法维护申请人的合法权益，不得向申请人收取任何财物；申请人可通过{h}对法律援助服务进行投诉。受援人有下列情形之一的，本局将终止法律援助：以欺骗方式获得法律援助的；故意隐瞒与案件有关的重要事实或者提供虚假证据的；利用法律援助从事违法活动的。\n",
        n=r.choice(["三", "五", "3"]),
        h=c.AC("hotline"),
    )
    d.add(F("申请人对本决定有异议的，可以向{rb}提出，该机关应当组织审查。\n", rb=c.RB()))
    d.add(B.tail(c, p, 1))
    d.add(c.sign(contact=True))
    return d


# ------------------------------------------------------------------ A06
@structure("A06-police-landlord-unregistered-tenants-penalty", "penalty", "police", "dev")
def a06(c):
    r = c.rng
    p = c.person(age=(38, 70))
    c.as_target_person(p)
    c.set_docno("罚决字", fmt=0)
    cert = c.prop_cert()
    rent_addr = c.home_address()
    tenants = []
    for kind in r.sample(["han", "foreign", "hk", "tw", "han3", "word"], 3):
        if kind in ("hk", "tw"):
            t = c.person(kind="han3", local=False)
            tenants.append((t, kind))
        else:
            tenants.append((c.person(kind=kind, local=kind != "foreign"), kind))
    fine = r.choice([200, 300, 500])
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.party(c, p, label="违法行为人", style=r.choice([0, 2, 3, 6])))
    d.f("出租房屋：{a}（不动产权证号{pc}）\n\n", a=go("address", rent_addr), pc=cert)
    d.f(
        "经查，违法行为人自{d0}起将上述房屋分隔出租，月租金合计{w}，未按规定登记承租人姓名、身份证件种类和号码。{d1}民警检查时发现承租人情况如下：\n",
        d0=c.D(c.before(100, 300)),
        w=W(f"{r.randint(18, 42)}00元"),
        d1=c.D(c.before(20, 40)),
    )
    d.add("序号 | 姓名 | 证件 | 入住时间\n")
    for i, (t, kind) in enumerate(tenants, 1):
        if kind == "foreign":
            doc = (
                F("护照{x}；居留许可{y}", x=c.passport(t), y=c.res_permit())
                if r.random() < 0.5
                else F("外国人永久居留身份证{x}", x=c.perm_res(t))
            )
            nm = B.who(c, t)
        elif kind == "hk":
            doc = (
                F("往来港澳通行证{x}", x=c.hkmo_permit())
                if r.random() < 0.5
                else F("港澳居民来往内地通行证{x}", x=c.hk_permit("hkp")[1])
            )
            nm = c.N(t)
        elif kind == "tw":
            doc = F("台胞证{x}", x=c.tw_permit())
            nm = c.N(t)
        else:
            doc = F("身份证{x}", x=c.id_cells(t, " | ") if r.random() < 0.4 else c.ID(t))
            nm = c.N(t)
        d.f("{i} | {n} | {doc} | {dd}\n", i=i, n=nm, doc=doc, dd=c.D(c.before(40, 200), 3))
    d.add(c.procedure("罚告", hearing=False))
    d.f(
        "以上事实有违法行为人的陈述、承租人{t}的证言、现场检查笔录等证据证实。违法行为人的行为违反了{l1}之规定，依据{l2}，决定对{n}处罚款{f}。\n",
        t=c.N(tenants[0][0]),
        l1=c.L("《租赁房屋治安管理规定》第七条第（二）项"),
        l2=c.L("《租赁房屋治安管理规定》第九条第（二）项"),
        n=c.N(p),
        f=c.M(fine),
    )
    d.add(c.pay(2))
    d.add(c.rights(3))
    d.add(police_staff(c))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A07
@structure("A07-edu-student-grant-false-hardship-recovery", "other", "edu", "dev")
def a07(c):
    r = c.rng
    par = c.person(age=(32, 50))
    kid = c.child(par, age=(13, 17))
    c.as_target_person(par)
    c.set_docno("资追", fmt=r.choice([0, 1]))
    sch, cls = c.school_class(kid)
    teacher = c.person(kind=r.choice(["han", "word", "single"]), age=(26, 55))
    yrs = r.choice([2, 3])
    amt = yrs * r.choice([1500, 2000, 2500])
    d = Doc()
    d.add(c.header("追回国家助学金决定书"))
    d.add(B.party(c, par, label="被决定人", style=r.choice([0, 1, 5])))
    d.f(
        "受助学生：{k}，{g}，{b}出生，{s}{cl}学生\n\n",
        k=c.N(kid, "minor_name"),
        g=kid.gender,
        b=c.BD(kid),
        s=go("school", sch),
        cl=go("class", cls),
    )
    d.f(
        "经查，被决定人在为其子女{k}申请家庭经济困难学生认定时，填报家庭年收入{w1}，并称本人{hx}。经入户核查和部门数据比对，被决定人在{co}任职，实际月工资{w2}，名下登记有小型汽车一辆（号牌{pl}）。",
        k=c.N(kid, "minor_name"),
        w1=W(f"{r.randint(8, 15)}000元"),
        hx=H(r.choice(["患有慢性肾衰竭", "因工伤丧失劳动能力", "患乳腺癌术后化疗"])),
        co=keep("company", c.company(r.choice(["商贸", "电子", "农业开发"])).name),
        w2=W(f"{r.randint(52, 98)}00元"),
        pl=c.plate6(r.choice(["ev", "plain"])),
    )
    d.add(review(c, "学生资助管理系统记录、社保缴费及车辆登记信息", F("被决定人{n}和班主任", n=c.N(par))))
    d.f(
        "班主任{t}（电话{ph}）在评议时未如实核对。上述情形不符合{l}规定的认定条件。\n",
        t=c.N(teacher),
        ph=B.phone(c, teacher),
        l=c.L("《学生资助资金管理办法》第三十二条"),
    )
    d.f(
        "本局决定：一、取消{k}家庭经济困难学生认定；二、追回已发放的国家助学金共{yrs}学年计{m}，被决定人应于{d1}前退回。原助学金发放至学生资助卡（{card}），该卡不再使用。\n",
        k=c.N(kid, "minor_name"),
        yrs=yrs,
        m=c.M(amt),
        d1=c.D(c.after(15, 30)),
        card=c.card6(19),
    )
    d.add(c.pay(2))
    d.add(c.rights(2))
    d.add(B.tail(c, par, 2))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A08
@structure("A08-tobacco-unlicensed-cigarette-retail-wechat-penalty", "penalty", "tobacco", "dev")
def a08(c):
    r = c.rng
    op = c.person(kind=r.choice(["han", "han3", "word", "rare", "minority"]), age=(28, 62))
    shop = f"{c.loc.short}{r.choice(['县城', '', '镇上'])}{op.surname}{r.choice(['记便利店', '家小卖部', '氏烟酒商行', '记副食店'])}"
    code = make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.names.append(shop)
    c.set_docno("烟罚", fmt=r.randint(0, 3))
    sup = c.person(kind=r.choice(["han", "single"]), age=(30, 55), local=False)
    nk = c.nick6(sup)
    cue_wx, wx = c.social("wx")
    cue_q, q = c.social("qq")
    tiao = r.randint(40, 180)
    val = tiao * r.choice([180, 220, 260])
    d = Doc()
    d.add(c.header("烟草专卖行政处罚决定书"))
    d.f(
        "当事人：{s}\n统一社会信用代码：{cc}\n经营者：{n}　　{i}\n",
        s=keep("company", shop),
        cc=keep("credit_code", code),
        n=c.N(op),
        i=B.idp(c, op),
    )
    d.f("联系电话：{ph}\n\n", ph=B.phone(c, op, 0.7))
    d.f(
        "{d0}，本局执法人员对当事人经营场所进行检查，在柜台及后屋发现无烟草专卖零售许可证经营的卷烟{t}条，案值{v}。经查，当事人通过{cw}{wx}向熟客发布卷烟图片接单，顾客经微信转账付款，部分货款收入当事人{cq}{q}绑定的银行卡（{card}）。",
        d0=c.D(c.before(40, 90)),
        t=tiao,
        v=c.M(val),
        cw=cue_wx,
        wx=wx,
        cq=cue_q,
        q=q,
        card=c.card6(),
    )
    d.f(
        "当事人供述卷烟系从外地人“{nk}”（{sn}，手机{ph}）处购进，{ts1}，{ts2}。\n",
        nk=go("name", nk),
        sn=c.N(sup),
        ph=c.mob6(sup),
        ts1=TS(f"进货价每条{r.randint(120, 200)}元"),
        ts2=TS(f"每月从其处拿货约{r.randint(20, 60)}条"),
    )
    d.add(c.evidence(["卷烟鉴别检验报告", "微信聊天记录截图", "涉案卷烟先行登记保存清单"]))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，本局决定：一、没收违法经营的卷烟{t}条；二、处违法经营额百分之二十的罚款{f}。\n",
        l1=c.L("《中华人民共和国烟草专卖法》第十六条"),
        l2=c.L("《中华人民共和国烟草专卖法实施条例》第五十七条"),
        t=tiao,
        f=c.M(val // 5),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(B.staff(c))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A09
@structure("A09-civil-adoption-registration-decision", "license", "civil", "dev")
def a09(c):
    r = c.rng
    a1 = c.person(age=(33, 48), male=True)
    a2 = c.person(age=(31, 46), male=False)
    c.as_target_person(a1)
    c.set_docno("收养登", fmt=r.choice([0, 2]))
    bp = c.person(age=(24, 45), local=False)
    kid = c.child(bp, age=(1, 9))
    newname = a1.surname + kid.name[len(bp.surname) :] if a1.surname != bp.surname else kid.name
    if newname == kid.name or not c._ok(newname):
        newname = None
    else:
        c.names.append(newname)
    d = Doc()
    d.add(c.header("收养登记决定书"))
    d.add(B.party(c, a1, label="收养人", with_addr=False, style=r.choice([1, 4, 5])))
    d.add(B.party(c, a2, label="收养人", with_phone=False, with_addr=True, style=r.choice([1, 4, 5])))
    d.f(
        "被收养人：{k}，{g}，{b}出生，公民身份号码{i}\n",
        k=c.N(kid, "minor_name"),
        g=kid.gender,
        b=c.BD(kid),
        i=c.ID(kid, r.choice([0, 2, 6])),
    )
    d.f(
        "送养人：{b}（生{rel}），{i}，住{a}\n\n",
        b=c.N(bp, "guardian_name"),
        rel="父" if bp.male else "母",
        i=B.idp(c, bp),
        a=c.AD(bp),
    )
    d.f(
        "收养人{a1}、{a2}于{d0}共同申请收养{k}。经审查：两收养人婚后无子女，{a1}{inc1}，{a2}{inc2}，双方均{h1}；送养人{b}{h2}，无力抚养子女，其配偶已于2022年死亡。",
        a1=c.N(a1),
        a2=c.N(a2),
        d0=c.D(c.before(40, 70)),
        k=c.N(kid, "minor_name"),
        inc1=W(f"年收入约{r.randint(8, 20)}万元"),
        inc2=W(f"月工资{r.randint(45, 90)}00元"),
        h1="未患有在医学上认为不应当收养子女的疾病",
        b=c.N(bp, "guardian_name"),
        h2=H(r.choice(["患有尿毒症需长期透析", "确诊精神分裂症", "因车祸致高位截瘫"])),
    )
    d.f("收养人提供了{h}出具的体检证明和无犯罪记录证明。\n", h=c.hospital())
    d.add(
        review(
            c,
            "户籍证明、婚姻登记记录、收入证明和送养人的书面意见",
            F("收养人、送养人{b}及村（居）民委员会", b=c.N(bp, "guardian_name")),
        )
    )
    d.f(
        "本机关认为，上述收养符合{l1}、{l2}规定的条件，决定准予登记，发给收养登记证（编号{no}）。{chg}\n",
        l1=c.L("《中华人民共和国民法典》第一千零九十八条"),
        l2=c.L("《中国公民收养子女登记办法》第七条"),
        no=keep("doc_no", f"{c.loc.short}收字{c.date.year}{digits(r, 4, '0123456789')}"),
        chg=F(
            "被收养人随收养人姓，更名为{nn}，由收养人持本决定书到户籍所在地公安派出所办理户口登记。",
            nn=go("minor_name", newname),
        )
        if newname
        else "",
    )
    d.add("收养关系自登记之日起成立。养父母与养子女间的权利义务关系，适用法律关于父母子女关系的规定。\n")
    d.add(c.rights(r.choice([0, 2])))
    d.add(B.tail(c, a1, 1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A10
@structure("A10-fund-housing-provident-fraudulent-withdrawal-recovery", "other", "fund", "dev")
def a10(c):
    r = c.rng
    p = c.person(age=(26, 55))
    c.as_target_person(p)
    c.set_docno("追", fmt=r.randint(0, 3))
    co = c.company(r.choice(["建材", "医药", "汽车服务", "电子商务"]))
    ag = c.person(kind=r.choice(["han", "han3", "single", "word"]), age=(25, 45))
    nk = c.nick6(ag)
    acct = go("bank_account", c.loc.regions[0][:4] + digits(r, 12, "0123456789"))
    amt = r.randint(36, 120) * 1000
    fee = amt // 10
    d = Doc()
    d.add(c.header("责令退回住房公积金决定书"))
    d.add(B.party(c, p, label="当事人", style=r.choice([0, 2, 3, 6])))
    d.f("工作单位：{co}　　个人公积金账号：{ac}\n\n", co=c.CO(co), ac=acct)
    d.f(
        "经查，当事人在{co}工作，月缴存基数{w}。{d0}，当事人经中介人员{ag}（人称“{nk}”，手机{ph}）介绍，以购买自住住房为由申请提取住房公积金，提交的{pc}号不动产权证书及购房合同系伪造，其中{h}的诊断证明亦为虚假材料。",
        co=c.CO(co),
        w=W(f"{r.randint(42, 95)}00元"),
        d0=c.D(c.before(60, 200)),
        ag=c.N(ag),
        nk=go("name", nk),
        ph=B.phone(c, ag),
        pc=c.prop_cert(),
        h=H(r.choice(["“恶性肿瘤”", "“尿毒症”", "“重度烧伤”"])),
    )
    d.f(
        "当事人共提取住房公积金{m}，款项转入其本人{bn}尾号{t}的银行卡，其中{fee}作为“服务费”转入{ag}的{cz}{z}。\n",
        m=c.M(amt),
        bn=r.choice(["中国银行", "农业银行", "邮储银行"]),
        t=go("bank_account", digits(r, 4, "0123456789")),
        fee=c.M(fee),
        ag=c.N(ag),
        cz=c.social("zfb")[0],
        z=c.social("zfb")[1],
    )
    d.add(review(c, "提取申请材料、不动产登记查询结果和银行流水", F("当事人{n}", n=c.N(p))))
    d.f(
        "以上行为违反了{l1}的规定。依据{l2}，本中心决定：责令当事人于{d1}前退回骗提的住房公积金{m}至本中心归集账户；逾期未退回的，依法申请{ct}强制执行，并将相关信息纳入失信记录。\n",
        l1=c.L("《住房公积金管理条例》第二十四条"),
        l2=c.L("《住房公积金管理条例》第三十六条"),
        d1=c.D(c.after(20, 40)),
        m=c.M(amt),
        ct=c.CT(),
    )
    d.add(c.rights(r.choice([1, 2])))
    d.add(B.tail(c, p, 1))
    d.add(c.sign(contact=True))
    return d


# ------------------------------------------------------------------ A11
@structure("A11-market-pyramid-selling-member-table-penalty", "penalty", "market", "dev")
def a11(c):
    r = c.rng
    co = c.company(r.choice(["健康科技", "生物科技", "电子商务"]))
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 3))
    mem = [c.person(age=(28, 70)) for _ in range(3)]
    up = c.person(kind=r.choice(["han", "word", "compound"]), age=(35, 58))
    nk = c.nick6(up)
    gross = r.randint(80, 400) * 1000
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.company_block(c, co))
    d.add("\n")
    d.f(
        "经查，当事人自{d0}起以销售“富氢水杯”为名，要求参加者缴纳{fee}取得会员资格，并按发展下线人数和层级计酬，至案发时共发展会员{n}人，形成{lv}层以上的上下线关系。会员之间以“{nk}”（{upn}，当事人区域负责人，{cw}{wx}）为核心建立微信群，群内发布收款账户。部分会员信息如下：\n",
        d0=c.D(c.before(150, 300)),
        fee=c.M(r.choice([3980, 6980, 9800])),
        n=r.randint(120, 600),
        lv=r.choice(["三", "四", "五"]),
        nk=go("name", nk),
        upn=c.N(up),
        cw=c.social("wx")[0],
        wx=c.social("wx")[1],
    )
    d.add("姓名 | 身份证号 | 联系电话 | 返利收款卡 | 层级\n")
    for i, m in enumerate(mem):
        d.f(
            "{n} | {i} | {ph} | {bk} | {lv}\n",
            n=c.N(m) if r.random() < 0.7 else go("name", spaced(m.name, " ")),
            i=c.id_cells(m, " | ") if i == 0 else c.ID(m),
            ph=c.mob6(m, r.choice([0, 2, 6, 7])) if i else c.PH(m),
            bk=c.card6(style=r.choice([0, 1, 4])),
            lv=f"第{cn_digits(str(i + 2))}层",
        )
    d.f(
        "会员{m0}{h}，仍被动员购买产品。当事人违法所得{g}。\n",
        m0=c.N(mem[0]),
        h=H(r.choice(["患有糖尿病并发症", "系高血压三级患者", "患阿尔茨海默病早期"])),
        g=c.M(gross),
    )
    d.f(
        "当事人的行为构成{l1}所指的传销行为。依据{l2}，本局决定：一、责令停止违法行为；二、没收违法所得{g}；三、罚款{f}。\n",
        l1=c.L("《禁止传销条例》第七条第（二）项、第（三）项"),
        l2=c.L("《禁止传销条例》第二十四条第一款"),
        g=c.M(gross),
        f=c.M(r.choice([500000, 800000, 1000000])),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A12
@structure("A12-labour-early-retirement-special-post-approval", "confirmation", "labour", "dev")
def a12(c):
    r = c.rng
    p = c.person(age=(50, 56), male=True) if r.random() < 0.6 else c.person(age=(45, 50), male=False)
    c.as_target_person(p)
    c.set_docno("退审", fmt=r.choice([0, 2]))
    co = c.company(r.choice(["煤业", "化工", "铸造", "林产"]))
    ill = r.random() < 0.5
    d = Doc()
    d.add(c.header("提前退休审批决定书" if not ill else "因病提前退休审批决定书"))
    d.add(B.party(c, p, label="申请人", style=r.choice([0, 3, 6]), with_addr=r.random() < 0.5))
    d.f(
        "社会保障卡号：{s}　　医保卡号：{m}\n",
        s=c.ss6(p, r.choice(["id", "pre", "local"])),
        m=c.ss6(p, "med"),
    )
    d.f(
        "所在单位：{co}（统一社会信用代码{cc}，法定代表人{rep}）\n\n", co=c.CO(co), cc=c.CC(co), rep=c.REP(co)
    )
    start = p.birth.year + r.randint(18, 22)
    if ill:
        d.f(
            "申请人于{d0}申请因病提前退休。经{rb}劳动能力鉴定，申请人{h}，鉴定结论为完全丧失劳动能力。申请人档案记载{y}年参加工作，月标准工资{w}，至今累计缴费{n}年。\n",
            d0=c.D(c.before(30, 60)),
            rb=keep("agency", f"{c.loc.city}劳动能力鉴定委员会"),
            h=H(r.choice(["患慢性阻塞性肺疾病（重度）", "脑梗死后遗症，左侧肢体偏瘫", "尘肺贰期合并肺结核"])),
            y=start,
            w=W(cn_digits(str(r.randint(38, 62))) + "元"),
            n=r.randint(15, 32),
        )
    else:
        d.f(
            "申请人于{d0}申请按特殊工种提前退休。经审核原始档案，申请人自{y}年起在{co}从事{job}工作，累计满{k}年，档案记载{y}年月标准工资{w}；{h}。\n",
            d0=c.D(c.before(30, 60)),
            y=start,
            co=c.CO(co),
            job=r.choice(["井下采掘", "高温冶炼", "化工操作"]),
            k=r.choice([9, 10, 12]),
            w=W(cn_digits(str(r.randint(38, 62))) + "元"),
            h=H(r.choice(["职业健康检查结论为听力损伤", "体检发现尘肺壹期", "无职业禁忌证"])),
        )
    d.add(review(c, "人事档案、工资台账和社会保险缴费记录", F("申请人{n}及所在单位", n=c.N(p))))
    d.f(
        "经审核，申请人符合{l}规定的条件，决定同意申请人自{d1}起退休，按月领取基本养老金，养老金发放至其社会保障卡金融账户{acct}。\n",
        l=c.L("《国务院关于工人退休、退职的暂行办法》第一条")
        if not ill
        else c.L("《国务院关于工人退休、退职的暂行办法》第一条第（三）项"),
        d1=c.D(c.after(10, 40)),
        acct=c.ss_account(),
    )
    d.f(
        "申请人退休后，其基本医疗保险关系转入退休人员管理，医疗保险待遇按{l}执行；所在单位应于{d}前为申请人办结档案移交手续。\n",
        l=c.L("《社会保险法》第二十七条"),
        d=c.D(c.after(20, 35)),
    )
    d.add(c.rights(0))
    d.add(B.tail(c, p, 2))
    d.add(c.sign(contact=True))
    return d


# ------------------------------------------------------------------ A13
@structure("A13-ethnic-unregistered-religious-gathering-site-penalty", "penalty", "ethnic", "dev")
def a13(c):
    r = c.rng
    p = c.person(kind=r.choice(["han", "han3", "word", "minority", "single"]), age=(40, 72))
    c.as_target_person(p)
    c.set_docno("罚", fmt=r.randint(0, 3))
    rel = r.choice(
        [
            ("基督教", "信仰基督教", "家庭聚会点", "圣经"),
            ("佛教", "皈依佛教", "念佛堂", "经书"),
            ("天主教", "系天主教徒", "祈祷所", "弥撒书"),
        ]
    )
    fol = [c.person(age=(30, 80)) for _ in range(2)]
    cue_wx, wx = c.social("wx")
    don = r.randint(12, 80) * 1000
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.party(c, p, style=r.choice([0, 1, 4, 5])))
    d.add("\n")
    d.f(
        "经查，当事人{rp}，自{d0}起在其自有住房（{a}，不动产权证号{pc}）内设立“{site}”，每周日组织{n}余人开展集体宗教活动，未经批准。当事人通过{cw}{wx}建立“{g}”群发布活动通知，并以收款二维码接受捐献，收款账户为其本人{bank}（{card}），共收取{m}。",
        rp=go("religion", rel[1]),
        d0=c.D(c.before(200, 500)),
        a=c.AD(p),
        pc=c.prop_cert(),
        site=rel[2],
        n=r.randint(15, 60),
        cw=cue_wx,
        wx=wx,
        g=r.choice(["恩典之家", "莲友共修", "晨光小组"]),
        bank=r.choice(["农商银行账户", "邮储银行卡"]),
        card=c.card6(),
        m=c.M(don),
    )
    d.f(
        "参加人员{f0}（{r0}）称每次参加均需自带{book}；参加人员{f1}称其{h}，因听信“祷告治病”而停止服药。\n",
        f0=c.N(fol[0]),
        r0=go("religion", r.choice(["信教二十年", "受洗于2016年", "居士"])),
        book=rel[3],
        f1=c.N(fol[1]),
        h=H(r.choice(["患有二型糖尿病", "患有高血压", "患乳腺结节"])),
    )
    d.add(c.evidence([F("当事人{n}的询问笔录", n=c.N(p)), "现场照片及物品清单", "微信群聊天记录"]))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，本局决定：一、责令停止宗教活动，取缔该非法场所；二、没收违法所得{m}；三、罚款{f}。\n",
        l1=c.L("《宗教事务条例》第三十四条"),
        l2=c.L("《宗教事务条例》第六十九条"),
        m=c.M(don),
        f=c.M(r.choice([20000, 30000, 50000])),
    )
    d.add(c.pay())
    d.add(c.rights(1))
    d.add(B.tail(c, p, 1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A14
@structure("A14-radio-unauthorised-transmitter-vehicle-penalty", "penalty", "radio", "dev")
def a14(c):
    r = c.rng
    p = c.person(age=(22, 50), local=r.random() < 0.5)
    c.as_target_person(p)
    c.set_docno("罚字", fmt=r.randint(0, 3))
    boss = c.person(kind=r.choice(["han", "single", "rare"]), age=(28, 50), local=False)
    nk = c.nick6(boss)
    pl = c.plate6(r.choice(["ev", "plain", "other", "temp"]))
    vin = c.vin()
    freq = (
        f"{r.randint(88, 107)}.{r.randint(1, 9)}MHz"
        if r.random() < 0.5
        else f"{r.randint(935, 959)}.{r.randint(1, 9)}MHz"
    )
    d = Doc()
    d.add(c.header("无线电管理行政处罚决定书"))
    d.add(B.party(c, p, label="当事人", style=r.choice([0, 2, 3, 5])))
    d.add("\n")
    d.f(
        "{d0}，本机构监测站在{road}一带监测到{fq}频率异常信号，经测向定位，会同{pol}在一辆号牌为{pl}（车辆识别代号{vin}）的小型轿车内查获未经许可设置使用的无线电发射设备一套。",
        d0=c.D(c.before(30, 90)),
        road=r.choice(c.loc.roads),
        fq=freq,
        pol=keep("agency", agency_for(c.loc, "police").name),
        pl=pl,
        vin=vin,
    )
    d.f(
        "经询问，当事人受雇于“{nk}”（{bn}，电话{ph}，{cq}{q}），每日驾车巡回发射广告信号，日报酬{w}。",
        nk=go("name", nk),
        bn=c.N(boss),
        ph=c.mob6(boss),
        cq=c.social("qq")[0],
        q=c.social("qq")[1],
        w=W(f"{r.choice([200, 300, 350])}元"),
    )
    if r.random() < 0.6:
        d.f(
            "当事人{cr}。",
            cr=go(
                "criminal_record",
                r.choice(
                    [
                        "曾因扰乱无线电通讯管理秩序罪于2020年被判处拘役四个月",
                        "2018年因诈骗罪被判处有期徒刑一年",
                        "曾因寻衅滋事被行政拘留",
                    ]
                ),
            ),
        )
    d.add("\n")
    d.add(c.evidence(["无线电监测报告", "设备技术检测报告", "暂扣物品清单"]))
    d.add(c.procedure("罚告"))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，决定：一、没收无线电发射设备；二、处罚款{f}。\n",
        l1=c.L("《中华人民共和国无线电管理条例》第二十七条"),
        l2=c.L("《中华人民共和国无线电管理条例》第七十条"),
        f=c.M(r.choice([5000, 10000, 20000, 30000])),
    )
    d.add(c.pay(r.choice([0, 1])))
    d.add(c.rights(r.choice([0, 3])))
    d.add(B.staff(c))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ A15
@structure("A15-culture-swimming-venue-uncertified-lifeguards-penalty", "penalty", "culture", "dev")
def a15(c):
    r = c.rng
    co = c.company(r.choice(["游泳健身", "体育文化", "水上乐园"]))
    c.as_target_company(co)
    c.set_docno("体罚", fmt=r.randint(0, 3))
    staff = [
        c.person(kind=r.choice(["han", "han3", "word", "single", "rare"]), age=(19, 40)) for _ in range(2)
    ]
    intern = c.person(age=(16, 17))
    mgr = c.person(age=(28, 50))
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.company_block(c, co))
    d.f(
        "高危险性体育项目经营许可证：{no}\n\n",
        no=keep("doc_no", f"{c.loc.short}体高危许字〔{c.date.year - 1}〕{r.randint(1, 40)}号"),
    )
    d.f(
        "{d0}，本局执法人员对当事人经营的室内游泳池进行检查，当日在岗救生员三人，值班经理{m}（手机{ph}）提供的人员信息如下：\n",
        d0=c.D(c.before(30, 80)),
        m=c.N(mgr),
        ph=B.phone(c, mgr),
    )
    d.add("姓名\t公民身份号码\t救生员证书编号\t备注\n")
    for s in staff:
        d.f(
            "{n}\t{i}\t{cert}\t{note}\n",
            n=c.N(s),
            i=c.ID(s, r.choice([0, 1, 3])),
            cert=go("id_number", s.id18 + digits(r, 2, "0123456789")) if r.random() < 0.5 else "无",
            note=r.choice(["证书过期", "无证", "—"]),
        )
    d.f(
        "{n}\t{i}\t无\t{age}周岁，{sch}学生，暑期兼职\n",
        n=c.N(intern, "minor_name"),
        i=c.ID(intern),
        age=intern.age(c.date),
        sch=go("school", c.school_class(intern)[0]),
    )
    d.f(
        "另查明，救生员{s0}{h}，当事人未安排其调岗。当事人与救生员约定{w}。\n",
        s0=c.N(staff[0]),
        h=H(r.choice(["患有癫痫", "心脏支架术后", "左耳听力重度下降"])),
        w=W(f"月薪{r.randint(30, 48)}00元"),
    )
    d.f(
        "（以上人员信息由当事人提供并签字确认。）\n"
        "当事人聘用未取得国家职业资格证书的人员从事救生工作，违反了{l1}的规定。依据{l2}，本局决定：责令改正，罚款{f}。\n",
        l1=c.L("《经营高危险性体育项目许可管理办法》第二十五条"),
        l2=c.L("《经营高危险性体育项目许可管理办法》第三十二条"),
        f=c.M(r.choice([5000, 8000, 10000])),
    )
    d.add(c.procedure("罚告"))
    d.add(c.pay())
    d.add(c.rights())
    d.add(B.staff(c))
    d.add(c.sign())
    return d
