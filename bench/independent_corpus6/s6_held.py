"""Held-back structures of the sixth independent corpus (B01-B13).  Each writes its own body."""

from __future__ import annotations

import blocks as B
from kit import TS, Doc, F, H, W, agency_for, digits, go, keep, spaced, structure


def pol(c):
    r = c.rng
    a, b, x, y = c.ON(0), c.OC(0), c.ON(1), c.OC(1)
    return [
        F("执法民警：{a}（{b}）、{x}（{y}）\n", a=a, b=b, x=x, y=y),
        F("办案人：{a}，警号{b}；{x}，警号{y}。\n", a=a, b=b, x=x, y=y),
    ][r.randint(0, 1)]


def check(c, what, heard):
    r = c.rng
    return F(
        "本机关于{d1}受理后，由{o1}、{o2}负责核查，查阅了{w}，并听取了{h}的陈述。"
        + r.choice(["核查中未发现应当回避的情形。", "核查期间补充调取材料一次。", ""])
        + "\n",
        d1=c.D(c.before(15, 35)),
        o1=c.ON(2),
        o2=c.ON(3),
        w=what,
        d2=None,
        h=heard,
    )


# ------------------------------------------------------------------ B01
@structure("B01-police-wechat-group-gambling-organiser-penalty", "penalty", "police", "heldout")
def b01(c):
    r = c.rng
    p = c.person(age=(24, 55))
    c.as_target_person(p)
    c.set_docno("行罚决字", fmt=r.choice([0, 1]))
    ps = [c.person(kind=r.choice(["han", "han3", "word", "single", "rare"]), age=(20, 60)) for _ in range(3)]
    nks = [c.nick6(x) for x in ps]
    cue_wx, wx = c.social("wx")
    pump = r.randint(30, 160) * 100
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.party(c, p, label="违法行为人", style=r.choice([0, 1, 3, 5, 6])))
    d.add("\n")
    d.f(
        "现查明：{d0}至{d1}，违法行为人以其{cw}{wx}建立名为“{g}”的微信群，组织群成员以抢红包方式进行赌博，每局抽头百分之五，抽头款通过微信收款后转入其尾号{t}的银行卡，共计获利{m}。经查证的参赌人员有：",
        d0=c.D(c.before(90, 160)),
        d1=c.D(c.before(20, 40)),
        cw=cue_wx,
        wx=wx,
        g=r.choice(["发财群", "好运来", "周末娱乐"]),
        t=go("bank_account", digits(r, 4, "0123456789")),
        m=c.M(pump),
    )
    for i, (x, nk) in enumerate(zip(ps, nks, strict=False)):
        cue, sid = c.social(r.choice(["wx", "dy", "qq", "zfb"]))
        d.f(
            "{n}（群昵称“{nk}”，{cue}{sid}，{ph}）" + ("、" if i < 2 else "。"),
            n=c.N(x),
            nk=go("name", nk) if nk else "无",
            cue=cue,
            sid=sid,
            ph=B.phone(c, x, 0.6),
        )
    d.f(
        "其中{n0}{cr}。\n",
        n0=c.N(ps[0]),
        cr=go(
            "criminal_record",
            r.choice(
                [
                    "曾于2021年因赌博被处行政拘留十日",
                    "2019年因开设赌场罪被判处有期徒刑一年",
                    "2022年因吸毒被处社区戒毒三年",
                ]
            ),
        ),
    )
    d.add(
        c.evidence([F("违法行为人{n}的陈述与申辩", n=c.N(p)), "微信群聊天记录及红包流水", "银行账户交易明细"])
    )
    d.add(c.procedure("罚告", hearing=False))
    d.f(
        "违法行为人的行为违反了{l1}之规定，依据{l2}，决定对{n}处行政拘留十日，并处罚款{f}，收缴赌资{m}。执行场所：{ju}。\n",
        l1=c.L("《中华人民共和国治安管理处罚法》第七十条"),
        l2=c.L("《中华人民共和国治安管理处罚法》第七十条"),
        n=c.N(p),
        f=c.M(r.choice([1000, 2000, 3000])),
        m=c.M(pump),
        ju=keep("agency", f"{c.loc.pname}拘留所"),
    )
    d.add(c.rights(r.choice([0, 1])))
    d.add(pol(c))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B02
