"""Held-out structures U01-U12.  Nobody tunes the redactor on documents of these structures."""

from __future__ import annotations

import kit
from kit import TS, Doc, F, H, W, bank_card, digits, go, keep, structure

HELD = "heldout"


# ---------------------------------------------------------------- U01 lifting seizure, relative signs
@structure("U01-emergency-lift-seizure-relative-signs", "coercion", "emergency", HELD)
def u01(c):
    r = c.rng
    d = Doc()
    p = c.person(age=(30, 60), local=r.random() < 0.6)
    c.as_target_person(p)
    c.set_docno("解封", fmt=0)
    cousin = c.person(age=(25, 60), male=True)
    d.add(c.header(r.choice(["解除查封（扣押）决定书", "解除行政强制措施决定书"])))
    d.add(c.N(p), "：\n")
    if r.random() < 0.5:
        d.add("（公民身份号码", c.ID(p), "，住", c.AD(p), "）\n")
    t0 = c.before(40, 90)
    orig = c.other_docno("封")
    what = r.choice(
        [("烟花爆竹", "箱", "非法储存"), ("瓶装液化石油气", "瓶", "违规充装"), ("工业酒精", "桶", "无证经营")]
    )
    n = r.randint(12, 160)
    d.add(
        "\n本局于",
        c.D(t0),
        "以",
        c.DN(orig),
        "《查封（扣押）决定书》，对你存放于",
        go("address", c.home_address(local=True)),
        "的",
        what[0],
        str(n),
        what[1],
        "实施了扣押，扣押期限三十日。",
    )
    d.add("因案情复杂，本局于", c.D(c.after(25, 29, t0)), "依法延长扣押期限三十日。\n\n")
    d.add(
        "经调查，上述物品系你",
        r.choice(["为春节期间零售", "受朋友委托代为保管", "为自家饭店使用"]),
        "而",
        what[2],
        "。你在询问中称：“",
        r.choice(["家里老人", "我爱人"]),
        H(r.choice(["患尿毒症每周透析", "刚做完肺癌手术", "有精神分裂症病史，一直在吃药"])),
        "，",
        "开销大，想多挣点钱。”\n",
    )
    d.add(
        c.evidence(
            [
                "查封（扣押）现场笔录及物品清单",
                F("对{p}的询问笔录", p=c.N(p)),
                "物品来源票据",
                "检测机构出具的鉴定意见",
            ]
        )
    )
    d.add(
        "扣押期间，上述物品存放于本局指定的专用仓库，由",
        c.ON(2),
        "负责保管，保管费用由本局承担，物品未发生损毁、灭失。\n",
    )
    d.add(
        "本局已于",
        c.D(c.before(3, 10)),
        "对你作出",
        c.DN(c.other_docno("罚")),
        "行政处罚决定，",
        r.choice(["没收违法物品", "违法物品已依法处理"]),
        "。",
    )
    d.add(
        "依据",
        c.L("《中华人民共和国行政强制法》第二十八条第一款第（四）项"),
        "，扣押的必要性已消失，本局决定自",
        c.D(c.date),
        "起解除对下列物品的扣押：\n",
    )
    d.add("| 序号 | 物品名称 | 规格 | 数量 | 备注 |\n|---|---|---|---|---|\n")
    rest = r.randint(2, 10)
    d.add("| 1 | ", r.choice(["电子台秤", "手推车", "货架"]), " | — | 1 | 与违法物品无关 |\n")
    d.add(
        "| 2 | ",
        r.choice(["面包车", "三轮摩托车"]),
        "（号牌",
        c.plate(),
        "） | — | 1 | 运输工具，予以退还 |\n",
    )
    d.add("| 3 | ", what[0], "空", what[1], " | — | ", str(rest), " | 已清空 |\n\n")
    d.add(
        "请你于",
        c.D(c.after(3, 10)),
        "前持本决定书到",
        r.choice(["本局涉案物品保管仓库", "本局执法大队"]),
        "领取上述物品。逾期不领取的，本局将依法处理。\n",
    )
    d.add(
        "本决定书由你的表兄",
        c.N(cousin),
        "（身份证号",
        c.ID(cousin),
        "，电话",
        c.PH(cousin),
        "）于",
        c.D(c.after(1, 3)),
        "代为签收，",
        c.N(cousin),
        "表示将转交本人。\n" if r.random() < 0.7 else "代为签收。\n",
    )
    d.add("执法人员：", c.ON(0), "（", c.OC(0), "）　", c.ON(1), "（", c.OC(1), "）\n\n")
    d.add(c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- U02 group rental rectification notice
@structure("U02-housing-group-rental-inspection-rectification", "inspection", "housing", HELD)
def u02(c):
    r = c.rng
    d = Doc()
    lord = c.person(age=(38, 70), local=True)
    c.as_target_person(lord)
    c.set_docno("责改", fmt=0)
    flat = f"{r.choice(c.loc.estates)}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(3, 28)}0{r.randint(1, 4)}室"
    d.add(c.header(r.choice(["责令限期改正通知书", "现场检查记录及责令整改通知书"])))
    d.add(
        "被检查人：",
        c.N(lord),
        "（房屋所有权人）　联系电话：",
        c.PH(lord),
        "\n证件号码：",
        c.ID(lord),
        "\n检查地点：",
        go("address", flat),
        "\n",
    )
    t = c.before(5, 20)
    d.add(
        "检查时间：",
        c.D(t),
        " ",
        f"{r.randint(9, 16)}时{r.choice(['00', '15', '30', '45'])}分\n检查人员：",
        c.ON(0),
        "（执法证号",
        c.OC(0),
        "）、",
        c.ON(1),
        "（执法证号",
        c.OC(1),
        "）\n\n",
    )
    rooms = r.randint(7, 12)
    d.add(
        "检查情况：该房屋建筑面积约",
        str(r.randint(88, 140)),
        "平方米，被分隔为",
        str(rooms),
        "间，使用石膏板、木板隔断，安装独立门锁，实际居住",
        str(rooms + r.randint(1, 5)),
        "人，人均居住面积不足五平方米。厨房改为卧室，阳台堆放电动车电池。现场登记部分居住人员如下：\n",
    )
    for i in range(r.randint(3, 4)):
        ten = c.person(age=(19, 45), local=r.random() < 0.3)
        st = r.randint(0, 2)
        if st == 0:
            d.add(
                f"（{i + 1}）",
                c.N(ten),
                "，",
                ten.gender,
                "，",
                str(ten.age(c.date)),
                "岁，身份证号",
                c.ID(ten),
                "，",
                r.choice(["外卖骑手", "快递员", "餐厅服务员", "网约车司机"]),
                "，电话",
                c.PH(ten),
                "；\n",
            )
        elif st == 1:
            d.add(
                f"（{i + 1}）",
                c.N(ten),
                "，户籍",
                c.AD(ten),
                "，与其",
                "妻子" if ten.male else "丈夫",
                "同住一间，",
                H(r.choice(["怀孕七个月", "孕晚期", "患有癫痫"])) if r.random() < 0.6 else "在附近工厂上班",
                "；\n",
            )
        else:
            kid = c.child(ten, age=(3, 9))
            sch, cls = c.school_class(kid)
            d.add(
                f"（{i + 1}）",
                c.N(ten),
                "，带",
                "儿子" if kid.male else "女儿",
                c.N(kid, "minor_name"),
                "（",
                str(kid.age(c.date)),
                "岁，就读于",
                go("school", sch),
                go("class", cls),
                "）居住；\n",
            )
    mgr = c.person(age=(22, 40))
    c.nickname(mgr, "小{s}")
    d.add(
        "房屋由",
        c.N(lord),
        "委托",
        c.N(mgr),
        "（二房东，租客称其“",
        c.NK(mgr),
        "”，微信号",
        c.wechat(),
        "）统一出租，每间月租",
        c.M(r.choice([600, 750, 900, 1100]), 0),
        "。\n",
    )
    d.add(
        c.N(lord),
        "在现场称：“",
        r.choice(["我人在外地，房子都是", "平时都是"]),
        c.NK(mgr),
        "在管，我不知道隔成这样。”\n\n",
    )
    d.add(
        "存在问题：\n1.擅自改变房屋原始设计用途，将厨房、阳台改为居住空间；\n2.每间居住人数超过规定，违反",
        c.L("《商品房屋租赁管理办法》第八条"),
        "；\n3.",
        r.choice(["室内为电动自行车充电", "疏散通道被杂物堵塞", "未配置灭火器"]),
        "，违反",
        c.L("《" + c.loc.prov + "消防条例》"),
        "相关规定。\n\n",
    )
    due = c.after(7, 20, t)
    d.add(
        "整改要求：依据",
        c.L("《商品房屋租赁管理办法》第二十二条"),
        "，责令你于",
        c.D(due),
        "前拆除隔断、恢复原状，按规定标准出租。逾期不改正的，本局将依法对你处以罚款。\n\n",
    )
    d.add(
        "告知事项：你对本通知认定的事实有异议的，可以在收到本通知之日起三日内向本局提出书面陈述和申辩。本局将于整改期满后进行复查，复查时请",
        c.N(lord),
        "本人或委托人到场。对居住人员的安置，街道、社区将提供租房信息协助。\n",
    )
    d.add(
        "现场取证：现场照片",
        str(r.randint(8, 20)),
        "张、执法记录仪视频",
        str(r.randint(2, 5)),
        "段、租赁合同复印件",
        str(r.randint(2, 6)),
        "份。\n\n",
    )
    d.add(
        "在场人员签字：\n被检查人：",
        c.N(lord),
        "　见证人：",
        c.N(mgr),
        "\n检查人员：",
        c.ON(0),
        "、",
        c.ON(1),
        "\n\n",
    )
    d.add(c.sign(contact=True))
    return d


# ---------------------------------------------------------------- U03 land acquisition compensation decision
@structure("U03-gov-land-acquisition-household-compensation", "levy", "gov", HELD)
def u03(c):
    r = c.rng
    d = Doc()
    head = c.person(age=(45, 75), local=True)
    head.address = f"{c.loc.dist or c.loc.city}{r.choice(c.loc.towns)}{c.rural_addr()}{r.randint(1, 80)}号"
    c.as_target_person(head)
    c.set_docno("征补", fmt=0)
    d.add(c.header("征收土地补偿安置决定书"))
    d.add(
        "被征收人（户主）：",
        c.N(head),
        "\n身份证号码：",
        c.ID(head, old=r.random() < 0.4),
        "\n住址：",
        c.AD(head),
        "\n\n",
    )
    appr = f"{c.loc.prov[:2]}政土批〔{c.date.year - 1}〕{r.randint(10, 400)}号"
    d.add(
        "经",
        keep("agency", f"{c.loc.prov}人民政府"),
        "批准（",
        c.DN(appr),
        "），征收",
        c.loc.dist or c.loc.city,
        r.choice(c.loc.towns),
        r.choice(c.loc.villages),
        "集体土地",
        str(r.randint(20, 300)),
        "公顷，用于",
        r.choice(["城市道路建设", "产业园区项目", "安置房建设"]),
        "。",
    )
    c.extra_keep.append(f"{c.loc.prov}人民政府")
    d.add(
        "本府于",
        c.D(c.before(120, 200)),
        "发布征收土地预公告，于",
        c.D(c.before(60, 100)),
        "发布补偿安置方案公告。因被征收人",
        c.N(head),
        "在规定期限内未签订补偿安置协议，依据",
        c.L("《中华人民共和国土地管理法》第四十七条第四款"),
        "和",
        c.L("《中华人民共和国土地管理法实施条例》第三十一条"),
        "，作出本决定。\n\n",
    )
    d.add("一、被征收户基本情况\n")
    fam = [("户主", head)]
    sp = c.person(age=(40, 72), male=not head.male)
    fam.append(("配偶", sp))
    son = c.relative(head, True, (max(18, head.age(c.date) - 35), max(19, head.age(c.date) - 20)))
    fam.append(("儿子", son))
    d.add("户籍人口", str(len(fam) + 1), "人：")
    for rel, m in fam[1:]:
        d.add(rel, c.N(m), "（", c.ID(m), "）、")
    gk = c.child(head, age=(3, 12))
    d.add("孙", "子" if gk.male else "女", c.N(gk, "minor_name"), "（", str(gk.age(c.date)), "岁）。")
    d.add(
        "其中",
        c.N(sp),
        H(r.choice(["系肢体残疾三级", "患精神分裂症，需长期服药", "患慢性肾衰竭"])),
        "，按规定增加困难补助。\n\n",
    )
    area = r.randint(160, 420)
    d.add(
        "二、补偿内容\n经具备资质的评估机构评估并经公示，该户被征收宅基地面积",
        str(r.randint(120, 300)),
        "平方米，房屋建筑面积",
        str(area),
        "平方米，承包耕地",
        str(r.randint(2, 9)),
        ".",
        str(r.randint(1, 9)),
        "亩。补偿如下：\n",
    )
    items = [
        ("土地补偿费", r.randint(6, 20) * 10000),
        ("房屋及地上附着物补偿费", area * r.randint(900, 1600)),
        ("青苗补偿费", r.randint(2, 9) * 1000),
        ("搬迁及过渡费", r.randint(8, 30) * 1000),
    ]
    tot = 0
    for k, v in items:
        d.add("（", "一二三四"[items.index((k, v))], "）", k, c.M(v, 0), "；\n")
        tot += v
    d.add(
        "合计",
        c.M(tot, r.choice([0, 2])),
        "（大写：",
        c.M(tot, 3),
        "）。\n另安排安置房",
        str(len(fam) + 1),
        "人份，按",
        c.M(r.choice([1800, 2200, 2600]), 0),
        "每平方米价格购置。\n\n",
    )
    d.add(
        "三、补偿款支付\n补偿款存入被征收人",
        c.N(head),
        "指定账户（",
        r.choice(["农村商业银行", "邮储银行"]),
        "，账号",
        go("bank_account", bank_card(r)),
        "）。被征收人应于",
        c.D(c.after(20, 40)),
        "前完成搬迁并交付土地。\n\n",
    )
    d.add(
        "四、其他事项\n本府于",
        c.D(c.before(20, 40)),
        "组织召开听证会，",
        c.N(head),
        "委托其",
        "儿子",
        c.N(son),
        "（电话",
        c.PH(son),
        "）参加，提出",
        r.choice(["房屋评估价偏低", "应按商业用地补偿", "要求增加一套安置房"]),
        "的意见。经复核，评估程序合法，该意见不予采纳。",
    )
    d.add(
        "被征收户中符合条件的",
        c.N(head),
        "、",
        c.N(sp),
        "纳入被征地农民养老保障，按",
        c.L("《" + c.loc.prov + "被征地农民社会保障办法》"),
        "办理。\n\n",
    )
    d.add(c.rights(style=r.choice([0, 1])), c.sign())
    return d


# ---------------------------------------------------------------- U04 social insurance back-payment levy
@structure("U04-tax-injury-insurance-backpay-employee-list", "levy", "tax", HELD)
def u04(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["保安服务", "家政服务", "餐饮管理", "快递"]))
    c.as_target_company(co)
    c.set_docno("社费征", fmt=0)
    d.add(c.header(r.choice(["社会保险费补缴决定书", "社会保险费限期缴纳决定书"])))
    d.add(
        "缴费单位：",
        c.CO(co),
        "\n统一社会信用代码（纳税人识别号）：",
        c.CC(co),
        "\n法定代表人：",
        c.REP(co),
        "\n\n",
    )
    inj = c.person(age=(25, 55))
    t = c.before(60, 140)
    d.add(
        "经",
        keep(
            "agency",
            c.loc.city + c.loc.dist + "人力资源和社会保障局"
            if c.loc.dist
            else c.loc.city + "人力资源和社会保障局",
        ),
        "于",
        c.D(t),
        "移交，我局查明：你单位职工",
        c.N(inj),
        "于",
        c.D(c.before(150, 300)),
        "在工作中",
        H(r.choice(["摔倒致右髌骨骨折", "被车辆撞伤致多发肋骨骨折", "切菜时切断左手拇指肌腱"])),
        "，",
    )
    d.add(
        "申请工伤认定时发现你单位自",
        str(c.date.year - 1),
        "年起未为部分职工足额缴纳工伤保险费和基本养老保险费。未缴人员名单如下：\n",
    )
    tot = 0
    hdr = r.randint(0, 1)
    if hdr == 0:
        d.add("姓名 | 社会保障号码 | 社保卡号 | 月缴费工资 | 欠缴月数\n")
    people = [inj] + [c.person(age=(20, 58)) for _ in range(r.randint(2, 4))]
    for p in people:
        wage = r.choice([2800, 3200, 3650, 4100, 4800, 5500])
        months = r.randint(3, 14)
        tot += int(wage * months * 0.18)
        card = r.choice("ABCDEFGHJ") + digits(r, 8, "0123456789")
        if hdr == 0:
            d.add(
                c.N(p),
                " | ",
                c.ID(p),
                " | ",
                go("ss_card", card),
                " | ",
                W(f"{wage}元"),
                " | ",
                str(months),
                "\n",
            )
        else:
            d.add(
                c.N(p),
                "：社会保障号码",
                c.ID(p),
                "，卡号",
                go("ss_card", card),
                "，实发工资",
                W(f"{wage}元/月"),
                "，欠缴",
                str(months),
                "个月；\n",
            )
    d.add(
        "\n你单位人事专员",
        (lambda hr: [c.N(hr), "（电话", c.PH(hr), "）"])(c.person(age=(24, 45))),
        "在询问中表示，“",
        r.choice(["试用期员工公司一般不交社保", "员工自己说不要交，要现金", "老板说等转正再交"]),
        "”。\n\n",
    )
    d.add(
        "我局于",
        c.D(c.before(20, 40)),
        "向你单位送达",
        c.DN(c.other_docno("社费通")),
        "《社会保险费限期缴纳通知书》，你单位在规定期限内未补缴，亦未提出异议。\n",
    )
    d.add(
        "依据",
        c.L("《中华人民共和国社会保险法》第六十三条第一款"),
        "和",
        c.L("《社会保险费征缴暂行条例》第十三条"),
        "，决定如下：\n",
    )
    d.add(
        "1.你单位应于",
        c.D(c.after(10, 20)),
        "前补缴上述人员社会保险费共计",
        c.M(tot, 2),
        "（单位部分与个人部分合计）；\n",
    )
    d.add(
        "2.自欠缴之日起，按日加收万分之五的滞纳金，",
        c.M(int(tot * 0.07), 0),
        "（暂计至",
        c.D(c.date),
        "）；\n3.缴款可通过电子税务局或到办税服务厅办理。\n",
    )
    d.add(
        "逾期仍不缴纳的，依照",
        c.L("《中华人民共和国社会保险法》第八十六条"),
        "处欠缴数额一倍以上三倍以下的罚款，并可申请人民法院强制执行。\n\n",
    )
    d.add(c.rights(style=r.choice([1, 2])), c.sign())
    return d


