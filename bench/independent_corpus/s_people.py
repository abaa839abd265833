"""Education/minors, labour and social insurance, civil affairs, public-security-like structures."""

from common import (
    COMPOUND,
    TS,
    WORD_NAMES,
    Doc,
    F,
    H,
    W,
    bank_no,
    digits,
    fullwidth,
    go,
    keep,
    party_shop,
    pick,
    shop,
    structure,
)

GRADES_P = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"]
GRADES_M = ["七年级", "八年级", "九年级", "初一", "初二", "初三"]
GRADES_H = ["高一", "高二", "高三"]


def school_for(c, age):
    r = c.rng
    w = r.choice(
        ["实验", "育才", "东湖", "城南", "光明", "新华", "文澜", "崇文", "明德", "启航", "星光", "滨江"]
    )
    if age <= 12:
        s, g = f"{c.loc.dist}{w}小学", r.choice(GRADES_P[max(0, age - 7) : max(1, age - 5)])
    elif age <= 15:
        s, g = (
            pick(
                r, f"{c.loc.city}{w}中学", f"{c.loc.dist}第{r.randint(2, 15)}中学", f"{c.loc.dist}{w}实验学校"
            ),
            r.choice(GRADES_M),
        )
    else:
        s, g = (
            pick(
                r,
                f"{c.loc.city}第{r.randint(1, 20)}中学",
                f"{c.loc.dist}{w}高级中学",
                f"{c.loc.city}{w}职业技术学校",
            ),
            r.choice(GRADES_H),
        )
    cls = pick(r, f"{g}（{r.randint(1, 12)}）班", f"{g}{r.randint(1, 12)}班", f"{g}({r.randint(1, 12)})班")
    return s, cls


def minor(c, age=(8, 17)):
    p = c.person(age=age, style=c.rng.choice(["han", "han", "han", "single", "word", "minority", "compound"]))
    a = p.age(c.date)
    p.school, p.cls = school_for(c, a)
    return p


def guardian(c, kid):
    """Father shares the child's surname (plain Han names); mother does not have to."""
    r = c.rng
    male = r.random() < 0.5
    g = c.person(age=(33, 56), male=male, style="han")
    if (
        male
        and len(kid.name) in (2, 3)
        and kid.name[:2] not in COMPOUND
        and kid.name not in WORD_NAMES
        and "·" not in kid.name
    ):
        for _ in range(30):
            nm = kid.name[0] + c.fake.first_name_male()
            if c._ok_name(nm):
                c.names.remove(g.name)
                g.name = nm
                c.names.append(nm)
                break
    g.rel = "父亲" if male else "母亲"
    return g


