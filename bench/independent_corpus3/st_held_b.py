"""Held-out structures W07-W12 (accident report approval, vendor goods return, dental clinic, script-game venue, tax deductions, nursing home)."""

from __future__ import annotations

from kit import TS, Doc, F, H, W, bank_card, digits, go, keep, make_uscc, structure


# ---------------------------------------------------------------- W07 approval of a fatal-fall accident investigation report
@structure("W07-emergency-fatal-fall-accident-report-approval", "other", "emergency", "heldout", n=8)
def w07(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["建筑工程", "建设集团", "装饰工程"]))
    sub = c.company(r.choice(["劳务", "建筑劳务"]))
    c.as_target_company(co)
    c.set_docno(r.choice(["批", "事故批"]))
    dead = c.person("han3", age=(35, 60), male=True, local=False)
    wife = c.person("han3", age=(33, 58), male=False, region=dead.region, local=False)
    pm = c.person("han3", age=(30, 50), male=True)
    safe = c.person("han3", age=(25, 45))
    nk = c.nickname(safe, "小{s}")
    foreman = c.person("han3", age=(40, 60), male=True)
    nk2 = c.nickname(foreman, r.choice(["{s}工头", "老{s}"]))
    t = c.before(100, 200)
    md = f"{t.month}·{t.day}"
    d.add(c.A(), "\n", F("关于{co}“{md}”高处坠落事故调查报告的批复\n", co=c.CO(co), md=md), c.DN(), "\n\n")
    d.add("事故调查组：\n\n")
    d.add("你组报送的《", c.CO(co), "“", md, "”高处坠落事故调查报告》收悉。经研究，批复如下：\n\n")
    d.add(
        "一、同意调查报告对事故经过、原因和性质的认定。",
        c.D(t),
        "上午，",
        c.CO(sub),
        "作业人员",
        c.N(dead),
        "（",
        str(dead.age(c.date)),
        "岁，身份证号",
        c.ID(dead),
        "，户籍地",
        c.AD(dead),
        "）在",
        c.CO(co),
        "承建的",
        r.choice(c.loc.roads),
        "安置房项目",
        r.choice(["12号楼第17层", "3号楼外脚手架", "地下车库顶板洞口"]),
        "作业时，未系挂安全带，从",
        r.choice(["临边", "预留洞口", "卸料平台"]),
        "坠落，",
        H(
            r.choice(
                [
                    "经抢救无效死亡，直接死因为重度颅脑损伤",
                    "因多发骨折、失血性休克当场死亡",
                    "送医后因脾破裂、肝挫裂伤抢救无效死亡",
                ]
            )
        ),
        "。尸检报告同时显示其",
        H(r.choice(["血液中检出乙醇", "患有冠状动脉粥样硬化性心脏病", "有高血压病史"])),
        "，但与死亡无直接因果关系。\n",
    )
    d.add(
        "事故直接经济损失",
        c.M(r.randint(1200000, 2200000), 2),
        "。",
        c.N(dead),
        "的妻子",
        c.N(wife),
        "（联系电话",
        c.PH(wife),
        "）已与施工单位达成赔偿协议，",
        "死者之子",
        c.N(sonx := c.child(dead, age=(9, 16)), "minor_name"),
        "在",
        go("school", c.school_class(sonx)[0]),
        "就读，施工单位承诺资助其完成学业。现场目击者为塔吊司机"
        + r.choice(["陈某某", "李某", "周**"])
        + "。\n\n",
    )
    d.add("二、同意对事故责任单位和人员的处理建议：\n")
    d.add(
        "（一）项目经理",
        c.N(pm),
        "未组织开展安全技术交底，对事故负有主要管理责任，建议由住房城乡建设部门依法吊销其安全生产考核合格证书；\n",
    )
    d.add(
        "（二）专职安全员",
        c.N(safe),
        "（工友称“",
        go("name", nk),
        "”）未履行巡查职责，劳务班组长",
        c.N(foreman),
        "（绰号“",
        go("name", nk2),
        "”）",
        "安排未经培训人员高处作业，建议由企业按内部规定处理（",
        c.N(foreman),
        "曾",
        go(
            "criminal_record",
            r.choice(["因重大责任事故罪被判处有期徒刑一年、缓刑二年", "因盗窃罪被判处拘役五个月"]),
        ),
        "）；",
        c.N(foreman),
        "自述其",
        W(f"每月包工收入约{r.randint(12, 25)}000元"),
        "；\n",
    )
    d.add(
        "（三）",
        c.CO(co),
        "未落实安全生产主体责任，依据",
        c.L("《中华人民共和国安全生产法》第一百一十四条第一款第（一）项"),
        "，由我局另行作出罚款",
        c.M(r.choice([300000, 500000, 800000]), 0),
        "的行政处罚；对其法定代表人",
        c.REP(co),
        "依据",
        c.L("《中华人民共和国安全生产法》第九十五条第（一）项"),
        "另案处理。\n\n",
    )
    d.add(
        "三、调查组组成：",
        c.role(0, "组长", cred=False, style=0),
        "（本局副局长）；",
        c.role(1, "副组长", cred=False, style=0),
        "；成员",
        c.ON(2),
        "、",
        c.ON(3),
        "、",
        c.ON(4),
        "，以及",
        keep("agency", f"{c.loc.city}{c.loc.dist}住房和城乡建设局"),
        "、",
        keep("agency", f"{c.loc.city}公安局{c.loc.dist}分局"),
        "派员参加。技术组依据",
        c.STD(r.choice(["JGJ 80-2016", "JGJ 130-2011", "GB 50870-2013"])),
        "进行了分析。\n\n",
    )
    c.extra_keep += [f"{c.loc.city}{c.loc.dist}住房和城乡建设局", f"{c.loc.city}公安局{c.loc.dist}分局"]
    d.add(
        "四、请",
        r.choice(c.loc.towns),
        "督促事故单位在",
        c.D(c.after(30, 60)),
        "前落实整改措施，并将落实情况报送我局。\n\n",
    )
    d.add(c.A(), "\n", c.D(c.date), "\n")
    if r.random() < 0.7:
        d.add("（联系人：", c.ON(5), "，电话：", c.AC("phone"), "）\n")
    return d


