"""Dev structures Z01-Z15 of the fifth independent corpus."""

from __future__ import annotations

import datetime as dt

from blocks import company_block, contact_line, hot, party, signatures, staff, tail, who
from kit import TS, Doc, F, H, W, cn_digits, digits, go, keep, make_uscc, structure


def shop(c, kind):
    r = c.rng
    op = c.person()
    nm = f"{c.loc.dist}{r.choice(['雪莲', '格桑', '阿妈', '草原', '老街', '吉祥', '扎西'])}{kind}"
    c.names.append(nm)
    code = make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(nm, op, code)
    return op, nm, code


@structure("Z01-market-yak-jerky-label-flaw-no-penalty", "penalty", "market", "dev")
def z01(c):
    r = c.rng
    op, nm, code = shop(c, "特产店")
    buyer = c.person(r.choice(["foreign", "minority", "word", None]))
    clerk = c.person("single")
    c.set_docno("不罚")
    d0 = c.before(40, 70)
    d = Doc()
    d.add(c.header("不予行政处罚决定书"))
    d.f(
        "当事人：{s}\n经营者：{o}　　统一社会信用代码：{cc}\n",
        s=keep("company", nm),
        o=c.N(op),
        cc=keep("credit_code", code),
    )
    d.f("经营者身份证号：{i}\n\n", i=c.id_noisy(op) if r.random() < 0.5 else c.ID(op))
    d.f(
        "{d0}，本局接到消费者{b}反映，称其在当事人店内购买的“风干牦牛肉”外包装未标注生产日期。",
        d0=c.D(d0),
        b=who(c, buyer),
    )
    if buyer.id18:
        d.f("（投诉人联系电话：{ph}）", ph=c.mobile_x(buyer))
    else:
        d.f("（投诉人护照号：{pp}，电子邮箱{em}）", pp=c.passport(buyer), em=c.email_x())
    d.f(
        "\n经查，当事人于{d1}从批发商处购进该批产品共{n}袋，进货单价{p}，零售价每袋{q}元，至案发时已售出{k}袋，货值金额{m}，违法所得{g}。店员{cl}称，标签系厂家漏印，店内未发现其他问题。上述产品标签不符合{std}第4.1.7条的规定。\n",
        d1=c.D(c.before(80, 120)),
        n=r.randint(20, 60),
        p=TS(f"{r.randint(40, 70)}元"),
        q=r.randint(88, 168),
        k=r.randint(3, 9),
        m=c.M(r.randint(300, 900)),
        g=c.M(r.randint(60, 200)),
        cl=c.N(clerk),
        std=c.STD("GB 7718-2011"),
    )
    d.add(
        c.evidence(
            [
                F("{o}的询问笔录", o=c.N(op)),
                F("消费者{b}提供的购物小票", b=c.N(buyer)),
                F("进货票据（发票号码{i}）", i=c.report_no("inv")),
            ]
        )
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}的规定。鉴于当事人系初次违法，危害后果轻微并已及时改正（已下架并召回剩余产品、向消费者退款），依据{l2}的规定，本局决定对当事人不予行政处罚，并对其进行批评教育。\n",
        l1=c.L("《中华人民共和国食品安全法》第六十七条"),
        l2=c.L("《中华人民共和国行政处罚法》第三十三条第一款"),
    )
    d.add(c.rights())
    d.add(tail(c, op, 2))
    d.add(c.sign(contact=False))
    d.add(contact_line(c))
    return d


@structure("Z02-market-pharmacy-quality-manager-change-approval", "license", "market", "dev")
def z02(c):
    r = c.rng
    co = c.company("医药连锁", "有限公司")
    c.as_target_company(co)
    old = c.person()
    new = c.person(r.choice(["minority", "compound", "rare", None]), age=(26, 50))
    c.set_docno("药变", fmt=r.randint(0, 2))
    lic = keep(
        "doc_no",
        f"{c.loc.pa}{r.choice(['AA', 'BA', 'CB'])}{c.loc.regions[0][:4]}{digits(r, 4, '0123456789')}",
    )
    d = Doc()
    d.add(c.header("准予变更行政许可决定书"))
    d.add(company_block(c, co, "申请人"))
    d.f(
        "\n你单位于{d1}提交的《药品经营许可证》（证号：{lic}）变更申请（受理号{ac}）收悉。申请事项：质量负责人由{o}变更为{n}。\n",
        d1=c.D(c.before(10, 20)),
        lic=lic,
        ac=c.report_no("acc"),
        o=c.N(old),
        n=c.N(new),
    )
    d.f(
        "经审查，拟任质量负责人{n}，{g}，{e}，身份证号{i}，执业药师注册证号{q}，学历本科，从事药品经营质量管理工作{y}年；其原任职单位出具的离职证明显示月薪{w}。",
        n=c.N(new),
        g=new.gender,
        e=new.ethnicity,
        i=c.ID(new),
        q=go("id_number", "SZ" + new.id18[-10:]),
        y=cn_digits(str(r.randint(3, 9))),
        w=W(f"{r.randint(45, 90)}00元"),
    )
    d.f(
        "经现场核查（核查人员：{a}、{b}），其在岗情况与申报材料一致。申请材料齐全，符合{l}的规定。\n",
        a=c.ON(0),
        b=c.ON(1),
        l=c.L("《药品经营和使用质量监督管理办法》第二十二条"),
    )
    d.f("本局决定准予变更。变更后许可证编号不变，有效期至{dd}。\n", dd=c.D(c.after(700, 1400)))
    if r.random() < 0.6:
        d.f("原质量负责人{o}的离职交接记录（联系电话{ph}）已存档。\n", o=c.N(old), ph=c.PH(old))
    d.add(c.rights(2))
    d.add(tail(c, None, 4))
    d.add(c.sign(contact=True))
    return d