# ------------------------------------------------------------------ S18
@structure("S18-edu-offcampus-tutoring-penalty", "penalty", "JYJ")
def s18(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书", "校外培训行政处罚决定书"), "教罚"))
    p = c.person(age=(26, 50))
    d.add(c.party_person(p, style=r.randint(0, 2)))
    inv = d.slot()
    t0 = c.before(40, 90)
    place = c.ADDR(c.person()) if r.random() < 0.5 else F(f"{c.loc.dist}{r.choice(c.loc.roads)}某商住楼")
    d.f(
        "{t0}，本局接家长举报，会同街道办事处对位于{pl}的住宅进行检查，发现当事人在未取得办学许可证的情况下，以“"
        + pick(r, "托管", "研学营", "家政服务", "一对一陪练")
        + "”名义面向中小学生开展"
        + pick(r, "数学、英语", "语文、数学", "物理、化学", "英语")
        + "学科类培训。\n\n",
        t0=c.D(t0),
        pl=place,
    )
    d.add("现场有正在上课的学生，经核实，部分学员情况如下：\n")
    fee_total = 0
    kids = [minor(c, (8, 15)) for _ in range(r.randint(2, 4))]
    for i, k in enumerate(kids):
        g = guardian(c, k)
        fee = r.randint(12, 60) * 100
        fee_total += fee
        st = r.randint(0, 2)
        if st == 0:
            d.f(
                f"{i + 1}.{{n}}，{k.age(c.date)}岁，{{s}}{{cl}}学生，家长{{g}}（"
                + g.rel
                + "，电话{ph}），已缴费{f}；\n",
                n=c.N(k, "minor_name"),
                s=go("school", k.school),
                cl=go("class", k.cls),
                g=c.N(g, "guardian_name"),
                ph=c.PH(g),
                f=c.M(fee, 0),
            )
        elif st == 1:
            d.f(
                f"{i + 1}.学员{{n}}（{{s}}，{{cl}}），其" + g.rel + "{g}通过微信转账缴纳课时费{f}；\n",
                n=c.N(k, "minor_name"),
                s=go("school", k.school),
                cl=go("class", k.cls),
                g=c.N(g, "guardian_name"),
                f=c.M(fee, 0),
            )
        else:
            d.f(
                f"{i + 1}.{{n}}，就读于{{s}}，{{h}}，家长{{g}}称系因孩子跟不上进度选择此处补课，缴费{{f}}；\n",
                n=c.N(k, "minor_name"),
                s=go("school", k.school),
                h=H(pick(r, "患有注意力缺陷多动障碍", "有哮喘病史", "听力残疾")),
                g=c.N(g, "guardian_name"),
                f=c.M(fee, 0),
            )
    d.f(
        "\n经查，当事人自{t}起开展上述培训，共招收学员{k}人，按{pr}收费，收取培训费共计{tot}。当事人聘用的授课人员{tch}系"
        + pick(r, "在职中学教师", "在校大学生", "无教师资格人员")
        + "。\n\n",
        t=c.D(c.before(100, 300, t0)),
        k=str(r.randint(len(kids) + 5, 40)),
        pr=TS(pick(r, f"每课时{r.randint(120, 300)}元", f"每学期{r.randint(30, 80)}00元、续报八折")),
        tot=c.M(fee_total * r.randint(3, 6), 0),
        tch=c.N(c.person(age=(22, 45))),
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}的规定，属于擅自举办学科类校外培训机构的行为。依据{l2}的规定，本局决定：\n一、责令当事人停止举办；\n二、退还所收费用；\n三、罚款{m}。\n\n",
        l1=c.L("《中华人民共和国民办教育促进法》第十二条"),
        l2=c.L("《校外培训行政处罚暂行办法》第十五条第一款"),
        m=c.M(pick(r, 10000, 30000, 50000, 80000)),
    )
    inv.fill(c.investigation([]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S19
@structure("S19-edu-canteen-illness-inspection-record", "inspection", "SJJ")
def s19(c):
    r, d = c.rng, Doc()
    c.new_docno("检")
    d.f("{a}\n现场检查笔录（结论）\n{n}\n\n", a=c.A(), n=c.DN())
    co = c.company(pick(r, "餐饮管理", "团餐服务", "膳食管理"))
    t0 = c.before(0, 3)
    d.f(
        "检查时间：{t}　"
        + f"{r.randint(8, 16):02d}时{r.randint(0, 59):02d}分至{r.randint(17, 20):02d}时{r.randint(0, 59):02d}分\n",
        t=c.D(t0),
    )
    band = pick(r, (7, 12), (13, 15))
    kids = [minor(c, band) for _ in range(r.randint(2, 4))]
    sch = kids[0].school
    for k in kids:
        k.school = sch
    d.f(
        "检查地点：{s}食堂（由被检查单位承包经营）\n被检查单位：{co}\n统一社会信用代码：{cc}\n法定代表人：{rep}　现场负责人：{m}（手机{ph}）\n检查人员：{o}\n\n",
        s=go("school", sch),
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
        m=c.N(mg := c.person()),
        ph=c.PH(mg),
        o=c.officers_line(2),
    )
    c.target_type, c.target_name = "legal_person", co.name
    c.fields.update(credit_code=co.code, legal_representative=co.rep.name)
    d.f(
        "检查缘由：{t}晚，本局接{h}报告，该校"
        + str(r.randint(12, 60))
        + "名学生午餐后陆续出现腹痛、腹泻、呕吐等症状。\n\n",
        t=c.D(c.before(1, 2, t0), 0),
        h=pick(r, "区疾病预防控制中心", "区卫生健康局", "学校校长"),
    )
    d.add("一、就诊学生情况（摘录）\n")
    for i, k in enumerate(kids):
        d.f(
            f"（{'一二三四'[i]}）{{n}}，{{cl}}，{{h}}；\n",
            n=c.N(k, "minor_name"),
            cl=go("class", k.cls),
            h=H(
                pick(
                    r,
                    f"体温{r.randint(380, 396) / 10}℃，诊断急性胃肠炎，留观",
                    "呕吐三次，血常规白细胞升高",
                    "轻度脱水，已输液治疗",
                    f"肛拭子检出{r.choice(['诺如病毒GII型', '副溶血性弧菌', '沙门氏菌'])}",
                )
            ),
        )
    d.f(
        "\n二、现场检查情况\n1.食堂持有效食品经营许可证，从业人员{k}名，其中{w}的健康证明已过期；\n2.留样柜中{t}午餐留样齐全，已采样{n}份送检；\n3.凉拌菜加工间紫外线灯未开启，生熟砧板混用；\n4.{ts}；\n5.食材采购台账显示，{sup}。\n\n",
        k=str(r.randint(6, 20)),
        w=c.N(c.person(age=(30, 55))),
        t=c.D(c.before(1, 2, t0), 0),
        n=str(r.randint(5, 12)),
        ts=TS(
            pick(
                r,
                f"红烧肉烹调中心温度记录为{r.randint(62, 68)}℃、保温时长{r.randint(2, 4)}小时",
                f"米饭蒸制后在常温下放置约{r.randint(3, 5)}小时",
            )
        ),
        sup=TS(
            pick(
                r,
                f"鸡肉、猪肉由{c.loc.city[:-1]}某肉类批发商供货，结算价低于市场价约{r.randint(10, 25)}%",
                f"每生每餐食材成本控制在{r.randint(5, 9)}.{r.randint(0, 9)}元",
            )
        ),
    )
    d.f(
        "三、检查结论\n被检查单位存在{x}等问题，涉嫌违反{l}。本局已对剩余食品及原料实施封存，责令立即停止供餐、全面清洗消毒，待流行病学调查和检验结果出具后依法处理。\n\n",
        x="加工操作不规范、从业人员健康管理不到位",
        l=c.L("《中华人民共和国食品安全法》第三十三条、第四十五条"),
    )
    d.f(
        "被检查单位现场负责人意见：{q}\n签名：{m}\n",
        q=pick(r, "情况属实，立即整改。", "对检查记录无异议。", "已阅，配合调查。"),
        m=c.N(mg),
    )
    d.f("检查人员签名：{a}、{b}\n", a=c.ON(0), b=c.ON(1))
    d.add(c.sign(contact=True, seal=False))
    return d


# ------------------------------------------------------------------ S20 (heldout)
@structure("S20-culture-internet-cafe-minors-penalty", "penalty", "WLJ", part="heldout")
def s20(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "文罚"))
    if r.random() < 0.5:
        name, op = shop(c, pick(r, "网吧", "网络会所", "电竞馆"))
        d.add(party_shop(c, name, op))
    else:
        co = c.company("网络科技", pick(r, "有限公司", "有限责任公司"))
        d.add(c.party_company(co, contact=c.person() if r.random() < 0.5 else None))
    inv = d.slot()
    t0 = c.before(30, 90)
    d.f(
        "{t0}"
        + f"{r.randint(20, 23)}时{r.randint(0, 59):02d}分"
        + "，{o}对当事人经营的互联网上网服务营业场所进行检查，发现场内有未成年人上网，具体情况如下：\n",
        t0=c.D(t0),
        o=c.officers_line(),
    )
    kids = [minor(c, (12, 17)) for _ in range(r.randint(2, 4))]
    tab = r.random() < 0.5
    if tab:
        d.add("| 机号 | 姓名 | 年龄 | 身份证号 | 就读学校 | 上网时长 |\n")
    for _i, k in enumerate(kids):
        a = k.age(c.date)
        if tab:
            d.f(
                "| "
                + f"{r.randint(1, 120):03d}"
                + " | {n} | "
                + str(a)
                + " | {i} | {s} | "
                + f"{r.randint(1, 6)}小时"
                + " |\n",
                n=c.N(k, "minor_name"),
                i=c.ID(k),
                s=go("school", k.school),
            )
        else:
            d.f(
                "{n}，"
                + k.gender
                + "，"
                + str(a)
                + "岁，身份证号{i}，{s}{cl}学生，"
                + pick(r, "持其父亲身份证开卡上网", "由网管用店内员工卡开机", "未登记即上机")
                + "；\n",
                n=c.N(k, "minor_name"),
                i=c.ID(k, style=r.choice([0, 0, 2])),
                s=go("school", k.school),
                cl=go("class", k.cls),
            )
    g = guardian(c, kids[0])
    d.f(
        "\n经查，当事人未按规定核对、登记上网消费者的有效身份证件，且未在显著位置悬挂未成年人禁入标志。未成年人{n}的"
        + g.rel
        + "{g}（电话：{ph}）证实，{n2}{x}。\n",
        n=c.N(kids[0], "minor_name"),
        g=c.N(g, "guardian_name"),
        ph=c.PH(g),
        n2=c.N(kids[0], "minor_name"),
        x=pick(r, "连续三晚在该网吧通宵上网", "已在该网吧充值消费近千元", "因沉迷网络游戏被学校约谈"),
    )
    staff = c.person(age=(19, 30))
    d.f(
        "当班网管{s}陈述：“{q}”当事人{y}。\n\n",
        s=c.N(staff),
        q=pick(r, "看他们个子挺高，就没要身份证。", "老板说周末人多，熟客直接开机。"),
        y=TS(
            pick(
                r,
                f"会员充值实行“充二百送八十”，日均上座率约{r.randint(40, 90)}%",
                f"每机时收费{r.randint(3, 8)}元、包夜{r.randint(20, 40)}元，月营业额约{r.randint(5, 20)}万元",
            )
        ),
    )
    d.f(
        "本局认为，当事人接纳未成年人进入营业场所，违反了{l1}的规定。依据{l2}的规定，本局决定：\n一、给予警告；\n二、罚款{m}；\n三、责令停业整顿{k}日。\n\n",
        l1=c.L("《互联网上网服务营业场所管理条例》第二十一条"),
        l2=c.L("《互联网上网服务营业场所管理条例》第三十一条第（二）项"),
        m=c.M(pick(r, 5000, 8000, 10000, 15000)),
        k=str(r.choice([7, 15, 30])),
    )
    inv.fill(c.investigation([staff]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S21
@structure("S21-labour-child-labour-penalty", "penalty", "RSJ")
def s21(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "劳动保障监察行政处罚决定书", "行政处罚决定书"), "人社监罚"))
    co = c.company(pick(r, "服装", "电子", "玩具", "包装制品"), pick(r, "有限公司", "厂"))
    d.add(c.party_company(co))
    inv = d.slot()
    t0 = c.before(30, 70)
    d.f(
        "{t0}，本局根据举报线索，对当事人的用工情况进行检查，发现当事人招用不满十六周岁的未成年人从事"
        + pick(r, "缝纫", "流水线装配", "打包", "熨烫")
        + "工作，现查明如下：\n",
        t0=c.D(t0),
    )
    kids = []
    for i in range(r.randint(2, 3)):
        k = c.person(age=(14, 15), origin=True, style=r.choice(["han", "han", "minority", "single"]))
        kids.append(k)
        wage = r.randint(18, 45) * 100
        d.f(
            f"{i + 1}.{{n}}，"
            + k.gender
            + "，{b}出生，身份证号{i}，户籍地{o}，自{t}起在当事人处工作，每日工作约"
            + str(r.randint(10, 12))
            + "小时，月工资{w}；\n",
            n=c.N(k, "minor_name"),
            b=c.BD(k),
            i=c.ID(k),
            o=go("address", k.origin or k.address),
            t=c.D(c.before(40, 200, t0)),
            w=W(f"{wage}元"),
        )
    g = guardian(c, kids[0])
    d.f(
        "\n经调查，上述人员系经当事人员工{x}介绍进厂，当事人未查验其身份证件。{n}的"
        + g.rel
        + "{g}陈述：“{q}”\n\n",
        x=c.N(c.person()),
        n=c.N(kids[0], "minor_name"),
        g=c.N(g, "guardian_name"),
        q=pick(
            r,
            "孩子初中没读完就跟老乡出来了，我们在老家不知道他在这里上班。",
            "我们知道他在厂里干活，想着学点手艺。",
        ),
    )
    months = r.randint(2, 5)
    d.f(
        "当事人使用童工共{k}名，使用时间{m}个月。当事人已于检查当日将童工送回原居住地交其父母，并支付了全部工资。\n\n",
        k=str(len(kids)),
        m=str(months),
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}的规定。依据{l2}“使用童工的，由劳动保障行政部门按照每使用一名童工每月处5000元罚款的标准给予处罚”的规定，本局决定对当事人罚款{m}。\n\n",
        l1=c.L("《禁止使用童工规定》第二条第一款"),
        l2=c.L("《禁止使用童工规定》第六条第一款"),
        m=c.M(5000 * len(kids) * months),
    )
    inv.fill(c.investigation([]))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S22
