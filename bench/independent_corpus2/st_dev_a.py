"""Dev structures T01-T10 (market, health, education, labour, transport, ecology, safety)."""

from __future__ import annotations

from kit import TS, Doc, F, H, W, bank_card, digits, go, keep, structure


# ---------------------------------------------------------------- T01 livestream false advertising
@structure("T01-market-livestream-false-advertising-penalty", "penalty", "market", "dev")
def t01(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["电子商务", "文化传媒", "网络科技"]))
    c.as_target_company(co)
    c.set_docno("罚")
    host = c.person("han3", age=(21, 33), male=False)
    agent = c.person()
    cons = [c.person() for _ in range(2)]
    prod = r.choice(["胶原蛋白肽固体饮料", "益生菌压片糖果", "酵素果蔬饮品", "鱼油软胶囊"])
    claim = r.choice(["三天降血糖", "改善失眠、修复胃黏膜", "替代降压药", "孕妇喝了宝宝更聪明"])
    d.add(c.header("行政处罚决定书"))
    if r.random() < 0.5:
        d.f(
            "当事人：{co}\n统一社会信用代码：{cc}\n住所："
            + co.addr
            + "\n法定代表人：{rep}\n委托代理人：{ag}（公司员工），联系电话{ph}\n\n",
            co=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
            ag=c.N(agent),
            ph=c.PH(agent),
        )
    else:
        d.f(
            "当事人{co}（统一社会信用代码{cc}），法定代表人{rep}。本案由{ag}受当事人委托参加调查，手机{ph}。\n\n",
            co=c.CO(co),
            cc=c.CC(co),
            rep=c.REP(co),
            ag=c.N(agent),
            ph=c.PH(agent),
        )
    t0 = c.before(60, 120)
    d.f(
        "{t0}，本局接到消费者投诉，反映当事人在某短视频平台直播间销售的“"
        + prod
        + "”宣传“"
        + claim
        + "”。经本局负责人批准，本局于{t1}立案调查。\n\n",
        t0=c.D(t0),
        t1=c.D(c.before(30, 58)),
    )
    d.add(
        "经查：当事人运营的直播账号（平台账号：",
        c.wechat(),
        "）自",
        c.D(c.before(150, 240)),
        "起开展直播带货。",
    )
    d.add(
        "直播由",
        c.N(host),
        "出镜讲解，",
        c.N(host),
        "在",
        c.D(c.before(125, 140)),
        "的直播中称：“我妈吃了一个月，血糖从九点几降到六点，药都停了。”",
    )
    d.add("经核实，", c.N(host), "的母亲并未食用该产品。\n")
    d.add(
        "据当事人提供的合作协议，该产品由",
        TS(
            r.choice(
                ["广州某康生物科技有限公司代工", "义乌恒润食品厂贴牌生产", "深圳禾本堂健康科技有限公司供货"]
            )
        ),
        "，",
    )
    d.add(
        "供货价为",
        TS(f"每盒{r.randint(18, 46)}元"),
        "，直播售价每盒",
        c.M(r.choice([199, 168, 259, 298]), 0),
        "；主播佣金按",
        TS(f"成交额的{r.choice([15, 18, 20, 22, 25])}%结算"),
        "，另付",
        TS(f"坑位费每场{r.choice([3000, 5000, 8000])}元"),
        "。",
    )
    sold = r.randint(800, 4200)
    d.f("截至案发，当事人共销售该产品{n}盒，销售额{m}。\n\n", n=sold, m=c.M(sold * r.choice([168, 199]), 2))
    d.add(
        "投诉人",
        c.N(cons[0]),
        "称其",
        r.choice(["父亲", "母亲", "自己"]),
        "患有",
        H(r.choice(["2型糖尿病", "高血压三级", "慢性萎缩性胃炎"])),
        "，听信宣传后擅自减少用药，",
    )
    d.add(
        H(
            r.choice(
                [
                    "出现头晕、乏力，于次日到医院急诊",
                    "血糖升至18.6mmol/L，住院治疗九天",
                    "血压骤升，在社区卫生服务中心留观一夜",
                ]
            )
        ),
        "。",
    )
    d.add("另一投诉人", c.N(cons[1]), "（联系电话", c.PH(cons[1]), "）提供了直播录屏。\n\n")
    d.add(
        c.evidence(
            [
                "直播回放视频及录屏光盘",
                "合作协议及供货单",
                "平台后台销售数据",
                F("对{a}和{h}的询问笔录", a=c.N(agent), h=c.N(host)),
                "投诉材料",
            ]
        )
    )
    d.add(c.procedure(start=t0))
    d.add(
        "本局认为，当事人在直播中对商品功效作虚假宣传，欺骗、误导消费者，违反了",
        c.L("《中华人民共和国反不正当竞争法》第八条第一款"),
        "的规定；普通食品宣传疾病治疗功能，亦违反",
        c.L("《中华人民共和国广告法》第十七条"),
        "。",
    )
    d.add(
        "依据",
        c.L("《中华人民共和国反不正当竞争法》第二十条第一款"),
        "，本局于",
        c.D(c.before(10, 25)),
        "送达",
        c.DN(c.other_docno("罚告")),
        "《行政处罚告知书》，当事人未提出陈述申辩。\n\n",
    )
    fine = r.choice([100000, 150000, 200000, 300000])
    d.f("决定如下：\n一、责令停止违法行为，消除影响；\n二、罚款{m}。\n\n", m=c.M(fine, r.choice([0, 1, 3])))
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T02 market-stall scale cheating
@structure("T02-market-rigged-scale-stall-penalty", "penalty", "market", "dev")
def t02(c):
    r = c.rng
    d = Doc()
    op = c.person(r.choice(["han", "han3", "single", "word"]), age=(45, 66), local=r.random() < 0.5)
    c.nickname(op, "老{s}")
    shop = f"{c.loc.dist or c.loc.city}{r.choice(['惠民', '东门', '城南', '新村'])}农贸市场{op.surname}记{r.choice(['蔬菜', '水产', '猪肉', '水果'])}摊"
    if not c._ok(shop):
        shop = shop + "位"
    c.names.append(shop)
    code = __import__("kit").make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.set_docno("罚")
    helper = c.person("han3", age=(20, 40))
    buyer = c.person(age=(55, 75), male=False)
    buyer2 = c.person()
    d.add(c.header("行政处罚决定书"))
    d.f(
        "当事人：{s}\n经营者：{o}　性别："
        + op.gender
        + "　民族："
        + op.ethnicity
        + "\n统一社会信用代码：{cc}\n身份证号：{i}\n户籍地址：{a}\n联系方式：{p}\n\n",
        s=keep("company", shop),
        o=c.N(op),
        cc=keep("credit_code", code),
        i=c.ID(op, old=r.random() < 0.5),
        a=c.AD(op),
        p=c.PH(op),
    )
    t = c.before(40, 90)
    d.add(
        c.D(t),
        "上午，市民",
        c.N(buyer),
        "在当事人摊位购买",
        r.choice(["五花肉", "草鱼", "苹果", "西红柿"]),
        "后到市场公平秤复称，发现短秤约",
        r.choice(["一两半", "二两", "三两"]),
        "，遂拨打",
        c.AC("hotline"),
        "投诉。",
    )
    d.add(
        c.officers(),
        "当即到场检查，发现摊位使用的电子计价秤（出厂编号"
        + digits(r, 8, "0123456789")
        + "）内部加装遥控作弊装置，遥控器在",
        c.NK(op),
        "腰包内找到。\n\n",
    )
    d.add(
        "经查，该电子秤系",
        c.N(op),
        "于",
        c.D(c.before(200, 300)),
        "从流动商贩处以",
        TS(f"{r.randint(3, 9)}00元"),
        "购得，",
    )
    d.add(
        "平时由",
        c.NK(op),
        "和雇工",
        c.N(helper),
        "轮流看摊。",
        c.N(helper),
        "陈述：“遥控是老板给的，",
        "说按一下少二两，一天多赚个一两百。”",
    )
    d.add(
        "当事人称其",
        TS(f"每斤进价{r.randint(8, 18)}.{r.randint(0, 9)}元"),
        "，按市场价",
        r.choice(["十三元", "十六元", "十九元"]),
        "出售。经对近七日交易单据及微信收款记录核查，无法计算违法所得。\n\n",
    )
    if r.random() < 0.6:
        d.add("另查明，摊位旁水产摊经营者", c.N(buyer2), "证实，", c.NK(op), "“这半年都这样弄”。\n\n")
    else:
        d.add(
            "市场管理方王某某出具情况说明，证实该摊位此前曾被顾客投诉两次。",
            c.N(buyer2),
            "作为同市场经营者到场见证检查。\n\n",
        )
    d.add(
        c.evidence(
            [
                "作弊电子秤及遥控器实物照片",
                "公平秤复称记录",
                F("对{a}、{b}的询问笔录", a=c.N(op), b=c.N(helper)),
                "微信收款记录截图",
            ]
        )
    )
    d.add(c.procedure(hearing=False, start=t))
    d.add(
        "本局认为，当事人使用破坏计量器具准确度的作弊装置，违反了",
        c.L("《中华人民共和国计量法实施细则》第十五条"),
        "，依据",
        c.L("《中华人民共和国计量法》第二十六条"),
        "和",
        c.L("《" + c.loc.prov + "计量监督管理条例》第三十一条"),
        "的规定，决定：\n",
    )
    d.f("1. 没收作弊电子秤一台及遥控器一个；\n2. 罚款{m}。\n\n", m=c.M(r.choice([2000, 3000, 5000, 8000])))
    d.add(
        "当事人",
        c.N(op),
        "于",
        c.D(c.before(5, 12)),
        "签收了告知书，表示放弃陈述、申辩。",
        c.pay(),
        c.rights(),
        c.sign(),
    )
    return d