@structure("Z03-transport-road-transport-certificate-cancellation", "license", "transport", "dev")
def z03(c):
    r = c.rng
    p = c.person(r.choice(["minority", "han3", "word", "single"]), age=(30, 62))
    c.as_target_person(p)
    c.set_docno("运销")
    pl = c.plate_x(r.choice(["trailer", "plain", "ev"]))
    d = Doc()
    d.add(c.header("注销道路运输证决定书"))
    d.add(party(c, p, label="申请人"))
    d.f(
        "\n　　申请人于{d1}申请注销其名下营运车辆道路运输证。车辆信息：号牌{pl}，车辆识别代号{v}，道路运输证号{rt}，经营范围普通货运。\n",
        d1=c.D(c.before(5, 25)),
        pl=pl,
        v=c.vin(),
        rt=c.licence("road"),
    )
    d.f(
        "　　经核查，该车辆已于{d2}在{co}办理报废回收（回收证明编号{rn}），机动车登记已由{ag}注销。申请人驾驶证号{dl}，从业资格证号{q}，其从业资格证一并办理注销。\n",
        d2=c.D(c.before(30, 60)),
        co=keep("company", f"{c.loc.city}再生资源回收利用有限公司"),
        rn=keep("doc_no", f"BF{c.date.year}{c.loc.regions[0][:4]}{digits(r, 5, '0123456789')}"),
        ag=keep("agency", f"{c.loc.city}公安局交通警察支队车辆管理所"),
        dl=c.dl_no(p),
        q=c.qual_cert(p),
    )
    if r.random() < 0.6:
        d.f(
            "　　申请人称其因{h}已无法继续驾驶营运车辆，委托其{rel}{k}（电话{ph}）代为领取决定书。\n",
            h=H(r.choice(["腰椎间盘突出", "视网膜脱落", "脑梗后遗症", "二型糖尿病并发眼底病变"])),
            rel=r.choice(["儿子", "女婿", "侄子"]),
            k=c.N(kk := c.relative(p, True, (25, 40))),
            ph=c.PH(kk),
        )
    d.f("　　依据{l}，本局决定注销上述道路运输证。\n", l=c.L("《道路货物运输及站场管理规定》第六十三条"))
    d.add(c.rights(r.randint(0, 3)))
    d.add(tail(c, p, 4))
    d.add(c.sign())
    d.add(signatures(c, [("申请人", p)]))
    return d


@structure("Z04-resources-farmland-illegal-yard-rectification-notice", "other", "resources", "dev")
def z04(c):
    r = c.rng
    p = c.person(r.choice(["han3", "single", "minority", "word"]), age=(35, 70))
    c.as_target_person(p)
    c.set_docno("责改", fmt=r.choice([0, 1]))
    nb = c.person()
    d = Doc()
    d.add(c.header("责令改正违法行为通知书"))
    d.f("{n}：\n", n=c.N(p))
    d.f(
        "　　（身份证号：{i}；住址：{a}）\n",
        i=c.id_split(p, "\n　　") if r.random() < 0.4 else c.ID(p),
        a=c.AD(p),
    )
    d.f(
        "　　经查，你于{d1}起未经批准，在{v}集体耕地上擅自硬化地面、搭建彩钢棚，用作{u}，占地面积约{s}平方米。该地块为一般耕地，不符合国土空间规划。邻户{nb}反映，该处夜间有车辆进出，{pl}等货车长期停放。\n",
        d1=c.D(c.before(90, 200)),
        v=c.rural_addr(),
        u=r.choice(["砂石堆场", "废品收购场", "停车场"]),
        s=r.randint(300, 1800),
        nb=c.N(nb),
        pl=c.plate_x(),
    )
    d.f(
        "　　你的行为违反了{l}的规定。依据{l2}，现责令你自收到本通知书之日起{n}日内自行拆除地上建（构）筑物、恢复土地原状，并于{d2}前将整改情况书面报告本局。\n",
        l=c.L("《中华人民共和国土地管理法》第四十四条"),
        l2=c.L("《中华人民共和国土地管理法》第七十七条"),
        n=cn_digits(str(r.choice([15, 30]))),
        d2=c.D(c.after(20, 40)),
    )
    d.f(
        "　　逾期不改正的，本局将依法立案查处。\n　　执法人员：{a}（执法证号{b}）、{c2}（执法证号{e}）\n",
        a=c.ON(0),
        b=c.OC(0),
        c2=c.ON(1),
        e=c.OC(1),
    )
    d.add(tail(c, p, 6))
    d.add(c.sign(contact=False))
    d.add(signatures(c, [("当事人", p), ("见证人", c.person())]))
    d.add(contact_line(c))
    return d


