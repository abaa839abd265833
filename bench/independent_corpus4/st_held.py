"""Heldout structures Y01-Y13 of the fourth independent corpus."""

from __future__ import annotations

from blocks import (
    agency_contact_line,
    company_block,
    evidence_words,
    person_block,
    shop_block,
    staff_sig,
)
from kit import (
    MOBILE_PRE,
    TS,
    Doc,
    F,
    H,
    W,
    cn_digits,
    cn_small,
    digits,
    fmt_mobile,
    go,
    keep,
    make_uscc,
    structure,
)


def new_mobile(c, style=None):
    return go("phone", fmt_mobile(c.rng, c.rng.choice(MOBILE_PRE) + digits(c.rng, 8, "0123456789"), style))


# ------------------------------------------------------------------ Y01
@structure("Y01-market-gold-shop-weight-shortfall-penalty", "penalty", "market", "heldout")
def y01(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company(r.choice(["珠宝", "黄金首饰", "金银饰品"]), suffix="有限公司")
    c.as_target_company(co)
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    buyers = [
        c.person(kind=r.choice(["han", "word", "single", "compound", "rare"]), male=k == 0 and None)
        for k in range(2)
    ]
    clerk = c.person(age=(20, 30), male=False)
    d.f(
        "\n{d0}，消费者{b}投诉称，其在当事人门店购买的足金手镯标称{g1}克，自行到检测机构复称仅{g2}克。收银员{k}当时开具的销售单显示金价每克{p}，另收工费。\n",
        d0=c.D(c.before(70, 100)),
        b=c.N(buyers[0]),
        g1=str(r.randint(20, 40)) + ".58",
        g2=str(r.randint(18, 19)) + ".91",
        k=c.N(clerk),
        p=c.M(r.randint(560, 720), 0),
    )
    d.f(
        "{d1}，执法人员{o}对当事人进行检查，抽检在售金饰二十件，其中{n}件实际重量低于标称重量。店长{m}陈述：公司从{sup}进货，进货金价为{t1}，每克工费成本{t2}，对外工费每克{t3}；"
        "为多赚差价，由其安排员工将标签重量统一上调{t4}。\n",
        d1=c.D(c.before(60, 80)),
        o=c.officers(),
        n=cn_small(r.randint(6, 14)),
        m=c.N(c.person()),
        sup=TS(r.choice(["深圳水贝一家加工厂", "“金鑫隆”批发档口", "广州番禺某首饰厂"])),
        t1=TS(f"上海金交所价加{r.randint(3, 9)}元"),
        t2=TS(r.choice(["八元", "十二元", "6元"])),
        t3=TS(r.choice(["三十元", "二十五元", "45元"])),
        t4=TS("百分之" + cn_small(r.randint(3, 8))),
    )
    d.f(
        "另一名消费者{b2}（手机{ph}）称，她购买的吊坠系给{rel}{h}后“压惊”所用，发现缺重后{h2}。\n",
        b2=c.N(buyers[1]),
        ph=c.PH(buyers[1]),
        rel=r.choice(["女儿", "母亲", "丈夫"]),
        h=H(r.choice(["做完心脏支架手术", "流产", "车祸骨折"])),
        h2=H(r.choice(["气得血压升到一百八", "失眠了一周", "旧病复发住院"])),
    )
    d.add(c.procedure())
    d.add(
        evidence_words(
            c,
            [
                "计量检定证书",
                "抽检称重记录",
                "销售单据",
                F("进货发票（发票号码{v}）", v=c.licence("invoice")),
            ],
        )
    )
    d.f(
        "本局认为，当事人销售定量包装商品实际量与标注量不符，违反了{l1}，依据{l2}，决定：没收违法所得{m}，罚款{f}。\n",
        l1=c.L("《定量包装商品计量监督管理办法》第九条"),
        l2=c.L("《中华人民共和国计量法实施细则》第五十一条"),
        m=c.M(r.randint(5, 40) * 1000),
        f=c.M(r.choice([50000, 80000]), 3),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ Y02
@structure("Y02-health-physician-unregistered-practice-site-penalty", "penalty", "health", "heldout")
def y02(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    p = c.person(age=(35, 60))
    c.as_target_person(p)
    d.add(c.header("卫生健康行政处罚决定书"))
    d.add(person_block(c, p))
    d.f(
        "医师执业证书编码：{v}　执业机构：{h}\n\n",
        v=go("id_number", "1" + c.loc.regions[0][:2] + digits(r, 12, "0123456789")),
        h=c.hospital(),
    )
    clinic = keep("company", f"{c.loc.dist}{r.choice(['康平', '仁心', '济世'])}诊所")
    c.names.append(clinic.value)
    d.f(
        "经查，{n}未经注册备案，于{d0}至{d1}每周六在{cl}坐诊。诊所负责人{m}称，{n}按门诊收入的{t}提成，坐诊期间接诊患者二百余人次。调取的门诊日志摘录如下：\n",
        n=c.N(p),
        d0=c.D(c.before(200, 260)),
        d1=c.D(c.before(60, 90)),
        cl=clinic,
        m=c.N(boss := c.person()),
        t=TS(r.choice(["三成", "40%", "百分之三十五"])),
    )
    d.add("| 就诊日期 | 患者 | 年龄 | 诊断 | 联系电话 |\n|---|---|---|---|---|\n")
    diag = [
        "2型糖尿病",
        "慢性乙型肝炎",
        "焦虑状态",
        "高尿酸血症",
        "慢性萎缩性胃炎",
        "痛风性关节炎",
        "支气管哮喘",
    ]
    for k in range(3):
        pt = c.person(kind=r.choice(["han", "single", "word", "minority", "rare"]), age=(25, 80))
        d.f(
            "| {d} | {n} | {a} | {h} | {ph} |\n",
            d=c.D(c.before(70, 200), 4),
            n=c.N(pt),
            a=str(pt.age(c.date)),
            h=H(diag[(k * 2 + r.randint(0, 1)) % 7]),
            ph=c.PH(pt),
        )
    if r.random() < 0.6:
        par = c.person(age=(30, 45), male=False)
        kid = c.child(par, age=(3, 11))
        sc, cl = c.school_class(kid)
        d.f(
            "其中患儿{k}（{s}{cl}）因{h}由其母亲{g}带来就诊，{n}开具了成人剂量的抗生素。\n",
            k=c.N(kid, "minor_name"),
            s=go("school", sc),
            cl=go("class", cl),
            h=H(r.choice(["反复发热伴咳嗽", "手足口病", "中耳炎"])),
            g=go("guardian_name", par.name),
            n=c.N(p),
        )
    d.add(c.procedure())
    d.add(evidence_words(c, ["门诊日志", "处方笺", "收费记录", F("{m}的询问笔录", m=c.N(boss))]))
    d.f(
        "本局认为，当事人未经注册在医疗卫生机构以外执业，违反了{l1}，依据{l2}，决定：给予警告，罚款{f}。\n",
        l1=c.L("《中华人民共和国医师法》第十四条第二款"),
        l2=c.L("《中华人民共和国医师法》第五十七条"),
        f=c.M(r.choice([10000, 20000, 30000])),
    )
    d.add(c.pay(), c.rights(), staff_sig(c, 2, ["卫生监督员", "卫生监督员"]), c.sign())
    return d


# ------------------------------------------------------------------ Y03
@structure("Y03-labour-skills-training-subsidy-fraud-recovery", "other", "labour", "heldout")
def y03(c):
    r = c.rng
    d = Doc()
    c.set_docno("追", fmt=r.choice([0, 2]))
    co = c.company(r.choice(["职业技能培训学校", "家政培训"]), suffix="有限公司")
    c.as_target_company(co)
    d.add(c.header("责令退回职业培训补贴决定书"))
    d.add(company_block(c, co, rep_title=r.choice(["法定代表人", "校长"])))
    d.f("对公账户：{b}\n\n", b=c.corp_account())
    d.f(
        "经查，当事人在{d0}开展的“育婴员”“中式烹调师”补贴性培训中，以虚增学员、冒用他人身份信息等方式申领职业培训补贴。经与参训人员逐一核实，下列人员未实际参加培训：\n",
        d0=c.D(c.before(200, 300)),
    )
    d.add("姓名｜身份证号｜社保卡号｜领取补贴｜核实情况\n")
    tot = 0
    for _ in range(r.randint(3, 4)):
        t = c.person(kind=r.choice(["han", "han3", "word", "minority", "rare"]), local=r.random() < 0.6)
        v = r.choice([1200, 1500, 1800])
        tot += v
        note = r.choice(
            [
                F("本人在外地打工，月收入{w}", w=W(f"{r.randint(5, 9)}000元")),
                F("本人{h}，无法参训", h=H(r.choice(["正在住院化疗", "产后卧床", "双下肢瘫痪"]))),
                F("系当事人员工{n}的亲属", n=c.N(c.person())),
                "称身份证被借用",
            ]
        )
        d.f("{n}｜{i}｜{s}｜{m}｜{note}\n", n=c.N(t), i=c.ID(t), s=c.ss_cardno(), m=c.M(v, 0), note=note)
    teacher = c.person()
    d.f(
        "当事人教务{t}承认，签到表由其按名单代签，参训人员的身份证复印件由介绍人{i}提供，每提供一人给{i}好处费{ts}。\n",
        t=c.N(teacher),
        i=c.N(c.person()),
        ts=TS(r.choice(["二百元", "150元", "三百元"])),
    )
    d.add(c.procedure(notice="退告"))
    d.add(evidence_words(c, ["补贴申领材料", "培训签到表", "参训人员询问笔录", "银行回单"]))
    d.f(
        "依据{l1}及{l2}的规定，本局决定：责令当事人自收到本决定书之日起十五日内退回违规领取的职业培训补贴{m}，缴至{fn}（账号：{no}）；取消其补贴性培训定点资格。\n",
        l1=c.L("《中华人民共和国社会保险法》第八十八条"),
        l2=c.L("《职业技能提升行动资金管理办法》第十九条"),
        m=c.M(tot * r.randint(3, 8)),
        fn=keep("fiscal_account", c.ag.fiscal_name),
        no=keep("fiscal_account", c.ag.fiscal_no),
    )
    d.add(c.rights(), agency_contact_line(c), c.sign(contact=False))
    return d


# ------------------------------------------------------------------ Y04
@structure("Y04-transport-truck-satellite-tracker-jamming-penalty", "penalty", "transport", "heldout")
def y04(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    drv = c.person(male=True, age=(28, 58), local=r.random() < 0.5)
    c.as_target_person(drv)
    d.add(c.header("交通运输行政处罚决定书"))
    d.add(person_block(c, drv))
    pl = c.plate()
    d.f(
        "驾驶证号：{dl}　从业资格证号：{q}\n车辆号牌：{pl}　道路运输证号：{v}\n\n",
        dl=c.driver_file(),
        q=c.qual_cert(drv),
        pl=pl,
        v=c.licence("road"),
    )
    esc = c.person(male=True)
    nk = c.nick2(esc, ["{s}师傅", "老{s}", "{s}哥"])
    d.f(
        "{d0}，本局执法人员{o}在{road}治超站检查时发现，{n}驾驶的重型半挂牵引车（{pl}）车载卫星定位装置处于屏蔽状态，驾驶室内查获信号屏蔽器一个。押运员{e}（车队里都喊他“{nk}”）陈述，屏蔽器是车主{own}让装的，目的是规避疲劳驾驶报警。\n",
        d0=c.D(c.before(30, 60)),
        o=c.officers(),
        road=r.choice(c.loc.roads),
        n=c.N(drv),
        pl=pl,
        e=c.N(esc),
        nk=go("name", nk),
        own=c.N(own := c.person()),
    )
    d.f(
        "经调取运行记录，该车当日已连续驾驶{h}小时。{n}称其{hh}，车主按趟结算运费，每趟给其{w}。车主{own}联系电话{ph}，其名下另有车辆{pl2}。\n",
        h=cn_small(r.randint(6, 9)),
        n=c.N(drv),
        hh=H(r.choice(["有睡眠呼吸暂停综合征", "患高血压三年未规律服药", "右眼视力只有0.3"])),
        w=W(f"{r.randint(6, 12)}00元"),
        own=c.N(own),
        ph=c.PH(own),
        pl2=c.plate(foreign=True),
    )
    if r.random() < 0.6:
        d.f(
            "另查明，{n}{cr}。\n",
            n=c.N(drv),
            cr=go(
                "criminal_record",
                r.choice(
                    ["2020年因危险驾驶罪被判处拘役二个月", "曾因交通肇事罪被判处有期徒刑一年，缓刑一年"]
                ),
            ),
        )
    d.add(c.procedure())
    d.add(evidence_words(c, ["卫星定位系统运行数据", "屏蔽器实物照片", "驾驶员询问笔录"]))
    d.f(
        "本局认为，当事人破坏卫星定位装置，违反了{l1}，依据{l2}，决定罚款{f}。\n",
        l1=c.L("《道路运输车辆动态监督管理办法》第二十五条"),
        l2=c.L("《道路运输车辆动态监督管理办法》第三十八条"),
        f=c.M(r.choice([800, 1500, 2000])),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ Y05
@structure("Y05-police-fireworks-illegal-storage-penalty", "penalty", "police", "heldout")
def y05(c):
    r = c.rng
    d = Doc()
    c.set_docno("行罚决")
    p = c.person(age=(30, 65))
    c.as_target_person(p)
    d.add(c.header("行政处罚决定书"))
    d.add(person_block(c, p, role="违法行为人"))
    if r.random() < 0.5:
        d.f(
            "现工作单位：无业　绰号：{nk}\n",
            nk=go("name", c.nick2(p, ["{s}老四", "{g}哥", "老{s}"]) or p.name),
        )
    nb = c.person(kind=r.choice(["word", "han", "single", "rare"]))
    land = c.person()
    t0 = c.before(20, 40)
    d.f(
        "\n现查明：{d0}，邻居{nb}报警称{p}租住的{ad}楼下车库内堆满烟花爆竹，“一股火药味”。民警{o}（执法证号{oc}）到场检查，在该车库内查获烟花爆竹{k}箱。该车库系{p}向房东{l}（身份证号{i}）租用，月租{w}。\n",
        d0=c.D(t0),
        nb=c.N(nb),
        p=c.N(p),
        ad=c.AD(p),
        o=c.ON(0),
        oc=c.OC(0),
        k=str(r.randint(30, 160)),
        l=c.N(land),
        i=c.ID(land),
        w=W(f"{r.randint(3, 8)}00元"),
    )
    d.f(
        "{p}供述，货源来自外地一名叫{s}的人（微信：{wx}），进价{t1}，准备春节前通过快手直播间以{t2}卖出。{nb}称其家中有{h}，得知后一直不敢回家住。\n",
        p=c.N(p),
        s=c.N(c.person(local=False)),
        wx=c.social("wx")[1],
        t1=TS(f"每箱{r.randint(40, 90)}元"),
        t2=TS(f"每箱{r.randint(120, 200)}元"),
        nb=c.N(nb),
        h=H(r.choice(["刚出生的早产儿", "卧床的脑梗老人", "患哮喘的孩子"])),
    )
    if r.random() < 0.7:
        d.f(
            "另查明，{p}{cr}。\n",
            p=c.N(p),
            cr=go(
                "criminal_record",
                r.choice(
                    [
                        "2015年曾因非法储存爆炸物罪被判处有期徒刑三年",
                        "2019年因盗窃被行政拘留十日",
                        "曾因赌博被罚款五百元",
                    ]
                ),
            ),
        )
    d.f(
        "本案于{d1}受案，办案民警{o2}、{o3}依法对{p}进行了询问，对查获物品依法扣押并委托{lab}进行鉴定，鉴定意见为上述物品属{kind}，药量合计约{kg}千克。{d2}，本局依法告知{p}拟作出行政处罚的事实、理由及依据，{p}{resp}。\n",
        d1=c.D(t0),
        o2=c.ON(2),
        o3=c.ON(3),
        p=c.N(p),
        lab=keep(
            "company",
            f"{c.loc.prov[:2]}省烟花爆竹质量监督检验中心"
            if c.loc.prov.endswith("省")
            else f"{c.loc.city}烟花爆竹质量检验站",
        ),
        kind=r.choice(["C级、D级烟花爆竹", "组合烟花类产品"]),
        kg=str(r.randint(20, 120)),
        d2=c.D(c.before(2, 6)),
        resp=r.choice(["未提出陈述和申辩", "提出家中经济困难，请求从轻处罚", "表示认错"]),
    )
    d.add(evidence_words(c, ["扣押清单", "现场照片", "证人证言", "租赁协议"]))
    d.add(c.discretion())
    d.f(
        "根据{l1}之规定，决定对{p}处以行政拘留{k}日，并处罚款{f}；收缴查获的烟花爆竹。执行场所：{ag}。\n",
        l1=c.L("《中华人民共和国治安管理处罚法》第三十条"),
        p=c.N(p),
        k=cn_small(r.choice([5, 7, 10])),
        f=c.M(r.choice([500, 1000]), 0),
        ag=keep("agency", f"{c.loc.city}拘留所"),
    )
    d.f(
        "被处罚人如不服本决定，可以在收到本决定书之日起六十日内向{rb}申请行政复议，或者在六个月内依法向{ct}提起行政诉讼。\n",
        rb=keep("review_body", f"{c.loc.city}公安局"),
        ct=c.CT(),
    )
    c.extra_keep.append(f"{c.loc.city}公安局")
    d.add(c.sign(contact=False))
    d.f("处罚决定书已向我宣告并送达。被处罚人：{p}　{d}\n", p=c.N(p), d=c.D(c.date, 4))
    return d


# ------------------------------------------------------------------ Y06
@structure("Y06-civil-unregistered-charity-fundraising-penalty", "penalty", "civil", "heldout")
def y06(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company(r.choice(["爱心公益服务中心", "志愿者协会"]), suffix="", kind="52")
    c.as_target_company(co)
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co, rep_title=r.choice(["法定代表人", "负责人", "理事长"])))
    par = c.person(age=(30, 45))
    kid = c.child(par, age=(4, 14))
    sc, cl = c.school_class(kid)
    d.f(
        "\n经查，当事人不具有公开募捐资格，于{d0}起在抖音、微信群发布“救救{k}”的募捐信息，称{k}（{s}{cl}学生）{h}，并公布个人收款账户：{g}的银行卡{bk}、支付宝账号{zf}。\n",
        d0=c.D(c.before(90, 140)),
        k=c.N(kid, "minor_name"),
        s=go("school", sc),
        cl=go("class", cl),
        h=H(r.choice(["患急性淋巴细胞白血病", "确诊神经母细胞瘤", "先天性心脏病需二次手术"])),
        g=go("guardian_name", par.name),
        bk=c.bank(),
        zf=c.social("zfb")[1],
    )
    donors = [c.person(kind=r.choice(["han", "word", "single", "compound"])) for _ in range(2)]
    d.f(
        "募集款项共计{m}，其中自称{rel}的{a}一次捐款{m2}，{b}在群内公开了自己的身份证号{i}以便开具捐赠票据。当事人从中以“服务费”名义提取{t}。\n",
        m=c.M(r.randint(80, 300) * 1000),
        rel=go("religion", r.choice(["佛教居士", "基督徒", "穆斯林", "信仰天主教"])),
        a=c.N(donors[0]),
        m2=c.M(r.randint(5, 20) * 1000, 0),
        b=c.N(donors[1]),
        i=c.ID(donors[1]),
        t=TS(r.choice(["百分之十五", "两成", "12%"])),
    )
    d.f(
        "监护人{g}（手机{ph}）称，孩子治疗已花费四十余万元，家中{w}，对当事人提取“服务费”不知情。\n",
        g=go("guardian_name", par.name),
        ph=c.PH(par),
        w=F("月收入仅{w}", w=W(f"{r.randint(25, 45)}00元")),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["网络截图", "银行流水", "募捐款支出明细"]))
    d.f(
        "本局认为，当事人不具有公开募捐资格而开展公开募捐，违反了{l1}，依据{l2}，决定：责令退还违法募集的财产，罚款{f}。\n",
        l1=c.L("《中华人民共和国慈善法》第二十二条"),
        l2=c.L("《中华人民共和国慈善法》第一百零一条"),
        f=c.M(r.choice([20000, 50000])),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ Y07
@structure(
    "Y07-medins-chronic-disease-outpatient-eligibility-confirmation", "confirmation", "medins", "heldout"
)
def y07(c):
    r = c.rng
    d = Doc()
    c.set_docno("认", fmt=r.choice([0, 2]))
    p = c.person(age=(8, 85))
    c.as_target_person(p)
    d.add(c.header("门诊慢特病待遇资格认定结果通知书"))
    minor = p.age(c.date) < 18
    d.f(
        "参保人：{n}　性别：{g}　出生日期：{b}\n",
        n=c.N(p, "minor_name" if minor else "name"),
        g=p.gender,
        b=c.BD(p),
    )
    d.f(
        "身份证号：{i}\n医保个人编码：{m}\n参保类别：{t}\n",
        i=c.ID(p),
        m=c.med_code(p),
        t="城乡居民医保（学生）"
        if minor
        else r.choice(["城乡居民医保", "职工医保（在职）", "职工医保（退休）"]),
    )
    if minor:
        par = c.person(age=(30, 50))
        sc, cl = c.school_class(p)
        d.f(
            "监护人：{g}（{ph}）　就读学校：{s}{cl}\n",
            g=go("guardian_name", par.name),
            ph=c.PH(par),
            s=go("school", sc),
            cl=go("class", cl),
        )
    else:
        d.f("联系电话：{ph}　家庭住址：{a}\n", ph=c.PH(p), a=c.AD(p))
    doc = c.person()
    dz = r.sample(
        [
            "恶性肿瘤门诊放化疗",
            "尿毒症透析",
            "器官移植抗排异治疗",
            "重性精神病（双相情感障碍）",
            "1型糖尿病",
            "血友病",
            "慢性心力衰竭",
        ],
        2,
    )
    d.f(
        "\n你于{d0}通过{hos}提出{h1}、{h2}门诊慢特病待遇认定申请，经治医师{doc}出具了诊断证明。经专家组于{d1}评审，认定结果如下：\n",
        d0=c.D(c.before(20, 40)),
        hos=c.hospital(),
        h1=H(dz[0]),
        h2=H(dz[1]),
        doc=c.N(doc),
        d1=c.D(c.before(5, 15)),
    )
    d.add(
        "认定依据：申请人须提供二级及以上定点医疗机构出具的近一年内的诊断证明、病历资料及相关检查检验报告，由本局组织的专家组按照全省统一的认定标准进行评审；同一参保人可同时认定多个病种，待遇按病种分别计算支付限额。\n"
    )
    d.f(
        "选定的慢特病定点医疗机构：{h}；定点零售药店：{ph}。\n",
        h=c.hospital(),
        ph=keep(
            "company", f"{c.loc.city[:-1]}{r.choice(['国大', '一致', '益丰'])}大药房{r.choice(c.loc.roads)}店"
        ),
    )
    d.add("| 申请病种 | 认定结果 | 待遇起始日期 | 说明 |\n|---|---|---|---|\n")
    d.f(
        "| {h} | 符合 | {d} | 年度支付限额{m} |\n",
        h=H(dz[0]),
        d=c.D(c.after(1, 5), 4),
        m=c.M(r.choice([8000, 12000, 50000]), 0),
    )
    d.f(
        "| {h} | 不符合 | — | 提供的{x}未达认定标准 |\n",
        h=H(dz[1]),
        x=r.choice(["检查报告", "病程记录", "化验结果"]),
    )
    d.f(
        "依据{l1}，认定结果自起始日期起有效期二年。待遇享受期间请在定点医疗机构就医，发生的费用持社保卡（卡号{ss}）直接结算。\n",
        l1=c.L(f"《{c.loc.city}门诊慢特病管理办法》第十一条"),
        ss=c.ss_cardno(),
    )
    d.f(
        "如对认定结果有异议，可自收到本通知书之日起十五日内向本局申请复核；对复核结果不服的，可以在知道之日起六十日内向{rb}申请行政复议，或者在六个月内向{ct}提起行政诉讼。\n",
        rb=c.RB(),
        ct=c.CT(),
    )
    d.add(
        "温馨提示：\n1. 认定有效期满前三十日内，可持最新病历资料申请复查，逾期未复查的待遇自动终止；\n2. 异地长期居住的，应先办理异地就医备案；\n3. 慢特病门诊费用不计入普通门诊统筹支付限额；\n4. 冒名就医、转卖药品的，将依法追回基金并暂停联网结算。\n"
    )
    d.f("经办人：{o}　复核人：{o2}\n", o=c.ON(2), o2=c.ON(3))
    d.add(agency_contact_line(c), c.sign(contact=False))
    return d


# ------------------------------------------------------------------ Y08
@structure("Y08-eco-restaurant-fume-nuisance-penalty", "penalty", "eco", "heldout")
def y08(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    op = c.person()
    shop = f"{c.loc.dist}{r.choice(['旺记', '大胖子', '夜猫子'])}烧烤店"
    code = make_uscc(r, c.loc.regions[0], "92")
    c.names.append(shop)
    c.target_type, c.target_name = "individual_business", shop
    c.fields.update(id_number=op.id18, phone=op.mobile, credit_code=code)
    d.add(c.header("行政处罚决定书"))
    d.add(shop_block(c, shop, op, code))
    nbs = [
        c.person(kind=r.choice(["han", "word", "single", "minority", "rare"]), age=(30, 80)) for _ in range(2)
    ]
    d.f(
        "\n{d0}以来，本局陆续接到楼上住户{a}（家庭电话{tel}）、{b}等人的信访投诉，反映当事人烧烤油烟直排、夜间噪声扰民。{a}（住{ad}）称其{h}，油烟让病情加重；{b}称家中老人{h2}。\n",
        d0=c.D(c.before(100, 150)),
        a=c.N(nbs[0]),
        tel=c.landline(),
        b=c.N(nbs[1]),
        ad=c.AD(nbs[0]),
        h=H(r.choice(["患慢性阻塞性肺疾病", "哮喘反复发作", "肺癌术后"])),
        h2=H(r.choice(["因失眠长期服用艾司唑仑", "心脏装了起搏器", "患阿尔茨海默病夜间易惊醒"])),
    )
    d.f(
        "{d1}，本局执法人员{o}现场检查，当事人未安装油烟净化设施，经{std}监测，油烟排放浓度为{x}mg/m³。经营者{n}称，店里营业额每晚约{t1}，烟道改造报价{t2}，“装了就不赚钱了”。\n",
        d1=c.D(c.before(40, 60)),
        o=c.officers(),
        std=c.STD("GB 18483-2001"),
        x=str(r.randint(3, 9)) + "." + str(r.randint(1, 9)),
        n=c.N(op),
        t1=TS(cn_digits(str(r.randint(3, 9))) + "千元左右"),
        t2=TS(f"{r.randint(2, 6)}万余元"),
    )
    waiter = c.person(age=(17, 25))
    d.f(
        "此前投诉人孙某某曾与店员发生口角。服务员{w}、{w2}在场，{w2}每月工资{wg}。\n",
        w=c.N(waiter),
        w2=c.N(c.person(age=(18, 30))),
        wg=W(f"{r.randint(28, 42)}00元"),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["监测报告", "信访件", "现场照片"]))
    d.f(
        "本局认为，当事人的行为违反了{l1}，依据{l2}，决定：责令改正，罚款{f}。\n",
        l1=c.L("《中华人民共和国大气污染防治法》第八十一条第一款"),
        l2=c.L("《中华人民共和国大气污染防治法》第一百一十八条第一款"),
        f=c.M(r.choice([5000, 10000, 20000])),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ Y09
@structure("Y09-culture-unlicensed-performance-broker-streamers-penalty", "penalty", "culture", "heldout")
def y09(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company(r.choice(["文化传媒", "网络科技", "文化传播"]))
    c.as_target_company(co)
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    d.f(
        "\n经查，当事人未取得营业性演出许可证，自{d0}起签约网络主播并组织线下商业演出和直播带货演出。签约主播情况如下：\n",
        d0=c.D(c.before(200, 300)),
    )
    d.add("| 主播 | 平台账号 | 身份证号 | 月均收入 |\n|---|---|---|---|\n")
    for _ in range(r.randint(2, 3)):
        s = c.person(kind=r.choice(["han", "word", "minority", "rare", "single", "foreign"]), age=(18, 30))
        k, a = c.social(r.choice(["dy", "ks", "dynick", "wb"]))
        d.f(
            "| {n} | {k}：{a} | {i} | {w} |\n",
            n=c.N(s),
            k=k,
            a=a,
            i=c.passport(s) if s.latin else c.ID(s),
            w=W(f"{r.randint(6, 40)}000元"),
        )
    par = c.person(age=(38, 50), male=True)
    kid = c.child(par, age=(15, 17))
    d.f(
        "其中，{k}未满十八周岁（{b}出生，就读于{s}），经其父亲{g}同意签约，每晚直播至凌晨。\n",
        k=c.N(kid, "minor_name"),
        b=c.BD(kid),
        s=go("school", c.school_class(kid)[0]),
        g=go("guardian_name", par.name),
    )
    d.f(
        "当事人与主播约定打赏收入按{t1}分成，与品牌方约定坑位费每场{t2}、佣金{t3}。运营总监{m}（手机{ph}，邮箱{em}）称，主播{x}因长期熬夜{h}，已停播。\n",
        t1=TS(r.choice(["公司六、主播四", "三七", "五五"])),
        t2=TS(f"{r.randint(5, 30)}000元"),
        t3=TS(f"销售额的{r.randint(15, 30)}%"),
        m=c.N(mgr := c.person()),
        ph=c.PH(mgr),
        em=c.email(),
        x=c.N(c.person(age=(19, 26))),
        h=H(r.choice(["突发心肌炎", "患上甲亢", "确诊抑郁症"])),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["演出合同", "签约协议", "收入流水"]))
    d.f(
        "本局认为，当事人未经许可从事营业性演出经营活动，违反了{l1}，依据{l2}，决定：没收违法所得{m}，并处罚款{f}。\n",
        l1=c.L("《营业性演出管理条例》第六条"),
        l2=c.L("《营业性演出管理条例》第四十三条第一款"),
        m=c.M(r.randint(30, 120) * 1000),
        f=c.M(r.choice([100000, 200000]), 3),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ Y10
@structure("Y10-market-elevator-entrapment-maintenance-penalty", "penalty", "market", "heldout")
def y10(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company("电梯工程", suffix="有限公司")
    c.as_target_company(co)
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    d.f("特种设备安装改造修理许可证编号：{v}\n", v=c.licence("TS"))
    vic = c.person(kind=r.choice(["han", "word", "single", "compound", "minority", "foreign"]), age=(25, 80))
    est = r.choice(c.loc.estates)
    nmv = (
        F("{a}（{b}，护照号{pp}）", a=c.N(vic), b=go("name", vic.latin), pp=c.passport(vic))
        if vic.latin
        else c.N(vic)
    )
    d.f(
        "\n{d0}21时许，{e}小区{k}号楼电梯在运行中突然下坠并困人，乘客{v}{h}，被送往{hos}治疗。同梯的外卖骑手{x}、住户{y}受轻微擦伤。\n",
        d0=c.D(c.before(40, 80)),
        e=est,
        k=str(r.randint(1, 20)),
        v=nmv,
        h=H(r.choice(["左踝骨折", "腰椎压缩性骨折", "受惊吓诱发心绞痛", "头部擦伤伴脑震荡"])),
        hos=c.hospital(),
        x=c.N(c.person(age=(20, 35))),
        y=c.N(c.person()),
    )
    tech = c.person()
    d.f(
        "经查，当事人承担该电梯的维护保养，合同约定每台每月维保费{t1}（同期市场均价约{t2}）。维保工{t}持证号{cid}，但事发前两个月的维保记录均系{t}在家中补签，未到现场。{t}称公司每人每月需负责{n}台梯，“根本跑不过来”，月工资{w}。\n",
        t1=TS(f"{r.randint(150, 260)}元"),
        t2=TS(f"{r.randint(300, 450)}元"),
        t=c.N(tech),
        cid=c.id_x(tech, r.choice([0, 1, 2])),
        n=str(r.randint(60, 110)),
        w=W(f"{r.randint(45, 75)}00元"),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["事故调查报告", "维保记录", "监控视频", "维保合同"]))
    d.f(
        "本局认为，当事人未按照安全技术规范的要求对电梯进行维护保养，违反了{l1}，依据{l2}及{std}，决定：责令改正，罚款{f}。\n",
        l1=c.L("《中华人民共和国特种设备安全法》第四十五条"),
        l2=c.L("《中华人民共和国特种设备安全法》第八十八条"),
        std=c.STD("TSG T5002-2017"),
        f=c.M(r.choice([10000, 30000, 50000])),
    )
    d.add(c.pay(), c.rights(), staff_sig(c, 2), c.sign())
    return d


# ------------------------------------------------------------------ Y11
@structure("Y11-market-food-stall-registration-grant", "license", "market", "heldout")
def y11(c):
    r = c.rng
    d = Doc()
    c.set_docno("登", fmt=r.choice([0, 2]))
    p = c.person(kind=r.choice(["han", "minority", "word", "rare", "single"]), age=(30, 62))
    c.as_target_person(p)
    d.add(c.header("食品小摊点登记决定书"))
    d.add(person_block(c, p, role="申请人"))
    helper = c.relative(p, r.random() < 0.5, (18, 40))
    d.f(
        "\n申请人于{d0}申请在{road}夜市设置{kind}摊点。经审查，申请人提交的健康证明（编号{hz}）显示其{h}，无有碍食品安全的疾病；帮工{hp}系申请人的{rel}，体检合格。\n",
        d0=c.D(c.before(5, 15)),
        road=r.choice(c.loc.roads),
        kind=r.choice(["清真牛肉面", "手抓饼", "烤红薯", "凉皮"]),
        hz=go("id_number", "JK" + p.region[:4] + digits(r, 8, "0123456789")),
        h=H(r.choice(["既往有乙肝病史，现已治愈", "患有二型糖尿病，经体检无传染性", "左手残疾"])),
        hp=c.N(helper),
        rel=r.choice(["女儿", "儿子", "侄子", "外甥女"]),
    )
    if p.ethnicity != "汉族" or r.random() < 0.4:
        d.f(
            "申请人{rel}，申请经营清真食品，已提交相关承诺。\n",
            rel=go("religion", r.choice(["信仰伊斯兰教", "系穆斯林"])),
        )
    d.f(
        "申请人为{x}，家庭{w}。依据{l1}，本局决定准予登记：\n",
        x=r.choice(["低保对象", "失业人员", "残疾人"]),
        w=F("月收入约{w}", w=W(f"{r.randint(15, 30)}00元")),
        l1=c.L(f"《{c.loc.prov}食品小作坊小餐饮和食品摊贩管理条例》第二十九条"),
    )
    d.f(
        "{d3}，本局执法人员{o}对拟设摊点进行了现场核查，摊点距学校门口超过一百米，不影响交通和消防通道。临街住户{nb}在征求意见表上签署了“同意”，并留下联系电话{ph}。\n",
        d3=c.D(c.before(2, 5)),
        o=c.officers(),
        nb=c.N(nb := c.person(kind=r.choice(["han", "word", "single"]))),
        ph=c.PH(nb),
    )
    d.f(
        "登记证编号：{v}\n经营时段：每日17:00—23:00\n有效期：{d1}至{d2}\n",
        v=keep("doc_no", f"{c.loc.short}食摊登{c.date.year}{digits(r, 5, '0123456789')}"),
        d1=c.D(c.date),
        d2=c.D(c.date.replace(year=c.date.year + 2)),
    )
    d.add(
        "申请人应当遵守下列规定：\n（一）在登记的区域和时段内经营，不得占道扩大经营面积；\n（二）保持摊点及周边环境整洁，配备密闭垃圾容器；\n（三）从业人员每年进行健康检查，取得健康证明后方可从事食品经营；\n（四）不得经营生食水产品、裱花蛋糕等高风险食品。\n"
    )
    d.add("申请人提交的材料：身份证明、健康证明、经营场所示意图、食品安全承诺书、从业人员名单。\n")
    d.add(c.rights(style=2), agency_contact_line(c), c.sign(contact=False))
    return d


# ------------------------------------------------------------------ Y12
@structure("Y12-finance-procurement-complaint-ruling", "ruling", "finance", "heldout")
def y12(c):
    r = c.rng
    d = Doc()
    c.set_docno("购投决", fmt=r.choice([0, 1]))
    co = c.company(r.choice(["信息技术", "物业服务", "医疗设备"]))
    c.as_target_company(co)
    win = c.company(r.choice(["数码科技", "环境科技", "智能设备"]))
    d.add(c.header("政府采购投诉处理决定书"))
    d.f(
        "投诉人：{co}\n统一社会信用代码：{cc}\n法定代表人：{rep}\n委托代理人：{ag}，{law}律师，手机{ph}，邮箱{em}\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
        ag=c.N(lw := c.person()),
        law=keep("company", f"{c.loc.prov[:2]}{r.choice(['正衡', '明德', '信达'])}律师事务所"),
        ph=c.PH(lw),
        em=c.email(),
    )
    d.f(
        "被投诉人：{a}（采购人）\n相关供应商：{w}，法定代表人{rep}\n\n",
        a=keep("agency", f"{c.loc.city}{c.loc.dist}{r.choice(['教育局', '卫生健康局', '城市管理局'])}"),
        w=c.CO(win),
        rep=c.REP(win),
    )
    d.f(
        "投诉人就“{proj}”（项目编号{pn}）中标结果提起投诉，称中标人{w}的投标报价{t1}低于成本，且其项目负责人{pm}的社保缴纳证明系伪造（社保编号{ss}）。\n",
        proj=r.choice(["智慧校园建设项目", "物业服务采购项目", "医疗设备采购项目"]),
        pn=keep("doc_no", f"{c.loc.regions[0]}-{c.date.year}-{digits(r, 5, '0123456789')}"),
        w=c.CO(win),
        t1=TS(f"{r.randint(180, 420)}万元"),
        pm=c.N(pm := c.person()),
        ss=c.ss_personal(pm),
    )
    d.f(
        "本机关于{d1}收到投诉书，经审查于{d2}依法受理，并向被投诉人和相关供应商发送了投诉书副本。被投诉人于{d3}作出书面说明，称评审程序合法；相关供应商答辩称其报价系根据自身成本作出，不存在低于成本报价的情形。此前，投诉人已于{d4}向采购人提出质疑，采购人答复质疑不成立。\n",
        d1=c.D(c.before(40, 50)),
        d2=c.D(c.before(35, 39)),
        d3=c.D(c.before(25, 30)),
        d4=c.D(c.before(55, 70)),
    )
    d.f(
        "本机关调阅了投标文件和评审资料。投诉人自身报价为{t2}，其成本构成中设备采购单价{t3}、人工成本占比{t4}；中标人提供的报价明细显示{t5}。评标专家{e1}、{e2}在评审中分别打分{x}分和{y}分。\n",
        t2=TS(f"{r.randint(430, 520)}万元"),
        t3=TS(f"{r.randint(2, 9)}.{r.randint(1, 9)}万元/台"),
        t4=TS(f"{r.randint(28, 45)}%"),
        t5=TS(r.choice(["利润率约百分之三", "设备由其关联公司按进价供货", "人工按每人每月三千八百元测算"])),
        e1=c.N(c.person()),
        e2=c.N(c.person(kind=r.choice(["word", "rare", "compound"]))),
        x=str(r.randint(78, 92)),
        y=str(r.randint(60, 77)),
    )
    d.add(
        "本机关认为，投标报价是否低于成本，应由评标委员会根据投标文件中的成本构成进行判断；评标委员会已要求中标人作出书面说明并提供证明材料，中标人的说明合理，评审程序符合法律规定。对于投诉人提出的其他事项，经审查亦无证据支持。\n"
    )
    d.f(
        "经向{ag}核实，{pm}在中标人处连续缴纳社会保险，投诉事项缺乏事实依据。依据{l1}，本机关决定：驳回投诉。\n",
        ag=keep("agency", f"{c.loc.city}社会保险事业管理中心"),
        pm=c.N(pm),
        l1=c.L("《政府采购质疑和投诉办法》第二十九条第（二）项"),
    )
    c.extra_keep.append(f"{c.loc.city}社会保险事业管理中心")
    d.add(c.rights(), c.sign(contact=True))
    return d


# ------------------------------------------------------------------ Y13
@structure("Y13-civil-temporary-assistance-approval", "confirmation", "civil", "heldout")
def y13(c):
    r = c.rng
    d = Doc()
    c.set_docno("救", fmt=r.choice([0, 2]))
    p = c.person(age=(28, 60))
    c.as_target_person(p)
    d.add(c.header("临时救助审批决定书"))
    d.add(person_block(c, p, role="申请人"))
    sp = c.person(male=not p.male, age=(28, 60))
    kid = c.child(p, age=(5, 16))
    sc, cl = c.school_class(kid)
    d.f(
        "\n申请人于{d0}向{town}提出临时救助申请。经入户调查，申请人家庭共三口人：配偶{s}，{h1}，{d1}起住院，已产生医疗费用{m1}，医保报销后自付{m2}；子女{k}，{s2}{cl}学生。申请人原在工地做钢筋工，月收入{w}，因照顾家人已停工。\n",
        d0=c.D(c.before(20, 40)),
        town=r.choice(c.loc.towns) + "办事处",
        s=c.N(sp),
        h1=H(r.choice(["因脑出血致左侧偏瘫", "确诊为胃癌晚期", "车祸致颅脑损伤"])),
        d1=c.D(c.before(60, 120)),
        m1=c.M(r.randint(80, 200) * 1000, 0),
        m2=c.M(r.randint(30, 90) * 1000, 0),
        k=c.N(kid, "minor_name"),
        s2=go("school", sc),
        cl=go("class", cl),
        w=W(f"{r.randint(45, 70)}00元"),
    )
    if r.random() < 0.5:
        d.f(
            "据邻居{nb}反映，{k}近期因家庭变故{h}，班主任{t}曾多次家访。\n",
            nb=c.N(c.person()),
            k=c.N(kid, "minor_name"),
            h=H(r.choice(["出现厌学、失眠", "情绪低落，被诊断为适应障碍"])),
            t=c.N(c.person(male=False)),
        )
    d.f(
        "申请人另留有亲属座机{tel}作为备用联系方式。经信息核对，申请人家庭成员名下无商品房，仅有一辆{car}（号牌{pl}），无工商登记信息；配偶{s}原在超市做收银员，月工资{w2}，患病后已解除劳动关系。入户调查人员：{o}、{o2}。\n",
        tel=c.landline(),
        car=r.choice(["电动三轮车", "二手面包车", "摩托车"]),
        pl=c.plate(),
        s=c.N(sp),
        w2=W(f"{r.randint(22, 36)}00元"),
        o=c.ON(2),
        o2=c.ON(3),
    )
    d.f(
        "经公示无异议，依据{l1}和{l2}，本局决定给予申请人一次性临时救助{m}，通过“一卡通”发放至申请人银行账户{bk}。\n",
        l1=c.L("《社会救助暂行办法》第四十七条"),
        l2=c.L(f"《{c.loc.city}临时救助实施办法》第十二条"),
        m=c.M(r.choice([3000, 5000, 8000, 10000]), 3),
        bk=c.bank(),
    )
    d.add(
        "救助标准说明：对因突发重大疾病导致基本生活陷入困境的家庭，按照城乡低保标准的三至十二倍给予一次性救助；同一事由原则上不重复救助。申请人提交了户口簿、身份证、病历资料、医疗费用票据及收入情况说明，经所在社区初审、街道审核并在社区公示七日。\n"
    )
    d.add("| 审批环节 | 经办人 | 日期 |\n|---|---|---|\n")
    d.f("| 街道审核 | {a} | {d} |\n", a=keep("officer_name", c.offs[4][0]), d=c.D(c.before(5, 10), 4))
    d.f("| 民政局审批 | {a} | {d} |\n", a=c.ON(5), d=c.D(c.date, 4))
    d.add(c.rights(style=2), agency_contact_line(c), c.sign(contact=False))
    return d
