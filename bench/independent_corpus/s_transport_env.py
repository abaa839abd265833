"""Transport, ecology/environment and emergency-management structures."""

from common import (
    TS,
    Doc,
    F,
    H,
    bank_no,
    digits,
    fmt_ric,
    go,
    keep,
    party_shop,
    pick,
    plate,
    shop,
    structure,
    trailer_plate,
)


def driver_license(c, p):
    """驾驶证号 is the ID number in China; sometimes written with the 档案编号."""
    r = c.rng
    if r.random() < 0.6:
        return go("driver_license", fmt_ric(r, p.id18, r.choice([0, 0, 1, 2])))
    return go("driver_license", f"{p.id18[:2]}{digits(r, 10, '0123456789')}")


# ------------------------------------------------------------------ S30
@structure("S30-transport-overload-penalty", "penalty", "JTJ")
def s30(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "交通运输行政处罚决定书", "行政处罚决定书"), "交罚"))
    drv = c.person(age=(25, 58), male=True, origin=r.random() < 0.5)
    owner_co = r.random() < 0.6
    if owner_co:
        co = c.company(pick(r, "物流", "运输", "货运"), "有限公司")
        d.add(c.party_company(co, label="当事人（车辆所有人）"))
    else:
        d.add(c.party_person(drv, label="当事人", style=r.randint(0, 2)))
    pl, tp = (
        plate(r, c.loc.pa, r.choice("ABCDEFGH"), r.choice([0, 1, 4])),
        trailer_plate(r, c.loc.pa, r.choice("ABCDEFGH")),
    )
    d.f(
        "车辆号牌：{p}（牵引车）/{t}（挂车）\n驾驶人：{n}，驾驶证号{dl}，准驾车型A2，联系电话{ph}\n\n",
        p=go("plate", pl),
        t=go("plate", tp),
        n=c.N(drv),
        dl=driver_license(c, drv),
        ph=c.PH(drv),
    )
    inv = d.slot()
    t0 = c.before(20, 60)
    axles = r.choice([5, 6])
    lim = 43 if axles == 5 else 49
    tot = round(r.uniform(lim * 1.15, lim * 1.9), 2)
    d.f(
        "{t0}"
        + f"{r.randint(0, 23):02d}时{r.randint(0, 59):02d}分"
        + "，{p}号"
        + str(axles)
        + "轴货车在"
        + pick(r, "G25长深高速", "S13省道", "104国道", "G60沪昆高速")
        + "某超限检测站经检测，车货总质量为"
        + f"{tot}吨"
        + "，超过"
        + f"{lim}吨"
        + "的限定标准"
        + f"{round((tot - lim) / lim * 100, 1)}%"
        + "。该车未办理超限运输许可。\n\n",
        t0=c.D(t0),
        p=go("plate", pl),
    )
    d.f(
        "经查，该车所载货物为"
        + pick(r, "螺纹钢", "碎石", "水泥熟料", "煤炭", "原木")
        + "，{ts}。驾驶人{n}陈述：“{q}”\n\n",
        ts=TS(
            pick(
                r,
                f"系为{c.loc.city[:-1]}某建材公司运输，约定运费每吨{r.randint(28, 90)}元",
                f"发货方给予的装载量为每车{r.randint(60, 90)}吨、按趟结算{r.randint(1500, 4000)}元",
                f"收货方为{c.loc.dist}某搅拌站，结算单价每吨{r.randint(35, 80)}元",
            )
        ),
        n=c.N(drv),
        q=pick(
            r,
            "老板说多装点划算，我也没办法。",
            "装货时没有过磅，我不知道超了这么多。",
            "这条路平时都这么跑。",
        ),
    )
    if r.random() < 0.5:
        d.f(
            "另查明，驾驶人{n}{cr}。\n\n",
            n=c.N(drv),
            cr=go(
                "criminal_record",
                pick(
                    r,
                    f"曾于{r.randint(2015, 2022)}年因危险驾驶罪被判处拘役二个月",
                    f"曾于{r.randint(2015, 2022)}年因交通肇事罪被判处有期徒刑一年缓刑一年",
                ),
            ),
        )
    d.f(
        "以上事实有称重检测单、现场检查笔录、询问笔录、车辆行驶证及道路运输证复印件等证据证实。\n\n当事人的行为违反了{l1}的规定。依据{l2}的规定，本局决定对当事人罚款{m}。\n\n",
        l1=c.L("《公路安全保护条例》第三十五条第一款"),
        l2=c.L("《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项"),
        m=c.M(pick(r, 5000, 10000, 15000, 20000, 30000)),
    )
    inv.fill(c.investigation([drv]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S31 (heldout)
@structure("S31-transport-illegal-ride-hailing-penalty", "penalty", "JTJ", part="heldout")
def s31(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "交运罚"))
    p = c.person(age=(22, 60))
    d.add(c.party_person(p, style=r.randint(0, 3), with_birth=r.random() < 0.3))
    pl = plate(r, c.loc.pa, c.loc.pl, r.choice([2, 3, 5, 0]))
    d.f(
        "车辆号牌：{pl}　车辆类型：小型"
        + pick(r, "纯电动", "插电式混合动力", "普通")
        + "轿车\n驾驶证号：{dl}\n\n",
        pl=go("plate", pl),
        dl=driver_license(c, p),
    )
    t0 = c.before(20, 60)
    pas = c.person(age=(18, 60)) if r.random() < 0.7 else c.foreigner()
    d.f(
        "{t0}，{o}在"
        + pick(r, "高铁站东广场", "机场到达层", "某大型商场门口")
        + "检查时发现，当事人驾驶{pl}号车辆搭载乘客{ps}，从"
        + pick(r, "火车站", "机场", "市中心")
        + "前往{dest}。经询问，乘客{ps2}（联系电话{ph}）称系通过"
        + pick(r, "某网约车平台", "某顺风车小程序", "微信群")
        + "叫车，约定车费"
        + str(r.randint(35, 180))
        + "元。\n\n",
        t0=c.D(t0),
        o=c.officers_line(),
        pl=go("plate", pl),
        ps=c.N(pas),
        ps2=c.N(pas),
        ph=c.PH(pas),
        dest=c.ADDR(pas),
    )
    if pas.nationality != "中国":
        d.f("乘客系" + pas.nationality + "籍人员，其护照号码为{pp}。", pp=go("passport", pas.passport))
    d.f(
        "经查，当事人及其车辆均未取得网络预约出租汽车运输证和驾驶员证。当事人自{t}起通过平台接单，平台订单记录显示其累计完成订单{k}单，{ts}。当事人另通过微信（微信号：{wx}）招揽熟客包车，收款通过微信转账完成。\n\n",
        t=c.D(c.before(60, 300, t0)),
        k=str(r.randint(80, 900)),
        ts=TS(
            pick(
                r,
                f"平台按每单流水的{r.randint(18, 30)}%抽成",
                f"月均流水约{r.randint(6, 15)}千元",
                f"每公里计价{r.randint(18, 28) / 10}元、远途加价三成",
            )
        ),
        wx=go(
            "social_id",
            pick(
                r,
                f"wxid_{digits(r, 12, 'abcdefghjkmnpqrstuvwxyz0123456789')}",
                f"{r.choice(['chuxing', 'daijia', 'yongche'])}{digits(r, 4)}",
                f"{p.mobile}",
            ),
        ),
    )
    if r.random() < 0.4:
        d.f(
            "另查明，当事人{cr}，依法不得从事网约车驾驶服务。",
            cr=go(
                "criminal_record",
                pick(
                    r,
                    f"曾于{r.randint(2012, 2021)}年因醉酒驾驶机动车被判处拘役三个月",
                    f"曾于{r.randint(2012, 2021)}年因盗窃罪被判处有期徒刑八个月",
                ),
            ),
        )
    if r.random() < 0.5:
        d.f(
            "当事人在陈述申辩中称其{h}，家庭困难，请求从轻处罚。",
            h=H(pick(r, "患有强直性脊柱炎无法从事体力劳动", "妻子罹患白血病正在治疗", "因腰椎手术失业在家")),
        )
    d.f(
        "\n\n本局认为，当事人未取得道路运输经营许可，擅自从事网络预约出租汽车经营，违反了{l1}的规定。依据{l2}及{l3}的规定，本局决定对当事人罚款{m}。\n\n",
        l1=c.L("《网络预约出租汽车经营服务管理暂行办法》第十三条"),
        l2=c.L("《网络预约出租汽车经营服务管理暂行办法》第三十四条"),
        l3=c.L(f"《{c.loc.city}网络预约出租汽车经营服务管理实施细则》第{r.randint(20, 40)}条"),
        m=c.M(pick(r, 10000, 15000, 20000, 30000)),
    )
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S32
@structure("S32-transport-vehicle-detention", "coercion", "JTJ")
def s32(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政强制措施决定书（扣押车辆）", "暂扣车辆决定书"), "交强"))
    p = c.person(age=(25, 60))
    d.add(c.party_person(p, label=pick(r, "当事人", "车辆驾驶人"), style=r.randint(0, 2)))
    owner = c.person(age=(30, 65))
    pl = plate(r, c.loc.pa, c.loc.pl)
    kind = pick(
        r,
        ("小型普通客车", "未取得道路运输经营许可擅自从事道路旅客运输经营"),
        ("重型普通货车", "未取得道路运输证擅自从事道路货物运输"),
        ("小型轿车", "未取得出租汽车经营许可擅自从事巡游出租汽车经营"),
    )
    t0 = c.date
    d.f(
        "{t0}，本局执法人员在"
        + r.choice(c.loc.roads)
        + "检查时发现，你驾驶的{pl}号"
        + kind[0]
        + "（车辆所有人：{o}，联系电话{oph}）涉嫌"
        + kind[1]
        + "。你不能当场提供车辆营运证明。\n\n",
        t0=c.D(t0),
        pl=go("plate", pl),
        o=c.N(owner),
        oph=c.PH(owner),
    )
    d.f(
        "依据{l}的规定，本局决定对该车辆予以扣押，扣押期限为{k}日（自{a}起至{b}止）。扣押车辆存放于"
        + c.loc.dist
        + "交通运输执法暂扣车辆停车场。\n\n",
        l=c.L(
            pick(
                r,
                "《中华人民共和国道路运输条例》第六十六条",
                "《中华人民共和国行政强制法》第九条第（二）项、第二十三条",
            )
        ),
        k="30",
        a=c.D(t0),
        b=c.D(c.after(29, 29)),
    )
    d.add("车内物品清单：")
    d.f(
        "{x}\n\n",
        x=pick(
            r,
            F("行车记录仪一台；手机支架一个；乘客遗留背包一个（已当场返还乘客）。"),
            F(
                "驾驶人{n}的药品一袋（{h}），已当场交还本人。",
                n=c.N(p),
                h=H(pick(r, "降压药", "胰岛素注射笔", "抗癫痫药丙戊酸钠")),
            ),
        ),
    )
    d.f(
        "在扣押期间，你可以向本局陈述、申辩。请于接到本决定书之日起{k}日内携带本人身份证、驾驶证（证号{dl}）及车辆行驶证到本局{dept}接受调查处理。\n\n",
        k=str(r.choice([3, 5, 7])),
        dl=driver_license(c, p),
        dept=pick(r, "案件审理科", "执法大队", "法制科"),
    )
    d.f("现场见证人：{w}（身份证号{i}）\n", w=c.N(wit := c.person()), i=c.ID(wit))
    d.add(c.rights(style=r.randint(0, 3), suspend=False))
    d.f("\n执法人员：{a}　{b}\n执法证号：{x}　{y}\n", a=c.ON(0), b=c.ON(1), x=c.OC(0), y=c.OC(1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S33
@structure("S33-transport-taxi-driver-qualification-refusal", "license", "JTJ")
def s33(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "不予行政许可决定书", "道路运输从业资格不予许可决定书"), "交不许"))
    p = c.person(age=(24, 58))
    d.f(
        "申请人：{n}\n居民身份证号码：{i}\n机动车驾驶证号：{dl}（准驾车型：C1，初次领证日期{fd}）\n户籍地址：{o}\n现住址：{a}\n联系电话：{ph}\n\n",
        n=c.N(p),
        i=c.ID(p),
        dl=driver_license(c, p),
        fd=f"{r.randint(2005, 2020)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
        o=go("address", p.origin) if p.origin else c.ADDR(p),
        a=c.ADDR(p) if p.origin else F("同上"),
        ph=c.PH(p),
    )
    c.target_type, c.target_name = "natural_person", p.name
    c.fields.update(id_number=p.id18, address=p.address, phone=p.mobile)
    t0 = c.before(10, 20)
    d.f(
        "你于{t0}申请参加"
        + pick(r, "网络预约出租汽车驾驶员", "巡游出租汽车驾驶员", "道路旅客运输驾驶员")
        + "从业资格考试，并提交了下列材料：1.从业资格考试申请表；2.机动车驾驶证及复印件；3.身份证明及复印件；4."
        + pick(r, "无犯罪记录证明", "驾驶员安全驾驶经历证明", "县级以上医疗机构出具的体检证明")
        + "。本局受理后，会同公安机关对你的驾驶经历及违法犯罪记录进行了核查。\n\n",
        t0=c.D(t0),
    )
    reason = r.randint(0, 2)
    if reason == 0:
        d.f(
            "经核查，你{cr}，不符合{l}规定的条件。\n",
            cr=go(
                "criminal_record",
                pick(
                    r,
                    f"于{r.randint(2014, 2022)}年因醉酒驾驶机动车被追究刑事责任",
                    f"曾于{r.randint(2010, 2020)}年因抢劫罪被判处有期徒刑三年",
                    f"于{r.randint(2016, 2023)}年因故意伤害罪被判处有期徒刑一年",
                ),
            ),
            l=c.L("《出租汽车驾驶员从业资格管理规定》第十条第（三）项、第（四）项"),
        )
    elif reason == 1:
        d.f(
            "经核查，你{cr}，不符合{l}关于“无吸毒记录”的规定。\n",
            cr=go(
                "criminal_record",
                pick(
                    r,
                    f"于{r.randint(2016, 2023)}年因吸食甲基苯丙胺被公安机关行政拘留十日",
                    f"于{r.randint(2016, 2023)}年被责令社区戒毒三年",
                ),
            ),
            l=c.L("《出租汽车驾驶员从业资格管理规定》第十条第（三）项"),
        )
    else:
        d.f(
            "经核查，你最近连续三个记分周期内有记满12分记录，且你提交的体检表显示{h}，不符合{l}规定的条件。\n",
            h=H(pick(r, "双眼矫正视力低于4.9", "红绿色盲", "患有癫痫病")),
            l=c.L("《出租汽车驾驶员从业资格管理规定》第十条"),
        )
    d.f(
        "\n依据{l}的规定，本局决定不予许可。本决定作出前，本局已告知你拟不予许可的理由并听取了你的陈述。你称“{q}”，本局经复核认为上述陈述不能改变认定结论。\n\n",
        l=c.L("《中华人民共和国行政许可法》第三十八条第二款"),
        q=pick(r, "那是多年前的事，我已经改过自新", "家里需要我开车养家")
        if reason < 2
        else pick(r, "我开车多年从未出过事故", "体检结果可能有误，请求复查"),
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S34
@structure("S34-env-emission-exceedance-penalty", "penalty", "HBJ")
def s34(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书", "生态环境行政处罚决定书"), "环罚"))
    co = c.company(pick(r, "电镀", "印染", "化工", "制药", "涂装"))
    d.add(c.party_company(co, contact=c.person() if r.random() < 0.5 else None))
    inv = d.slot()
    d.f("排污许可证编号：{x}\n\n", x=co.code + f"001{r.choice('PQUVWXY')}")
    t0 = c.before(40, 100)
    water = r.random() < 0.5
    if water:
        poll = pick(
            r, ("化学需氧量", 100, "mg/L"), ("总铬", 1.0, "mg/L"), ("氨氮", 15, "mg/L"), ("总镍", 0.5, "mg/L")
        )
        std = c.STD(
            pick(
                r,
                "GB 8978-1996《污水综合排放标准》",
                "GB 21900-2008《电镀污染物排放标准》",
                "GB 4287-2012《纺织染整工业水污染物排放标准》",
            )
        )
    else:
        poll = pick(r, ("非甲烷总烃", 60, "mg/m³"), ("颗粒物", 20, "mg/m³"), ("氮氧化物", 150, "mg/m³"))
        std = c.STD(
            pick(
                r,
                "GB 16297-1996《大气污染物综合排放标准》",
                "GB 37822-2019《挥发性有机物无组织排放控制标准》",
            )
        )
    val = round(poll[1] * r.uniform(1.3, 6.0), 2)
    d.f(
        "{t0}，本局执法人员对当事人进行现场检查，并委托"
        + c.loc.city
        + "生态环境监测站对其"
        + ("废水总排放口" if water else "1号排气筒")
        + "进行采样监测。监测报告（编号：{no}）显示，"
        + poll[0]
        + "浓度为"
        + f"{val}{poll[2]}"
        + "，超过{std}规定的排放限值（"
        + f"{poll[1]}{poll[2]}"
        + "）"
        + f"{round(val / poll[1] - 1, 2)}"
        + "倍。\n\n",
        t0=c.D(t0),
        no=f"JC{c.date.year}{digits(r, 5)}",
        std=std,
    )
    d.f(
        "经查，当事人{ts1}。检查当日，{ts2}，当事人环保专员{e}（手机{ph}）称：“{q}”\n\n",
        ts1=TS(
            pick(
                r,
                f"镀镍槽液按硫酸镍{r.randint(220, 300)}g/L、氯化镍{r.randint(40, 60)}g/L、硼酸{r.randint(35, 45)}g/L配制，槽温控制在{r.randint(50, 60)}℃",
                f"定型机工作温度设定为{r.randint(180, 210)}℃、车速{r.randint(30, 60)}米/分钟",
                f"反应釜在{r.randint(80, 150)}℃、{r.randint(2, 8) / 10}MPa条件下保温{r.randint(2, 6)}小时，日产能约{r.randint(5, 30)}吨",
            )
        ),
        ts2=pick(
            r,
            "废水处理设施加药泵故障停运",
            "活性炭吸附装置活性炭已饱和未更换",
            "RTO焚烧炉燃烧室温度仅维持在600℃左右",
        ),
        e=c.N(e := c.person()),
        ph=c.PH(e),
        q=pick(r, "设备坏了两天，配件还没到。", "活性炭本来这个月要换的。", "当天产量大，处理设施负荷不够。"),
    )
    d.f(
        "上述事实有现场检查（勘察）笔录、监测报告、调查询问笔录、生产台账、在线监控数据等证据证明。\n\n本局认为，当事人超过污染物排放标准排放污染物，违反了{l1}的规定。依据{l2}及{l3}，本局决定：\n一、责令当事人改正违法行为；\n二、罚款{m}。\n\n",
        l1=c.L(
            "《中华人民共和国水污染防治法》第十条" if water else "《中华人民共和国大气污染防治法》第十八条"
        ),
        l2=c.L(
            "《中华人民共和国水污染防治法》第八十三条第（二）项"
            if water
            else "《中华人民共和国大气污染防治法》第九十九条第（二）项"
        ),
        l3=c.L(f"《{c.loc.prov}生态环境行政处罚裁量基准规定》"),
        m=c.M(pick(r, 100000, 150000, 200000, 350000)),
    )
    inv.fill(c.investigation([e]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S35
@structure("S35-env-seal-up-facility", "coercion", "HBJ")
def s35(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "查封（扣押）决定书", "实施查封决定书"), "环封"))
    if r.random() < 0.6:
        name, op = shop(c, pick(r, "塑料加工厂", "废旧物资回收站", "喷漆厂", "五金加工厂"))
        d.add(party_shop(c, name, op))
        boss = op
    else:
        boss = c.person()
        d.add(c.party_person(boss))
    t0 = c.date
    v = pick(
        r,
        (
            "通过暗管将未经处理的清洗废水直接排入雨水管网",
            "《中华人民共和国水污染防治法》第三十九条",
            ["清洗槽2个", "潜水泵1台及暗管约30米", "破碎机1台", "注塑机3台"],
            f"每日处理废旧塑料约{r.randint(3, 12)}吨，清洗用火碱按水量的{r.randint(2, 6)}%投加",
            "老板叫我们晚上把水放掉。",
        ),
        (
            "未配套建设废气收集处理设施，喷漆废气直接无组织排放",
            "《中华人民共和国大气污染防治法》第四十五条",
            ["喷漆房1间", "空压机1台", "喷枪6把", "调漆台1个"],
            f"喷漆工序稀释剂与油漆按1:{r.randint(2, 5)}调配、每日喷涂工件约{r.randint(200, 900)}件",
            "排气扇一直开着，没有处理设备。",
        ),
        (
            "将废矿物油倾倒于厂区空地渗坑",
            "《中华人民共和国固体废物污染环境防治法》第二十条",
            ["储油桶14个", "抽油泵1台", "渗坑1处"],
            f"废油主要回收自{c.loc.dist}{r.randint(3, 9)}家汽修厂，收购价每吨{r.randint(1500, 3500)}元",
            "废油是下雨前倒的。",
        ),
    )
    d.f(
        "经查，你（单位）位于{pl}的生产场所存在"
        + v[0]
        + "的违法行为，可能造成严重污染，违反了{l1}的规定。\n\n",
        pl=F(
            c.loc.dist
            + r.choice(c.loc.towns)
            + r.choice(c.loc.villages or c.loc.roads)
            + "工业区"
            + f"{r.randint(1, 60)}号"
        ),
        l1=c.L(v[1]),
    )
    d.f(
        "依据{l2}及{l3}的规定，本局决定对你（单位）的下列设施、设备予以查封：\n",
        l2=c.L("《中华人民共和国环境保护法》第二十五条"),
        l3=c.L("《环境保护主管部门实施查封、扣押办法》第四条第一款第（二）项"),
    )
    items = r.sample(v[2], 3)
    sep = pick(r, "、", "；")
    d.add(sep.join(f"（{i + 1}）{x}" for i, x in enumerate(items)) + "。\n")
    d.f("查封期限：自{a}起至{b}止，共30日。\n\n", a=c.D(t0), b=c.D(c.after(29, 29)))
    d.f(
        "现场检查时，你（单位）{ts}。工人{w1}、{w2}在场，{w1b}陈述：“{q}”\n\n",
        ts=TS(v[3]),
        w1=c.N(w1 := c.person(origin=True)),
        w2=c.N(c.person(origin=True)),
        w1b=c.N(w1),
        q=v[4],
    )
    d.add(
        "在查封期间，你（单位）不得擅自启封、转移、使用或者损毁被查封的设施、设备。擅自启封的，本局将依法移送公安机关处理。\n\n"
    )
    d.add(c.rights(suspend=False))
    d.f(
        "\n执法人员：{a}（执法证号{x}）、{b}（执法证号{y}）\n当事人签收：{n}\n",
        a=c.ON(0),
        x=c.OC(0),
        b=c.ON(1),
        y=c.OC(1),
        n=c.N(boss),
    )
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S36 (heldout)
@structure("S36-env-sewage-fee-levy", "levy", "ZJJ", part="heldout")
def s36(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "污水处理费核定征收决定书", "排污费征收决定书"), "污征"))
    co = c.company(pick(r, "食品", "纺织", "酿造", "洗涤服务"))
    contact = c.person()
    d.add(c.party_company(co, label="缴费单位", contact=contact))
    y = c.date.year
    q = pick(r, "第一季度", "第二季度", "上半年")
    d.f(
        "你单位属于自备水源取水并向城镇排水设施排放污水的单位。经核查你单位"
        + str(y)
        + "年"
        + q
        + "的取水计量数据及排水许可证载明事项（排水许可证编号：{no}），核定如下：\n",
        no=f"{c.loc.short}排字第{digits(r, 6, '0123456789')}号",
    )
    m1 = r.randint(8000, 90000)
    d.f(
        "1.自备井取水量：{v1}；\n2.自来水用量："
        + str(r.randint(500, 5000))
        + "立方米；\n3.核定排水系数："
        + f"{r.randint(70, 90) / 100}"
        + "；\n4.{ts}。\n",
        v1=TS(f"{m1}立方米"),
        ts=TS(
            pick(
                r,
                f"按你单位提交的生产报表，同期产量{r.randint(300, 5000)}吨、吨产品耗水{r.randint(3, 20)}立方米",
                f"洗涤业务量约{r.randint(20, 200)}万件、主要客户为{c.loc.city[:-1]}多家酒店",
                f"酿造工序每批次投料{r.randint(5, 40)}吨，糖化温度{r.randint(60, 78)}℃",
            )
        ),
    )
    d.f(
        "5.经抽样监测，你单位排放口水质符合{s}的要求。\n",
        s=c.STD(pick(r, "GB/T 31962-2015《污水排入城镇下水道水质标准》", "GB/T 31962-2015")),
    )
    fee = round(m1 * 0.85 * r.choice([0.95, 1.05, 1.4]), 2)
    d.f(
        "\n依据{l1}及{l2}的规定，核定你单位应缴纳污水处理费{f}（收费标准：每立方米"
        + pick(r, "0.95", "1.05", "1.40")
        + "元）。\n\n",
        l1=c.L("《城镇排水与污水处理条例》第三十二条"),
        l2=c.L("《污水处理费征收使用管理办法》第十三条"),
        f=keep("amount", f"{fee:,.2f}元"),
    )
    d.f(
        "请你单位于{t}前缴入{fn}（开户行："
        + c.ag.fiscal_bank
        + "，账号：{no}）。你单位已签订委托扣款协议的，将从你单位账户（{acc}）直接扣缴。逾期缴纳的，依照{l}的规定，自滞纳之日起按日加收应缴纳费用万分之五的滞纳金。\n\n",
        t=c.D(c.after(15, 30)),
        fn=keep("fiscal_account", c.ag.fiscal_name),
        no=c.fiscal(),
        acc=go("bank_account", bank_no(r, r.choice([16, 18, 20, 22]))),
        l=c.L("《城镇排水与污水处理条例》第五十四条"),
    )
    d.f(
        "如对核定数据有异议，可于收到本决定书之日起七日内向本局提出书面复核申请。经办人：{o}；联系人：{ct}。\n",
        o=c.ON(0),
        ct=c.N(contact),
    )
    d.add(c.rights(suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S37
@structure("S37-env-hazardous-waste-penalty", "penalty", "HBJ")
def s37(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "环危罚"))
    co = c.company(pick(r, "机械", "汽车零部件", "精密五金", "线路板"))
    d.add(c.party_company(co))
    inv = d.slot()
    t0 = c.before(40, 90)
    rec = c.person(age=(30, 60))
    drv = c.person(age=(25, 55), male=True)
    waste = pick(
        r,
        ("废矿物油", "HW08", "900-249-08"),
        ("废切削液", "HW09", "900-006-09"),
        ("含铜蚀刻废液", "HW22", "398-004-22"),
        ("废有机溶剂", "HW06", "900-402-06"),
    )
    tons = round(r.uniform(2, 30), 2)
    d.f(
        "{t0}，本局接公安机关通报，在"
        + r.choice(c.loc.villages or c.loc.roads)
        + "附近查获一辆非法运输危险废物的车辆（号牌：{pl}，驾驶人{dv}，驾驶证号{dl}）。经溯源调查，车载"
        + waste[0]
        + "（危废类别"
        + waste[1]
        + "，代码"
        + waste[2]
        + "）来源于当事人。\n\n",
        t0=c.D(t0),
        pl=go("plate", plate(r, c.loc.pa, r.choice("ABCDEF"))),
        dv=c.N(drv),
        dl=driver_license(c, drv),
    )
    d.f(
        "经查明：当事人于{a}至{b}期间，将其生产过程中产生的"
        + waste[0]
        + "共计"
        + f"{tons}吨"
        + "，以{ts1}的价格交由无危险废物经营许可证的个人{rn}（身份证号{i}，住{ad}，电话{ph}）处置。当事人{ts2}。\n\n",
        a=c.D(c.before(200, 300, t0)),
        b=c.D(c.before(5, 30, t0)),
        ts1=TS(f"每吨{r.randint(300, 1200)}元"),
        rn=c.N(rec),
        i=c.ID(rec),
        ad=c.ADDR(rec),
        ph=c.PH(rec),
        ts2=TS(
            pick(
                r,
                f"数控加工线切削液按1:{r.randint(15, 30)}稀释使用，每月更换一次",
                f"年产量约{r.randint(20, 300)}万件，危废年产生量约{r.randint(10, 80)}吨",
                f"此前委托的持证单位收费为每吨{r.randint(2500, 4500)}元",
            )
        ),
    )
    d.f(
        "{rn}陈述：“{q}”当事人生产部经理{m}对上述事实予以确认。\n\n",
        rn=c.N(rec),
        q=pick(r, "我收来是拿去提炼的，剩下的渣就倒在山沟里了。", "我没有证，收了以后转卖给别人。"),
        m=c.N(c.person()),
    )
    d.f(
        "本局认为，当事人将危险废物提供给无许可证的个人从事收集、贮存、处置经营活动，违反了{l1}的规定。依据{l2}的规定，本局决定：\n（一）责令当事人改正违法行为；\n（二）罚款{m}。\n\n涉嫌环境污染犯罪部分，已移送公安机关处理。\n\n",
        l1=c.L("《中华人民共和国固体废物污染环境防治法》第八十条第三款"),
        l2=c.L("《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（四）项"),
        m=c.M(pick(r, 200000, 300000, 500000)),
    )
    inv.fill(c.investigation([rec]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S38
@structure("S38-emergency-accident-penalty", "penalty", "YJJ")
def s38(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书（单位）", "应急管理行政处罚决定书"), "应急罚"))
    co = c.company(pick(r, "建筑工程", "钢结构", "化工", "机械制造"))
    d.add(c.party_company(co))
    inv = d.slot()
    t0 = c.before(90, 200)
    kind = pick(
        r,
        ("机械伤害", "生产车间", "机械性窒息合并多发伤死亡", "作业人员在设备未停机状态下进入危险区域"),
        ("高处坠落", "承建项目施工现场", "颅脑损伤，经抢救无效死亡", "作业人员在临边作业时未系挂安全带"),
        ("物体打击", "承建项目施工现场", "多发性骨折合并失血性休克死亡", "上方作业面未设置防护，模板坠落"),
        ("起重伤害", "厂区装卸区", "胸腹部挤压伤死亡", "吊装作业时钢丝绳断裂"),
        ("中毒和窒息", "污水处理池", "硫化氢中毒死亡", "有限空间作业前未进行通风检测"),
    )
    n_dead, n_inj = r.choice([1, 1, 2]), r.randint(1, 3)
    d.f(
        "{t0}，当事人"
        + kind[1]
        + "发生一起"
        + kind[0]
        + "事故，造成{k}人死亡、{j}人受伤，直接经济损失约"
        + str(r.randint(100, 400))
        + "万元。经{c}事故调查组调查，该事故为一起一般生产安全责任事故。\n\n",
        t0=c.D(t0),
        k=str(n_dead),
        j=str(n_inj),
        c=c.loc.dist,
    )
    d.add("一、事故伤亡情况\n")
    for _ in range(n_dead):
        dead = c.person(age=(35, 62), male=True, origin=True)
        d.f(
            "死者：{n}，" + str(dead.age(c.date)) + "岁，身份证号{i}，{h}。\n",
            n=c.N(dead),
            i=c.ID(dead),
            h=H(kind[2]),
        )
    for _i in range(n_inj):
        w = c.person(age=(20, 60), male=r.random() < 0.8, origin=r.random() < 0.5)
        grade = pick(r, "五级", "七级", "九级", "十级")
        st = r.randint(0, 2)
        if st == 0:
            d.f(
                "伤者：{n}，" + w.gender + "，{h}，经劳动能力鉴定为{g}；\n",
                n=c.N(w),
                h=H(
                    pick(r, "右股骨干骨折", "腰椎爆裂性骨折伴不全瘫", "左手三指缺失", "肋骨多发骨折、血气胸")
                ),
                g=H(f"伤残{grade}"),
            )
        elif st == 1:
            d.f(
                "伤者：{n}（身份证号：{i}），{h}，{g}；\n",
                n=c.N(w),
                i=c.ID(w),
                h=H(pick(r, "轻度颅脑损伤", "右眼球破裂伤", "吸入性肺损伤")),
                g=H(pick(r, "目前仍在住院治疗", f"已构成{grade}伤残")),
            )
        else:
            d.f(
                "伤者：{n}，家住{a}，{h}。\n",
                n=c.N(w),
                a=c.ADDR(w),
                h=H(pick(r, "软组织挫伤，已出院", "左前臂骨折，经鉴定为十级伤残")),
            )
    d.add("\n二、事故原因及责任\n")
    d.f(
        "经调查，事故直接原因为{x}。间接原因为：当事人未建立健全全员安全生产责任制；未对从业人员进行安全生产教育和培训，"
        + pick(r, "死者", "涉事作业人员")
        + "未经培训即上岗作业；{ts}。当事人对事故发生负有责任。\n\n",
        x=kind[3],
        ts=TS(
            pick(
                r,
                f"为赶工期，当事人将生产线节拍由每件{r.randint(40, 60)}秒压缩至{r.randint(25, 39)}秒",
                f"该项目中标价为{r.randint(800, 5000)}万元，安全措施费实际投入不足预算的{r.randint(20, 50)}%",
                f"反应釜投料温度设定为{r.randint(120, 180)}℃，超出工艺规程上限",
            )
        ),
    )
    d.f(
        "三、处罚依据和决定\n当事人的行为违反了{l1}的规定。依据{l2}的规定，本局决定对当事人处以罚款{m}。\n对当事人主要负责人{rep}的处罚另行作出。\n\n",
        l1=c.L("《中华人民共和国安全生产法》第四条第一款、第二十八条第一款"),
        l2=c.L("《中华人民共和国安全生产法》第一百一十四条第一款第（一）项"),
        m=c.M(pick(r, 300000, 400000, 500000, 600000)),
        rep=c.REP(co),
    )
    inv.fill(c.investigation([]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S39 (heldout)
@structure("S39-emergency-onsite-inspection-record", "inspection", "YJJ", part="heldout")
def s39(c):
    r, d = c.rng, Doc()
    c.new_docno("检记")
    d.f("{a}\n现场检查记录\n（{n}）\n\n", a=c.A(), n=c.DN())
    co = c.company(pick(r, "机械", "金属制品", "食品", "仓储服务"))
    c.target_type, c.target_name = "legal_person", co.name
    c.fields.update(credit_code=co.code, legal_representative=co.rep.name)
    ac = c.person()
    d.f(
        "被检查单位：{co}\n地址："
        + co.addr
        + "\n法定代表人（负责人）：{rep}　联系电话：{ll}\n陪同检查人员：{p}（安全管理员，手机{ph}）\n检查场所：生产车间、配电房、危化品仓库\n检查时间：{t}\n",
        co=c.CO(co),
        rep=c.REP(co),
        ll=c.LL(),
        p=c.N(ac),
        ph=c.PH(ac),
        t=c.D(c.date),
    )
    d.f("检查人员：{a}、{b}（执法证号：{x}、{y}）\n\n", a=c.ON(0), b=c.ON(1), x=c.OC(0), y=c.OC(1))
    d.f("我们是{ag}的执法人员，现依法对你单位进行安全生产现场检查，请予配合。\n\n检查情况：\n", ag=c.A())
    items = []
    w1 = c.person(age=(22, 55))
    cert = "T" + w1.id18 if r.random() < 0.6 else f"T{w1.id18[:6]} {w1.id18[6:14]} {w1.id18[14:]}"
    items.append(
        F(
            "焊工{n}持有的特种作业操作证（证号{ce}）已过复审期限，仍在车间从事焊接作业；",
            n=c.N(w1),
            ce=go("id_number", cert),
        )
    )
    w2 = c.person(age=(22, 55))
    items.append(
        F(
            "叉车司机{n}未取得特种设备作业人员证，{h}；",
            n=c.N(w2),
            h=pick(
                r,
                F("单位未安排岗前体检"),
                F(
                    "其本人自述{x}，单位未调整岗位",
                    x=H(pick(r, "患有高血压三级", "有癫痫发作史", "近期因心梗放置支架")),
                ),
            ),
        )
    )
    items.append(
        F(
            "危化品仓库内{ts}，未设置可燃气体报警装置；",
            ts=TS(
                pick(
                    r,
                    f"存放自行调配的清洗剂（乙醇{r.randint(40, 75)}%、异丙醇{r.randint(10, 30)}%）约{r.randint(1, 8)}吨",
                    f"甲类物品最大储量约{r.randint(2, 10)}吨",
                )
            ),
        )
    )
    items.append(
        F(
            "危化品仓库储存方式不符合{s}的要求；",
            s=c.STD(pick(r, "GB 15603-2022《危险化学品仓库储存通则》", "GB 15603-2022")),
        )
    )
    items.append(F("配电房门口堆放纸箱，应急照明灯不亮；"))
    items.append(F("未建立事故隐患排查治理台账。"))
    if r.random() < 0.5:
        items.append(F("查阅培训档案发现，员工{n}入职培训记录系代签。", n=c.N(c.person(age=(18, 40)))))
    for i, it in enumerate(items):
        d.add(f"{i + 1}. ", it, "\n")
    d.f(
        "\n检查结论：上述第1至{k}项违反了{l1}等规定。本局将依法下达《责令限期整改指令书》，对第3项隐患采取现场处理措施，责令立即停止使用危化品仓库。涉嫌违法行为另行立案调查。\n\n",
        k=str(len(items) - 1),
        l1=c.L("《中华人民共和国安全生产法》第三十条第一款、第四十一条第二款"),
    )
    d.f(
        "被检查单位意见：{q}\n被检查单位负责人签名：{p}　{t}\n检查人员签名：{a}　{b}\n",
        q=pick(r, "以上情况属实。", "无异议，立即整改。"),
        p=c.N(ac),
        t=c.D(c.date, 0),
        a=c.ON(0),
        b=c.ON(1),
    )
    d.add(c.sign(contact=True, seal=False))
    return d


# ------------------------------------------------------------------ S40
@structure("S40-emergency-rectification-order", "other", "YJJ")
def s40(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "责令限期整改指令书", "责令改正通知书"), "应急责改"))
    if r.random() < 0.6:
        co = c.company(pick(r, "木业", "粉末涂料", "铝制品", "冷链物流"))
        d.add(F("{co}：\n\n", co=c.CO(co)))
        c.target_type, c.target_name = "legal_person", co.name
        c.fields.update(credit_code=co.code, legal_representative=co.rep.name)
        who = "你单位"
    else:
        name, op = shop(c, pick(r, "家具厂", "冷库", "烟花爆竹零售点"))
        d.f(
            "{s}（经营者：{o}，身份证号码：{i}，电话：{ph}）：\n\n",
            s=keep("company", name),
            o=c.N(op),
            i=c.ID(op),
            ph=c.PH(op),
        )
        who = "你"
    t0 = c.before(1, 5)
    d.f(
        "{t0}，{o}依法对" + who + "进行安全生产监督检查。经查，" + who + "存在下列问题：\n",
        t0=c.D(t0),
        o=c.officers_line(),
    )
    probs = [
        ("粉尘爆炸危险场所除尘系统未按规定设置锁气卸灰装置", "《工贸企业粉尘防爆安全规定》第十三条"),
        ("有限空间作业未实行作业审批", "《工贸企业有限空间作业安全规定》第十五条"),
        ("液氨制冷机房未设置氨气浓度报警装置", "《中华人民共和国安全生产法》第三十六条第二款"),
        ("员工宿舍与生产车间设置在同一建筑物内", "《中华人民共和国安全生产法》第四十二条第一款"),
        ("未按规定对从业人员进行安全生产教育和培训", "《中华人民共和国安全生产法》第二十八条第一款"),
    ]
    r.shuffle(probs)
    for i, (p, l) in enumerate(probs[:3]):
        d.f(f"（{'一二三'[i]}）" + p + "，违反了{l}的规定；\n", l=c.L(l))
    w = c.person(age=(20, 55))
    d.f(
        "\n检查中还发现，员工{n}{x}，{y}。\n\n",
        n=c.N(w),
        x=pick(
            r,
            F("在车间内抽烟"),
            F(
                "未佩戴防尘口罩作业，其{h}",
                h=H(pick(r, "职业健康检查提示肺纹理增粗", "听力检查显示双耳高频听力下降")),
            ),
        ),
        y=F(
            "{ts}",
            ts=TS(
                pick(
                    r,
                    f"该车间每日加工板材约{r.randint(200, 800)}张、砂光机转速{r.randint(1200, 1800)}转/分",
                    f"冷库库温设定为-{r.randint(18, 30)}℃，储存客户货物约{r.randint(200, 900)}吨",
                )
            ),
        ),
    )
    d.f(
        "现责令"
        + who
        + "：\n1.对第（一）项问题于{t1}前整改完毕；\n2.对第（二）、（三）项问题立即整改；\n3.整改期间，采取有效防范措施，确保安全。\n\n",
        t1=c.D(c.after(10, 30)),
    )
    d.f(
        "整改完毕后，请于{t}前将整改情况书面报告本局。逾期未整改或者整改不合格的，本局将依据{l}的规定予以处罚。\n\n",
        t=c.D(c.after(31, 40)),
        l=c.L("《中华人民共和国安全生产法》第一百零二条"),
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False))
    d.f(
        "\n执法人员（签名）：{a}　{b}\n被检查单位负责人（签收）：{s}\n",
        a=c.ON(0),
        b=c.ON(1),
        s=c.REP(co) if who == "你单位" else c.N(op),
    )
    d.add(c.sign())
    return d