@structure("Z05-market-illegal-lpg-refilling-point-seizure", "coercion", "market", "dev")
def z05(c):
    r = c.rng
    p = c.person(r.choice(["han3", "rare", "compound", "minority"]))
    c.as_target_person(p)
    c.set_docno("查扣", fmt=r.randint(0, 2))
    helper = c.person("single")
    d = Doc()
    d.add(c.header("实施行政强制措施决定书"))
    d.add(party(c, p))
    d.f(
        "\n　　{d1}，本局执法人员在{a}一处自建房院内检查时发现，当事人未取得气瓶充装许可，使用自制倒灌装置将大瓶液化石油气分装至小钢瓶，向周边餐馆销售，每瓶进价{ip}、售价{sp}元。现场帮工{h}（电话{ph}）正在操作{nk}。\n",
        d1=c.D(c.before(0, 3)),
        a=c.AD(p),
        ip=TS(f"{r.randint(60, 90)}元"),
        sp=r.randint(110, 140),
        h=c.N(helper),
        ph=c.PH(helper),
        nk=F("，附近餐馆老板均称其为“{k}”", k=go("name", nk)) if (nk := c.nickname(helper)) else "",
    )
    d.f(
        "　　依据{l}的规定，本局决定对下列场所、设施、财物实施{k}：\n",
        l=c.L("《中华人民共和国特种设备安全法》第六十一条"),
        k=r.choice(["查封", "扣押", "查封、扣押"]),
    )
    rows = [
        ("YSP-50液化气钢瓶", "只", r.randint(3, 12)),
        ("YSP-15液化气钢瓶", "只", r.randint(20, 60)),
        ("倒灌泵及连接软管", "套", 1),
        ("三轮运输车", "辆", 1),
    ]
    d.add("序号｜名称｜单位｜数量｜备注\n")
    for i, (n, u, k) in enumerate(rows, 1):
        note = c.plate_x("moto") if "车" in n else "现场封存"
        d.f(f"{i}｜{n}｜{u}｜{k}｜" + "{x}\n", x=note)
    d.f(
        "　　期限：自{d2}至{d3}（三十日）。查封、扣押期间，当事人不得擅自启封、转移、损毁。\n",
        d2=c.D(c.date),
        d3=c.D(c.after(29, 30)),
    )
    d.add(staff(c))
    d.add(c.rights(r.randint(0, 3)))
    d.add(tail(c, p, 3))
    d.add(c.sign(contact=False))
    d.add(signatures(c, [("当事人", p), ("见证人", c.person(r.choice(["word", "single", "han3"])))]))
    return d


@structure("Z06-health-school-drinking-water-inspection-record", "inspection", "health", "dev")
def z06(c):
    r = c.rng
    pre = c.loc.dist[:-1]
    school = f"{pre}{r.choice(['第二', '第三', '实验', '民族'])}中学"
    c.names.append(school)
    c.target_type, c.target_name = "legal_person", school
    c.fields.update(credit_code=(code := make_uscc(r, c.loc.regions[0], "12")))
    head = c.person(age=(40, 58))
    par = c.person(age=(35, 50))
    kid = c.child(par, (12, 15))
    cls = c.school_class(kid)[1]
    worker = c.person(r.choice(["minority", "single", "han3"]))
    c.set_docno("卫检记", fmt=r.randint(0, 2))
    d = Doc()
    d.add(c.header("卫生监督现场检查笔录"))
    d.f(
        "被检查单位：{s}　统一社会信用代码：{cc}\n负责人（校长）：{h}　联系电话：{ph}\n",
        s=keep("company", school),
        cc=keep("credit_code", code),
        h=keep("legal_rep", head.name),
        ph=c.landline_x(True),
    )
    d.f("检查时间：{d} 9时10分至11时20分\n检查地点：学校开水房、直饮水设备间\n", d=c.D(c.date, 0))
    d.f(
        "卫生监督员：{a}　监督证号 {b}\n　　　　　　{c2}　监督证号 {e}\n记录人：{x}\n",
        a=c.ON(0),
        b=c.OC(0),
        c2=c.ON(1),
        e=c.OC(1),
        x=c.ON(2),
    )
    d.f(
        "检查事由：家长{g}来电反映，其子{k}（{cl}学生）{d0}饮用教学楼直饮水后出现{h}，经{hos}诊治。\n",
        g=go("guardian_name", par.name),
        k=go("minor_name", kid.name),
        cl=go("class", cls),
        d0=c.D(c.before(2, 6)),
        h=H(r.choice(["腹泻、呕吐", "急性胃肠炎", "腹痛伴低热"])),
        hos=c.hospital(),
    )
    d.f(
        "现场检查情况：\n1. 直饮水设备3台，卫生许可批件号{lic}，滤芯更换记录最后一次为{d1}，超过规定周期；\n2. 管理员{w}（临时工，月工资{wg}，健康证明编号{hc}）未能提供本学期水质检测报告；\n3. 现场采集末梢水样2份，编号{sn}，送{lab}按{std}检测。\n",
        lic=keep("doc_no", f"{c.loc.pa}卫水字（{c.date.year - 2}）第{digits(r, 4, '0123456789')}号"),
        d1=c.D(c.before(150, 260)),
        w=c.N(worker),
        wg=W(f"{r.randint(22, 35)}00元"),
        hc=go("id_number", f"JK{c.date.year}{digits(r, 6, '0123456789')}"),
        sn=c.report_no("lab"),
        lab=keep("agency", f"{c.loc.city}疾病预防控制中心"),
        std=c.STD("GB 5749-2022"),
    )
    d.f(
        "处理意见：当场下达卫生监督意见书，责令立即停用涉事设备，{dd}前完成滤芯更换和清洗消毒。\n",
        dd=c.D(c.after(2, 5)),
    )
    d.add("以上笔录经被检查单位核对无误。\n")
    d.add(signatures(c, [("被检查单位现场负责人", worker)]))
    d.f("卫生监督员签名：{a}、{c2}\n", a=c.ON(0), c2=c.ON(1))
    d.add(tail(c, None, 4))
    d.add(c.sign(contact=False))
    return d


