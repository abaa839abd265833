"""Heldout structures H01-H13 of the fifth independent corpus."""

from __future__ import annotations

from blocks import company_block, contact_line, party, signatures, staff, tail
from kit import TS, Doc, F, H, W, cn_digits, digits, go, keep, make_uscc, structure


@structure("H01-agri-grazing-ban-period-herding-penalty", "penalty", "agri", "heldout")
def h01(c):
    r = c.rng
    p = c.person(r.choice(["minority", "minority", "han3", "single"]), age=(30, 66))
    c.as_target_person(p)
    c.set_docno("（草）罚", fmt=r.randint(0, 2))
    son = c.relative(p, True, (18, 30))
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(party(c, p, style=r.choice([0, 1, 3])))
    d.f(
        "禁牧区划定文件：{z}\n\n",
        z=keep("doc_no", f"{c.loc.short}政发〔{c.date.year - r.randint(1, 4)}〕{r.randint(5, 90)}号"),
    )
    d.f(
        "　　{d1}，{a}、{b}在{v}禁牧区巡查时发现，当事人在禁牧期内放牧{k}只（头），由其子{s}（身份证号{i}）驱赶，现场以{pl}号皮卡车运送饲草。\n",
        d1=c.D(c.before(40, 90)),
        a=c.ON(0),
        b=c.ON(1),
        v=c.rural_addr(),
        k=r.choice(["羊二百一十", "牦牛四十六", "羊137", "绵羊90"]),
        s=c.N(son),
        i=c.ID(son),
        pl=c.plate_x(r.choice(["plain", "other"])),
    )
    d.f(
        "　　当事人陈述，其家庭年收入约{inc}，其中草原生态保护补助奖励{amt}，因{h}无法外出务工，故违规放牧。\n",
        inc=W(f"{r.randint(2, 6)}万元"),
        amt=c.M(r.randint(3, 9) * 1000),
        h=H(r.choice(["包虫病术后", "腰腿痛多年", "肺结核治疗期间"])),
    )
    d.add(
        c.evidence(
            [F("{n}询问笔录", n=c.N(p)), F("{s}询问笔录", s=c.N(son)), "无人机巡查影像", "禁牧区矢量图"]
        )
    )
    d.f(
        "　　当事人的行为违反了{l1}，依据{l2}，决定：责令停止违法行为，罚款{m}（按每个羊单位{u}计算）。\n",
        l1=c.L("《中华人民共和国草原法》第四十七条"),
        l2=c.L(f"《{c.loc.prov}草原管理条例》第五十二条"),
        m=c.M(r.randint(5, 40) * 100),
        u=c.M(r.choice([5, 8, 10]), 0),
    )
    d.add(c.procedure(hearing=False))
    d.add(c.pay(r.randint(0, 2)))
    d.add(c.rights(r.randint(0, 3)))
    d.add(tail(c, p, 2))
    d.add(c.sign())
    d.add(signatures(c, [("被处罚人", p)]))
    return d


