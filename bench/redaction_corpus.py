"""Generate the labelled redaction corpus (tests/data/redaction_corpus.jsonl).

Every document is assembled from fragments; the fragments that must go (``go``) and the
look-alikes that must stay (``keep``) are recorded with their offsets, so the scorer
knows exactly what a leak and what damage is. Run:

    .venv/bin/python bench/redaction_corpus.py --out tests/data/redaction_corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from stdnum import luhn

from publisher.demodata.people import Pools
from publisher.demodata.registry import AGENCIES, COURT, REVIEW_BODY
from publisher.redact.people import county_prefix

FULL = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
TOWNS = ["江滨街道", "望湖街道", "新塘镇", "临浦镇", "城东街道"]


class Doc:
    """A document built from plain, must-go and must-keep fragments."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, Any]] = []

    def add(self, text: str) -> Doc:
        self.text += text
        return self

    def go(self, label: str, text: str) -> Doc:
        self.spans.append(
            {"start": len(self.text), "end": len(self.text) + len(text), "label": label, "kind": "go"}
        )
        self.text += text
        return self

    def keep(self, label: str, text: str) -> Doc:
        self.spans.append(
            {"start": len(self.text), "end": len(self.text) + len(text), "label": label, "kind": "keep"}
        )
        self.text += text
        return self

    def name(self, full: str) -> Doc:
        """A natural person's name: the surname may stay, the rest must go."""
        from publisher.redact.people import COMPOUND_SURNAMES

        if "·" in full:
            return self.add(full[0]).go("name", full[1:])
        if full.isascii():
            return self.add(full[0]).go("name", full[1:])
        cut = 2 if full[:2] in COMPOUND_SURNAMES else 1
        return self.add(full[:cut]).go("name", full[cut:])

    def address(self, full: str) -> Doc:
        prefix = county_prefix(full)
        return self.add(prefix).go("address", full[len(prefix) :])