@structure("Z07-labour-deemed-contribution-years-confirmation", "confirmation", "labour", "dev")
def z07(c):
    r = c.rng
    p = c.person(r.choice(["minority", "han3", "compound", "single"]), age=(58, 64))
    c.as_target_person(p)
    c.set_docno("视缴认", fmt=r.randint(0, 2))
    wit = [c.person(age=(62, 80)) for _ in range(2)]
    y1 = r.randint(1976, 1984)
    y2 = y1 + r.randint(5, 12)
    d = Doc()
    d.add(c.header("视同缴费年限认定结果告知书"))
    d.add(party(c, p, label="申请人", style=r.choice([0, 1, 3])))
    d.f("社会保障号码：{s}\n\n", s=c.ss_personal(p))
    d.f(
        "你于{d1}申请认定{y1}年至{y2}年在原国营{f}的工作年限为视同缴费年限。\n",
        d1=c.D(c.before(20, 50)),
        y1=y1,
        y2=y2,
        f=r.choice(["牧场", "农机修造厂", "皮革厂", "运输站"]),
    )
    d.f(
        "经调阅人事档案，档案内存有招工登记表、{y1}年度工资定级表（月标准工资{w}）及调动介绍信；原单位同事{a}、{b}出具证明。档案记载你曾于{y3}年因{cr}，该期间不计入工作年限。",
        y1=y1,
        w=W(f"{r.choice(['三十四', '四十一', '三十八'])}元五角"),
        a=c.N(wit[0]),
        b=c.N(wit[1]),
        y3=y1 + 2,
        cr=go("criminal_record", r.choice(["盗窃被劳动教养一年", "投机倒把被判处有期徒刑一年"])),
    )
    d.f(
        "\n经认定，你的视同缴费年限为{n}年{m}个月。依据{l}，本认定结果将记入个人权益记录。\n",
        n=cn_digits(str(y2 - y1 - 1)) if r.random() < 0.5 else y2 - y1 - 1,
        m=r.randint(1, 11),
        l=c.L("《企业职工基本养老保险视同缴费年限认定办法》第七条"),
    )
    d.f(
        "证明人信息：\n　{a}　{ia}\n　{b}　{ib}\n",
        a=c.N(wit[0]),
        ia=c.ID(wit[0], old=True),
        b=c.N(wit[1]),
        ib=c.ID(wit[1], old=True),
    )
    d.f("养老金发放账户（{bk}）待退休审批后启用。\n", bk=c.bank())
    d.add(c.rights(r.randint(0, 3)))
    d.add(tail(c, p, 4))
    d.add(c.sign(contact=True))
    return d


