"""Market regulation structures (food, drugs, pricing, advertising, IP, credit)."""

from common import TS, Doc, F, H, J, bank_no, digits, go, keep, party_shop, pick, plate, shop, structure


def supplier(c, kind=None):
    r = c.rng
    city = r.choice(["杭州", "义乌", "广州", "临沂", "郑州", "成都", "昆明", "石家庄", "温州", "佛山"])
    nm = f"{city}{r.choice(['盛源', '恒通', '嘉利', '隆达', '兴旺', '多宝', '鸿运', '新丰', '永福', '信达'])}{kind or r.choice(['冻品批发部', '食品商行', '贸易有限公司', '供应链管理有限公司', '副食品经营部'])}"
    c.names.append(nm)
    return nm


def notice_no(c, typ="罚告"):
    n = c.rng.randint(10, 300)
    return keep("doc_no", f"{c.ag.short}{typ}〔{c.date.year}〕{n}号")


# ------------------------------------------------------------------ S01
@structure("S01-market-food-snack-shop-penalty", "penalty", "SJJ")
def s01(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书", "市场监督管理局行政处罚决定书"), "罚"))
    name, op = shop(c, pick(r, "小吃店", "餐馆", "卤味店", "面馆", "快餐店"))
    d.add(party_shop(c, name, op))
    t0 = c.before(45, 100)
    t1 = c.after(1, 4, t0)
    t2 = c.after(20, 30, t1)
    worker = c.person(age=(19, 55))
    variant = r.randint(0, 1)
    d.f("{t0}，{o}依法对当事人的经营场所进行日常监督检查。", t0=c.D(t0), o=c.officers_line())
    if variant == 0:
        food = pick(r, "冷冻鸭脖", "速冻鸡爪", "真空包装牛肉片", "冷冻鱿鱼须", "火锅底料")
        qty = r.randint(6, 40)
        d.f(
            "检查发现，当事人后厨冷藏柜内存放有超过保质期的"
            + food
            + "共"
            + str(qty)
            + "袋（每袋500克），标签标示保质期为十二个月，已超过保质期"
            + str(r.randint(10, 120))
            + "天。执法人员当场对上述食品实施扣押，并于{t1}经本局负责人批准立案调查。\n\n",
            t1=c.D(t1),
        )
        sup = supplier(c)
        price = f"{r.randint(18, 60)}.{r.randint(0, 9)}0元"
        d.f(
            "经查，当事人自{s}起从{sup}购进上述"
            + food
            + "，{ch}，{pp}。当事人将其用于加工凉拌菜品对外销售，{sv}。",
            s=c.D(c.before(150, 300, t0)),
            sup=TS(sup),
            ch=TS(
                pick(
                    r,
                    "通过微信联系对方业务员下单、货到后现金结算",
                    "每周二由对方配送车辆送货上门、月底对账",
                    "在对方门店自提、按月挂账",
                )
            ),
            pp=F("进货单价为{p}", p=TS("每袋" + price)),
            sv=TS(
                pick(
                    r,
                    f"日均售出约{r.randint(20, 80)}份",
                    f"每月用量约{r.randint(10, 40)}袋",
                    f"每份菜品毛利约{r.randint(4, 12)}元",
                )
            ),
        )
        d.f("案发时上述食品尚未售出部分货值金额为{v}，无违法所得。\n\n", v=c.M(qty * r.randint(20, 50), 0))
        d.f(
            "店员{w}在询问中陈述：“冷柜里那几袋是{y}前进的货，我以为冻着就还能用，没有仔细看日期。”经营者{o}对上述事实予以确认。\n\n",
            w=c.N(worker),
            y=pick(r, "两个月", "上个月", "去年年底"),
            o=c.N(op),
        )
        law1 = c.L("《中华人民共和国食品安全法》第三十四条第（十）项")
        law2 = c.L("《中华人民共和国食品安全法》第一百二十四条第一款第（五）项")
        fine = pick(r, 50000, 50000, 60000, 20000)
        decision = F("1.没收超过保质期的" + food + str(qty) + "袋；\n2.罚款{m}。\n", m=c.M(fine))
        mitig = fine < 50000
    else:
        dis = pick(r, "患有活动性肺结核", "患有化脓性皮肤病", "被诊断为甲型病毒性肝炎", "确诊为细菌性痢疾")
        d.f(
            "检查发现，当事人后厨从事凉菜制作的员工{w}未能提供有效健康证明。{t1}，本局经负责人批准立案调查。\n\n",
            w=c.N(worker),
            t1=c.D(t1),
        )
        d.f(
            "经查，{w}于{t}在"
            + c.loc.city
            + "某医院就诊，{h}，当事人经营者{o}知悉上述情况后，仍安排其在后厨从事接触直接入口食品的工作至案发。{w2}陈述：“老板知道我在吃药，说人手不够让我先顶几天。”\n\n",
            w=c.N(worker),
            t=c.D(c.before(10, 40, t0)),
            h=H(dis),
            o=c.N(op),
            w2=c.N(worker),
        )
        law1 = c.L("《中华人民共和国食品安全法》第四十五条第一款")
        law2 = c.L("《中华人民共和国食品安全法》第一百二十六条第一款第（六）项")
        fine = pick(r, 5000, 8000, 10000)
        decision = F("1.警告；\n2.罚款{m}。\n", m=c.M(fine))
        mitig = False
    d.f(
        "上述事实，有以下证据证明：\n（一）当事人营业执照复印件及经营者身份证复印件；\n（二）{t0}现场检查笔录及现场照片{k}张；\n（三）对{o}、{w}的询问笔录；\n（四）"
        + pick(r, "进货票据及微信聊天记录截图", "送货单", "就诊记录复印件")
        + "。\n\n",
        t0=c.D(t0),
        k=str(r.randint(4, 12)),
        o=c.N(op),
        w=c.N(worker),
    )
    d.f("本局认为，当事人的上述行为违反了{l1}的规定。依据{l2}的规定，", l1=law1, l2=law2)
    if mitig:
        d.f(
            "鉴于当事人积极配合调查，主动消除违法行为危害后果，符合{l}规定的情形，本局决定对当事人减轻处罚。",
            l=c.L("《中华人民共和国行政处罚法》第三十二条第（一）项"),
        )
    d.f(
        "本局于{t2}向当事人送达了{n}《行政处罚告知书》，当事人在法定期限内"
        + pick(
            r,
            "未提出陈述、申辩意见，也未要求听证。",
            "提出了陈述意见，称系初次经营、对法律规定不了解，本局经复核认为其陈述不足以改变处罚结果，不予采纳。",
        )
        + "\n\n",
        t2=c.D(t2),
        n=notice_no(c),
    )
    d.add("综上，本局决定对当事人作出如下行政处罚：\n", decision, "\n")
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S02
@structure("S02-market-food-factory-additive-penalty", "penalty", "SJJ")
def s02(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "罚"))
    co = c.company(pick(r, "食品", "烘焙食品", "饮品", "调味品"))
    contact = c.person() if r.random() < 0.5 else None
    d.add(c.party_company(co, contact=contact))
    inv = d.slot()
    prod = pick(
        r,
        (
            "原味蛋糕",
            "脱氢乙酸及其钠盐（以脱氢乙酸计）",
            "0.5g/kg",
            "0.83g/kg",
            "小麦粉{a}%、白砂糖{b}%、鸡蛋{c}%、植物油{e}%，其余为水和复配膨松剂",
            "打发后在{t}℃烘烤{m}分钟",
            "500克/盒",
        ),
        (
            "手撕面包",
            "山梨酸及其钾盐（以山梨酸计）",
            "1.0g/kg",
            "1.46g/kg",
            "高筋粉{a}%、白砂糖{b}%、黄油{c}%、全蛋液{e}%，酵母及改良剂合计不超过2%",
            "醒发{m}分钟后于{t}℃烘烤",
            "400克/袋",
        ),
        (
            "香辣牛肉酱",
            "苯甲酸及其钠盐（以苯甲酸计）",
            "不得使用",
            "0.26g/kg",
            "牛肉粒{a}%、菜籽油{b}%、辣椒{c}%、豆瓣{e}%，其余为香辛料",
            "熬制温度控制在{t}℃、时长{m}分钟",
            "210克/瓶",
        ),
        (
            "芒果复合果汁饮料",
            "日落黄",
            "0.1g/kg",
            "0.18g/kg",
            "芒果浆{a}%、白砂糖{b}%、柠檬酸{c}%、稳定剂{e}%，余量为纯净水",
            "调配后经{t}℃瞬时杀菌{m}秒",
            "330毫升/瓶",
        ),
    )
    pname, add, limit, found, ratio, proc, spec = prod
    a, b, cc, e = r.randint(35, 60), r.randint(10, 25), r.randint(3, 15), r.randint(1, 8)
    t0 = c.before(60, 120)
    lab = pick(
        r, f"{c.loc.prov[:-1]}省食品质量安全检测研究院", f"{c.loc.city}食品药品检验所", "某第三方检测有限公司"
    )
    lab = lab.replace("自治区省", "自治区").replace("省省", "省")
    d.f(
        "{t0}，本局在食品安全监督抽检中，抽取了当事人生产的"
        + pname
        + "（生产日期：{pd}，规格："
        + spec
        + "）。经"
        + lab
        + "检验，该批次产品"
        + add
        + "检测值为"
        + found
        + "，不符合{std}的要求（最大使用量："
        + limit
        + "），检验结论为不合格。当事人收到检验报告后未提出复检申请。{t1}，经本局负责人批准，对当事人立案调查。\n\n",
        t0=c.D(t0),
        pd=c.D(c.before(5, 30, t0), 1),
        std=c.STD("GB 2760-2014《食品安全国家标准 食品添加剂使用标准》"),
        t1=c.D(c.after(15, 25, t0)),
    )
    qty, sold = r.randint(300, 3000), 0
    sold = r.randint(100, qty)
    d.add("经查明：\n")
    d.f(
        "一、当事人按照企业内部配方组织生产，该产品{rt}，{pr}。涉案批次共生产"
        + str(qty)
        + "件，已销售"
        + str(sold)
        + "件，其余已由当事人召回并封存。\n",
        rt=F("投料比例为{x}", x=TS(ratio.format(a=a, b=b, c=cc, e=e))),
        pr=TS(proc.format(t=r.randint(95, 200), m=r.randint(8, 45))),
    )
    gain, fine = sold * r.randint(2, 8), pick(r, 50000, 80000, 100000, 150000)
    cust = [supplier(c, k) for k in ("连锁超市有限公司", "便利店", "商贸有限公司")][: r.randint(2, 3)]
    d.f(
        "二、上述产品主要通过{cl}销售，{pr}，货值金额共计{v}，违法所得{g}。\n",
        cl=TS("、".join(cust) + "等渠道"),
        pr=TS(
            pick(
                r,
                f"出厂价每件{r.randint(8, 40)}元、毛利率约{r.randint(18, 45)}%",
                f"每件利润约{r.randint(2, 9)}元",
                f"对大客户按开票金额返点{r.randint(3, 12)}%",
            )
        ),
        v=c.M(qty * r.randint(10, 30), 0),
        g=c.M(gain, 0),
    )
    qa = c.person()
    d.f(
        "三、当事人质检员{q}陈述：“{s}”\n\n",
        q=c.N(qa),
        s=pick(
            r,
            "那批次是新来的配料工称料时把防腐剂多加了一勺，出厂检验没有检这个项目。",
            "复配添加剂是供应商配好的，我们按以前的量加，没想到超标了。",
        ),
    )
    d.f(
        "以上事实有现场检查笔录、检验报告、生产记录、销售台账、对{q}及{rep}的询问笔录等证据为证。\n\n",
        q=c.N(qa),
        rep=c.REP(co),
    )
    d.f(
        "本局认为，当事人生产超限量使用食品添加剂的食品，违反了{l1}的规定。依据{l2}的规定，并参照{l3}，本局决定：\n",
        l1=c.L("《中华人民共和国食品安全法》第三十四条第（四）项"),
        l2=c.L("《中华人民共和国食品安全法》第一百二十四条第一款第（三）项"),
        l3=c.L(f"《{c.loc.prov}市场监督管理行政处罚裁量基准》"),
    )
    d.f(
        "（一）没收违法所得{g}；\n（二）罚款{f}。\n以上罚没款合计{t}。\n\n",
        g=c.M(gain, 0),
        f=c.M(fine),
        t=c.M(gain + fine, 2),
    )
    inv.fill(c.investigation([qa]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S03
@structure("S03-market-pharmacy-prescription-penalty", "penalty", "SJJ")
def s03(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "药罚"))
    if r.random() < 0.5:
        name, op = shop(c, pick(r, "大药房", "药店", "便民药房"))
        d.add(party_shop(c, name, op))
        boss = op
    else:
        co = c.company("大药房连锁", "有限公司" + pick(r, "", "第十二分店", "城南分店"))
        d.add(c.party_company(co))
        boss = None
    inv = d.slot()
    t0 = c.before(40, 90)
    buyers = [c.person(age=(25, 80)) for _ in range(r.randint(2, 3))]
    drugs = [
        ("阿莫西林胶囊", "急性扁桃体炎"),
        ("硝苯地平控释片", "高血压"),
        ("二甲双胍缓释片", "2型糖尿病"),
        ("氟西汀分散片", "抑郁症"),
        ("恩替卡韦片", "慢性乙型肝炎"),
        ("阿奇霉素片", "支原体肺炎"),
        ("奥氮平片", "精神分裂症"),
        ("左甲状腺素钠片", "甲状腺功能减退症"),
    ]
    r.shuffle(drugs)
    d.f(
        "{t0}，本局接群众举报后，{o}对当事人经营场所进行检查，现场调取了当事人收银系统的销售记录及会员档案。\n\n",
        t0=c.D(t0),
        o=c.officers_line(),
    )
    d.add("经查，当事人在未凭医师处方的情况下，向下列顾客销售处方药：\n")
    total = 0
    for i, (b, (dr, dis)) in enumerate(zip(buyers, drugs, strict=False)):
        n = r.randint(1, 5)
        total += n
        style = r.randint(0, 2)
        if style == 0:
            d.f(
                f"{i + 1}.{{t}}，向顾客{{n}}（会员手机号{{p}}）销售{dr}{n}盒，该顾客自述{{h}}，长期服药。\n",
                t=c.D(c.before(5, 60, t0)),
                n=c.N(b),
                p=c.PH(b),
                h=H("患有" + dis),
            )
        elif style == 1:
            d.f(
                f"{i + 1}.{{t}}，顾客{{n}}购买{dr}{n}盒，收银记录备注“{{h}}”，未留存处方。\n",
                t=c.D(c.before(5, 60, t0)),
                n=c.N(b),
                h=H(dis + "复诊取药"),
            )
        else:
            d.f(
                f"{i + 1}.{{t}}，当事人通过电话预订方式向{{n}}销售{dr}{n}盒，并送药至其住处{{a}}，{{n2}}称其{{h}}。\n",
                t=c.D(c.before(5, 60, t0)),
                n=c.N(b),
                a=c.ADDR(b),
                n2=c.N(b),
                h=H(f"{r.randint(2, 9)}年前确诊{dis}"),
            )
    ph = c.person()
    d.f(
        "\n当事人驻店执业药师{p}（执业药师注册证编号见案卷）在上述时段内{x}。",
        p=c.N(ph),
        x=pick(r, "未在岗履职", "请假回老家", "同时在另一家药店兼职"),
    )
    d.f(
        "上述药品系当事人从{s}购进，{pp}，按{sp}对外零售。案涉药品销售金额合计{v}，违法所得{g}。\n\n",
        s=TS(supplier(c, pick(r, "医药有限公司", "医药物流有限公司"))),
        pp=TS(f"进价为零售价的{r.randint(45, 75)}%左右"),
        sp=pick(r, "药品包装标示价", "会员价"),
        v=c.M(total * r.randint(20, 90), 0),
        g=c.M(total * r.randint(5, 30), 0),
    )
    d.f(
        "以上事实，有现场笔录、销售小票、会员档案打印件、对{p}的询问笔录等证据证实。\n\n",
        p=c.N(boss) if boss else c.N(ph),
    )
    d.f(
        "当事人的上述行为违反了{l1}“药品零售企业应当按照国家有关规定凭处方销售处方药”的规定。依据{l2}的规定，本局决定：责令当事人改正，并给予{w}、罚款{m}的行政处罚。\n\n",
        l1=c.L("《药品流通监督管理办法》第十八条第一款"),
        l2=c.L("《药品流通监督管理办法》第三十八条第一款"),
        w=pick(r, "警告", "通报批评"),
        m=c.M(pick(r, 1000, 2000, 3000, 5000, 10000)),
    )
    inv.fill(c.investigation([ph]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S04
@structure("S04-market-price-fraud-penalty", "penalty", "SJJ")
def s04(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "价罚"))
    kind = pick(
        r,
        ("商业管理", "超市", ["进口车厘子（JJ级）", "五粮液52度500ml", "某品牌空气炸锅"], "件"),
        ("酒店管理", "酒店", ["豪华大床房", "行政套房"], "间夜"),
        ("服饰", "商场专柜", ["羊绒大衣", "羽绒服"], "件"),
        ("家电销售", "门店", ["某品牌洗碗机", "某品牌空气炸锅", "扫地机器人"], "台"),
    )
    co = c.company(kind[0])
    d.add(c.party_company(co, style=r.randint(0, 2)))
    inv = d.slot()
    comp = c.person()
    t0 = c.before(50, 100)
    d.f(
        "一、案件来源\n{t0}，本局接到{cn}（联系电话：{p}）的投诉，反映当事人{w}。本局于{t1}立案调查。\n\n",
        t0=c.D(t0),
        cn=c.N(comp),
        p=c.PH(comp),
        w=pick(r, "促销商品标示的“原价”从未实际成交", "促销活动中虚构原价", "所谓“限时特价”实际比平时还贵"),
        t1=c.D(c.after(2, 7, t0)),
    )
    item = r.choice(kind[2])
    p1, p2 = r.randint(300, 1200), r.randint(150, 280)
    d.f(
        "二、违法事实\n经查，当事人在其"
        + kind[1]
        + "内对"
        + item
        + "标示“原价{a}、活动价{b}”，但经核查当事人销售系统，该商品在促销前七日内的最低交易价格为{b2}，标示的“原价”无成交记录。",
        a=c.M(p1, 0),
        b=c.M(p2, 0),
        b2=c.M(p2 + r.randint(0, 30), 0),
    )
    d.f(
        "当事人提供的采购合同显示，{x}；{y}。活动期间共销售{n}，销售额{s}。\n\n",
        x=TS(
            pick(
                r,
                f"该商品每件采购成本{r.randint(60, 140)}元",
                f"供货商按季度销售额的{r.randint(3, 15)}%返还当事人",
                f"厂家给予的渠道价为零售指导价的{r.randint(4, 7)}折",
            )
        ),
        y=TS(
            pick(
                r,
                f"当事人据此测算每件可赚取约{r.randint(20, 60)}个点",
                f"扣除费用后综合毛利在{r.randint(15, 40)}%上下",
                f"活动期间单件净利约{r.randint(10, 90)}元",
            )
        ),
        n=f"{r.randint(80, 900)}{kind[3]}",
        s=c.M(r.randint(20000, 200000), 2),
    )
    staff = c.person()
    d.f(
        "当事人营运主管{s}在询问笔录中称：“原价是按照供应商建议零售价标的，我们以为可以这么写。”\n\n",
        s=c.N(staff),
    )
    d.add(
        "三、证据\n1.投诉登记表；2.现场检查笔录及照片；3.销售系统数据截图；4.采购合同及返利协议；5.询问笔录；6.营业执照复印件。\n\n"
    )
    d.f(
        "四、处罚依据及决定\n当事人的上述行为违反了{l1}的规定，构成利用虚假的或者使人误解的价格手段诱骗消费者进行交易的价格欺诈行为。依据{l2}及{l3}的规定，本局决定：\n责令当事人改正上述违法行为，并处罚款{m}。\n\n",
        l1=c.L("《中华人民共和国价格法》第十四条第（四）项"),
        l2=c.L("《中华人民共和国价格法》第四十条第一款"),
        l3=c.L("《明码标价和禁止价格欺诈规定》第二十二条"),
        m=c.M(pick(r, 30000, 50000, 80000, 120000)),
    )
    inv.fill(c.investigation([staff]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S05
@structure("S05-market-advertising-health-claims-penalty", "penalty", "SJJ")
def s05(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "广罚"))
    co = c.company(pick(r, "健康科技", "生物科技", "保健品销售"))
    d.add(c.party_company(co, contact=c.person() if r.random() < 0.4 else None))
    inv = d.slot()
    t0 = c.before(60, 120)
    prod = pick(
        r,
        "“益康牌”蛋白粉（保健食品）",
        "“元气”牌灵芝孢子粉胶囊",
        "远红外理疗仪（第二类医疗器械）",
        "“清脂”代餐固体饮料",
    )
    d.f(
        "本局在网络广告监测中发现，当事人在其微信公众号“"
        + pick(r, "健康生活馆", "养生学堂", "康养之家")
        + "”发布"
        + prod
        + "的广告。{t0}，本局依法立案调查。\n\n",
        t0=c.D(t0),
    )
    d.add("经查，上述广告含有下列内容：\n")
    cases = [
        ("糖尿病", "血糖降至正常、停用胰岛素"),
        ("高血压", "血压稳定，不再吃降压药"),
        ("乳腺癌术后", "复查肿瘤标志物全部转阴"),
        ("类风湿关节炎", "关节肿痛消失"),
        ("脑梗后遗症", "半年后能自己下楼散步"),
    ]
    r.shuffle(cases)
    people = []
    for i, (dis, eff) in enumerate(cases[: r.randint(2, 3)]):
        p = c.person(age=(45, 80))
        people.append(p)
        st = r.randint(0, 1)
        if st == 0:
            d.f(
                "（{i}）“顾客见证”栏目称："
                + p.gender
                + "士{n}，{a}岁，{h}，服用本品三个月后"
                + eff
                + "；并配发{n2}本人照片及{t}。\n",
                i="一二三"[i],
                n=c.N(p),
                a=str(p.age(c.date)),
                h=H(f"患{dis}{r.randint(3, 15)}年"),
                n2=c.N(p),
                t=H(pick(r, "医院检验报告单", "出院小结", "CT影像")),
            )
        else:
            d.f(
                "（{i}）文章《{n}的重生日记》写道：“我{h}，医生说没有好办法，用了这个以后" + eff + "。”\n",
                i="一二三"[i],
                n=c.N(p),
                h=H(f"被确诊{dis}"),
            )
    d.add(
        "（"
        + "一二三四"[len(people)]
        + "）宣称产品“有效率98.7%”“三个疗程根治”等，当事人无法提供任何证明材料。\n\n"
    )
    ed = c.person(age=(22, 35))
    wx = pick(
        r,
        f"wxid_{digits(r, 10, 'abcdefghjkmnpqrstuvwxyz0123456789')}",
        f"kang{r.randint(1980, 2003)}_{r.randint(10, 99)}",
        f"health{digits(r, 6)}",
    )
    d.f(
        "上述广告由当事人员工{e}（微信号：{w}）负责编辑发布，当事人对此予以认可。经核实，上述“顾客见证”中的{p}确系当事人会员，其病情资料系员工在回访中获取后未经本人同意用于广告。当事人为发布上述广告{cost}，相关广告费用为{m}。\n\n",
        e=c.N(ed),
        w=go("social_id", wx),
        p=J("、", [c.N(p) for p in people]),
        cost=TS(
            pick(
                r,
                f"向第三方代运营公司按每篇{r.randint(800, 3000)}元支付费用",
                f"按产品销售额的{r.randint(5, 20)}%向推广团队支付提成",
            )
        ),
        m=c.M(r.randint(3000, 30000), 0),
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}、{l2}的规定，属于发布虚假广告的行为。依据{l3}的规定，本局决定：\n一、责令当事人停止发布违法广告，并在相应范围内消除影响；\n二、罚款{m}。\n\n",
        l1=c.L("《中华人民共和国广告法》第四条第一款"),
        l2=c.L("《中华人民共和国广告法》第二十八条第二款第（二）项"),
        l3=c.L("《中华人民共和国广告法》第五十五条第一款"),
        m=c.M(pick(r, 60000, 100000, 200000)),
    )
    inv.fill(c.investigation([ed]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S06
@structure("S06-market-first-offence-no-penalty", "penalty", "SJJ")
def s06(c):
    r, d = c.rng, Doc()
    d.add(c.header("不予行政处罚决定书", "不罚"))
    person_target = r.random() < 0.5
    if person_target:
        name, op = shop(c, pick(r, "日用品店", "副食店", "服装店", "五金店"))
        d.add(party_shop(c, name, op))
    else:
        co = c.company(pick(r, "商贸", "电子商务", "文化用品"))
        d.add(c.party_company(co))
        op = None
    t0 = c.before(20, 60)
    d.f("{t0}，本局执法人员在检查中发现，当事人销售的下列商品存在标签标注不规范的问题：\n", t0=c.D(t0))
    rows = [
        ("儿童水杯", "未标注执行标准", r.randint(5, 30)),
        ("保温饭盒", "未标注材质", r.randint(5, 30)),
        ("毛绒玩具", "未标注使用年龄", r.randint(3, 20)),
        ("学生书包", "未标注生产者地址", r.randint(3, 20)),
        ("食品保鲜膜", "未标注适用温度", r.randint(5, 30)),
    ]
    r.shuffle(rows)
    sep = pick(r, "|", "\t")
    d.add(f"序号{sep}品名{sep}问题{sep}库存数量{sep}单价（元）\n")
    val = 0
    for i, (a, b, n) in enumerate(rows[: r.randint(2, 4)]):
        p = r.randint(8, 60)
        val += n * p
        d.add(f"{i + 1}{sep}{a}{sep}{b}{sep}{n}{sep}{p}\n")
    d.f("\n上述商品货值金额合计{v}，当事人尚未售出，无违法所得。", v=c.M(val, 0))
    if op:
        d.f(
            "经营者{o}陈述：“这批货是" + pick(r, "开学前", "去年双十一", "春节前") + "从批发市场进的，{s}。”",
            o=c.N(op),
            s=TS(pick(r, "进价大概是卖价的一半", f"每件只赚{r.randint(2, 8)}块钱", f"是{supplier(c)}送来的")),
        )
    d.f(
        "\n\n本局认为，当事人的行为违反了{l1}的规定。鉴于当事人系初次违法，违法行为轻微且危害后果轻微，并在本局责令后{k}日内即改正完毕，依据{l2}及{l3}的规定，本局决定对当事人不予行政处罚。\n\n",
        l1=c.L("《中华人民共和国产品质量法》第二十七条第一款"),
        k=str(r.randint(1, 5)),
        l2=c.L("《中华人民共和国行政处罚法》第三十三条第一款"),
        l3=c.L(f"《{c.loc.prov}市场监管领域轻微违法行为不予行政处罚清单》第{r.randint(3, 40)}项"),
    )
    d.add(
        "同时，本局对当事人进行了行政指导，责令其加强进货查验，确保所售商品标签符合国家规定。当事人应当引以为戒，依法诚信经营。\n\n"
    )
    d.add(c.rights(suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S07
@structure("S07-market-seizure-counterfeit-goods", "coercion", "SJJ")
def s07(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "实施行政强制措施决定书", "查封扣押决定书"), "强"))
    p = c.person()
    d.add(c.party_person(p, style=r.randint(0, 2)))
    t0 = c.before(0, 2)
    brand, goods = pick(
        r,
        ("耐克", [("运动鞋", "双"), ("T恤", "件"), ("运动裤", "条")]),
        ("阿迪达斯", [("运动鞋", "双"), ("卫衣", "件"), ("双肩包", "个")]),
        ("香奈儿", [("香水", "瓶"), ("手提包", "个"), ("口红", "支")]),
        ("茅台", [("白酒（53度500ml）", "瓶"), ("白酒礼盒", "盒")]),
        ("雅诗兰黛", [("精华液", "瓶"), ("面霜", "瓶"), ("粉底液", "瓶")]),
        ("博世", [("电钻", "台"), ("角磨机", "台"), ("钻头套装", "盒")]),
    )
    wh = f"{c.loc.dist}{r.choice(c.loc.towns)}{r.choice(c.loc.villages or c.loc.roads)}{r.randint(1, 99)}号仓库"
    d.f(
        "经查，你（单位）存放于"
        + wh
        + "的标注“"
        + brand
        + "”注册商标的商品涉嫌侵犯注册商标专用权，违反了{l1}的规定。",
        l1=c.L("《中华人民共和国商标法》第五十七条"),
    )
    d.f(
        "现场发现运货车辆一辆（号牌：{pl}），驾驶人{dr}称系受雇送货。",
        pl=go("plate", plate(r, c.loc.pa, c.loc.pl)),
        dr=c.N(c.person(age=(25, 50))),
    )
    d.f(
        "据你（单位）陈述，上述商品{ch}。",
        ch=TS(
            pick(
                r,
                f"每件以{r.randint(20, 90)}元的价格从广州白云区某档口拿货",
                "通过QQ群联系上家、物流代收货款",
                f"主要供应给{supplier(c, '服饰商行')}等下游客户",
            )
        ),
    )
    if r.random() < 0.6:
        d.f(
            "你（单位）使用的QQ号{qq}及微信号{wx}中存有与买家的交易记录，已依法提取。",
            qq=go("social_id", digits(r, r.randint(8, 10))),
            wx=go(
                "social_id",
                pick(
                    r,
                    f"wxid_{digits(r, 10, 'abcdefghjkmnpqrstuvwxyz0123456789')}",
                    f"{r.choice(['shoes', 'haohuo', 'pinpai', 'tuan'])}{digits(r, 4)}",
                ),
            ),
        )
    d.add("\n\n")
    d.f(
        "依据{l2}的规定，本局决定对你（单位）的下列场所、设施或者财物予以{k}：\n",
        l2=c.L("《中华人民共和国商标法》第六十二条第一款第（四）项"),
        k=pick(r, "查封", "扣押", "查封（扣押）"),
    )
    sep = pick(r, "|", "\t", "，")
    for i, (g, u) in enumerate(r.sample(goods, r.randint(2, len(goods)))):
        d.add(
            f"{i + 1}{sep}标注“{brand}”的{g}{sep}{r.randint(20, 600)}{u}{sep}存放于仓库{pick(r, 'A', 'B', 'C')}区\n"
        )
    end = c.after(29, 30, t0)
    d.f(
        "\n{k}期限为30日，自{a}至{b}。情况复杂的，经本局负责人批准可以延长，但延长期限不超过30日。对物品需要进行检测、检验或者技术鉴定的，{k}期间不包括检测、检验或者技术鉴定的期间。\n",
        k="查封扣押",
        a=c.D(t0),
        b=c.D(end),
    )
    d.f(
        "在{k}期间，你（单位）不得擅自启封、转移、使用、损毁上述财物。查封（扣押）物品清单已当场交付。\n现场见证人：{w}，联系电话：{ph}。\n\n",
        k="查封扣押",
        w=c.N(wit := c.person()),
        ph=c.PH(wit),
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False))
    d.f("\n执法人员：{a}（{b}）、{c}（{e}）\n", a=c.ON(0), b=c.OC(0), c=c.ON(1), e=c.OC(1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S08 (heldout)
@structure("S08-market-lift-seizure", "coercion", "SJJ", part="heldout")
def s08(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "解除行政强制措施决定书", "解除查封（扣押）决定书"), "解强"))
    p = c.person()
    d.add(c.party_person(p, label=pick(r, "当事人", "被查封扣押人"), with_birth=False))
    t0 = c.before(20, 50)
    prev = keep("doc_no", f"{c.ag.short}强〔{t0.year}〕{r.randint(10, 200)}号")
    items = pick(
        r,
        "电动自行车电池48块",
        "散装白酒12坛（约300公斤）",
        "冷冻猪肉1.2吨",
        "烟花爆竹36箱",
        "儿童玩具滑板车45辆",
        "化妆品214盒",
    )
    reason = r.randint(0, 2)
    d.f(
        "本局于{t0}以{prev}《实施行政强制措施决定书》对你存放于{a}的"
        + items
        + "实施了"
        + pick(r, "查封", "扣押")
        + "。\n",
        t0=c.D(t0),
        prev=prev,
        a=c.ADDR(p) if r.random() < 0.5 else "租用仓库",
    )
    if reason == 0:
        d.f(
            "经委托"
            + pick(r, "省产品质量监督检验研究院", "市质量技术监督检测中心", "第三方检测机构")
            + "检验，上述物品检验结论为合格（报告编号：{no}），查封扣押的物品与违法行为无关。",
            no=f"W{c.date.year}{digits(r, 6)}",
        )
        basis = c.L("《中华人民共和国行政强制法》第二十八条第一款第（二）项")
    elif reason == 1:
        d.f("本局已于{t}对该案作出处理决定，不再需要查封扣押。", t=c.D(c.before(1, 10)))
        basis = c.L("《中华人民共和国行政强制法》第二十八条第一款第（三）项")
    else:
        d.add("查封扣押期限已届满，且经本局负责人批准未予延长。")
        basis = c.L("《中华人民共和国行政强制法》第二十八条第一款第（四）项")
    d.f("依据{b}的规定，本局决定自{t}起解除上述强制措施。\n\n", b=basis, t=c.D(c.date))
    agent = c.person() if r.random() < 0.6 else None
    if agent:
        d.f(
            "你委托{ag}（身份证号码：{i}，联系电话：{ph}）于{t}前到本局"
            + pick(r, "涉案财物管理中心", "暂扣物品仓库")
            + "办理物品返还手续，并携带本决定书及身份证明原件。",
            ag=c.N(agent),
            i=c.ID(agent),
            ph=c.PH(agent),
            t=c.D(c.after(5, 15)),
        )
    else:
        d.f(
            "请于{t}前携带本决定书及本人身份证件到本局领取上述物品，逾期不领取的，本局将依法处理。",
            t=c.D(c.after(5, 15)),
        )
    if r.random() < 0.5:
        d.f(
            "查封扣押期间产生的保管费用由本局承担。你在陈述中称{h}，不能亲自前往，本局已同意由他人代为办理。",
            h=H(pick(r, "近期因腰椎间盘突出住院治疗", "患有尿毒症需定期透析", "怀孕已七个月")),
        )
    d.add("\n\n附：解除查封扣押物品清单（一式两份）\n")
    d.add(f"序号 物品名称 数量 存放地点 备注\n1 {items} 原查封场所 原物返还\n\n")
    d.add(c.rights(suspend=False))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S09
@structure("S09-market-patent-infringement-ruling", "ruling", "SJJ")
def s09(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "专利侵权纠纷行政裁决书", "专利侵权纠纷处理决定书"), "知裁"))
    hmt = r.random() < 0.35
    p = c.hmt(r.choice(["香港", "台湾", "澳门"])) if hmt else c.person(age=(30, 65))
    c.target_type, c.target_name = "natural_person", p.name
    c.fields.update(address=p.address, phone=p.mobile)
    if not hmt:
        c.fields["id_number"] = p.id18
    agent = c.person()
    co = c.company(pick(r, "机械设备", "智能科技", "家居用品", "五金制品"))
    if hmt:
        doc = "港澳居民来往内地通行证" if p.hmt != "台湾" else "台湾居民来往大陆通行证"
        d.f(
            "请求人：{n}，"
            + p.gender
            + "，"
            + p.hmt
            + "居民，{b}出生，"
            + doc
            + "号码{pm}，"
            + p.hmt
            + ("身份证号码" if p.hmt != "台湾" else "身份证字号")
            + "{lid}，内地住所{a}，电话{ph}，电子邮箱{em}。\n",
            n=c.N(p),
            b=c.BD(p),
            pm=go("passport", p.permit),
            lid=go("id_number", p.local_id),
            a=c.ADDR(p),
            ph=c.PH(p),
            em=go("email", __import__("common").email(r)),
        )
    d.f(
        ("" if hmt else "请求人：{n}，" + p.gender + "，{b}出生，身份证号{i}，住{a}，电话{ph}。\n")
        + "委托代理人：{ag}，"
        + pick(r, "某知识产权代理有限公司专利代理师", "某律师事务所律师")
        + "，联系电话{aph}。\n\n",
        n=c.N(p),
        b=c.BD(p),
        i="" if hmt else c.ID(p),
        a=c.ADDR(p),
        ph=c.PH(p),
        ag=c.N(agent),
        aph=c.PH(agent),
    )
    d.f(
        "被请求人：{co}\n统一社会信用代码：{cc}\n住所：" + co.addr + "\n法定代表人：{rep}\n\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )
    pn = f"ZL {r.randint(2018, 2023)} 2 {digits(r, 7)}.{r.randint(0, 9)}"
    t0 = c.before(80, 150)
    d.f(
        "请求人{n}与被请求人{co}专利侵权纠纷一案，本局于{t0}立案受理，依法组成合议组，并于{t1}进行了口头审理，双方当事人均到庭参加。本案现已审理终结。\n\n",
        n=c.N(p),
        co=c.CO(co),
        t0=c.D(t0),
        t1=c.D(c.after(30, 50, t0)),
    )
    prod = pick(r, "一种折叠式晾衣架", "一种防滑拖把头", "一种多功能电动螺丝刀", "一种可调节儿童餐椅")
    d.f(
        "请求人称：其系名称为“"
        + prod
        + "”、专利号为"
        + pn
        + "的实用新型专利的专利权人，该专利合法有效。被请求人未经许可，在电商平台制造、销售的被控侵权产品落入该专利权利要求1的保护范围，请求责令被请求人停止侵权，并赔偿经济损失{m}。\n\n",
        n=c.N(p),
        m=c.M(r.randint(5, 50) * 10000, 2),
    )
    d.f(
        "被请求人辩称：被控侵权产品采用自行研发的技术方案，与涉案专利技术特征不同。被请求人为证明其主张，提交了产品图纸及销售台账，并申请对下列内容保密：{ts}。\n\n",
        ts=TS(
            pick(
                r,
                f"2024年至今被控产品累计销售{r.randint(3000, 30000)}件，平均出厂价{r.randint(30, 200)}元/件",
                f"被控产品由{supplier(c, '模具厂')}代工，每件加工费{r.randint(5, 30)}元",
                f"主要客户为{supplier(c, '家居连锁有限公司')}等三家，年采购额约{r.randint(100, 900)}万元",
            )
        ),
    )
    d.add(
        "经审理查明：被控侵权产品包含涉案专利权利要求1记载的全部技术特征，被请求人所称区别技术特征属于以基本相同的手段、实现基本相同的功能、达到基本相同的效果的等同特征。\n\n"
    )
    d.f(
        "本局认为，被请求人未经专利权人许可，为生产经营目的制造、销售被控侵权产品，构成对涉案专利权的侵犯。依据{l1}、{l2}的规定，裁决如下：\n一、被请求人立即停止制造、销售侵犯"
        + pn
        + "号专利权的产品，并销毁库存侵权产品及专用模具；\n二、关于请求人提出的赔偿请求，本局依法组织调解，双方未达成一致，请求人可依照{l3}向人民法院提起民事诉讼。\n\n",
        l1=c.L("《中华人民共和国专利法》第十一条第一款"),
        l2=c.L("《中华人民共和国专利法》第六十五条"),
        l3=c.L("《中华人民共和国民事诉讼法》"),
    )
    d.add(c.rights(style=r.choice([0, 1, 2]), suspend=False))
    d.f("\n合议组成员：{a}、{b}、{e}\n", a=c.ON(0), b=c.ON(1), e=keep("officer_name", c.officer3[0]))
    d.add(c.sign(contact=False))
    return d


# ------------------------------------------------------------------ S10
@structure("S10-market-credit-repair", "other", "SJJ")
def s10(c):
    r, d = c.rng, Doc()
    d.add(c.header("信用修复决定书", "信修"))
    co = c.company(pick(r, "餐饮管理", "建材", "物流", "汽车服务"))
    handler = c.person()
    d.f(
        "申请人：{co}\n统一社会信用代码：{cc}\n法定代表人：{rep}\n委托办理人：{h}，身份证号码：{i}，手机：{ph}\n\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
        h=c.N(handler),
        i=c.ID(handler),
        ph=c.PH(handler),
    )
    c.target_type, c.target_name = "legal_person", co.name
    c.fields.update(credit_code=co.code, legal_representative=co.rep.name, phone=handler.mobile)
    t_pen = c.before(200, 500)
    pen_no = keep("doc_no", f"{c.ag.short}罚〔{t_pen.year}〕{r.randint(10, 400)}号")
    t_app = c.before(5, 15)
    d.f(
        "申请人于{t}通过国家企业信用信息公示系统提交信用修复申请，申请对本局{tp}作出的{pn}行政处罚决定信息停止公示。\n\n",
        t=c.D(t_app),
        tp=c.D(t_pen),
        pn=pen_no,
    )
    acc = bank_no(r)
    d.f(
        "经审查：一、申请人已于{tf}履行上述行政处罚决定，罚款{m}已由申请人基本存款账户（开户银行："
        + pick(r, "中国农业银行", "招商银行", "浙商银行", "中信银行")
        + c.loc.dist
        + "支行，账号{acc}）缴入{fn}，本局已核实缴款凭证；\n二、该行政处罚信息已公示满{k}个月，达到最短公示期限；\n三、申请人已提交信用修复承诺书，法定代表人{rep}已参加"
        + pick(r, "信用修复专题培训", "公益性信用培训")
        + "；\n四、经查询，申请人在公示期内未再受到市场监督管理部门较重行政处罚。\n\n",
        tf=c.D(c.after(5, 15, t_pen)),
        m=c.M(r.randint(1, 20) * 5000, r.choice([0, 1, 3])),
        acc=go("bank_account", acc),
        fn=keep("fiscal_account", c.ag.fiscal_name),
        k=str(r.choice([3, 6, 12])),
        rep=c.REP(co),
    )
    d.f(
        "本局认为，申请人的申请符合{l}第{x}条规定的信用修复条件。依据上述规定，本局决定：准予信用修复，自本决定作出之日起停止公示{pn}行政处罚信息，并于三个工作日内将修复结果共享至“信用中国”网站及相关部门。\n\n",
        l=c.L("《市场监督管理信用修复管理办法》"),
        x=pick(r, "第五条", "第七条"),
        pn=pen_no,
    )
    d.add(
        "申请人应当严格遵守信用修复承诺，如发现申请人在信用修复过程中隐瞒真实情况、弄虚作假的，本局将撤销本决定，恢复公示相关信息。\n"
    )
    d.add(c.rights(suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S11
@structure("S11-market-food-license-grant", "license", "SJJ")
def s11(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "准予行政许可决定书", "食品经营许可准予许可决定书"), "许"))
    indiv = r.random() < 0.6
    if indiv:
        name, op = shop(c, pick(r, "餐饮店", "奶茶店", "烧烤店", "面包坊"))
        d.f(
            "申请人：{s}（个体工商户）\n经营者：{o}\n身份证件号码：{i}\n住所：{a}\n联系电话：{ph}\n\n",
            s=keep("company", name),
            o=c.N(op),
            i=c.ID(op),
            a=c.ADDR(op),
            ph=c.PH(op),
        )
        mgr = op
    else:
        co = c.company(pick(r, "餐饮管理", "食品", "团膳服务"))
        d.add(c.party_company(co, label="申请人"))
        mgr = c.person()
    t0 = c.before(5, 18)
    d.f(
        "你（单位）于{t0}提出的食品经营许可申请（受理编号：SL{n}），本局已依法受理。经对你（单位）提交的申请材料进行审查，并于{t1}对经营场所进行了现场核查，核查结论为通过。\n\n",
        t0=c.D(t0),
        n=f"{c.date.year}{digits(r, 8, '0123456789')}",
        t1=c.D(c.after(2, 5, t0)),
    )
    d.f(
        "根据{l1}及{l2}的规定，本局决定准予许可，许可事项如下：\n",
        l1=c.L("《中华人民共和国食品安全法》第三十五条"),
        l2=c.L("《食品经营许可和备案管理办法》第二十一条"),
    )
    rows = [
        ("许可证编号", f"JY{r.choice('123')}{c.loc.regions[0]}{digits(r, 7, '0123456789')}"),
        ("经营者名称", None),
        (
            "主体业态",
            pick(
                r,
                "餐饮服务经营者（小型餐馆）",
                "食品销售经营者（便利店）",
                "单位食堂",
                "餐饮服务经营者（饮品店）",
            ),
        ),
        (
            "经营项目",
            pick(
                r,
                "热食类食品制售；冷食类食品制售",
                "预包装食品（含冷藏冷冻食品）销售；散装食品销售",
                "自制饮品制售；糕点类食品（含裱花蛋糕）制售",
            ),
        ),
        ("有效期至", None),
    ]
    for k, v in rows:
        if k == "经营者名称":
            d.f("{k}：{v}\n", k=k, v=keep("company", name) if indiv else c.CO(co))
        elif k == "有效期至":
            d.f(
                "有效期至：{v}\n",
                v=c.D(c.date.replace(year=c.date.year + 5) - __import__("datetime").timedelta(days=1)),
            )
        else:
            d.add(f"{k}：{v}\n")
    d.f(
        "食品安全管理人员：{m}（" + pick(r, "培训考核合格", "已取得食品安全管理员培训合格证明") + "）\n\n",
        m=c.N(mgr),
    )
    if r.random() < 0.6:
        st = c.person(age=(18, 50))
        d.f(
            "现场核查中发现从业人员{s}健康证明已过期，{h}，你（单位）已安排其暂离岗位，待取得有效健康证明后方可上岗。\n\n",
            s=c.N(st),
            h=H(pick(r, "其本人自述近期有皮肤湿疹", "体检复查结果显示转氨酶偏高", "近期因肺部感染住院")),
        )
    d.add(
        "你（单位）应当在许可范围内从事食品经营活动，建立健全食品安全管理制度，按照规定公示许可证件。许可事项发生变化的，应当在变化后十个工作日内申请变更。\n\n"
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False), c.sign())
    return d