@structure("S22-labour-wage-arrears-order", "other", "RSJ")
def s22(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "劳动保障监察行政处理决定书", "责令支付劳动报酬决定书"), "人社监处"))
    if r.random() < 0.7:
        co = c.company(pick(r, "建筑劳务", "装饰工程", "物业服务", "餐饮管理"))
        d.add(c.party_company(co, label="用人单位"))
    else:
        name, op = shop(c, pick(r, "装修队", "加工厂", "饭店"))
        d.add(party_shop(c, name, op))
    t0 = c.before(30, 60)
    n = r.randint(3, 6)
    d.f(
        "本局于{t0}受理{n}名劳动者的投诉，反映你单位拖欠其"
        + pick(r, "2025年9月至12月", "近四个月", "项目完工后的")
        + "工资。经调查核实，你单位拖欠下列劳动者工资：\n",
        t0=c.D(t0),
        n=str(n),
    )
    sep = pick(r, "|", "\t", "  ")
    d.add(sep.join(["序号", "姓名", "身份证号码", "岗位", "月工资标准", "拖欠工资", "工资卡账号"]) + "\n")
    tot = 0
    workers = []
    for i in range(n):
        w = c.person(age=(20, 60), origin=r.random() < 0.6)
        workers.append(w)
        mw = r.randint(38, 98) * 100 + r.choice([0, 50])
        owed = mw * r.randint(1, 4) + r.choice([0, 350, 1200])
        tot += owed
        d.add(
            F(
                str(i + 1)
                + sep
                + "{n}"
                + sep
                + "{i}"
                + sep
                + pick(r, "钢筋工", "木工", "保洁员", "厨师", "服务员", "电工", "杂工")
                + sep
                + "{mw}"
                + sep
                + "{ow}"
                + sep
                + "{acc}\n",
                n=c.N(w, alt=True),
                i=c.ID(w),
                mw=W(f"{mw}元"),
                ow=W(f"{owed}元"),
                acc=go("bank_account", bank_no(r, 19))
                if r.random() < 0.7
                else F("社保卡{x}", x=go("ss_card", f"{r.choice('ABCDEFGH')}{digits(r, 8, '0123456789')}")),
            )
        )
    d.f(
        "\n以上合计拖欠工资{t}。上述事实有劳动者投诉材料、考勤表、工资表、微信聊天记录及你单位{rep}的询问笔录为证。\n\n",
        t=keep("amount", f"{tot}元"),
        rep="负责人",
    )
    d.f(
        "劳动者{w}反映：“{q}”\n\n",
        w=c.N(workers[0]),
        q=pick(
            r,
            "干完活老板一直说工程款没结，拖到现在一分钱没给。",
            "每个月只发生活费五百块，说年底一起算，到年底人就找不到了。",
        ),
    )
    d.f(
        "本局于{t}向你单位送达了《劳动保障监察责令改正指令书》，你单位逾期未改正。你单位的行为违反了{l1}和{l2}的规定。依据{l3}的规定，本局责令你单位于收到本决定书之日起{k}日内，将上述拖欠工资足额支付至劳动者本人工资卡，并将支付凭证报送本局。\n\n",
        t=c.D(c.before(10, 20)),
        l1=c.L("《中华人民共和国劳动法》第五十条"),
        l2=c.L("《保障农民工工资支付条例》第十一条"),
        l3=c.L("《劳动保障监察条例》第二十六条第（一）项"),
        k=str(r.choice([5, 7, 10])),
    )
    d.add(
        "逾期不支付的，本局将责令你单位按应付金额百分之五十以上一倍以下的标准向劳动者加付赔偿金；涉嫌拒不支付劳动报酬罪的，依法移送公安机关。\n\n"
    )
    d.add(c.rights(suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S23 (heldout)
@structure("S23-labour-social-insurance-levy", "levy", "SWJ", part="heldout")
def s23(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "社会保险费征收决定书", "社会保险费限期缴纳决定书"), "社征"))
    co = c.company(pick(r, "物流", "酒店管理", "机械制造", "科技"))
    d.add(c.party_company(co, label="缴费单位"))
    d.f("社会保险登记编号：{x}\n\n", x=digits(r, 10, "0123456789"))
    c.before(20, 50)
    d.f(
        "经核查，你单位在{a}至{b}期间，未按规定为下列职工足额申报缴纳基本养老保险、失业保险、工伤保险及职工基本医疗保险费，存在以低于实际工资的基数申报的情形：\n",
        a=keep("date", f"{c.date.year - 1}年{r.randint(1, 6)}月"),
        b=keep("date", f"{c.date.year - 1}年12月"),
    )
    sep = pick(r, "\t", "|")
    d.add(
        sep.join(["姓名", "社会保障号码", "实际月平均工资", "已申报基数", "欠缴月数", "应补缴金额（元）"])
        + "\n"
    )
    tot = 0
    for _i in range(r.randint(3, 6)):
        w = c.person(age=(22, 58))
        real = r.randint(55, 160) * 100
        dec = r.choice([3957, 4462, 4812])
        mon = r.randint(3, 12)
        due = int((real - dec) * mon * 0.29)
        tot += due
        ssn = pick(r, w.id18, fullwidth(w.id18), f"{c.loc.regions[0][:4]}{digits(r, 10, '0123456789')}")
        d.add(
            F(
                "{n}" + sep + "{s}" + sep + "{wg}" + sep + str(dec) + sep + str(mon) + sep + str(due) + "\n",
                n=c.N(w),
                s=go("ss_card", ssn),
                wg=W(f"{real}元"),
            )
        )
    d.f("\n合计应补缴社会保险费{t}（其中单位部分与个人部分明细见附件）。\n\n", t=keep("amount", f"{tot}元"))
    d.f(
        "上述事实有你单位工资发放银行流水（你单位在"
        + pick(r, "建设银行", "工商银行", "招商银行")
        + "开立的代发工资账户{acc}）、个人所得税扣缴申报记录、社会保险费申报记录等证据证明。你单位财务负责人{f}对上述事实无异议。\n\n",
        acc=go("bank_account", bank_no(r, r.choice([17, 19, 21]))),
        f=c.N(c.person()),
    )
    d.f(
        "依据{l1}、{l2}的规定，现决定：限你单位自收到本决定书之日起{k}日内补缴上述社会保险费，并自欠缴之日起，按日加收万分之五的滞纳金。逾期仍不缴纳的，将依照{l3}的规定处欠缴数额一倍以上三倍以下的罚款，并可依法申请人民法院强制执行。\n\n",
        l1=c.L("《中华人民共和国社会保险法》第六十条第一款"),
        l2=c.L("《中华人民共和国社会保险法》第八十六条"),
        l3=c.L("《中华人民共和国社会保险法》第八十六条"),
        k=str(r.choice([10, 15])),
    )
    d.add(c.rights(suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S24
@structure("S24-labour-work-injury-confirmation", "confirmation", "RSJ")
def s24(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "认定工伤决定书", "工伤认定决定书"), "工伤认"))
    w = c.person(age=(20, 58), origin=r.random() < 0.5)
    co = c.company(pick(r, "建设工程", "模具", "物流", "家具"))
    applicant = pick(r, "职工本人", "用人单位", "职工近亲属")
    d.f(
        "申请人：{a}\n职工姓名：{n}　性别："
        + w.gender
        + "　年龄："
        + str(w.age(c.date))
        + "岁\n身份证号码：{i}\n工作岗位："
        + pick(r, "叉车司机", "冲床操作工", "木工", "仓库管理员", "外卖骑手调度员")
        + "\n联系地址：{ad}\n{ss}用人单位：{co}\n统一社会信用代码：{cc}\n\n",
        ss=F(
            "社会保障卡号：{x}\n",
            x=go(
                "ss_card",
                pick(
                    r,
                    f"{r.choice('ABCDEFGHJK')}{digits(r, 8, '0123456789')}",
                    f"{c.loc.regions[0]}{digits(r, 9, '0123456789')}",
                ),
            ),
        )
        if r.random() < 0.6
        else "",
        a=c.N(w)
        if applicant == "职工本人"
        else (c.CO(co) if applicant == "用人单位" else c.N(c.person(), "name")),
        n=c.N(w),
        i=c.ID(w),
        ad=c.ADDR(w),
        co=c.CO(co),
        cc=c.CC(co),
    )
    c.target_type, c.target_name = "natural_person", w.name
    c.fields.update(id_number=w.id18, address=w.address)
    t_acc = c.before(60, 150)
    t_app = c.after(10, 40, t_acc)
    d.f(
        "申请人于{t}提出工伤认定申请，本局于{t2}受理。根据提交的材料和调查核实情况，现认定如下：\n\n",
        t=c.D(t_app),
        t2=c.D(c.after(1, 5, t_app)),
    )
    wit = c.person()
    inj = pick(
        r,
        ("被冲床压伤", "右手", "右手食指、中指末节离断伤，右手环指开放性骨折", "生产车间"),
        ("从脚手架上坠落", "左小腿及腰部", "左胫腓骨开放性粉碎性骨折，腰1椎体压缩性骨折", "项目工地"),
        ("被倒下的货架砸伤", "头部", "创伤性硬膜下血肿，头皮挫裂伤", "仓库"),
        ("被叉车碾压", "右足", "右足第1-3跖骨骨折伴软组织挫裂伤", "仓库"),
        ("被清洗液溅入眼内", "双眼", "双眼碱烧伤（角膜二度）", "生产车间"),
    )
    d.f(
        "{t}"
        + f"{r.randint(8, 17)}时许"
        + "，{n}在{co}"
        + inj[3]
        + "从事本职工作时"
        + inj[0]
        + "，受伤部位为"
        + inj[1]
        + "。同班组工友{w}目睹了事故经过，并将其送往"
        + c.loc.city
        + pick(r, "第一人民医院", "中医院", "骨伤科医院")
        + "救治，经诊断为：{h}。{x}\n\n",
        t=c.D(t_acc),
        n=c.N(w),
        co=c.CO(co),
        w=c.N(wit),
        h=H(inj[2]),
        x=F(
            "{h}。",
            h=H(
                pick(
                    r,
                    f"住院{r.randint(10, 40)}天，行清创缝合及内固定术",
                    "既往有高血压病史",
                    "术后出现创伤后应激障碍症状",
                )
            ),
        )
        if r.random() < 0.5
        else "",
    )
    d.f(
        "本局调查核实情况：1.{co}提交的劳动合同、考勤记录证明{n}与该单位存在劳动关系；2.证人{w}的书面证言及调查笔录；3.医院出具的病历及诊断证明书；4.用人单位出具的事故经过说明。用人单位对受伤经过无异议，{op}。\n\n",
        co=c.CO(co),
        n=c.N(w),
        w=c.N(wit),
        op=pick(
            r, "未在规定期限内提出书面意见", "认可系工作原因受伤", "仅对受伤时间有不同意见，但未提供证据"
        ),
    )
    d.f(
        "本局认为，{n}受到的事故伤害，符合{l}“在工作时间和工作场所内，因工作原因受到事故伤害的”之规定，属于工伤认定范围，现予以认定为工伤。\n\n",
        n=c.N(w),
        l=c.L("《工伤保险条例》第十四条第（一）项"),
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False))
    if r.random() < 0.5:
        d.add("\n抄送：" + pick(r, "区社会保险事业管理中心", "区劳动能力鉴定委员会办公室"))
    d.add(c.sign(seal=True))
    return d