@structure("Z08-gov-grassland-contract-boundary-dispute-ruling", "ruling", "gov", "dev")
def z08(c):
    r = c.rng
    a = c.person(r.choice(["minority", "minority", "han3"]), age=(35, 70))
    b = c.person(r.choice(["minority", "han3", "word"]), age=(35, 70))
    c.as_target_person(a)
    c.set_docno("裁", fmt=r.randint(0, 2))
    host = 2
    d = Doc()
    d.add(c.header("草原承包经营权争议行政裁决书"))
    d.add(party(c, a, label="申请人", style=r.choice([0, 5])))
    d.add(party(c, b, label="被申请人", style=r.choice([0, 5]), phone=False))
    agent = c.person()
    d.f(
        "委托代理人：{g}，系被申请人{rel}，电话{ph}。\n\n",
        g=c.N(agent),
        rel=r.choice(["之子", "之婿", "之侄"]),
        ph=c.mobile_x(agent),
    )
    d.f(
        "　　申请人与被申请人均为{v}牧户，双方承包草场相邻。{y}年草原确权时，依据{z}，双方分别领取了草原承包经营权证。{d1}，被申请人在两户交界处新设网围栏约{m}米，申请人认为占用其承包草场约{k}亩。\n",
        v=keep("agency", c.loc.villages[0] + "村民委员会"),
        y=r.randint(2016, 2019),
        z=keep("doc_no", f"{c.loc.short}政发〔{c.date.year - r.randint(6, 9)}〕{r.randint(5, 90)}号"),
        d1=c.D(c.before(120, 300)),
        m=r.randint(200, 900),
        k=r.randint(30, 160),
    )
    d.f(
        "　　本府于{d2}公开举行听证，听证主持人{o}，书记员{o2}；邀请草原专家{e1}、{e2}现场踏勘，使用RTK测量并比对确权矢量图。被申请人称其母亲患{h}，需在近处放牧，且{rel}曾口头同意。申请人对此不予认可。\n",
        d2=c.D(c.before(20, 40)),
        o=c.ON(host),
        o2=c.ON(3),
        e1=c.ON(4),
        e2=c.ON(5),
        h=H(r.choice(["类风湿性关节炎", "慢性阻塞性肺病", "高原性心脏病"])),
        rel="申请人父亲",
    )
    d.f(
        "　　经审理查明，争议地块在确权图中属申请人承包范围，面积{k}亩。依据{l1}、{l2}，裁决如下：\n　　一、争议草场承包经营权归申请人；\n　　二、被申请人于{dd}前自行拆除越界围栏。\n",
        k=r.randint(30, 160),
        l1=c.L("《中华人民共和国草原法》第十六条"),
        l2=c.L("《中华人民共和国农村土地承包法》第五十五条"),
        dd=c.D(c.after(30, 60)),
    )
    d.add(c.rights(0))
    d.add(tail(c, a, 3))
    d.add(c.sign(contact=False, chief=True))
    return d


@structure("Z09-civil-funeral-subsidy-payment-decision", "other", "civil", "dev")
def z09(c):
    r = c.rng
    dead = c.person(r.choice(["minority", "han3", "single"]), age=(66, 93))
    p = c.relative(dead, r.random() < 0.5, (35, 60))
    c.as_target_person(p)
    c.set_docno("葬补", fmt=r.randint(0, 2))
    dd = c.before(20, 50)
    amt = r.choice([1200, 1500, 2000, 2600])
    d = Doc()
    d.add(c.header("惠民殡葬补贴给付决定书"))
    d.f(
        "申请人：{n}（逝者之{rel}）\n身份证号码：{i}\n联系电话：{ph}\n开户银行及账号：{bn}　{ac}\n\n",
        n=c.N(p),
        rel=r.choice(["子", "女", "孙"]),
        i=c.ID(p),
        ph=c.PH(p),
        bn=r.choice(["农村信用社", "邮储银行", "建设银行"]),
        ac=c.bank(),
    )
    d.f(
        "　　逝者{n}，{e}，生前户籍地{a}，身份证号码{i}，于{d}因{h}在{hos}去世，遗体于{d2}在{fu}火化（火化证明编号{fn}）。",
        n=c.N(dead),
        e=dead.ethnicity,
        a=c.AD(dead),
        i=c.ID(dead, old=True),
        d=c.D(dd),
        h=H(r.choice(["肺癌晚期", "脑出血", "心力衰竭", "尿毒症"])),
        hos=c.hospital(),
        d2=c.D(dd + dt.timedelta(days=3)),
        fu=keep("agency", f"{c.loc.city}殡仪馆"),
        fn=keep("doc_no", f"HH{c.date.year}{digits(r, 5, '0123456789')}"),
    )
    if r.random() < 0.5:
        d.f(
            "逝者生前系{rg}，按其意愿{x}。",
            rg=go("religion", r.choice(["藏传佛教信众", "伊斯兰教信众", "基督教徒"])),
            x="丧事从简",
        )
    d.f("逝者生前享受城乡低保，月领{w}。\n", w=W(f"{r.randint(500, 900)}元"))
    d.f(
        "　　经审核，符合{l}规定的补贴条件。本局决定给付惠民殡葬补贴{m}，于{d3}前发放至上述账户。\n",
        l=c.L(f"《{c.loc.city}惠民殡葬政策实施办法》第五条"),
        m=c.M(amt),
        d3=c.D(c.after(10, 20)),
    )
    d.f("　　审核人：{a}　复核人：{b}\n", a=c.ON(0), b=c.ON(1))
    d.add(c.rights(2))
    d.add(tail(c, p, 5))
    d.add(c.sign())
    d.add(signatures(c, [("领取人", p)]))
    return d