# ---------------------------------------------------------------- U05 homestead ownership dispute
@structure("U05-gov-homestead-boundary-dispute-ruling", "ruling", "gov", HELD)
def u05(c):
    r = c.rng
    d = Doc()
    a = c.person(age=(40, 75), local=True, male=True)
    b = c.person(age=(40, 75), local=True)
    c.as_target_person(a)
    c.set_docno("土权", fmt=0)
    town = r.choice(c.loc.towns)
    vil = r.choice(c.loc.villages)
    grp = r.choice(kit.GROUPS)
    a.address = f"{c.loc.dist or c.loc.city}{town}{vil}{grp}"
    b.address = f"{vil}{grp}{r.randint(1, 60)}号"
    old1 = c.person(age=(75, 92), male=True, local=True)
    c.nickname(old1, "{s}老汉")
    cadre = c.person(age=(40, 60), local=True)
    d.add(c.header("土地权属争议处理决定书"))
    d.add(
        "申请人：",
        c.N(a),
        "，",
        a.gender,
        "，",
        str(a.age(c.date)),
        "岁，",
        a.ethnicity,
        "，住",
        c.AD(a),
        "，身份证号",
        c.ID(a),
        "。\n",
    )
    d.add(
        "委托代理人：",
        (lambda ag: [c.N(ag), "，系申请人之", r.choice(["子", "女", "侄子"]), "，电话", c.PH(ag)])(
            c.person(age=(25, 45))
        ),
        "。\n",
    )
    d.add(
        "被申请人：",
        c.N(b),
        "，",
        b.gender,
        "，",
        str(b.age(c.date)),
        "岁，住",
        c.AD(b),
        "，联系电话",
        c.PH(b),
        "。\n\n",
    )
    t = c.before(90, 200)
    d.add(
        "申请人与被申请人因",
        vil,
        grp,
        "一处宅基地（东西宽约",
        str(r.randint(6, 14)),
        "米，南北长约",
        str(r.randint(10, 25)),
        "米）的使用权发生争议，经",
        town,
        "人民政府调解未果。申请人于",
        c.D(t),
        "向本府申请处理，本府依法受理。\n\n",
    )
    d.add(
        "申请人称：该地块系其父亲",
        (lambda f: c.N(f))(c.person(age=(80, 95), male=True, local=True)),
        "于一九八",
        str(r.randint(0, 9)),
        "年经生产队同意建房使用，",
        str(r.randint(1995, 2010)),
        "年旧房倒塌后一直作为菜地。\n",
    )
    d.add(
        "被申请人称：该地块原为其家自留地，",
        c.N(a),
        "家借用种菜，",
        r.choice(["二〇一二年", "二〇〇八年", "二〇一六年"]),
        "其已取得集体土地使用证。被申请人另称其",
        H(r.choice(["患有冠心病", "因中风行动不便", "独居且患糖尿病多年"])),
        "，急需在该地块建房与子女同住。\n\n",
    )
    d.add(
        "本府于",
        c.D(c.after(15, 40, t)),
        "组织",
        keep(
            "agency",
            (c.loc.dist or c.loc.city)
            + town.replace("街道", "街道办事处")
            + ("人民政府" if town.endswith(("镇", "乡")) else ""),
        ),
        "、村民委员会及双方当事人进行现场勘查，",
        c.N(b),
        "在勘查笔录上签字确认，",
        c.N(a),
        "因",
        H(r.choice(["腿部骨折行动不便", "住院做白内障手术", "患肺气肿"])),
        "由委托代理人到场。其后本府两次组织调解，双方均不同意对方方案。\n\n",
    )
    d.add(
        "本府查明：\n1.",
        r.choice(["一九九三年", "一九八九年"]),
        "农村宅基地清查登记表记载该地块使用人为申请人家庭；\n",
    )
    d.add(
        "2.村民",
        c.N(old1),
        "（",
        str(old1.age(c.date)),
        "岁）证言：“那块地原来是",
        c.S(a),
        "家老屋，塌了以后才种菜的。”当地村民习惯称其为",
        c.NK(old1),
        "，其系原生产队会计；\n",
    )
    d.add(
        "3.村民委员会原主任",
        c.N(cadre),
        "证实被申请人所持土地使用证",
        r.choice(["四至记载有误", "未经村民会议讨论"]),
        "；\n4.现场勘测图及",
        r.choice(["航拍影像", "二调图斑"]),
        "。\n\n",
    )
    d.add(
        "本府认为，申请人家庭自二十世纪八十年代起合法使用该地块，被申请人所持证书记载的四至与实际不符。依据",
        c.L("《中华人民共和国土地管理法》第十四条"),
        "和",
        c.L("《土地权属争议调查处理办法》第二十二条"),
        "，决定如下：\n",
    )
    d.add(
        "争议宅基地使用权归申请人",
        c.N(a),
        "所有。被申请人所持集体土地使用证中涉及争议地块部分，由",
        keep("agency", c.loc.city + c.loc.dist + "自然资源局" if c.loc.dist else c.loc.city + "自然资源局"),
        "依法予以更正。\n\n",
    )
    d.add(
        "当事人对本决定不服的，可以自收到本决定书之日起六十日内向",
        c.RB(),
        "申请行政复议，或者在六个月内向",
        c.CT(),
        "提起行政诉讼。\n",
    )
    d.add(c.sign())
    return d


