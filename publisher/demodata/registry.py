"""The demo district's agencies and their powers lists (a fictional 江城市临江区)."""

from __future__ import annotations

from typing import Any

DISTRICT = "江城市临江区"
REVIEW_BODY = "江城市临江区人民政府"
COURT = "江城市临江区人民法院"

# code, name, English name, hotline, statute the powers rest on, enforcement category
AGENCIES: list[tuple[str, str, str, str, str, str]] = [
    (
        "LJ-SCJG",
        "江城市临江区市场监督管理局",
        "Linjiang District Administration for Market Regulation",
        "12315",
        "《中华人民共和国食品安全法》",
        "市场监管",
    ),
    (
        "LJ-STHJ",
        "江城市生态环境局临江分局",
        "Linjiang Branch, Jiangcheng Ecology and Environment Bureau",
        "12369",
        "《中华人民共和国大气污染防治法》",
        "生态环境",
    ),
    (
        "LJ-ZHZF",
        "江城市临江区综合行政执法局",
        "Linjiang District Comprehensive Administrative Enforcement Bureau",
        "12319",
        "《城市市容和环境卫生管理条例》",
        "城市管理",
    ),
    (
        "LJ-YJGL",
        "江城市临江区应急管理局",
        "Linjiang District Emergency Management Bureau",
        "12350",
        "《中华人民共和国安全生产法》",
        "应急管理",
    ),
    (
        "LJ-JTYS",
        "江城市临江区交通运输局",
        "Linjiang District Transport Bureau",
        "12328",
        "《中华人民共和国道路运输条例》",
        "交通运输",
    ),
    (
        "LJ-WSJK",
        "江城市临江区卫生健康局",
        "Linjiang District Health Commission",
        "12320",
        "《中华人民共和国基本医疗卫生与健康促进法》",
        "卫生健康",
    ),
    (
        "LJ-RSJ",
        "江城市临江区人力资源和社会保障局",
        "Linjiang District Human Resources and Social Security Bureau",
        "12333",
        "《劳动保障监察条例》",
        "人力社保",
    ),
    (
        "LJ-WLJ",
        "江城市临江区文化和旅游局",
        "Linjiang District Culture and Tourism Bureau",
        "12318",
        "《中华人民共和国旅游法》",
        "文化旅游",
    ),
    (
        "LJ-ZJJ",
        "江城市临江区住房和城乡建设局",
        "Linjiang District Housing and Urban-Rural Development Bureau",
        "12319",
        "《建设工程质量管理条例》",
        "住房建设",
    ),
    (
        "LJ-NYJ",
        "江城市临江区农业农村局",
        "Linjiang District Agriculture and Rural Affairs Bureau",
        "12316",
        "《农药管理条例》",
        "农业农村",
    ),
    (
        "LJ-GAFJ",
        "江城市公安局临江分局",
        "Linjiang Branch, Jiangcheng Public Security Bureau",
        "110",
        "《中华人民共和国治安管理处罚法》",
        "公安",
    ),
]
CITY_PARENT = ("JC-STHJ", "江城市生态环境局", "Jiangcheng Ecology and Environment Bureau")

# category -> (power name pattern, article) used to build each agency's powers list
POWER_TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "penalty": [
        ("对违反{law}规定行为的行政处罚", "第一百二十四条"),
        ("对未依法取得许可从事经营活动的行政处罚", "第一百二十二条"),
        ("对不按规定履行安全管理义务的行政处罚", "第九十七条"),
        ("对拒不改正违法行为的按日连续处罚", "第一百二十三条"),
    ],
    "license": [("{topic}经营许可", "第三十五条"), ("{topic}许可证变更、延续", "第四十条")],
    "coercion": [("查封、扣押涉嫌违法的场所、设施或者财物", "第一百一十条")],
    "inspection": [("{topic}日常监督检查", "第八十七条"), ("{topic}专项检查", "第一百零九条")],
    "levy": [("{topic}相关费用征收", "第二十条")],
    "confirmation": [("{topic}资格确认", "第十八条")],
    "ruling": [("{topic}纠纷行政裁决", "第六十条")],
    "other": [("{topic}举报奖励", "第一百一十五条")],
}