# ---------------------------------------------------------------- T03 unlicensed practice at a clinic
@structure("T03-health-illegal-practice-patients-penalty", "penalty", "health", "dev")
def t03(c):
    r = c.rng
    d = Doc()
    doc_p = c.person(age=(38, 66), local=r.random() < 0.6)
    c.as_target_person(doc_p)
    c.set_docno("罚", fmt=r.randint(0, 2))
    pats = [c.person(age=(30, 80)) for _ in range(3)]
    preg = c.person(age=(22, 34), male=False)
    d.add(c.header(r.choice(["行政处罚决定书", "卫生行政处罚决定书"])))
    d.add(
        "被处罚人：",
        c.N(doc_p),
        "，",
        doc_p.gender,
        "，",
        str(doc_p.age(c.date)),
        "岁，身份证件号码",
        c.ID(doc_p),
        "，住址",
        c.AD(doc_p),
        "，电话",
        c.PH(doc_p),
        "。\n\n",
    )
    t = c.before(45, 120)
    d.add(
        "违法事实：",
        c.D(t),
        "，本局卫生监督员",
        c.ON(0),
        "、",
        c.ON(1),
        "根据群众举报，对位于",
        c.loc.dist or c.loc.city,
        r.choice(c.loc.towns),
        r.choice(c.loc.roads),
        "旁一处民房进行检查。",
    )
    d.add("现场有两名患者正在输液，", c.N(doc_p), "不能出示《医师资格证书》和《医疗机构执业许可证》。\n")
    p0, p1, p2 = pats
    d.add(
        "现场输液患者",
        c.N(p0),
        "称其因",
        H(r.choice(["腰椎间盘突出压迫神经，左腿麻木", "反复低烧一周", "急性支气管炎咳嗽不止"])),
        "，",
    )
    d.add(
        "已在此连续输液",
        r.choice(["四天", "六天", "一周"]),
        "，每天交费一百二十元。另一患者",
        c.N(p1),
        "的家属称其",
        H(r.choice(["患有糖尿病足，溃烂处由“医生”清创换药", "术后刀口感染", "乙肝表面抗原阳性，来开保肝药"])),
        "。\n",
    )
    d.add(
        "据调查，",
        c.D(c.before(130, 200)),
        "，患者",
        c.N(p2),
        "在此输液后",
        H(
            r.choice(
                [
                    "出现过敏性休克，被送往医院抢救，住院治疗二十余天",
                    "出现寒战、高热，经医院诊断为输液反应",
                    "发生心悸胸闷，转至县医院住院十一天",
                ]
            )
        ),
        "，",
    )
    d.add("事后由", c.N(doc_p), "私下赔付" + f"{r.randint(2, 9)}0000元" + "了结。\n")
    if r.random() < 0.7:
        d.add(
            "此外，",
            c.N(preg),
            "（",
            H(r.choice(["怀孕七个月", "孕28周", "妊娠期高血压"])),
            "）曾多次在此处“打保胎针”，所用药物来源不明。\n",
        )
    d.add(
        "\n现场查扣：",
        r.choice(["头孢呋辛钠", "地塞米松磷酸钠注射液", "左氧氟沙星注射液"]),
        "等药品十一种、输液器五十余套、处方笺一本。",
    )
    d.add("上述事实有现场笔录、询问笔录、视听资料、", c.N(p0), "等人的证言等证据证实。\n\n")
    d.add(c.procedure(start=t))
    d.add(
        "本局认为，",
        c.N(doc_p),
        "未取得医疗机构执业许可证擅自执业，违反了",
        c.L("《医疗机构管理条例》第十三条"),
        "和",
        c.L("《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款"),
        "的规定。",
    )
    d.add(
        "依据",
        c.L("《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款"),
        "，考虑到已造成患者人身损害，属情节严重，决定给予以下行政处罚：\n",
    )
    gains = r.randint(6, 40) * 100
    d.f(
        "（一）责令停止执业活动；\n（二）没收违法所得{g}；\n（三）没收药品、器械；\n（四）罚款{m}。\n\n",
        g=c.M(gains, 0),
        m=c.M(r.choice([50000, 80000, 100000, 150000])),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T04 pharmacy first-offence exemption
@structure("T04-market-pharmacy-first-offence-exemption", "penalty", "market", "dev")
def t04(c):
    r = c.rng
    d = Doc()
    op = c.person(age=(30, 58))
    word = r.choice(["康泰", "仁和堂", "百草", "益民", "安心", "济世"])
    shop = f"{c.loc.dist or c.loc.city}{word}大药房"
    c.names.append(shop)
    code = __import__("kit").make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.set_docno("不罚", fmt=0)
    clerk = c.person("han3", age=(20, 35), male=False)
    buyer = c.person()
    kid = c.child(buyer, age=(3, 10))
    pharm = c.person(age=(30, 55))
    d.add(c.header("不予行政处罚决定书"))
    d.add(
        "当事人：",
        keep("company", shop),
        "（个体工商户）\n统一社会信用代码：",
        keep("credit_code", code),
        "\n经营者：",
        c.N(op),
        "\n",
    )
    d.add("经营者身份证号：", c.ID(op), "\n" if r.random() < 0.6 else "　", "联系电话：", c.PH(op), "\n\n")
    t = c.before(30, 70)
    drug = r.choice(["阿莫西林胶囊", "头孢克肟分散片", "阿奇霉素干混悬剂", "布地奈德混悬液"])
    d.add(
        "经查，",
        c.D(t),
        "，顾客",
        c.N(buyer),
        "到当事人处为其",
        r.choice(["儿子", "女儿"]),
        c.N(kid, "minor_name"),
        "购买",
        drug,
        "，称孩子",
        H(r.choice(["扁桃体发炎，烧到三十九度", "咳嗽有痰三天", "支原体感染刚出院"])),
        "。",
    )
    d.add(
        "店员",
        c.N(clerk),
        "未要求其出示处方，即销售",
        drug,
        "两盒，收款",
        c.M(r.choice([38, 46, 52, 64]), 0),
        "。当日驻店执业药师",
        c.N(pharm),
        "休假，未在岗。\n",
    )
    d.add(
        "当事人的",
        drug,
        TS(f"进价每盒{r.randint(9, 21)}.{r.randint(10, 90)}元"),
        "，",
        TS(f"毛利率约{r.randint(28, 55)}%"),
        "，系从",
        TS(r.choice(["国药控股某分公司", "九州通医药集团某分公司", "本地一家医药配送站"])),
        "购进，来源合法。\n\n",
    )
    d.add(
        c.D(c.before(8, 25, t)),
        "，",
        c.officers(),
        "根据投诉对当事人进行检查，调取了当日销售小票、处方登记本和监控录像。监控显示，",
        c.N(clerk),
        "在收款后曾询问“有没有医院开的单子”，",
        c.N(buyer),
        "答称“在家里忘带了”。",
    )
    d.add(
        "检查时药品陈列区处方药与非处方药未分区摆放，处方药专柜上锁装置损坏。执法人员同时核查了当事人近三个月的处方药销售记录，共"
        + str(r.randint(40, 160))
        + "笔，其中有处方留存的占"
        + str(r.randint(55, 90))
        + "%。\n"
    )
    d.add(
        "上述事实有现场检查笔录、对",
        c.N(op),
        "和",
        c.N(clerk),
        "的询问笔录、监控截图、销售小票、进货票据等证据证明。\n",
    )
    d.add(
        "当事人经营者",
        c.N(op),
        "在询问中称：“",
        c.N(clerk),
        "是新来的，还没培训完，以后一定凭方销售。”当事人系首次违法，于案发次日完成整改：设置处方药专柜、处方审核登记本并组织全员培训，未造成危害后果。\n\n",
    )
    d.add(
        "本局认为，当事人未凭处方销售处方药的行为违反了",
        c.L("《药品经营和使用质量监督管理办法》第四十三条"),
        "的规定。鉴于当事人初次违法、危害后果轻微并及时改正，根据",
        c.L("《中华人民共和国行政处罚法》第三十三条第一款"),
        "和",
        c.L("《" + c.loc.prov + "市场监督管理轻微违法行为不予处罚清单》第" + str(r.randint(8, 30)) + "项"),
        "，本局决定不予行政处罚，并对当事人进行批评教育。\n\n",
    )
    d.add(c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T05 off-campus tutoring with student table
@structure("T05-edu-unlicensed-tutoring-student-table-penalty", "penalty", "edu", "dev")
def t05(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["教育咨询", "文化艺术", "教育科技"]))
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 3))
    teacher = c.person("han3", age=(23, 35))
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人：",
        c.CO(co),
        "\n统一社会信用代码：",
        c.CC(co),
        "\n法定代表人：",
        c.REP(co),
        "\n经营地址：",
        co.addr,
        "\n\n",
    )
    t = c.before(30, 80)
    d.add(
        c.D(t),
        "（星期六），",
        c.officers(),
        "会同街道工作人员对当事人经营场所开展检查，发现当事人在未取得办学许可证的情况下，面向中小学生开展",
        r.choice(["语文、数学学科类", "初中物理化学", "小学英语"]),
        "培训。现场有学生",
        str(r.randint(9, 18)),
        "人，授课教师为",
        c.N(teacher),
        "。\n",
    )
    d.add("执法人员对在场部分学生信息进行了登记：\n")
    n = r.randint(3, 4)
    cols = r.randint(0, 1)
    if cols == 0:
        d.add("| 学生姓名 | 年龄 | 就读学校 | 年级班级 | 家长 | 家长电话 |\n|---|---|---|---|---|---|\n")
    for i in range(n):
        par = c.person(age=(32, 48))
        kid = c.child(par, age=(8, 14))
        school, cls = c.school_class(kid)
        if cols == 0:
            d.add(
                "| ",
                c.N(kid, "minor_name"),
                " | ",
                str(kid.age(c.date)),
                "岁 | ",
                go("school", school),
                " | ",
                go("class", cls),
                " | ",
                c.N(par, "guardian_name"),
                " | ",
                c.PH(par),
                " |\n",
            )
        else:
            d.add(
                f"{i + 1}. ",
                c.N(kid, "minor_name"),
                "，",
                str(kid.age(c.date)),
                "周岁，",
                go("school", school),
                go("class", cls),
                "学生，由",
                r.choice(["母亲", "父亲", "外婆"]) if False else "家长",
                c.N(par, "guardian_name"),
                "接送，电话",
                c.PH(par),
                "；\n",
            )
    d.add(
        "\n经查，当事人自",
        c.D(c.before(200, 360)),
        "起招收学员，按",
        c.M(r.choice([120, 150, 180]), 0),
        "每课时收费，已收取培训费共计",
        c.M(r.randint(60, 240) * 1000, 2),
        "。",
    )
    d.add(
        "教师",
        c.N(teacher),
        "的劳务报酬为",
        W(f"每课时{r.choice([80, 100, 120])}元"),
        "。",
        c.N(teacher),
        "称其为",
        r.choice(["在校研究生", "公办学校离职教师", "兼职大学生"]),
        "，不知道机构无证。\n\n",
    )
    d.add(
        c.evidence(
            [
                "现场检查笔录及照片",
                F("授课教师{t}的询问笔录", t=c.N(teacher)),
                "收费票据及微信群聊天记录",
                "学员报名登记表",
            ]
        )
    )
    d.add(c.procedure(start=t))
    d.add(
        "本局认为，当事人的行为违反了",
        c.L("《中华人民共和国民办教育促进法》第十二条"),
        "和",
        c.L("《校外培训行政处罚暂行办法》第六条"),
        "的规定。依据",
        c.L("《校外培训行政处罚暂行办法》第十四条"),
        "，决定：\n",
    )
    d.f(
        "一、责令停止举办，退还所收费用；\n二、没收违法所得{g}；\n三、罚款{m}。\n\n",
        g=c.M(r.randint(20, 90) * 1000, 0),
        m=c.M(r.choice([30000, 50000, 100000])),
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T06 wage arrears processing decision
@structure("T06-labour-wage-arrears-worker-list-decision", "other", "labour", "dev")
def t06(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["建筑劳务", "装饰工程", "服装", "物流"]))
    c.as_target_company(co)
    c.set_docno("监处", fmt=0)
    boss = c.person(age=(35, 58), local=False)
    c.nickname(boss, "{s}老板")
    d.add(c.header("劳动保障监察行政处理决定书"))
    d.add("用人单位：", c.CO(co), "\n统一社会信用代码：", c.CC(co), "\n法定代表人：", c.REP(co), "\n\n")
    d.add(
        "本局于",
        c.D(c.before(40, 80)),
        "接到",
        r.choice(["农民工", "工人"]),
        "群体投诉后依法立案。经查，当事人将",
        r.choice(["某安置小区二期", "厂房扩建项目", "仓储中心"]),
        "劳务分包给不具备用工主体资格的",
        c.N(boss),
        "（",
        r.choice(["工人称其为", "现场都叫他"]),
        c.NK(boss),
        "，身份证号",
        c.ID(boss),
        "）。",
    )
    d.add(
        c.NK(boss),
        "收取工程款后下落不明，拖欠下列劳动者",
        c.D(c.before(120, 200), 0),
        "至",
        c.D(c.before(45, 100), 0),
        "期间工资：\n",
    )
    ws = [c.person(age=(24, 62), local=r.random() < 0.4) for _ in range(r.randint(4, 6))]
    total = 0
    sty = r.randint(0, 1)
    if sty == 0:
        d.add("序号\t姓名\t身份证号\t工资卡号\t欠发工资\n")
    for i, w in enumerate(ws, 1):
        amt = r.randint(30, 160) * 100
        total += amt
        if sty == 0:
            d.add(
                f"{i}\t",
                c.N(w),
                "\t",
                c.ID(w),
                "\t",
                go("bank_account", bank_card(r)),
                "\t",
                W(f"{amt}元"),
                "\n",
            )
        else:
            d.add(
                f"（{i}）",
                c.N(w),
                "，",
                c.ID(w),
                "，开户行卡号",
                go("bank_account", bank_card(r)),
                "，应发未发",
                W(f"{amt:,}元"),
                "；\n",
            )
    w0, w1 = ws[0], ws[1]
    d.add("以上合计", c.M(total, 2), "。\n\n")
    d.add(
        c.N(w0),
        "陈述：“我们",
        r.choice(["钢筋班", "木工班", "泥瓦班"]),
        "八个人，",
        c.NK(boss),
        "说年底一起结，到现在一分没给。”",
    )
    d.add(
        c.N(w1),
        "因",
        H(r.choice(["在工地摔伤右脚踝，骨裂", "腰肌劳损", "患肾结石住院"])),
        "，已于",
        c.D(c.before(60, 120)),
        "离场，其工资亦未结清。\n\n",
    )
    d.add(
        c.evidence(["劳务分包合同", "考勤表及工资表", F("对{a}的调查询问笔录", a=c.N(w0)), "工程款支付凭证"])
    )
    d.add(
        "本局于",
        c.D(c.before(8, 20)),
        "向当事人送达",
        c.DN(c.other_docno("监改")),
        "《劳动保障监察限期改正指令书》，当事人逾期未改正。\n\n",
    )
    d.add(
        "本局认为，当事人违法分包导致拖欠工资，依照",
        c.L("《保障农民工工资支付条例》第三十条第二款"),
        "，应由当事人清偿。依据",
        c.L("《劳动保障监察条例》第二十六条"),
        "，决定：当事人于收到本决定书之日起",
        r.choice(["七", "十", "十五"]),
        "日内向上述劳动者支付拖欠工资共计",
        c.M(total, 0),
        "。逾期不支付的，按应付金额百分之五十以上一倍以下的标准计算，向劳动者加付赔偿金。\n\n",
    )
    d.add(c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T07 work-capacity appraisal conclusion
@structure("T07-labour-work-capacity-appraisal-conclusion", "confirmation", "labour", "dev")
def t07(c):
    r = c.rng
    d = Doc()
    c.override_agency(
        f"{c.loc.city}劳动能力鉴定委员会" if c.loc.dist else "伊犁哈萨克自治州劳动能力鉴定委员会",
        c.ag.code.replace("RSJ", "LDNL"),
    )
    c.set_docno("劳鉴", fmt=0)
    w = c.person(age=(24, 58), local=r.random() < 0.5)
    c.as_target_person(w)
    co = c.company(r.choice(["机械制造", "食品", "建材", "汽车零部件"]))
    d.add(c.header(r.choice(["劳动能力鉴定结论书", "初次劳动能力鉴定结论书"])))
    form = r.randint(0, 1)
    if form == 0:
        d.add("被鉴定人：", c.N(w), "　性别：", w.gender, "　出生日期：", c.BD(w), "\n")
        d.add(
            "社会保障卡号：",
            go("ss_card", w.id18 if r.random() < 0.5 else r.choice("ABCDEF") + digits(r, 8, "0123456789")),
            "\n",
        )
        d.add("用人单位：", c.CO(co), "\n")
    else:
        d.add(
            c.N(w),
            "，",
            w.gender,
            "，",
            w.ethnicity,
            "，",
            c.BD(w),
            "出生，公民身份号码",
            c.ID(w),
            "，现住",
            c.AD(w),
            "，系",
            c.CO(co),
            "职工。\n",
        )
    hr = c.person(age=(25, 50))
    d.add("申请人：", c.CO(co), "（经办人", c.N(hr), "，联系电话", c.PH(hr), "）\n")
    d.add(
        "工种：",
        r.choice(["冲压工", "搬运工", "机修工", "操作工", "叉车司机"]),
        "　入职时间：",
        c.D(c.before(900, 3000)),
        "　受理日期：",
        c.D(c.before(35, 60)),
        "\n",
    )
    t_inj = c.before(250, 500)
    wtn = c.other_docno("工伤认字")
    d.add(
        "\n",
        c.D(t_inj),
        "，",
        c.N(w),
        "在",
        r.choice(["冲压车间操作冲床", "搬运货物", "维修传送带"]),
        "时受伤，伤后即送医院救治，停工留薪期至",
        c.D(c.before(30, 60)),
        "届满。经",
        c.DN(wtn),
        "认定为工伤。",
    )
    d.add(
        "用人单位于",
        c.D(c.before(40, 90)),
        "提出劳动能力鉴定申请。本委员会组织",
        r.choice(["骨科、神经外科", "手外科、康复科", "骨科、眼科"]),
        "专家于",
        c.D(c.before(10, 30)),
        "进行了现场鉴定。\n\n",
    )
    inj = r.choice(
        [
            ("右手食指、中指近节离断，再植术后功能部分丧失", "九级"),
            ("腰1椎体压缩性骨折，内固定术后", "八级"),
            ("左眼球破裂伤，视力0.1", "七级"),
            ("颅脑损伤术后，伴轻度认知障碍", "六级"),
            ("左胫腓骨开放性骨折，膝关节活动受限", "十级"),
        ]
    )
    d.add(
        "伤情摘要：",
        H(inj[0]),
        "。住院",
        r.choice(["二十三天", "四十余天", "一个半月"]),
        "，出院诊断记载：",
        H(r.choice(["伤口愈合良好，遗留瘢痕", "伴创伤后焦虑状态", "合并高血压二级"])),
        "。\n",
    )
    d.add(
        "鉴定材料：",
        c.DN(wtn),
        "《认定工伤决定书》、",
        r.choice(["市第一人民医院", "省人民医院", "中心医院"]),
        "出院记录及诊断证明、X线片及CT报告、用人单位情况说明。\n",
    )
    d.add(
        "专家检查所见：神志清楚，步入诊室，查体合作。",
        H(
            r.choice(
                [
                    "右手握力明显减弱，对指功能受限",
                    "腰部活动受限，前屈约40度",
                    "左眼仅有光感，右眼正常",
                    "左膝屈曲90度，伸直欠10度",
                ]
            )
        ),
        "。",
    )
    d.add(
        "据",
        c.N(w),
        "本人陈述，伤后",
        H(
            r.choice(
                [
                    "夜间睡眠差、情绪低落，曾在心理门诊就诊，诊断为抑郁状态",
                    "阴雨天疼痛加重，长期服用止痛药",
                    "不能久站，已无法从事原岗位工作",
                ]
            )
        ),
        "。\n",
    )
    d.add("鉴定依据：", c.STD("GB/T 16180-2014"), "《劳动能力鉴定 职工工伤与职业病致残等级》。\n\n")
    d.add(
        "鉴定结论：",
        c.N(w),
        H(f"致残程度{inj[1]}"),
        "；",
        H(r.choice(["生活自理障碍：无", "无护理依赖", "停工留薪期延长至" + r.choice(["六个月", "九个月"])])),
        "。\n\n",
    )
    d.add(
        "专家组意见：",
        c.N(w),
        "的伤情已达到医疗终结期，伤残等级评定条件成熟；",
        r.choice(["其提出的", "用人单位提出的"]),
        "“"
        + r.choice(["颈椎退变系本次外伤所致", "伤情未稳定、应延期鉴定", "应同时评定精神障碍"])
        + "”的意见，经专家复核不予采纳。\n",
    )
    d.add(
        "说明：本结论是享受工伤保险待遇的依据。自本结论作出之日起1年后，工伤职工或者其近亲属、所在单位认为伤残情况发生变化的，可以依据",
        c.L("《工伤保险条例》第二十八条"),
        "申请劳动能力复查鉴定。\n",
    )
    d.add(
        "如对本结论不服，可在收到本结论书之日起十五日内向",
        keep("review_body", f"{c.loc.prov}劳动能力鉴定委员会"),
        "申请再次鉴定。\n",
    )
    c.extra_keep.append(f"{c.loc.prov}劳动能力鉴定委员会")
    if r.random() < 0.6:
        rel = c.person(age=(25, 60))
        d.add(
            "\n送达情况：本结论书由",
            c.N(w),
            "的",
            r.choice(["妻子", "丈夫", "哥哥", "表兄"]),
            c.N(rel),
            "于",
            c.D(c.after(2, 6)),
            "代为签收（电话",
            c.PH(rel),
            "）。\n",
        )
    d.add(c.sign())
    return d


# ---------------------------------------------------------------- T08 ride-hailing without permit
@structure("T08-transport-ride-hailing-no-permit-penalty", "penalty", "transport", "dev")
def t08(c):
    r = c.rng
    d = Doc()
    drv = c.person(age=(26, 55), male=r.random() < 0.85, local=r.random() < 0.6)
    c.as_target_person(drv)
    c.set_docno("罚", fmt=r.randint(0, 3))
    wife = c.person(age=(24, 50), male=not drv.male)
    pax = c.person(age=(18, 60))
    platform = c.company("网络科技")
    pl = c.plate(r.choice([2, 3, 5, 0]))
    d.add(c.header("交通运输行政处罚决定书"))
    d.add(
        "当事人姓名：",
        c.N(drv),
        "\n身份证件号：",
        c.ID(drv),
        "\n驾驶证号：",
        go("driver_license", drv.id18 if r.random() < 0.5 else digits(r, 12, "1234")),
        "\n住址：",
        c.AD(drv),
        "\n车辆号牌：",
        pl,
        "\n",
    )
    d.add("联系电话：", c.PH(drv), "\n\n")
    t = c.before(30, 75)
    d.add(
        "案件来源：",
        c.D(t),
        "，执法人员在",
        r.choice(["高铁站南广场", "机场T2航站楼", "万达广场东门"]),
        "例行检查时，发现",
        pl,
        "号",
        r.choice(["比亚迪秦", "广汽埃安S", "吉利帝豪"]),
        "小型客车正在下客。\n\n",
    )
    d.add(
        "经查，该车登记所有人为",
        c.N(wife),
        "（",
        c.N(drv),
        "的",
        "妻子" if drv.male else "丈夫",
        "），未取得《网络预约出租汽车运输证》，",
        c.N(drv),
        "亦未取得网约车驾驶员证。",
        c.N(drv),
        "通过",
        c.CO(platform),
        "运营的平台接单，",
    )
    d.add(
        "乘客",
        c.N(pax),
        "（手机",
        c.PH(pax),
        "）证实其从",
        r.choice(["火车站", "大学城", "老城区"]),
        "乘车，平台显示车费",
        c.M(r.choice([36, 42, 58, 67]), 0),
        "。",
    )
    if r.random() < 0.6:
        d.add(
            "另查明，",
            c.N(drv),
            "还通过微信（",
            c.wechat(),
            "）私下约客拉活，",
            r.choice(["近一个月", "近两周"]),
            "收款二十余笔。",
        )
    d.add(
        c.N(drv),
        "陈述：“",
        r.choice(
            [
                "厂里停工，在家闲着就想拉点活。",
                "车是老婆名下的，我就是下班后跑两单。",
                "平台说先跑着，证慢慢办。",
            ]
        ),
        "”\n\n",
    )
    d.add(
        c.evidence(
            ["平台订单截图", F("乘客{p}的询问笔录", p=c.N(pax)), "执法记录仪视频", "机动车行驶证复印件"]
        )
    )
    d.add(c.procedure(start=t))
    d.add(
        "本机关认为，当事人未取得经营许可擅自从事网约车经营活动，违反了",
        c.L("《网络预约出租汽车经营服务管理暂行办法》第十三条"),
        "的规定。依据",
        c.L("《网络预约出租汽车经营服务管理暂行办法》第三十四条第（一）项"),
        "和",
        c.L("《" + c.loc.prov + "交通运输行政处罚裁量基准》"),
        "，鉴于当事人系初次被查、积极配合，决定处以罚款",
        c.M(r.choice([3000, 5000, 10000])),
        "。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T09 pig farm direct discharge
@structure("T09-eco-pig-farm-discharge-villagers-penalty", "penalty", "eco", "dev")
def t09(c):
    r = c.rng
    d = Doc()
    farmer = c.person(age=(40, 68), local=True)
    farmer.address = f"{c.loc.dist or c.loc.city}{r.choice(c.loc.towns)}{c.rural_addr()}"
    c.as_target_person(farmer)
    c.set_docno("罚", fmt=r.randint(0, 3))
    nb = c.person(age=(40, 75))
    c.nickname(nb, r.choice(["老{s}", "{s}大爷" if nb.male else "{s}大娘"]))
    vill = c.person(age=(35, 60))
    d.add(c.header("行政处罚决定书"))
    if r.random() < 0.5:
        d.add(
            "当事人：",
            c.N(farmer),
            "（",
            farmer.gender,
            "，公民身份号码：",
            c.ID(farmer),
            "）\n住所：",
            c.AD(farmer),
            "\n联系电话：",
            c.PH(farmer),
            "\n\n",
        )
    else:
        d.add(
            c.N(farmer),
            "：\n你（身份证",
            c.ID(farmer),
            "，住",
            c.AD(farmer),
            "，手机",
            c.PH(farmer),
            "）经营的生猪养殖场位于村后山坡，存栏约",
            str(r.randint(180, 600)),
            "头。\n\n",
        )
    t = c.before(40, 90)
    d.add(
        "一、环境违法事实\n",
        c.D(t),
        "，我局接群众举报后到现场调查。据邻居反映，",
        c.NK(nb),
        "家门口的水塘自去年起发黑发臭，",
        r.choice(["其孙子", "其老伴", "其本人"]),
        H(r.choice(["哮喘反复发作", "皮肤起红疹", "长期失眠头痛"])),
        "。",
    )
    d.add(
        "经现场勘查，养殖废水经暗管直接排入村内灌溉沟渠，未经处理。",
        c.N(farmer),
        "当场承认：“沼气池去年就满了，没钱清，废水只能往沟里放。”",
    )
    d.add("村民小组长", c.N(vill), "证实，", c.N(nb), "等村民曾多次找", c.N(farmer), "协商未果。\n")
    val = r.choice([("化学需氧量", "1860", "400"), ("氨氮", "236", "80"), ("总磷", "28.4", "8.0")])
    d.add(
        "我局委托监测机构对排放口废水采样，监测报告显示",
        val[0],
        "浓度为",
        val[1],
        "mg/L，超过",
        c.STD("GB 18596-2001"),
        "《畜禽养殖业污染物排放标准》规定限值（",
        val[2],
        "mg/L）。\n\n",
    )
    d.add(
        c.evidence(
            [
                "现场勘查笔录及照片",
                "监测报告",
                F("对{a}的调查询问笔录", a=c.N(farmer)),
                F("{b}的证人证言", b=c.N(vill)),
                "无人机航拍影像",
            ]
        )
    )
    d.add(c.procedure(start=t))
    d.add(
        "二、处罚依据及决定\n上述行为违反了",
        c.L("《中华人民共和国水污染防治法》第三十九条"),
        "和",
        c.L("《畜禽规模养殖污染防治条例》第二十条"),
        "。依据",
        c.L("《中华人民共和国水污染防治法》第八十三条第（三）项"),
        "，我局决定：\n",
    )
    d.add(
        "1.责令立即改正违法行为；\n2.处罚款",
        c.M(r.choice([20000, 50000, 100000, 120000])),
        "。\n",
        c.discretion(),
    )
    d.add("三、履行方式\n", c.pay(), "\n四、救济途径\n", c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T10 production safety accident
@structure("T10-emergency-injury-accident-company-penalty", "penalty", "emergency", "dev")
def t10(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["钢结构", "木业", "化工", "纸品", "机械"]))
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 3))
    inj = [c.person(age=(22, 58), local=r.random() < 0.4) for _ in range(r.randint(1, 2))]
    lead = c.person(age=(30, 55))
    safety = c.person(age=(28, 50))
    d.add(c.header("行政处罚决定书"))
    d.add(
        "被处罚单位：",
        c.CO(co),
        "\n地址：",
        co.addr,
        "\n统一社会信用代码：",
        c.CC(co),
        "\n法定代表人：",
        c.REP(co),
        "　职务：",
        r.choice(["执行董事", "总经理", "董事长"]),
        "\n\n",
    )
    t = c.before(60, 140)
    kind = r.choice(["机械伤害", "高处坠落", "物体打击", "灼烫"])
    d.add(
        "违法事实及证据：\n",
        c.D(t),
        r.choice(["上午10时许", "下午3时许", "夜班22时许"]),
        "，当事人",
        r.choice(["二号车间", "成品仓库", "喷涂线"]),
        "发生一起",
        kind,
        "事故，造成",
        str(len(inj)),
        "人受伤。",
    )
    for p in inj:
        d.add(
            "工人",
            c.N(p),
            "（",
            str(p.age(c.date)),
            "岁，",
            "外省" if p.region not in c.loc.regions else "本地",
            "）",
            H(
                r.choice(
                    [
                        "右前臂被卷入辊轴致开放性骨折",
                        "从4米高平台坠落致腰椎骨折、住院治疗二十余天",
                        "被吊装钢梁砸中左足，第二至四趾截肢",
                        "面部及双手二度烧伤约12%",
                        "头部外伤伴脑震荡",
                    ]
                )
            ),
            "；",
        )
    d.add(
        "\n经调查，事故发生时",
        c.N(lead),
        "（班组长）未安排专人监护，作业人员未接受岗前安全培训；安全管理人员",
        c.N(safety),
        "持有的证书已过期。",
        c.N(inj[0]),
        "在病床上向执法人员陈述：“没人跟我说过要先断电，",
        "以前都是这么干的。”\n",
    )
    if r.random() < 0.5:
        d.add(
            "另查，",
            c.N(lead),
            "所持特种作业操作证号为",
            go("id_number", "T" + lead.id18),
            "，证载作业类别与实际从事作业不符。\n",
        )
    d.add(
        c.evidence(
            [
                "事故调查报告",
                "现场勘验笔录",
                F("{a}的病历资料", a=c.N(inj[0])),
                "安全培训记录",
                F("对{b}的询问笔录", b=c.N(lead)),
            ]
        )
    )
    d.add(c.procedure(start=t))
    d.add(c.discretion())
    d.add(
        "本局认为，当事人未对从业人员进行安全生产教育和培训，违反了",
        c.L("《中华人民共和国安全生产法》第二十八条第一款"),
        "；对本起一般生产安全事故负有责任，违反",
        c.L("《中华人民共和国安全生产法》第四十一条"),
        "。",
    )
    d.add(
        "依据",
        c.L("《中华人民共和国安全生产法》第一百一十四条第一款第（一）项"),
        "和",
        c.L("《安全生产违法行为行政处罚办法》第四十五条"),
        "，并参照",
        c.STD("GB 30871-2022"),
        "的作业要求，决定对当事人罚款",
        c.M(r.choice([300000, 350000, 500000])),
        "。\n\n",
    )
    if r.random() < 0.5:
        d.add(
            "当事人于",
            c.D(c.before(8, 20)),
            "提出听证申请，本局于",
            c.D(c.before(3, 7)),
            "举行听证，听证主持人",
            c.ON(2),
            "。当事人提出已支付",
            c.N(inj[0]),
            "医疗费",
            c.M(r.randint(3, 15) * 10000, 0),
            "，本局予以采纳但不足以减轻处罚。\n\n",
        )
    d.add(c.pay(), c.rights(), c.sign())
    return d