# ---------------------------------------------------------------- U06 hearing record summary
@structure("U06-market-hearing-record-summary", "other", "market", HELD)
def u06(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["食品", "建材", "医疗器械", "汽车销售"]))
    c.as_target_company(co)
    c.set_docno("听", fmt=0)
    law = c.person(age=(28, 55))
    staff = c.person(age=(25, 50))
    wit = c.person(age=(30, 65))
    d.add(c.A(), "\n听证笔录（摘要）\n", c.DN(), "\n\n")
    t = c.before(5, 20)
    case = r.randint(0, 2)
    d.add(
        "案由：",
        c.CO(co),
        ["销售不合格产品案", "虚假宣传案", "商业贿赂案"][case],
        "\n听证时间：",
        c.D(t),
        " 9时30分至11时50分\n听证地点：本局听证室\n",
    )
    d.add(
        "听证主持人：",
        c.ON(2),
        "　听证员：",
        keep("officer_name", c.ag.chief[0]),
        "　记录员：",
        keep("officer_name", [o for o in c.ag.officers if o not in c.offs][0][0]),
        "\n",
    )
    d.add("案件调查人员：", c.ON(0), "（", c.OC(0), "）、", c.ON(1), "（", c.OC(1), "）\n")
    d.add(
        "当事人：",
        c.CO(co),
        "，法定代表人",
        c.REP(co),
        "因",
        H(r.choice(["腰椎骨折住院", "心脏手术后静养", "确诊抑郁症住院治疗"])),
        "未到场，委托",
        c.N(law),
        "（" + r.choice(["湖南", "安徽", "陕西", "广西"]) + "某律师事务所律师）和公司员工",
        c.N(staff),
        "参加听证。\n\n",
    )
    d.add(
        "一、调查人员意见\n调查人员",
        c.ON(0),
        "陈述：当事人于",
        c.D(c.before(100, 200)),
        "至",
        c.D(c.before(60, 95)),
        "期间",
        ["销售抽检不合格的产品", "发布虚假宣传内容", "向采购人员支付回扣"][case],
        "，拟处罚款",
        c.M(r.choice([100000, 200000, 300000, 500000])),
        "。\n\n",
    )
    d.add(
        "二、当事人申辩意见\n",
        c.N(law),
        "提出：1.处罚过重。当事人该产品",
        TS(
            r.choice(
                [
                    "进价为每件118元、售价139元，毛利率仅约15%",
                    "年销售额约600万元，净利润不足20万元",
                    "对主要客户某连锁超市和某社区团购平台的供货价为出厂价的八五折",
                ]
            )
        ),
        "，罚款将导致企业停产；",
    )
    if case == 2:
        d.add(
            "2.所谓“回扣”实为",
            TS(r.choice(["按年度采购额2%返还的销售折扣", "支付给经销商的市场推广费，每单返点3%"])),
            "，已如实入账。\n",
        )
    elif case == 0:
        d.add(
            "2.不合格项目系",
            TS(r.choice(["配方中山梨酸钾添加比例为0.12%", "杀菌工艺温度设定为82℃、保持15分钟"])),
            "，偏差源于原料批次，并非故意。\n",
        )
    else:
        d.add(
            "2.宣传内容依据的是",
            TS(
                r.choice(
                    [
                        "主要供货商某生物科技公司提供的检测数据，采购价每公斤260元",
                        "与某电商平台约定的推广返点8%",
                    ]
                )
            ),
            "，当事人已尽审查义务。\n",
        )
    d.add(
        c.N(staff),
        "补充：“公司的客户名单里有",
        TS(r.choice(["十七家医院", "三十多家学校食堂", "四个县的建材市场"])),
        "，如果公示出去我们就没法做了，请求不公开这部分。”\n\n",
    )
    d.add(
        "三、质证\n当事人申请证人",
        c.N(wit),
        "（",
        r.choice(["原销售经理", "采购人员", "仓库保管员"]),
        "）出庭。",
        c.N(wit),
        "称：“",
        r.choice(
            ["返点都是财务统一打到对方公司账上，不是给个人的。", "那批货是我经手的，进货时有检验报告。"]
        ),
        "”调查人员对证言真实性无异议，但认为与本案事实关联性不足。\n\n",
    )
    d.add(
        "当事人当庭提交了新证据三份：",
        r.choice(["年度审计报告", "与客户签订的框架协议", "产品出厂检验报告"]),
        "、",
        r.choice(["情况说明", "员工考勤表"]),
        "及",
        c.REP(co),
        "的住院证明。调查人员对其中涉及",
        r.choice(["供货商名称与结算价格", "客户名单及折扣比例", "配方比例和工艺温度"]),
        "的部分申请不予公开，主持人同意。\n\n",
    )
    d.add(
        "四、最后陈述\n",
        c.N(law),
        "请求依照",
        c.L("《中华人民共和国行政处罚法》第三十二条"),
        "从轻处罚。调查人员坚持原处罚意见。\n\n",
    )
    d.add(
        "本次听证系根据当事人于",
        c.D(c.before(10, 25, t)),
        "提出的申请举行，本局已于听证七日前送达",
        c.DN(c.other_docno("听通")),
        "《听证通知书》。听证笔录已交当事人及证人核对，确认无误后签名。\n",
    )
    d.add(
        "听证主持人意见：本案事实清楚，建议",
        r.choice(["维持拟处罚意见", "对罚款数额适当调整", "补充调查后再行决定"]),
        "，报本局负责人审定。\n",
    )
    d.add(
        "\n参加人签名：",
        c.N(law),
        "、",
        c.N(staff),
        "、",
        c.N(wit),
        "\n记录人：",
        keep("officer_name", [o for o in c.ag.officers if o not in c.offs][0][0]),
        "\n",
        c.A(),
        "\n",
        c.D(c.date),
        "\n",
    )
    return d