class Writer:
    """Writes varied documents from the demo pools."""

    def __init__(self, seed: int) -> None:
        self.pools = Pools(seed)
        self.rng = self.pools.rng

    def phone(self, d: Doc, number: str) -> None:
        form = self.rng.randrange(7)
        if form == 0:
            d.go("phone", number)
        elif form == 1:
            d.go("phone", f"{number[:3]} {number[3:7]} {number[7:]}")
        elif form == 2:
            d.go("phone", f"+86 {number}")
        elif form == 3:
            d.go("phone", f"{number[:3]}-{number[3:7]}-{number[7:]}")
        elif form == 4:
            d.go("phone", number.translate(FULL))
        elif form == 5:
            d.go("phone", f"0086-{number}")
        else:
            d.go("phone", f"025-8{number[4:11]}").add("转").go("phone", f"{self.rng.randint(100, 999)}")

    def idno(self, d: Doc, number: str) -> None:
        form = self.rng.randrange(6)
        if form == 0:
            d.go("id_number", number.translate(FULL))
        elif form == 1:
            d.go("id_number", f"{number[:6]} {number[6:14]} {number[14:]}")
        elif form == 2 and number[-1] == "X":
            d.go("id_number", number[:-1] + "x")
        elif form == 3:
            old = number[:6] + number[8:17]  # the 15-digit form of the old cards
            d.go("id_number", old)
        else:
            d.go("id_number", number)

    def card(self) -> str:
        body = "6222" + "".join(str(self.rng.randrange(10)) for _ in range(self.rng.choice([11, 14])))
        return body + luhn.calc_check_digit(body)

    def plate(self) -> str:
        return self.rng.choice(["苏A{n}", "苏AD{n4}", "苏A{n}D", "浙B·{n}", "苏AF{n4}"]).format(
            n=self.rng.randint(10000, 99999),
            n4=f"{self.rng.randint(1000, 9999)}{self.rng.choice('0123456789')}",
        )

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return (
            "LSV"
            + "".join(self.rng.choice(chars) for _ in range(6))
            + "".join(self.rng.choice("0123456789") for _ in range(8))
        )

    # ----- documents ---------------------------------------------------------------

    def header(self, d: Doc, agency: tuple[str, ...], title: str, doc_no: str) -> None:
        d.keep("agency", agency[1]).add(f"\n{title}\n").keep("doc_no", doc_no).add("\n\n")

    def officers(self, d: Doc) -> None:
        d.add("本机关执法人员")
        for n in range(2):
            person = self.pools.person()
            d.keep("officer_name", person.name).add("（执法证号：").keep(
                "credential_no", f"JN{2019 + n}{self.rng.randint(0, 999999):06d}"
            ).add("）")
            d.add("、" if n == 0 else "")

    def person_party(self, d: Doc, person: Any) -> None:
        d.add("当事人：").name(person.name).add("，男，")
        d.go("birth_date", f"{person.birth.year}年{person.birth.month}月{person.birth.day}日").add(
            "出生，公民身份号码："
        )
        self.idno(d, person.id_number)
        d.add("，住址：").address(person.address).add("，联系电话：")
        self.phone(d, person.phone)
        d.add("。\n")

    def company_party(self, d: Doc, company: Any) -> None:
        d.add("当事人：").keep("company", company.name).add("\n统一社会信用代码：").keep(
            "credit_code", company.credit_code
        )
        # an individual business registers its premises (经营场所) and its operator (经营者); its
        # 住所 would be the operator's home (个体工商户登记管理办法 art. 8)
        business = company.kind == "individual_business"
        d.add("\n经营场所：" if business else "\n住所：").keep("registered_address", company.address)
        d.add("\n经营者：" if business else "\n法定代表人：").keep("legal_rep", company.representative).add(
            "\n"
        )

    def witnesses(self, d: Doc) -> None:
        label = self.rng.choice(["被询问人", "证人", "消费者", "投诉人", "员工", "顾客"])
        w = self.rng.choice(self.pools.people)
        d.add(f"询问笔录（{label}：").name(w.name).add("，联系电话")
        self.phone(d, w.phone)
        d.add("）")
        other = self.rng.choice(self.pools.people)
        relation = self.rng.choice(["证人", "其妻子", "其邻居", "员工", "顾客"])
        d.add(f"、{relation}").name(other.name).add(
            self.rng.choice(["的证言", "陈述称当日在场", "反映情况属实"])
        )

    def closing(self, d: Doc, agency: tuple[str, ...], day: str) -> None:
        d.add("如不服本决定，可以在收到本决定书之日起六十日内向").keep("review_body", REVIEW_BODY)
        d.add("申请行政复议，或者在六个月内向").keep("court", COURT).add("提起行政诉讼。咨询电话：").keep(
            "agency_hotline", agency[3]
        ).add("。\n")
        d.keep("agency", agency[1]).add("\n").keep("date", day).add("\n")

    def penalty(self, person_target: bool) -> tuple[dict[str, Any], Doc]:
        rng, d = self.rng, Doc()
        agency = rng.choice(AGENCIES[:-1])
        doc_no = f"临{rng.choice('市环综应交卫人文住农')}罚决〔{rng.choice([2024, 2025, 2026])}〕{rng.randint(1, 999)}号"
        self.header(d, agency, "行政处罚决定书", doc_no)
        target: Any = self.pools.person() if person_target else self.pools.company()
        (self.person_party if person_target else self.company_party)(d, target)
        d.add("\n").keep("date", "2025年3月4日").add("，")
        self.officers(d)
        d.add("依法对当事人经营场所进行检查，发现当事人销售过期食品，货值金额").keep(
            "amount", f"{rng.randint(200, 9000)}元"
        ).add("。经查，上述事实有")
        self.witnesses(d)
        if rng.random() < 0.4:
            d.add("，涉案车辆车牌号为").go("plate", self.plate())
        if rng.random() < 0.3:
            d.add("，当事人电子邮箱").go(
                "email", f"{rng.choice(['zhang', 'li', 'wang'])}{rng.randint(70, 99)}@163.com"
            )
        if rng.random() < 0.3:
            d.add("，当事人微信号：").go("social_id", f"wx_{rng.randint(100000, 999999)}")
        d.add("等证据为证。\n当事人的行为违反了").keep("statute", f"{agency[4]}第三十四条第一款").add(
            "的规定，依据"
        ).keep("statute", f"{agency[4]}第一百二十四条").add("，决定：罚款人民币").keep(
            "amount", f"{rng.randint(1, 90) * 1000}元"
        ).add("。\n")
        d.add("罚款缴至指定账户，账号：").go("bank_account", f"3301{rng.randrange(10**15):015d}").add("。\n")
        self.sensitive(d)
        self.closing(d, agency, "2025年3月20日")
        record = self.record(doc_no, agency, "penalty", target, person_target, d)
        return record, d

    def sensitive(self, d: Doc) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            d.add("当事人称其月工资为").go("wage", f"{self.rng.randint(30, 90) * 100}元").add(
                "，无力一次性缴纳。\n"
            )
        elif roll < 0.35:
            d.add("当事人患有").go("health", self.rng.choice(["高血压", "糖尿病", "抑郁症"])).add(
                "，申请分期缴纳。\n"
            )
        elif roll < 0.45:
            d.add("当事人曾因").go("criminal_record", "盗窃罪被判处有期徒刑一年").add("，本次为再次违法。\n")

    def license(self) -> tuple[dict[str, Any], Doc]:
        rng, d = self.rng, Doc()
        agency = AGENCIES[0]
        company = self.pools.company()
        doc_no = f"临市监许〔2025〕{rng.randint(1, 999)}号"
        self.header(d, agency, "准予行政许可决定书", doc_no)
        self.company_party(d, company)
        d.add("你单位申请的食品生产许可，经审查符合").keep("statute", "《食品生产许可管理办法》第二十条").add(
            "的规定，准予许可，许可证编号："
        ).keep("license_no", f"SC1{rng.randint(10**12, 10**13 - 1)}").add("。")
        secret = f"柠檬酸{rng.randint(2, 9)}%、山梨酸钾{rng.randint(1, 5)}‰"
        declared = rng.random() < 0.5
        d.add("经现场核查，产品配方为").go("trade_secret", secret).add("，杀菌温度为").go(
            "trade_secret", f"{rng.randint(85, 121)}℃"
        ).add("，")
        d.add("主要客户名单包括").go(
            "trade_secret", f"{self.pools.company().name}、{self.pools.company().name}"
        ).add("。")
        contact = self.pools.person()
        d.add("联系人：").name(contact.name).add("，手机")
        self.phone(d, contact.phone)
        d.add("。\n")
        self.closing(d, agency, "2025年6月18日")
        record = self.record(doc_no, agency, "license", company, False, d)
        if declared:
            record["trade_secrets"] = secret
        return record, d

    def seizure(self) -> tuple[dict[str, Any], Doc]:
        rng, d = self.rng, Doc()
        agency = AGENCIES[4]
        person = self.pools.person()
        doc_no = f"临交运强〔2026〕{rng.randint(1, 999)}号"
        self.header(d, agency, "查封（扣押）决定书", doc_no)
        self.person_party(d, person)
        self.officers(d)
        d.add("查明当事人驾驶车牌号为").go("plate", self.plate()).add("、车辆识别代号为").go(
            "vin", self.vin()
        ).add("的货车未经许可从事道路运输。")
        d.add("依据").keep("statute", "《中华人民共和国道路运输条例》第六十八条").add(
            "，决定扣押上述车辆，期限三十日；冻结当事人银行卡"
        ).go("bank_account", self.card()).add("。")
        d.add("当事人房产（").go(
            "property_certificate", f"苏（2021）江城市不动产权第{rng.randint(10**6, 10**7 - 1)}号"
        ).add("）暂不查封。\n")
        self.closing(d, agency, "2026年2月3日")
        return self.record(doc_no, agency, "coercion", person, True, d), d

    def ruling(self) -> tuple[dict[str, Any], Doc]:
        rng, d = self.rng, Doc()
        agency = AGENCIES[8]
        a, b = self.pools.person(), self.pools.person()
        doc_no = f"临住建裁〔2025〕{rng.randint(1, 99)}号"
        self.header(d, agency, "行政裁决书", doc_no)
        self.person_party(d, a)
        d.add("被申请人：").name(b.name).add("，公民身份号码：")
        self.idno(d, b.id_number)
        d.add("，住址：").address(b.address).add("。\n")
        if rng.random() < 0.5:
            foreign = rng.choice(["John Smith", "Maria Garcia"])
            d.add("第三人：").name(foreign).add("，护照号码：").go(
                "passport", f"E{rng.randint(10**7, 10**8 - 1)}"
            ).add("；")
            d.add("委托代理人").name(self.pools.person().name).add("，港澳居民来往内地通行证号码：").go(
                "permit", f"H{rng.randint(10**7, 10**8 - 1)}"
            ).add("。\n")
        d.add("双方因房屋租赁押金发生争议，依据").keep("statute", "《江南省住房租赁条例》第四十二条").add(
            "裁决：被申请人退还押金"
        ).keep("amount", f"{rng.randint(2, 9)}000元").add("。\n")
        self.closing(d, agency, "2025年9月1日")
        return self.record(doc_no, agency, "ruling", a, True, d), d

    def labour(self) -> tuple[dict[str, Any], Doc]:
        rng, d = self.rng, Doc()
        agency = AGENCIES[6]
        company = self.pools.company()
        doc_no = f"临人社罚决〔2026〕{rng.randint(1, 99)}号"
        self.header(d, agency, "行政处罚决定书", doc_no)
        self.company_party(d, company)
        d.add("经查，当事人拖欠劳动者工资，其中员工")
        for n in range(3):
            worker = self.pools.person()
            d.name(worker.name).add("月工资为").go("wage", f"{rng.randint(40, 90) * 100}元").add(
                "、" if n < 2 else "。"
            )
        d.add("依据").keep("statute", "《劳动保障监察条例》第二十六条").add("，责令支付并处罚款").keep(
            "amount", f"{rng.randint(2, 20)}000元"
        ).add("。\n")
        self.closing(d, agency, "2026年5月6日")
        return self.record(doc_no, agency, "penalty", company, False, d), d

    def clinic(self) -> tuple[dict[str, Any], Doc]:
        rng, d = self.rng, Doc()
        agency = AGENCIES[5]
        person = self.pools.person()
        doc_no = f"临卫健罚决〔2024〕{rng.randint(1, 99)}号"
        self.header(d, agency, "行政处罚决定书", doc_no)
        self.person_party(d, person)
        patient = self.pools.person()
        d.add("经查，当事人未取得医疗机构执业许可证擅自执业，为患者").name(patient.name).add("（")
        d.go("health", rng.choice(["诊断为糖尿病", "确诊为乙肝", "病史：哮喘"])).add(
            "）输液治疗，违法所得"
        ).keep("amount", f"{rng.randint(1, 9)}800元").add("。")
        d.add("依据").keep("statute", "《医疗机构管理条例》第四十三条").add("，决定没收违法所得并罚款").keep(
            "amount", f"{rng.randint(1, 5)}0000元"
        ).add("。\n")
        self.closing(d, agency, "2024年11月12日")
        return self.record(doc_no, agency, "penalty", person, True, d), d

    def record(
        self, doc_no: str, agency: tuple[str, ...], category: str, target: Any, person: bool, d: Doc
    ) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": doc_no,
            "agency": agency[0],
            "category": category,
            "decision_date": "2025-03-20",
            "target_name": target.name,
            "text": d.text,
        }
        if person:
            record.update(
                target_type="natural_person",
                id_number=target.id_number,
                phone=target.phone,
                address=target.address,
            )
        else:
            record.update(
                target_type=target.kind,
                credit_code=target.credit_code,
                legal_representative=target.representative,
                address=target.address,
            )
        return record


def generate(count: int, seed: int) -> list[dict[str, Any]]:
    """Return ``count`` labelled documents cycling through every template."""
    writer = Writer(seed)
    makers = [
        lambda: writer.penalty(True),
        lambda: writer.penalty(False),
        writer.license,
        writer.seizure,
        writer.ruling,
        writer.labour,
        writer.clinic,
        lambda: writer.penalty(True),
    ]
    out = []
    for number in range(count):
        record, doc = makers[number % len(makers)]()
        record["id"] = f"{record['id'][:-1]}-{number}号"
        out.append({"record": record, "spans": doc.spans, "keep_values": [a[3] for a in AGENCIES]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path("tests/data/redaction_corpus.jsonl"), help="Where to write."
    )
    parser.add_argument("--count", type=int, default=200, help="How many documents.")
    parser.add_argument("--seed", type=int, default=7, help="Random seed.")
    args = parser.parse_args()
    docs = generate(args.count, args.seed)
    args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"wrote {len(docs)} documents, {sum(len(d['spans']) for d in docs)} labelled spans to {args.out}")


if __name__ == "__main__":
    main()
