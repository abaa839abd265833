"""Pools of realistic fictional people, companies and places for demo and test data."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from faker import Faker
from stdnum.cn import ric, uscc

REGIONS = [
    "320102",
    "320104",
    "320105",
    "320106",
    "320111",
    "330102",
    "330106",
    "320113",
    "110105",
    "440305",
]
STREETS = [
    "滨江路",
    "望江大道",
    "建设北路",
    "人民路",
    "解放东路",
    "文昌街",
    "新华路",
    "春晖巷",
    "临江大道",
    "学府路",
]
TOWNS = ["江滨街道", "望湖街道", "新塘镇", "临浦镇", "城东街道", "西湖街道", "白马湖街道"]
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容"]
MINORITY_NAMES = ["阿依古丽·买买提", "热合曼·吐尔逊", "扎西次仁", "格桑卓玛", "巴特尔"]
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@dataclass(frozen=True)
class Person:
    """A natural person with everything that must never be published."""

    name: str
    id_number: str
    phone: str
    address: str
    birth: dt.date


@dataclass(frozen=True)
class Company:
    """An organisation: name, credit code, registered address and representative stay public."""

    name: str
    credit_code: str
    address: str
    representative: str
    kind: str  # legal_person | individual_business


def id_number(rng: random.Random, birth: dt.date) -> str:
    """Return a valid 18-digit 身份证号 (GB 11643 check digit, region known on that date)."""
    while True:
        body = rng.choice(REGIONS) + birth.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
        number = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(number):
            return number


def credit_code(rng: random.Random, individual: bool) -> str:
    """Return a valid 统一社会信用代码 (GB 32100 check digit)."""
    body = (
        ("92" if individual else "91")
        + rng.choice(REGIONS)
        + "".join(rng.choice(CODE_CHARS) for _ in range(9))
    )
    return body + uscc.calc_check_digit(body)


def home_address(rng: random.Random) -> str:
    """Return a home address down to the room (must be cut below district level)."""
    return (
        f"江城市临江区{rng.choice(TOWNS)}{rng.choice(STREETS)}{rng.randint(1, 999)}号"
        f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(101, 2802)}室"
    )


class Pools:
    """Deterministic pools drawn once from Faker, then sampled quickly."""

    def __init__(self, seed: int, size: int = 600) -> None:
        self.rng = random.Random(seed)
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        names = [fake.name() for _ in range(size)]
        names += [s + fake.first_name() for s in COMPOUND_SURNAMES] + MINORITY_NAMES
        self.names = names
        self.people = [self._person(n) for n in names]
        self.companies = [self._company(fake, i % 5 == 0) for i in range(size // 2)]

    def _person(self, name: str) -> Person:
        rng = self.rng
        birth = dt.date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        phone = rng.choice(["139", "138", "186", "152", "177", "199"]) + f"{rng.randrange(10**8):08d}"
        return Person(name, id_number(rng, birth), phone, home_address(rng), birth)

    def _company(self, fake: Faker, individual: bool) -> Company:
        rng = self.rng
        base = fake.company_prefix() + rng.choice(
            ["食品", "餐饮", "建材", "物流", "科技", "化工", "药房", "商贸"]
        )
        name = f"江城市临江区{base}店" if individual else f"江城{base}有限公司"
        address = f"江城市临江区{rng.choice(STREETS)}{rng.randint(1, 500)}号"
        return Company(
            name,
            credit_code(rng, individual),
            address,
            fake.name(),
            "individual_business" if individual else "legal_person",
        )

    def person(self) -> Person:
        """Return a random person."""
        return self.rng.choice(self.people)

    def company(self) -> Company:
        """Return a random company."""
        return self.rng.choice(self.companies)