@structure("H02-culture-travel-agency-tour-without-contract-penalty", "penalty", "culture", "heldout")
def h02(c):
    r = c.rng
    co = c.company("国际旅行社", "有限公司")
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 2))
    guide = c.person(r.choice(["minority", "han3"]))
    tourists = [
        c.person(r.choice(["foreign", "han3", "single", "compound", "word"]), local=False)
        for _ in range(r.randint(3, 4))
    ]
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    d.f("旅行社业务经营许可证编号：{l}\n\n", l=keep("doc_no", f"L-{c.loc.pa}-{digits(r, 5, '0123456789')}"))
    d.f(
        "　　{d1}，本局接游客投诉，当事人组织{n}人“{t}”五日游，未与游客签订书面旅游合同，并安排未取得导游证的{g}（电话{ph}）带团。团费每人{f}，其中地接成本{cost}。部分游客信息如下：\n",
        d1=c.D(c.before(50, 90)),
        n=len(tourists) + r.randint(8, 20),
        t=r.choice(["珠峰大本营", "纳木错", "喀纳斯", "泸沽湖"]),
        g=c.N(guide),
        ph=c.mobile_x(guide),
        f=c.M(r.randint(28, 68) * 100),
        cost=TS(f"{r.randint(12, 22)}00元"),
    )
    d.add("姓名｜证件类型｜证件号码｜联系电话\n")
    for t in tourists:
        if t.id18:
            if r.random() < 0.35:
                cue, x = c.hk_permit(r.choice(["hkp", "mop", "twp", "hkid", "twid"]))
                d.f(
                    "{n}｜{cue}｜{x}｜{ph}\n",
                    n=c.N(t),
                    cue=cue.replace("居民来往内地通行证号码", "通行证")
                    .replace("居民来往内地通行证", "通行证")
                    .replace("居民来往大陆通行证号码", "台胞证")
                    .replace("号码", ""),
                    x=x,
                    ph=c.PH(t),
                )
            else:
                d.f(
                    "{n}｜居民身份证｜{i}｜{ph}\n",
                    n=c.N(t),
                    i=c.id_split(t, "\n　　　　") if r.random() < 0.3 else c.ID(t),
                    ph=c.mobile_x(t) if r.random() < 0.4 else c.PH(t),
                )
        else:
            d.f(
                "{n}（{l}）｜护照｜{x}｜{ph}\n",
                n=c.N(t),
                l=go("name", t.latin),
                x=c.passport(t),
                ph=c.PH(t, 3),
            )
    d.f(
        "　　游客{n}在行程中出现{h}，经{hos}救治后返程，其要求退还团费。\n",
        n=c.N(tourists[0]),
        h=H(r.choice(["急性高原反应", "高原肺水肿", "晕厥"])),
        hos=c.hospital(),
    )
    d.f(
        "　　当事人违反了{l1}，依据{l2}，决定：罚款{m}；对直接负责的主管人员处罚款{m2}。\n",
        l1=c.L("《中华人民共和国旅游法》第五十七条"),
        l2=c.L("《中华人民共和国旅游法》第一百条"),
        m=c.M(r.randint(1, 5) * 10000),
        m2=c.M(r.randint(2, 9) * 1000),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(tail(c, None, 3))
    d.add(c.sign())
    return d


@structure("H03-labour-migrant-wage-account-rectification-order", "other", "labour", "heldout")
def h03(c):
    r = c.rng
    co = c.company("建筑工程", "有限公司")
    c.as_target_company(co)
    c.set_docno("劳监责", fmt=r.randint(0, 2))
    boss = c.person()
    ws = [
        c.person(r.choice(["minority", "han3", "single", "word", "rare"]), local=False)
        for _ in range(r.randint(3, 4))
    ]
    d = Doc()
    d.add(c.header("劳动保障监察责令改正决定书"))
    d.add(company_block(c, co, "用人单位"))
    d.f(
        "项目名称：{p}　施工许可证号：{lic}\n\n",
        p=f"{c.loc.dist}{r.choice(['第二人民医院门诊楼', '安居小区二期', '中学风雨操场'])}项目",
        lic=keep("doc_no", c.loc.regions[0] + digits(r, 12, "0123456789")),
    )
    d.f(
        "　　经查，你单位承建的上述项目未按规定开设农民工工资专用账户，工资由劳务班组长{b}（微信号{wx}）以现金或个人转账方式发放，工人均称其“{nk}”，未实行实名制管理。抽查工人工资发放情况如下：\n",
        b=c.N(boss),
        wx=c.wechat(),
        nk=go("name", c.nickname(boss, "老{s}") or c.nickname(boss) or boss.name),
    )
    d.add("姓名\t身份证号\t工资卡\t应发月工资\n")
    for w in ws:
        d.f(
            "{n}\t{i}\t{b}\t{wg}\n",
            n=c.N(w),
            i=c.id_noisy(w) if r.random() < 0.3 else c.ID(w),
            b=c.bank(),
            wg=W(f"{r.randint(58, 98)}00"),
        )
    d.f(
        "　　其中{n}反映其在工地受伤（{h}）后被停发工资。你单位银行基本户{acc}，{m}。\n",
        n=c.N(ws[0]),
        h=H(r.choice(["右手指骨骨折", "腰椎压缩性骨折", "眼外伤"])),
        acc=c.corp_account(),
        m="账户余额足以支付欠薪",
    )
    d.f(
        "　　依据{l1}、{l2}，责令你单位于{dd}前：\n　　一、开设农民工工资专用账户并报送备案；\n　　二、足额支付上述工人工资共计{tot}。\n　　逾期不改正的，将依法处以罚款并列入拖欠农民工工资失信联合惩戒对象名单。\n",
        l1=c.L("《保障农民工工资支付条例》第二十六条"),
        l2=c.L("《保障农民工工资支付条例》第五十五条"),
        dd=c.D(c.after(7, 15)),
        tot=c.M(r.randint(3, 9) * 10000 + r.randint(100, 999)),
    )
    d.add(staff(c))
    d.add(tail(c, None, 2))
    d.add(c.sign())
    d.add(contact_line(c))
    return d


@structure("H04-health-radiology-licence-grant-expert-panel", "license", "health", "heldout")
def h04(c):
    r = c.rng
    co = c.company("口腔门诊部", "有限公司")
    c.as_target_company(co)
    c.set_docno("放诊许", fmt=r.randint(0, 2))
    staffs = [c.person(r.choice(["minority", "han3", "single", "compound"]), age=(25, 55)) for _ in range(3)]
    d = Doc()
    d.add(c.header("放射诊疗许可决定书"))
    d.add(company_block(c, co, "申请单位"))
    d.f(
        "\n　　你单位于{d1}申请开展X射线影像诊断（口腔CBCT）放射诊疗项目（受理编号{ac}）。本局组织专家组（组长{e1}，成员{e2}、{e3}）于{d2}进行技术审查和现场验收，设备检测报告编号{rn}、{rn2}，防护检测结果符合{std}的要求。\n",
        d1=c.D(c.before(30, 50)),
        ac=c.report_no("acc"),
        e1=c.ON(3),
        e2=c.ON(4),
        e3=c.ON(5),
        d2=c.D(c.before(8, 15)),
        rn=c.report_no("lab"),
        rn2=c.report_no("lab"),
        std=c.STD("GBZ 130-2020"),
    )
    d.add("放射工作人员：\n")
    for s in staffs:
        d.f(
            "　{n}，{g}，身份证号{i}，放射工作人员证编号{z}；职业健康检查结论：{h}\n",
            n=c.N(s),
            g=s.gender,
            i=c.ID(s),
            z=go("id_number", f"{c.loc.pa}放{c.date.year - r.randint(0, 3)}{digits(r, 5, '0123456789')}"),
            h=H(
                r.choice(["可继续原放射工作", "晶状体轻度混浊，可继续原放射工作", "白细胞计数偏低，建议复查"])
            ),
        )
    d.f(
        "　　依据{l}，本局决定准予许可，核发放射诊疗许可证（证号{z}），有效期五年。\n",
        l=c.L("《放射诊疗管理规定》第十六条"),
        z=keep("doc_no", f"{c.loc.pa}卫放证字〔{c.date.year}〕第{digits(r, 4, '0123456789')}号"),
    )
    d.add(tail(c, None, 2))
    d.add(c.rights(2))
    d.add(c.sign(contact=True))
    return d


@structure("H05-market-boiler-unregistered-operator-seal-up", "coercion", "market", "heldout")
def h05(c):
    r = c.rng
    co = c.company(r.choice(["热力", "洗浴服务", "乳业"]), "有限公司")
    c.as_target_company(co)
    c.set_docno("特查封", fmt=r.randint(0, 2))
    ops = [c.person(r.choice(["han3", "single", "minority", "word"])) for _ in range(2)]
    d = Doc()
    d.add(c.header("查封决定书"))
    d.add(company_block(c, co))
    d.f(
        "\n　　{d1}，本局执法人员{a}（执法证{b}）、{c2}（执法证{e}）对当事人锅炉房检查，发现一台{t}燃煤蒸汽锅炉（出厂编号{fn}）未办理使用登记，定期检验报告（编号{rn}）已于{d0}过期；司炉工{o1}、{o2}当班，其中{o1}持特种设备作业人员证（证号{q}），{o2}无证上岗。\n",
        d1=c.D(c.before(0, 2)),
        a=c.ON(0),
        b=c.OC(0),
        c2=c.ON(1),
        e=c.OC(1),
        t=r.choice(["4t/h", "2t/h", "6t/h"]),
        fn=keep("doc_no", f"{c.date.year - r.randint(8, 15)}-{digits(r, 4, '0123456789')}"),
        rn=c.report_no("cert"),
        d0=c.D(c.before(100, 300)),
        o1=c.N(ops[0]),
        o2=c.N(ops[1]),
        q=c.qual_cert(ops[0]),
    )
    d.f(
        "　　{o2}称其{h}，系临时顶班，日工资{w}。\n",
        o2=c.N(ops[1]),
        h=H(r.choice(["有癫痫病史", "色弱", "听力下降"])),
        w=W(f"{r.randint(150, 260)}元"),
    )
    d.f(
        "　　依据{l}，本局决定自{d2}起对上述锅炉实施查封，期限三十日，查封期间不得启用或擅自拆除封条。\n",
        l=c.L("《中华人民共和国特种设备安全法》第六十一条第（三）项"),
        d2=c.D(c.date),
    )
    d.add(
        "查封物品清单：\n1. 燃煤蒸汽锅炉　1台　（封条编号　FT-"
        + digits(r, 4, "0123456789")
        + "）\n2. 配套水处理设备　1套\n"
    )
    d.add(c.rights(r.randint(0, 3)))
    d.add(tail(c, None, 5))
    d.add(c.sign(contact=False))
    d.add(signatures(c, [("当事人现场负责人", ops[0]), ("见证人", c.person(r.choice(["minority", "han3"])))]))
    return d


@structure("H06-eco-diesel-truck-black-smoke-roadside-penalty", "penalty", "eco", "heldout")
def h06(c):
    r = c.rng
    p = c.person(
        r.choice(["han3", "minority", "single", "rare", "compound"]), local=r.random() < 0.5, age=(25, 58)
    )
    c.as_target_person(p)
    c.set_docno("罚", fmt=r.randint(0, 2))
    owner = c.company("物流", "有限公司")
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(party(c, p, style=r.randint(0, 5)))
    d.f("机动车驾驶证号：{dl}\n\n", dl=c.dl_no(p))
    d.f(
        "　　{d1}，本局会同{tp}在{rd}开展柴油货车路检路查，当事人驾驶的重型半挂牵引车（号牌{pl}，挂车{tr}，车辆识别代号{v}）排放可见黑烟。经不透光烟度法检测（检测报告编号{rn}），光吸收系数为{k}m⁻¹，超过{std}规定的限值。该车登记所有人为{co}（统一社会信用代码{cc}）。\n",
        d1=c.D(c.before(30, 60)),
        tp=keep("agency", f"{c.loc.city}公安局交通警察支队"),
        rd=r.choice(c.loc.roads),
        pl=c.plate_x("plain"),
        tr=c.plate_x("trailer"),
        v=c.vin(),
        rn=c.report_no("lab"),
        k=f"{r.randint(12, 35) / 10:.1f}",
        std=c.STD("GB 3847-2018"),
        co=c.CO(owner),
        cc=c.CC(owner),
    )
    d.f(
        "　　当事人称，车辆后处理装置（DPF）已被他人拆除，其受雇于车主，每趟运费{w}。\n",
        w=W(f"{r.randint(18, 45)}00元"),
    )
    d.add(c.evidence(["检测报告及现场照片", F("{n}的询问笔录", n=c.N(p)), "车辆行驶证复印件"]))
    d.f(
        "　　依据{l}，决定罚款{m}。\n",
        l=c.L("《中华人民共和国大气污染防治法》第一百一十四条第二款"),
        m=c.M(r.choice([2000, 3000, 5000])),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(tail(c, p, 2))
    d.add(c.sign())
    return d


@structure("H07-civil-orphan-basic-living-allowance-payment", "other", "civil", "heldout")
def h07(c):
    r = c.rng
    g = c.person(r.choice(["minority", "han3", "single"]), age=(45, 72))
    kid = c.child(g, (6, 16))
    c.target_type, c.target_name = "natural_person", kid.name
    c.set_docno("孤给", fmt=r.randint(0, 2))
    sch, cls = c.school_class(kid)
    d = Doc()
    d.add(c.header("孤儿基本生活费给付决定书"))
    d.f(
        "儿童姓名：{k}　性别：{s}　出生日期：{b}\n身份证号：{i}\n监护人：{g}（{rel}）　身份证号：{gi}\n联系电话：{ph}\n",
        k=go("minor_name", kid.name),
        s=kid.gender,
        b=c.BD(kid),
        i=c.ID(kid),
        g=go("guardian_name", g.name),
        rel=r.choice(["祖父", "伯父", "舅舅"] if g.male else ["祖母", "外祖母", "姑母"]),
        gi=c.ID(g),
        ph=c.mobile_x(g),
    )
    d.f("就读学校：{sc}{cl}\n\n", sc=go("school", sch), cl=go("class", cls))
    d.f(
        "　　{k}之父{f}于{d1}因{h}死亡，其母{m}{why}。{k}现随监护人居住在{a}。\n",
        k=go("minor_name", kid.name),
        f=c.N(c.relative(g, True, (30, 45))),
        d1=c.D(c.before(300, 900)),
        h=H(r.choice(["车祸", "肝癌", "溺水"])),
        m=c.N(c.person(male=False, age=(28, 42))),
        why=F("因{cr}正在服刑", cr=go("criminal_record", "犯运输毒品罪被判处有期徒刑十五年"))
        if r.random() < 0.5
        else "下落不明已满两年",
        a=c.AD(g),
    )
    d.f(
        "　　经{tn}初审、本局审核并公示无异议，认定{k}为社会散居孤儿。依据{l}，自{d2}起按每月{m2}标准发放基本生活费，经{bank}打入监护人社会保障卡金融账户{acc}。\n",
        tn=keep("agency", f"{c.loc.towns[0]}办事处"),
        k=go("minor_name", kid.name),
        l=c.L("《国务院办公厅关于加强孤儿保障工作的意见》"),
        d2=c.D(c.after(1, 30)),
        m2=c.M(r.choice([1260, 1380, 1500])),
        bank="社保卡合作银行",
        acc=c.ss_account(),
    )
    d.f(
        "　　监护人应将基本生活费用于孤儿生活、教育、医疗等支出，{k}年满十八周岁或被依法收养的，停止发放。\n",
        k=go("minor_name", kid.name),
    )
    d.add(c.rights(2))
    d.add(tail(c, g, 5))
    d.add(c.sign(contact=True))
    return d


@structure("H08-labour-startup-subsidy-payment-decision", "other", "labour", "heldout")
def h08(c):
    r = c.rng
    p = c.person(r.choice(["word", "minority", "compound", "han3", "rare"]), age=(22, 34))
    c.as_target_person(p)
    c.set_docno("创补", fmt=r.randint(0, 2))
    shopn = f"{c.loc.dist[:-1]}{r.choice(['拾光', '青稞', '雪域', '山野'])}{r.choice(['咖啡馆', '文创工作室', '民宿'])}"
    c.names.append(shopn)
    d = Doc()
    d.add(c.header("一次性创业补贴给付决定书"))
    d.add(party(c, p, label="申请人", style=r.choice([1, 2, 4])))
    cue, sid = c.social(r.choice(["xhs", "dy", "wx"]))
    d.f(
        "毕业院校：{u}（{y}届）\n社保个人编号：{ss}\n{cue}：{sid}\n\n",
        u=keep(
            "company",
            r.choice(["西藏大学", "新疆大学", "内蒙古大学", "云南民族大学", "兰州大学", "青海民族大学"]),
        ),
        y=c.date.year - r.randint(0, 2),
        ss=c.ss_personal(p),
        cue=cue,
        sid=sid,
    )
    d.f(
        "　　申请人于{d1}以个体工商户形式创办{s}（统一社会信用代码{cc}），正常经营满六个月，为自己和{n}名员工缴纳社会保险。申请人提交的经营流水显示月均营业收入{t}、毛利率约{g}。\n",
        d1=c.D(c.before(200, 300)),
        s=keep("company", shopn),
        cc=keep("credit_code", make_uscc(r, c.loc.regions[0], "92")),
        n=cn_digits(str(r.randint(1, 3))),
        t=TS(f"{r.randint(2, 6)}.{r.randint(1, 9)}万元"),
        g=TS(f"{r.randint(35, 62)}%"),
    )
    d.f(
        "　　经审核，申请人符合{l}规定的条件。本局决定给付一次性创业补贴{m}，拨付至申请人本人银行账户（{bk}）。\n",
        l=c.L(f"《{c.loc.prov}就业补助资金管理办法》第十四条"),
        m=c.M(r.choice([5000, 8000, 10000]), r.randint(0, 4)),
        bk=c.bank(),
    )
    d.f("　　经办人：{a}　　审核人：{b}　　审批人：{x}\n", a=c.ON(0), b=c.ON(1), x=c.ON(2))
    d.add(tail(c, p, 4))
    d.add(c.rights(r.randint(0, 3)))
    d.add(c.sign(contact=True))
    return d


@structure("H09-emergency-wildland-fire-use-penalty", "penalty", "emergency", "heldout")
def h09(c):
    r = c.rng
    p = c.person(r.choice(["han3", "minority", "word", "single"]), age=(40, 78))
    c.as_target_person(p)
    c.set_docno("罚", fmt=r.randint(0, 2))
    w = c.person(r.choice(["minority", "han3"]))
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(party(c, p, style=r.choice([0, 3, 5])))
    d.f(
        "\n　　经查：{d1}{t}时许，当事人在{v}自家承包地{what}，引燃地埂杂草，过火面积约{a}平方米，无人员伤亡。护林员{w}（电话{ph}）发现后报告，{fb}扑救。当事人称其{h}，事发时行动不便未能及时扑灭。\n",
        d1=c.D(c.before(40, 80)),
        t=cn_digits(str(r.randint(10, 16))),
        v=c.rural_addr(),
        what=r.choice(["焚烧秸秆", "烧荒", "上坟烧纸"]),
        a=r.randint(200, 3000),
        w=c.N(w),
        ph=c.PH(w),
        fb=keep("agency", f"{c.loc.dist}森林草原专业扑火队"),
        h=H(r.choice(["患帕金森病", "左腿截肢", "高血压眩晕"])),
    )
    if r.random() < 0.5:
        d.f(
            "　　当事人{y}年曾因野外用火被{ag}罚款{m}。\n",
            y=c.date.year - r.randint(2, 5),
            ag=keep("agency", f"{c.loc.dist}林业和草原局"),
            m=c.M(200),
        )
    d.add(c.evidence([F("{n}询问笔录", n=c.N(p)), F("护林员{w}证言", w=c.N(w)), "火场勘验图"]))
    d.f(
        "　　当事人违反{l1}，依据{l2}，决定：给予警告，罚款{m}。\n",
        l1=c.L("《森林防火条例》第二十五条"),
        l2=c.L("《森林防火条例》第五十条"),
        m=c.M(r.choice([500, 1000, 2000])),
    )
    d.add(c.pay(r.randint(0, 2)))
    d.add(c.rights())
    d.add(tail(c, p, 4))
    d.add(c.sign())
    d.add(signatures(c, [("被处罚人", p)]))
    return d


@structure("H10-tax-individual-business-quota-assessment-notice", "levy", "tax", "heldout")
def h10(c):
    r = c.rng
    op = c.person(r.choice(["minority", "han3", "single", "word"]))
    nm = f"{c.loc.dist}{r.choice(['格桑', '阿力', '天山', '云岭', '草原'])}{r.choice(['便利店', '烤肉店', '民族服饰店', '茶叶铺'])}"
    c.names.append(nm)
    code = make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(nm, op, code)
    c.set_docno("税核定", fmt=r.randint(0, 2))
    d = Doc()
    d.add(c.header("核定定额通知书"))
    d.f(
        "纳税人名称：{s}\n纳税人识别号：{cc}\n业主姓名：{o}　　业主身份证件号码：{i}\n生产经营地址：{ad}\n联系电话：{ph}\n\n",
        s=keep("company", nm),
        cc=keep("credit_code", code),
        o=c.N(op),
        i=c.ID(op),
        ad=f"{c.loc.dist}{r.choice(c.loc.roads)}{r.randint(1, 200)}号",
        ph=c.landline_x(),
    )
    d.f(
        "　　根据{l}，经典型调查和评议，核定你户{y}年{q}季度起定额如下：\n",
        l=c.L("《个体工商户税收定期定额征收管理办法》第七条"),
        y=c.date.year,
        q=r.choice(["第一", "第二", "第三"]),
    )
    mon = r.randint(28, 95) * 1000
    d.f(
        "月经营额：{a}\n所得率：{b}\n月应纳增值税：{c1}\n月应纳个人所得税（经营所得）：{c2}\n",
        a=TS(f"{mon}元"),
        b=TS(f"{r.randint(6, 12)}%"),
        c1=c.M(0, 0) if mon < 100000 else c.M(900),
        c2=c.M(r.randint(50, 400)),
    )
    d.f(
        "　　典型调查记录：雇工{n}人，其中{e}月工资{w}；店面为租赁，年租金{rent}；上游供货商{sup}。\n",
        n=r.randint(1, 3),
        e=c.N(c.person()),
        w=W(f"{r.randint(30, 50)}00元"),
        rent=TS(f"{r.randint(3, 9)}.{r.randint(0, 9)}万元"),
        sup=TS(r.choice(["喀什某干果批发部", "拉萨某民族用品厂", "普洱某茶厂"])),
    )
    d.f("　　扣款账户：{bk}（已签订委托划缴协议）。\n", bk=c.bank())
    d.f(
        "　　如对核定定额有异议，可在接到本通知书之日起三十日内提供证据申请调整；对核定结果不服的，可依法申请行政复议。主管税务所：{ts}，经办人{o}。\n",
        ts=keep("agency", f"{c.ag.name}{c.loc.towns[0][:-2]}税务所"),
        o=c.ON(0),
    )
    d.add(tail(c, op, 5))
    d.add(c.sign())
    return d


@structure("H11-fire-pre-opening-safety-inspection-refusal", "license", "fire", "heldout")
def h11(c):
    r = c.rng
    co = c.company(r.choice(["KTV娱乐", "酒店管理", "剧场演艺"]), "有限公司")
    c.as_target_company(co)
    c.set_docno("不合格", fmt=r.randint(0, 2))
    mgr = c.person(r.choice(["han3", "minority", "foreign", "compound"]))
    d = Doc()
    d.add(c.header("不同意投入使用、营业决定书"))
    d.add(company_block(c, co, "申请人"))
    if mgr.id18:
        d.f("消防安全管理人：{m}　身份证号：{i}　手机：{ph}\n", m=c.N(mgr), i=c.ID(mgr), ph=c.mobile_x(mgr))
    else:
        d.f(
            "消防安全管理人：{m}（{lat}）　护照：{pp}　手机：{ph}\n",
            m=c.N(mgr),
            lat=go("name", mgr.latin),
            pp=c.passport(mgr),
            ph=c.PH(mgr, 3),
        )
    d.f(
        "\n　　你单位于{d1}申请对位于{ad}的场所进行投入使用、营业前消防安全检查（受理凭证{ac}）。{a}、{b}于{d2}进行了现场检查，发现下列不符合消防技术标准的问题：\n",
        d1=c.D(c.before(8, 12)),
        ad=co.addr,
        ac=c.report_no("acc"),
        a=c.ON(0),
        b=c.ON(1),
        d2=c.D(c.before(2, 6)),
    )
    items = r.sample(
        [
            "疏散通道宽度不足1.1米",
            "包厢内设置的装修材料燃烧性能等级低于B1级",
            "自动喷水灭火系统末端试水装置压力不足",
            "消防控制室值班人员未持证上岗",
            "安全出口数量不足",
            "应急照明连续供电时间不足0.5小时",
        ],
        3,
    )
    for i, it in enumerate(items, 1):
        d.add(f"　　{cn_digits(str(i)) if r.random() < 0.5 else i}、{it}；\n")
    d.f(
        "　　上述问题不符合{std}的规定。依据{l}，决定不同意你单位投入使用、营业。整改完毕后可重新申请。\n",
        std=c.STD(r.choice(["GB 50016-2014", "GB 50222-2017", "GB 25506-2010"])),
        l=c.L("《中华人民共和国消防法》第十五条"),
    )
    d.f(
        "　　现场检查时，消防控制室值班员{x}称其上月刚入职，月薪{w}，曾因{cr}。\n",
        x=c.N(c.person("single")),
        w=W(f"{r.randint(30, 48)}00元"),
        cr=go("criminal_record", r.choice(["寻衅滋事被行政拘留", "盗窃罪被判处有期徒刑八个月"])),
    )
    d.add(c.rights(r.randint(0, 3)))
    d.add(tail(c, None, 5))
    d.add(c.sign(contact=True))
    return d


@structure("H12-market-delivery-food-sampling-failure-penalty", "penalty", "market", "heldout")
def h12(c):
    r = c.rng
    co = c.company(r.choice(["餐饮管理", "食品"]), "有限公司")
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 2))
    chef = c.person(r.choice(["han3", "minority", "single"]))
    buyer = c.person(r.choice(["word", "han3", "compound"]))
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(company_block(c, co))
    d.f(
        "食品经营许可证编号：{l}\n平台店铺名称：{sh}\n\n",
        l=c.licence("JY"),
        sh=keep("company", co.name[:4] + "外卖店"),
    )
    d.f(
        "　　{d1}，本局委托{lab}对当事人通过网络平台销售的{f}进行监督抽检（抽样单编号{sn}）。检验报告（编号{rn}）显示，{item}检出值为{v}g/kg，不符合{std}的规定，检验结论为不合格。当事人收到报告后未申请复检。\n",
        d1=c.D(c.before(70, 100)),
        lab=keep("company", f"{c.loc.prov[:2]}{r.choice(['谱尼', '华测', '中检'])}检测技术有限公司"),
        f=r.choice(["凉拌牛肉", "手抓饭", "酸菜鱼", "凉粉"]),
        sn=c.report_no("lab"),
        rn=c.report_no("lab"),
        item=r.choice(["脱氢乙酸及其钠盐", "苯甲酸及其钠盐", "糖精钠"]),
        v=f"0.{r.randint(2, 9)}{r.randint(1, 9)}",
        std=c.STD("GB 2760-2014"),
    )
    d.f(
        "　　经查，涉案调料系后厨主管{ch}从{sup}购进，进货价每桶{p}。该批食品共销售{n}份，货值金额{m}，违法所得{g}。外卖顾客{b}（收货手机尾号{t}，平台订单备注地址{ad}）称食用后{h}。\n",
        ch=c.N(chef),
        sup=TS(r.choice(["兰州某调味品批发部", "网店“川味优选”", "本地农贸市场摊主"])),
        p=TS(f"{r.randint(80, 160)}元"),
        n=r.randint(60, 300),
        m=c.M(r.randint(2, 9) * 1000),
        g=c.M(r.randint(300, 900)),
        b=c.N(buyer),
        t=buyer.mobile[-4:],
        ad=c.AD(buyer),
        h=H(r.choice(["腹泻", "皮肤瘙痒起疹", "恶心呕吐"])),
    )
    d.add(c.evidence([F("{ch}询问笔录", ch=c.N(chef)), "平台销售记录", "进货台账"]))
    d.f(
        "　　依据{l}，决定：没收违法所得；罚款{m}。\n",
        l=c.L("《中华人民共和国食品安全法》第一百二十四条第一款第（三）项"),
        m=c.M(r.randint(5, 12) * 10000),
    )
    d.add(c.pay())
    d.add(c.rights())
    d.add(tail(c, None, 1))
    d.add(c.sign())
    return d


