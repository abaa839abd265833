"""Dev structures X01-X15 of the fourth independent corpus."""

from __future__ import annotations

import datetime as dt

from blocks import (
    agency_contact_line,
    company_block,
    evidence_words,
    person_block,
    shop_block,
    staff_sig,
)
from kit import (
    TS,
    Doc,
    F,
    H,
    W,
    cn_digits,
    cn_small,
    digits,
    fw,
    go,
    keep,
    make_uscc,
    structure,
)


def D7(c, n):
    return c.before(n, n + 20)


# ------------------------------------------------------------------ X01
@structure("X01-agri-pet-clinic-unlicensed-vet-drugs-penalty", "penalty", "agri", "dev")
def x01(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    op = c.person()
    shop = f"{c.loc.dist}{r.choice(['萌爪', '安心', '毛孩子', '汪喵'])}宠物诊所"
    code = make_uscc(r, c.loc.regions[0], "92")
    c.names.append(shop)
    c.target_type, c.target_name = "individual_business", shop
    c.fields.update(id_number=op.id18, phone=op.mobile, address=op.address, credit_code=code)
    owner = c.person()
    helper = c.person(kind="single")
    nk = c.nick2(helper, ["小{g}", "阿{g}"])
    d.add(c.header("行政处罚决定书"))
    d.add(shop_block(c, shop, op, code))
    d.f("动物诊疗许可证号：{v}\n\n", v=c.licence("vet"))
    t0 = c.before(60, 90)
    d.f(
        "{d0}，本局接到宠物主人{o}（联系电话{ph}）投诉，称其饲养的一只柯基犬在当事人处就诊后出现呕吐、抽搐。执法人员{a}、{b}于当日对当事人经营场所进行检查，"
        "发现药品柜内存放无兽药产品批准文号的“犬用驱虫滴剂”十二盒、人用头孢类药品四盒。店内助理{h}（店里人称“{nk}”）承认上述药品系经营者{n}从网络购入，"
        "进货价每盒{p1}，对外收费每针{p2}，进货渠道为{sup}。\n",
        d0=c.D(t0),
        o=c.N(owner),
        ph=c.PH(owner),
        a=c.ON(0),
        b=c.ON(1),
        h=c.N(helper),
        nk=go("name", nk),
        n=c.N(op),
        p1=TS(f"{r.randint(18, 46)}元"),
        p2=TS(f"{r.randint(80, 160)}元"),
        sup=TS(
            r.choice(["一名昵称“兽药批发老周”的微商", "外省一家未取得兽药经营许可证的门店", "“宠医优选”网店"])
        ),
    )
    k, acc = c.social(r.choice(["wx", "zfb"]))
    d.f(
        "经查，当事人自{d1}起使用上述药品，共为{k}只犬猫注射、滴用，违法所得{m}。货款通过{kk}（{acc}）支付。{o}称其本人{hh}，事发当晚情绪激动，已自行送犬至{hos}救治。\n",
        d1=c.D(c.before(150, 200)),
        k=str(r.randint(9, 30)),
        m=c.M(r.randint(800, 4200)),
        kk=k,
        acc=acc,
        o=c.N(owner),
        hh=H(r.choice(["患有高血压，需长期服用氨氯地平", "刚做完甲状腺切除手术", "有焦虑症病史"])),
        hos=keep("company", f"{c.loc.city}{r.choice(['爱宠', '瑞派'])}动物医院"),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["投诉记录", "药品照片", F("{n}的询问笔录", n=c.N(op)), "进货聊天记录截图"]))
    d.f(
        "本局认为，当事人使用无批准文号兽药的行为，违反了{l1}的规定。依据{l2}，本局决定：\n一、没收违法所得{m}；\n二、罚款{f}。\n",
        l1=c.L("《兽药管理条例》第四十一条第二款"),
        l2=c.L("《兽药管理条例》第六十二条"),
        m=c.M(r.randint(800, 4200)),
        f=c.M(r.choice([5000, 8000, 10000])),
    )
    d.add(c.pay(), c.rights())
    d.add(staff_sig(c, 2))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ X02
@structure("X02-market-online-shop-fake-orders-penalty", "penalty", "market", "dev")
def x02(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company(r.choice(["电子商务", "食品贸易", "母婴用品"]))
    c.as_target_company(co)
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    kk, acc = c.social("tb")
    d.f(
        "网店：淘宝平台“{s}”，{k}：{acc}，店铺客服邮箱：{em}\n\n",
        s=r.choice(["优选好物", "萌宝衣橱", "鲜味小铺", "家居生活馆"]) + r.choice(["旗舰店", "专营店"]),
        k=kk,
        acc=acc,
        em=c.email(),
    )
    brush = [c.person(kind=r.choice(["han", "single", "rare", "word"])) for _ in range(3)]
    org = c.person()
    d.f(
        "经查，{d0}至{d1}，当事人通过刷单组织者{o}（{k1}：{a1}，手机{ph}）组织人员在其网店虚构交易。{o}按每单{c1}收取佣金，并将刷手名单以表格形式发给当事人运营人员：\n",
        d0=c.D(c.before(200, 260)),
        d1=c.D(c.before(100, 130)),
        o=c.N(org),
        ph=c.PH(org),
        k1=c.social("wx")[0],
        a1=c.social("wx")[1],
        c1=TS(f"{r.randint(3, 8)}元"),
    )
    d.add("| 序号 | 刷手 | 付款账号 | 单数 |\n|---|---|---|---|\n")
    for i, b in enumerate(brush, 1):
        k, a = c.social("zfb")
        d.f("| {i} | {n} | {a} | {k} |\n", i=str(i), n=c.N(b), a=a, k=str(r.randint(20, 140)))
    d.f(
        "当事人运营主管{m}在询问中陈述：店铺当时真实月销售额约{s1}，毛利率{s2}，刷单是为了冲平台“618”会场排名。\n",
        m=c.N(c.person()),
        s1=TS(f"{r.randint(12, 60)}万元"),
        s2=TS(f"{r.randint(18, 42)}%"),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["平台调取的订单数据", "资金流水", "刷单表格"]))
    d.f(
        "本局认为，当事人的行为违反了{l1}的规定，构成虚构交易进行虚假商业宣传。依据{l2}，决定罚款{f}。\n",
        l1=c.L("《中华人民共和国反不正当竞争法》第八条第一款"),
        l2=c.L("《中华人民共和国反不正当竞争法》第二十条第一款"),
        f=c.M(r.choice([100000, 150000, 200000]), 3),
    )
    d.add(c.pay(), c.rights(), c.sign(contact=True))
    return d