@structure("B02-police-foreign-national-illegal-stay-penalty", "penalty", "police", "heldout")
def b02(c):
    r = c.rng
    p = c.person(kind="foreign", age=(22, 55), local=False)
    c.target_type, c.target_name = "natural_person", p.name
    c.fields.update(phone=p.mobile)
    c.set_docno("出入境罚", fmt=0)
    host = c.person(age=(30, 60))
    days = r.randint(12, 240)
    d = Doc()
    d.add(c.header("出境入境管理行政处罚决定书"))
    d.f(
        "被处罚人：{n}（英文姓名{l}），{g}，{nat}国籍，{b}出生\n",
        n=c.N(p),
        l=go("name", p.latin),
        g=p.gender,
        nat=p.nationality,
        b=c.BD(p),
    )
    d.f("护照号码：{pp}　　签证/居留许可号码：{rp}\n", pp=c.passport(p), rp=c.res_permit())
    d.f("境内住址：{a}　　联系电话：{ph}\n\n", a=go("address", c.home_address()), ph=B.phone(c, p))
    d.f(
        "经查，被处罚人持{k}入境，其居留许可有效期至{d0}，期满后未申请延期，至{d1}被查获时已非法居留{n}日。被处罚人在此期间居住在{h}（{i}，手机{ph}）家中，并在其经营的{shop}打零工，日工资{w}。",
        k=r.choice(["工作类居留许可", "探亲签证", "学习类居留许可"]),
        d0=c.D(c.before(days + 20, days + 20)),
        d1=c.D(c.before(20, 20)),
        n=days,
        h=c.N(host),
        i=B.idp(c, host),
        ph=c.mob6(host),
        shop=r.choice(["农家乐", "水果摊", "茶叶作坊", "海鲜排档"]),
        w=W(f"{r.randint(100, 250)}元"),
    )
    if r.random() < 0.6:
        d.f(
            "被处罚人称其{h}，曾在{hp}就诊，未能按时办理延期。",
            h=H(r.choice(["患有肺结核", "怀孕五个月", "腰椎间盘突出"])),
            hp=c.hospital(),
        )
    d.add("\n")
    d.add(
        c.evidence(
            [
                F("被处罚人{n}的询问笔录（翻译人员在场）", n=c.N(p)),
                "出入境记录查询结果",
                F("证人{h}的证言", h=c.N(host)),
            ]
        )
    )
    d.add(c.procedure("罚告", hearing=False))
    d.f(
        "被处罚人的行为违反了{l1}之规定。依据{l2}，决定对其处罚款{f}{ex}。\n",
        l1=c.L("《中华人民共和国出境入境管理法》第三十九条"),
        l2=c.L("《中华人民共和国出境入境管理法》第七十八条第一款"),
        f=c.M(r.choice([2000, 5000, 8000, 10000])),
        ex=r.choice(["", "，并限期出境"]),
    )
    d.add(c.pay(2))
    d.add(c.rights())
    d.add(pol(c))
    d.add(c.sign(contact=True))
    return d


# ------------------------------------------------------------------ B03
@structure("B03-justice-community-correction-warning-decision", "other", "justice", "heldout")
def b03(c):
    r = c.rng
    p = c.person(age=(20, 60))
    c.as_target_person(p)
    c.set_docno("矫警", fmt=r.choice([0, 2]))
    fam = c.relative(p, r.random() < 0.5, (40, 70))
    cr = r.choice(
        [
            "因犯危险驾驶罪被判处拘役四个月，缓刑六个月",
            "因犯盗窃罪被判处有期徒刑十个月，缓刑一年",
            "因犯帮助信息网络犯罪活动罪被判处有期徒刑一年，缓刑二年",
            "因犯故意伤害罪被判处有期徒刑二年，缓刑三年",
        ]
    )
    d = Doc()
    d.add(c.header("社区矫正警告决定书"))
    d.add(B.party(c, p, label="社区矫正对象", style=r.choice([0, 1, 3, 6])))
    d.f(
        "矫正类别：缓刑　　矫正期限：{d0}至{d1}\n担保人：{f}（{rel}），联系电话{ph}\n\n",
        d0=c.D(c.before(100, 200)),
        d1=c.D(c.after(150, 300)),
        f=c.N(fam),
        rel=r.choice(["父亲", "母亲", "兄长", "姐姐"]),
        ph=c.mob6(fam),
    )
    d.f(
        "社区矫正对象{n}{cr}，依法实行社区矫正，由{sf}负责日常管理。{d2}，社区矫正对象以{h}为由请假，经批准外出就医三日，但其逾期{k}日未归，期间未按规定报告行踪，经电话{ph}联系无果。",
        n=c.N(p),
        cr=go("criminal_record", cr),
        sf=keep("agency", f"{c.loc.pname}司法局{r.choice(c.loc.towns)}司法所"),
        d2=c.D(c.before(20, 40)),
        h=H(r.choice(["胃溃疡出血", "其患有抑郁症需复诊", "左膝半月板损伤手术"])),
        k=r.randint(3, 9),
        ph=B.phone(c, p),
    )
    d.f(
        "另查明，社区矫正对象于{d3}未经批准进入{pl}等娱乐场所饮酒，其{w}。\n",
        d3=c.D(c.before(8, 15)),
        pl=r.choice(["KTV", "酒吧"]),
        w=W(f"务工月收入约{r.randint(30, 70)}00元"),
    )
    d.add(
        check(c, "请假审批表、电子定位记录和走访记录", F("社区矫正对象{n}及担保人{f}", n=c.N(p), f=c.N(fam)))
    )
    d.f(
        "上述行为违反了{l1}的规定。依据{l2}，决定给予社区矫正对象{n}警告处分。社区矫正对象应当深刻反省，严格遵守监督管理规定；再次违反的，将依法提请撤销缓刑。\n",
        l1=c.L("《中华人民共和国社区矫正法》第二十七条"),
        l2=c.L("《中华人民共和国社区矫正法实施办法》第三十五条"),
        n=c.N(p),
    )
    d.add(
        F(
            "社区矫正对象对本决定不服的，可以依法向{rb}申请行政复议，或向{ct}提起行政诉讼。\n",
            rb=c.RB(),
            ct=c.CT(),
        )
    )
    d.f(
        "本决定抄送{pc}及{rb2}。社区矫正对象应于收到本决定之日起三日内到司法所接受训诫教育，并签署书面保证。\n",
        pc=keep("agency", agency_for(c.loc, "police").name),
        rb2=keep("agency", f"{c.loc.pname}人民检察院"),
    )
    d.add(B.tail(c, p, 2))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B04