# ------------------------------------------------------------------ S25
@structure("S25-tax-disability-employment-fund-levy", "levy", "SWJ")
def s25(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "残疾人就业保障金征收决定书", "税务事项通知书（残疾人就业保障金）"), "残保征"))
    co = c.company(pick(r, "软件", "物业管理", "商贸", "电子科技"))
    d.add(c.party_company(co, label="缴费人"))
    y = c.date.year - 1
    staff = r.randint(120, 900)
    d.f(
        "你单位申报{y}年度在职职工{k}人，上年平均工资{avg}，并申报安排残疾人就业{m}人。经审核，你单位申报的残疾职工情况如下：\n",
        y=str(y),
        k=str(staff),
        avg=TS(f"{r.randint(68, 180) * 1000}元"),
        m="4",
    )
    ok = 0
    for i in range(4):
        p = c.person(age=(22, 58))
        cat = r.choice(
            [("1", "视力残疾"), ("2", "听力残疾"), ("4", "肢体残疾"), ("5", "智力残疾"), ("7", "多重残疾")]
        )
        lv = r.randint(1, 4)
        cn = "一二三四"[lv - 1]
        cert = p.id18 + cat[0] + str(lv)
        st = r.randint(0, 2)
        if st == 1:
            cert = cert[:6] + " " + cert[6:14] + " " + cert[14:]
        if st == 2:
            cert = "第" + cert + "号"
        good = r.random() < 0.6
        ok += good
        d.f(
            f"{i + 1}.{{n}}，残疾人证号{{cert}}，{{h}}，"
            + (
                "劳动合同及社会保险缴纳记录齐全，予以认定；"
                if good
                else pick(
                    r,
                    "未与你单位签订一年以上劳动合同，不予认定；",
                    "你单位未为其缴纳社会保险，不予认定；",
                    "月工资低于当地最低工资标准，不予认定；",
                )
            )
            + "\n",
            n=c.N(p),
            cert=go("id_number", cert),
            h=H(f"{cat[1]}{cn}级"),
        )
    d.f(
        "\n依据{l1}及{l2}的规定，你单位应缴纳残疾人就业保障金{amt}（计算公式：（上年用人单位在职职工人数×1.5%－上年用人单位实际安排的残疾人就业人数）×上年用人单位在职职工年平均工资）。\n\n",
        l1=c.L("《残疾人就业保障金征收使用管理办法》第八条"),
        l2=c.L(f"《{c.loc.prov}残疾人就业保障金征收使用管理实施办法》"),
        amt=keep("amount", f"{r.randint(5, 90) * 1000 + r.randint(0, 999)}.{r.randint(0, 99):02d}元"),
    )
    d.f(
        "请你单位于{t}前通过电子税务局或办税服务厅缴纳，逾期未缴纳的，自滞纳之日起按日加收万分之五的滞纳金。\n\n",
        t=c.D(c.after(15, 30)),
    )
    d.add(c.rights(style=r.randint(0, 3), suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S26 (heldout)
@structure("S26-civil-minimum-living-confirmation", "confirmation", "MZJ", part="heldout")
def s26(c):
    r, d = c.rng, Doc()
    grant = r.random() < 0.6
    d.add(c.header("最低生活保障" + ("审核确认决定书" if grant else "不予确认决定书"), "民低"))
    p = c.person(age=(35, 68))
    d.add(c.party_person(p, label="申请人", style=r.randint(0, 2), with_birth=r.random() < 0.5))
    t0 = c.before(20, 45)
    town = r.choice(c.loc.towns)
    d.f(
        "你于{t0}向"
        + town
        + "提出最低生活保障申请。经入户调查、家庭经济状况核对、民主评议及公示，现将审核确认情况告知如下：\n\n一、共同生活家庭成员\n",
        t0=c.D(t0),
    )
    d.f(
        "1.申请人{n}，{h}，{job}；\n",
        n=c.N(p),
        h=H(pick(r, "患尿毒症，每周透析三次", "肢体残疾二级", "患乳腺癌正在化疗", "患精神分裂症，长期服药")),
        job=pick(r, "无劳动能力", "无固定收入"),
    )
    sp = c.relative(p, male=not p.male, age=(35, 68))
    d.f(
        "2.配偶{n}，{j}，月收入约{w}；\n",
        n=c.N(sp),
        j=pick(r, "在超市打零工", "从事保洁工作", "务农"),
        w=W(f"{r.randint(12, 28) * 100}元"),
    )
    k = c.relative(p if p.male else sp, male=r.random() < 0.5, age=(7, 17))
    k.school, k.cls = school_for(c, k.age(c.date))
    d.f(
        "3.子女{n}，{s}{cl}学生{x}；\n",
        n=c.N(k, "minor_name"),
        s=go("school", k.school),
        cl=go("class", k.cls),
        x=F("，{h}", h=H(pick(r, "患有先天性心脏病", "自闭症谱系障碍", "听力残疾三级")))
        if r.random() < 0.5
        else "",
    )
    if r.random() < 0.65:
        old = c.relative(p, male=False, age=(70, 90))
        d.f(
            "4.母亲{n}，{a}岁，{h}，{rel}。\n",
            n=c.N(old),
            a=str(old.age(c.date)),
            h=H(pick(r, "阿尔茨海默病，生活不能自理", "脑梗后偏瘫", "糖尿病并发视网膜病变")),
            rel=go("religion", "信仰" + pick(r, "基督教", "佛教", "天主教"))
            if r.random() < 0.7
            else "领取城乡居民基础养老金",
        )
    d.add("\n二、家庭经济状况\n")
    d.f(
        "经核对，你家庭无机动车辆及商业用房，名下{h}；家庭月人均收入{inc}，低于本地最低生活保障标准。\n",
        h=pick(r, "仅有自住房一套", "无房产，现租住于亲戚房屋"),
        inc=W(f"{r.randint(350, 980)}元"),
    )
    d.f(
        "{t}，"
        + town
        + "工作人员{o}等二人入户调查，查看了家庭居住及生活情况；{t2}至{t3}，调查结果在申请人所在村（社区）进行了公示，{x}。\n",
        t=c.D(c.before(12, 18)),
        o=keep("officer_name", c.officer3[0]),
        t2=c.D(c.before(9, 11)),
        t3=c.D(c.before(2, 4)),
        x=pick(r, "公示期间未收到异议", "公示期间收到一条群众反映，经核实不属实"),
    )
    d.add("\n三、审核确认结论\n")
    if grant:
        amt = r.randint(4, 15) * 100
        d.f(
            "依据{l}，确认你家庭为最低生活保障对象，保障人口{k}人，月保障金额{m}，自{t}起享受。保障金按月发放至申请人本人银行账户（{bank}，账号{acc}）。\n",
            l=c.L("《社会救助暂行办法》第十一条"),
            k=str(r.randint(2, 4)),
            m=keep("amount", f"{amt}元"),
            t=c.D(c.date.replace(day=1)),
            bank=pick(r, "农村商业银行", "邮政储蓄银行"),
            acc=go("bank_account", bank_no(r)),
        )
        d.add("你家庭应当按规定定期报告人口、收入和财产状况的变化，民政部门将进行定期核查。\n\n")
    else:
        d.f(
            "经核对，你家庭成员{n}名下有{x}，不符合{l}规定的条件，决定不予确认。\n\n",
            n=c.N(sp),
            x=pick(r, "一辆2021年登记的小型轿车", "银行存款余额超过规定标准", "个体工商户营业执照且经营正常"),
            l=c.L("《最低生活保障审核确认办法》第十二条"),
        )
    d.add(c.rights(style=r.randint(0, 3), suspend=False), c.sign())
    return d


# ------------------------------------------------------------------ S27
@structure("S27-civil-burial-order-penalty", "penalty", "MZJ")
def s27(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "殡葬管理行政处罚决定书", "行政处罚决定书"), "民殡罚"))
    p = c.person(age=(35, 70), style="han")
    eth = r.random() < 0.6
    if eth:
        p.ethnicity = "回族"
    d.add(c.party_person(p, style=r.randint(0, 3)))
    dead = c.relative(p, male=r.random() < 0.5, age=(70, 95))
    t0 = c.before(20, 50)
    d.f(
        "{t0}，本局接"
        + r.choice(c.loc.towns)
        + "报告，当事人在"
        + r.choice(c.loc.villages or ["城郊"])
        + "集体耕地内为其"
        + ("父亲" if dead.male else "母亲")
        + "{dn}建造坟墓。\n\n",
        t0=c.D(t0),
        dn=c.N(dead),
    )
    d.f(
        "经查，{dn}于{t}因{h}去世。当事人未按规定将遗体送殡仪馆火化，于{t2}在上述耕地内土葬，并修建了占地约"
        + str(r.randint(8, 40))
        + "平方米的水泥墓穴及墓碑。",
        dn=c.N(dead),
        t=c.D(c.before(5, 20, t0)),
        h=H(pick(r, "肺癌晚期", "突发脑出血", "慢性心力衰竭", "多器官功能衰竭")),
        t2=c.D(c.before(2, 5, t0)),
    )
    if eth:
        d.f(
            "当事人陈述称，其家庭为回族，{rel}，按照民族习惯实行土葬。经核实，本地已设立专门的少数民族公墓，当事人未在公墓内安葬。",
            rel=go("religion", pick(r, "信仰伊斯兰教", "全家信仰伊斯兰教")),
        )
    else:
        d.f(
            "当事人陈述：“{q}”",
            q=pick(
                r,
                "老人生前交代一定要埋在老家地里，我们也是尽孝心。",
                "村里以前都是这么埋的，不知道现在不允许。",
            ),
        )
    d.f(
        "\n\n本局于{t}向当事人送达了责令限期改正通知书，要求当事人将坟墓迁入公墓或者深埋不留坟头，当事人逾期未改正。\n\n",
        t=c.D(c.before(5, 15)),
    )
    d.f(
        "本局认为，当事人在耕地内建造坟墓的行为违反了{l1}的规定，依据{l2}的规定，决定：\n一、责令当事人于{t}前恢复耕地原状；\n二、罚款{m}。\n\n",
        l1=c.L("《殡葬管理条例》第十条第一款"),
        l2=c.L("《殡葬管理条例》第二十条第一款"),
        t=c.D(c.after(20, 40)),
        m=c.M(pick(r, 1000, 2000, 3000)),
    )
    d.f("当事人亲属{x}（联系电话：{ph}）在笔录中表示愿意配合迁坟。\n", x=c.N(rel := c.person()), ph=c.PH(rel))
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d


