"""Government bodies: a place (written or implied) plus a body suffix, or a national body.

``河南省工信厅`` names its place; ``区应急管理局`` and ``省商务厅`` imply the
nearest district or province named before them; a bare ``财政金融局`` after
a zone belongs to the place last named.  National bodies without a place
come from a small table of the State Council's ministries and agencies.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

from .mentions import FUNCTION, Mention, SpanIndex, is_han

# longest first, so that the regex alternation prefers them
STRONG = (
    "领导小组办公室", "指挥部办公室", "行政审批服务局", "市场监督管理局", "政务服务中心", "行政服务中心",
    "管理委员会", "人民检察院", "发展改革委", "政务服务办", "政务服务局", "人民政府", "人民法院", "领导小组",
    "委员会", "管委会", "党工委", "发改委", "经信委", "工信委", "卫健委", "商务委", "指挥部", "监管局", "管理局",
    "服务局", "法院", "政府", "科委", "局", "厅",
)
#: suffixes too common to stand without a written place (他们的工作组)
WEAK = ("工作小组", "工作组", "保障组", "办公室")
_SUFFIX = re.compile("|".join(sorted(STRONG + WEAK, key=len, reverse=True)))
# words that end in 局/厅/政府 but are not bodies
_NOT_BODY = re.compile(r"(格局|布局|结局|大局|全局|开局|当局|变局|破局|僵局|时局|终局|新局|大厅|客厅|餐厅|展厅|门厅|地方政府|各级政府|基层政府|有为政府|服务型政府|数字政府)$")
_LEVEL_CHAR = {"省": "province", "市": "city", "区": "county", "县": "county", "镇": "town", "乡": "town"}
_ZONE_PREFIX = re.compile(r"^(新区|园区|高新区|开发区|经开区|片区)")
_INNER_OK = set("的和")
# a national body's name continued into an institution (国务院发展研究中心)
_INSTITUTION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(研究中心|研究所|研究院|大学|学院|医院)")
# the last word of a department's name, when no place is written before it (财政金融局, 科创局)
_DEPARTMENT = re.compile(
    r"(财政|金融|科创|科技|发展|改革|监管|商务|工信|经信|发改|教育|民政|司法|人社|交通|农业|农村|水利|文旅|卫健|应急|统计|税务|审批|"
    r"服务|管理|监督|建设|规划|环境|环保|生态|公安|资源|外事|招商|投资|经济|信息|药监|医保|林业|能源|国资|住建|城管|执法|市场|海关|"
    r"卫生|健康|人力|保障|安监|质监|粮食|物价|审计|档案|宣传|组织|统战|政法|机关|事务|合作|促进|创新|开放|运输|工业|产业|文化|体育|旅游|"
    r"监督管理|市场监管|人才工作|行政审批服务|政务服务)$"
)
# a working group inside a body (指挥部物资保障组)
_SUBUNIT = re.compile(r"[\u4e00-\u9fff]{2,6}?(保障组|工作组|小组)")
# places whose city-level government sits at province level
MUNICIPALITIES = frozenset({"北京", "天津", "上海", "重庆"})


@lru_cache(maxsize=1)
def national_bodies() -> dict[str, str]:
    """Every name of a national body -> its canonical name."""
    out: dict[str, str] = {}
    text = resources.files("ingest").joinpath("data/national.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canon, _, others = line.partition("\t")
        out[canon] = canon
        for alias in filter(None, others.split(",")):
            out[alias] = canon
    return out


@lru_cache(maxsize=1)
def _national_regex() -> re.Pattern[str]:
    names = sorted(national_bodies(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def find_agencies(text: str, places: list[Mention]) -> list[Mention]:
    """Agency mentions of the text (analysis view), given its place mentions."""
    out: list[Mention] = []
    for m in _national_regex().finditer(text):
        if _INSTITUTION_AFTER.match(text, m.end()) or text[m.end() : m.end() + 1] == "门":
            continue
        out.append(Mention(m.start(), m.end(), "Agency", m.group(0), m.group(0), None, "country", "中国"))
    taken = SpanIndex([(a.start, a.end) for a in out])
    starts = [p.start for p in places]
    levels = _LevelIndex(places)
    floor = 0
    for m in _SUFFIX.finditer(text):
        ss, e = m.span()
        if taken.overlaps(ss, e) or _place_across(places, starts, ss, e):
            continue
        agency = _agency(text, places, starts, levels, max(floor, ss - 28), ss, e, m.group(0))
        if agency is not None:
            sub = _SUBUNIT.match(text, agency.end)
            if sub and not any(c in FUNCTION for c in sub.group(0)):
                agency = Mention(agency.start, sub.end(), "Agency", agency.name + sub.group(0), agency.surface + sub.group(0), None, agency.level, agency.place)
            out.append(agency)
            floor = agency.end
    return sorted(out, key=lambda a: a.start)


def _agency(text: str, places: list[Mention], starts: list[int], levels: "_LevelIndex", floor: int, ss: int, e: int, suffix: str) -> Mention | None:
    k = ss
    while k > floor and (is_han(text[k - 1]) or text[k - 1] in "()") and (
        text[k - 1] not in FUNCTION or text[k - 1] in _INNER_OK or _in_place(places, starts, k - 1)
    ):
        k -= 1
    if _NOT_BODY.search(text[max(0, ss - 6) : e]):
        return None
    # the first place of a chain of adjacent places inside the stretch
    lo, hi = bisect_left(starts, k), bisect_left(starts, ss)
    inside = [p for p in places[lo:hi] if p.end <= ss]
    if inside:
        head = inside[-1]
        first = head
        for p in reversed(inside[:-1]):
            if p.end != first.start:
                break
            first = p
        body = text[head.end : ss]
        if any(c in FUNCTION and c not in _INNER_OK for c in body):
            return None
        if suffix.endswith("政府") and body not in ("", "人民", "市", "省", "区", "县"):
            return None
        surface = text[first.start : e]
        name = text[head.start : e]
        return Mention(first.start, e, "Agency", name, surface, None, head.level, head.name)
    if suffix in WEAK:
        return None
    stretch = text[k:e]
    cut = max(stretch.rfind(c) for c in FUNCTION | _INNER_OK) + 1
    stretch, k = stretch[cut:], k + cut
    if len(stretch) < 3 or suffix.endswith("政府") and len(stretch) - len(suffix) > 1:
        return None
    zone = _ZONE_PREFIX.match(stretch)
    if zone:
        place = levels.nearest(k, {"zone"})
        if place is None:
            return None
        return Mention(k, e, "Agency", place.name + stretch[len(zone.group(0)) :], stretch, None, "zone", place.name)
    # an implied place: 区应急管理局, 获得省商务厅 (the level word starts the name)
    for i in range(len(stretch) - len(suffix) - 1, -1, -1):
        lead = stretch[i]
        if lead in _LEVEL_CHAR and not stretch.startswith("市场", i) and _is_department(stretch[i + 1 :], suffix):
            level = _LEVEL_CHAR[lead]
            wanted = {"county", "zone"} if level == "county" else {level}
            place = levels.nearest(k + i, wanted, municipal=level == "city")
            if place is None:
                return None
            prefix = place.name if place.name.endswith(lead) else place.name + lead
            return Mention(k + i, e, "Agency", prefix + stretch[i + 1 :], stretch[i:], None, place.level, place.name)
    # a bare department after the place in focus: 财政金融局, 市场监管局
    if stretch[-1] in "局厅" and 3 <= len(stretch) <= 9 and _DEPARTMENT.search(stretch[:-1]) and (k == 0 or not is_han(text[k - 1]) or text[k - 1] in FUNCTION | _INNER_OK):
        place = levels.nearest(k, {"province", "city", "county", "zone"})
        if place is None:
            return None
        lead_char = {"province": "省", "city": "市"}.get(place.level or "", "")
        prefix = place.name if not lead_char or place.name.endswith(lead_char) else place.name + lead_char
        return Mention(k, e, "Agency", prefix + stretch, stretch, None, place.level, place.name)
    return None


def _is_department(rest: str, suffix: str) -> bool:
    """Whether ``rest`` (ending in ``suffix``) reads as a department or working body's name."""
    body = rest[: -len(suffix)]
    if suffix in ("局", "厅"):
        return 1 <= len(body) <= 8 and bool(_DEPARTMENT.search(body) or len(body) <= 3)
    return len(body) <= 20


