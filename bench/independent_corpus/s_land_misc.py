"""Housing and urban management, tax, change/installment decisions, agriculture, forestry, revocation."""

import datetime as dt

from common import (
    TS,
    Doc,
    F,
    H,
    J,
    W,
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
)


def building(c, p):
    r = c.rng
    return pick(r, "屋顶", "院内", "阳台外侧", "一楼前院")


# ------------------------------------------------------------------ S41
@structure("S41-housing-illegal-construction-demolition-order", "penalty", "ZFJ")
def s41(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "限期拆除决定书", "行政处罚决定书（限期拆除）"), "综执拆"))
    p = c.person(age=(35, 75))
    d.add(c.party_person(p, style=r.randint(0, 3)))
    where = building(c, p)
    ln, wd = round(r.uniform(4, 15), 1), round(r.uniform(3, 12), 1)
    area = round(ln * wd, 1)
    t0 = c.before(40, 120)
    nb = c.person()
    d.f(
        "{t0}，本局接到{nb}（联系电话{ph}）举报，反映当事人在其住宅{w}搭建建筑物。经现场勘查，当事人未取得建设工程规划许可证，于{t1}前后在{a}{w}擅自搭建"
        + pick(r, "彩钢板结构", "砖混结构", "钢结构玻璃顶")
        + "建筑物一处，长"
        + f"{ln}"
        + "米、宽"
        + f"{wd}"
        + "米，占地面积约"
        + f"{area}"
        + "平方米。\n\n",
        t0=c.D(t0),
        nb=c.N(nb),
        ph=c.PH(nb),
        w=where,
        t1=c.D(c.before(200, 500, t0)),
        a=c.ADDR(p),
    )
    d.f(
        "经"
        + c.loc.dist
        + "自然资源和规划分局出具意见，该建筑物{x}，属于无法采取改正措施消除对规划实施影响的情形。\n\n",
        x=pick(r, "占用小区公共空间", "超出原批准建筑面积", "影响相邻建筑采光和消防通道"),
    )
    if r.random() < 0.6:
        d.f(
            "当事人在陈述申辩中称：“{q}”本局认为，当事人所述{y}，不影响违法事实的认定。\n\n",
            q=pick(
                r,
                F(
                    "我{h}，搭这个是为了方便在家做康复。",
                    h=H(pick(r, "去年中风后行动不便", "患有严重的类风湿关节炎", "双下肢残疾")),
                ),
                F(
                    "家里人口多住不下，孙子{k}要在这里写作业。",
                    k=go("minor_name", c.person(age=(7, 14)).name),
                ),
                F("周边邻居都这么搭，为什么只拆我的。"),
                F(
                    "这是我家念经用的佛堂，{x}，求你们不要拆。",
                    x=go(
                        "religion",
                        pick(r, "我们全家信仰佛教", "我母亲信佛几十年了", "我是基督徒，这里是家庭聚会的地方"),
                    ),
                ),
            ),
            y=pick(r, "的家庭困难情况本局予以理解", "理由"),
        )
    d.f(
        "本局认为，当事人的行为违反了{l1}的规定，依据{l2}的规定，决定：责令当事人于{t}前自行拆除上述违法建筑物，恢复原状。\n\n",
        l1=c.L("《中华人民共和国城乡规划法》第四十条第一款"),
        l2=c.L("《中华人民共和国城乡规划法》第六十四条"),
        t=c.D(c.after(10, 20)),
    )
    d.add(
        "当事人逾期不拆除的，本局将依法申请"
        + c.loc.dist
        + "人民政府责成有关部门强制拆除，所需费用由当事人承担。\n\n"
    )
    d.add(c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S42 (heldout)
@structure("S42-housing-forced-demolition-execution", "coercion", "ZFJ", part="heldout")
def s42(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "强制拆除决定书", "行政强制执行决定书"), "综执强拆"))
    p = c.person(age=(35, 75))
    d.add(c.party_person(p, label=pick(r, "当事人", "被执行人"), style=r.randint(0, 2)))
    t1 = c.before(90, 150)
    t2 = c.before(30, 60)
    prev = keep("doc_no", f"{c.ag.loc.short}综执拆〔{t1.year}〕{r.randint(10, 200)}号")
    cui = keep("doc_no", f"{c.ag.loc.short}综执催〔{t2.year}〕{r.randint(10, 200)}号")
    d.f(
        "本局于{t1}作出{prev}《限期拆除决定书》，责令你于十五日内自行拆除位于{a}的违法建筑物（"
        + pick(r, "屋顶加层", "院内扩建房屋", "沿街违章门面房")
        + "，面积约"
        + f"{round(r.uniform(20, 200), 1)}"
        + "平方米）。你在法定期限内未申请行政复议，也未提起行政诉讼，且逾期未自行拆除。\n\n",
        t1=c.D(t1),
        prev=prev,
        a=c.ADDR(p),
    )
    d.f(
        "本局于{t2}向你送达了{cui}《催告书》，并于{t3}在违法建筑物所在地予以公告，限期你自行拆除。你在催告期限内未履行，{why}。\n\n",
        t2=c.D(t2),
        cui=cui,
        t3=c.D(c.after(1, 3, t2)),
        why=pick(
            r,
            "也未提出陈述、申辩",
            F(
                "你提出的陈述申辩理由（家中{h}，需要该房屋居住）经复核不能成立",
                h=H(pick(r, "老人瘫痪在床", "配偶患尿毒症长期透析", "儿子患有重度抑郁症")),
            ),
            "亦无正当理由",
        ),
    )
    d.f(
        "依据{l1}、{l2}的规定，经{gov}责成，本局决定于{t}"
        + pick(r, "8时", "9时", "7时30分")
        + "起对上述违法建筑物实施强制拆除。\n\n",
        l1=c.L("《中华人民共和国城乡规划法》第六十八条"),
        l2=c.L("《中华人民共和国行政强制法》第三十七条、第四十四条"),
        gov=keep("review_body", c.loc.gov),
        t=c.D(c.after(7, 20)),
    )
    d.add(
        "请你在强制拆除前自行清理建筑物内的物品。届时未清理的，本局将对建筑物内物品进行登记造册，由公证机构进行证据保全后，运至指定地点保管，保管期间产生的费用及造成的损失由你承担。\n\n"
    )
    fam = [c.relative(p, male=r.random() < 0.5, age=(18, 80)) for _ in range(r.randint(1, 2))]
    if r.random() < 0.5:
        d.f(
            "你在陈述中称该建筑物内设有家庭佛堂，{x}，请求保留。本局已告知你可自行搬离相关物品。\n",
            x=go("religion", pick(r, "全家信仰佛教", "母亲笃信佛教", "家人信仰道教")),
        )
    d.f(
        "经调查，该建筑物内现居住人员有：{x}。请你提前妥善安置。\n\n",
        x=J(
            "、",
            [
                F("{n}（{rel}）", n=c.N(f), rel=pick(r, "配偶", "儿子", "女儿", "母亲", "父亲", "租户"))
                for f in fam
            ],
        ),
    )
    d.add(c.rights(suspend=False))
    d.add("本决定书送达后，你在强制拆除前自行拆除的，本局将不再实施强制拆除。\n")
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S43
@structure("S43-urban-fine-payment-urge-notice", "coercion", "ZFJ")
def s43(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "催告书", "行政强制执行催告书"), "综执催"))
    if r.random() < 0.5:
        p = c.person()
        d.f("{n}（身份证号码：{i}）：\n\n", n=c.N(p), i=c.ID(p))
        c.target_type, c.target_name = "natural_person", p.name
        c.fields.update(id_number=p.id18, address=p.address)
        who = "你"
    else:
        co = c.company(pick(r, "建筑工程", "广告", "渣土运输", "餐饮管理"))
        d.f("{co}（统一社会信用代码：{cc}）：\n\n", co=c.CO(co), cc=c.CC(co))
        c.target_type, c.target_name = "legal_person", co.name
        c.fields.update(credit_code=co.code, legal_representative=co.rep.name)
        who = "你单位"
    t1 = c.before(80, 200)
    prev = keep("doc_no", f"{c.ag.loc.short}综执罚〔{t1.year}〕{r.randint(10, 400)}号")
    fine = pick(r, 2000, 5000, 10000, 20000, 50000)
    d.f(
        "本局于{t1}对"
        + who
        + pick(
            r, "擅自占用城市道路堆放物料", "未经批准设置大型户外广告", "运输渣土车辆未密闭撒漏", "店外经营"
        )
        + "的违法行为作出{prev}《行政处罚决定书》，决定对"
        + who
        + "罚款{m}，并已于{t2}依法送达。"
        + who
        + "在法定期限内未申请行政复议或者提起行政诉讼，至今未履行缴纳罚款的义务。\n\n",
        t1=c.D(t1),
        prev=prev,
        m=c.M(fine),
        t2=c.D(c.after(2, 7, t1)),
    )
    add = fine if r.random() < 0.5 else min(fine, int(fine * 0.03 * r.randint(20, 40)))
    d.f(
        "依据{l1}的规定，自罚款缴纳期限届满之日起，每日按罚款数额的百分之三加处罚款，截至{t}，加处罚款数额为{a}（加处罚款的数额不超过罚款数额）。\n\n",
        l1=c.L("《中华人民共和国行政处罚法》第七十二条第一款第（一）项"),
        t=c.D(c.date),
        a=c.M(add, 0),
    )
    d.f(
        "依据{l2}的规定，现催告"
        + who
        + "自收到本催告书之日起十日内，缴纳罚款{m}及加处罚款{a}，合计{s}。缴款账户：{fn}，开户行："
        + c.ag.fiscal_bank
        + "，账号：{no}。\n\n",
        l2=c.L("《中华人民共和国行政强制法》第三十五条"),
        m=c.M(fine, 0),
        a=c.M(add, 0),
        s=c.M(fine + add, 2),
        fn=keep("fiscal_account", c.ag.fiscal_name),
        no=c.fiscal(),
    )
    d.f(
        who
        + "享有陈述权和申辩权。"
        + who
        + "可以在收到本催告书之日起三日内向本局提出陈述和申辩，逾期未提出的，视为放弃。联系人：{o}，联系电话：{ph}。\n\n",
        o=c.ON(r.randint(0, 1)),
        ph=c.AC("phone"),
    )
    d.f("逾期仍不履行的，本局将依法申请{ct}强制执行。\n", ct=c.CT())
    if r.random() < 0.5:
        d.f(
            "\n经查询，" + who + "名下{x}。\n",
            x=pick(
                r,
                F(
                    "在{b}开立有账户（账号{a}），本局将一并提请法院执行",
                    b=pick(r, "农业银行", "工商银行", "农商银行"),
                    a=go("bank_account", bank_no(r)),
                ),
                F("登记有机动车一辆（号牌{p}）", p=go("plate", plate(r, c.loc.pa, c.loc.pl))),
            ),
        )
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S44
@structure("S44-housing-group-rental-penalty", "penalty", "ZJJ")
def s44(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "建罚"))
    p = c.person(age=(30, 70))
    d.add(c.party_person(p, style=r.randint(0, 3), with_phone=True))
    inv = d.slot()
    flat = c.home_address()
    n_room = r.randint(5, 10)
    t0 = c.before(30, 80)
    d.f(
        "{t0}，本局会同街道、社区对当事人所有的位于{flat}的房屋（建筑面积"
        + str(r.randint(70, 140))
        + "平方米）进行检查，发现当事人将该房屋原有3个房间分割为"
        + str(n_room)
        + "个单间，按间出租，人均居住面积不足5平方米，且厨房、卫生间被改建为居住空间。\n\n",
        t0=c.D(t0),
        flat=go("address", flat),
    )
    d.add("现场登记的承租人员如下：\n")
    sep = pick(r, "｜", "|", "\t")
    tenants = [c.person(age=(18, 45), origin=r.random() < 0.6) for _ in range(r.randint(3, 5))]
    if r.random() < 0.5:
        tenants[-1] = c.foreigner() if r.random() < 0.5 else c.hmt()
    for i, t in enumerate(tenants):
        st = r.randint(0, 2)
        if t.nationality != "中国":
            d.add(
                F(
                    f"{i + 1}" + sep + "{n}" + sep + t.nationality + "籍，护照{pp}" + sep + "{ph}\n",
                    n=c.N(t),
                    pp=go("passport", t.passport),
                    ph=c.PH(t),
                )
            )
            continue
        if getattr(t, "hmt", None):
            d.add(
                F(
                    f"{i + 1}" + sep + "{n}" + sep + t.hmt + "居民，通行证{pm}" + sep + "{ph}\n",
                    n=c.N(t),
                    pm=go("passport", t.permit),
                    ph=c.PH(t),
                )
            )
            continue
        if st == 0:
            d.add(F(f"{i + 1}" + sep + "{n}" + sep + "{i}" + sep + "{ph}\n", n=c.N(t), i=c.ID(t), ph=c.PH(t)))
        elif st == 1:
            d.add(
                F(
                    f"{i + 1}" + sep + "{n}" + sep + "户籍：{o}" + sep + "{ph}\n",
                    n=c.N(t),
                    o=go("address", t.origin or t.address),
                    ph=c.PH(t),
                )
            )
        else:
            d.add(
                F(
                    f"{i + 1}"
                    + sep
                    + "{n}"
                    + sep
                    + "{i}"
                    + sep
                    + pick(r, "外卖骑手", "快递员", "餐馆服务员", "网店客服")
                    + "\n",
                    n=c.N(t),
                    i=c.ID(t, style=r.choice([0, 1, 3])),
                )
            )
    d.f(
        "\n经查，当事人通过{ch}发布出租信息，{ts}。承租人{t1}称：“{q}”\n\n",
        ch=pick(r, "某房屋租赁平台", "微信朋友圈", "小区门口张贴广告"),
        ts=TS(
            pick(
                r,
                f"委托{c.loc.dist}某住房租赁公司代为管理，约定按月租金总额的{r.randint(8, 20)}%支付服务费",
                f"与二房东约定每月固定收取{r.randint(30, 80)}00元",
            )
        ),
        t1=c.N(tenants[0]),
        q=pick(r, "房间很小，只能放一张床，晚上十几个人排队洗澡。", "房东说这里离地铁近，便宜。"),
    )
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}的规定，本局决定：\n一、责令当事人限期改正，恢复房屋原始设计格局；\n二、罚款{m}。\n\n",
        l1=c.L("《商品房屋租赁管理办法》第八条"),
        l2=c.L("《商品房屋租赁管理办法》第二十二条"),
        m=c.M(pick(r, 5000, 10000, 20000, 30000)),
    )
    inv.fill(c.investigation([]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S45 (heldout)
@structure("S45-tax-evasion-penalty", "penalty", "SWJ", part="heldout")
def s45(c):
    r, d = c.rng, Doc()
    d.add(c.header("税务行政处罚决定书", "税稽罚"))
    indiv = r.random() < 0.5
    if indiv:
        p = c.person(age=(22, 45))
        d.f("纳税人名称：{n}\n纳税人识别号：{i}\n地址：{a}\n\n", n=c.N(p), i=c.ID(p, style=0), a=c.ADDR(p))
        c.target_type, c.target_name = "natural_person", p.name
        c.fields.update(id_number=p.id18, address=p.address)
        c.before(120, 200)
        y = c.date.year - 1
        inc = r.randint(300, 2000) * 10000
        d.f(
            "经我局第{k}稽查局对你{y}年1月1日至{y}年12月31日的纳税情况进行检查，你存在违法事实及处罚依据如下：\n",
            k=pick(r, "一", "二", "三"),
            y=str(y),
        )
        d.f(
            "你作为网络主播，通过"
            + pick(r, "某直播平台", "某短视频平台")
            + "取得打赏收入及带货佣金。其中{x}，另有{w}通过你本人在"
            + pick(r, "招商银行", "中国银行", "平安银行")
            + "开立的个人账户（卡号{acc}）及支付宝账户（账号{em}）收取，未申报纳税。\n",
            x=TS(
                pick(
                    r,
                    f"与经纪公司约定按流水{r.randint(30, 60)}%分成",
                    f"带货佣金比例为商品成交额的{r.randint(15, 35)}%",
                )
            ),
            w=W(f"劳务报酬{inc // 10000}万元"),
            acc=go("bank_account", bank_no(r, r.choice([16, 19]))),
            em=go(
                "email",
                f"{r.choice(['star', 'live', 'mm', 'xiao'])}{digits(r, 5)}@{r.choice(['163.com', 'qq.com', 'sina.com'])}",
            ),
        )
        under = int(inc * r.uniform(0.2, 0.35))
    else:
        co = c.company(pick(r, "建材", "电子商务", "医疗器械", "服装"))
        d.add(c.party_company(co, label="纳税人"))
        y = c.date.year - 1
        d.f("我局于{t}对你单位{y}年度纳税情况进行了检查，查明：\n", t=c.D(c.before(120, 200)), y=str(y))
        d.f(
            "你单位通过法定代表人{rep}个人银行账户（{b}，账号{acc}）收取货款，{ts}，上述收入未在账簿上列收入，未申报纳税。财务人员{f}（联系电话{ph}）对此予以确认。\n",
            rep=c.REP(co),
            b=pick(r, "农业银行", "建设银行", "兴业银行"),
            acc=go("bank_account", bank_no(r)),
            ts=TS(
                pick(
                    r,
                    f"客户主要包括{c.loc.city[:-1]}{r.choice(['华鑫', '永盛', '美家'])}装饰公司等{r.randint(10, 40)}家",
                    f"销售毛利率约{r.randint(15, 45)}%、全年销售额{r.randint(300, 3000)}万元",
                    f"进货渠道为{r.choice(['佛山', '临沂', '义乌'])}某厂家，进价约为售价的{r.randint(5, 7)}成",
                )
            ),
            f=c.N(fi := c.person()),
            ph=c.PH(fi),
        )
        under = r.randint(20, 300) * 10000
    d.f(
        "你"
        + ("" if indiv else "单位")
        + "少缴{kind}{u}。\n\n以上事实有银行流水、平台结算记录、询问笔录、账簿凭证等证据证明。\n\n",
        kind="个人所得税" if indiv else pick(r, "增值税及附加税费", "企业所得税"),
        u=keep("amount", f"{under:,}元"),
    )
    mult = pick(r, 0.5, 0.6, 1)
    d.f(
        "依据{l}的规定，对你少缴的税款处{x}倍的罚款{m}。\n\n",
        l=c.L("《中华人民共和国税收征收管理法》第六十三条第一款"),
        x=f"{mult:g}",
        m=keep("amount", f"{int(under * mult):,}元"),
    )
    d.f(
        "以上应缴款项共计{t}，限你自本决定书送达之日起十五日内到{ag}办税服务厅或通过电子税务局缴纳入库。到期不缴纳罚款的，我局依照{l}的规定，每日按罚款数额的百分之三加处罚款。\n\n",
        t=keep("amount", f"{int(under * mult):,}元"),
        ag=c.A(),
        l=c.L("《中华人民共和国行政处罚法》第七十二条第一款第（一）项"),
    )
    d.add(c.rights(style=r.randint(0, 3)), c.sign())
    return d


# ------------------------------------------------------------------ S46
@structure("S46-penalty-correction-change-decision", "other", "SJJ")
def s46(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "变更行政处罚决定书", "行政处罚决定变更决定书"), "罚变"))
    p = c.person()
    d.add(c.party_person(p, style=r.randint(0, 2)))
    t1 = c.before(20, 60)
    prev = keep("doc_no", f"{c.ag.short}罚〔{t1.year}〕{r.randint(10, 400)}号")
    kind = r.randint(0, 2)
    d.f(
        "本局于{t1}对你作出{prev}《行政处罚决定书》。经复查，原决定书存在以下错误，现予以变更：\n",
        t1=c.D(t1),
        prev=prev,
    )
    if kind == 0:
        wrong = list(p.id18)
        i = r.randint(10, 16)
        wrong[i] = str((int(wrong[i]) + r.randint(1, 8)) % 10)
        d.f(
            "原决定书中当事人公民身份号码误写为“{w}”，应为“{ok}”。\n",
            w=go("id_number", "".join(wrong)),
            ok=c.ID(p, style=0),
        )
    elif kind == 1:
        bad = (
            p.name[0] + pick(r, "建", "晓", "永", "玉")
            if len(p.name) >= 2 and "·" not in p.name
            else p.name + "江"
        )
        c.names.append(bad)
        d.f(
            "原决定书中当事人姓名误写为“{w}”，应为“{ok}”；住址误写为“{wa}”，应为“{oa}”。\n",
            w=go("name", bad),
            ok=c.N(p),
            wa=go("address", c.home_address()),
            oa=c.ADDR(p),
        )
    else:
        d.f(
            "原决定书认定的违法所得金额计算有误。经重新核算，你{ts}，违法所得应为{a}，原决定书认定的{b}有误。\n",
            ts=TS(
                pick(
                    r, f"销售的涉案产品进价为每件{r.randint(10, 90)}元", f"代理返点比例为{r.randint(5, 20)}%"
                )
            ),
            a=c.M(r.randint(500, 9000), 0),
            b=c.M(r.randint(500, 9000), 0),
        )
    d.f(
        "\n依据{l}的规定，本局决定对{prev}《行政处罚决定书》作如下变更：\n",
        l=c.L(
            "《市场监督管理行政处罚程序规定》第六十三条"
            if kind < 2
            else "《中华人民共和国行政处罚法》第七十五条第二款"
        ),
        prev=prev,
    )
    if kind < 2:
        d.add("变更上述当事人基本信息，原决定书认定的违法事实、处罚依据及处罚内容不变。\n\n")
    else:
        d.f("没收违法所得的数额变更为上述金额，罚款{m}不变。\n\n", m=c.M(pick(r, 5000, 10000, 20000)))
    d.f(
        "你已于{t}缴纳的罚没款" + pick(r, "予以确认", "多缴部分将依法退还至你本人账户（{acc}）") + "。\n",
        t=c.D(c.before(3, 15)),
        acc=go("bank_account", bank_no(r)),
    )
    d.f("本决定书与{prev}《行政处罚决定书》具有同等法律效力。其他事项仍按原决定书执行。\n\n", prev=prev)
    d.add(c.rights(style=r.randint(0, 3), suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S47
@structure("S47-fine-installment-approval", "other", "ZFJ")
def s47(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "准予分期缴纳罚款决定书", "延期（分期）缴纳罚款决定书"), "综执分"))
    p = c.person(age=(30, 65))
    d.add(c.party_person(p, style=r.randint(0, 3), with_birth=False))
    t1 = c.before(30, 90)
    prev = keep("doc_no", f"{c.ag.loc.short}综执罚〔{t1.year}〕{r.randint(10, 400)}号")
    fine = pick(r, 20000, 30000, 50000, 80000)
    d.f(
        "本局于{t1}作出{prev}《行政处罚决定书》，对你处以罚款{m}。你于{t2}提出分期缴纳罚款的书面申请，称家庭经济困难，无力一次性缴纳。\n\n",
        t1=c.D(t1),
        prev=prev,
        m=c.M(fine),
        t2=c.D(c.before(5, 20)),
    )
    sp = c.relative(p, male=not p.male, age=(30, 65))
    d.f(
        "经核实：你{job}，月收入约{w}；配偶{s}{h}，{h2}；",
        job=pick(r, "在物流公司做分拣工", "从事个体装修", "系灵活就业人员"),
        w=W(f"{r.randint(25, 60) * 100}元"),
        s=c.N(sp),
        h=H(pick(r, "患乳腺癌", "患慢性肾衰竭", "脑梗死后遗症")),
        h2=H(pick(r, "正在化疗", "每周需透析三次", "生活需人照料")),
    )
    if r.random() < 0.6:
        k = c.relative(p, male=r.random() < 0.5, age=(6, 17))
        d.f(
            "子女{k}{x}。",
            k=c.N(k, "minor_name"),
            x=pick(
                r, F("正在读书"), F("，{h}", h=H(pick(r, "患有1型糖尿病", "患有脑瘫", "自闭症康复训练中")))
            ),
        )
    d.f(
        "上述情况有{x}出具的证明材料及医院诊断证明为证。\n\n",
        x=pick(r, "社区居民委员会", "村民委员会", "街道办事处"),
    )
    n = r.choice([3, 4, 6])
    per = fine // n
    d.f(
        "本局认为，你的申请符合{l}的规定。经本局负责人批准，决定准予你分{n}期缴纳罚款，具体如下：\n",
        l=c.L("《中华人民共和国行政处罚法》第六十六条第二款"),
        n=str(n),
    )
    for i in range(n):
        amt = per if i < n - 1 else fine - per * (n - 1)
        dd = (c.date.replace(day=1) + dt.timedelta(days=32 * (i + 1))).replace(day=r.choice([10, 15, 20]))
        d.f(f"第{i + 1}期：{{t}}前缴纳{{m}}；\n", t=c.D(dd, 0), m=c.M(amt, 0))
    d.f(
        "\n罚款请缴入{fn}（开户行："
        + c.ag.fiscal_bank
        + "，账号：{no}），缴款时注明原决定书文号。你未按期缴纳任何一期罚款的，本局将依法申请人民法院强制执行剩余罚款。\n\n",
        fn=keep("fiscal_account", c.ag.fiscal_name),
        no=c.fiscal(),
    )
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S48
@structure("S48-agri-pesticide-penalty", "penalty", "NYJ")
def s48(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "农业行政处罚决定书", "行政处罚决定书"), "农罚"))
    name, op = shop(c, pick(r, "农资店", "农药经营部", "种子农药门市"))
    d.add(party_shop(c, name, op))
    inv = d.slot()
    t0 = c.before(30, 80)
    d.f(
        "{t0}，本局执法人员在农资市场专项检查中发现，当事人店内销售的标称“"
        + pick(r, "稻丰", "金穗", "青禾", "田园卫士")
        + "”牌"
        + pick(r, "杀虫剂", "除草剂", "杀菌剂")
        + "涉嫌为假农药。经抽样送"
        + c.loc.prov
        + "农药检定所检测，{res}，判定为假农药。\n\n",
        t0=c.D(t0),
        res=pick(
            r,
            "标明的有效成分“吡虫啉”未检出，检出国家禁用的“甲胺磷”",
            "有效成分含量仅为标示值的31%，并检出未标注的“毒死蜱”",
            "未取得农药登记证",
        ),
    )
    d.f(
        "经查，该产品系当事人从{s}购进，{ts}。当事人另有自行{mix}后分装销售的行为。\n",
        s=TS(f"{r.choice(['山东', '河北', '河南'])}某化工厂业务员（微信联系）"),
        ts=TS(f"进价每瓶{r.randint(6, 20)}元、售价每瓶{r.randint(20, 45)}元"),
        mix=F(
            "按{x}的比例复配",
            x=TS(
                pick(
                    r,
                    f"吡虫啉{r.randint(10, 30)}%、高效氯氟氰菊酯{r.randint(2, 8)}%、助剂及水{r.randint(60, 85)}%",
                    f"草甘膦与2,4-滴{r.randint(3, 6)}:1",
                )
            ),
        ),
    )
    d.add("据当事人销售记录，购买上述农药的农户包括：\n")
    for i in range(r.randint(2, 4)):
        f = c.person(age=(35, 75))
        st = r.randint(0, 1)
        if st == 0:
            d.f(
                f"（{i + 1}）{{n}}，{{a}}，购买{r.randint(2, 30)}瓶，联系电话{{ph}}；\n",
                n=c.N(f),
                a=c.ADDR(f),
                ph=c.PH(f),
            )
        else:
            d.f(
                f"（{i + 1}）{{n}}，购买{r.randint(2, 30)}瓶，用于{pick(r, '水稻', '玉米', '茶园', '柑橘')}田，{{x}}；\n",
                n=c.N(f),
                x=pick(
                    r,
                    "尚未使用",
                    F(
                        "使用后出现药害，{h}",
                        h=H(
                            pick(
                                r, "本人喷药后出现头晕呕吐，经诊断为有机磷农药中毒", "家中老人误服后住院治疗"
                            )
                        ),
                    ),
                    "已使用完毕",
                ),
            )
    d.f(
        "\n上述农药货值金额{v}，违法所得{g}。\n\n当事人经营假农药的行为违反了{l1}的规定，依据{l2}的规定，本局决定：\n一、没收违法所得及尚未售出的假农药；\n二、罚款{m}。\n\n",
        v=c.M(r.randint(2000, 9000), 0),
        g=c.M(r.randint(300, 3000), 0),
        l1=c.L("《农药管理条例》第四十四条第一款"),
        l2=c.L("《农药管理条例》第五十六条第一款"),
        m=c.M(pick(r, 50000, 80000, 100000)),
    )
    inv.fill(c.investigation([]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S49
@structure("S49-agri-animal-quarantine-seizure", "coercion", "NYJ")
def s49(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "查封（扣押）决定书", "扣押决定书"), "农强"))
    p = c.person(age=(28, 65))
    d.add(c.party_person(p, style=r.randint(0, 3)))
    drv = c.person(age=(25, 55), male=True)
    pl = plate(r, c.loc.pa, r.choice("ABCDEFGHJ"), r.choice([0, 1, 4]))
    t0 = c.date
    n = r.randint(30, 160)
    d.f(
        "{t0}，本局执法人员在"
        + pick(r, "G60高速收费站", "省道动物卫生监督检查站", r.choice(c.loc.roads))
        + "检查时发现，由{dv}（驾驶证号{dl}）驾驶的{pl}号货车载有生猪{k}头，车主系你本人。你不能提供《动物检疫合格证明》，所载生猪涉嫌未经检疫。\n\n",
        t0=c.D(t0),
        dv=c.N(drv),
        dl=go("driver_license", fmt_ric(r, drv.id18, r.choice([0, 1]))),
        pl=go("plate", pl),
        k=str(n),
    )
    d.f(
        "据你陈述，上述生猪收购自{src}，{ts}，拟运往{dst}。\n\n",
        src=pick(
            r,
            F("{v}养殖户{f}", v=r.choice(c.loc.villages or ["邻县"]), f=c.N(c.person(age=(40, 70)))),
            F("邻县多个散养户"),
        ),
        ts=TS(
            pick(
                r,
                f"收购价为每公斤{r.randint(13, 17)}.{r.randint(0, 9)}元",
                f"与买家约定到场价每公斤高出收购价{r.randint(1, 3)}元",
            )
        ),
        dst=TS(
            pick(
                r,
                f"{c.loc.city[:-1]}某屠宰场",
                "外省某肉联厂",
                f"{r.choice(['广东', '浙江', '上海'])}某冷链公司",
            )
        ),
    )
    d.f(
        "依据{l1}及{l2}的规定，本局决定对上述生猪{k}头及运输车辆予以扣押，扣押期限为{a}至{b}。扣押期间，生猪由"
        + c.loc.dist
        + "动物隔离场代为饲养，并进行非洲猪瘟等疫病检测。\n\n",
        l1=c.L("《中华人民共和国动物防疫法》第一百零一条"),
        l2=c.L("《中华人民共和国行政强制法》第二十三条"),
        k=str(n),
        a=c.D(t0),
        b=c.D(c.after(29, 29)),
    )
    d.add("经检测无疫病的，本局将依法作出处理；检出疫病的，依法进行无害化处理，费用由你承担。\n")
    d.f("现场见证人：{w}，电话{ph}。\n\n", w=c.N(w := c.person()), ph=c.PH(w))
    d.add(c.rights(style=r.randint(0, 3), suspend=False))
    d.f("\n执法人员：{a}（{x}）、{b}（{y}）\n", a=c.ON(0), x=c.OC(0), b=c.ON(1), y=c.OC(1))
    d.add(c.sign())
    return d