@structure("B04-police-drunk-driving-licence-revocation-decision", "penalty", "police", "heldout")
def b04(c):
    r = c.rng
    p = c.person(age=(23, 60))
    c.as_target_person(p)
    c.set_docno("交吊", fmt=r.choice([0, 2]))
    pl = c.plate6(r.choice(["ev", "plain", "other"]))
    vin = c.vin()
    pas = c.person(kind=r.choice(["han", "word", "minority", "single"]), age=(20, 60))
    bac = r.randint(81, 240)
    d = Doc()
    d.add(c.header("公安交通管理行政处罚决定书（吊销机动车驾驶证）"))
    d.add(B.party(c, p, label="被处罚人", style=r.choice([0, 2, 3, 5])))
    d.f(
        "机动车驾驶证档案编号：{df}　证号：{dl}\n车辆号牌：{pl}　车辆识别代号：{v}\n\n",
        df=c.dl_no(p, 0),
        dl=c.dl_no(p, 1),
        pl=pl,
        v=vin,
    )
    d.f(
        "{d0}{h}时{mi}分，被处罚人饮酒后驾驶{pl}小型汽车，搭载乘客{pas}（手机{ph}）行至{road}，被执勤民警查获。经{hp}抽取血样检验，被处罚人血液中乙醇含量为{bac}mg/100ml，属醉酒驾驶机动车。",
        d0=c.D(c.before(40, 100)),
        h=r.randint(19, 23),
        mi=r.randint(10, 59),
        pl=pl,
        pas=c.N(pas),
        ph=c.mob6(pas),
        road=r.choice(c.loc.roads),
        hp=c.hospital(),
        bac=bac,
    )
    if r.random() < 0.7:
        d.f(
            "被处罚人{cr}。",
            cr=go(
                "criminal_record",
                r.choice(
                    [
                        "曾于2020年因饮酒后驾驶机动车被暂扣驾驶证六个月",
                        "2017年因交通肇事罪被判处有期徒刑一年",
                        "曾因醉酒驾驶被判处拘役二个月",
                    ]
                ),
            ),
        )
    d.add("\n")
    d.add(
        c.evidence(
            [
                "呼气酒精含量检测单",
                "血液酒精含量检验鉴定意见",
                "执法记录仪视频",
                F("证人{pas}的证言", pas=c.N(pas)),
            ]
        )
    )
    d.add(c.procedure("罚告"))
    d.f(
        "被处罚人的行为违反了{l1}的规定，依据{l2}，决定吊销被处罚人的机动车驾驶证，五年内不得重新取得机动车驾驶证。涉嫌危险驾驶罪部分，已依法移送审查起诉。\n",
        l1=c.L("《中华人民共和国道路交通安全法》第二十二条第二款"),
        l2=c.L("《中华人民共和国道路交通安全法》第九十一条第二款"),
    )
    d.add(c.rights(r.choice([0, 1])))
    d.add(pol(c))
    d.add(B.tail(c, p, 1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B05
@structure("B05-agri-culled-livestock-compensation-payment", "other", "agri", "heldout")
def b05(c):
    r = c.rng
    hs = [
        c.person(kind=r.choice(["han", "han3", "word", "minority", "single", "rare"]), age=(35, 72))
        for _ in range(r.choice([3, 4]))
    ]
    c.as_target_person(hs[0])
    c.set_docno("扑补", fmt=r.choice([0, 2]))
    vet = c.person(age=(30, 58))
    dz = r.choice([("非洲猪瘟", "生猪", 1200), ("高致病性禽流感", "蛋鸡", 15), ("布鲁氏菌病", "羊", 800)])
    village = r.choice(c.loc.villages)
    d = Doc()
    d.add(c.header("强制扑杀补助发放决定书"))
    d.f(
        "{d0}，{v}发生{dz}疫情，本局依照{l1}对疫点内{an}实施强制扑杀和无害化处理。经村级防疫员{vt}（电话{ph}）入户清点、村民委员会公示，确认扑杀补助对象如下：\n",
        d0=c.D(c.before(30, 60)),
        v=village,
        dz=dz[0],
        l1=c.L("《中华人民共和国动物防疫法》第三十九条"),
        an=dz[1],
        vt=c.N(vet),
        ph=B.phone(c, vet),
    )
    d.add("户主\t身份证号\t扑杀数量\t补助金额\t收款账号\n")
    tot = 0
    for h in hs:
        n = r.randint(20, 300) if dz[2] < 100 else r.randint(3, 60)
        amt = n * dz[2]
        tot += amt
        d.f(
            "{n}\t{i}\t{k}\t{m}\t{bk}\n",
            n=c.N(h) if r.random() < 0.7 else go("name", spaced(h.name)),
            i=c.ID(h, r.choice([0, 0, 3, 6])) if r.random() < 0.6 else c.id_cells(h, "\t"),
            k=f"{n}{'头' if dz[2] >= 100 else '羽'}",
            m=c.M(amt, 0),
            bk=c.card6(style=r.choice([0, 1, 2, 4])),
        )
    d.f("合计{m}。\n", m=c.M(tot, 0))
    d.f(
        "其中户主{n0}{h}，由其{rel}{k}代领，代领人电话{ph}。\n",
        n0=c.N(hs[0]),
        h=H(r.choice(["因脑梗瘫痪在床", "患阿尔茨海默病", "长期住院治疗"])),
        rel=r.choice(["儿子", "女儿"]),
        k=c.N(c.relative(hs[0], r.random() < 0.5, (30, 50))),
        ph=B.phone(c, hs[0]),
    )
    d.add(
        check(
            c,
            "疫情处置记录、扑杀清点表、无害化处理记录和公示材料",
            F("户主代表{n}及村民委员会", n=c.N(hs[-1])),
        )
    )
    d.f(
        "公示期间（{d1}至{d2}）无异议。补助标准按{l}执行，{an}每{u}补助{m}。\n",
        d1=c.D(c.before(12, 15)),
        d2=c.D(c.before(5, 8)),
        l=c.L("《省级动物疫病强制扑杀补助标准》"),
        an=dz[1],
        u="头" if dz[2] >= 100 else "羽",
        m=c.M(dz[2], 0),
    )
    d.f(
        "依据{l2}和{l3}，本局决定按上表发放强制扑杀补助，资金由财政补助资金专户直接拨付至各户账户。\n",
        l2=c.L("《中华人民共和国动物防疫法》第八十六条"),
        l3=c.L("《动物防疫补助经费管理办法》"),
    )
    d.add(c.rights(2))
    d.add(B.tail(c, hs[0], 2))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B06
@structure("B06-health-village-doctor-unauthorised-infusion-penalty", "penalty", "health", "heldout")
def b06(c):
    r = c.rng
    p = c.person(kind=r.choice(["han", "han3", "word", "single", "minority"]), age=(40, 68))
    c.as_target_person(p)
    c.set_docno("卫医罚", fmt=r.randint(0, 3))
    clinic = f"{r.choice(c.loc.villages)}卫生室"
    pts = [c.person(age=(30, 85)) for _ in range(2)]
    par = c.person(age=(28, 45))
    kid = c.child(par, age=(2, 11))
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.party(c, p, style=r.choice([0, 1, 3, 4, 5])))
    d.f(
        "执业地点：{cl}　　乡村医生执业证书编号：{no}\n\n",
        cl=keep("agency", clinic),
        no=go("id_number", f"{c.loc.regions[0]}{digits(r, 6, '0123456789')}" if r.random() < 0.5 else p.id18),
    )
    d.f(
        "{d0}，本局卫生监督员对{cl}进行检查，查阅门诊日志及处方，发现当事人超出乡村医生执业范围，为患者进行静脉输注抗菌药物。部分记录如下：\n",
        d0=c.D(c.before(30, 70)),
        cl=keep("agency", clinic),
    )
    d.add("患者 | 年龄 | 诊断 | 用药 | 联系电话\n")
    for x in pts:
        d.f(
            "{n} | {a}岁 | {h} | {m} | {ph}\n",
            n=c.N(x),
            a=x.age(c.date),
            h=H(
                r.choice(["上呼吸道感染", "慢性支气管炎急性发作", "尿路感染", "2型糖尿病伴足部感染", "肺炎"])
            ),
            m=r.choice(["头孢曲松钠", "左氧氟沙星", "阿奇霉素"]),
            ph=B.phone(c, x, 0.6),
        )
    d.f(
        "{k} | {a}岁 | {h} | 头孢呋辛 | 监护人{g} {ph}\n",
        k=c.N(kid, "minor_name"),
        a=kid.age(c.date),
        h=H(r.choice(["急性扁桃体炎", "手足口病", "支气管肺炎"])),
        g=c.N(par, "guardian_name"),
        ph=c.mob6(par),
    )
    d.f(
        "其中患者{n}输液后出现{h}，经{hp}救治好转。\n",
        n=c.N(pts[0]),
        h=H(r.choice(["过敏性休克", "皮疹、胸闷", "寒战高热"])),
        hp=c.hospital(),
    )
    d.add(c.evidence(["门诊日志及处方复印件", F("患者{n}的询问笔录", n=c.N(pts[1])), "乡村医生执业注册信息"]))
    d.add(c.procedure("罚告", hearing=True))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，本局决定：一、给予警告；二、责令暂停执业活动{m}个月。\n",
        l1=c.L("《乡村医生从业管理条例》第二十四条"),
        l2=c.L("《乡村医生从业管理条例》第三十八条第（一）项"),
        m=r.choice(["三", "六"]),
    )
    d.add(c.rights())
    d.add(B.staff(c))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B07