@structure("Z10-emergency-safety-hazard-report-reward-decision", "other", "emergency", "dev")
def z10(c):
    r = c.rng
    p = c.person(r.choice(["word", "minority", "han3", "rare"]))
    c.as_target_person(p)
    co = c.company(r.choice(["矿业", "建材", "化工"]), "有限责任公司")
    c.set_docno("奖", fmt=r.randint(0, 2))
    d = Doc()
    d.add(c.header("安全生产举报奖励决定书"))
    d.f("举报人：{n}\n", n=c.N(p))
    d.f("身份证号：{i}\n", i=c.id_split(p, "\n　　　　　") if r.random() < 0.4 else c.ID(p, 3))
    cue, sid = c.social()
    d.f("联系方式：{ph}；{cue}：{sid}\n领奖账户：{b}\n\n", ph=c.mobile_x(p), cue=cue, sid=sid, b=c.bank(True))
    d.f(
        "　　{d1}，举报人通过{h}热线实名举报{co}（统一社会信用代码{cc}，法定代表人{rep}）{what}。举报人系该公司{role}，月工资{w}，其本人曾因{hh}住院。\n",
        d1=c.D(c.before(60, 120)),
        h=hot(c, "12350"),
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
        what=r.choice(["井下瓦斯监测探头遮挡", "粉尘涉爆车间未设泄爆装置", "重大危险源未登记"]),
        role=r.choice(["爆破工", "电焊工", "叉车司机"]),
        w=W(f"{r.randint(5, 9)}{r.choice(['千', '千五'])}元左右"),
        hh=H(r.choice(["尘肺一期", "职业性噪声聋", "一氧化碳中毒"])),
    )
    d.f(
        "　　经核查，举报事项属实，本局已对该公司作出{no}行政处罚决定，罚款{m}。\n",
        no=c.DN(c.other_docno("罚")),
        m=c.M(r.randint(5, 30) * 10000),
    )
    d.f(
        "　　依据{l}，决定给予举报人奖励{m2}。请于{d2}前携带本人身份证件到本局领取，或转账至上述账户。本局将对举报人信息严格保密。\n",
        l=c.L("《安全生产领域举报奖励办法》第十一条"),
        m2=c.M(r.randint(3, 20) * 1000, 3),
        d2=c.D(c.after(30, 90)),
    )
    d.add(tail(c, p, 6))
    d.add(c.sign(contact=True, chief=True))
    return d


@structure("Z11-resources-information-disclosure-reply", "other", "resources", "dev")
def z11(c):
    r = c.rng
    p = c.person(r.choice(["han3", "compound", "foreign", "minority", "single"]))
    if p.id18:
        c.as_target_person(p)
    else:
        c.target_type, c.target_name = "natural_person", p.name
    c.set_docno("依申复", fmt=r.randint(0, 2))
    other = c.person()
    d = Doc()
    d.add(c.header("政府信息公开申请答复书"))
    d.f("{n}：\n", n=c.N(p))
    d.f(
        "　　本机关于{d1}收到你通过{way}提交的政府信息公开申请（登记号{no}），",
        d1=c.D(c.before(10, 19)),
        way=r.choice(["信函", "网上申请平台", "当面"]),
        no=c.report_no("acc"),
    )
    if p.id18:
        d.f(
            "申请表载明你的身份证号{i}、邮寄地址{a}、电子邮箱{em}。",
            i=c.id_noisy(p) if r.random() < 0.4 else c.ID(p),
            a=c.AD(p),
            em=c.email_x(),
        )
    else:
        d.f(
            "申请表载明你的护照号{pp}、电子邮箱{em}、电话{ph}。",
            pp=c.passport(p),
            em=c.email_x(),
            ph=c.PH(p, 3),
        )
    d.f("申请公开“{v}宅基地审批档案及{o}户用地批准文件”。\n", v=c.rural_addr(), o=c.N(other))
    d.f(
        "　　经查，你申请的信息中，{v}片区征收补偿方案已于{d2}主动公开（{ws}）。{o}户宅基地审批表涉及其身份证号、家庭成员及{h}等个人信息，公开后可能损害第三方合法权益。本机关于{d3}书面征求第三方意见，第三方不同意公开。\n",
        v=c.loc.villages[1],
        d2=c.D(c.before(100, 300)),
        ws=c.AC("website"),
        o=c.N(other),
        h=H("残疾等级"),
        d3=c.D(c.before(3, 8)),
    )
    d.f(
        "　　依据{l1}、{l2}，对该部分信息不予公开；其余部分予以公开，随本答复书提供。\n",
        l1=c.L("《中华人民共和国政府信息公开条例》第十五条"),
        l2=c.L("《中华人民共和国政府信息公开条例》第三十六条第（三）项"),
    )
    d.add(c.rights(1))
    d.add(tail(c, p, 4))
    d.add(c.sign(contact=True))
    return d