# ------------------------------------------------------------------ S50 (heldout)
@structure("S50-forestry-land-ownership-dispute-ruling", "ruling", "GOV", part="heldout")
def s50(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "林地权属争议处理决定书", "山林权属纠纷处理决定书"), "林裁"))
    a = c.person(age=(40, 75), male=True, style=r.choice(["han", "han", "word", "minority"]))
    b = c.person(age=(40, 75), male=True)
    c.target_type, c.target_name = "natural_person", a.name
    c.fields.update(id_number=a.id18, address=a.address)
    vil = r.choice(c.loc.villages or ["红星村"])
    town = r.choice(c.loc.towns)
    d.f(
        "申请人：{n}，男，{b}出生，"
        + (a.ethnicity or "汉族")
        + "，住{ad}，身份证号{i}。\n委托代理人：{ag}，系申请人之子。\n\n",
        n=c.N(a),
        b=c.BD(a),
        ad=c.ADDR(a),
        i=c.ID(a),
        ag=c.N(c.relative(a, male=True, age=(25, 45))),
    )
    d.f(
        "被申请人：{n}，男，"
        + str(b.age(c.date))
        + "岁，住{ad}，身份证号{i}，电话{ph}。\n\n第三人："
        + town
        + vil
        + "村民委员会，负责人：{h}，村委会主任。\n\n",
        n=c.N(b),
        ad=c.ADDR(b),
        i=c.ID(b, old=r.random() < 0.5),
        ph=c.PH(b),
        h=keep("legal_rep", c.person(style="han").name),
    )
    place = pick(r, "大坞坑", "松树岗", "石门背", "茶园岭", "水口山")
    area = round(r.uniform(3, 40), 1)
    t0 = c.before(100, 200)
    d.f(
        "申请人{n}与被申请人{m}因土名“"
        + place
        + "”山场的林地权属发生争议，申请人于{t}向本府申请处理。本府受理后，由{dept}组织调查、调解，调解未果。本案现已调查终结。\n\n",
        n=c.N(a),
        m=c.N(b),
        t=c.D(t0),
        dept=pick(r, "区林权争议调处办公室", "区自然资源和规划局"),
    )
    neighbor = c.person(age=(40, 80))
    d.f(
        "申请人称：争议山场系其家庭于1982年林业“三定”时分得的自留山，四至为东至山脊、南至{nb}家责任山、西至小溪、北至大路，面积约"
        + f"{area}"
        + "亩，持有林业“三定”时颁发的自留山证。被申请人于{t}擅自在争议山场砍伐杉木"
        + str(r.randint(20, 200))
        + "株，请求确认争议山场林地使用权归申请人所有。\n\n",
        nb=c.N(neighbor),
        t=c.D(c.before(300, 600, t0)),
    )
    d.f(
        "被申请人称：争议山场系其父亲{f}生前于1984年承包经营，一直由其家庭管护，并于2006年林权制度改革时登记在被申请人名下，请求驳回申请人的请求。\n\n",
        f=c.N(c.relative(b, male=True, age=(70, 95))),
    )
    w1, w2 = c.person(age=(65, 90), male=True), c.person(age=(60, 85))
    d.f(
        "经调查查明：一、申请人所持自留山证记载的四至与争议山场的实际界线基本吻合。二、被申请人提交的林权证所附宗地图界址与现场不符。三、知情人{w1}（"
        + str(w1.age(c.date))
        + "岁，原生产队队长）证实：“{q}”；知情人{w2}{x}证言与上述内容一致。\n\n",
        w1=c.N(w1),
        w2=c.N(w2),
        x=F("（{h}，由其子代为签名确认）", h=H(pick(r, "患有帕金森病", "双目失明", "中风后行动不便")))
        if r.random() < 0.5
        else "",
        q=pick(
            r,
            "分山的时候那片山是抽签分给他家的，我亲自拉的绳子。",
            "这块山一直是他家的自留山，后来才有人去砍树。",
        ),
    )
    d.f(
        "本府认为，{reason}依据{l1}、{l2}的规定，决定如下：\n一、土名“"
        + place
        + "”争议山场（四至：东至山脊，南至{nb}家责任山，西至小溪，北至大路，面积"
        + f"{area}"
        + "亩）林地使用权归申请人{n}所有；\n二、被申请人应于本决定生效后三十日内停止在争议山场的一切经营活动。\n\n",
        reason="申请人提交的自留山证形成时间早、四至清楚，与现场相符，应予采信。",
        l1=c.L("《中华人民共和国森林法》第二十二条第二款"),
        l2=c.L("《林木林地权属争议处理办法》第十二条"),
        nb=c.N(neighbor),
        n=c.N(a),
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False))
    d.add(c.sign(contact=False))
    return d