@structure("B07-tax-individual-income-overpayment-refund-notice", "levy", "tax", "heldout")
def b07(c):
    r = c.rng
    p = c.person(age=(28, 55))
    c.as_target_person(p)
    c.set_docno("退", fmt=r.choice([0, 2]))
    co = c.company(r.choice(["科技", "建设工程", "医疗器械", "旅游开发"]))
    kid = c.child(p, age=(6, 16))
    sch, cls = c.school_class(kid)
    old = c.relative(p, r.random() < 0.5, (62, 85))
    inc = r.randint(9, 26) * 10000 + r.randint(0, 9) * 1000
    ref = r.randint(8, 60) * 100 + r.randint(0, 99)
    bank = r.choice(["中国建设银行", "招商银行", "中国工商银行", "兴业银行"])
    d = Doc()
    d.add(c.header("税务事项通知书（退还多缴税款）"))
    d.f(
        "纳税人：{n}\n纳税人识别号：{i}\n",
        n=c.N(p) if r.random() < 0.7 else go("name", spaced(p.name)),
        i=c.ID(p, r.choice([0, 2, 4, 6])),
    )
    d.f("任职受雇单位：{co}（{cc}）\n\n", co=c.CO(co), cc=c.CC(co))
    d.f(
        "你于{d0}通过个人所得税App办理{y}年度个人所得税综合所得汇算清缴，申报全年工资薪金收入{w}，已预缴税额{pre}。经审核，你申报的专项附加扣除如下：子女教育（子女{k}，就读{s}{cl}）；赡养老人（被赡养人{o}，{oi}）；大病医疗（{h}，自付医疗费用{mm}）。",
        d0=c.D(c.before(20, 60)),
        y=c.date.year - 1,
        w=W(f"{inc}元"),
        pre=c.M(r.randint(30, 90) * 100),
        k=c.N(kid, "minor_name"),
        s=go("school", sch),
        cl=go("class", cls),
        o=c.N(old),
        oi=B.idp(c, old),
        h=H(r.choice(["本人患甲状腺癌术后", "本人系肾移植术后", "本人患白血病"])),
        mm=c.M(r.randint(20, 80) * 1000),
    )
    d.add("\n")
    d.add(check(c, "汇算清缴申报表、扣缴义务人全员全额扣缴申报记录和相关扣除凭证", F("纳税人{n}", n=c.N(p))))
    d.f(
        "经核实无误，根据{l1}和{l2}的规定，准予退还多缴税款{m}。\n",
        l1=c.L("《中华人民共和国税收征收管理法》第五十一条"),
        l2=c.L("《中华人民共和国个人所得税法》第十一条"),
        m=c.M(ref),
    )
    d.f(
        "退税将退至你在申报时填写的{b}账户（开户名{n}，账号{acct}），请注意查收；账户信息有误的，请于{d1}前更正。\n",
        b=bank,
        n=c.N(p),
        acct=c.card6(),
        d1=c.D(c.after(10, 20)),
    )
    d.f(
        "联系人：{o}　　联系电话：{ph}　　纳税服务热线：{h}\n", o=c.ON(1), ph=c.AC("phone"), h=c.AC("hotline")
    )
    d.add(c.rights(r.choice([0, 2])))
    d.add(B.tail(c, p, 3))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B08