# ---------------------------------------------------------------- W08 returning a street vendor's held goods
@structure("W08-urban-vendor-held-goods-return-decision", "coercion", "urban", "heldout", n=8)
def w08(c):
    r = c.rng
    d = Doc()
    v = c.person("han3", age=(40, 70), local=r.random() < 0.6)
    c.as_target_person(v)
    c.set_docno(r.choice(["退", "解扣"]))
    nk = c.nickname(
        v, r.choice(["{s}嫂", "{s}大姐", "老{s}"]) if not v.male else r.choice(["老{s}", "{s}师傅"])
    )
    kid = c.child(v, age=(9, 15))
    sch, cls = c.school_class(kid)
    held = c.before(20, 60)
    d.add(c.header("解除暂扣并退还物品决定书"))
    d.add(c.N(v), "（身份证号", c.ID(v), "，残疾人证号", c.disab_cert(v, cat=r.choice([1, 2])), "）：\n\n")
    d.add(
        "本局执法队员",
        c.ON(0),
        "（执法证号",
        c.OC(0),
        "）、",
        c.ON(1),
        "（执法证号",
        c.OC(1),
        "）于",
        c.D(held),
        "在",
        r.choice(c.loc.roads),
        "人行道查处你占道经营",
        r.choice(["烤红薯", "水果", "凉皮", "手工鞋垫"]),
        "的行为，依据",
        c.L(f"《{c.loc.prov}城市市容和环境卫生管理条例》第三十八条"),
        "暂扣了你的",
        r.choice(["三轮车一辆、电子秤一台", "推车一辆、煤气罐一只", "货架两个及货品若干"]),
        "（",
        c.DN(c.other_docno("暂扣")),
        "《暂扣物品清单》）。\n\n",
    )
    d.add(
        "暂扣后，你到",
        r.choice(c.loc.towns),
        "城管中队说明，你",
        H(
            r.choice(
                [
                    "右腿小儿麻痹后遗症，行走不便",
                    "双耳听力残疾",
                    "患有肺结核正在服药",
                    "做过乳腺癌手术，需长期吃药",
                ]
            )
        ),
        "，丈夫",
        r.choice(["常年卧床", "早年去世"]),
        "，家中主要靠摆摊维持生计，儿子",
        c.N(kid, "minor_name"),
        "在",
        go("school", sch),
        go("class", cls),
        "读书，",
        "放学后常来摊位帮忙。街坊们都叫你“",
        go("name", nk),
        "”。你的联系电话为",
        c.PH(v),
        "，收款码绑定的微信号为",
        c.wechat(),
        "。\n\n",
    )
    wit = c.person("han3", age=(30, 60))
    d.add(
        "暂扣物品清单：\n物品名称\t数量\t状态\n",
        r.choice(["三轮车", "手推车"]),
        "\t1辆\t完好\n电子秤\t1台\t完好\n",
        r.choice(["保温箱", "遮阳伞", "折叠桌"]),
        "\t",
        str(r.randint(1, 3)),
        "个\t完好\n货品\t若干\t",
        r.choice(["已变质，经你同意现场销毁", "已由你当场领回"]),
        "\n\n",
    )
    d.add(
        "附近店主",
        c.N(wit),
        "（手机",
        c.PH(wit),
        "）证明你在该处摆摊多年，",
        r.choice(["没有与人发生过纠纷", "收摊后会清扫地面"]),
        "。",
        "你于",
        c.D(c.after(2, 8, held)),
        "提交了书面申请，并附",
        c.hospital(),
        "出具的诊断证明和",
        c.loc.dist,
        "残联出具的困难证明。\n\n",
    )
    d.add(
        "经",
        r.choice(c.loc.towns),
        "社区协调，已为你在",
        r.choice(["便民疏导点", "夜市规范摊区"]),
        "安排了固定摊位，你书面承诺不再占道经营。",
        c.N(v),
        "现住",
        c.AD(v),
        "。\n\n",
    )
    d.add(
        "本局认为，暂扣物品的目的已经实现，依据",
        c.L("《中华人民共和国行政强制法》第二十八条第一款第（四）项"),
        "，决定：\n",
    )
    d.add(
        "一、解除对上述物品的暂扣；\n二、请你于",
        c.D(c.after(3, 10)),
        "前携带本决定书和身份证件到",
        c.loc.dist,
        "城管物品保管仓库领取，逾期未领取的按规定处理。",
        "物品保管员：",
        c.ON(2),
        "。\n三、本案不予罚款，对你进行批评教育。\n\n",
    )
    d.add(c.rights(style=r.choice([0, 1])))
    d.add(
        "\n",
        c.A(),
        "\n",
        c.D(c.date, r.choice([0, 2])),
        "\n\n当事人签收：",
        c.N(v),
        "　签收日期：",
        c.D(c.after(1, 3)),
        "\n",
        c.role(3, "送达人", cred=False, style=0),
        "\n",
    )
    return d