def _in_place(places: list[Mention], starts: list[int], i: int) -> bool:
    """Whether character ``i`` belongs to a place name (the 都 of 成都 is no function word there)."""
    j = bisect_right(starts, i) - 1
    return j >= 0 and places[j].start <= i < places[j].end


def _place_across(places: list[Mention], starts: list[int], ss: int, e: int) -> bool:
    """Whether a place name runs through the end of the suffix (the suffix is part of the place)."""
    i = bisect_right(starts, e) - 1
    while i >= 0 and places[i].start >= ss - 12:
        if places[i].start < e < places[i].end:
            return True
        i -= 1
    return False


class _LevelIndex:
    """Places (sorted by start) grouped by level, so the closest one before a position is found in log time."""

    MUNICIPAL = "municipal"

    def __init__(self, places: list[Mention]) -> None:
        self.places = places
        self.groups: dict[str, tuple[list[int], list[int]]] = {}
        for i, p in enumerate(places):
            for key in [p.level or ""] + ([self.MUNICIPAL] if p.name in MUNICIPALITIES else []):
                starts, index = self.groups.setdefault(key, ([], []))
                starts.append(p.start)
                index.append(i)

    def nearest(self, pos: int, levels: set[str], municipal: bool = False) -> Mention | None:
        """The closest place before ``pos`` at one of ``levels`` (a municipality counts as a city when asked)."""
        best = -1
        for key in levels | ({self.MUNICIPAL} if municipal else set()):
            starts, index = self.groups.get(key, ([], []))
            j = bisect_right(starts, pos) - 1
            while j >= 0 and self.places[index[j]].end > pos:
                j -= 1
            if j >= 0:
                best = max(best, index[j])
        return self.places[best] if best >= 0 else None