@structure("B08-postal-courier-outlet-waybill-data-leak-penalty", "penalty", "postal", "heldout")
def b08(c):
    r = c.rng
    co = c.company(r.choice(["快递服务", "速运", "物流"]))
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 3))
    emp = c.person(kind=r.choice(["han", "han3", "single", "word"]), age=(20, 40))
    nk = c.nick6(emp)
    buyer = c.person(age=(25, 45), local=False)
    recs = [c.person(age=(20, 70)) for _ in range(2)]
    k = r.randint(3, 30) * 1000
    d = Doc()
    d.add(c.header("邮政行政处罚决定书"))
    d.add(B.company_block(c, co))
    d.f(
        "快递业务经营许可证编号：{no}\n\n",
        no=keep("doc_no", f"{c.loc.prov[:2]}{c.date.year - r.randint(1, 4)}{digits(r, 5, '0123456789')}"),
    )
    d.f(
        "经查，当事人网点分拣员{e}（同事称“{nk}”，{i}）于{d0}至{d1}期间，利用工作便利拍摄快递运单，并通过{cq}{q}将约{k}条用户信息出售给{b}（{cw}{wx}），获利{g}。抽查的运单信息包括：\n",
        e=c.N(emp),
        nk=go("name", nk),
        i=B.idp(c, emp),
        d0=c.D(c.before(120, 200)),
        d1=c.D(c.before(30, 60)),
        cq=c.social("qq")[0],
        q=c.social("qq")[1],
        k=k,
        b=c.N(buyer),
        cw=c.social("wx")[0],
        wx=c.social("wx")[1],
        g=c.M(k // 10),
    )
    for x in recs:
        d.f("收件人{n}，{ph}，{a}；\n", n=c.N(x), ph=B.phone(c, x, 0.7), a=c.AD(x))
    d.f(
        "当事人日均派件量{ts1}，每票派费{ts2}，未建立运单信息安全管理制度，未对从业人员进行安全教育。\n",
        ts1=TS(f"约{r.randint(2, 9)}{r.randint(0, 9)}00件"),
        ts2=TS(f"{r.randint(8, 16) / 10}元"),
    )
    d.add(c.procedure("罚告"))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，本局决定：一、责令改正；二、罚款{f}。\n",
        l1=c.L("《快递暂行条例》第三十四条"),
        l2=c.L("《快递暂行条例》第四十四条"),
        f=c.M(r.choice([10000, 20000, 30000, 50000])),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B09
@structure("B09-water-river-illegal-sand-dredging-penalty", "penalty", "water", "heldout")
def b09(c):
    r = c.rng
    p = c.person(age=(30, 60))
    c.as_target_person(p)
    c.set_docno("水罚", fmt=r.randint(0, 3))
    wk = [
        c.person(kind=r.choice(["han", "han3", "single"]), age=(25, 60), local=r.random() < 0.5)
        for _ in range(2)
    ]
    nks = [c.nick6(x) for x in wk]
    buyer = c.company(r.choice(["商品混凝土", "建材", "砂石"]))
    vol = r.randint(300, 3000)
    river = r.choice(["河", "江"])
    d = Doc()
    d.add(c.header("水行政处罚决定书"))
    d.add(B.party(c, p, style=r.choice([0, 2, 3, 6])))
    d.add("\n")
    d.f(
        "{d0}夜间，本局执法人员在{vil}段{rv}道巡查时发现，当事人未取得河道采砂许可，雇用挖掘机一台及自卸货车两辆（号牌{p1}、{p2}，其中{p2}车辆识别代号{v}）在禁采区内采挖河砂。挖掘机司机{w0}（{n0}）、货车司机{w1}（{n1}，手机{ph}）在现场。",
        d0=c.D(c.before(30, 80)),
        vil=r.choice(c.loc.villages),
        rv=river,
        p1=c.plate6(r.choice(["trailer", "plain", "other"])),
        p2=c.plate6(r.choice(["plain", "ev"])),
        v=c.vin(),
        w0=go("name", nks[0]) if nks[0] else c.N(wk[0]),
        n0=c.N(wk[0]),
        w1=go("name", nks[1]) if nks[1] else c.N(wk[1]),
        n1=c.N(wk[1]),
        ph=c.mob6(wk[1]),
    )
    d.f(
        "经测量，当事人共采挖河砂约{vol}立方米，按{ts}的价格出售给{b}。当事人支付司机{w}。\n",
        vol=vol,
        ts=TS(f"每立方米{r.randint(45, 95)}元"),
        b=c.CO(buyer),
        w=W(f"每班{r.randint(300, 600)}元"),
    )
    d.add(c.evidence(["现场勘验笔录及测量记录", "无人机航拍影像", F("{n}的询问笔录", n=c.N(wk[1]))]))
    d.add(c.procedure("罚告"))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，本局决定：一、责令停止违法行为；二、没收违法所得{g}；三、罚款{f}。\n",
        l1=c.L("《中华人民共和国河道管理条例》第二十五条"),
        l2=c.L("《中华人民共和国水法》第七十二条"),
        g=c.M(r.randint(20, 200) * 1000),
        f=c.M(r.choice([50000, 80000, 100000, 150000])),
    )
    d.add(c.pay(r.choice([0, 2])))
    d.add(c.rights())
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B10
@structure("B10-forestry-excess-tree-felling-replanting-penalty", "penalty", "forestry", "heldout")
def b10(c):
    r = c.rng
    p = c.person(age=(38, 70))
    c.as_target_person(p)
    c.set_docno("林罚", fmt=r.randint(0, 3))
    mill = c.company(r.choice(["木业", "木材加工厂", "林产品"]), suffix=r.choice(["有限公司", ""]))
    saw = c.person(kind=r.choice(["han", "single", "rare"]), age=(30, 60))
    nk = c.nick6(saw)
    permit_v = r.randint(10, 60)
    actual = permit_v + r.randint(15, 80)
    d = Doc()
    d.add(c.header("林业行政处罚决定书"))
    d.add(B.party(c, p, style=r.choice([0, 1, 4, 5])))
    d.f("林权证号：{lc}\n\n", lc=c.prop_cert("forest"))
    d.f(
        "经查，当事人持有林木采伐许可证（{no}），核准在其承包经营的{vil}{grp}“{sh}”山场采伐杉木{pv}立方米。{d0}至{d1}，当事人雇请{saw}（人称“{nk}”，{i}）等人采伐，实际采伐蓄积{av}立方米，超出许可{ex}立方米，所伐木材以{ts}售予{mill}。当事人按{w}向{saw}支付工钱。\n",
        no=keep("doc_no", f"{c.loc.short}林采字〔{c.date.year}〕{r.randint(10, 400)}号"),
        vil=r.choice(c.loc.villages),
        grp=r.choice(["一组", "三组", "五组"]),
        sh=r.choice(["老虎坳", "大冲", "背阴坡"]),
        pv=permit_v,
        d0=c.D(c.before(90, 150)),
        d1=c.D(c.before(40, 80)),
        saw=c.N(saw),
        nk=go("name", nk),
        i=B.idp(c, saw),
        av=actual,
        ex=actual - permit_v,
        ts=TS(f"每立方米{r.randint(6, 11)}{r.randint(0, 9)}0元"),
        mill=c.CO(mill),
        w=W(f"每立方米{r.randint(60, 120)}元"),
    )
    d.add(
        c.evidence(
            ["伐区调查设计书", "林业调查规划队出具的鉴定意见", F("证人{n}的证言", n=c.N(saw)), "木材销售凭证"]
        )
    )
    d.add(c.procedure("罚告"))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，本局决定：一、责令当事人在{d2}前在原地补种杉木{t}株；二、处滥伐林木价值三倍的罚款{f}。\n",
        l1=c.L("《中华人民共和国森林法》第五十六条"),
        l2=c.L("《中华人民共和国森林法》第七十六条第二款"),
        d2=c.D(c.after(90, 150)),
        t=(actual - permit_v) * r.choice([5, 10]),
        f=c.M((actual - permit_v) * r.randint(600, 900) * 3),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B11
