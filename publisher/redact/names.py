"""Third parties' names in free text (证人、消费者、员工、亲属…), found by segmentation.

rjieba (jieba's dictionary and HMM, in Rust) tags candidate person names (``nr``).
The tagger alone is noisy (高峰 in 高峰期间, 向阳街道, 张记饭店), so a candidate counts
only with a context that says it is a person: a third-party label or a family relation
before it, or a verb of speech after it. Labels also catch names that are ordinary words
(证人周到陈述), which the tagger misses; the tagger's word boundaries then say where the
name ends. Officers, public representatives and names that are part of a place or an
organisation are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import rjieba

from publisher.redact.people import (
    COMPOUND_SURNAMES,
    SURNAMES,
    THIRD_PARTY_LABELS,
    labelled_names,
    mask_name,
    trim,
)
from publisher.redact.spans import Span

Tokens = list[tuple[str, str]]
PERSON_TAGS = {"nr", "nrfg", "nrt"}
RELATIONS = re.compile(
    r"(?:其|之|的)(?:妻子?|丈夫|夫|子|女|儿子|女儿|父亲?|母亲?|兄|弟|姐|妹|孙子?|孙女|亲属|朋友|同事|邻居)$"
)
LABEL_BEFORE = re.compile(rf"(?:{THIRD_PARTY_LABELS})(?:（[^）]{{0,12}}）)?[:：\s]*$")
LABEL_ANYWHERE = re.compile(rf"(?:{THIRD_PARTY_LABELS})")
SPEECH_AFTER = re.compile(
    r"^(?:[（(][^)）]{0,10}[)）])?(?:称|说|陈述|反映|证实|表示|供述|承认|确认|签字|在场|到场|投诉|举报|报称|诉称|述称|证明|指认"
    r"|月工资|工资|月薪|年薪|身份证|公民身份|手机|电话|联系电话|住址|家住|出生|[，,（(]\s*(?:男|女)[，,、）)])"
)
PUBLIC_BEFORE = re.compile(
    r"(?:执法人员|执法员|承办人|经办人|审核人|负责人|法定代表人|局长|主任|科长|审核员)[:：\s]*(?:[\u4e00-\u9fff]{2,4}、)*$"
)
PUBLIC_AFTER = re.compile(r"^[（(]执法证")
PLACE_AFTER = re.compile(
    r"^(?:街道|路|街|巷|镇|乡|村|社区|小区|大道|饭店|酒店|店|公司|厂|超市|市场|商行|诊所|药房|期间|期)"
)
CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
# Tags of common words that cannot begin a transliterated name (人士/n, 外籍/n, 的/uj …).
COMMON_TAGS = {"n", "vn", "l", "f", "r", "p", "d", "uj", "m", "q", "t", "c", "a", "ad", "an", "s"}


def third_parties(folded: str, keep: Iterable[str] = ()) -> Iterator[Span]:
    """Yield a span for every third party's name, masked to surname + 某."""
    public = {k for k in keep if k}
    tokens: Tokens = rjieba.tag(folded)
    boundaries, offset = {0}, 0
    for word, _tag in tokens:
        offset += len(word)
        boundaries.add(offset)
    tagged = list(_candidates(tokens))
    found = list(_tagged(folded, tagged)) + list(_dotted(tokens)) + list(_listed(folded))
    starts = {start for start, _name in tagged}
    found += [(s.start, folded[s.start : s.end]) for s in labelled_names(folded, boundaries, starts)]
    for start, name in found:
        if name not in public and not _public_context(folded, start, name):
            yield Span(start, start + len(name), "third_party_name", mask_name(name))


_COMPOUND = frozenset(COMPOUND_SURNAMES)


def _is_person_name(word: str) -> bool:
    if word[:2] in _COMPOUND:
        return 3 <= len(word) <= 4
    return 2 <= len(word) <= 3 and word[0] in SURNAMES


def _candidates(tokens: Tokens) -> Iterator[tuple[int, str]]:
    """Yield (offset, word) for person-name tokens, joining split compound surnames."""
    offset = 0
    for index, (word, tag) in enumerate(tokens):
        if tag in PERSON_TAGS:
            previous = tokens[index - 1][0] if index else ""
            joins = previous in COMPOUND_SURNAMES or (previous in SURNAMES and len(word) <= 2)
            if joins:  # 欧阳/ns + 娜娜/nrt, 石/n + 红梅/nr
                yield offset - len(previous), previous + word
            else:
                yield offset, word
        offset += len(word)


def _tagged(folded: str, candidates: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Tagged names with a person context around them."""
    for start, found in candidates:
        name = trim(found)  # the tagger sometimes glues a verb on: 王芳称/nr
        if not _is_person_name(name):
            continue
        before, after = folded[max(0, start - 16) : start], folded[start + len(name) : start + len(name) + 12]
        if PLACE_AFTER.match(after):
            continue
        if LABEL_BEFORE.search(before) or RELATIONS.search(before) or SPEECH_AFTER.match(after):
            yield start, name


LISTED = re.compile(
    r"(?<=[、和及])([\u4e00-\u9fff]{2,4}?)(?=月工资|工资|月薪|称|说|陈述|反映|[，,（(]\s*[男女])"
)


def _listed(folded: str) -> Iterator[tuple[int, str]]:
    """Members of a list of people (…、解建华月工资为…) that the tagger splits wrongly."""
    for m in LISTED.finditer(folded):
        if _is_person_name(m.group(1)):
            yield m.start(1), m.group(1)


def _dotted(tokens: Tokens) -> Iterator[tuple[int, str]]:
    """Transliterated and minority names written with a middle dot (阿依古丽·买买提)."""
    offset = 0
    for index, (word, _tag) in enumerate(tokens):
        if word in ("·", "•") and 0 < index < len(tokens) - 1 and CJK_WORD.fullmatch(tokens[index + 1][0]):
            left = _left_part(tokens, index)
            if left:
                yield offset - len(left), left + word + tokens[index + 1][0]
        offset += len(word)


def _left_part(tokens: Tokens, dot: int) -> str:
    """The part of a dotted name before the dot: CJK tokens back to a label or a common word."""
    parts: list[str] = []
    for word, tag in reversed(tokens[:dot]):
        common = tag in COMMON_TAGS and len(word) >= 2 and bool(parts)
        if not CJK_WORD.fullmatch(word) or LABEL_ANYWHERE.fullmatch(word) or common:
            break
        if len("".join(parts)) + len(word) > 6:
            break
        parts.insert(0, word)
    return "".join(parts)


def _public_context(folded: str, start: int, name: str) -> bool:
    """Officers and representatives of organisations are published with their names."""
    before = folded[max(0, start - 30) : start]
    after = folded[start + len(name) : start + len(name) + 8]
    return bool(PUBLIC_BEFORE.search(before) or PUBLIC_AFTER.match(after))