@structure("H13-culture-heritage-control-zone-construction-rectification", "other", "culture", "heldout")
def h13(c):
    r = c.rng
    p = c.person(r.choice(["minority", "han3", "word", "rare"]), age=(35, 70))
    c.as_target_person(p)
    c.set_docno("文物责改", fmt=r.randint(0, 2))
    builder = c.person()
    site = r.choice(["大昭寺", "古城四方街", "清真寺旧址", "喇嘛庙", "古民居群"])
    d = Doc()
    d.add(c.header("责令改正通知书"))
    d.f("{n}：\n", n=c.N(p))
    d.f(
        "　　（身份证件号码：{i}　联系电话：{ph}）\n",
        i=c.id_noisy(p) if r.random() < 0.5 else c.ID(p),
        ph=c.mobile_x(p),
    )
    d.f(
        "　　本局于{d1}巡查发现，你在{site}建设控制地带内的自有房屋（{ad}）擅自加建第三层，施工方为{b}带领的施工队（{b}电话{bph}，银行账号{acc}），未经文物行政部门同意。你称加盖房屋用于{use}，并称家中{rel}需{h}，急需用钱。\n",
        d1=c.D(c.before(5, 20)),
        site=site,
        ad=c.AD(p),
        b=c.N(builder),
        bph=c.PH(builder),
        acc=c.bank(),
        use=r.choice(["开客栈", "出租", "家中供佛"]),
        rel=r.choice(["老人", "妻子"]),
        h=H(r.choice(["长期透析", "做心脏支架手术", "化疗"])),
    )
    if r.random() < 0.9:
        d.f(
            "　　你称自己{rg}，加建部分拟作佛堂使用。\n",
            rg=go("religion", r.choice(["信仰藏传佛教", "系佛教居士"])),
        )
    d.f(
        "　　你的行为违反了{l1}的规定。依据{l2}，责令你立即停止施工，并于{dd}前拆除违法加建部分，恢复原状。\n",
        l1=c.L("《中华人民共和国文物保护法》第十八条"),
        l2=c.L("《中华人民共和国文物保护法》第六十六条"),
        dd=c.D(c.after(20, 40)),
    )
    d.f("　　执法人员：{a}（{b}）　{c2}（{e}）\n", a=c.ON(0), b=c.OC(0), c2=c.ON(1), e=c.OC(1))
    d.add(tail(c, p, 6))
    d.add(c.sign(contact=False))
    d.add(signatures(c, [("当事人", p), ("见证人", c.person(r.choice(["minority", "word"])))]))
    d.add(contact_line(c))
    return d
