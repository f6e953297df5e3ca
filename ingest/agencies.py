"""Government bodies: a place (written or implied) plus a body suffix, or a national body.

``河南省工信厅`` names its place; ``区应急管理局`` and ``省商务厅`` imply the
nearest district or province named before them; a bare ``财政金融局`` after
a zone belongs to the place last named.  National bodies without a place
come from a small table of the State Council's ministries and agencies.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from .mentions import FUNCTION, Mention, SpanIndex, is_han
from .places import default_gazetteer

#: a place's party committee (省委, 区委); 自治区党委 for autonomous regions
PARTY_COMMITTEES = ("党委", "省委", "市委", "区委", "县委", "州委")
# longest first, so that the regex alternation prefers them
STRONG = (
    "领导小组办公室", "指挥部办公室", "卫生健康委", "行政审批服务局", "市场监督管理局", "政务服务中心", "行政服务中心",
    "管理委员会", "人民检察院", "发展改革委", "政务服务办", "政务服务局", "人民政府", "人民法院", "领导小组",
    "委员会", "管委会", "党工委", "发改委", "经信委", "工信委", "卫健委", "商务委", "指挥部", "监管局", "管理局",
    "服务局", "法院", "政府", "科委", "局", "厅",
) + PARTY_COMMITTEES
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
    r"(财政|金融|信息化|科创|科技|发展|改革|监管|商务|工信|经信|发改|教育|民政|司法|人社|交通|农业|农村|水利|文旅|卫健|应急|统计|税务|审批|"
    r"服务|管理|监督|建设|规划|环境|环保|生态|公安|资源|外事|招商|投资|经济|信息|药监|医保|林业|能源|国资|住建|城管|执法|市场|海关|"
    r"卫生|健康|人力|保障|安监|质监|粮食|物价|审计|档案|宣传|组织|统战|政法|机关|事务|合作|促进|创新|开放|运输|工业|产业|文化|体育|旅游|"
    r"监督管理|市场监管|人才工作|行政审批服务|政务服务)$"
)
# a national body's local branch, one body with it (人民银行某某中心支行)
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}?(中心支行|分行营业管理部|分行营管部|分行|支行)")
# a working group inside a body (指挥部物资保障组)
_SUBUNIT = re.compile(r"[\u4e00-\u9fff]{2,6}?(保障组|工作组|小组)")
# an office or party group attached to a body (省政府办公厅, 发改委党组, 市政府新闻办)
_ATTACHED = re.compile(r"(办公厅|新闻办公室|新闻办|党组|办公室)")
# characters that make 市/区 the end of a common noun (城市, 社区, 园区), not a level word
_NOT_PLACE_END = set("城都社园辖小景片矿本全该")
# a firm's own office (某某有限公司办公室) is not a government body
_FIRM_WORD = re.compile(r"公司|集团|银行|企业")
_SHORT_GOVERNMENT = re.compile(r"(?<![人民])政府")
# a place's word for its own level when the gazetteer's full name carries it (内蒙古自治区)
_REGION_WORD = re.compile(r"(自治区|特别行政区)$")
#: how many later places may supply the place of a body named before any place
_LOOKAHEAD = 20
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
        branch = _BRANCH.match(text, m.end())
        end = branch.end() if branch else m.end()
        out.append(Mention(m.start(), end, "Agency", text[m.start() : end], text[m.start() : end], None, "country", "中国"))
    taken = SpanIndex([(a.start, a.end) for a in out])
    starts = [p.start for p in places]
    levels = _LevelIndex(places)
    floor = 0
    for m in _SUFFIX.finditer(text):
        ss, e = m.span()
        if taken.overlaps(ss, e) or _place_across(places, starts, ss, e):
            continue
        suffix = m.group(0)
        if suffix in PARTY_COMMITTEES:
            agency = _party_committee(text, places, starts, levels, ss, e, suffix)
        elif out and (item := _list_item(text, out[-1], ss, e, suffix)) is not None and not _place_between(starts, out[-1].end, ss):
            agency = item
        else:
            agency = _agency(text, places, starts, levels, max(floor, ss - 28), ss, e, suffix)
        if agency is not None:
            sub = _SUBUNIT.match(text, agency.end)
            if sub and not any(c in FUNCTION for c in sub.group(0)):
                agency = _extend(agency, sub.group(0))
            attached = _ATTACHED.match(text, agency.end)
            if attached:
                # the parent body is named too (省政府办公厅 names 省政府)
                out.append(agency)
                agency = _extend(agency, attached.group(0))
            out.append(agency)
            floor = agency.end
    return _merge_government_names(sorted(out, key=lambda a: a.start))


def _list_item(text: str, prev: Mention, ss: int, e: int, suffix: str) -> Mention | None:
    """A bare department listed right after a placed body shares its place (省财政厅、工信厅)."""
    if prev.place is None or prev.level == "country" or text[prev.end : prev.end + 1] != "、" or suffix in WEAK:
        return None
    start = prev.end + 1
    while text[start].isspace():
        start += 1
    body = text[start:e]
    if not 2 <= len(body) <= 12 or any(not is_han(c) or c in FUNCTION and c not in _INNER_OK for c in body):
        return None
    if body[0] in _LEVEL_CHAR or body.startswith("自治区") or not (suffix not in ("局", "厅") or _DEPARTMENT.search(body[: -len(suffix)]) or len(body) <= 4):
        return None
    at = prev.name.find(prev.place)
    if at < 0:
        return None
    cut = at + len(prev.place)
    rest = prev.name[cut:]
    cut += 3 if rest.startswith("自治区") else 1 if rest[:1] in _LEVEL_CHAR and not rest.startswith("市场") else 0
    return Mention(start, e, "Agency", prev.name[:cut] + body, body, None, prev.level, prev.place)


def _extend(a: Mention, tail: str) -> Mention:
    return Mention(a.start, a.end + len(tail), "Agency", a.name + tail, a.surface + tail, None, a.level, a.place)


def _merge_government_names(agencies: list[Mention]) -> list[Mention]:
    """One name per government: 某省政府 is 某省人民政府 when the document writes the full form."""
    governments = {a.name[: a.name.index("人民政府") + 4] for a in agencies if "人民政府" in a.name}
    out = []
    for a in agencies:
        full = _SHORT_GOVERNMENT.sub("人民政府", a.name, count=1)
        written = full != a.name and full[: full.index("人民政府") + 4] in governments
        out.append(replace(a, name=full) if written else a)
    return out


def _party_committee(text: str, places: list[Mention], starts: list[int], levels: "_LevelIndex", ss: int, e: int, suffix: str) -> Mention | None:
    """A place's party committee: 某省委 as written, or 省委/自治区党委 of the place in focus."""
    if text.startswith("员", e):
        return None
    i = bisect_left(starts, ss - 12)
    for p in places[i:]:
        if p.start >= ss:
            break
        if p.end in (ss, ss + 1) and p.level in ("province", "city", "county", "town"):
            return Mention(p.start, e, "Agency", text[p.start : e] if p.end == ss or suffix != "党委" else p.name + suffix, text[p.start : e], None, p.level, p.name)
    if suffix == "党委":
        if not text.startswith("自治区", ss - 3):
            return None
        start, level, lead = ss - 3, "province", "自治区"
    else:
        start, lead = ss, suffix[0]
        level = {"州": "city"}.get(lead) or _LEVEL_CHAR[lead]
    if start > 0 and text[start - 1] in _NOT_PLACE_END:
        return None
    place = levels.nearest(start, {"county", "zone"} if level == "county" else {level}, municipal=level == "city")
    if place is None:
        return None
    return Mention(start, e, "Agency", _prefix(place, lead) + text[start + len(lead) : e], text[start:e], None, place.level, place.name)