@structure("Z12-gov-administrative-reconsideration-decision", "other", "gov", "dev")
def z12(c):
    r = c.rng
    p = c.person(r.choice(["han3", "minority", "word", "compound"]))
    c.as_target_person(p)
    c.set_docno("复决", fmt=r.randint(0, 2))
    rname, rinf = r.choice(
        [("市场监督管理局", "市监"), ("交通运输局", "交"), ("城市管理和综合执法局", "城管")]
    )
    resp = keep("agency", c.ag.name.replace("人民政府", "") + rname)
    resp_no = f"{c.loc.short}{rinf}罚〔{c.date.year}〕{r.randint(10, 600)}号"
    lawyer = c.person()
    d = Doc()
    d.add(c.header("行政复议决定书"))
    d.add(party(c, p, label="申请人", style=r.choice([0, 5])))
    d.f(
        "委托代理人：{l}，{f}律师。\n被申请人：{a}\n\n",
        l=c.N(lawyer),
        f=keep("company", f"{c.loc.city[:-1]}{r.choice(['正衡', '明德', '金诺', '同心'])}律师事务所"),
        a=resp,
    )
    d.f(
        "　　申请人不服被申请人作出的{no}行政处罚决定（罚款{m}），于{d1}向本机关申请行政复议，本机关依法受理并适用普通程序审理，于{d2}组织听证（主持人{h}，听证员{h2}）。\n",
        no=c.DN(resp_no),
        m=c.M(r.randint(2, 50) * 1000),
        d1=c.D(c.before(50, 60)),
        d2=c.D(c.before(15, 25)),
        h=c.ON(2),
        h2=c.ON(3),
    )
    d.f(
        "　　申请人称：其驾驶的{pl}号车辆系为送{rel}{k}就医，{k}患{hh}，情况紧急。\n",
        pl=c.plate_x(),
        rel=("儿子" if (kid := c.child(p)).male else "女儿"),
        k=go("minor_name", kid.name),
        hh=H(r.choice(["高热惊厥", "急性阑尾炎", "哮喘急性发作"])),
    )
    d.f(
        "　　被申请人称：申请人{y}年曾因{cr}，此次违法事实清楚，处罚适当。\n",
        y=c.date.year - r.randint(2, 6),
        cr=go("criminal_record", r.choice(["醉酒驾驶机动车被判处拘役二个月", "无证驾驶被行政拘留十日"])),
    )
    d.f(
        "　　本机关认为，被申请人作出的处罚认定事实清楚、程序合法，但未考虑申请人{k}就医的紧急情形，裁量明显不当。依据{l}，决定：变更为罚款{m2}。\n",
        k=go("minor_name", kid.name),
        l=c.L("《中华人民共和国行政复议法》第六十三条第一款第（一）项"),
        m2=c.M(r.randint(2, 9) * 100),
    )
    d.f("　　申请人如不服本决定，可以自收到本决定书之日起十五日内向{ct}提起行政诉讼。\n", ct=c.CT())
    d.add(tail(c, p, 5))
    d.add(c.sign(contact=False, chief=True))
    return d


@structure("Z13-police-drone-no-fly-zone-flight-penalty", "penalty", "police", "dev")
def z13(c):
    r = c.rng
    p = c.person(r.choice(["foreign", "han3", "minority", "word", "single"]), local=False)
    if p.id18:
        c.as_target_person(p)
    else:
        c.target_type, c.target_name = "natural_person", p.name
    c.set_docno("行罚决", fmt=r.randint(0, 2))
    guide = c.person(r.choice(["minority", "han3"]))
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    if p.id18:
        d.add(party(c, p, label="违法行为人"))
        cue, sid = c.social(r.choice(["dy", "xhs", "wb", "dynick"]))
        d.f("{cue}：{s}\n", cue=cue, s=sid)
    else:
        d.f(
            "违法行为人：{n}，{g}，国籍{nat}，护照号码{pp}，现住{h}，手机{ph}。\n",
            n=who(c, p),
            g=p.gender,
            nat=p.nationality,
            pp=c.passport(p),
            h=keep("company", f"{c.loc.city}{r.choice(['雪域', '高原', '云上'])}大酒店"),
            ph=c.PH(p, r.choice([3, 5, 8])),
        )
        cue, hk = c.hk_permit(r.choice(["hkp", "twp", "hkid", "moid"]))
        d.f("同行翻译{g}，{cue}：{x}。\n", g=c.N(guide), cue=cue, x=hk)
    d.f(
        "　　现查明，{d1}{t}时许，违法行为人在{pl}附近操控一架{m}型多旋翼无人机升空航拍，飞行高度约{hgt}米，该区域位于机场净空保护区内，未申请飞行活动。{o}、{o2}（警号{n1}、{n2}）巡逻发现后当场责令降落，扣押无人机一架（扣押决定书{sn}）。\n",
        d1=c.D(c.before(3, 10)),
        t=r.randint(9, 18),
        pl=r.choice([c.loc.roads[0], c.loc.roads[2]]),
        m=r.choice(["DJI Mini", "Mavic 3", "Air 2S"]),
        hgt=r.randint(150, 400),
        o=c.ON(0),
        o2=c.ON(1),
        n1=keep("credential_no", digits(r, 6, "0123456789")),
        n2=keep("credential_no", digits(r, 6, "0123456789")),
        sn=c.DN(c.other_docno("扣")),
    )
    d.add(c.evidence([F("违法行为人{n}的陈述和申辩", n=c.N(p)), "现场执法记录仪视频", "无人机飞行日志截图"]))
    d.f(
        "　　根据{l}之规定，决定给予{n}{pen}的处罚。\n",
        l=c.L("《中华人民共和国治安管理处罚法》第四十六条"),
        n=c.N(p),
        pen=F("罚款{m}", m=c.M(r.choice([200, 500]))),
    )
    d.add(c.pay(r.randint(0, 2)))
    d.add(c.rights(1))
    d.add(tail(c, p, 3))
    d.add(c.sign(contact=False))
    d.add(signatures(c, [("被处罚人", p)]))
    return d