# ------------------------------------------------------------------ S28 (heldout)
@structure("S28-ps-hotel-guest-registration-penalty", "penalty", "GAJ", part="heldout")
def s28(c):
    r, d = c.rng, Doc()
    d.add(c.header(pick(r, "行政处罚决定书", "公安行政处罚决定书"), "公(治)行罚决字"))
    hotel = f"{c.loc.dist}{r.choice(['悦居', '如家乐', '家园', '旅途', '星辰', '佳宿'])}{pick(r, '宾馆', '民宿', '快捷酒店', '公寓')}"
    c.names.append(hotel)
    p = c.person(age=(22, 55))
    d.add(c.party_person(p, label="违法行为人", style=r.randint(0, 2)))
    d.f("工作单位：{h}（前台服务员）\n\n", h=keep("company", hotel))
    t0 = c.before(3, 20)
    d.f(
        "现查明：{t0}，违法行为人{n}在{h}前台值班期间，为下列旅客办理入住时未按规定查验、登记身份证件信息：\n",
        t0=c.D(t0),
        n=c.N(p),
        h=keep("company", hotel),
    )
    kinds = r.sample(["cn", "hk", "tw", "foreign", "cn15"], 3)
    for i, kd in enumerate(kinds):
        if kd == "cn":
            g = c.person()
            d.f(
                f"（{'一二三'[i]}）旅客{{n}}，持居民身份证（{{i}}），入住{{rm}}房，系持其他人员身份证件登记；\n",
                n=c.N(g),
                i=c.ID(g),
                rm=str(r.randint(201, 820)),
            )
        elif kd == "cn15":
            g = c.person(age=(55, 75))
            d.f(
                f"（{'一二三'[i]}）旅客{{n}}，使用旧版身份证号码{{i}}手工登记，未经系统核验；\n",
                n=c.N(g),
                i=c.ID(g, old=True),
            )
        elif kd in ("hk", "tw"):
            g = c.hmt("香港" if kd == "hk" else r.choice(["台湾", "澳门"]))
            doc = "港澳居民来往内地通行证" if g.hmt in ("香港", "澳门") else "台湾居民来往大陆通行证"
            d.f(
                f"（{'一二三'[i]}）{g.hmt}居民{{n}}，持"
                + doc
                + "（号码{pm}），"
                + ("身份证号{lid}，" if r.random() < 0.5 else "{lid}")
                + "未录入境外人员住宿登记系统；\n",
                n=c.N(g),
                pm=go("passport", g.permit),
                lid=go("id_number", g.local_id) if True else "",
            )
        else:
            g = c.foreigner()
            d.f(
                f"（{'一二三'[i]}）"
                + g.nationality
                + "籍人员{n}（"
                + g.latin
                + "），持普通护照（号码{pp}），联系电话{ph}，未在24小时内报送住宿登记信息；\n",
                n=c.N(g),
                pp=go("passport", g.passport),
                ph=c.PH(g),
            )
    d.f(
        "\n以上事实有违法行为人陈述和申辩、旅馆业治安管理信息系统记录、监控视频、证人{w}的证言等证据证实。\n\n",
        w=c.N(c.person()),
    )
    d.f(
        "根据{l1}及{l2}之规定，现决定对违法行为人{n}处以罚款{m}的行政处罚。\n\n",
        l1=c.L("《中华人民共和国治安管理处罚法》第五十六条第一款"),
        l2=c.L("《中华人民共和国出境入境管理法》第七十六条第一款第（五）项"),
        n=c.N(p),
        m=c.M(pick(r, 200, 300, 500)),
    )
    d.add(
        "执行方式和期限：被处罚人应自收到本决定书之日起十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
    )
    d.add(c.rights(style=r.randint(0, 3)), c.sign())
    return d