def _prefix(place: Mention, lead: str) -> str:
    """The place's name with its level word (黑龙江省, 内蒙古自治区)."""
    if lead in ("省", "自治区") and place.code:
        found = default_gazetteer().get(place.code)
        if found is not None and _REGION_WORD.search(found.full_name):
            return found.full_name
    return place.name if place.name.endswith(lead) else place.name + lead


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
        if any(c in FUNCTION and c not in _INNER_OK for c in body) or _FIRM_WORD.search(body):
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
    if stretch[cut - 1 : cut] == "和":
        # 和 inside a department's name (省工业和信息化厅) rather than between two bodies
        before = max(stretch.rfind(c) for c in FUNCTION - {"和"}) + 1
        if before < cut - 1 and (stretch[before] in _LEVEL_CHAR or stretch[before] == "自") and cut - 1 - before <= 5:
            cut = before
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
            if i >= 2 and stretch.startswith("自治区", i - 2):
                i, lead, level = i - 2, "自治区", "province"
            wanted = {"county", "zone"} if level == "county" else {level}
            place = levels.nearest(k + i, wanted, municipal=level == "city")
            if place is None:
                return None
            return Mention(k + i, e, "Agency", _prefix(place, lead) + stretch[i + len(lead) :], stretch[i:], None, place.level, place.name)
    # a bare department after the place in focus: 财政金融局, 市场监管局
    if stretch[-1] in "局厅" and 3 <= len(stretch) <= 9 and _DEPARTMENT.search(stretch[:-1]) and (k == 0 or not is_han(text[k - 1]) or text[k - 1] in FUNCTION | _INNER_OK):
        place = levels.nearest(k, {"province", "city", "county", "zone"})
        if place is None:
            return None
        lead_char = {"province": "省", "city": "市"}.get(place.level or "", "")
        prefix = _prefix(place, lead_char) if lead_char else place.name
        return Mention(k, e, "Agency", prefix + stretch, stretch, None, place.level, place.name)
    return None


def _is_department(rest: str, suffix: str) -> bool:
    """Whether ``rest`` (ending in ``suffix``) reads as a department or working body's name."""
    body = rest[: -len(suffix)]
    if suffix in ("局", "厅"):
        return 1 <= len(body) <= 8 and bool(_DEPARTMENT.search(body) or len(body) <= 3)
    return len(body) <= 20


def _place_between(starts: list[int], lo: int, hi: int) -> bool:
    return bisect_left(starts, lo) < bisect_left(starts, hi)


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
        self.starts = [p.start for p in places]
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
        if best >= 0:
            return self.places[best]
        # a document may name its own place just after its first reference to 省委, 市政府
        first = bisect_right(self.starts, pos)
        for p in self.places[first : first + _LOOKAHEAD]:  # a slice: islice would walk from the start
            if p.level in levels and p.level != "zone" or municipal and p.name in MUNICIPALITIES:
                return p
        return None