# ---------------------------------------------------------------- W09 dental clinic reusing handpieces
@structure("W09-health-dental-clinic-sterilisation-failure-penalty", "penalty", "health", "heldout", n=8)
def w09(c):
    r = c.rng
    d = Doc()
    op = c.person("han3", age=(32, 58))
    shop = (
        f"{c.loc.dist}{op.name}口腔诊所"
        if r.random() < 0.5
        else f"{c.loc.city}{c.loc.dist}{r.choice(['皓齿', '贝齿', '悦笑', '优牙'])}口腔诊所"
    )
    if op.name not in shop:
        c.names.append(shop)
    code = make_uscc(r, c.loc.regions[0], "92")
    c.target_type, c.target_name = "individual_business", shop
    c.fields.update(id_number=op.id18, phone=op.mobile, address=op.address, credit_code=code)
    c.set_docno("罚")
    asst = c.person("han", age=(20, 35), male=False)
    nk = c.nickname(asst, "小{s}")
    pats = [c.person("han3", age=(18, 70)) for _ in range(2)]
    d.add(c.header("行政处罚决定书"))
    nm_piece = (
        [c.loc.dist, c.N(op), "口腔诊所"]
        if op.name in shop and shop.startswith(c.loc.dist + op.name)
        else keep("company", shop)
    )
    d.add(
        "当事人：",
        nm_piece,
        "\n统一社会信用代码：",
        keep("credit_code", code),
        "\n主要负责人：",
        c.N(op),
        "（身份证号",
        c.ID(op),
        "）\n诊所地址：",
        r.choice(c.loc.roads),
        str(r.randint(1, 300)),
        "号\n\n",
    )
    t = c.before(50, 110)
    d.add(
        c.D(t),
        "，本局",
        c.role(0, "卫生监督员", cred=True, style=0),
        "、",
        c.role(1, "卫生监督员", cred=True, style=0),
        "对当事人进行消毒隔离专项检查，发现：\n",
    )
    d.add(
        "1．诊疗区使用的",
        str(r.randint(3, 8)),
        "支牙科手机无灭菌标识，当事人无法提供灭菌记录；小型压力蒸汽灭菌器",
        r.choice(["未进行生物监测", "B-D测试纸已过期"]),
        "；\n",
    )
    d.add(
        "2．护士",
        c.N(asst),
        "（诊所里都叫她“",
        go("name", nk),
        "”）未取得护士执业证书，负责器械清洗和四手操作；\n",
    )
    d.add(
        "3．诊疗登记本记载",
        c.D(c.before(10, 40, t)),
        "至检查日共接诊",
        str(r.randint(60, 200)),
        "人次，其中",
        c.N(pats[0]),
        "（手机",
        c.PH(pats[0]),
        "）登记为",
        H(r.choice(["乙肝表面抗原阳性", "丙肝抗体阳性", "梅毒血清学阳性", "HIV感染者"])),
        "，当日其后接诊的",
        c.N(pats[1]),
        "使用了同一批次未灭菌器械。\n\n",
    )
    d.add(
        c.N(pats[1]),
        "事后",
        H(r.choice(["查出乙肝表面抗原转阳", "出现拔牙创口感染，发热三天", "焦虑失眠，接受心理咨询"])),
        "，向",
        c.AC("hotline"),
        "投诉。其家属称：“",
        c.N(op),
        "当时说器械都是用开水烫过的。”\n",
    )
    d.add(
        "当事人称诊所",
        TS(
            r.choice(
                [
                    "种植牙每颗收费6800元，种植体进价1200元",
                    "与义齿加工厂约定每单返点15%",
                    "正畸病人按疗程打包价二万二，分期收取",
                ]
            )
        ),
        "，",
        "忙不过来才没有按规定灭菌。\n\n",
    )
    d.add(
        "上述行为违反了",
        c.L("《医疗机构管理条例》第二十七条"),
        "、",
        c.L("《消毒管理办法》第五条"),
        "，不符合",
        c.STD("WS 506-2016"),
        "《口腔器械消毒灭菌技术操作规范》要求。依据",
        c.L("《消毒管理办法》第四十一条"),
        "、",
        c.L("《医疗机构管理条例》第四十七条"),
        "，经",
        c.role(2, "法制审核人员", cred=False),
        "审核及本局负责人集体讨论，决定：\n",
    )
    d.add(
        "一、警告；\n二、罚款",
        c.M(r.choice([5000, 10000, 20000]), r.choice([0, 1])),
        "；\n三、责令立即停止使用未灭菌器械，限期十日内整改。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- W10 script-game venue admitting minors late at night
@structure("W10-culture-script-game-venue-minors-night-penalty", "penalty", "culture", "heldout", n=8)
def w10(c):
    r = c.rng
    d = Doc()
    op = c.person("han3", age=(24, 40))
    nk = c.nickname(op, r.choice(["{s}老板", "老{s}"]))
    shop = f"{c.loc.dist}{r.choice(['迷雾', '谜境', '推理社', '剧眼'])}剧本娱乐店"
    c.names.append(shop)
    code = make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.set_docno("罚")
    kids = []
    for _ in range(3):
        par = c.person("han3", age=(35, 50))
        k = c.child(par, age=(13, 17))
        kids.append((k, par))
    dm = c.person("han3", age=(19, 26), male=False)
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人：",
        keep("company", shop),
        "\n经营者：",
        c.N(op),
        "　统一社会信用代码：",
        keep("credit_code", code),
        "\n身份证号：",
        c.ID(op),
        "　手机：",
        c.PH(op),
        "\n住址：",
        c.AD(op),
        "\n\n",
    )
    t = c.before(40, 90)
    d.add(
        c.D(t),
        "晚",
        r.choice(["22时40分", "23时15分", "23时50分"]),
        "，本局",
        c.officers(),
        "会同",
        keep("agency", f"{c.loc.city}公安局{c.loc.dist}分局"),
        r.choice(c.loc.towns)[:-2],
        "派出所民警对当事人经营场所进行检查，发现“",
        r.choice(["古宅惊魂", "沉默之岛", "校园怪谈"]),
        "”沉浸式包间内有",
        str(r.randint(4, 7)),
        "名顾客正在游戏，其中3名为未成年人：\n",
    )
    c.extra_keep.append(f"{c.loc.city}公安局{c.loc.dist}分局")
    for k, par in kids:
        sc, cl = c.school_class(k)
        d.add(
            "— ",
            c.N(k, "minor_name"),
            "，",
            str(k.age(c.date)),
            "岁，",
            go("school", sc),
            go("class", cl),
            "，监护人",
            c.N(par, "guardian_name"),
            "（",
            c.PH(par),
            "）\n",
        )
    k0, p0 = kids[0]
    d.add(
        "\n",
        c.N(k0, "minor_name"),
        "（身份证号",
        c.ID(k0),
        "）称，是在当事人抖音账号（",
        c.platform_id(0),
        "）看到“学生党半价”广告后，通过当事人微信",
        c.wechat(),
        "预约。",
        "检查时",
        c.N(kids[1][0], "minor_name"),
        H(
            r.choice(
                [
                    "因恐怖场景惊吓出现过度换气，手脚发麻",
                    "哭闹不止，自述有惊恐发作史",
                    "诉心慌胸闷，有先天性心脏病手术史",
                ]
            )
        ),
        "，执法人员通知其家长",
        c.N(kids[1][1], "guardian_name"),
        "到场接回。\n",
    )
    d.add(
        "主持人（DM）",
        c.N(dm),
        "称，店长“",
        go("name", nk),
        "”交代“",
        r.choice(["学生不用看身份证", "过了十点就关灯别让人看见"]),
        "”。当事人营业记录显示，",
        TS(r.choice(["学生场次占周末营业额约四成", "恐怖本每人收费128元，剧本版权费每本3000元买断"])),
        "。\n\n",
    )
    d.add(
        "本局认为，当事人在法定节假日以外的夜间接纳未成年人参与含有恐怖、暴力内容的剧本娱乐活动，违反了",
        c.L("《中华人民共和国未成年人保护法》第五十八条"),
        "及",
        c.L("《关于加强剧本娱乐经营场所管理的通知》"),
        "的规定。依据",
        c.L("《中华人民共和国未成年人保护法》第一百二十三条"),
        "，决定：给予警告，没收违法所得",
        c.M(r.randint(800, 5000), 0),
        "，罚款",
        c.M(r.choice([10000, 30000, 50000]), 0),
        "。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- W11 false special additional deductions
@structure("W11-tax-false-special-deductions-penalty", "penalty", "tax", "heldout", n=8)
def w11(c):
    r = c.rng
    d = Doc()
    p = c.person("han3", age=(30, 50))
    c.as_target_person(p)
    c.set_docno(r.choice(["罚", "稽罚"]))
    co = c.company(r.choice(["软件", "医药", "建材", "信息技术"]))
    fake_par = c.person("han3", age=(62, 85))
    mom = c.relative(p, male=False, age=(60, 82)) if r.random() < 0.3 else c.person(male=False, age=(60, 82))
    kid = c.child(p, age=(6, 15))
    sch, cls = c.school_class(kid)
    d.add(c.header("税务行政处罚决定书"))
    d.add(
        "纳税人：",
        c.N(p),
        "\n纳税人识别号：",
        c.ID(p),
        "\n任职受雇单位：",
        c.CO(co),
        "\n联系电话：",
        c.PH(p),
        "\n\n",
    )
    y = c.date.year - 1
    owed = r.randint(3000, 15000)
    d.add(
        "经我局",
        c.role(0, "税务检查人员", cred=True, style=3),
        "、",
        c.ON(1),
        "（检查证号",
        c.OC(1),
        "）检查，你在办理",
        str(y),
        "年度个人所得税综合所得汇算清缴时，存在以下问题：\n",
    )
    d.add(
        "（一）申报赡养老人扣除，被赡养人填报为",
        c.N(fake_par),
        "（身份证号",
        c.ID(fake_par),
        "），经核实该人与你无赡养关系，系",
        r.choice(["你的远房舅舅", "同事的父亲", "邻居"]),
        "；\n",
    )
    d.add(
        "（二）申报大病医疗扣除",
        c.M(r.randint(30000, 80000), 0),
        "，填报的患者为你的母亲",
        c.N(mom),
        "（医保个人编码",
        c.med_code(mom),
        "），经向",
        keep("agency", f"{c.loc.city}医疗保障局"),
        "核实，其当年",
        H(r.choice(["因乳腺癌住院化疗四次", "因冠心病放置支架两枚", "因慢性肾衰竭规律透析"])),
        "，医保目录内个人负担部分仅为",
        c.M(r.randint(8000, 20000), 0),
        "，你多填报了其他家属的费用；\n",
    )
    d.add(
        "（三）申报子女教育扣除两名子女，实际仅有一子",
        c.N(kid, "minor_name"),
        "（",
        go("school", sch),
        go("class", cls),
        "）。\n",
    )
    d.add(
        "你",
        str(y),
        "年度",
        W(f"工资薪金收入{r.randint(18, 60)}万元"),
        "，另有",
        W(f"劳务报酬{r.randint(2, 9)}万元"),
        "。你通过个人所得税APP（注册手机",
        c.PH(p),
        "）申报，退税款",
        c.M(owed, 0),
        "已退至你的银行卡",
        go("bank_account", bank_card(r)),
        "。\n\n",
    )
    d.add(
        "我局于",
        c.D(c.before(20, 40)),
        "送达",
        c.DN(c.other_docno("税通")),
        "《税务事项通知书》，你未在规定期限内更正申报。你在约谈中称",
        H(r.choice(["去年自己也查出甲状腺癌，压力很大", "女儿有自闭症，康复费用高"])),
        "，希望从轻处理。\n\n",
    )
    d.add(
        "以上事实有你的申报记录、",
        keep("agency", f"{c.loc.city}医疗保障局"),
        "协查回复、户籍信息等证据证明。依据",
        c.L("《中华人民共和国税收征收管理法》第六十三条第一款"),
        "及",
        c.L("《个人所得税专项附加扣除操作办法（试行）》第三十条"),
        "，决定：追缴少缴的个人所得税",
        c.M(owed, 0),
        "，并处少缴税款",
        *(lambda k: [["50%", "百分之五十", "一倍"][k], "的罚款", c.M(owed if k == 2 else owed // 2, 0)])(
            r.randint(0, 2)
        ),
        "。\n\n",
    )
    c.extra_keep.append(f"{c.loc.city}医疗保障局")
    d.add(c.pay(style=2), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- W12 nursing home neglect with long-term-care insurance codes
@structure("W12-civil-nursing-home-resident-neglect-penalty", "penalty", "civil", "heldout", n=8)
def w12(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["养老服务", "颐养中心", "康养服务"]))
    c.as_target_company(co)
    c.set_docno("罚")
    res = [c.person("han3", age=(72, 95), male=True)] + [c.person("han3", age=(72, 95)) for _ in range(2)]
    fam = c.relative(res[0], male=True, age=(40, 65))
    cg = c.person("han3", age=(40, 58), male=False, local=False)
    nk = c.nickname(cg, r.choice(["{s}阿姨", "{s}姨"]))
    d.add(c.header("行政处罚决定书"))
    d.add(
        "被处罚单位：",
        c.CO(co),
        "\n统一社会信用代码：",
        c.CC(co),
        "\n法定代表人：",
        c.REP(co),
        "\n养老机构备案回执号：" + c.loc.short + "民养备" + digits(r, 5, "0123456789") + "\n\n",
    )
    t = c.before(50, 100)
    d.add(
        c.D(t),
        "，入住老人",
        c.N(res[0]),
        "之子",
        c.N(fam),
        "（电话",
        c.PH(fam),
        "，住",
        c.AD(fam),
        "）投诉其父在当事人处",
        H(r.choice(["骶尾部出现四期压疮", "夜间跌倒致股骨颈骨折", "一周内体重下降五公斤，严重脱水"])),
        "。本局",
        c.role(0, "检查组组长", cred=True, style=1),
        "带领",
        c.role(1, "执法人员", cred=True, style=3),
        "及",
        c.role(2, "记录人", cred=False, style=1),
        "于",
        c.D(c.after(1, 4, t)),
        "进行了检查。\n\n",
    )
    d.add(
        "检查发现，当事人三楼失能照护区入住",
        str(r.randint(18, 40)),
        "人，夜班仅配护理员1名。抽查的老人护理档案如下：\n",
    )
    for p in res:
        d.add(
            "▲",
            c.N(p),
            "　长期护理保险参保人员编号",
            c.ss_personal(p) if r.random() < 0.5 else c.med_code(p),
            "　评估结果：",
            H(r.choice(["重度失能", "中度失能", "失智（阿尔茨海默病中期）", "重度失能，留置导尿管"])),
            "　护理记录：",
            r.choice(["连续三日未记录翻身", "约束带使用无医嘱", "餐食记录空白"]),
            "\n",
        )
    d.add(
        "\n",
        c.N(res[1]),
        "系",
        go("religion", r.choice(["穆斯林，需清真饮食", "天主教徒", "佛教信徒，长年吃素"])),
        "，护理计划未作相应安排。",
    )
    d.add(
        "夜班护理员",
        c.N(cg),
        "（老人们叫她“",
        go("name", nk),
        "”，",
        W(f"月工资{r.randint(3200, 4500)}元"),
        "）称：“一个人管三十多个老人，",
        r.choice(["翻不过来", "晚上只能先顾闹的", "喂饭都来不及"]),
        "。”当事人",
        TS(
            r.choice(
                ["护理员人力成本控制在收费的三成以内", "长护险结算额每床每月2100元，实际护理支出不到一半"]
            )
        ),
        "。\n",
    )
    d.add(
        "经核对，当事人以上述老人名义申报长期护理保险服务费用，其中",
        str(r.randint(40, 200)),
        "次服务无实际记录，涉及金额",
        c.M(r.randint(20000, 90000), 0),
        "，已移交",
        keep("agency", f"{c.loc.city}{c.loc.dist}医疗保障局"),
        "处理。\n\n",
    )
    c.extra_keep.append(f"{c.loc.city}{c.loc.dist}医疗保障局")
    d.add(
        "本局认为，当事人未按照国家有关标准和规定提供服务，且配备的护理人员数量不足，违反了",
        c.L("《养老机构管理办法》第十六条"),
        "、",
        c.L("《中华人民共和国老年人权益保障法》第四十八条"),
        "，参照",
        c.STD(r.choice(["GB 38600-2019", "GB/T 35796-2017", "MZ/T 039-2013"])),
        "。依据",
        c.L("《养老机构管理办法》第四十六条第（一）项"),
        "，决定：警告，罚款",
        c.M(r.choice([10000, 20000, 30000]), 0),
        "，责令限期一个月内整改。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d