# ---------------------------------------------------------------- U07 petition reply
@structure("U07-urban-petition-noise-complaint-reply", "other", "urban", HELD)
def u07(c):
    r = c.rng
    d = Doc()
    pet = c.person(age=(30, 75))
    c.as_target_person(pet)
    c.set_docno("信复", fmt=0)
    shop_op = c.person(age=(30, 55))
    c.nickname(shop_op, "{s}老板")
    d.add(c.A(), "\n信访事项处理意见书\n", c.DN(), "\n\n")
    d.add(c.N(pet), r.choice(["：", "同志："]), "\n")
    if r.random() < 0.5:
        d.add("（身份证号", c.ID(pet), "，住", c.AD(pet), "，联系电话", c.PH(pet), "）\n")
    else:
        d.add("（单位电话", c.landline(ext=True), "，电子邮箱", c.email(), "）\n")
    t = c.before(20, 55)
    d.add(
        "\n你于",
        c.D(t),
        "通过",
        r.choice(["“12345”政务服务便民热线", "信访信息系统", "来信"]),
        "反映的信访事项，本局已于",
        c.D(c.after(2, 3, t)),
        "受理。现将处理意见答复如下：\n\n",
    )
    d.add(
        "一、信访事项\n你反映：住所楼下",
        r.choice(["烧烤店", "KTV", "夜宵大排档", "汽车美容店"]),
        "（经营者人称",
        c.NK(shop_op),
        "）每晚营业至凌晨两三点，噪声和油烟扰民，",
        r.choice(["你母亲", "你本人", "你爱人"]),
        H(
            r.choice(
                [
                    "因长期失眠诱发抑郁症，服药至今",
                    "患有高血压，夜里常被吵醒后血压升高",
                    "怀孕五个月，睡眠严重不足",
                ]
            )
        ),
        "；",
    )
    kid = c.child(pet, age=(9, 17))
    sch, cls = c.school_class(kid)
    d.add(
        "你的孩子",
        c.N(kid, "minor_name"),
        "在",
        go("school", sch),
        go("class", cls),
        "就读，",
        r.choice(["面临中考", "面临高考", "成绩明显下降"]),
        "。你要求依法取缔该店。\n\n",
    )
    d.add(
        "二、调查核实情况\n本局执法人员",
        c.ON(0),
        "、",
        c.ON(1),
        "于",
        c.D(c.after(4, 10, t)),
        "夜间两次到现场检测，该店经营时段社会生活环境噪声排放值为",
        str(r.randint(56, 68)),
        "dB(A)，超过",
        c.STD("GB 22337-2008"),
        "规定的夜间",
        r.choice(["45", "50"]),
        "dB(A)限值。",
    )
    d.add(
        "经营者",
        c.N(shop_op),
        "（电话",
        c.PH(shop_op),
        "）表示“",
        r.choice(["店里全靠晚上这点生意", "已经换了静音风机"]),
        "”。同楼居民",
        (lambda n: c.N(n))(c.person(age=(40, 80))),
        "亦反映夜间噪声明显，另有居民" + r.choice(["王某", "赵某某", "李**"]) + "表示可以接受。\n\n",
    )
    d.add(
        "你于",
        c.D(c.after(12, 18, t)),
        "再次来访，",
        r.choice(["由你的丈夫", "由你的妻子", "由你的弟弟"]),
        (lambda n: c.N(n))(c.person(age=(30, 75))),
        "陪同，本局",
        c.ON(2),
        "接待并听取了意见，你提出希望夜间加强巡查。\n",
    )
    d.add(
        "本局已将本信访事项及处理情况通报",
        r.choice(c.loc.towns),
        "和辖区生态环境部门，建立联合巡查机制。\n\n",
    )
    d.add(
        "三、处理意见\n1.本局已于",
        c.D(c.before(5, 12)),
        "对该店作出",
        c.DN(c.other_docno("罚")),
        "行政处罚决定，并责令其晚22时后停止室外经营；\n2.已督促其安装油烟净化设施，",
        c.D(c.before(1, 4)),
        "复查时已整改到位；\n3.你提出“取缔”的要求，因该店证照齐全，缺乏法律依据，本局不予支持。\n\n",
    )
    d.add(
        "本意见书依据",
        c.L("《信访工作条例》第三十二条"),
        "作出。你反映的噪声扰民问题属于本局职责范围，本局将在此后三个月内每月至少组织一次夜间巡查，巡查结果可通过",
        c.AC("hotline"),
        "查询。你的个人信息和信访内容，本局将依法保密，不会透露给被反映人。\n\n",
    )
    d.add(
        "你如对本处理意见不服，可以自收到本意见书之日起三十日内，依据",
        c.L("《信访工作条例》第三十五条"),
        "向",
        c.RB(),
        "请求复查。\n",
    )
    d.add("联系人：", c.ON(2), "，联系电话：", c.AC("phone"), "\n", c.sign(contact=False))
    return d