# ------------------------------------------------------------------ X03
@structure("X03-market-used-car-odometer-rollback-penalty", "penalty", "market", "dev")
def x03(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    op = c.person()
    shop = f"{c.loc.dist}{r.choice(['恒通', '顺驰', '好车汇'])}二手车行"
    code = make_uscc(r, c.loc.regions[1], "92")
    c.names.append(shop)
    c.target_type, c.target_name = "individual_business", shop
    c.fields.update(id_number=op.id18, credit_code=code)
    buyer = c.person(kind=r.choice(["word", "rare", "compound", "han"]))
    tech = c.person()
    d.add(c.header("行政处罚决定书"))
    d.add(shop_block(c, shop, op, code))
    pl = c.plate()
    d.f(
        "\n{d0}，买家{b}（身份证号{i}）向本局反映：其在当事人处购买的二手轿车（号牌{pl}）表显里程{k1}公里，维修保养记录显示实际行驶已超过{k2}公里。\n",
        d0=c.D(c.before(50, 80)),
        b=c.N(buyer),
        i=c.ID(buyer),
        pl=pl,
        k1=str(r.randint(3, 6)) + "万",
        k2=str(r.randint(11, 18)) + "万",
    )
    d.f(
        "经查，该车系当事人以{p1}从原车主{s}处收购，调表后以{p2}售出。调表由外聘技工{t}完成，每台收费{p3}，{t}系{crim}。\n",
        p1=TS(f"{r.randint(40, 70)}000元"),
        s=c.N(c.person()),
        p2=keep("amount", f"{r.randint(80, 99)}000元"),
        t=c.N(tech),
        p3=TS(r.choice(["三百元", "五百元", "四百五十元"])),
        crim=go(
            "criminal_record",
            r.choice(
                [
                    "2019年因诈骗罪被判处有期徒刑一年六个月的刑满释放人员",
                    "曾因掩饰、隐瞒犯罪所得罪被判处拘役五个月",
                ]
            ),
        ),
    )
    d.f(
        "车款由{b}通过银行卡（{bk}）转入经营者{n}个人账户{bk2}。\n",
        b=c.N(buyer),
        bk=c.bank(),
        n=c.N(op),
        bk2=c.bank(),
    )
    d.add(c.procedure())
    d.add(
        evidence_words(
            c, ["车辆维修记录", "转账凭证", F("二手车销售统一发票（发票号码{v}）", v=c.licence("invoice"))]
        )
    )
    d.f(
        "本局认为，当事人篡改机动车里程表、隐瞒真实里程的行为，违反了{l1}，依据{l2}，决定：罚款{f}，并责令退还。\n",
        l1=c.L("《中华人民共和国消费者权益保护法》第二十条"),
        l2=c.L("《中华人民共和国消费者权益保护法》第五十六条第一款第（四）项"),
        f=c.M(r.choice([30000, 50000, 80000])),
    )
    d.add(c.discretion())
    d.add(c.pay(), c.rights(), staff_sig(c, 1), c.sign())
    return d


# ------------------------------------------------------------------ X04
@structure("X04-health-bathhouse-staff-health-certificates-penalty", "penalty", "health", "dev")
def x04(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company(r.choice(["洗浴", "休闲会所", "足浴"]), suffix="有限公司")
    c.as_target_company(co)
    d.add(c.header("卫生行政处罚决定书"))
    d.add(company_block(c, co, rep_title=r.choice(["法定代表人", "负责人"])))
    d.f("公共场所卫生许可证号：{v}\n\n", v=c.licence("health"))
    d.f(
        "{d0}，本局{o}对当事人进行公共场所卫生监督检查，当班经理{m}陪同。现场抽查从业人员六名，其中下列人员未取得有效健康合格证明即上岗：\n",
        d0=c.D(c.before(40, 70)),
        o=c.officers(),
        m=c.N(c.person()),
    )
    d.add("| 姓名 | 岗位 | 身份证号 | 月工资 | 备注 |\n|---|---|---|---|---|\n")
    conds = [
        "体检查出活动性肺结核",
        "乙肝表面抗原阳性",
        "手部患有银屑病",
        "化脓性皮肤病未愈",
        "健康证过期未复检",
    ]
    for k in range(r.randint(2, 4)):
        w = c.person(kind=r.choice(["han", "single", "minority", "rare"]))
        note = H(conds[k]) if k < 4 and r.random() < 0.8 else "健康证过期"
        d.f(
            "| {n} | {j} | {i} | {w} | {h} |\n",
            n=c.N(w),
            j=r.choice(["搓澡工", "收银员", "足疗技师", "保洁员"]),
            i=c.ID(w),
            w=W(f"{r.randint(30, 62)}00元"),
            h=note,
        )
    ca = c.person(age=(19, 30), male=False)
    d.f(
        "收银员{n}陈述，她于{d1}入职时告知经理自己{h}，经理让她先上班、体检“以后再说”。\n",
        n=c.N(ca),
        d1=c.D(c.before(200, 300)),
        h=H(r.choice(["怀孕三个多月", "刚做完人工流产", "有癫痫病史"])),
    )
    d.add(evidence_words(c, ["从业人员花名册", "排班表", "体检报告复印件"]))
    d.f(
        "本局认为，当事人安排未获得有效健康合格证明的从业人员从事直接为顾客服务的工作，违反了{l1}。依据{l2}，决定给予警告并罚款{f}。\n",
        l1=c.L("《公共场所卫生管理条例实施细则》第十条"),
        l2=c.L("《公共场所卫生管理条例实施细则》第三十八条"),
        f=c.M(r.choice([2000, 3000, 5000])),
    )
    d.add(c.pay(), c.rights(), c.sign(contact=True))
    return d


# ------------------------------------------------------------------ X05
@structure("X05-labour-job-agency-deposit-fraud-penalty", "penalty", "labour", "dev")
def x05(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company(r.choice(["人力资源", "劳务信息", "职业介绍"]), suffix="服务有限公司")
    c.as_target_company(co)
    d.add(c.header("劳动保障监察行政处罚决定书"))
    d.add(company_block(c, co))
    d.f("人力资源服务许可证编号：{v}\n\n", v=c.licence("RL"))
    d.f(
        "经查，{d0}以来，当事人以介绍“电子厂包吃住、月入过万”为名，向求职人员收取押金和体检费，介绍后未兑现岗位。现查实的求职人员如下：\n",
        d0=c.D(c.before(120, 180)),
    )
    for i in range(r.randint(3, 4)):
        p = c.person(kind=r.choice(["han", "han3", "minority", "word", "rare"]), local=False)
        st = r.randint(0, 1)
        if st == 0:
            d.f(
                "{i}. {n}，身份证号{id}，社保卡号{ss}，手机{ph}，交押金{m}，原承诺月薪{w}；\n",
                i=str(i + 1),
                n=c.N(p),
                id=c.ID(p),
                ss=c.ss_cardno(),
                ph=c.PH(p),
                m=c.M(r.choice([300, 500, 800]), 0),
                w=W(f"{r.randint(8, 12)}000元"),
            )
        else:
            d.f(
                "{i}. {n}（{id}），交押金{m}，实际被安排到工地做小工，日薪仅{w}；\n",
                i=str(i + 1),
                n=c.N(p),
                id=c.ID(p),
                m=c.M(r.choice([300, 500, 800]), 0),
                w=W(f"{r.randint(12, 18)}0元"),
            )
    intro = c.person()
    d.f(
        "另有求职人员刘某、陈**等人已自行与当事人协商退款。上述人员多由介绍人{n}从老家带来，{n}每介绍一人从当事人处提成{t}。当事人与用工企业约定，每输送一名工人收取服务费{t2}。\n",
        n=c.N(intro),
        t=TS(r.choice(["二百元", "三百元", "人头费一百五十元"])),
        t2=TS(f"{r.randint(6, 15)}00元/人"),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["收款收据", "求职人员登记表", "微信转账记录"]))
    d.f(
        "本局认为，当事人向劳动者收取押金，违反了{l1}的规定。依据{l2}，责令当事人退还押金，并按每人{m}的标准处以罚款，合计{f}。\n",
        l1=c.L("《中华人民共和国就业促进法》第四十一条"),
        l2=c.L("《中华人民共和国就业促进法》第六十六条"),
        m=c.M(2000, 0),
        f=c.M(r.choice([6000, 8000]), 4),
    )
    d.add(c.pay(), c.rights(), agency_contact_line(c), c.sign(contact=False))
    return d


# ------------------------------------------------------------------ X06
@structure("X06-emergency-restaurant-lpg-cylinder-penalty", "penalty", "emergency", "dev")
def x06(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    op = c.person()
    shop = f"{c.loc.dist}{r.choice(['老灶台', '渔家', '川味坊', '阿妈'])}餐馆"
    code = make_uscc(r, c.loc.regions[0], "92")
    c.names.append(shop)
    c.target_type, c.target_name = "individual_business", shop
    c.fields.update(id_number=op.id18, phone=op.mobile, credit_code=code)
    d.add(c.header("行政处罚决定书"))
    d.add(shop_block(c, shop, op, code))
    cook = c.person(kind=r.choice(["han", "single", "minority"]))
    deliv = c.person(male=True)
    nk = c.nickname(deliv)
    t0 = c.before(40, 70)
    d.f(
        "\n{d0}18时许，当事人后厨液化石油气钢瓶角阀漏气起火，厨师{k}{h}，经{hos}诊治，住院{n}天。送气的{dv}（大家都叫他“{nk}”）称，该店气瓶由其从无证储配点拉来，每瓶进价{p1}，卖给店里{p2}。\n",
        d0=c.D(t0),
        k=c.N(cook),
        h=H(
            r.choice(["面部及双手浅二度烧伤，烧伤面积约百分之六", "右前臂深二度烧伤", "吸入性损伤伴双手烧伤"])
        ),
        hos=c.hospital(),
        n=cn_small(r.randint(8, 21)),
        dv=c.N(deliv),
        nk=go("name", nk),
        p1=TS(f"{r.randint(85, 105)}元"),
        p2=TS(f"{r.randint(115, 135)}元"),
    )
    d.f(
        "经营者{o}称，店内另有一名帮厨是{nk}介绍来的亲戚（另案处理的王某某），现已离职，住址不清楚。{o}的手机{ph}、店里座机{tel}均可联系。\n",
        o=c.N(op),
        nk=go("name", nk),
        ph=c.PH(op),
        tel=c.landline(),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["火灾现场照片", "气瓶检验标签", "病历资料", "证人证言"]))
    d.f(
        "本局认为，当事人使用未经检验、超期未检的液化石油气钢瓶且未安装可燃气体报警装置，违反了{l1}的规定，依据{l2}，决定罚款{f}。\n",
        l1=c.L("《中华人民共和国安全生产法》第三十六条第四款"),
        l2=c.L("《中华人民共和国安全生产法》第九十九条第（七）项"),
        f=c.M(r.choice([20000, 30000, 50000])),
    )
    d.add(c.discretion())
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ X07
@structure("X07-police-compulsory-drug-rehab-decision", "coercion", "police", "dev")
def x07(c):
    r = c.rng
    d = Doc()
    c.set_docno("强戒决")
    p = c.person(age=(22, 48))
    c.as_target_person(p)
    d.add(c.header("强制隔离戒毒决定书"))
    d.add(person_block(c, p, role="被决定人"))
    if r.random() < 0.5:
        d.f("曾用名/绰号：{nk}\n", nk=go("name", c.nick2(p, ["阿{g}", "{s}三", "小{g}子"]) or p.name))
    crim = go(
        "criminal_record",
        r.choice(
            [
                "2018年因贩卖毒品罪被判处有期徒刑三年",
                "2020年因容留他人吸毒罪被判处有期徒刑一年",
                "曾于2017年被社区戒毒三年",
            ]
        ),
    )
    d.f("违法犯罪经历：{c}。\n\n", c=crim)
    wit = c.person()
    land = c.person(kind=r.choice(["word", "han"]))
    t0 = c.before(25, 40)
    d.f(
        "{d0}凌晨，民警{o}（{oc}）在{ad}（房东{l}出租给{p}的房屋）内将{p}查获。同屋的{w}当场指认{p}刚吸食过冰毒。经尿液检测，{p}{h}；经{hos}医生评估，其{h2}。\n",
        d0=c.D(t0),
        o=c.ON(0),
        oc=c.OC(0),
        ad=c.AD(p),
        l=c.N(land),
        p=c.N(p),
        w=c.N(wit),
        h=H("甲基苯丙胺检测结果呈阳性"),
        hos=c.hospital(),
        h2=H(r.choice(["属吸毒成瘾严重", "伴有幻听、被害妄想等精神症状", "已出现心律失常"])),
    )
    if r.random() < 0.6:
        kid = c.child(p, age=(6, 14))
        sc, cl = c.school_class(kid)
        d.f(
            "{p}有一{sx}{k}，在{s}{cl}就读，本局已通知孩子的{gm}{g}（电话{ph}）负责照顾。\n",
            p=c.N(p),
            sx="子" if kid.male else "女",
            k=c.N(kid, "minor_name"),
            s=go("school", sc),
            cl=go("class", cl),
            gm="母亲" if p.male else "父亲",
            g=go("guardian_name", c.person(male=not p.male, age=(28, 50)).name),
            ph=go("phone", fmt_mobile_any(c)),
        )
    d.f(
        "经查，{p}自{d5}起多次在出租屋内吸食毒品，其{rel}{fam}反映，{p}因吸毒已变卖家中财物，并曾{h3}。本局于{d6}依法对其作出社区戒毒决定（{no}），{p}拒绝报到，严重违反社区戒毒协议。\n",
        p=c.N(p),
        d5=c.D(c.before(400, 600)),
        rel=(rl := r.choice(["母亲", "姐姐", "前任配偶", "哥哥"])),
        fam=c.N(
            c.relative(p, rl == "哥哥", (30, 50))
            if rl in ("姐姐", "哥哥")
            else c.person(male=rl != "母亲" and not p.male, age=(30, 72))
        ),
        h3=H(r.choice(["因吸毒过量在医院抢救", "出现自伤行为", "因戒断反应抽搐送医"])),
        d6=c.D(wd := c.before(200, 300)),
        no=c.DN(c.other_docno("社戒决", wd)),
    )
    d.add(evidence_words(c, ["现场检测报告书", "吸毒成瘾认定意见", "证人证言"]))
    d.f(
        "{d7}，本局办案民警{o}、{o2}向{p}告知了拟作出强制隔离戒毒决定的事实、理由、依据及其依法享有的权利，{p}{resp}。执行期间，被决定人的家属可持本人身份证件，按戒毒所规定的时间探访；被决定人需外出就医的，由戒毒所按规定办理。\n",
        d7=c.D(c.before(1, 3)),
        o=c.ON(2),
        o2=c.ON(3),
        p=c.N(p),
        resp=r.choice(
            [
                "未提出陈述和申辩",
                "辩称系初次吸食，经复核，其辩解与查明事实不符，不予采纳",
                "表示无异议并在告知笔录上签名",
            ]
        ),
    )
    d.f(
        "根据{l1}之规定，决定对{p}强制隔离戒毒二年（自{d1}至{d2}止），送{ag}执行。\n",
        l1=c.L("《中华人民共和国禁毒法》第三十八条第一款第（四）项"),
        p=c.N(p),
        d1=c.D(c.date),
        d2=c.D(c.date.replace(year=c.date.year + 2) - dt.timedelta(days=1)),
        ag=keep(
            "agency",
            f"{c.loc.prov[:2]}省强制隔离戒毒所"
            if c.loc.prov.endswith("省")
            else f"{c.loc.city}强制隔离戒毒所",
        ),
    )
    d.f(
        "被决定人的家属已于{d3}接到通知。如不服本决定，可以在收到本决定书之日起六十日内向{rb}申请行政复议，或者在六个月内依法向{ct}提起行政诉讼。\n",
        d3=c.D(c.date),
        rb=keep("review_body", f"{c.loc.city}公安局"),
        ct=c.CT(),
    )
    c.extra_keep.append(f"{c.loc.city}公安局")
    d.add(c.sign(contact=False))
    d.f("本决定书已向我宣告。被决定人（签名）：{p}\n", p=c.N(p))
    return d


def fmt_mobile_any(c):
    from kit import MOBILE_PRE, fmt_mobile

    return fmt_mobile(c.rng, c.rng.choice(MOBILE_PRE) + digits(c.rng, 8, "0123456789"))


# ------------------------------------------------------------------ X08
@structure("X08-transport-driving-school-hours-fraud-penalty", "penalty", "transport", "dev")
def x08(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company("机动车驾驶员培训", suffix="有限公司")
    c.as_target_company(co)
    d.add(c.header("交通运输行政处罚决定书"))
    d.add(company_block(c, co))
    d.f("道路运输经营许可证号：{v}\n\n", v=c.licence("road"))
    coach = c.person()
    nk = c.nick2(coach, ["{s}教练", "{s}师傅"])
    d.f(
        "经查，当事人教练员{n}（教练员证号{i}）于{d0}至{d1}期间，使用他人代刷指纹、同一车辆同时段多人计时等方式，为下列学员虚增培训学时：\n",
        n=c.N(coach),
        i=c.id_x(coach, 0),
        d0=c.D(c.before(120, 160)),
        d1=c.D(c.before(60, 90)),
    )
    d.add("学员姓名\t身份证明号码\t虚增学时\t联系电话\n")
    for _ in range(r.randint(3, 4)):
        s = c.person(kind=r.choice(["han", "word", "foreign", "minority", "rare"]), age=(18, 40))
        idv = c.passport(s) if s.nationality != "中国" else c.ID(s)
        nmv = F("{n}（{l}）", n=c.N(s), l=go("name", s.latin)) if s.latin else c.N(s)
        d.f("{n}\t{i}\t{h}\t{ph}\n", n=nmv, i=idv, h=str(r.randint(6, 20)) + "学时", ph=c.PH(s))
    d.f(
        "教练员{n}的驾驶证档案编号为{dl}，准驾车型C1。学员们称，报名时“{nk}”承诺交{t}“包过费”可少练车，该费用由{n}与当事人按{t2}分成。教练车号牌为{pl}。\n",
        dl=c.driver_file(),
        nk=go("name", nk),
        t=TS(f"{r.randint(8, 20)}00元"),
        n=c.N(coach),
        t2=TS(r.choice(["四六", "三七", "五五"])),
        pl=c.plate(),
    )
    d.add(evidence_words(c, ["计时培训系统数据", "教学日志", "学员询问笔录"]))
    d.f(
        "本局认为，当事人的行为违反了{l1}，依据{l2}，决定罚款{f}。\n",
        l1=c.L("《机动车驾驶员培训管理规定》第二十七条"),
        l2=c.L("《机动车驾驶员培训管理规定》第五十一条第（二）项"),
        f=c.M(r.choice([5000, 10000])),
    )
    d.add(c.pay(), c.rights(), staff_sig(c, 2), c.sign())
    return d


# ------------------------------------------------------------------ X09
@structure("X09-market-commercial-bribery-rebates-penalty", "penalty", "market", "dev")
def x09(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    co = c.company(r.choice(["医疗器械", "建材", "食品配送"]), suffix="有限公司")
    c.as_target_company(co)
    buyer = c.company(r.choice(["连锁超市", "物业管理", "餐饮管理"]))
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    d.f("开户银行账号：{a}\n\n", a=c.corp_account())
    agent = c.person()
    pur = c.person(kind=r.choice(["han", "word", "single", "rare"]))
    d.f(
        "经查，{d0}起，当事人为取得{b}的供货资格，由销售经理{a}与对方采购主管{p}约定：按回款额的{t1}给予“市场推广费”，以现金及购物卡形式交付。当事人向{b}的供货价为{t2}，"
        "而对其他客户的同类产品价格为{t3}。",
        d0=c.D(c.before(300, 400)),
        b=c.CO(buyer),
        a=c.N(agent),
        p=c.N(pur),
        t1=TS(r.choice(["百分之八", "百分之十二", "6.5%"])),
        t2=TS(f"每件{r.randint(21, 48)}.{r.randint(10, 90)}元"),
        t3=TS(f"每件{r.randint(49, 70)}元"),
    )
    d.f(
        "{p}收取的款项部分转入其配偶{s}的银行卡（{bk}），共计{m}。当事人同期向{b}销售额{t4}，毛利{t5}。\n",
        p=c.N(pur),
        s=c.N(c.person()),
        bk=c.bank(),
        m=c.M(r.randint(6, 30) * 1000),
        b=c.CO(buyer),
        t4=TS(cn_digits(str(r.randint(100, 900))) + "万余元"),
        t5=TS(f"{r.randint(30, 180)}万元"),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["财务凭证", "银行流水", "购物卡购买记录", F("{a}的询问笔录", a=c.N(agent))]))
    d.f(
        "本局认为，当事人的行为构成{l1}所指的商业贿赂行为。依据{l2}，决定没收违法所得{m}，并处罚款{f}。\n",
        l1=c.L("《中华人民共和国反不正当竞争法》第七条第一款"),
        l2=c.L("《中华人民共和国反不正当竞争法》第十九条"),
        m=c.M(r.randint(50, 200) * 1000),
        f=c.M(r.choice([200000, 300000])),
    )
    d.add(c.discretion())
    d.add(c.pay(), c.rights(), c.sign(contact=True))
    return d


# ------------------------------------------------------------------ X10
@structure("X10-agri-fishing-ban-period-catch-penalty", "penalty", "agri", "dev")
def x10(c):
    r = c.rng
    d = Doc()
    c.set_docno("渔罚")
    p = c.person(age=(35, 66), male=True)
    c.as_target_person(p)
    d.add(c.header("渔业行政处罚决定书"))
    d.add(person_block(c, p))
    helper = c.relative(p, True, (30, 60))
    buyer = c.person()
    nk = c.nickname(buyer)
    d.f(
        "\n{d0}凌晨4时许，本局执法人员{o}在{v}附近水域巡查时，发现{p}与其堂弟{h}驾驶无船名船号的铁皮船使用电拖网捕鱼，现场查获渔获物{kg}公斤。{p}称，所捕鱼获平时都卖给鱼贩{b}（人称“{nk}”），收购价每斤{t}。\n",
        d0=c.D(c.before(40, 70)),
        o=c.officers(),
        v=r.choice(c.loc.villages),
        p=c.N(p),
        h=c.N(helper),
        kg=str(r.randint(8, 60)),
        b=c.N(buyer),
        nk=go("name", nk),
        t=TS(f"{r.randint(6, 15)}元"),
    )
    d.f(
        "{b}的运输车（{pl}）停放在岸边。经查，{p}{cr}。{h}自述{hh}，出船是为了挣药费。\n",
        b=go("name", nk),
        pl=c.plate(),
        p=c.N(p),
        cr=go(
            "criminal_record",
            r.choice(
                ["2021年曾因非法捕捞水产品罪被判处拘役三个月，缓刑六个月", "曾因电鱼于2022年被判处罚金五千元"]
            ),
        ),
        h=c.N(helper),
        hh=H(r.choice(["患有尿毒症，每周透析两次", "去年查出肝硬化", "腰椎间盘突出压迫神经"])),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["现场勘验笔录", "渔获物称重记录", "扣押的电捕设备"]))
    d.f(
        "本局认为，当事人在禁渔期内使用电鱼方法进行捕捞，违反了{l1}，依据{l2}，决定：没收渔获物和渔具，罚款{f}。\n",
        l1=c.L("《中华人民共和国渔业法》第三十条第一款"),
        l2=c.L("《中华人民共和国渔业法》第三十八条第一款"),
        f=c.M(r.choice([3000, 5000, 8000])),
    )
    d.add(c.discretion())
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ X11
@structure("X11-market-tattoo-parlour-minor-customers-penalty", "penalty", "market", "dev")
def x11(c):
    r = c.rng
    d = Doc()
    c.set_docno("罚")
    op = c.person(age=(22, 40))
    shop = f"{c.loc.dist}{r.choice(['墨客', '刺青艺术', '黑羽'])}纹身工作室"
    code = make_uscc(r, c.loc.regions[2], "92")
    c.names.append(shop)
    c.target_type, c.target_name = "individual_business", shop
    c.fields.update(id_number=op.id18, credit_code=code)
    d.add(c.header("行政处罚决定书"))
    d.add(shop_block(c, shop, op, code))
    k, acc = c.social(r.choice(["dy", "xhs", "ks"]))
    d.f("当事人{k}：{a}\n\n", k=k, a=acc)
    par = c.person(age=(36, 50))
    kid = c.child(par, age=(13, 16), male=False)
    sc, cl = c.school_class(kid)
    kid2 = c.person(age=(14, 17))
    kid2.name  # noqa: B018
    d.f(
        "{d0}，家长{g}（电话{ph}）投诉称，其女儿{k}（{a}岁，{s}{cl}学生）在当事人处纹身，手臂纹身处{h}，已在{hos}就诊。经查，{d1}，{k}与同学{k2}一同到店，经营者{o}未核实年龄即为二人纹身，各收费{m}。\n",
        d0=c.D(c.before(40, 60)),
        g=go("guardian_name", par.name),
        ph=c.PH(par),
        k=c.N(kid, "minor_name"),
        a=str(kid.age(c.date)),
        s=go("school", sc),
        cl=go("class", cl),
        h=H(r.choice(["红肿化脓", "出现接触性皮炎", "感染并伴发热"])),
        hos=c.hospital(),
        d1=c.D(c.before(80, 100)),
        k2=go("minor_name", kid2.name),
        o=c.N(op),
        m=c.M(r.choice([380, 600, 880]), 0),
    )
    d.f(
        "{o}辩称，{k2}自称已满十八岁，并通过微信发来“成年朋友”{f}的身份证照片（号码{i}）冒充。经核实，{k2}出生于{b}。\n",
        o=c.N(op),
        k2=go("minor_name", kid2.name),
        f=c.N(fr := c.person(age=(19, 25))),
        i=go("id_number", fw(fr.id18)) if r.random() < 0.5 else c.ID(fr),
        b=c.BD(kid2),
    )
    d.add(c.procedure())
    d.add(evidence_words(c, ["投诉登记表", "门诊病历", "收款记录", "聊天记录截图"]))
    d.f(
        "本局认为，当事人为未成年人提供纹身服务，违反了{l1}，依据{l2}，决定：警告，并罚款{f}。\n",
        l1=c.L("《未成年人纹身治理工作办法》第二条"),
        l2=c.L("《中华人民共和国未成年人保护法》第一百二十二条"),
        f=c.M(r.choice([10000, 30000])),
    )
    d.add(c.discretion())
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ X12
@structure("X12-urban-outdoor-signboard-permit-grant", "license", "urban", "dev")
def x12(c):
    r = c.rng
    d = Doc()
    c.set_docno("许", fmt=r.choice([0, 1]))
    p = c.person()
    c.as_target_person(p)
    shop = f"{p.surname}记{r.choice(['粉店', '茶饮', '烧烤'])}"
    d.add(c.header("准予行政许可决定书"))
    d.add(person_block(c, p, role="申请人"))
    agent = c.person(kind=r.choice(["han", "word", "compound"]))
    d.f(
        "委托代理人：{a}，系申请人的{rel}，身份证号{i}，手机{ph}，电子邮箱{em}\n\n",
        a=c.N(agent),
        rel=r.choice(["外甥", "朋友", "房东", "同学"]),
        i=c.ID(agent),
        ph=c.PH(agent),
        em=c.email(),
    )
    d.f(
        "申请人于{d0}提出在{road}临街门面设置店招（店名“{s}”）的申请（受理编号{no}）。经审查，申请材料齐全，设置位置、规格符合{l1}和{std}的要求。"
        "依据{l2}，本局决定准予许可：\n",
        d0=c.D(c.before(10, 20)),
        road=r.choice(c.loc.roads) + str(r.randint(1, 300)) + "号",
        s=shop,
        no=c.licence("SL"),
        l1=c.L("《城市市容和环境卫生管理条例》第十一条"),
        std=c.STD("GB 51309-2018"),
        l2=c.L("《中华人民共和国行政许可法》第三十八条第一款"),
    )
    d.add(
        "申请人提交的材料：\n（一）户外广告设施设置申请表；\n（二）营业执照及申请人身份证明；\n（三）设计效果图及安全检测报告；\n（四）房屋产权人同意设置的书面意见。\n"
    )
    d.f(
        "现场核查：{d5}，{o}对设置地点进行了现场踏勘，设置位置不占用人行道，不遮挡交通标志。\n",
        d5=c.D(c.before(3, 8)),
        o=c.officers(),
    )
    d.add("| 项目 | 内容 |\n|---|---|\n")
    d.f(
        "| 许可证号 | {v} |\n| 规格 | 长{a}米×高{b}米 |\n| 有效期 | {d1}至{d2} |\n",
        v=c.licence("HW"),
        a=str(r.randint(3, 9)),
        b=str(r.choice([0.8, 1.0, 1.2])),
        d1=c.D(c.date),
        d2=c.D(c.date.replace(year=c.date.year + 3)),
    )
    d.f(
        "申请人应按照批准内容设置，并落实安全维护责任。申请人因{h}行动不便，经其申请，许可证由{a}代为领取。\n",
        h=H(r.choice(["右腿截肢", "脑梗后遗症", "双眼白内障术后"])),
        a=c.N(agent),
    )
    d.add(
        "申请人应当遵守下列事项：\n1. 设施须由具备资质的单位安装，安装完毕后十日内报本局验收；\n2. 每年汛期前和台风季节对设施进行安全检查，发现松动、锈蚀应及时整修；\n3. 许可期满需继续设置的，应在期满三十日前申请延续；\n4. 店名、规格变更的，应重新申请。\n"
    )
    d.add(c.role(4, "审查人", cred=False), "　", c.role(5, "批准人", cred=False), "\n")
    d.add(c.rights(), agency_contact_line(c), c.sign(contact=False))
    return d


# ------------------------------------------------------------------ X13
@structure("X13-tax-unreported-rental-income-penalty", "penalty", "tax", "dev")
def x13(c):
    r = c.rng
    d = Doc()
    c.set_docno("税罚")
    p = c.person(age=(40, 70))
    c.as_target_person(p)
    d.add(c.header("税务行政处罚决定书"))
    d.f("纳税人：{n}　纳税人识别号：{i}\n地址：{a}\n\n", n=c.N(p), i=c.ID(p, 0), a=c.AD(p))
    tenants = [
        c.person(kind=r.choice(["han", "single", "foreign", "word", "rare"])) for _ in range(r.randint(2, 3))
    ]
    d.f(
        "经我局检查，你于{d0}至{d1}期间将名下房产出租，取得租金收入未申报纳税。承租情况如下：\n",
        d0=c.D(c.before(700, 800)),
        d1=c.D(c.before(100, 200)),
    )
    d.add("| 承租人 | 证件号码 | 月租金 | 付款方式 |\n|---|---|---|---|\n")
    for t in tenants:
        idv = c.passport(t) if t.nationality != "中国" else c.ID(t)
        nm = F("{a} {b}", a=c.N(t), b=go("name", t.latin)) if t.latin else c.N(t)
        k, acc = c.social(r.choice(["wx", "zfb"]))
        d.f("| {n} | {i} | {w} | {k}：{a} |\n", n=nm, i=idv, w=W(f"{r.randint(18, 45)}00元"), k=k, a=acc)
    d.f("（承租人{t}另留有单位座机{tel}。）\n", t=c.N(tenants[0]), tel=c.landline())
    d.f(
        "以上租金合计{m}，应缴个人所得税、增值税等合计{m2}。你在约谈中称，因{h}需长期治疗，{rel}",
        m=c.M(r.randint(60, 160) * 1000),
        m2=c.M(r.randint(4, 15) * 1000),
        h=H(r.choice(["患乳腺癌术后化疗", "糖尿病并发肾病", "帕金森病"])),
        rel=r.choice(["家庭收入仅靠退休金", "儿子又失业在家", "并非故意不报"]),
    )
    d.f("，每月退休金仅{w}。\n", w=W(f"{r.randint(28, 42)}00元"))
    d.add(c.procedure())
    d.add(evidence_words(c, ["租赁合同", "银行流水", "约谈笔录"]))
    d.f(
        "根据{l1}，对你少缴的税款处以百分之五十的罚款，计{f}。限你自收到本决定书之日起十五日内缴纳入库。\n",
        l1=c.L("《中华人民共和国税收征收管理法》第六十四条第二款"),
        f=c.M(r.randint(2, 7) * 1000),
    )
    d.add(c.rights(), staff_sig(c, 1, ["税务检查人员"]), c.sign())
    return d


# ------------------------------------------------------------------ X14
@structure("X14-police-illegal-employment-foreigners-penalty", "penalty", "police", "dev")
def x14(c):
    r = c.rng
    d = Doc()
    c.set_docno("出罚")
    co = c.company(r.choice(["外贸", "餐饮管理", "服装加工"]))
    c.as_target_company(co)
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    d.f(
        "\n{d0}，本局出入境管理大队民警{o}（执法证号{oc}）、{o2}（执法证号{oc2}）在当事人厂区检查时，发现下列外国人在此工作：\n",
        d0=c.D(c.before(30, 60)),
        o=c.ON(0),
        oc=c.OC(0),
        o2=c.ON(1),
        oc2=c.OC(1),
    )
    for i in range(r.randint(2, 3)):
        f = c.person(kind="foreign", age=(20, 45))
        pp = c.passport(f)
        d.f(
            "{i}．{n}（{l}），{nat}籍，护照号码{pp}，月工资{w}，由{intro}介绍入职；\n",
            i=str(i + 1),
            n=c.N(f),
            l=go("name", f.latin.title() if r.random() < 0.5 else f.latin),
            nat=f.nationality,
            pp=pp,
            w=W(f"{r.randint(4, 9)}000元"),
            intro=c.N(c.person()),
        )
    mgr = c.person()
    d.f(
        "上述人员均持旅游签证入境，未取得外国人工作许可和工作类居留证件。当事人人事专员{m}称，工资通过现金或其私人银行卡{bk}发放。其中一人{h}，曾在{hos}就诊，由{m}垫付医疗费。\n",
        m=c.N(mgr),
        bk=c.bank(),
        h=r.choice(
            [
                F("{a}，斋月期间{b}", a=go("religion", "信仰伊斯兰教"), b=H("低血糖晕倒")),
                F("{a}，周日去教堂途中{b}", a=go("religion", "系天主教徒"), b=H("被电动车撞伤左腿")),
                H("工作中被缝纫机扎伤手指"),
            ]
        ),
        hos=c.hospital(),
    )
    if r.random() < 0.5:
        d.f(
            "另查明，{m}{c}。\n",
            m=c.N(mgr),
            c=go("criminal_record", "2016年曾因组织他人偷越国（边）境罪被判处有期徒刑二年"),
        )
    d.add(evidence_words(c, ["护照及签证复印件", "工资表", "考勤记录"]))
    d.f(
        "本局认为，当事人非法聘用外国人，违反了{l1}，依据{l2}，决定对当事人罚款{f}。\n",
        l1=c.L("《中华人民共和国出境入境管理法》第四十三条"),
        l2=c.L("《中华人民共和国出境入境管理法》第八十条第二款"),
        f=c.M(r.choice([20000, 30000, 40000])),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ X15
@structure("X15-fire-supervision-inspection-record", "inspection", "fire", "dev")
def x15(c):
    r = c.rng
    d = Doc()
    c.set_docno("检")
    co = c.company(r.choice(["酒店管理", "养老服务", "商业管理"]))
    c.as_target_company(co)
    d.add(c.header("消防监督检查记录"))
    d.f(
        "被检查单位：{co}\n统一社会信用代码：{cc}\n法定代表人：{rep}　消防安全管理人：{m}（手机{ph}）\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
        m=c.N(mp := c.person()),
        ph=c.PH(mp),
    )
    d.f("检查时间：{d0}　检查人员：{o}\n\n", d0=c.D(c.date), o=c.officers())
    d.add("检查情况：\n")
    items = [
        "1．二层疏散通道堆放杂物，宽度不足1.1米；\n",
        "2．消防控制室值班人员{n}未持证上岗，另一值班人员{n2}当晚{h}请假，控制室无人值守约两小时；\n",
        "3．自动喷水灭火系统末端试水装置压力为0；\n",
        "4．员工宿舍（{ad}）内私拉电线为电动自行车充电，该宿舍由员工{n3}向房东{n4}租用；\n",
    ]
    a, b, e, f = (
        c.person(),
        c.person(kind=r.choice(["single", "rare", "minority"]), male=False),
        c.person(),
        c.person(),
    )
    d.f(items[0])
    d.f(items[1], n=c.N(a), n2=c.N(b), h=H(r.choice(["因胃出血", "因孕期先兆流产", "因抑郁症复诊"])))
    d.f(items[2])
    d.f(items[3], ad=c.AD(e), n3=c.N(e), n4=c.N(f))
    d.f(
        "\n检查依据：{l1}。以上问题已当场告知，拟下发{no}《责令限期改正通知书》，改正期限至{d1}。\n",
        l1=c.L("《消防监督检查规定》第十条"),
        no=c.DN(c.other_docno("责改")),
        d1=c.D(c.after(10, 20)),
    )
    d.add("现场询问人员：\n| 姓名 | 身份 | 联系方式 |\n|---|---|---|\n")
    for _ in range(2):
        q = c.person(kind=r.choice(["han", "word", "single", "rare"]))
        d.f(
            "| {n} | {j} | {ph} |\n",
            n=c.N(q),
            j=r.choice(["住客", "保安", "厨师", "护理员", "租户"]),
            ph=c.PH(q),
        )
    d.add(
        "整改意见：\n（一）立即清理疏散通道杂物，保持畅通；\n（二）消防控制室实行24小时双人值班，值班人员须持证上岗；\n（三）对自动喷水灭火系统进行维护检测；\n（四）严禁在员工宿舍及楼道内为电动自行车充电。\n"
    )
    d.f(
        "单位基本情况：建筑面积{a}平方米，地上{b}层，员工{e}人，{extra}。\n",
        a=str(r.randint(3000, 20000)),
        b=cn_small(r.randint(4, 12)),
        e=str(r.randint(30, 150)),
        extra=r.choice(
            ["设有自动喷水灭火系统和火灾自动报警系统", "属消防安全重点单位", "上次检查时间为去年三月"]
        ),
    )
    d.f(
        "检查结论：该单位存在消防安全违法行为，本机关将依法另行作出处理；逾期不改正的，依照{l}予以处罚。\n",
        l=c.L("《中华人民共和国消防法》第六十条"),
    )
    d.f("被检查单位随同人员（签名）：{m}　联系电话：{tel}\n", m=c.N(mp), tel=c.landline())
    d.add(staff_sig(c, 2, ["消防监督员", "记录人"]))
    d.add(c.sign(contact=True))
    return d
