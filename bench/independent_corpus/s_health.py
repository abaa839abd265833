"""Health structures: clinics, patients, occupational disease, medical insurance, registration."""

from common import TS, Doc, F, H, digits, go, keep, pick, structure

DIAG = [
    "慢性胃炎",
    "急性支气管炎",
    "腰椎间盘突出症",
    "2型糖尿病",
    "原发性高血压",
    "带状疱疹",
    "焦虑状态",
    "痛风性关节炎",
    "上呼吸道感染",
    "湿疹",
    "过敏性鼻炎",
    "慢性乙型病毒性肝炎",
    "抑郁发作",
    "前列腺增生",
    "尖锐湿疣",
    "梅毒",
]


# ------------------------------------------------------------------ S12
@structure("S12-health-unlicensed-clinic-penalty", "penalty", "WJJ")
def s12(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书", "卫生行政处罚决定书"), "卫医罚"))
    p = c.person(age=(35, 70))
    d.add(c.party_person(p, style=r.randint(0, 3), old_id=r.random() < 0.3))
    inv = d.slot()
    place = (
        f"{c.loc.dist}{r.choice(c.loc.towns)}{r.choice(c.loc.villages or c.loc.roads)}{r.randint(1, 200)}号"
    )
    t0 = c.before(40, 90)
    d.f(
        "{t0}，{o}对位于"
        + place
        + "的“"
        + pick(r, "中医推拿理疗馆", "便民诊所", "祖传正骨堂", "针灸养生馆")
        + "”进行监督检查，发现当事人未取得《医疗机构执业许可证》，在该场所内为患者开展"
        + pick(r, "静脉输液", "针灸及中药开方", "正骨复位及局部封闭注射", "诊疗及开具处方药")
        + "等诊疗活动。\n\n",
        t0=c.D(t0),
        o=c.officers_line(r.choice([0, 1, 3])),
    )
    d.add("现场查见就诊登记本一本，记录了部分患者的就诊情况，摘录如下：\n")
    sep = pick(r, "|", "\t")
    d.add(sep.join(["就诊日期", "患者姓名", "年龄", "诊断", "处置", "收费（元）"]) + "\n")
    total = 0
    diags = r.sample(DIAG, 4)
    pats = []
    for i in range(r.randint(3, 4)):
        pt = c.person(age=(6, 85))
        pats.append(pt)
        fee = r.randint(40, 600)
        total += fee
        minor = pt.age(c.date) < 18
        d.add(
            F(
                "{t}"
                + sep
                + "{n}"
                + sep
                + str(pt.age(c.date))
                + sep
                + "{h}"
                + sep
                + pick(r, "输液三天", "针灸", "开药", "推拿+敷药", "注射")
                + sep
                + str(fee)
                + "\n",
                t=c.D(c.before(1, 60, t0), 2),
                n=go("minor_name" if minor else "name", pt.name),
                h=H(diags[i]),
            )
        )
    d.f(
        "\n经查，当事人自{t}起在上述场所非法执业，根据当事人陈述及就诊登记本、微信收款记录统计，违法所得共计{g}。当事人本人{cr}。",
        t=c.D(c.before(120, 400, t0)),
        g=c.M(total * r.randint(3, 8), 0),
        cr=pick(
            r,
            F("未取得医师资格证书"),
            F(
                "持有乡村医生证书但已注销，{x}",
                x=go("criminal_record", f"且曾于{r.randint(2012, 2019)}年因非法行医罪被判处有期徒刑一年"),
            ),
        ),
    )
    if r.random() < 0.6:
        ptx = pats[0]
        lab = "minor_name" if ptx.age(c.date) < 18 else "name"
        d.f(
            "其中，患者{n}在当事人处输液后出现{h}，经送" + c.loc.city + "某医院抢救后好转。",
            n=go(lab, ptx.name),
            h=H(pick(r, "过敏性休克", "高热寒战等输液反应", "局部感染化脓")),
        )
    d.add("现场扣押药品" + str(r.randint(12, 60)) + "种、一次性输液器" + str(r.randint(20, 200)) + "套。\n\n")
    d.f(
        "以上事实有现场笔录、询问笔录、就诊登记本复印件、证据先行登记保存决定书等证据证实。\n\n当事人的行为违反了{l1}的规定。依据{l2}的规定，本局决定给予当事人以下行政处罚：\n一、没收违法所得及药品、医疗器械；\n二、罚款{m}。\n\n",
        l1=c.L("《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款"),
        l2=c.L("《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款"),
        m=c.M(pick(r, 50000, 80000, 100000, 150000)),
    )
    inv.fill(c.investigation([]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S13
@structure("S13-health-patient-privacy-leak-penalty", "penalty", "WJJ")
def s13(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "卫传罚"))
    co = c.company(pick(r, "医院管理", "门诊部", "口腔医院"), pick(r, "有限公司", "有限责任公司"))
    d.add(c.party_company(co, style=r.randint(0, 2)))
    inv = d.slot()
    d.f("执业许可证登记号：PDY{n}\n\n", n=digits(r, 10, "0123456789") + "1D2112")
    t0 = c.before(40, 90)
    pts = [c.person(age=(20, 70)) for _ in range(r.randint(2, 3))]
    if r.random() < 0.4:
        pts[-1] = c.foreigner()
    staff = c.person(age=(22, 45))
    res = [
        "人类免疫缺陷病毒（HIV）抗体初筛阳性",
        "梅毒螺旋体特异抗体阳性、TRUST 1:32",
        "乙型肝炎表面抗原阳性、HBV-DNA 2.3×10⁵ IU/mL",
        "丙型肝炎抗体阳性",
        "结核菌素试验强阳性，胸部CT提示继发性肺结核",
    ]
    r.shuffle(res)
    d.f(
        "{t0}，本局接到投诉，反映当事人工作人员将患者检验结果发至微信群。经调查，当事人检验科工作人员{s}于{t1}将当事人术前检查中下列患者的检验结果截图发送至名为“"
        + pick(r, "科室闲聊群", "同学会", "家族群")
        + "”的微信群（成员{k}人）：\n",
        t0=c.D(t0),
        s=c.N(staff),
        t1=c.D(c.before(3, 20, t0)),
        k=str(r.randint(20, 300)),
    )
    for i, p in enumerate(pts):
        st = r.randint(0, 2)
        if p.nationality != "中国":
            d.f(
                f"（{'一二三'[i]}）"
                + p.nationality
                + "籍患者{n}（护照号码{pp}），"
                + p.gender
                + f"，{p.age(c.date)}岁，检验结果：{{h}}；\n",
                n=c.N(p),
                pp=go("passport", p.passport),
                h=H(res[i]),
            )
            continue
        if st == 0:
            d.f(
                f"（{'一二三'[i]}）患者{{n}}，"
                + p.gender
                + f"，{p.age(c.date)}岁，门诊号{{no}}，检验结果：{{h}}；\n",
                n=c.N(p),
                no=f"MZ{digits(r, 9, '0123456789')}",
                h=H(res[i]),
            )
        elif st == 1:
            d.f(
                f"（{'一二三'[i]}）{{n}}（身份证号{{i}}）的检验报告单，显示{{h}}；\n",
                n=c.N(p),
                i=c.ID(p),
                h=H(res[i]),
            )
        else:
            d.f(
                f"（{'一二三'[i]}）住院患者{{n}}（住院号{{no}}，联系电话{{ph}}），{{h}}；\n",
                n=c.N(p),
                no=digits(r, 7),
                ph=c.PH(p),
                h=H(res[i]),
            )
    d.f(
        "截图中可见患者姓名、性别、年龄及检验项目结果。其中患者{n}因信息被传播，{x}，于{t}向本局投诉。\n\n",
        n=c.N(pts[0]),
        x=pick(r, "被同事知晓病情后被迫离职", "遭受周围人员议论", "与家人发生纠纷"),
        t=c.D(t0),
    )
    d.f(
        "{s}在询问中承认：“当时只是觉得结果少见，想问问同学怎么看，没想到会传出去。”当事人未建立检验结果查阅及传输的管理制度，未对工作人员开展隐私保护培训。\n\n",
        s=c.N(staff),
    )
    d.f(
        "本局认为，当事人故意泄露传染病病人、病原携带者涉及个人隐私的有关信息，违反了{l1}的规定。依据{l2}的规定，本局决定：\n1.责令改正，给予警告、通报批评；\n2.罚款{m}；\n3.建议当事人对直接责任人员依法给予处分。\n\n",
        l1=c.L("《中华人民共和国传染病防治法》第十二条第一款"),
        l2=c.L("《中华人民共和国传染病防治法》第六十九条第（七）项"),
        m=c.M(pick(r, 20000, 30000, 50000)),
    )
    inv.fill(c.investigation([staff]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S14 (heldout)
@structure("S14-health-fetal-sex-determination-penalty", "penalty", "WJJ", part="heldout")
def s14(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书", "卫生健康行政处罚决定书"), "卫计罚"))
    p = c.person(age=(30, 60))
    d.add(c.party_person(p, with_birth=True))
    inv = d.slot()
    t0 = c.before(50, 120)
    mid = c.person(age=(28, 55))
    d.f(
        "{t0}，本局联合公安机关在{a}查获当事人利用便携式B超机为孕妇进行胎儿性别鉴定。现场查扣"
        + pick(r, "便携式彩色多普勒超声诊断仪一台", "掌上超声探头一个及平板电脑一台")
        + "，{k}。\n\n",
        t0=c.D(t0),
        a=c.ADDR(c.person(age=(30, 60)))
        if r.random() < 0.5
        else f"{c.loc.dist}{r.choice(c.loc.roads)}某出租屋",
        k=pick(r, "现场有两名孕妇等候", "现场收缴现金若干"),
    )
    d.f(
        "经查，当事人通过中介人员{m}（微信号：{wx}，手机{ph}）招揽孕妇，每次收取费用"
        + str(r.randint(8, 30) * 100)
        + "元，其中{cut}。经查实的鉴定对象如下：\n",
        m=c.N(mid),
        wx=go(
            "social_id",
            pick(
                r,
                f"bchao{digits(r, 4)}",
                f"wxid_{digits(r, 12, 'abcdefghkmnpqrstuvwxyz0123456789')}",
                f"lao{r.choice(['wang', 'li', 'zhang'])}{r.randint(60, 99)}",
            ),
        ),
        ph=c.PH(mid),
        cut=TS(pick(r, f"中介按每单{r.randint(2, 6)}00元提成", "中介分成比例为四成")),
    )
    fmt = r.randint(0, 1)
    for i in range(r.randint(2, 4)):
        w = c.person(age=(22, 40), male=False)
        wk = r.randint(13, 24)
        if fmt == 0:
            d.f(
                f"{i + 1}. {{n}}，{w.age(c.date)}岁，{{h}}，鉴定时间{{t}}，告知结果为“{r.choice(['男', '女'])}孩”；\n",
                n=c.N(w),
                h=H(f"孕{wk}周"),
                t=c.D(c.before(1, 60, t0)),
            )
        else:
            d.f(
                "{n}（身份证号：{i}，住{a}）：{h}，于{t}接受检查；\n",
                n=c.N(w),
                i=c.ID(w),
                a=c.ADDR(w),
                h=H(
                    f"孕{wk}周+{r.randint(1, 6)}天，{pick(r, '第二胎', '第三胎', '既往有一次流产史', '妊娠期糖尿病')}"
                ),
                t=c.D(c.before(1, 60, t0)),
            )
    d.f(
        "当事人系"
        + pick(r, "某民营医院已离职影像科技术人员", "未取得任何医学资格的个人", "乡镇卫生院退休职工")
        + "，违法所得共计{g}。\n\n",
        g=c.M(r.randint(5, 40) * 1000, 0),
    )
    d.f(
        "上述事实有现场检查笔录、调查笔录、B超机内存储的图像资料、微信聊天记录及转账记录、孕妇证言等证据证实。\n\n本局认为，当事人的行为违反了{l1}的规定，依据{l2}的规定，决定对当事人作出如下处罚：\n（一）没收违法所得；\n（二）没收B超机等用于违法活动的工具；\n（三）罚款{m}。\n\n",
        l1=c.L("《中华人民共和国人口与计划生育法》第三十八条"),
        l2=c.L("《中华人民共和国人口与计划生育法》第四十条第一款第（二）项"),
        m=c.M(pick(r, 30000, 60000, 90000, 120000)),
    )
    d.f("对中介人员{m}的违法行为，本局另案处理。\n", m=c.N(mid))
    inv.fill(c.investigation([mid]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S15
@structure("S15-health-occupational-disease-penalty", "penalty", "WJJ")
def s15(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "卫职罚"))
    co = c.company(pick(r, "石材", "铸造", "家具制造", "五金制品"))
    d.add(c.party_company(co))
    inv = d.slot()
    t0 = c.before(40, 90)
    hazard = pick(
        r,
        ("矽尘", "GBZ 2.1-2019", "总粉尘时间加权平均浓度", "mg/m³", 1, 8),
        ("噪声", "GBZ 2.2-2007", "8h等效声级", "dB(A)", 85, 98),
    )
    d.f(
        "{t0}，本局接{h}职业病诊断报告后，对当事人开展职业卫生专项检查。经查，当事人存在下列违法行为：\n",
        t0=c.D(t0),
        h=pick(r, "市职业病防治院", "省职业病医院"),
    )
    val = round(r.uniform(hazard[4] * 1.2, hazard[5] * 1.6), 1)
    d.f(
        "一、未按照规定组织劳动者进行职业健康检查。当事人"
        + pick(r, "切割打磨", "砂型铸造清理", "木料开料", "冲压")
        + "车间共有接触"
        + hazard[0]
        + "的劳动者{k}人，当事人自{t}以来未组织在岗期间职业健康检查。经委托检测，该车间"
        + hazard[2]
        + "为{v}，超过{std}规定的限值。该车间{ts}。\n",
        k=str(r.randint(12, 60)),
        t=c.D(c.before(500, 900), 0),
        v=f"{val}{hazard[3]}",
        std=c.STD(hazard[1]),
        ts=TS(
            pick(
                r,
                f"主轴转速设定为{r.randint(2800, 6000)}转/分钟、湿式作业水压{r.randint(2, 6)}公斤",
                f"采用{r.choice(['树脂砂', '水玻璃砂'])}配比{r.randint(2, 5)}%的工艺",
                f"每班产量约{r.randint(100, 500)}件",
            )
        ),
    )
    d.add("二、未如实报告职业病病人。下列劳动者已被诊断为职业病，当事人未按规定向卫生健康主管部门报告：\n")
    for i in range(r.randint(2, 3)):
        w = c.person(age=(35, 62), male=r.random() < 0.8)
        dg = pick(
            r,
            "职业性矽肺壹期",
            "职业性矽肺贰期",
            "职业性噪声聋（轻度）",
            "职业性噪声聋（中度）",
            "职业性慢性苯中毒",
        )
        st = r.randint(0, 1)
        if st == 0:
            d.f(
                f"{i + 1}.{{n}}，"
                + w.gender
                + "，身份证号{i}，工种"
                + pick(r, "切割工", "打磨工", "清砂工", "冲压工")
                + "，{t}诊断为{h}；\n",
                n=c.N(w),
                i=c.ID(w),
                t=c.D(c.before(30, 300, t0)),
                h=H(dg),
            )
        else:
            d.f(
                f"{i + 1}.{{n}}（{{b}}生），接害工龄{r.randint(3, 20)}年，诊断结论：{{h}}，{{h2}}；\n",
                n=c.N(w),
                b=c.BD(w),
                h=H(dg),
                h2=H(pick(r, "伴肺功能轻度损伤", "双耳高频听阈平均72dB", "合并肺结核")),
            )
    d.f(
        "\n以上事实有现场检查笔录、职业病危害因素检测报告、劳动者名册、职业病诊断证明书及对当事人{rep}的询问笔录等证据证实。\n\n",
        rep=pick(r, "法定代表人", "安全负责人"),
    )
    d.f(
        "当事人的上述行为分别违反了{l1}和{l2}的规定。依据{l3}的规定，本局决定：给予当事人警告，并处罚款{m}。当事人应在{t}前完成整改，安排全部接害劳动者进行职业健康检查。\n\n",
        l1=c.L("《中华人民共和国职业病防治法》第三十五条第一款"),
        l2=c.L("《中华人民共和国职业病防治法》第五十条"),
        l3=c.L("《中华人民共和国职业病防治法》第七十一条第（四）项及第七十四条"),
        m=c.M(pick(r, 50000, 80000, 100000)),
        t=c.D(c.after(30, 60)),
    )
    inv.fill(c.investigation([]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S16
@structure("S16-health-insurance-card-misuse-penalty", "penalty", "YBJ")
def s16(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书", "医疗保障行政处罚决定书"), "医保罚"))
    p = c.person(age=(30, 75))
    d.add(c.party_person(p, with_birth=r.random() < 0.5))
    card = pick(
        r,
        f"{r.choice('ABCDEFGHJ')}{digits(r, 8, '0123456789')}",
        f"{c.loc.regions[0][:4]}{digits(r, 12, '0123456789')}",
        p.id18 + "01",
    )
    other = c.person(age=(20, 80))
    rel = pick(r, "其亲属", "其朋友", "其邻居")
    t0 = c.before(60, 150)
    d.f(
        "参保身份："
        + pick(r, "城乡居民基本医疗保险", "职工基本医疗保险（退休）", "职工基本医疗保险（在职）")
        + "，"
        + pick(r, "社会保障卡号", "医保卡号", "医疗保障卡卡号", "社保卡卡号")
        + "：{card}\n\n",
        card=go("ss_card", card),
    )
    d.f(
        "经查，{t1}至{t2}期间，当事人将本人社会保障卡交由"
        + rel
        + "{o}使用。{o2}{h}，持当事人社会保障卡在"
        + pick(r, f"{c.loc.city}某三甲医院", "某社区卫生服务中心", "某定点零售药店")
        + "以当事人名义就医购药共{k}次，发生医疗费用{m}，其中医保基金支付{f}。\n",
        t1=c.D(c.before(300, 500, t0)),
        t2=c.D(c.before(10, 60, t0)),
        o=c.N(other),
        o2=c.N(other),
        h=H(
            pick(
                r,
                "未参加基本医疗保险，患有慢性肾功能不全需长期透析",
                "因肝硬化腹水需长期服药",
                "患有晚期肺癌正在进行靶向治疗",
                "因精神分裂症长期服药",
            )
        ),
        k=str(r.randint(5, 40)),
        m=c.M(r.randint(8000, 90000), 0),
        f=c.M(fund := r.randint(5000, 60000), 0),
    )
    d.f(
        "上述事实，有医保结算明细、医院病历资料、{o}的询问笔录、当事人的陈述等证据证明。当事人对违法事实无异议，并称“{q}”。\n\n",
        o=c.N(other),
        q=pick(
            r,
            "看他实在没钱治病，就把卡借给他用了",
            "他说只是买点药，不知道会花这么多",
            "我不知道卡不能给别人用",
        ),
    )
    d.f(
        "本局认为，当事人将本人的医疗保障凭证交由他人冒名使用，违反了{l1}的规定。依据{l2}的规定，本局决定：\n一、责令当事人退回医保基金{f}；\n二、处骗取金额{x}倍的罚款，即罚款{m}；\n三、暂停当事人医疗费用联网结算{k}个月。\n\n",
        l1=c.L("《医疗保障基金使用监督管理条例》第十九条第二款"),
        l2=c.L("《医疗保障基金使用监督管理条例》第四十一条第一款第（一）项"),
        f=c.M(fund, 0),
        x=str(mult := r.choice([2, 3])),
        m=c.M(fund * mult, 0),
        k=str(r.choice([3, 6, 12])),
    )
    d.f(
        "退回的医保基金请缴入"
        + c.loc.city
        + "医疗保障基金收入户（开户行："
        + c.ag.fiscal_bank
        + "，账号：{a}）；罚款按下列方式缴纳：\n",
        a=keep("fiscal_account", digits(r, 19, "0123456789")),
    )
    d.add(c.pay(style=r.randint(0, 3)), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S17
@structure("S17-health-physician-registration-refusal", "license", "WJJ")
def s17(c):
    r, d = c.rng, Doc()
    d.add(c.header("不予行政许可决定书", "卫不许"))
    p = c.person(age=(26, 50))
    d.f(
        "申请人：{n}\n性别："
        + p.gender
        + "\n出生日期：{b}\n身份证件：居民身份证　{i}\n联系地址：{a}\n联系电话：{ph}\n\n",
        n=c.N(p),
        b=c.BD(p),
        i=c.ID(p),
        a=c.ADDR(p),
        ph=c.PH(p),
    )
    c.target_type, c.target_name = "natural_person", p.name
    c.fields.update(id_number=p.id18, address=p.address, phone=p.mobile)
    t0 = c.before(10, 20)
    f"{r.randint(2008, 2022)}{digits(r, 2, '123')}{digits(r, 11, '0123456789')}"
    d.f(
        "你于{t0}向本局提出"
        + pick(r, "医师执业注册", "医师变更执业注册（执业地点变更）", "护士执业注册")
        + "申请，申请执业机构为"
        + pick(r, "某社区卫生服务中心", "某口腔门诊部", "某民营医院")
        + "，执业类别为"
        + pick(r, "临床", "口腔", "中医")
        + "。本局于当日受理（受理号：{no}）。\n\n",
        t0=c.D(t0),
        no=f"YS{c.date.year}{digits(r, 6)}",
    )
    reason = r.randint(0, 1)
    d.add(
        "你提交了以下申请材料：1.医师执业注册申请审核表；2.医师资格证书；3.近六个月内的健康体检证明；4.拟执业机构出具的聘用证明；5.身份证明复印件；6."
        + pick(r, "无犯罪记录证明", "个人信用承诺书", "继续医学教育学分证明")
        + "。\n\n"
    )
    d.add("经审查，")
    if reason == 0:
        d.f(
            "你持有的医师资格证书合法有效，但经核查，你{cr}，刑罚执行完毕至今不满二年。\n",
            cr=go(
                "criminal_record",
                pick(
                    r,
                    f"曾于{c.date.year - 2}年因犯非法行医罪被判处有期徒刑十个月",
                    f"于{c.date.year - 1}年因危险驾驶罪被判处拘役三个月",
                    f"曾因故意伤害罪被判处有期徒刑一年，于{c.date.year - 1}年刑满释放",
                ),
            ),
        )
        law = c.L("《中华人民共和国医师法》第十六条第（二）项")
    else:
        d.f(
            "你提交的健康体检表显示，你{h}，经"
            + pick(r, "市精神卫生中心", "省人民医院")
            + "出具的诊断证明，目前{h2}，不适宜从事医疗业务工作。\n",
            h=H(pick(r, "于体检时被诊断为双相情感障碍", "患有癫痫且近三个月内有发作", "被诊断为精神分裂症")),
            h2=H(pick(r, "处于发病期", "病情尚未稳定")),
        )
        law = c.L("《中华人民共和国医师法》第十六条第（五）项")
    d.f(
        "本局于{t}向你送达了《拟不予行政许可告知书》，告知你拟不予许可的事实、理由和依据，并告知你享有陈述、申辩的权利。你于{t2}提交书面陈述，称“{q}”。本局经复核认为，你的陈述意见不影响上述事实的认定，不予采纳。\n\n",
        t=c.D(c.before(8, 12)),
        t2=c.D(c.before(3, 6)),
        q=pick(
            r,
            "本人已深刻反省，恳请给予执业机会",
            "相关情况已经过去，目前身体和工作能力均无问题",
            "拟执业单位急需人员，希望予以通融",
        ),
    )
    d.f("依据{l}的规定，本局决定不予注册。\n\n", l=law)
    d.add("你在上述情形消除后，可以依法重新申请注册。\n")
    d.add(c.rights(style=r.randint(0, 3), suspend=False), c.sign())
    return d