def agency_records() -> list[dict[str, Any]]:
    """Return the intake records of the demo agencies (the city parent first)."""
    city_code, city_name, city_en = CITY_PARENT
    out: list[dict[str, Any]] = [
        {
            "code": city_code,
            "name": city_name,
            "name_en": city_en,
            "level": "city",
            "authority_basis": "《中华人民共和国环境保护法》第十条",
            "address": "江城市人民大道100号",
            "hotline": "12369",
            "review_body": "江城市人民政府",
            "court": "江城市中级人民法院",
        }
    ]
    for number, (code, name, name_en, hotline, law, _cat) in enumerate(AGENCIES, start=1):
        out.append(
            {
                "code": code,
                "name": name,
                "name_en": name_en,
                "level": "district",
                "parent": city_code if code == "LJ-STHJ" else "",
                "authority_basis": f"{law}；《江城市临江区机构改革方案》",
                "address": f"{DISTRICT}政务大道{number * 8}号",
                "hotline": f"{hotline}；0571-8{number:03d}6{number:03d}" if hotline != "110" else "110",
                "review_body": CITY_PARENT[1] if code == "LJ-STHJ" else REVIEW_BODY,
                "court": COURT,
                "website": f"https://www.linjiang.example.gov.cn/{code.lower()}",
                "procedures": "立案—调查取证—审查—告知—听证（依申请）—法制审核（重大执法决定）—决定—送达—执行",
                "service_guide": f"办理地点：{DISTRICT}行政服务中心{number}号窗口；办理时间：工作日 9:00—12:00、13:30—17:00。",
            }
        )
    return out


def power_records() -> list[dict[str, Any]]:
    """Return every demo agency's powers list (权责清单)."""
    out = []
    for code, name, _en, _hotline, law, topic in AGENCIES:
        number = 0
        for category, templates in POWER_TEMPLATES.items():
            for pattern, article in templates:
                number += 1
                out.append(
                    {
                        "agency": code,
                        "code": f"{code}-{category[:3].upper()}-{number:03d}",
                        "name": pattern.format(law=law, topic=topic),
                        "category": category,
                        "legal_basis": f"{law}{article}",
                        "discretion_standard": _discretion(name, number) if category == "penalty" else "",
                        **(_guide(name, number) if category in ("license", "confirmation") else {}),
                    }
                )
    return out


def _discretion(agency: str, number: int) -> str:
    """A discretion standard in full: the circumstances and the range for each (情形｜幅度)."""
    low, high = 1000 * (number % 5 + 1), 10000 * (number % 5 + 1)
    return "\n".join(
        (
            f"依据：《{agency}行政处罚裁量基准（2024年版）》第{number}项｜",
            "轻微：初次违法、危害后果轻微并及时改正｜不予行政处罚",
            f"较轻：违法行为持续时间短、主动减轻危害后果｜警告，或罚款{low}元以下",
            f"一般：不具有从轻、从重情节｜罚款{low}元以上{high // 2}元以下",
            f"严重：造成危害后果、拒不改正或再次违法｜罚款{high // 2}元以上{high}元以下，可并处没收违法所得",
        )
    )


def _guide(agency: str, number: int) -> dict[str, str]:
    """A service guide (服务指南) for an item citizens apply for."""
    return {
        "guide_office": f"{agency}（{DISTRICT}行政服务中心{number % 9 + 1}号窗口）",
        "guide_conditions": "申请人具备法律、法规规定的条件，材料齐全、符合法定形式",
        "guide_materials": "申请书；申请人身份证明或营业执照；相关场所、设备或人员的证明材料",
        "guide_time_limit": "自受理之日起20个工作日内作出决定（法定时限），承诺10个工作日",
        "guide_fees": "不收费",
        "guide_process": "申请—受理—审查—决定—送达",
        "guide_phone": f"咨询 0571-8{number:03d}6{number:03d}；投诉 12345",
    }