# ------------------------------------------------------------------ S29
@structure("S29-ps-dog-bite-penalty", "penalty", "ZFJ")
def s29(c):
    r, d = c.rng, Doc()
    d.add(c.header("行政处罚决定书", "综执罚"))
    p = c.person(age=(25, 70))
    d.add(c.party_person(p, style=r.randint(0, 3)))
    t0 = c.before(20, 60)
    kid = minor(c, (5, 13))
    g = guardian(c, kid)
    d.f(
        "{t0}"
        + f"{r.randint(7, 20)}时许"
        + "，当事人在其居住的小区内遛犬时未束犬链，其饲养的一只"
        + pick(r, "金毛寻回犬", "中华田园犬", "柯基犬", "拉布拉多犬")
        + "扑咬了在小区游玩的未成年人{k}（{s}学生）。{k2}经送医诊断为{h}，接种了狂犬病疫苗并注射免疫球蛋白。\n\n",
        t0=c.D(t0),
        k=c.N(kid, "minor_name"),
        s=go("school", kid.school),
        k2=c.N(kid, "minor_name"),
        h=H(pick(r, "右小腿犬咬伤（Ⅲ级暴露）", "面部多处撕裂伤，缝合14针", "左手背犬咬伤（Ⅱ级暴露）")),
    )
    d.f(
        "{k}的"
        + g.rel
        + "{g}（联系电话{ph}）向本局投诉。经查，当事人饲养的犬只{x}，当事人亦未取得养犬登记证。当事人的邻居{w}证实，该犬此前曾多次在小区内追咬行人。\n\n",
        k=c.N(kid, "minor_name"),
        g=c.N(g, "guardian_name"),
        ph=c.PH(g),
        x=pick(r, "未按规定接种狂犬病疫苗", "已接种疫苗但免疫证明过期"),
        w=c.N(c.person()),
    )
    d.f("当事人已向受害人支付医疗费用，并与{g}达成和解协议。\n\n", g=c.N(g, "guardian_name"))
    d.f(
        "当事人的行为违反了{l1}的规定。依据{l2}的规定，本局决定：\n一、责令当事人限期办理养犬登记；\n二、罚款{m}。\n\n",
        l1=c.L(f"《{c.loc.city}养犬管理条例》第{pick(r, '十六', '十八', '二十二')}条"),
        l2=c.L(f"《{c.loc.city}养犬管理条例》第{pick(r, '三十二', '三十五', '四十')}条"),
        m=c.M(pick(r, 500, 1000, 2000)),
    )
    d.add(c.procedure(), c.pay(), c.rights(), c.sign())
    return d