# ------------------------------------------------------------------ S51 (heldout)
@structure("S51-market-registration-revocation", "other", "SJJ", part="heldout")
def s51(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "撤销登记决定书", "撤销公司登记决定书"), "撤"))
    co = c.company(pick(r, "贸易", "咨询服务", "网络科技", "供应链管理"))
    victim = co.rep
    d.f(
        "当事人：{co}\n统一社会信用代码：{cc}\n登记住所：" + co.addr + "\n登记的法定代表人：{v}\n\n",
        co=c.CO(co),
        cc=c.CC(co),
        v=go("name", victim.name),
    )
    c.target_type, c.target_name = "legal_person", co.name
    c.fields.update(credit_code=co.code)
    t0 = c.before(40, 120)
    reg = c.before(300, 900)
    d.f(
        "{t0}，{v}（身份证号码：{i}，住{a}，联系电话{ph}）向本局提出申请，称其{h}，从未申请设立当事人，其身份证件系被他人冒用，请求撤销当事人的设立登记。\n\n",
        t0=c.D(t0),
        v=go("name", victim.name),
        i=c.ID(victim),
        a=c.ADDR(victim),
        ph=c.PH(victim),
        h=pick(
            r,
            F("于{t}遗失居民身份证", t=c.D(c.before(30, 200, reg))),
            F("系{h}，长期居住在养老院", h=H(pick(r, "阿尔茨海默病患者", "重度智力残疾人"))),
            F("在外务工期间将身份证借给老乡{x}", x=c.N(c.person())),
        ),
    )
    agent = c.person(age=(22, 45))
    d.f(
        "经调查，当事人于{reg}通过全程电子化系统申请设立登记，申请材料由代办人{ag}（手机{ph}，微信号{wx}）提交，实名认证环节使用的人脸识别照片与{v}本人不符。"
        + pick(r, "公安机关出具的笔迹鉴定意见显示", "司法鉴定意见显示")
        + "，申请材料上“{v2}”的签名非其本人所签。当事人成立后{ts}。\n\n",
        reg=c.D(reg),
        ag=c.N(agent),
        ph=c.PH(agent),
        wx=go(
            "social_id",
            pick(r, f"wxid_{digits(r, 10, 'abcdefghjkmnpqrstuvwxyz0123456789')}", f"daiban{digits(r, 4)}"),
        ),
        v=go("name", victim.name),
        v2=go("name", victim.name),
        ts=TS(
            pick(
                r,
                f"以{r.randint(1, 6)}%的开票费率对外虚开发票",
                f"主要为{c.loc.city[:-1]}{r.randint(3, 9)}家企业提供“走账”服务，收取流水的{r.randint(1, 3)}%作为费用",
            )
        ),
    )
    if r.random() < 0.6:
        d.f(
            "经公安机关核查，代办人{ag}{cr}。\n\n",
            ag=c.N(agent),
            cr=go(
                "criminal_record",
                pick(
                    r,
                    f"曾于{r.randint(2016, 2021)}年因虚开增值税专用发票罪被判处有期徒刑三年",
                    f"曾于{r.randint(2016, 2021)}年因伪造国家机关证件罪被判处有期徒刑一年六个月",
                ),
            ),
        )
    d.f(
        "本局于{t}在国家企业信用信息公示系统对拟撤销登记事项进行了公示，公示期四十五日，公示期内未收到异议。\n\n",
        t=c.D(c.before(50, 60)),
    )
    d.f(
        "本局认为，当事人的设立登记系冒用他人身份证件提交虚假材料取得，违反了{l1}的规定。依据{l2}的规定，本局决定：撤销当事人的设立登记，并将相关信息记入当事人及直接责任人员的信用记录。\n\n",
        l1=c.L("《中华人民共和国市场主体登记管理条例》第十七条"),
        l2=c.L("《中华人民共和国市场主体登记管理条例》第四十条第一款"),
    )
    d.add(
        "当事人被撤销登记后，其被冒用身份的人员不承担当事人的任何债权债务。撤销决定不影响对相关违法行为人依法追究法律责任。\n\n"
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False), c.sign())
    return d