@structure("Z14-market-halal-sign-misuse-penalty", "penalty", "market", "dev")
def z14(c):
    r = c.rng
    op, nm, code = shop(c, "牛肉面馆")
    imam = c.person("minority")
    cook = c.person(r.choice(["han3", "single", "minority"]))
    c.set_docno("罚", fmt=r.randint(0, 2))
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.f(
        "当事人：{s}\n统一社会信用代码：{cc}\n经营者：{o}，{e}\n身份证件号码：{i}\n经营场所：{addr}\n\n",
        s=keep("company", nm),
        cc=keep("credit_code", code),
        o=c.N(op),
        e=op.ethnicity,
        i=c.ID(op),
        addr=f"{c.loc.dist}{r.choice(c.loc.roads)}{r.randint(1, 300)}号",
    )
    d.f(
        "　　{d1}，本局根据群众举报，对当事人经营场所进行检查。当事人在店招及餐单上使用“清真”字样，后厨冷柜内存放猪肉制品{k}公斤。厨师{ck}（月薪{w}）称系其私人采购。当事人经营者{o}称自己{rel}，对此不知情。检查时邻店经营者{im}在场见证。\n",
        d1=c.D(c.before(60, 100)),
        k=r.randint(2, 9),
        ck=c.N(cook),
        w=W(f"{r.randint(4, 7)}500元"),
        o=c.N(op),
        im=c.N(imam),
        rel=go("religion", r.choice(["不信仰宗教", "信仰伊斯兰教", "是回族穆斯林"])),
    )
    d.f(
        "　　当事人的月营业额约{t}，牛肉采购自{sup}，每公斤{pr}。\n",
        t=TS(f"{r.randint(6, 15)}万元"),
        sup=TS(r.choice(["临夏某屠宰场", "本地清真屠宰点", "青海某牛羊肉批发商"])),
        pr=TS(f"{r.randint(56, 78)}元"),
    )
    d.add(c.evidence([F("{o}询问笔录", o=c.N(op)), F("{ck}询问笔录", ck=c.N(cook)), "现场照片12张"]))
    d.f(
        "　　本局认为，当事人违反了{l1}的规定。依据{l2}，决定：一、责令改正；二、罚款{m}。\n",
        l1=c.L(f"《{c.loc.prov}清真食品管理条例》第十二条"),
        l2=c.L(f"《{c.loc.prov}清真食品管理条例》第二十六条"),
        m=c.M(r.randint(2, 10) * 1000),
    )
    d.add(c.procedure(hearing=False))
    d.add(c.pay())
    d.add(c.rights())
    d.add(tail(c, op, 1))
    d.add(c.sign())
    return d


@structure("Z15-transport-repair-shop-scrapped-car-rebuild-penalty", "penalty", "transport", "dev")
def z15(c):
    r = c.rng
    co = c.company("汽车维修服务", "有限公司")
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 2))
    owners = [
        c.person(r.choice(["han3", "single", "minority", "word", "rare"])) for _ in range(r.randint(2, 3))
    ]
    mech = c.person()
    d = Doc()
    d.add(c.header("交通运输行政处罚决定书"))
    d.add(company_block(c, co))
    d.f("备案编号：{b}　　对公账户：{a}\n\n", b=c.licence(f"{c.loc.pa}维备"), a=c.corp_account())
    d.f(
        "　　{d1}，本局执法人员对当事人维修车间检查，发现其承修{n}辆已达报废标准的车辆并进行车身拼装。车间主任{m}（证件号码{i}，电话{ph}）在场。涉及车辆：\n",
        d1=c.D(c.before(60, 90)),
        n=len(owners),
        m=c.N(mech),
        i=c.ID(mech),
        ph=c.PH(mech),
    )
    d.add("车主\t号牌\t车辆识别代号\t维修费\n")
    for o in owners:
        d.f(
            "{n}\t{pl}\t{v}\t{fee}\n", n=c.N(o), pl=c.plate_x(), v=c.vin(), fee=TS(f"{r.randint(3, 12)}800元")
        )
    d.f(
        "　　当事人称，拼装所用车身骨架从{sup}购入，单价{p}。\n",
        sup=TS(r.choice(["二手配件商“老马拆车”", "外省拆解厂", "网络二手平台卖家"])),
        p=TS(f"{r.randint(2, 6)}千元"),
    )
    d.add(c.evidence([F("车主{o}的询问笔录", o=c.N(owners[0])), "维修结算清单", "车间监控录像"]))
    d.f(
        "　　当事人违反了{l1}，依据{l2}，决定：没收违法所得{g}，罚款{m}。\n",
        l1=c.L("《机动车维修管理规定》第三十六条"),
        l2=c.L("《机动车维修管理规定》第五十三条"),
        g=c.M(r.randint(5, 30) * 1000),
        m=c.M(r.randint(2, 5) * 10000, 3),
    )
    d.add(c.procedure())
    d.add(c.pay(r.randint(0, 2)))
    d.add(c.rights())
    d.add(c.sign(chief=r.random() < 0.4))
    return d