@structure("B11-civil-heroic-rescue-act-confirmation", "confirmation", "civil", "heldout")
def b11(c):
    r = c.rng
    p = c.person(kind=r.choice(["han", "han3", "word", "single", "minority", "compound"]), age=(20, 60))
    c.as_target_person(p)
    c.set_docno("见确", fmt=r.choice([0, 2]))
    par = c.person(age=(28, 45))
    kid = c.child(par, age=(7, 14))
    sch, cls = c.school_class(kid)
    wit = c.person(age=(25, 70))
    co = c.company(r.choice(["物流", "餐饮管理", "汽车修理"]))
    award = r.choice([5000, 10000, 20000, 30000])
    d = Doc()
    d.add(c.header("见义勇为行为确认决定书"))
    d.add(B.party(c, p, label="被确认人", style=r.choice([0, 1, 3, 5, 6])))
    d.f("工作单位：{co}\n\n", co=c.CO(co))
    d.f(
        "{d0}下午，{s}{cl}学生{k}在{vil}河段玩耍时不慎落水。途经此处的被确认人{n}听到呼救后跳入水中施救，将{k}托举上岸，其本人因体力不支呛水，{h}，在{hp}住院治疗{days}天。",
        d0=c.D(c.before(40, 90)),
        s=go("school", sch),
        cl=go("class", cls),
        k=c.N(kid, "minor_name"),
        vil=r.choice(c.loc.villages),
        n=c.N(p),
        h=H(r.choice(["致吸入性肺炎", "右小腿被礁石划伤缝合十二针", "引发急性心肌缺血"])),
        hp=c.hospital(),
        days=r.randint(5, 21),
    )
    d.f(
        "落水儿童监护人{g}（电话{ph}）及现场群众{w}证实了上述经过。被确认人误工期间{wg}。\n",
        g=c.N(par, "guardian_name"),
        ph=B.phone(c, par),
        w=c.N(wit),
        wg=W(f"月收入损失约{r.randint(30, 80)}00元"),
    )
    d.add(
        check(
            c,
            "公安机关出警记录、医院病历和现场视频",
            F("被确认人{n}、监护人{g}和证人{w}", n=c.N(p), g=c.N(par, "guardian_name"), w=c.N(wit)),
        )
    )
    d.f(
        "本机关认为，被确认人不顾个人安危，抢救他人生命，符合{l}规定的见义勇为情形。经{d1}公示无异议，决定：确认{n}的行为为见义勇为，给予一次性奖励{m}，奖金发放至其本人银行账户（{acct}）；其医疗费用由见义勇为基金按规定保障。\n",
        l=c.L("《见义勇为人员奖励和保障管理办法》第二条"),
        d1=c.D(c.before(3, 10)),
        n=c.N(p),
        m=c.M(award),
        acct=c.card6(),
    )
    d.f(
        "被确认的见义勇为人员依照{l}享受就业、教育、住房等方面的优待；其因见义勇为致伤的，工伤认定和医疗费用按规定办理，所在单位{co}不得因此扣减其工资福利。\n",
        l=c.L("《见义勇为人员奖励和保障管理办法》第十四条"),
        co=c.CO(co),
    )
    d.add(c.rights(2))
    d.add(B.tail(c, p, 1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B12
@structure("B12-stats-falsified-enterprise-statistics-penalty", "penalty", "stats", "heldout")
def b12(c):
    r = c.rng
    co = c.company(r.choice(["机械制造", "食品", "纺织", "新材料"]))
    c.as_target_company(co)
    c.set_docno("统罚", fmt=r.randint(0, 3))
    clerk = c.person(kind=r.choice(["han", "word", "single", "rare"]), age=(24, 50))
    rep_rev = r.randint(2000, 9000)
    true_rev = int(rep_rev * r.uniform(0.4, 0.8))
    d = Doc()
    d.add(c.header("统计行政处罚决定书"))
    d.add(B.company_block(c, co))
    d.add("\n")
    d.f(
        "{d0}，本局对当事人{y}年统计数据质量进行执法检查。经查，当事人在联网直报平台报送的《工业产销总值及主要产品产量》中，填报营业收入{ts1}，而其财务账簿记载的实际营业收入为{ts2}；填报从业人员平均人数{n}人，实际为{m}人。报表由统计员{cl}（手机{ph}，邮箱{em}）填报，{cl}称系按照{rep}的要求调整数据，其本人{w}。",
        d0=c.D(c.before(40, 90)),
        y=c.date.year - 1,
        ts1=TS(f"{rep_rev}万元"),
        ts2=TS(f"{true_rev}万元"),
        n=r.randint(120, 400),
        m=r.randint(40, 110),
        cl=c.N(clerk),
        ph=B.phone(c, clerk),
        em=c.email6(),
        rep=c.REP(co),
        w=W(f"月工资{r.randint(35, 70)}00元"),
    )
    d.f(
        "当事人{ts}。\n",
        ts=TS(
            r.choice(
                [
                    f"主要客户为{c.company('汽车配件').name}和{c.company('电器').name}",
                    f"产品毛利率约{r.randint(12, 35)}%",
                    f"上游原料单价每吨{r.randint(3, 9)}{r.randint(0, 9)}00元",
                ]
            )
        ),
    )
    d.add(c.evidence(["统计报表", "财务账簿及纳税申报表", F("统计员{cl}的询问笔录", cl=c.N(clerk))]))
    d.add(c.procedure("罚告"))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}，本局决定：一、给予警告；二、罚款{f}。\n",
        l1=c.L("《中华人民共和国统计法》第七条"),
        l2=c.L("《中华人民共和国统计法》第四十一条第二款第（二）项"),
        f=c.M(r.choice([50000, 100000, 150000, 200000])),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ B13
@structure("B13-medins-long-term-care-disability-assessment-conclusion", "confirmation", "medins", "heldout")
def b13(c):
    r = c.rng
    p = c.person(age=(66, 92))
    c.as_target_person(p)
    c.set_docno("长护评", fmt=r.choice([0, 2]))
    ag = c.relative(p, r.random() < 0.5, (38, 62))
    nurse = c.person(kind=r.choice(["han", "han3", "word", "single"]), age=(30, 55), local=r.random() < 0.5)
    nk = c.nick6(nurse)
    inst = c.company(r.choice(["养老服务", "护理服务", "康养"]))
    score = r.randint(10, 38)
    lvl = r.choice(["重度失能一级", "重度失能二级", "重度失能三级"])
    d = Doc()
    d.add(c.header("长期护理保险失能等级评估结论通知书"))
    d.add(B.party(c, p, label="参保人", style=r.choice([0, 3, 6]), with_phone=False))
    d.f(
        "医保卡号：{m}　　社会保障卡号：{s}\n",
        m=c.ss6(p, "med"),
        s=c.ss6(p, r.choice(["id", "pre", "local"])),
    )
    d.f(
        "委托代理人：{a}（{rel}），{i}，联系电话{ph}\n\n",
        a=c.N(ag),
        rel=r.choice(["儿子", "女儿", "儿媳", "女婿"]),
        i=B.idp(c, ag),
        ph=c.mob6(ag),
    )
    d.f(
        "参保人于{d0}提出长期护理保险失能评估申请。本局委托的评估人员{o1}、{o2}于{d1}上门评估，参保人{h1}，{h2}，日常生活活动能力（Barthel指数）评分{sc}分。",
        d0=c.D(c.before(30, 50)),
        o1=c.ON(2),
        o2=c.ON(3),
        d1=c.D(c.before(10, 20)),
        h1=H(r.choice(["患脑梗死后遗症，右侧肢体偏瘫", "患帕金森病十余年", "股骨颈骨折术后长期卧床"])),
        h2=H(r.choice(["伴有中度认知障碍", "伴有二便失禁", "合并慢性心力衰竭"])),
        sc=score,
    )
    d.f(
        "参保人目前由{inst}护理员{n}（“{nk}”，电话{ph}）居家照护，护理员月工资{w}由家属支付。\n",
        inst=c.CO(inst),
        n=c.N(nurse),
        nk=go("name", nk) if nk else "无",
        ph=B.phone(c, nurse),
        w=W(f"{r.randint(25, 45)}00元"),
    )
    d.add(check(c, "病历资料、既往住院记录和评估现场影像", F("委托代理人{a}", a=c.N(ag))))
    d.f(
        "经评估，依据{l}，参保人失能等级评定为{lv}，自{d2}起享受长期护理保险待遇，居家护理待遇按月发放至参保人{acct}，有效期两年。\n",
        l=c.L("《长期护理失能等级评估标准（试行）》"),
        lv=lvl,
        d2=c.D(c.after(1, 15)),
        acct=F("社会保障卡金融账户{x}", x=c.ss_account())
        if r.random() < 0.5
        else F("银行账户{x}", x=c.card6()),
    )
    d.add(
        F(
            "参保人对评估结论有异议的，可自收到本通知书之日起三十日内向本局申请复评；对复评结论仍有异议的，可向{rb}申请行政复议。\n",
            rb=c.RB(),
        )
    )
    d.add(B.tail(c, p, 2))
    d.add(c.sign(contact=True))
    return d