# ---------------------------------------------------------------- U08 enforcement urge notice (overload fines)
@structure("U08-transport-overload-fine-enforcement-urge", "coercion", "transport", HELD)
def u08(c):
    r = c.rng
    d = Doc()
    drv = c.person(age=(28, 58), male=True, local=r.random() < 0.5)
    c.as_target_person(drv)
    c.set_docno("催", fmt=0)
    truck = c.plate(r.choice([0, 1, 4]), foreign=r.random() < 0.4)
    trailer = go("plate", kit.plate(r, c.loc.pa, c.loc.pl, 0)[:-1] + "挂") if r.random() < 0.5 else None
    d.add(c.header("行政强制执行事先催告书"))
    d.add("当事人：", c.N(drv), "\n")
    st = r.randint(0, 1)
    if st == 0:
        d.add("机动车驾驶证号：", go("driver_license", drv.id18), "\n住址：", c.AD(drv), "\n")
    else:
        d.add("身份证号：", c.ID(drv), "\n档案编号：", go("driver_license", digits(r, 12, "1234")), "\n")
    d.add("\n")
    t = c.before(200, 320)
    fine = r.choice([3000, 5000, 10000, 20000, 30000])
    pen_day = c.after(10, 25, t)
    orig = c.other_docno("罚", when=pen_day)
    d.add(
        "你于",
        c.D(t),
        "驾驶",
        truck,
        "号重型半挂牵引车",
        ["（挂车号牌", trailer, "）"] if trailer else "",
        "在",
        r.choice(["G4京港澳高速", "G60沪昆高速", "国道207线", "省道S103线"]),
        "超限检测站被查获，车货总质量",
        str(r.randint(52, 78)),
        ".",
        str(r.randint(1, 9)),
        "吨，超过限定标准",
        str(r.randint(6, 30)),
        "吨。",
    )
    d.add(
        "本局于",
        c.D(pen_day),
        "作出",
        c.DN(orig),
        "《行政处罚决定书》，对你处以罚款",
        c.M(fine),
        "，并已依法送达。你在法定期限内未申请行政复议或提起行政诉讼，至今未履行。\n\n",
    )
    d.add(
        "经检测，该车为",
        r.choice(["六轴", "五轴"]),
        "车辆，所运货物为",
        r.choice(["钢材", "砂石", "煤炭", "水泥"]),
        "。你曾于",
        c.D(c.after(3, 8, t)),
        "向本局提交书面说明，称车辆挂靠经营、",
        r.choice(["运费被货主拖欠", "家庭困难"]),
        "，请求减免罚款，本局已在处罚时予以考虑。\n",
    )
    d.add(
        "本催告书送达后，你可以依据",
        c.L("《中华人民共和国行政处罚法》第六十六条第二款"),
        "申请暂缓或者分期缴纳罚款。\n\n",
    )
    d.add(
        "根据",
        c.L("《中华人民共和国行政强制法》第三十五条"),
        "和",
        c.L("《中华人民共和国行政强制法》第五十四条"),
        "的规定，现催告你在收到本催告书之日起十日内履行下列义务：\n",
    )
    late = min(fine, fine * 3 // 100 * r.randint(30, 60))
    d.add(
        "1.缴纳罚款",
        c.M(fine, 0),
        "；\n2.缴纳加处罚款",
        c.M(late, 0),
        "（按日加收罚款数额的百分之三，不超过罚款数额）。\n",
    )
    d.add(c.pay(style=2))
    owner_p = c.person(age=(30, 60))
    d.add(
        "经查询车辆登记信息，",
        truck,
        "登记所有人为",
        c.N(owner_p),
        "，你系受雇驾驶。依法该罚款应由你本人承担。",
    )
    d.add(
        "本催告书系申请人民法院强制执行前的法定程序，你在收到本催告书后仍可主动履行，履行后本局将不再申请强制执行。\n"
    )
    d.add("\n你有权进行陈述和申辩。逾期未履行的，本局将依法申请", c.CT(), "强制执行。\n\n")
    mode = r.randint(0, 2)
    relw = r.choice(["妻子", "父亲", "母亲"])
    if relw == "父亲":
        rel = c.relative(drv, True, (drv.age(c.date) + 22, drv.age(c.date) + 32))
    elif mode == 1:
        rel = c.relative(drv, True, (max(18, drv.age(c.date) - 10), drv.age(c.date) - 1))
    else:
        rel = c.person(age=(25, 70), male=False)
    if mode == 0:
        d.add(
            "送达情况：执法人员于",
            c.D(c.after(1, 3)),
            "到",
            c.N(drv),
            "住所送达，",
            c.N(drv),
            "外出跑车，由其",
            relw,
            c.N(rel),
            "（电话",
            c.PH(rel),
            "）代为签收。\n",
        )
    elif mode == 1:
        d.add(
            "送达情况：经电话（",
            c.PH(drv),
            "）联系，",
            c.N(drv),
            "称其",
            H(r.choice(["因车祸腰椎骨折正在住院", "心梗后在家休养", "确诊肝癌正在化疗"])),
            "，无力缴纳；本催告书由其弟",
            c.N(rel),
            "代收。\n",
        )
    else:
        d.add(
            "送达情况：当事人下落不明，本催告书于",
            c.D(c.after(1, 5)),
            "在本局公告栏及网站",
            c.AC("website"),
            "公告送达。当事人所属车辆挂靠单位",
            (lambda co: c.CO(co))(c.company("物流")),
            "已被告知。\n",
        )
    d.add(c.sign(contact=True))
    return d


# ---------------------------------------------------------------- U09 kindergarten incident decision
@structure("U09-edu-kindergarten-child-harm-penalty", "penalty", "edu", HELD)
def u09(c):
    r = c.rng
    d = Doc()
    co = c.company("幼儿园", suffix="", kind="52")
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 3))
    teach = c.person(age=(20, 35), male=False, local=r.random() < 0.5)
    helper = c.person(age=(40, 58), male=False)
    c.nickname(helper, r.choice(["{s}阿姨", "{s}老师"]))
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人：",
        c.CO(co),
        "（民办非企业单位）\n统一社会信用代码：",
        c.CC(co),
        "\n",
        r.choice(["法定代表人", "园长"]),
        "：",
        c.REP(co),
        "\n\n",
    )
    t = c.before(40, 100)
    kids = []
    d.add(
        "经查，",
        c.D(t),
        "午睡期间，当事人",
        r.choice(["中班", "小班", "大班"]),
        "带班教师",
        c.N(teach),
        "以",
        r.choice(["针扎", "胶带封嘴", "罚站并推搡", "揪耳朵"]),
        "等方式体罚不按时入睡的幼儿。受到伤害的幼儿包括：\n",
    )
    for i in range(r.randint(2, 4)):
        par = c.person(age=(26, 40))
        kid = c.child(par, age=(3, 5))
        sch, cls = c.school_class(kid)
        kids.append((kid, par))
        st = r.randint(0, 1)
        if st == 0:
            d.add(
                f"{i + 1}.",
                c.N(kid, "minor_name"),
                "，",
                str(kid.age(c.date)),
                "岁，",
                go("class", cls),
                "，",
                H(
                    r.choice(
                        [
                            "手臂多处针眼状伤痕",
                            "嘴角皮肤红肿破损",
                            "左耳廓挫伤",
                            "出现夜惊、拒绝入园等应激反应",
                        ]
                    )
                ),
                "，家长",
                c.N(par, "guardian_name"),
                "（",
                c.PH(par),
                "）；\n",
            )
        else:
            d.add(
                f"{i + 1}.",
                c.N(par, "guardian_name"),
                "之",
                "子" if kid.male else "女",
                c.N(kid, "minor_name"),
                "（",
                str(kid.age(c.date)),
                "周岁），经医院诊断为",
                H(r.choice(["背部软组织挫伤", "急性应激障碍", "上臂皮下出血"])),
                "；\n",
            )
    k0, p0 = kids[0]
    d.add(
        "\n事件由",
        c.N(p0, "guardian_name"),
        "发现孩子身上伤痕后报警。保育员",
        c.N(helper),
        "证实：“",
        c.S(teach),
        "嫌孩子吵，",
        r.choice(["拿了个别针", "拿胶带", "推到墙角"]),
        "，我劝过。”园内监控显示类似情形自",
        c.D(c.before(60, 120, t)),
        "起至少发生",
        str(r.randint(3, 9)),
        "次。",
    )
    d.add(
        "公安机关已对",
        c.N(teach),
        "依法处理。另查明，",
        c.N(teach),
        "未取得幼儿园教师资格证，当事人未对其进行入职背景查询。\n\n",
    )
    d.add(
        c.evidence(
            [
                "监控视频光盘",
                "幼儿就诊病历",
                F("家长{p}的陈述", p=c.N(p0, "guardian_name")),
                F("保育员{h}的证言", h=c.N(helper)),
                "教职工花名册及资格证书",
            ]
        )
    )
    d.add(c.procedure(start=t))
    d.add(
        "本局认为，当事人聘用不具备资格的人员并对体罚幼儿行为管理失职，违反了",
        c.L("《中华人民共和国学前教育法》第四十八条"),
        "和",
        c.L("《幼儿园管理条例》第十七条"),
        "。依据",
        c.L("《中华人民共和国学前教育法》第八十条"),
        "，决定：\n",
    )
    d.add(
        "一、给予警告；\n二、罚款",
        c.M(r.choice([50000, 100000, 200000])),
        "；\n三、责令解聘",
        c.N(teach),
        "，五年内不得聘用其从事教育教学工作。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- U10 disability certificate / hardship confirmation
@structure("U10-civil-disability-hardship-support-confirmation", "confirmation", "civil", HELD)
def u10(c):
    r = c.rng
    d = Doc()
    p = c.person(age=(18, 60), local=True)
    c.as_target_person(p)
    c.set_docno("特困认", fmt=0)
    grel = r.choice(["姐姐", "叔叔", "堂兄", "村委会指定"])
    if grel == "叔叔":
        g = c.relative(p, True, (p.age(c.date) + 8, p.age(c.date) + 20))
    elif grel == "堂兄":
        g = c.relative(p, True, (p.age(c.date) + 1, p.age(c.date) + 9))
    elif grel == "姐姐":
        g = c.relative(p, False, (p.age(c.date) + 1, p.age(c.date) + 8))
    else:
        g = c.person(age=(40, 60))
    kind = r.choice(
        [
            ("精神", "二", "精神分裂症，病程十余年"),
            ("智力", "一", "先天性智力发育迟缓，智商测定为34"),
            ("肢体", "二", "双下肢截瘫，系车祸后遗症"),
            ("视力", "一", "双眼视神经萎缩"),
        ]
    )
    cat = {"视力": "1", "听力": "2", "言语": "3", "肢体": "4", "智力": "5", "精神": "6"}[kind[0]]
    grade = {"一": "1", "二": "2"}[kind[1]]
    d.add(c.header("特困人员供养认定决定书"))
    d.add(
        "申请人：",
        c.N(p),
        "，",
        p.gender,
        "，",
        c.BD(p, r.choice([0, 1])),
        "出生，",
        p.ethnicity,
        "\n残疾人证号：",
        go("id_number", p.id18 + cat + grade),
        "\n住址：",
        c.AD(p),
        "\n",
    )
    d.add("监护人：", c.N(g), "（", grel, "），电话", c.PH(g), "\n\n")
    t = c.before(30, 60)
    d.add(
        c.N(p),
        "（由监护人",
        c.N(g),
        "代为）于",
        c.D(t),
        "向",
        r.choice(c.loc.towns),
        "提出特困人员救助供养申请。经乡镇（街道）审核、入户调查和",
        r.choice(["村", "社区"]),
        "公示，现认定情况如下：\n\n",
    )
    d.add(
        "一、残疾及健康状况：申请人持有",
        kind[0],
        "残疾",
        kind[1],
        "级残疾人证，",
        H(kind[2]),
        "；",
        H(
            "长期服用奥氮平等药物"
            if kind[0] == "精神"
            else r.choice(["另患有二型糖尿病", "生活不能自理，需专人照护", "伴有癫痫，每月发作一至两次"])
        ),
        "。\n",
    )
    d.add(
        "二、家庭情况：申请人父",
        r.choice(["已去世", "于二〇一九年去世"]),
        "，母亲",
        (lambda m: c.N(m))(c.person(age=(p.age(c.date) + 20, p.age(c.date) + 32), male=False)),
        H(r.choice(["患阿尔茨海默病，住养老院", "因脑梗瘫痪在床"])),
        "，无法履行赡养义务；无配偶、无子女。\n",
    )
    inc = r.randint(100, 480)
    d.add(
        "三、收入财产：申请人无劳动收入，仅有残疾人两项补贴每月",
        W(f"{inc}元"),
        "；名下无机动车、无商业保险；原有",
        r.choice(["承包地1.2亩由其堂兄代耕", "住房一间系危房"]),
        "。",
        c.N(g),
        "月收入约",
        W(f"{r.randint(20, 45)}00元"),
        "，不计入申请人家庭收入。\n",
    )
    d.add(
        "入户调查：",
        c.ON(0),
        "、",
        c.ON(1),
        "于",
        c.D(c.after(3, 8, t)),
        "入户核查，申请人与",
        c.N(g),
        "共同居住于",
        r.choice(["两间平房", "一套老旧公房"]),
        "，屋内",
        r.choice(["无大件家电", "仅有床铺和灶具"]),
        "。邻居",
        (lambda n: c.N(n))(c.person(age=(45, 80))),
        "反映申请人",
        r.choice(["常年不出门", "发病时会大声喊叫", "一日三餐靠监护人送饭"]),
        "。\n",
    )
    if r.random() < 0.4:
        d.add(
            "申请人",
            go("religion", r.choice(["信仰伊斯兰教", "信仰佛教", "信仰天主教"])),
            "，集中供养时应尊重其宗教习惯和饮食禁忌。\n",
        )
    d.add(
        "四、公示情况：于",
        c.D(c.after(5, 10, t)),
        "至",
        c.D(c.after(12, 17, t)),
        "在村务公开栏公示，无异议。\n\n",
    )
    d.add(
        "监护人",
        c.N(g),
        "书面承诺所报情况属实，并同意本局及乡镇（街道）核查申请人银行存款、不动产等信息。",
        keep("agency", c.loc.city + "民政局"),
        "于",
        c.D(c.before(3, 10)),
        "对本件进行了抽查复核，结论一致。\n",
    )
    d.add(
        "根据",
        c.L("《社会救助暂行办法》第十四条"),
        "和",
        c.L("《特困人员认定办法》第六条"),
        "，本局决定：认定",
        c.N(p),
        "为特困供养人员，自",
        c.D(c.after(1, 20)),
        "起按",
        c.M(r.choice([980, 1100, 1250, 1380]), 0),
        "每月发放基本生活费，",
        r.choice(["全护理", "半护理"]),
        "照料护理补贴另行发放，",
    )
    d.add(
        "资金打入其社会保障卡（卡号",
        go("ss_card", digits(r, 19, "6")),
        "）。供养方式为",
        r.choice(["分散供养，委托监护人照料", "集中供养，入住乡镇敬老院"]),
        "。\n\n",
    )
    d.add(c.rights(style=r.choice([0, 2])), c.sign())
    return d


# ---------------------------------------------------------------- U11 internet cafe admitting minors
@structure("U11-culture-netbar-minor-admission-penalty", "penalty", "culture", HELD)
def u11(c):
    r = c.rng
    d = Doc()
    op = c.person(age=(26, 55))
    shop = f"{c.loc.dist or c.loc.city}{r.choice(['极速', '星际', '网鱼', '零点', '火线'])}网吧"
    c.names.append(shop)
    code = kit.make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.set_docno("罚", fmt=r.randint(0, 3))
    admin = c.person(age=(19, 30))
    c.nickname(admin, "小{s}")
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人：",
        keep("company", shop),
        "\n统一社会信用代码：",
        keep("credit_code", code),
        "\n经营者：",
        c.N(op),
        "　身份证号：",
        c.ID(op),
        "\n网络文化经营许可证号：",
        f"{c.loc.pa}网文〔{c.date.year - 2}〕{r.randint(1000, 9999)}-{r.randint(10, 999)}号",
        "\n\n",
    )
    t = c.before(30, 80)
    d.add(
        c.D(t),
        r.choice(["22时10分", "15时40分", "23时05分"]),
        "，",
        c.officers(),
        "对当事人进行检查，发现有",
        str(r.randint(2, 5)),
        "名未成年人在上网，具体如下：\n",
    )
    minors = []
    for i in range(r.randint(2, 3)):
        par = c.person(age=(35, 50))
        kid = c.child(par, age=(13, 17))
        sch, cls = c.school_class(kid)
        minors.append((kid, par))
        st = r.randint(0, 1)
        if st == 0:
            d.add(
                "（",
                "一二三"[i],
                "）",
                c.N(kid, "minor_name"),
                "，",
                kid.gender,
                "，",
                c.BD(kid),
                "出生，身份证号",
                c.ID(kid),
                "，",
                go("school", sch),
                go("class", cls),
                "学生，其",
                "父亲" if par.male else "母亲",
                c.N(par, "guardian_name"),
                "电话",
                c.PH(par),
                "；\n",
            )
        else:
            d.add(
                "（",
                "一二三"[i],
                "）",
                c.N(kid, "minor_name"),
                "，",
                str(kid.age(c.date)),
                "岁，在读于",
                go("school", sch),
                "，使用",
                r.choice(["其表哥", "其父亲", "网管提供的"]),
                "身份证登记上网，家长",
                c.N(par, "guardian_name"),
                "；\n",
            )
    k0, p0 = minors[0]
    d.add(
        "\n网管",
        c.N(admin),
        "（当事人雇员，人称“",
        c.NK(admin),
        "”）在询问中称：“他们经常来，说成年了，我就用店里的卡给开了机。”",
    )
    d.add(
        "未成年人",
        c.N(k0, "minor_name"),
        "称已连续",
        r.choice(["两晚", "三个周末", "一周"]),
        "在此通宵，",
        H(r.choice(["有轻度近视加深", "因此逃课被学校处分", "曾在店内晕倒"]))
        if r.random() < 0.6
        else "其家长不知情",
        "。\n",
    )
    d.add("当事人对上网人员身份核验流于形式，当事人经营者", c.N(op), "承认“晚上人手少，没有一个个查”。\n\n")
    d.add(
        c.evidence(
            [
                "现场检查笔录",
                "上网登记记录及监控录像",
                F("对{a}的询问笔录", a=c.N(admin)),
                F("未成年人{k}的陈述（有监护人在场）", k=c.N(k0, "minor_name")),
            ]
        )
    )
    d.add(c.procedure(start=t, notice="罚告"))
    d.add(
        "本局认为，当事人接纳未成年人进入营业场所，违反了",
        c.L("《互联网上网服务营业场所管理条例》第二十一条"),
        "和",
        c.L("《中华人民共和国未成年人保护法》第五十八条"),
        "。依据",
        c.L("《互联网上网服务营业场所管理条例》第三十一条第（二）项"),
        "，决定：\n",
    )
    d.add(
        "1.给予警告；\n2.罚款",
        c.M(r.choice([5000, 8000, 10000, 15000])),
        "；\n3.责令停业整顿",
        r.choice(["十五日", "一个月"]),
        "。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- U12 failure to report infectious disease
@structure("U12-health-clinic-infectious-disease-unreported-penalty", "penalty", "health", HELD)
def u12(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["综合门诊部", "中西医结合诊所", "医院"]), suffix="有限公司")
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 2))
    dr = c.person(age=(30, 60))
    d.add(c.header("卫生行政处罚决定书"))
    d.add(
        "被处罚单位：",
        c.CO(co),
        "\n统一社会信用代码：",
        c.CC(co),
        "\n法定代表人（主要负责人）：",
        c.REP(co),
        "\n\n",
    )
    t = c.before(40, 120)
    d.add(
        "违法事实：",
        c.D(t),
        "，本局卫生监督员",
        c.ON(0),
        "、",
        c.ON(1),
        "对当事人传染病防治工作进行专项检查。核查",
        c.D(c.before(200, 300)),
        "以来门诊日志、检验报告及《传染病报告卡》，发现下列病例未按规定报告：\n",
    )
    pats = []
    for i in range(r.randint(3, 4)):
        pt = c.person(age=(18, 80))
        pats.append(pt)
        dx = r.choice(
            [
                "肺结核（涂阳）",
                "梅毒血清学阳性",
                "乙肝表面抗原阳性、肝功能异常",
                "手足口病",
                "细菌性痢疾",
                "HIV抗体初筛阳性",
            ]
        )
        st = r.randint(0, 2)
        if st == 0:
            d.add(
                f"{i + 1}. 患者",
                c.N(pt),
                "，",
                pt.gender,
                "，",
                str(pt.age(c.date)),
                "岁，住",
                c.AD(pt),
                "，诊断",
                H(dx),
                "；\n",
            )
        elif st == 1:
            d.add(
                f"{i + 1}. ",
                c.N(pt),
                "（门诊号" + digits(r, 8, "1") + "），",
                H(dx),
                "，",
                H(r.choice(["孕32周", "怀孕七个月", "合并糖尿病", "系透析患者"]))
                if r.random() < 0.5
                else "无合并症",
                "，联系电话",
                c.PH(pt),
                "；\n",
            )
        elif r.random() < 0.5:
            d.add(f"{i + 1}. 检验科报告显示", c.N(pt), H(dx), "，接诊医生未填写报告卡；\n")
        else:
            d.add(
                f"{i + 1}. 香港居民",
                c.N(pt),
                "（港澳居民来往内地通行证号码",
                go("passport", "H" + digits(r, 10, "0123456789")),
                "），",
                H(dx),
                "，就诊时登记的内地联系电话",
                c.landline(),
                "；\n",
            )
    d.add(
        "\n接诊医生",
        c.N(dr),
        "称：“",
        r.choice(["病人不愿意上报，说怕单位知道。", "以为检验科会报，我就没填卡。", "那段时间太忙，忘了。"]),
        "”当事人未设立传染病疫情报告管理部门，亦未指定专人负责。",
    )
    d.add(
        "经疾控机构追踪，患者",
        c.N(pats[0]),
        "的",
        r.choice(["同住家属", "同事"]),
        "中已有一人",
        H(r.choice(["被确诊为同类疾病", "出现发热、咳嗽症状"])),
        "。\n\n",
    )
    d.add(
        c.evidence(
            [
                "门诊日志复印件",
                "检验报告单",
                F("对{x}的询问笔录", x=c.N(dr)),
                "疾控中心出具的流行病学调查报告",
            ]
        )
    )
    d.add(c.procedure(start=t, notice="罚告"))
    d.add(
        "本局认为，当事人未依法履行传染病疫情报告职责，违反了",
        c.L("《中华人民共和国传染病防治法》第三十条第一款"),
        "和",
        c.L("《传染病信息报告管理规范》"),
        "。依据",
        c.L("《中华人民共和国传染病防治法》第六十九条第（二）项"),
        "和",
        c.L("《医疗机构管理条例》第四十七条"),
        "，决定：\n",
    )
    d.add(
        "（一）警告；\n（二）罚款",
        c.M(r.choice([5000, 10000, 20000, 30000])),
        "；\n（三）责令限期改正，并对负有责任的",
        c.N(dr),
        "依法处理。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d
