"""Places: gazetteer names found in one pass, plus zones and towns found by pattern.

Every surface of the gazetteer goes into one Aho-Corasick automaton; the
longest match wins.  A bare county name (德清 for 德清县) is accepted only
where a name can start and when the document also names the county in
full or one of its ancestors, because many such names are common words.
Zones missing from the gazetteer are recognised as ``<place>XX高新区``, by a
level word (县经开区: the county's zone) or over a list sharing the zone word
(甲、乙等高新区); a city written before its zone, a zone's host district and
a declared short name are that zone.  Towns are ``<district>XX镇``, a town
named by its government, or one after a preposition.  Ambiguous names are
resolved with the places already seen in the document; outlets and sources
(某某日报, 来源:某地) are not places.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any

import ahocorasick

from .gate import first_checked, gated
from .mentions import BANK_SHORT, BREAK, FUNCTION, HAN, PREDICATE, Mention, SpanIndex, is_han, occurrences

ZONE_SUFFIX = (
    "高新技术产业开发区|经济技术开发区|综合保税区|高新区|开发区|经开区|新片区|新区|片区|工业园区|工业园|"
    "科技园区|科技产业园区|科技产业园|科技园|智汇园|创业园|科学城|科技城|保税区|自贸区|产业园区|产业园|软件园|产业基地|化工基地|农业园区|示范区|示范园|园区|"
    "综合实验区|实验区|试验区|合作区|产业集聚区|保税港区|出口加工区|综保区|港区|小微园|旅游度假区|"
    "软件谷|创新谷|科技谷|智造谷|数谷|药谷|芯谷|医谷|声谷|视谷|"
    # the kinds of border zone the State Council names (满洲里边境经济合作区, 某某重点开发开放试验区)
    "边境经济合作区|跨境经济合作区|重点开发开放试验区|"
    # the cross-border e-commerce pilot zones it names (某市跨境电子商务综合试验区, 某市跨境电商综试区)
    "跨境电子商务综合试验区|跨境电商综合试验区|跨境电商综试区|"
    # a new town built as a zone with its own committee (某某新城), not a district, town or road named so (新城区, 新城镇)
    "新城(?![区镇乡村路街])|"
    # a county's high-tech park (某地高新园, 某地高新园区, 某地高科园) and industrial clusters named so (某县某某工业集中区, 某地数字经济聚集区,
    # 某县工业经济区)
    "高新园区|高新园|高科园区|高科园|工业集中区|聚集区|工业经济区"
)
# longest first, so that 科技园区 is not cut to 科技园
_ZONE = re.compile("|".join(sorted(ZONE_SUFFIX.split("|"), key=len, reverse=True)))
# a zone word right after a place's name, or after the words of a zone's kind (某某经济开发区)
_ZONE_AFTER = re.compile(f"(?:国家级?|经济技术|经济|高新技术)?(?:{_ZONE.pattern})")
# words that pick some of a place's zones (某市相关园区, 某区各工业园区) or point at one (某市这个省级园区, 某县那些园区):
# a description, not one zone's name
_DETERMINER = re.compile("相关|有关|各|部分|其他|其它|所有|全部|周边|附近|辖区|多个|若干|等|这|那")
# the kinds of zone a ministry names national (天水国家农业科技园区, 某某国家级旅游度假区, 某地国家重点开发开放试验区): 国家
# there is part of a zone's name
_NATIONAL_KIND = re.compile("国家级?(?:现代)?(?:农业|旅游|生态|林业)|国家重点开发开放")
# nouns that open a zone's descriptive name although they open predicates elsewhere (某地数字经济产业园; 对外, which
# opens with a function character: 某市对外经济合作区)
_ZONE_MODIFIER = re.compile("数字|智慧|创新|对外")
# verbs of help between a place and a zone word (某县多举措助力园区企业): the words of a clause, no zone's name
_HELP_VERB = re.compile("助力|助推|支持|帮扶|帮助|扶持|推动|护航|赋能|走访")
_TOWN = re.compile(f"([{HAN}]{{2,4}}?)(街道|镇|乡)")
# the next town of a list after a county's first town (某区甲街道、乙街道)
_NEXT_TOWN = re.compile(f"([、和及])([{HAN}]{{2,4}}?)(街道|镇|乡)")
# a list of towns sharing one town word after their county (某县甲、乙等镇, 某区甲、乙、丙3个街道)
_TOWN_LIST = re.compile(f"([{HAN}]{{2,3}}?(?:、[{HAN}]{{2,3}}?)+)(等)?(?:[0-9一二两三四五六七八九十]+个)?(街道|镇|乡)")
# a town named by its government without its district (某某镇人民政府); 苏木 is Inner Mongolia's township
_TOWN_WORD = re.compile("街道|镇|乡|苏木")
# a village or community written right after a town's name (某某镇某某村, 某某苏木某某嘎查, 某某街道某某社区): it vouches
# for the town
_VILLAGE_AFTER = re.compile(f"[{HAN}]{{2,5}}?(?:村|嘎查)(?:(?![{HAN}])|(?=等))|[{HAN}]{{2,4}}?社区")
# the town word right after a bare county-level name (库伦镇 of 库伦旗): the seat town's name, not the county
_SEAT_TOWN = re.compile("镇|乡(?!村)|苏木")
#: the stations a town or street keeps for a field of its work (某镇财政所, 某街道司法所, 某镇安监站)
TOWN_STATIONS = ("市场监管所", "劳动保障所", "司法所", "财政所", "财税所", "税务所", "社保所", "安监站", "农技站", "农经站", "林业站", "水利站", "农机站", "城建站")
# the gazetteer code prefix of Taiwan's counties and cities, which govern townships (宜兰县某某乡) as counties do
TAIWAN_CODE = "TW"
# a town named by its government or one of its stations (某某镇人民政府, 某某镇财政所)
#: a Taiwan township's office (某乡公所, 某镇公所, 某市公所)
TOWNSHIP_OFFICE = "公所"
_TOWN_GOVERNMENT = re.compile(f"人民政府|政府|{TOWNSHIP_OFFICE}|党工委|党委|纪委|办事处|" + "|".join(TOWN_STATIONS))
# 与某某街道协调: a town or street after a preposition or a list mark, not the common noun (街道两旁, 镇上)
_TOWN_LEAD = set("与和同在到向经由及、")
# 协调某某街道办事处: a verb of working with a body, before a town's government or office
_WORKS_WITH = re.compile("(?:协调|联系|会同|联合|配合|对接)$")
# a local firm written right after a town's name (某某镇的甲乙鞋业有限公司, 某某镇甲乙制衣厂): it vouches for the town
_FIRM_AFTER_TOWN = re.compile(f"的?[{HAN}()]{{2,14}}?(?:有限公司|有限责任公司|股份有限公司|制衣厂|加工厂)")
# the work an official goes to a town to do (到某某镇调研): the town visited
_WORK_AFTER = re.compile("调研|检查|督导|督查|走访|指导|慰问|察看|查看|开展")
_TOWN_NOT_AFTER = re.compile(f"[{HAN}]?(?:企业|两旁|口|上|边|办|干部)")
# words ending in 镇/街道 that are no town's name
_NOT_TOWN = re.compile(r"^([一二三四五六七八九十两几多某这那每]个|我们|咱们|他们|你们|我|重点|中心|特色|小城|建制|乡|各|全|本|该|所在|周边|附近|沿海|边境|贫困|社区|城市|农村|村|(?:城|集|古|名)$|小城|小乡|小型|大型|大中|大城|大乡|属地|部分|所有|相关|有关|其他|其它|辖区|当地|本地|街道|主要|重要|主干|背街|商业|繁华|城区|市区|县城|偏远|周围|沿街|沿线)")
# a place followed by these words is the name of an outlet or an institution, not the place (某地网信办 is a body)
_OUTLET = re.compile(r"在线|日报|晚报|卫视|电视台|广播|新闻网|网(?!信)")
# ...or, a few characters later, of a site, a channel or a paper (某地文明网, 某地头条, 中国发展网); tried only when one of its last characters is near
_OUTLET_LATER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:门户网站|门户网|文明网|新闻网|发展网|经济网|财经网|产经网|资讯网|融媒|支站|频道|头条|客户端|消费者报|商报|报社|日报|晚报|时报)")
_OUTLET_LAST = frozenset("站网媒道条端报")
# a source that is a government body (来源:某区行政审批局): its place is the body's, not an outlet's
_SOURCE_BODY = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:局|厅|委员会|委|办公室|办|人民政府|政府|管委会)(?![\u4e00-\u9fff])")
# 中国特色社会主义, 中国式现代化: the country's name as an epithet of a doctrine, not the place acting
_CHINESE_STYLE = re.compile("特色|式")
# a local outlet's tag opening a report (某地网消息, 某地日报讯): the place reported from, as a dateline's
NEWS_TAG = re.compile(r"(网|日报|晚报)(消息|讯)")
# a health or venue code named with a place's name (安康码; not a wharf: 某地码头)
_CODE_AFTER = re.compile("码(?!头)")
#: how far into a text a news tag may stand
NEWS_TAG_REACH = 200
# a place name inside a road's name (某江西路, 某山湖北路): the road, not the place
_ROAD = re.compile("路|大道|大街")
# a street, road, square, venue or games named after a place (某地街夜市, 某地路, 某地广场, 某地会展中心, 某地亚运会;
# not 街道, 街头, 路网, 路演)
_STREET = re.compile("街(?!道|头|区|面|巷|镇|坊|乡)|路(?!网|线|径|演|况|子|桥|由|费|程)|大道|广场|大会展|会展中心|体育中心|体育馆|亚运会|运动会|奥运会|冬奥会")
# a district named by a direction alone (东区, 西区): also any area's part, a place only where its city is named
_DIRECTION_DISTRICT = re.compile("^[东西南北中]区$")
# the level words a two-character county name ends with, and the rest of a body they open (县委, 县政府, 县财政局)
_BODY_LEVEL = set("县区市旗")
_BODY_AFTER = re.compile(f"委|人民政府|政府|[{HAN}]{{1,8}}?局")
# a level word's common words (区域, 县城, 市场): a name ending with that level word before them ends there
_LEVEL_WORD = re.compile("区域|区位|区间|区块|县域|县城|市场|市民")
# the rest of a name that opens with 全国 (全国中小企业服务平台, 全国投资项目在线审批监管平台)
_NATIONAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}?(平台|系统|网站|名录|目录|数据库|工程|大会|联盟)")
# ...and of a province's or city's system (某省综合金融服务平台): a place inside a platform's name does not act
# (a platform company, 某市某区国有平台公司, is the place's own firm)
_SYSTEM_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}?(平台(?!公司)|系统|数据库)")
_LEVEL_SUFFIX = ("省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道")
# verbs of working together that open a few county names (会同县)
_COORDINATION = re.compile("会同|联合|协同|配合")
#: how many recent distinct places resolve an ambiguous name
CONTEXT = 40
# characters after which a bare county name may start (also the verbs of settling or going in: 落户, 入驻, 深入)
_START_OK = BREAK | FUNCTION | set("省市区县州到赴至自往同户驻入")
# characters before which a two-character city name may end: those, and a news dispatch (某报某某讯)
_END_OK = _START_OK | set("讯訊")


@lru_cache(maxsize=1)
def default_gazetteer() -> Any:
    """The shipped gazetteer, imported on first use."""
    from kg.gazetteer import Gazetteer

    return Gazetteer.default()


@lru_cache(maxsize=4)
def _automaton(gaz: Any) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    seen: dict[str, list[Any]] = {}
    for surface, place in gaz.surfaces():
        if len(surface) >= 2:
            seen.setdefault(surface, []).append(place)
    for surface in seen:
        auto.add_word(surface, surface)
    auto.make_automaton()
    return auto


def _street_named(text: str, e: int, surface: str) -> bool:
    """A place's bare name opening a street's, road's, square's, venue's or games' (某地街夜市, 某地路, 某地会展中心,
    某地亚运会): that street or event, not the place."""
    return not surface.endswith(("省", "市", "区", "县", "旗", "镇", "乡")) and surface not in ("中国", "全国") and _STREET.match(text, e) is not None


def _straddles_body(text: str, s: int, e: int, surface: str, joined: bool) -> bool:
    """A two-character county name whose first character ends the word before and whose level word opens a
    body (响应县委: 响应 and 县委, not the county 应县)."""
    prev = text[s - 1] if s else "\n"
    return len(surface) == 2 and surface[-1] in _BODY_LEVEL and is_han(prev) and prev not in _START_OK and not joined and _BODY_AFTER.match(text, e) is not None


def _committee_zone(text: str, e: int, surface: str) -> bool:
    """A direction's 区 with a zone's committee (西区管委会) where its district's city is not named: a zone's part."""
    return _DIRECTION_DISTRICT.match(surface) is not None and text.startswith(("管委会", "党工委"), e)


def _straddles_level(text: str, s: int, e: int, surface: str, joined: bool) -> bool:
    """A name cut out of a level word's words: a city after 省内/市外 (省内江河: 内江) or a district opening
    with a level word that ends the word before and closing one with the next (本市中区域: 市中区)."""
    prev = text[s - 1] if s else "\n"
    nxt = text[e] if e < len(text) else "\n"
    inner = prev in _BODY_LEVEL | {"省"} and surface[0] in "内外中" and len(surface) == 2 and is_han(nxt) and nxt not in _END_OK
    opening = surface[0] in _BODY_LEVEL and is_han(prev) and _LEVEL_WORD.match(text, e - 1) is not None
    return not joined and (inner or opening)


def _on_road(text: str, s: int, e: int) -> bool:
    """A name wedged into a road's name (滨江西路, 某山湖北路) or naming an old street (某某老街): the road's, not the place."""
    return text.startswith("老街", e) or _ROAD.match(text, e) is not None and s > 0 and is_han(text[s - 1]) and text[s - 1] not in _START_OK


@lru_cache(maxsize=4)
def _name_runs(gaz: Any) -> re.Pattern[str]:
    """Stretches of two or more of the characters the automaton's names are made of."""
    chars = {c for word in _automaton(gaz).keys() for c in word}
    return re.compile(f"[{re.escape(''.join(sorted(chars)))}]{{2,}}")


def _is_bare_county(surface: str, place: Any) -> bool:
    """A county, or a prefecture named 地区/州/盟, written without its level word (德清, 阿里), or a district
    named by a direction (西区): names that are words too, so they need their ancestors named."""
    if surface.endswith(_LEVEL_SUFFIX):
        return _DIRECTION_DISTRICT.match(surface) is not None
    return place.level == "county" or place.level == "city" and place.full_name.endswith(("地区", "州", "盟"))


def _former_county(text: str, e: int, surface: str, place: Any) -> bool:
    """A district's bare name written with 县 (某某县 for 某某区): the official list knows only the district a
    county became, while documents written before the change name the county."""
    return (
        place.level == "county"
        and place.full_name.endswith("区")
        and len(surface) >= 2
        and not surface.endswith(_LEVEL_SUFFIX)
        and text.startswith("县", e)
        and not text.startswith(("县级", "县域"), e)
    )


# marks that end a clause or a quoted word: a two-character city just before one, after a run of characters,
# ends a word (真金白银, “真金白银”)
_CLAUSE_END = set(",，。、;；!！?？”’」』")
# marks after which a clause (and a subject's name) starts
_CLAUSE_START = set(",，。;；:：!！?？\n“\"")


def _inside_word(text: str, s: int, e: int, before: list[Mention]) -> bool:
    """A two-character name wedged between other characters (真金白银助力) is part of a word."""
    prev = text[s - 1] if s else "\n"
    nxt = text[e] if e < len(text) else "\n"
    joined = bool(before) and before[-1].end == s
    return is_han(prev) and prev not in _START_OK and not joined and (is_han(nxt) and nxt not in _END_OK or nxt in _CLAUSE_END and s >= 2 and is_han(text[s - 2]))


def _unresolved_county(surface: str, candidates: list[Any]) -> bool:
    """Whether an ambiguous name is a county-level name written in full (某某区, 某某县) by every sense."""
    return len(surface) >= 3 and surface.endswith(("区", "县")) and bool(candidates) and all(
        c.level == "county" and c.full_name == surface for c in candidates
    )


def _broadest(candidates: list[Any]) -> Any | None:
    """Without context, an ambiguous name means its largest place (吉林 the province, not the city)."""
    if not candidates:
        return None
    depth = {"country": 0, "province": 1, "city": 2, "county": 3, "zone": 4}
    candidates = sorted(candidates, key=lambda p: depth.get(p.level, 5))
    if len(candidates) > 1 and depth.get(candidates[0].level) == depth.get(candidates[1].level):
        return None
    return candidates[0]


def _mention(s: int, e: int, surface: str, place: Any) -> Mention:
    return Mention(s, e, place.type, place.name, surface, place.code, place.level)


def _chained_outlet(text: str, s: int, e: int, chained: dict[int, int], ends: set[int]) -> bool:
    """Whether the place at ``s``..``e`` is one of two written together as an outlet's name (中国某省网, 某省某市日报)."""
    if e in chained:
        return _OUTLET.match(text, chained[e]) is not None
    return s in ends and _OUTLET.match(text, e) is not None


def _parks_without_area_word(places: list[Mention]) -> list[Mention]:
    """An unlisted park written also without its last 区 (某某工业园 of 某某工业园区, 某某产业园 of 某某产业园区) is that
    park: one zone, named by its fuller form."""
    names = {p.name for p in places if p.type == "Zone"}
    return [replace(p, name=p.name + "区") if p.type == "Zone" and p.name.endswith("园") and p.name + "区" in names else p for p in places]


def _county_in_county(out: list[Mention], s: int, candidates: list[Any]) -> bool:
    """Whether a county-level name written in full comes right after a county it does not lie in (某县新城区): a
    county holds no county, so the name is the county's own area (its new town), no district; ``candidates`` are
    the places of that full name (a bare name, 铁山 of 某区铁山工业园, may still open a park's)."""
    if not out or out[-1].end != s or out[-1].level != "county" or out[-1].type != "Region" or not candidates:
        return False
    return all(c.level == "county" and c.parent != out[-1].code for c in candidates)


def find_places(text: str, gaz: Any | None = None) -> list[Mention]:
    """Place mentions of the text (analysis view), in order, resolved against the gazetteer."""
    gaz = gaz or default_gazetteer()
    # the automaton runs on each stretch of name characters apart, which gives the same matches (no name crosses
    # another character) and skips half the text: each of its failed steps scans all the names' first characters
    auto = _automaton(gaz)
    raw = [(r.start() + e + 1 - len(w), r.start() + e + 1, w) for r in _name_runs(gaz).finditer(text) for e, w in auto.iter_long(r.group())]
    context: dict[Any, None] = {}
    sense: dict[str, Any] = {}
    out: list[Mention] = []
    bare: list[tuple[int, int, str, Any]] = []
    refused: list[tuple[int, int]] = []
    chained = {s: e for s, e, _ in raw}
    chain_ends = set(chained.values())
    for s, e, surface in raw:
        if _chained_outlet(text, s, e, chained, chain_ends):
            # 中国某省网: an outlet named by two places, neither of which the report is about
            continue
        if surface == "全国" and _NATIONAL_NAME.match(text, e) or surface.endswith(("省", "市")) and _SYSTEM_NAME.match(text, e):
            # 全国某某平台, 某省某某服务平台: a system's name, not the place acting
            continue
        tag = s < NEWS_TAG_REACH and surface not in ("中国", "全国") and NEWS_TAG.match(text, e) is not None
        if not tag and (_OUTLET.match(text, e) or _OUTLET_LAST.intersection(text[e : e + 10]) and _OUTLET_LATER.match(text, e, e + 10)) or surface == "中国" and (text[e : e + 1] == "家" or _CHINESE_STYLE.match(text, e)) or text.endswith(("来源:", "来源: "), max(0, s - 4), s) and not _SOURCE_BODY.match(text, e):
            continue
        if text.startswith("肺炎", e) or _CODE_AFTER.match(text, e):
            # 某地肺炎: a disease named after a place, not the place; nor a health code's name (安康码, 某康码)
            continue
        if (_on_road(text, s, e) or _street_named(text, e, surface)) and not (out and out[-1].end == s):
            continue
        joined = bool(out) and out[-1].end == s
        if _straddles_body(text, s, e, surface, joined) or _straddles_level(text, s, e, surface, joined):
            continue
        if _COORDINATION.match(surface) and s and is_han(text[s - 1]):
            # 某局会同县财政局: the verb 会同 before a level word, not the county 会同县
            continue
        if surface[0] in FUNCTION and s and is_han(text[s - 1]) and text[s - 1] not in _START_OK and not (out and out[-1].end == s):
            # 中心和县经开区: a conjunction before 县, not the county 和县
            refused.append((s, e))
            continue
        if _county_in_county(out, s, [c for c in gaz.lookup(surface) if c.name == surface]):
            continue
        place = sense.get(surface)
        if place is None:
            candidates = gaz.lookup(surface)
            if len(candidates) == 1:
                place = candidates[0]
            else:
                place = gaz.resolve(surface, context=tuple(list(context)[-CONTEXT:])) or _broadest(candidates)
            # one sense per document: a name resolved once keeps its place
            if place is not None:
                sense[surface] = place
            elif _unresolved_county(surface, candidates):
                # 龙华区 with nothing yet to tell Shenzhen's from Haikou's: a district all the same, of no code
                out.append(Mention(s, e, "Region", surface, surface, None, "county"))
        if place is None:
            continue
        if _former_county(text, e, surface, place):
            # 某某县 for the district the county has since become (某某区): the county as the document names it
            context.pop(place, None)
            context[place] = None
            out.append(Mention(s, e + 1, "Region", surface + "县", surface + "县", place.code, "county"))
            continue
        if _is_bare_county(surface, place):
            bare.append((s, e, surface, place))
            continue
        if place.level == "city" and len(surface) == 2 and _inside_word(text, s, e, out):
            m = _mention(s, e, surface, place)
            out.append(Mention(m.start, m.end, m.type, m.name, m.surface, m.code, m.level, weak=True))
            continue
        context.pop(place, None)
        context[place] = None
        out.append(_mention(s, e, surface, place))
    codes = {m.code for m in out if m.code and not m.weak}
    ends = {m.end: m.code for m in out if not m.weak and m.level in ("province", "city")}
    own = _own_county(text, out, bare, gaz)
    zone_ends = {m.end for m in out if m.type == "Zone"}
    # (某科技园区某某园: a district's bare name between a zone and 园 names the zone's park there)
    accepted = {surface for s, e, surface, place in bare
                if (_bare_ok(text, s, e, place, gaz, codes | own, ends) or s in zone_ends and _is_park(text, e)) and not _SEAT_TOWN.match(text, e)}
    for s, e, surface, place in bare:
        if surface in accepted and (len(surface) >= 3 or _bare_ok(text, s, e, place, gaz, codes | own, ends) or s in zone_ends and _is_park(text, e)) and not _SEAT_TOWN.match(text, e):
            # a name of three characters or more accepted once is the place wherever else it stands (推进某某与…)
            out.append(_mention(s, e, surface, place))
        elif _committee_zone(text, e, surface):
            out.append(Mention(s, e, "Zone", surface, surface, None, "zone"))
        else:
            refused.append((s, e))
    for s, e in refused:
        # 位于田阳经济开发区: a name refused (于田) may hide one starting inside it
        for e2, other in _automaton(gaz).iter_long(text[s + 1 : e + 8]):
            s2, e2 = s + 2 + e2 - len(other), s + 2 + e2
            found = gaz.lookup(other)
            if s2 < e and len(found) == 1 and not _on_road(text, s2, e2) and (not _is_bare_county(other, found[0]) or _bare_ok(text, s2, e2, found[0], gaz, codes, ends, inside=True)):
                out.append(_mention(s2, e2, other, found[0]))
            break
    out.sort(key=lambda m: m.start)
    out = _unqualified_zones(_short_zones(text, _again(text, _direction_zones(text, _district_zones(text, _zones(text, out), gaz)))))
    out = _town_parks(text, _one_more_character(_towns_again(text, _bare_towns(text, _towns(text, out)))))
    out = _home_zone(text, _bare_zone(text, _branch_parks(text, _declared(text, _qualified(text, _fused(text, _stem_zones(text, out, gaz), gaz))))), gaz)
    out = _parks_without_area_word(out)
    return out if any(m.level != "country" and not m.weak for m in out) else _numbered_place(text, gaz) + _secretariat_place(text, gaz) + _byline_city(text, gaz) + out


# the bodies a zone keeps, after which a listed zone's bare name stands for the zone (某某管委会, 某某企业服务中心)
_STEM_BODY = re.compile("管委会|党工委|管理委员会|企业服务中心")
# the prepositions a zone's bare name may follow (记者从某某管委会获悉; not 面向未来…)
_STEM_LEAD = set("从由在与和经")
# a zone's name ending in its kind (某某经开区, 某某国家级经济技术开发区): the bare name is what comes before
_KIND_END = re.compile(f"(?:国家级)?(?:经济技术|经济|高新技术)?(?:{_ZONE.pattern})$")


@lru_cache(maxsize=4)
def _zone_stems(gaz: Any) -> dict[str, Any]:
    """Each listed zone's bare name (东侨 of 东侨经开区) that names one zone only and no other place (仙桃 of 仙桃高新区
    is the city's)."""
    found: dict[str, list[Any]] = {}
    for p in gaz.places:
        m = _KIND_END.search(p.name) if p.type == "Zone" else None
        stem = p.name[: m.start()] if m else ""
        if len(stem) >= 2 and all(is_han(c) for c in stem) and not any(gaz.lookup(stem + word) for word in ("", "市", "县", "区", "旗")):
            found.setdefault(stem, []).append(p)
    return {stem: ps[0] for stem, ps in found.items() if len(ps) == 1}


def _stem_zones(text: str, places: list[Mention], gaz: Any) -> list[Mention]:
    """A listed zone written by its bare name before one of its bodies (宾西企业服务中心, opening a name): the zone."""
    stems = _zone_stems(gaz)
    taken = SpanIndex([(p.start, p.end) for p in places])
    added = []
    for body in _STEM_BODY.finditer(text):
        for s in range(max(0, body.start() - 6), body.start() - 1):
            place = stems.get(text[s : body.start()])
            if place is not None and not taken.overlaps(s, body.start()) and (not s or not is_han(text[s - 1]) or text[s - 1] in _STEM_LEAD):
                added.append(_mention(s, body.start(), text[s : body.start()], place))
                break
    return sorted(places + added, key=lambda m: m.start) if added else places


def outlet_city(text: str, places: list[Mention], gaz: Any | None = None) -> Mention | None:
    """The city an outlet's name opens (某某新闻网, 某某日报) in a text that names no city of its own: a local
    paper writes its city's bodies without it (市人社局), so that city is their home.  One city only, and
    none where the text names a place below a province (a district's report keeps 市防控指挥办 as written)."""
    if any(p.level not in ("country", "province") and not p.weak for p in places):
        return None
    gaz = gaz or default_gazetteer()
    auto = _automaton(gaz)
    found: dict[str, Mention] = {}
    for r in _name_runs(gaz).finditer(text):
        for e, w in auto.iter_long(r.group()):
            s, e = r.start() + e + 1 - len(w), r.start() + e + 1
            cities = [p for p in gaz.lookup(w) if p.level == "city"]
            if len(cities) == 1 and (_OUTLET.match(text, e) or _OUTLET_LATER.match(text, e, e + 10)):
                found.setdefault(cities[0].code, _mention(s, e, w, cities[0]))
    return next(iter(found.values())) if len(found) == 1 else None


# the official one-character short names of provinces (行政区划简称) that open no city's name and so no
# city's file numbers (苏 and 宁 also open 苏州's and 南京's): 京政发 is 北京's
_PROVINCE_SHORT = {
    "京": "110000", "津": "120000", "冀": "130000", "蒙": "150000", "沪": "310000", "浙": "330000", "皖": "340000",
    "闽": "350000", "鲁": "370000", "豫": "410000", "粤": "440000", "琼": "460000", "渝": "500000", "川": "510000",
    "滇": "530000", "藏": "540000", "陕": "610000",
}
# a file number standing on its own line at the top of a notice (京国资发〔2022〕5号)
_OWN_NUMBER = re.compile(rf"^\s*([{HAN}])[{HAN}]{{1,7}}[〔\[(]\s*(?:19|20)\d\d\s*[〕\])]\s*\d{{1,4}}\s*号\s*$", re.M)
#: how far into a document its own file number may stand
NUMBER_REACH = 200


def _numbered_place(text: str, gaz: Any) -> list[Mention]:
    """The province a notice that names no place issues from, by the short name opening its file number:
    its 本市 and 市政府 are that province's."""
    m = _OWN_NUMBER.search(text, 0, NUMBER_REACH)
    code = _PROVINCE_SHORT.get(m.group(1)) if m else None
    place = gaz.get(code) if code else None
    return [_mention(m.start(1), m.end(1), m.group(1), place)] if place is not None else []


#: the secretariats of one special administrative region only (Hong Kong's three, Macao's five), and departments
#: only Hong Kong's government has (地政总署, 工业贸易署), by the region's code
SECRETARIATS = {
    "政务司": "810000", "财政司": "810000", "律政司": "810000",
    "行政法务司": "820000", "经济财政司": "820000", "保安司": "820000", "社会文化司": "820000", "运输工务司": "820000",
    "地政总署": "810000", "工业贸易署": "810000", "屋宇署": "810000", "食物环境卫生署": "810000", "渔农自然护理署": "810000",
    # (and Hong Kong's policy bureaus that join two fields, with their usual short names: 商经局 approves its schemes)
    "商务及经济发展局": "810000", "商经局": "810000", "创新及科技局": "810000", "创科局": "810000", "创新科技署": "810000",
    "劳工及福利局": "810000", "劳福局": "810000", "食物及卫生局": "810000", "食卫局": "810000", "民政事务总署": "810000",
}
SECRETARIAT = re.compile("|".join(sorted(SECRETARIATS, key=len, reverse=True)))


# Hong Kong's own word for its people and firms
_HONG_KONG_PEOPLE = "港人港企"
HONG_KONG = "810000"


# a Taiwan paper's byline: 记者某某/某地报导, the place it covers by its bare name (台南 of 台南市)
_BYLINE_CITY = re.compile(r"记者[\u4e00-\u9fff]{2,4}\s*/\s*([\u4e00-\u9fff]{2,3})(?:报导|报道)")
#: how far into a text the byline stands
BYLINE_REACH = 300


def _byline_city(text: str, gaz: Any) -> list[Mention]:
    """The Taiwan county or city a text naming no place covers, by its reporter's byline (记者某某/台南报导): its 本市
    and 经发局 are that city's."""
    m = _BYLINE_CITY.search(text, 0, BYLINE_REACH)
    if m is None:
        return []
    found = [p for word in "市县" for p in gaz.lookup(m.group(1) + word) if p.code.startswith(TAIWAN_CODE)]
    return [_mention(m.start(1), m.end(1), m.group(1), found[0])] if len(found) == 1 else []


def _secretariat_place(text: str, gaz: Any) -> list[Mention]:
    """The special administrative region whose secretariat or own department a text naming no place writes
    (财政司司长表示…, 地政总署辖下…), or whose own words (港人港企) it uses: its 特区政府 and 立法会 are that region's."""
    m = SECRETARIAT.search(text)
    place = gaz.get(SECRETARIATS[m.group(0)]) if m else None
    if place is None and (k := text.find(_HONG_KONG_PEOPLE)) >= 0:
        return [_mention(k, k + len(_HONG_KONG_PEOPLE), "香港", gaz.get(HONG_KONG))]
    return [_mention(m.start(), m.end(), place.name, place)] if m is not None and place is not None else []


def _bare_ok(text: str, s: int, e: int, place: Any, gaz: Any, codes: set[str], ends: dict[int, str], inside: bool = False) -> bool:
    """A bare county name is a place where a name can start and the document names its county or an
    ancestor, or where a zone word follows it (某某经济开发区, 某市某某高新区: the zone word vouches for it),
    or right after its own province or city (某省某某:)."""
    before = text[s - 1] if s else "\n"
    family = {a.code for a in gaz.ancestors(place) if a.level != "country"} | {place.code}
    zoned = _ZONE_AFTER.match(text, _qualifier_end(text, e)) is not None or _named_town(text, e)
    # a name of three characters or more before its zone word (推进二连浩特国家重点开发开放试验区) is rarely a word's part
    # (走访了某某甲乙有限公司: a firm's name, opening with its county, starts after a verb's aspect)
    starts = before in _START_OK or not is_han(before) or zoned and (s in ends or inside or e - s >= 3) or ends.get(s) in family or before == "了" and _FIRM_OPENING.match(text, e) is not None
    return starts and (bool(codes & family) or zoned)


# a county's bodies written by its level word alone (县人社局, 区委, 县政府), not after another name
_LEVEL_BODIES = {w: re.compile(f"(?<![{HAN}]){w}(?:委|人民政府|政府|[{HAN}]{{1,8}}?局)") for w in "县区旗"}
# the rest of a firm's name after the place opening it (某某欧米亚化工有限公司)
_FIRM_OPENING = re.compile(f"[{HAN}]{{2,14}}?(?:有限公司|有限责任公司|股份公司|集团)")
#: how many such bodies make a text a county's own report
LEVEL_BODIES_MIN = 2


def _own_county(text: str, places: list[Mention], bare: list[tuple[int, int, str, Any]], gaz: Any) -> set[str]:
    """The code of the county a county's report names bare in its opening lines (某某: … 县人社局、县财政局), or
    else only opening its firms' legal names, with no ancestor written: its name must be one place only, the text
    must name no other county, and its bodies must be written by that county's level word."""
    if any(m.level == "county" and not m.weak for m in places):
        return set()
    lines = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*", text[:NEWS_TAG_REACH])]
    head_end = lines[min(1, len(lines) - 1)] if lines else 0
    opening = {place.code: place for s, _, surface, place in bare if s < head_end and len(gaz.lookup(surface)) == 1}
    if not opening:
        # a report naming its county nowhere but at the start of a local firm's name (某某甲乙化工有限公司)
        opening = {place.code: place for _, e, surface, place in bare if _FIRM_OPENING.match(text, e) and len(gaz.lookup(surface)) == 1}
    if len(opening) != 1:
        return set()
    place = next(iter(opening.values()))
    bodies = _LEVEL_BODIES.get(place.full_name[-1:])
    return {place.code} if bodies is not None and len(bodies.findall(text)) >= LEVEL_BODIES_MIN else set()


def _named_town(text: str, e: int) -> bool:
    """A town's or street's own name written right after (怀集某某镇, 某某某某街道): it vouches for the county before it."""
    t = _TOWN.match(text, e)
    return t is not None and t.group(2) != "乡" and _town_prefix(t.group(1)) and occurrences(text).count(t.group(0)) >= 2


def _qualifier_end(text: str, e: int) -> int:
    """Where a bracketed host (某县(某镇)经开区) written right after a place ends; ``e`` when there is none."""
    q = _QUALIFIER.match(text, e)
    return q.end() if q and _ZONE_AFTER.match(text, q.end()) else e


def _fused(text: str, places: list[Mention], gaz: Any) -> list[Mention]:
    """A city or province written right before a zone inside it (上海临港新片区) is part of the zone's name."""
    out: list[Mention] = []
    for m in places:
        prev = out[-1] if out else None
        if prev is not None and m.type == "Zone" and (
            prev.end == m.start and prev.level in ("city", "province") and not m.name.startswith(prev.name) and prev.code in _zone_ancestors(gaz, m)
            and not (prev.level == "province" and _city_named(gaz, m))
            # 某自贸试验区某某片区: the free-trade zone written before (or sharing its zone word with) one of its areas
            or prev.type == "Zone" and prev.start < m.start <= prev.end < m.end and _kind(gaz, prev) == "ftz" and _kind(gaz, m) == "ftz-area"
        ):
            out[-1] = Mention(prev.start, m.end, "Zone", m.name, m.surface, m.code, m.level, m.place)
            continue
        out.append(m)
    return out


def _city_named(gaz: Any, zone: Mention) -> bool:
    """Whether a zone's name opens with its own city's (桂林高新区): a province written before it (广西桂林高新区)
    is a place of its own, not part of the name."""
    found = gaz.get(zone.code) if zone.code else next(iter(p for p in gaz.lookup(zone.name) if p.type == "Zone"), None)
    return found is not None and any(a.level == "city" and zone.name.startswith(a.name) for a in gaz.ancestors(found))


def _kind(gaz: Any, zone: Mention) -> str | None:
    found = next(iter(p for p in gaz.lookup(zone.name) if p.type == "Zone"), None)
    return found.kind if found is not None else None


def _zone_ancestors(gaz: Any, zone: Mention) -> set[str]:
    found = gaz.get(zone.code) if zone.code else next(iter(p for p in gaz.lookup(zone.name) if p.type == "Zone"), None)
    return {a.code for a in gaz.ancestors(found)} if found is not None else set()


# 某某片区(下称“某片区”): a short name declared for the zone just named, also unquoted up to the bracket closing it
# (某某片区(以下简称某自贸区))
_DECLARED = re.compile(r"\s?[(]?(?:以下|下文)?(?:简称|下称)(?:[“\"「]([^”\"」]{2,12})[”\"」]|([\u4e00-\u9fff]{2,12})(?=\)))")


def _declared(text: str, places: list[Mention]) -> list[Mention]:
    """Mentions of a zone's declared short name are that zone (one entity, the short name an alias)."""
    short: dict[str, Mention] = {}
    for m in places:
        if m.type == "Zone":
            d = _DECLARED.match(text, m.end)
            if d and (d.group(1) or d.group(2)) != m.name:
                short.setdefault(d.group(1) or d.group(2), m)
    if not short:
        return places
    out = []
    for m in places:
        full = short.get(m.surface)
        out.append(replace(m, name=full.name, code=full.code, level=full.level) if full is not None and m.type == "Zone" else m)
    return out


def _branch_parks(text: str, places: list[Mention]) -> list[Mention]:
    """A zone's park named after its district (某科技园区某某园): one zone, and the district's name with
    园 written alone elsewhere (某某园多措并举) is that park, not the district."""
    parks: dict[str, str] = {}
    for z, r in zip(places, places[1:]):
        if z.type == "Zone" and r.type == "Region" and r.level == "county" and z.end == r.start and _is_park(text, r.end):
            written = text[z.start : z.end]
            parks.setdefault(r.surface, (z.name if written.endswith(z.name) else written) + r.surface + "园")
    if not parks:
        return places
    out: list[Mention] = []
    for m in places:
        full = parks.get(m.surface) if m.type == "Region" and _is_park(text, m.end) else None
        if full is None:
            out.append(m)
            continue
        if out and out[-1].type == "Zone" and out[-1].end == m.start:
            out[-1] = Mention(out[-1].start, m.end + 1, "Zone", full, full, None, "zone")
        else:
            out.append(Mention(m.start, m.end + 1, "Zone", full, text[m.start : m.end + 1], None, "zone"))
    return out


# the zone words a document about one zone writes alone for it (高新区管委会, 经开区经信局, 综保区, and a county's
# or city's zone named by its level word: 县经济开发区, 县产业集聚区, 市经开区)
_BARE_ZONE = gated("[县市]?(?:高新技术产业开发区|经济技术开发区|综合保税区|产业集聚区|经济开发区|高新区|经开区|开发区|综保区)")


# a body of the zone written right after its bare zone word (经开区经信商务局)
_BARE_ZONE_BODY = re.compile(r"[\u4e00-\u9fff]{0,6}?(局|管委会|党工委|管理委员会)")


# 各开发区, 全省开发区, 各县区、开发区: the document speaks of many zones
_EVERY = set("各全省市县级家、")
_PREPOSITION = set("在对向为与和及从由给让将把被")


def is_bare_zone_word(name: str) -> bool:
    """Whether ``name`` is a zone word with no place (高新区, 县经开区): a zone's kind, not its name."""
    return _BARE_ZONE.fullmatch(name) is not None


def _bare_zone(text: str, places: list[Mention]) -> list[Mention]:
    """A document naming no zone that opens clauses with a bare zone word (高新区…, 经开区经信局…) is about
    that zone: each such word is the zone, named as written."""
    if any(p.type == "Zone" for p in places):
        return places
    taken = SpanIndex([(p.start, p.end) for p in places])
    found = [m for m in _BARE_ZONE.finditer(text) if not taken.overlaps(*m.span()) and not text.startswith("区", m.end())]
    opening = [m for m in found if m.start() == 0 or not is_han(text[m.start() - 1]) or text[m.start() - 1] in _PREPOSITION or text[m.start() - 1] in _AT]
    words = {m.group(0).lstrip("县市") for m in opening}
    leads = {m.group(0)[0] for m in opening if m.group(0)[0] in "县市"}
    if len(words) != 1 or len(leads) > 1:
        return places
    # the county's zone named by its level word (赴县产业集聚区察看) is one zone even when written once, and so is
    # its zone word written alone beside it (县政府办、产业集聚区干部); likewise a city's (市经开区)
    lead = leads.pop() if leads else ""
    word = lead + words.pop()
    same = [m for m in found if m.group(0) == word or lead and lead + m.group(0) == word]
    if any(m.start() and text[m.start() - 1] in _EVERY for m in found if not (lead and m in same)):
        return places
    # (one such word is enough where it opens the title of a page naming no city or county: a page about that zone)
    first = len(text) - len(text.lstrip()) if not any(p.level in ("city", "county") and not p.weak for p in places) else -1
    if len(opening) < 2 and not lead and not any(_BARE_ZONE_BODY.match(text, m.end()) or m.start() == first for m in opening):
        return places
    zones = [Mention(m.start(), m.end(), "Zone", word, m.group(0), None, "zone") for m in same]
    return sorted(places + zones, key=lambda p: p.start)


def _home_zone(text: str, places: list[Mention], gaz: Any) -> list[Mention]:
    """A bare zone word opening a clause (，经开区某某企业…) in a report that names no zone is the zone of that word
    the gazetteer lists for the report's cities and counties (拉萨 + 经开区), when it lists one only: the report's own zone;
    so is such a word already taken as a zone of no place (高新区管委会…)."""
    placeless = [p for p in places if p.type == "Zone" and p.code is None and is_bare_zone_word(p.name)]
    bare = set(placeless)  # (looked up once per place: a scan of the list per place grows with the square)
    if any(p.type == "Zone" for p in places if p not in bare):
        return places
    homes = {(p.name, p.surface) for p in places if p.type == "Region" and p.level in ("city", "county") and not p.weak}
    taken = SpanIndex([(p.start, p.end) for p in places if p not in bare])
    added = []
    for m in _BARE_ZONE.finditer(text):
        before = text[m.start() - 1] if m.start() else "\n"
        if taken.overlaps(*m.span()) or text.startswith("区", m.end()) or is_han(before) and before not in _PREPOSITION:
            continue
        if "各" in text[max(text.rfind(c, 0, m.start()) for c in ",，。;；:：\n") + 1 : m.start()]:
            # 各县(市)区、开发区: every zone of the kind, not the report's own
            continue
        zones = {z.name: (z, home[0]) for home in homes for form in home for z in gaz.lookup(form + m.group(0)) if z.type == "Zone"}
        if len(zones) == 1:
            # (the home carried as the zone's host: its bodies are named in full, 某市高新区管委会)
            ((zone, home),) = zones.values()
            added.append(Mention(m.start(), m.end(), "Zone", zone.name, m.group(0), zone.code, zone.level, home))
        elif not zones and (county := _sole_county(places)) is not None and m.group(0)[0] not in "县市":
            # a county's report with an unlisted zone by its bare word (开发区管委会…): the county's zone, named with it
            # (written as the name it stands for, as a zone implied by a level word is, so that it is named in full)
            added.append(Mention(m.start(), m.end(), "Zone", county.surface + m.group(0), county.surface + m.group(0), None, "zone", county.name))
    if not added:
        return places
    # the same word taken as a zone of no place elsewhere is that zone too
    by_word = {text[a.start : a.end]: a for a in added}
    spans = {(a.start, a.end) for a in added}
    again = [replace(p, name=by_word[p.surface].name, code=by_word[p.surface].code) for p in placeless if p.surface in by_word and (p.start, p.end) not in spans]
    return sorted([p for p in places if p not in bare or p.surface not in by_word] + added + again, key=lambda p: p.start)


def _sole_county(places: list[Mention]) -> Mention | None:
    """The one county (written with its level word) a report names, when it names no city or other county."""
    homes = [p for p in places if p.type == "Region" and p.level in ("city", "county") and not p.weak]
    names = {p.name for p in homes}
    if len(names) != 1 or homes[0].level != "county":
        return None
    return next((p for p in homes if p.surface.endswith("县")), None)


def _is_park(text: str, e: int) -> bool:
    """园 right after a place, not opening 园区 (which the zone patterns read)."""
    return text.startswith("园", e) and not text.startswith("园区", e)


_QUALIFIER = re.compile(r"\([\u4e00-\u9fff]{1,8}\)")


def _qualified(text: str, places: list[Mention]) -> list[Mention]:
    """A zone written with its host district in brackets (杭州高新区(滨江)) is one mention."""
    out: list[Mention] = []
    skip_until = -1
    hosts: dict[str, Mention] = {}
    for m in places:
        if m.start < skip_until:
            continue
        q = _QUALIFIER.match(text, m.end) if m.type == "Zone" else None
        if q:
            # the host is no part of the zone's name: the surface stays the zone's own
            host = text[q.start() + 1 : q.end() - 1]
            if host.endswith(("区", "县", "市")):
                hosts.setdefault(host, m)
            m = Mention(m.start, q.end(), m.type, m.name, m.surface, m.code, m.level, m.place)
            skip_until = q.end()
        out.append(m)
    if not hosts:
        return out
    # 某经开区(某某区): the district is the zone, wherever else the text writes it
    return [
        Mention(m.start, m.end, "Zone", hosts[m.surface].name, m.surface, hosts[m.surface].code, hosts[m.surface].level, hosts[m.surface].place)
        if m.type == "Region" and m.surface in hosts
        else m
        for m in out
    ]


def _zones(text: str, known: list[Mention]) -> list[Mention]:
    """Add zones the gazetteer does not list: ``<place>XX高新区``, or a short name where a name can start."""
    added: list[Mention] = []
    taken = SpanIndex([(x.start, x.end) for x in known])
    by_end: dict[int, list[Mention]] = {}
    for x in known:
        by_end.setdefault(x.end, []).append(x)
    starts = [x.start for x in known]
    zone_starts = {x.start for x in known if x.type == "Zone"}
    zones_by_end = _ByEnd([x for x in known if x.type == "Zone"], added)
    only_hosts: dict[tuple[str, str], Mention | None] = {}
    forms = written_forms(known)
    listed: set[int] = set()
    for m in _ZONE.finditer(text):
        ss, e = m.span()
        if taken.overlaps(ss, e) or added and added[-1].end > ss:
            continue
        shared = _shared_suffix(text, ss, e, by_end)
        if shared:
            listed.update(id(p) for p in shared)
            added += [Mention(p.start, p.end, "Zone", p.surface + m.group(0), p.surface + m.group(0), None, "zone", p.name) for p in shared]
            continue
        field_park = _field_park(text, ss, e, taken)
        if field_park is not None:
            # the places inside its name (甲乙某省电子商务产业园) are no places of their own there
            listed.update(id(x) for x in known if field_park.start <= x.start and x.end <= field_park.end)
            added.append(field_park)
            continue
        host = _hosted(text, ss, by_end)
        if host is not None:
            # 某县(某镇)经开区: the zone of the place written before its bracketed host
            listed.add(id(host))
            added.append(Mention(host.start, e, "Zone", text[host.start : e], text[host.start : e], None, "zone"))
            continue
        k = ss
        while k > max(0, ss - 6) and is_han(text[k - 1]) and (text[k - 1] not in FUNCTION or _ZONE_MODIFIER.match(text, k - 1) or _one_before_and(text, k - 1, by_end)):
            k -= 1
        body = _BODY_BEFORE_ZONE.search(text, k, ss)
        if body and (PREDICATE.match(text[body.end() : ss]) or _PEOPLE_GOING.search(text, body.end(), ss)):
            # 某局根据经开区…: a verb or preposition after a body opens the zone word's clause, no name before it
            # (某局工作人员到经开区…: the body's people going there, no branch's name)
            k, body = ss, None
        owner = body and next((x for x in reversed(known) if x.type == "Region" and x.end <= body.start() and body.start() - x.end <= BODY_NAME_MAX), None)
        if owner:
            # 某市税务局高新区分局, 某市某局某某经济开发区分局: the zone a place's body keeps a branch in, after the body's name
            # (某局干部到某某高新区, 某局走访某某工业集中区: the body's people go there, the zone's name starts after the verb)
            going = _GOING_IN.search(text, body.end(), ss)
            added.append(_body_branch_zone(text, owner, going.end() if going else body.end(), e))
            continue
        anchors = [x for end in range(k, ss + 1) for x in by_end.get(end, ()) if x.start >= k - 6]
        if any(not x.weak for x in anchors):
            # a city wedged inside the name after a place's (白山 of 某县太白山) anchors no zone
            anchors = [x for x in anchors if not x.weak]
        if anchors:
            anchor = max(anchors, key=lambda x: (x.end, -x.start))
            between = text[anchor.end : ss]
            if anchor.level == "zone" and not between and _PARK.fullmatch(m.group(0)) and anchor.end not in zone_starts:
                # 某某园区软件园: a park of the zone, named after it
                added.append(Mention(anchor.start, e, "Zone", text[anchor.start : e], text[anchor.start : e], None, "zone", anchor.name))
                listed.add(id(anchor))
                continue
            if _VISIT.search(between) and (visited := _visited_zone(text, k, ss, e)) is not None:
                # 某某考察某某工业园: the place opens a name that a verb ends; the park is named after the verb
                added.append(visited)
                continue
            if anchor.level == "zone" and not between or PREDICATE.match(between) and not _ZONE_MODIFIER.match(between) or re.search("大学|学院|医院|公司|至", between) or _DETERMINER.match(between) or _HELP_VERB.search(between):
                continue  # (某县甲地至县城新区: a route's ends, no zone's name; 某县多举措助力园区企业: a headline's verb)
            if anchor.type == "Zone" and between and m.group(0) in _SUB_PARK:
                # 某高新区某某园区: a park of the zone, a zone of its own beside the zone that holds it
                name = text[anchor.start : e] if text.endswith(anchor.name, anchor.start, anchor.end) else anchor.name + text[anchor.end : e]
                added.append(Mention(anchor.end, e, "Zone", name, name, None, "zone", anchor.name))
                continue
            # 某省某某新区 is the zone in the province; 山西某某示范区 is the zone's own name
            start = anchor.end if anchor.level == "province" and between and anchor.surface.endswith(("省", "自治区")) else anchor.start
            outer = next((x for x in by_end.get(start, ()) if x.type == "Zone"), None) if m.group(0) in ("片区", "新片区") else None
            if outer is not None:
                # 某自贸试验区某某片区: an area of the zone, named with it; 某自贸试验区某某新片区: a new area of its own name
                listed.add(id(outer))
                if m.group(0) == "片区":
                    start, anchor = outer.start, outer
            city = next((x for x in by_end.get(start, ()) if x.level in ("city", "province") and x.type == "Region"), None)
            national = (kind := _NATIONAL_KIND.match(text, anchor.end)) is not None and kind.end() <= e
            if city is not None and anchor.level in ("city", "county") and ("国家" not in text[start:e] or national) and not (city.surface.endswith(("省", "自治区")) and anchor.level == "county"):
                # (某省某县产业集聚区: the county's zone, the province written with its level word no part of its name)
                # 宁波某某湾新区, 天津某某新片区: the city written before the zone's own name is part of the mention
                listed.update((id(city), id(anchor)))
                name = text[start:e]
                added.append(Mention(city.start, e, "Zone", name, text[city.start : e], None, "zone"))
                continue
        else:
            implied = (
                _implied_zone(text, ss, e, known, starts, only_hosts, forms, added) or _governed_zone(text, k, ss, e) or _acting_zone(text, k, ss, e) or _listed_zone(text, k, ss, e, zones_by_end)
                or _listed_park(text, k, ss, e, zones_by_end)
                or _repeated_zone(text, _name_start(text, k, ss), ss, e) or _visited_zone(text, k, ss, e) or _park_with_firms(text, k, ss, e)
                or _zone_before_firm(text, k, ss, e)
                or _listed_parks(text, ss, e, taken)
            )
            if implied is not None:
                added.append(implied)
            continue
        if ("国家" in text[start:e] or text[anchor.end : ss].startswith("家")) and not national:
            continue
        surface = text[start:e]
        if start == anchor.start:
            listed.add(id(anchor))  # the place opening the zone's name is no place of its own there
        # a county's zone, or a city's park (宁波某某科技园), is named after its host: its own name is the rest
        # (and a city written with its level word, 某市某某经济开发区, hosts a zone of a name of its own)
        hosted = anchor.level == "county" or anchor.level == "city" and (m.group(0) in _SUB_PARK or anchor.surface.endswith("市"))
        added.append(Mention(start, e, "Zone", surface, surface, None, "zone", anchor.name if start == anchor.start and hosted else None))
    return sorted([x for x in known if id(x) not in listed] + added, key=lambda x: x.start)


# a verb of going or visiting between a body and a zone word (某局干部到…, 某局走访…): no branch's name spans it
_GOING_IN = re.compile("(?:来到|前往|深入|走进|走访|考察|调研|视察|莅临|到|赴|去)(?!.*(?:来到|前往|深入|走进|走访|考察|调研|视察|莅临|到|赴|去))")
# a body's or bank's name ending right before a zone's (某市规划局|某某经济开发区分局, 某市农行|开发区支行), and how long the body's own
# words after its place may be
_BODY_BEFORE_ZONE = re.compile(f"(?:局|厅|署|委员会|办公室|政府|银行|农商行|{BANK_SHORT})(?=[^局厅署委办行]*$)")
BODY_NAME_MAX = 12
# a body's people or a verb of going between a body and a zone word (某局工作人员到经开区, 某局干部深入园区)
_PEOPLE_GOING = re.compile("人员|干部|同志|负责人|领导|专班|到|赴|前往|深入|走进|来到|进驻|下沉")


def _body_branch_zone(text: str, place: Mention, s: int, e: int) -> Mention:
    """The zone written after a place's body (某市税务局|高新区分局, 某市某局|某某经济开发区分局): a bare zone word is
    that place's zone (某市高新区), a zone's own name the zone as written, in that place."""
    word = text[s:e]
    if is_bare_zone_word(word):
        name = place.name + word
        return Mention(s, e, "Zone", name, word, None, "zone", place.name)
    return Mention(s, e, "Zone", word, word, None, "zone", place.name)


def _one_before_and(text: str, i: int, by_end: dict[int, list[Mention]]) -> bool:
    """Whether the 和 at ``i`` follows a single character right after a place (某市阳和工业新区): inside the zone's
    name, no conjunction (a conjunction joins two places: 某市和某县)."""
    return text[i] == "和" and i >= 2 and is_han(text[i - 1]) and any(x.type == "Region" for x in by_end.get(i - 1, ()))


def _hosted(text: str, ss: int, by_end: dict[int, list[Mention]]) -> Mention | None:
    """The place written right before a bracketed host that ends just before a zone word (长丰(双凤)经开区; the
    country before its city's, 中国(某市)跨境电子商务综合试验区, as the State Council names its pilot zones)."""
    if not ss or text[ss - 1] != ")":
        return None
    qs = text.rfind("(", max(0, ss - 10), ss)
    if qs < 1 or not _QUALIFIER.fullmatch(text, qs, ss):
        return None
    return next((x for x in by_end.get(qs, ()) if x.type == "Region" and x.level in ("city", "county", "country")), None)


# the words of parks that lie inside a zone and are named after it (某园区软件园)
_PARK = re.compile("软件园|产业园|科技园|科学城|科技城|产业基地")
# 甲、乙等高新区, 甲和乙两个开发区: the places of a list share the zone word after it
_LIST_COUNT = re.compile(r"(?:等|等?(?:\d{1,2}|[两二三四五六七八九十])个)$")


def _shared_suffix(text: str, ss: int, e: int, by_end: dict[int, list[Mention]]) -> list[Mention]:
    """The places of a list that ends just before a zone word (甲、乙等高新区), two or more."""
    count = _LIST_COUNT.search(text, max(0, ss - 4), ss)
    if count is None:
        return []
    items: list[Mention] = []
    end = count.start()
    while True:
        found = [x for x in by_end.get(end, ()) if x.type == "Region" and x.level in ("city", "county", "province")]
        if not found:
            break
        p = min(found, key=lambda x: x.start)
        items.append(p)
        if p.start < 1 or text[p.start - 1] not in "、和及与":
            break
        end = p.start - 1
    return items[::-1] if len(items) >= 2 else []


# the bodies that govern a zone, written right after its name
_ZONE_GOVERNMENT = re.compile("管委会|党工委|管理委员会")


def _governed_zone(text: str, k: int, ss: int, e: int) -> Mention | None:
    """A zone no place names, written with its management committee (某某示范区管委会) at a clause's start."""
    if not _ZONE_GOVERNMENT.match(text, e) or not (2 <= ss - k <= 6 or ss - k == 1 and e - ss >= 2) or k and text[k - 1] not in BREAK:
        # one character may name a zone before a zone word of two or more (某港区管委会)
        return None
    name = text[k:e]
    if PREDICATE.match(name) or any(c in FUNCTION for c in name) or _ZONE_IN_SCOPE.match(name) or LEARNT.match(name):
        return None
    return Mention(k, e, "Zone", name, name, None, "zone")


#: 当得知开发区管委会…: the words by which a clause says what was learnt, before a bare zone word
LEARNT = re.compile("当?(?:得知|获悉|获知|了解到|听说)")


# the formal kinds of zone a government runs, and the words of its acting right after its name (某某经开区为企业…)
_RUN_KINDS = frozenset({"经开区", "高新区", "开发区", "经济开发区", "经济技术开发区", "高新技术产业开发区", "工业集中区", "产业集聚区"})
_ZONE_ACTS = re.compile("为|向|出台|推出|印发|制定|组织|成立|帮助|协调|全力|积极|多措并举|迅速|第一时间")


def _acting_zone(text: str, k: int, ss: int, e: int) -> Mention | None:
    """A zone of a formal kind no place names, opening a clause as the subject of its help (近日,某某经开区为企业…):
    a zone, not words the city of the headline would take for its own."""
    if text[ss:e] not in _RUN_KINDS or not _ZONE_ACTS.match(text, e) or not 2 <= ss - k <= 4 or k and text[k - 1] not in BREAK:
        return None
    name = text[k:e]
    if PREDICATE.match(name) or any(c in FUNCTION for c in name) or _ZONE_IN_SCOPE.match(name) or _ZONE_CLASS.match(name):
        return None
    return Mention(k, e, "Zone", name, name, None, "zone")


#: how many characters before its zone word a repeated park's name may have (中欧汽车零部件产业园)
_REPEATED_REACH = 7


def _name_start(text: str, k: int, ss: int) -> int:
    """The start of the run of name characters ending at ``ss``, reaching past ``k`` up to the repeated reach."""
    while k > max(0, ss - _REPEATED_REACH) and is_han(text[k - 1]) and text[k - 1] not in FUNCTION:
        k -= 1
    return k


def _repeated_zone(text: str, k: int, ss: int, e: int) -> Mention | None:
    """A zone no place names, written at a name's start more than once (某某科技产业园…某某科技产业园),
    and never after a place's name (某区生物医药产业基地 names the place's zone)."""
    name = text[k:e]
    starts = occurrences(text).starts(name) if 2 <= ss - k <= _REPEATED_REACH else []
    if len(starts) < 2 or occurrences(text).after_word(name):
        return None
    if PREDICATE.match(name) or any(c in FUNCTION for c in name) or _ZONE_IN_SCOPE.match(name) or _ZONE_CLASS.match(name):
        return None
    return Mention(k, e, "Zone", name, name, None, "zone")


#: how far back a listed park's name may reach, past the verbs that open it (加快推进某某环保产业园)
_LIST_ITEM_REACH = 10


def _park_item_start(text: str, ss: int, taken: SpanIndex) -> int | None:
    """Where the name of a park ending at ``ss`` starts: back over name characters (never into a place), past the
    verbs opening the run (加快推进某某环保产业园 → 某某环保产业园)."""
    k = ss
    while k > max(0, ss - _LIST_ITEM_REACH) and is_han(text[k - 1]) and text[k - 1] not in FUNCTION and not taken.overlaps(k - 1, k):
        k -= 1
    while (verb := PREDICATE.match(text[k:ss])) is not None and verb.end() < ss - k:
        k += verb.end()
    return k if 2 <= ss - k <= _REPEATED_REACH and not PREDICATE.match(text[k:ss]) else None


def _listed_parks(text: str, ss: int, e: int, taken: SpanIndex) -> Mention | None:
    """A park no place names, listed with another such park (推进甲乙环保产业园、丙丁表面处理产业园建设): each item
    of the list is a park."""
    k = _park_item_start(text, ss, taken) if text[ss:e] in _VISITED_PARK else None
    if k is None:
        return None
    before = k >= 2 and text[k - 1] == "、" and any(text.endswith(w, 0, k - 1) for w in _VISITED_PARK)
    after = text.startswith("、", e) and (nxt := _ZONE.search(text, e + 1, e + 1 + _LIST_ITEM_REACH + 4)) is not None and nxt.group(0) in _VISITED_PARK and all(
        is_han(c) and c not in FUNCTION for c in text[e + 1 : nxt.start()])
    name = text[k:e]
    if not (before or after) or any(c in FUNCTION for c in name) or _ZONE_IN_SCOPE.match(name) or _ZONE_CLASS.match(name):
        return None
    return Mention(k, e, "Zone", name, name, None, "zone")


# verbs of going to or looking at a place (前往某某工业园, 考察某某科技园)
_VISIT = re.compile("前往|考察|走进|来到|走访|深入|入驻|进驻|落户|莅临|视察|赴")
# 到 before a park, when the work done there follows within its clause (到某某新区、某区调研)
_TO = re.compile("(?<![达得受遇看感想])到")
_WORK_SOON = re.compile(f"[^,，。;；]{{0,10}}?(?:{_WORK_AFTER.pattern})")
# the zone words a visited park may end with: parks and valleys (某某药谷), not the formal kinds a place's name would open
_VISITED_PARK = frozenset({"工业园", "工业园区", "产业园", "产业园区", "新区", "科技园", "科技园区", "科技产业园", "科技产业园区", "创业园", "软件园", "小微园", "软件谷", "创新谷", "科技谷", "智造谷", "药谷", "芯谷", "医谷"})
# prepositions of place before a park's name (在某某工业园召开)
_AT = frozenset("在到赴至")


def _visited_zone(text: str, k: int, ss: int, e: int) -> Mention | None:
    """A park no place names, right after a verb of going there (前往某某工业园), a preposition of place (在某某工业园,
    also opening a clause: ，到某某工业园区) or joined to one (考察甲工业园和乙科技园)."""
    if text[ss:e] not in _VISITED_PARK:
        return None
    verbs = list(_VISIT.finditer(text, k, ss))
    if not verbs and _WORK_SOON.match(text, e):
        # 到某某新区、某区调研: 到 with the work done there is a verb of going too
        verbs = list(_TO.finditer(text, k, ss))
    joined = k >= 2 and text[k - 1] in "和及、" and any(text.endswith(w, 0, k - 1) for w in _VISITED_PARK)
    # a preposition opening the clause may be the first character of the run (…负责人,到某某工业园区)
    opening = text[k] in _AT and (k == 0 or text[k - 1] in BREAK)
    start = verbs[-1].end() if verbs else k if joined or k and text[k - 1] in _AT else k + 1 if opening else -1
    if k and text[k - 1] == "该" and text[k] in "县市区镇" and k + 1 > start:
        # (在该县某某工业园区: the park of the place the demonstrative stands for, named without it)
        start = k + 1
    if verbs and text[start] in _AT:
        # 深入到某某工业园: the preposition after the verb opens no name
        start += 1
    if text.startswith("镇", start):
        # 来到镇工业园区: the town's park, named when the towns are known
        return None
    if start < 0 or not 2 <= ss - start <= 4:
        return None
    name = text[start:e]
    if PREDICATE.match(name) and not _ZONE_MODIFIER.match(name) or any(c in FUNCTION for c in name) or _ZONE_IN_SCOPE.match(name) or _ZONE_CLASS.match(name):
        return None
    return Mention(start, e, "Zone", name, name, None, "zone")


# a park named by the field it hosts before its zone word (某某数字经济聚集区, 某某电子商务产业园): the field makes
# the words before it a park's own name, with no place to open it, after a preposition or opening a clause (not
# after 位于某经开区的, where a firm's site may be meant: 甲乙某省电子商务产业园)
_FIELD = "电子商务|跨境电商|电商|数字经济|生物医药|智能制造|先进制造|装备制造|新材料|新能源|大数据|人工智能|软件信息|文化创意|现代物流|集成电路|医疗器械"
_FIELD_PARK_WORDS = frozenset({"产业园", "产业园区", "聚集区", "产业基地"})
_FIELD_BEFORE = re.compile(f"(?:{_FIELD})$")
_FIELD_LONGEST = max(map(len, _FIELD.split("|")))
# the first characters of words standing for a place in scope (此地, 全市, 本区, 我县, 该镇)
_SCOPE_OPENING = frozenset("全本我该此")
#: how many characters a field park's own name may have before its field
FIELD_PARK_NAME_MAX = 6


def _field_park(text: str, ss: int, e: int, places: SpanIndex) -> Mention | None:
    """A park no place opens, named by the field it hosts (针对某某数字经济聚集区, ，某某生物医药产业园…)."""
    field = _FIELD_BEFORE.search(text, max(0, ss - _FIELD_LONGEST), ss) if text[ss:e] in _FIELD_PARK_WORDS else None
    if field is None:
        return None
    k = field.start()
    while k > max(0, field.start() - FIELD_PARK_NAME_MAX) and is_han(text[k - 1]) and text[k - 1] not in FUNCTION:
        k -= 1
    if not 2 <= field.start() - k or places.overlaps(k, k + 1) or (k and text[k - 1] not in BREAK and text[k - 1] not in "在对到"):
        return None
    own, name = text[k : field.start()], text[k:e]
    if any(PREDICATE.match(own[i:]) for i in range(len(own))) or _ZONE_IN_SCOPE.match(name) or _ZONE_CLASS.search(own) or _DETERMINER.search(own) or own[0] in _SCOPE_OPENING:
        return None  # (加快建设数字经济聚集区: a verb's object; 此地数字经济聚集区: a place's parks of that field; no park's name)
    return Mention(k, e, "Zone", name, name, None, "zone")


# a firm's legal name written right after a zone's (某某经济开发区甲乙纸业有限公司)
_LEGAL_AFTER = re.compile(r"[\u4e00-\u9fff()]{2,16}?(?:股份有限公司|有限责任公司|有限公司)")


def _zone_before_firm(text: str, k: int, ss: int, e: int) -> Mention | None:
    """A zone no place names, glued before a firm's legal name it holds (走访沙洋经济开发区甲乙纸业有限公司, ，某某工业园区
    丙丁化工有限公司…): a short name opening a clause or after a verb of going or visiting, the firm's name after it."""
    if not _LEGAL_AFTER.match(text, e):
        return None
    verbs = list(_VISIT.finditer(text, k, ss)) or list(_TO.finditer(text, k, ss))
    start = verbs[-1].end() if verbs else k if k == 0 or text[k - 1] in BREAK or text[k - 1] in _AT or text[k - 1] == "的" else -1
    if start < 0 or not 2 <= ss - start <= 4:
        return None
    name = text[start:e]
    if PREDICATE.match(name) or any(c in FUNCTION for c in text[start:ss]) or _ZONE_IN_SCOPE.match(name) or _ZONE_CLASS.match(name):
        return None
    return Mention(start, e, "Zone", name, name, None, "zone")


def _park_with_firms(text: str, k: int, ss: int, e: int) -> Mention | None:
    """A park no place names, written as the place firms are in (某某产业园内企业, 位于某地的某某孵化产业园内):
    a name opening a clause, or after 的 or a preposition of place, right before 内."""
    if text[ss:e] not in _VISITED_PARK or not text.startswith("内", e) or not 2 <= ss - k <= 6:
        return None
    if k and text[k - 1] not in BREAK and text[k - 1] not in _AT and text[k - 1] not in "的于":
        return None
    name = text[k:e]
    if PREDICATE.match(name) and not _ZONE_MODIFIER.match(name) or _ZONE_IN_SCOPE.match(name) or _ZONE_CLASS.match(name):
        return None
    return Mention(k, e, "Zone", name, name, None, "zone")


# the words of a park inside a zone, named after its own place (某高新区某某园区)
_SUB_PARK = frozenset({"园区", "工业园", "工业园区", "产业园", "产业园区", "科技园", "科技园区", "创业园", "软件园", "小微园"})


# a class or a count of zones (国家级新区, 省级开发区, 众多国家高新区), not one zone's name
_ZONE_CLASS = re.compile("国家|省级|市级|县级|全国|重点|各类|新型|众多|多个|部分|一批|首批|所有|其他|城市")


# the words of a zone's formal kind before its zone word (某某经济开发区, 某某高新技术产业开发区)
_FORMAL_KIND = re.compile("(经济技术|经济|高新技术产业)$")


class _ByEnd:
    """Zones by where they end: the known ones, and those of a list the caller appends to, taken in as asked
    (a scan of every zone per candidate would make a document's time grow with its square)."""

    def __init__(self, known: list[Mention], added: list[Mention]) -> None:
        self.known: dict[int, list[Mention]] = {}
        for x in known:
            self.known.setdefault(x.end, []).append(x)
        self.added = added
        self.added_by_end: dict[int, list[Mention]] = {}
        self.seen = 0

    def added_at(self, end: int) -> list[Mention]:
        """The appended list's zones ending at ``end``, in its order."""
        for x in self.added[self.seen :]:
            if x.type == "Zone":
                self.added_by_end.setdefault(x.end, []).append(x)
        self.seen = len(self.added)
        return self.added_by_end.get(end, [])

    def any_at(self, end: int) -> bool:
        """Whether a zone, known or appended, ends at ``end``."""
        return end in self.known or bool(self.added_at(end))


def _listed_zone(text: str, k: int, ss: int, e: int, zones: _ByEnd) -> Mention | None:
    """A zone no place names, as an item of a list: right after another zone (甲开发区、乙开发区), or
    named with its formal kind (…、某某经济开发区经济发展局)."""
    if k < 2 or text[k - 1] not in "、,":
        return None
    kind = _FORMAL_KIND.search(text, k, ss)
    after_zone = text[k - 1] == "、" and 2 <= ss - k <= 4 and zones.any_at(k - 1)
    if not after_zone and not (kind and 2 <= kind.start() - k <= 4):
        return None
    name = text[k:e]
    if PREDICATE.match(name) or any(c in FUNCTION for c in name) or _ZONE_IN_SCOPE.match(name):
        return None
    return Mention(k, e, "Zone", name, name, None, "zone")


def _listed_park(text: str, k: int, ss: int, e: int, zones: _ByEnd) -> Mention | None:
    """A bare park word listed right after a county's park (某县工业园、科技园): that county's park of this kind."""
    if k != ss or ss < 2 or text[ss - 1] not in "、和及" or text[ss:e] not in _SUB_PARK or text[ss:e] == "园区":
        # (园区 alone stands for the zone in scope: 某县工业园和园区企业)
        return None
    prev = next((z for z in zones.added_at(ss - 1) if z.place and z.name.startswith(z.place)), None)
    if prev is None:
        return None
    # written as the name it stands for, so that the park is named in full
    return Mention(ss, e, "Zone", prev.place + text[ss:e], prev.place + text[ss:e], None, "zone", prev.place)


# words that stand for the zone in scope, never a zone's own name (园区管委会, 该区管委会)
_ZONE_IN_SCOPE = re.compile("园区|新区|开发区|高新区|经开区|片区|示范区|本|该|全|各|我")


def _implied_zone(
    text: str, ss: int, e: int, known: list[Mention], starts: list[int], only_hosts: dict[tuple[str, str], Mention | None], forms: WrittenForms,
    added: list[Mention],
) -> Mention | None:
    """``县经开区``, ``市高新区``: the zone of the county or city named last before it (``only_hosts`` keeps the
    document's one place of each level word, looked up once; ``forms`` the :func:`written_forms` of ``known``; a
    bare 县园区 is the county's park found so far, in ``added``, when it names one)."""
    lead = text[ss - 1] if ss else ""
    level = {"县": "county", "区": "county", "市": "city"}.get(lead)
    if level is None or ss >= 2 and is_han(text[ss - 2]) and text[ss - 2] not in _START_OK and not _VISIT.search(text, max(0, ss - 4), ss - 1):
        # (深入县工业园区: a verb of going there may stand before the level word)
        return None
    i = bisect_left(starts, ss - 1)
    recent = known[max(0, i - CONTEXT) : i][::-1]
    host = next((x for x in recent if x.end <= ss - 1 and _level_host(text, x, level, lead)), None)
    if host is None:
        if (level, lead) not in only_hosts:
            only_hosts[level, lead] = _only_host(text, known, level, lead)
        host = only_hosts[level, lead]
    if host is None:
        return None
    # the host as the document writes it with the level word (宁乡县 of the county-level city 宁乡市, 某某县 of 某某族自治县)
    short = written_county(forms, host, lead)
    written = short or (host.name if host.name.endswith(lead) or level == "city" and host.name.endswith("市") else host.surface + lead if text.startswith(lead, host.end) else host.name)
    name = (written if level == "county" else written.removesuffix("市") + "市") + text[ss:e]
    if level == "county" and written.endswith(lead) and (bare := written[: -len(lead)] + text[ss:e]) in text:
        name = bare  # 县工业园区 … 某某工业园区: the zone as the text writes it with its county's bare name, one zone
    elif text[ss:e] == "园区" and len(parks := {z.name for z in added if z.place == host.name and z.name.endswith("园区")}) == 1:
        name = parks.pop()  # 某县工业园区 … 县园区: the county's one park named before, one zone
    # written as the name it stands for, so that the zone is named in full
    return Mention(ss - 1, e, "Zone", name, name, None, "zone", host.name)


WrittenForms = dict[str, Counter[str]]


def written_forms(places: list[Mention]) -> WrittenForms:
    """How often each region's name is written in each form, in the order the forms first appear: counted once
    per document, so that :func:`written_county` is a look-up, not a scan of every place."""
    forms: WrittenForms = {}
    for p in places:
        if p.type == "Region":
            forms.setdefault(p.name, Counter())[p.surface] += 1
    return forms


def written_county(forms: WrittenForms, county: Mention, lead: str) -> str | None:
    """The short form a county's name ending with ``lead`` is written in more often than its full name (芷江县
    of 芷江侗族自治县): its bodies and zones written by the level word alone (县委, 县工业园) are named with it,
    as the county itself is (``forms``: :func:`written_forms` of the document's places)."""
    if county.level != "county" or not county.name.endswith(lead) or county.name not in forms:
        return None
    counts = forms[county.name]
    # the most written short form, the first written of equals
    best = max((f for f in counts if f != county.name and f.endswith(lead)), key=counts.__getitem__, default=None)
    return best if best and counts[best] > counts[county.name] else None


def _level_host(text: str, place: Mention, level: str, lead: str) -> bool:
    """Whether ``place`` may be the county or city a level word (县, 区, 市) before a zone word stands for."""
    return place.level == level and (place.name.endswith(lead if level == "county" else "") or text.startswith(lead, place.end))


def _only_host(text: str, known: list[Mention], level: str, lead: str) -> Mention | None:
    """The one place of the level word's level that the document names anywhere (also later, or only inside a
    firm's name: 市经开区 … 株洲某某公司): a report names its own city, so a zone written by its level word is that
    place's; with two such places, none."""
    hosts = [x for x in known if _level_host(text, x, level, lead)]
    return hosts[0] if hosts and all(x.name == hosts[0].name for x in hosts) else None


# a zone's kind abbreviated before the district it is merged with (某市高新某某区): the zone word it stands for
_MERGED_KIND = {"高新": "高新区", "经开": "经开区"}


def _district_zones(text: str, places: list[Mention], gaz: Any) -> list[Mention]:
    """A zone merged with its host district and named with both (桂林高新七星区, 高新七星区): the zone
    of that district's city, when the gazetteer or the document knows such a zone."""
    zones = {p.name: p for p in places if p.type == "Zone"}
    by_end = {p.end: p for p in places if p.type == "Region"}
    drop: set[int] = set()
    added: list[Mention] = []
    for m in places:
        kind = _MERGED_KIND.get(text[max(0, m.start - 2) : m.start])
        place = gaz.get(m.code) if kind and m.level == "county" and m.code else None
        city = gaz.parent(place) if place is not None else None
        if city is None:
            continue
        name = city.name + kind
        zone = zones.get(name) or next((z for z in gaz.lookup(name) if z.type == "Zone"), None)
        if zone is None:
            continue
        host = by_end.get(m.start - 2)
        start = host.start if host is not None and host.name == city.name else m.start - 2
        drop.update(id(x) for x in (m, host) if x is not None and x.start >= start)
        added.append(Mention(start, m.end, "Zone", zone.name, text[start : m.end], zone.code, "zone"))
    return sorted([p for p in places if id(p) not in drop] + added, key=lambda x: x.start) if added else places



# a part of a city or zone named by a direction right after it (某市西区, 某市高新西区, 某经开区东区); not the level
# word's common words (西区域) nor a district's body written with the city (某市东区人民政府 is a gazetteer district's)
_DIRECTION_PART = re.compile("(?:高新|经开)?[东西南北]区(?![域位间块])")


def _direction_zones(text: str, places: list[Mention]) -> list[Mention]:
    """A city's or zone's part named by a direction (南通西区, 成都高新西区, 某经开区东区) that the gazetteer lists as no
    district: a zone of that place, named with it, whose firms are reported in it rather than in the city."""
    starts = {p.start for p in places}
    drop: set[int] = set()
    added: list[Mention] = []
    for m in places:
        if m.weak or not (m.type == "Zone" or m.type == "Region" and m.level == "city") or m.end in starts:
            continue
        part = _DIRECTION_PART.match(text, m.end)
        if part is None:
            continue
        drop.add(id(m))
        host = m.place if m.type == "Zone" else m.name
        added.append(Mention(m.start, part.end(), "Zone", text[m.start : part.end()], text[m.start : part.end()], None, "zone", host))
    return sorted([p for p in places if id(p) not in drop] + added, key=lambda x: x.start) if added else places


def _again(text: str, places: list[Mention]) -> list[Mention]:
    """Zones found by pattern once are the same zones wherever else their name is written (also the
    name of 某市某某高新区 without its city, which is the zone's own name, and that of 某县某某度假区
    without its county where a name can start)."""
    # a zone found on its own under another's own name (来到某某科技园 after 宁波某某科技园) is that zone
    owners = {own: m for m in places if m.code is None and m.level == "zone" and (own := _own_name(m))}
    places = [replace(x, name=z.name, place=z.place) if x.type == "Zone" and x.code is None and (z := owners.get(x.name)) else x for x in places]
    found = {m.name: m for m in places if m.code is None and m.level == "zone" and m.surface.endswith(m.name)}
    taken = SpanIndex([(m.start, m.end) for m in places])
    added: list[Mention] = []
    # a zone found inside the own name written again (白山旅游度假区 of 太白山旅游度假区) gives way to it
    inner = {x.end: x for x in places if x.type == "Zone" and x.code is None}
    dropped: set[int] = set()
    # every name written is looked up in one pass over the text, not one scan of it per zone
    writings = {name: (name, _own_name(m)) for name, m in found.items()}
    occ = occurrences(text)
    occ.find(w for pair in writings.values() for w in pair if w)
    for name, m in found.items():
        for written in writings[name]:
            for pos in occ.starts(written) if written else ():
                end = pos + len(written)
                part = inner.get(end) if written != name else None
                part = part if part is not None and pos < part.start else None
                free = not taken.overlaps(pos, end) or part is not None and not taken.overlaps(pos, part.start)
                if free and (written == name or not pos or not is_han(text[pos - 1]) or text[pos - 1] in FUNCTION):
                    added.append(Mention(pos, end, "Zone", name, written, None, "zone", m.place))
                    if part is not None:
                        dropped.add(id(part))
    return sorted([x for x in places if id(x) not in dropped] + added, key=lambda x: x.start)


def _own_name(zone: Mention) -> str | None:
    """An unlisted zone's name without the place that opens it (某某滨海旅游度假区 of 某县某某滨海旅游度假区),
    when what is left names one zone: two or more characters before its zone word, no class or predicate."""
    if not zone.place or not zone.name.startswith(zone.place):
        return None
    rest = zone.name[len(zone.place) :].removeprefix("市").removeprefix("县")
    kind = _ZONE.search(rest)
    if kind is None or kind.start() < 2 or PREDICATE.match(rest) or _ZONE_CLASS.match(rest) or _ZONE_IN_SCOPE.match(rest) or _DETERMINER.match(rest):
        return None
    return rest


def _short_zones(text: str, places: list[Mention]) -> list[Mention]:
    """An unlisted zone's short name (某地循环园 of 某地循环经济示范园, in a headline): the place its name opens
    with, then two to four characters of the rest of its name in their order, from its first to its last."""
    by_opening: dict[str, list[str]] = {}  # each opening of an unlisted zone's name that leaves 4+ characters -> the names
    for name in {m.name for m in places if m.code is None and m.level == "zone" and m.type == "Zone"}:
        for n in range(2, len(name) - 3):
            by_opening.setdefault(name[:n], []).append(name)
    taken = SpanIndex([(m.start, m.end) for m in places if m.type == "Zone"])
    added: list[Mention] = []
    dropped: set[int] = set()
    memo: dict[tuple[str, str], tuple[str, str] | None] = {}
    for r in places:
        if r.type != "Region" or r.weak or r.surface not in by_opening or taken.overlaps(r.start, r.end):
            continue
        key = (r.surface, text[r.end : r.end + 4])
        if key not in memo:  # the same place before the same words is the same short name, looked up once
            memo[key] = next(
                ((name, short) for name in sorted(by_opening[r.surface]) for n in (4, 3, 2) if _abbreviates(short := text[r.end : r.end + n], name[len(r.surface) :])),
                None,
            )
        if memo[key] is not None:
            name, short = memo[key]
            added.append(Mention(r.start, r.end + len(short), "Zone", name, r.surface + short, None, "zone"))
            dropped.add(id(r))
    return sorted([m for m in places if id(m) not in dropped] + added, key=lambda x: x.start) if added else places


#: how many characters of qualifier (精细 of 某新区精细材料园区) a zone's name may be written without
QUALIFIER_MAX = 3


def _unqualified_zones(places: list[Mention]) -> list[Mention]:
    """An unlisted zone written without a qualifier inside its name (某新区材料园区 of 某新区精细材料园区, written in
    full too): the same zone, named in full. The dropped characters are one run between an opening and an ending
    of four characters or more each."""
    names = sorted({m.name for m in places if m.type == "Zone" and m.code is None}, key=len, reverse=True)
    # a long name keeps the short one's first and last four characters: only names sharing them are compared
    # (in the order of ``names``), not every pair of a document's zones
    by_ends: dict[tuple[str, str], list[str]] = {}
    for name in names:
        by_ends.setdefault((name[:4], name[-4:]), []).append(name)
    full: dict[str, str] = {}
    for short in names:
        for long in by_ends[short[:4], short[-4:]] if len(short) >= 8 else ():
            cut = len(long) - len(short)
            if 0 < cut <= QUALIFIER_MAX and any(long.startswith(short[:i]) and long.endswith(short[i:]) for i in range(4, len(short) - 3)):
                full[short] = long
                break
    return [replace(m, name=full[m.name]) if m.type == "Zone" and m.code is None and m.name in full else m for m in places] if full else places


def _abbreviates(short: str, rest: str) -> bool:
    """Whether ``short`` keeps the first and last characters of ``rest`` and others of it in their order."""
    chars = iter(rest)
    return 2 <= len(short) < len(rest) and all(is_han(c) for c in short) and short[0] == rest[0] and short[-1] == rest[-1] and all(c in chars for c in short)


def _listed_town(text: str, s: int, e: int) -> bool:
    """A bare 某某镇 counts as a town only inside a list of towns (甲镇、乙镇), or of the units a body works with
    (协调某局、某某镇等单位: a town's government among bureaus)."""
    towns = text[e : e + 1] in ("、", "和", "等") and text.find("镇", e + 1, e + 6) > 0 or s >= 2 and text[s - 1] == "、" and text[s - 2] == "镇"
    return towns or s >= 2 and text[s - 1] == "、" and text[s - 2] in _BODY_END and _UNITS.match(text, e) is not None


# the last character of a body's name (某局, 某委, 某办) and the words closing a list of units (等单位, 等相关部门)
_BODY_END = frozenset("局委办厅署")
_UNITS = re.compile("等(?:相关|有关)?(?:单位|部门)")


# what may stand between a place and one of its towns: 的, a description of the town (工业重镇), or both
_TOWN_LEAD_IN = re.compile(f"的?(?:[{HAN}]{{2,4}}?(?:重|强|名|古|大)镇)?")


def _described_town(text: str, e: int) -> re.Match[str] | None:
    """A town written after its place and 的 or a description of it (某市的某某镇, 某县工业重镇某某镇): the place's town."""
    lead = _TOWN_LEAD_IN.match(text, e)
    return _TOWN.match(text, lead.end()) if lead is not None and lead.end() > e else None


# a county's town written without its town word before its government or committee (某县某某政府)
_UNWORDED_TOWN = re.compile(f"([{HAN}]{{2}})(?:政府|党委)")
# the words by which a text goes on about its town or township (该镇, 全乡): the word a name was written without
_TOWN_REFERENCE = re.compile("(?:该|全|本)(镇|乡)")
# characters no such town's name holds: level words, and 级 of a government's tiers (两级政府)
_NOT_IN_UNWORDED = set("省市区县镇乡村级")


def _unworded_town(text: str, county: Mention) -> Mention | None:
    """A town written right after its county without its town word, before its government (某县某某政府), when the
    text goes on about it by one town word alone (该镇…): named with that word, written as the bare name."""
    g = _UNWORDED_TOWN.match(text, county.end)
    if g is None or not _town_stem(g.group(1)):
        return None
    words = {w.group(1) for w in _TOWN_REFERENCE.finditer(text, g.end())}
    if len(words) != 1:
        return None
    return Mention(g.start(1), g.end(1), "Region", g.group(1) + words.pop(), g.group(1), None, "town", county.name)


def _town_stem(stem: str) -> bool:
    """Whether ``stem`` may be a town's name written without its town word (no level word, pronoun or predicate)."""
    return stem != "人民" and not _NOT_IN_UNWORDED & set(stem) and _function_free(stem) and not _NOT_TOWN.search(stem) and not PREDICATE.match(stem)


# a town's bodies written by its town word alone (镇党委, 乡政府), or the words going on about it (该镇)
_TOWN_WORD_BODY = first_checked("(?:该|全|本)(镇|乡)|(?<![一-鿿])(镇|乡)(?:党委|人民政府|政府)|(?<=[、和])(镇|乡)(?:党委|人民政府|政府)")


# organisations that keep a party committee too (集团党委, 机关党委): no town's bare name
_ORGANISATION = re.compile("集团|公司|机关|医院|学校|学院|大学|银行|协会|商会|总部|企业|工厂|单位|部门|系统|行业|国企|民企|央企|支部|党总")


def _bare_towns(text: str, places: list[Mention]) -> list[Mention]:
    """A town the text never writes with its town word, named bare before its committee or government opening a
    clause (扎根某某 … 某某党委组织…), written bare more than once, in a text naming no other town and going on
    about it by one town word alone (镇党委、镇政府, 该镇): that town, wherever its bare name stands as a word."""
    if any(p.level == "town" for p in places):
        return places
    words = {w.group(w.lastindex or 1) for w in _TOWN_WORD_BODY.finditer(text)}
    if len(words) != 1:
        return places
    word = words.pop()
    taken = SpanIndex([(p.start, p.end) for p in places])
    stems = {g.group(1) for g in _UNWORDED_TOWN.finditer(text) if (g.start() == 0 or text[g.start() - 1] in BREAK) and _town_stem(g.group(1)) and not _ORGANISATION.fullmatch(g.group(1))}
    if len(stems) != 1:
        return places
    stem = stems.pop()
    # where the bare name stands as a word: before the body, or ending a phrase (扎根某某 服务…)
    spots = [m.start() for m in re.finditer(stem + "(?=党委|政府|[^一-鿿]|$)", text) if not taken.overlaps(m.start(), m.end())]
    if len(spots) < 2:
        return places
    return sorted(places + [Mention(i, i + len(stem), "Region", stem + word, stem, None, "town") for i in spots], key=lambda x: x.start)


def _towns(text: str, known: list[Mention]) -> list[Mention]:
    """Add towns and streets written right after their district or zone (余杭区良渚街道, 某新区某某街道)."""
    added = []
    # 合肥市肥东县某镇: the county written next holds the town, not the city (a city right after a county opens the
    # town's own name: 金华 of 某区金华园街道)
    region_starts = {x.start for x in known if x.type == "Region" and x.level not in ("province", "city")}
    city_starts = {x.start for x in known if x.type == "Region" and x.level in ("province", "city")}
    known_ix = SpanIndex([(x.start, x.end) for x in known])
    for m in known:
        # (a Taiwan county governs townships as a county does, also one named like a mainland city: 花莲县吉安乡)
        taiwan = (m.code or "").startswith(TAIWAN_CODE)
        if m.level not in ("county", "city", "zone") or m.weak or m.end in region_starts or m.end in city_starts and m.level != "county" and not taiwan:
            continue
        t = _described_town(text, m.end) or _TOWN.match(text, m.end)
        if not t and m.level == "county" and (unworded := _unworded_town(text, m)) is not None:
            added.append(unworded)
            continue
        listed = _TOWN_LIST.match(text, m.end) if m.level == "county" and not t else None
        if listed and all(_town_prefix(name) for name in listed.group(1).split("、")):
            # 某县甲、乙等镇: the towns of a list that shares its town word
            pos = m.end
            for name in listed.group(1).split("、"):
                added.append(Mention(pos, pos + len(name), "Region", name + listed.group(3), name + listed.group(3), None, "town", m.name))
                pos += len(name) + 1
            continue
        if t and (m.level == "county" or t.group(2) != "乡" or taiwan) and _function_free(t.group(1), m) and not _NOT_TOWN.search(t.group(1)) and not PREDICATE.match(t.group(1)):
            # 某区某某街道, 东莞某某镇 (a city without counties governs its towns)
            surface = t.group(0)
            added.append(Mention(t.start(), t.end(), "Region", surface, surface, None, "town", m.name))
            while (n := _NEXT_TOWN.match(text, added[-1].end)) and _town_prefix(n.group(2)) and not known_ix.overlaps(n.start(2), n.end()):
                # 某区甲街道、乙街道: the towns listed after the first share its county
                added.append(Mention(n.start(2), n.end(), "Region", n.group(0)[1:], n.group(0)[1:], None, "town", m.name))
    if added:
        # a zone's nickname inside a town's name (张江 of 张江镇) is the town, and so is a city opening it (金华 of
        # 金华园街道)
        inside = SpanIndex([(t.start, t.end) for t in added])
        known = [x for x in known if not ((x.type == "Zone" or x.level in ("province", "city")) and inside.covers(x.start, x.end))]
    taken = SpanIndex([(x.start, x.end) for x in known + added])
    swallowed: set[int] = set()
    for s, e in sorted(set(_standalone_towns(text) + _recurring_towns(text, taken) + _acting_towns(text))):
        prefix = text[s : e - (2 if text.endswith(("街道", "苏木"), 0, e) else 1)]
        if not _town_prefix(prefix):
            continue
        if taken.overlaps(s, e):
            # 某省名镇人民政府: a province's or city's name opening a town's own name is the town, and so is a county
            # named like a town ending it (丰镇 of 某丰镇人民政府)
            inner = [x for x in known if x.start < e and x.end > s]
            if not inner or not all(
                x.type == "Region" and (x.start == s and x.end < e and x.level in ("province", "city") or x.start > s and x.end == e and x.level == "county" and x.surface.endswith(("镇", "乡")))
                for x in inner
            ):
                continue
            swallowed.update(id(x) for x in inner)
        added.append(Mention(s, e, "Region", text[s:e], text[s:e], None, "town"))
    return sorted([x for x in known if id(x) not in swallowed] + added, key=lambda x: x.start)


# a town's park named by the town's level word (镇工业园区)
_TOWN_PARK = re.compile("镇(" + "|".join(sorted(_SUB_PARK - {"园区"}, key=len, reverse=True)) + ")")


def _town_parks(text: str, places: list[Mention]) -> list[Mention]:
    """A park named by the town's level word after a verb of going there or a preposition (来到镇工业园区,
    在镇产业园): the park of the town named last before it, named in full (某某镇工业园区)."""
    taken = SpanIndex([(m.start, m.end) for m in places])
    added = []
    for m in _TOWN_PARK.finditer(text):
        s, before = m.start(), text[m.start() - 1] if m.start() else "\n"
        if taken.overlaps(s, m.end()) or is_han(before) and before not in _AT and before not in _PREPOSITION and not _VISIT.search(text, max(0, s - 2), s):
            continue
        town = next((p for p in reversed(places) if p.end <= s and p.level == "town" and p.type == "Region"), None)
        if town is not None:
            name = town.name + m.group(1)
            added.append(Mention(s, m.end(), "Zone", name, name, None, "zone", town.name))
    return sorted(places + added, key=lambda p: p.start) if added else places


def _one_more_character(places: list[Mention]) -> list[Mention]:
    """A town read with the character before its name (访某某镇党委书记: 访某某镇) is the town the text names without
    it elsewhere more often (某某镇): a verb or a word's last character glued to the name, not a town of its own."""
    towns = {m.surface: m for m in places if m.level == "town" and m.type == "Region"}
    written = Counter(m.surface for m in places if m.level == "town")
    out = []
    for m in places:
        # (written more often without it: 新某镇 and 某镇 each once may be two towns)
        other = towns.get(m.surface[1:]) if m.level == "town" and len(m.surface) >= 4 and written[m.surface[1:]] > written[m.surface] else None
        out.append(replace(m, start=m.start + 1, name=other.name, surface=other.surface, place=other.place) if other is not None else m)
    return out


def _towns_again(text: str, places: list[Mention]) -> list[Mention]:
    """A town or street found once (after its county, or by its government) is the same town wherever else
    its full name is written bare: news names the county once and the town many times."""
    towns = {m.surface: m for m in places if m.level == "town" and m.type == "Region" and len(m.surface) >= 3}
    taken = SpanIndex([(m.start, m.end) for m in places])
    added = []
    dropped: set[int] = set()
    occ = occurrences(text)
    occ.find(towns)
    for surface, m in towns.items():
        for p in occ.starts(surface):
            # a county named like a town ending the town's name (丰镇 of 永丰镇) is the town there
            inner = [x for x in places if x.start < p + len(surface) and x.end > p]
            if inner and all(
                p < x.start and x.end == p + len(surface) and x.level == "county" and x.surface.endswith(("镇", "乡"))
                # a city opening the town's name (洛阳 of 洛阳路街道) is the town there too
                or p == x.start and x.end < p + len(surface) and x.level in ("province", "city") and x.type == "Region"
                for x in inner
            ):
                dropped.update(id(x) for x in inner)
            elif taken.overlaps(p, p + len(surface)):
                continue
            added.append(Mention(p, p + len(surface), "Region", m.name, surface, None, "town", m.place))
        bare = surface.removesuffix("街道").removesuffix("镇").removesuffix("乡")
        if len(bare) < 2 or bare == surface:
            continue
        for hit in re.finditer(re.escape(bare) + f"(?={_TOWN_BODY_AFTER.pattern})", text):
            # 某某驻企服务专班 of the town 某某镇 written in full elsewhere: its bare name opening its body's name
            p = hit.start()
            if not taken.overlaps(p, hit.end()) and (not p or not is_han(text[p - 1]) or text[p - 1] in FUNCTION):
                added.append(Mention(p, hit.end(), "Region", m.name, bare, None, "town", m.place))
    return sorted([x for x in places if id(x) not in dropped] + added, key=lambda x: x.start) if added else places


# the words of a town's body after its bare name (某某驻企服务专班, 某某党委)
_TOWN_BODY_AFTER = re.compile("驻企|党委|党工委|政府|专班|工作组|服务组|办事处")


# the town words a repeated name may end with (乡 is too often the countryside: 城乡, 下乡)
_RECURRING_WORD = re.compile("镇|街道")
# aspect particles: a town's name never holds them (多亏了镇政府 is no town 多亏了镇)
_ASPECT = set("了着过")


# a description of a town by what it is known for (工业重镇, 经济强镇, 历史名镇, 千年古镇, 产粮大镇)
_DESCRIBED_TOWN = re.compile(f"[{HAN}]{{2,}}(?:重|强|名|古|大)$")


def _function_free(name: str, county: Mention | None = None) -> bool:
    """Whether a town's name holds no function word: 都 after its first character is a name's (新都镇, 古都镇), and
    a seat town named like its county (都昌县都昌镇) keeps every character of the county's name."""
    if county is not None and county.level == "county" and county.name[:-1] == name:
        return True
    return name[:1] not in FUNCTION and not any(c in FUNCTION and c != "都" for c in name[1:])


def _town_prefix(prefix: str) -> bool:
    """Whether the characters before a town word may be a town's own name."""
    return (
        _function_free(prefix) and not any(c in _ASPECT for c in prefix) and not _NOT_TOWN.search(prefix) and not PREDICATE.match(prefix) and not _DESCRIBED_TOWN.match(prefix)
        # 来到镇政府: a verb of going before the town word, no town's name; nor a verb of saying (同时表示镇党委…)
        and prefix[-1:] not in _AT and not _VISIT.search(prefix) and not _SAYING.search(prefix)
    )


# verbs of saying: what is said may open with a town's bodies, the verb is no part of a town's name
_SAYING = re.compile("表示|指出|强调|介绍|要求|认为|提出")


def _recurring_towns(text: str, taken: SpanIndex) -> list[tuple[int, int]]:
    """Spans of a 某某镇 (某某街道) written at a name's start (after a mark) and again elsewhere: a name the
    document repeats is a town's, wherever it stands (望某某镇制定…, 该镇…望某某镇)."""
    candidates: list[list[str]] = []  # per town word, its names of two and three characters that may be a town's, shorter first
    for m in _RECURRING_WORD.finditer(text):
        some = []
        for n in (2, 3):
            s = m.start() - n
            if s < 0 or not all(is_han(c) for c in text[s : m.start()]):
                break
            name = text[s : m.end()]
            if (s == 0 or not is_han(text[s - 1])) and _town_prefix(name[:-1]) and not taken.overlaps(s, m.end()):
                some.append(name)
        candidates.append(some)
    occ = occurrences(text)
    occ.find(name for some in candidates for name in some)
    names = {next(name for name in some if occ.count(name) >= 2) for some in candidates if any(occ.count(name) >= 2 for name in some)}
    return sorted((p, p + len(name)) for name in names for p in occ.starts(name) if not taken.overlaps(p, p + len(name)))


# a bare town word standing for the town in focus: opening a clause (，街道提前谋划), after a conjunction
# (区政府及街道领导) or a word of scope (该镇, 全镇), or before its government or officials (镇政府, 街道干部)
_BARE_TOWN_BEFORE = set("与和同及、该全本")
_BARE_TOWN_AFTER = re.compile("人民政府|政府|党工委|党委|办事处|领导|干部|工作人员")
# the place words after a common noun ending in 街道 or 镇 (商店街道里): the street itself, not a town
_LOCATIVE = set("里内中外旁")


# verbs by which a town opening a clause sets to work (某某街道成立专班, 某某镇积极协调)
_TOWN_ACTS = re.compile("成立|组建|组织|开展|召开|制定|出台|建立|积极|主动|深入|全力|坚持|聚焦|持续|多措并举|围绕|切实|扎实|安排|协调|帮助|派出|抽调|推出|落实|为企业|为辖区")


def _acting_towns(text: str) -> list[tuple[int, int]]:
    """Spans of a 某某街道 (某某镇) at a clause's start that sets to work (某某街道成立…), or written once when the
    document goes on with the bare word for it (某某街道工作人员… 街道提前谋划, 陪同区政府及街道领导): a report
    of that town's work."""
    found: dict[str, list[tuple[int, int]]] = {}
    bare: dict[str, int] = {}
    for m in _RECURRING_WORD.finditer(text):
        word, end = m.group(0), m.end()
        before = text[m.start() - 1] if m.start() else ""
        if not is_han(before) or before in _BARE_TOWN_BEFORE or _BARE_TOWN_AFTER.match(text, end):
            bare[word] = bare.get(word, 0) + 1
        if text[end : end + 1] in _LOCATIVE or _TOWN_NOT_AFTER.match(text, end):
            continue
        for n in (2, 3):
            s = m.start() - n
            if s < 0 or not all(is_han(c) for c in text[s : m.start()]):
                break
            if (s == 0 or text[s - 1] in _CLAUSE_START) and _town_prefix(text[s : m.start()]):
                found.setdefault(word, []).append((s, end))
                break
    acting = [span for spans in found.values() for span in spans if _TOWN_ACTS.match(text, span[1])]
    return acting + [span for word, spans in found.items() if bare.get(word) and len({text[s:e] for s, e in spans}) == 1 for span in spans]


def _standalone_towns(text: str) -> list[tuple[int, int]]:
    """Spans of 某某镇 named by its government (某某镇人民政府) or before one of its villages or communities (某某镇某某村,
    某某街道某某社区), or after a preposition (与某某街道) or in a list of towns.

    Found from the town word outward: two or three characters before it, the shorter first."""
    out = []
    for m in _TOWN_WORD.finditer(text):
        end = m.end()
        governed = _TOWN_GOVERNMENT.match(text, end) is not None
        villaged = _VILLAGE_AFTER.match(text, end) is not None
        firmed = m.group(0) == "镇" and _FIRM_AFTER_TOWN.match(text, end) is not None
        for n in (2, 3):
            s = m.start() - n
            if s < 0 or not all(is_han(c) for c in text[s : m.start()]):
                # 市、区、街道: a mark inside is no town's name
                break
            before = text[s - 1] if s else ""
            if n == 3 and text.startswith(TOWNSHIP_OFFICE, end) and not villaged:
                break  # 他宣布乡公所: Taiwan's townships have two-character names; a longer one is read across a verb
            if (governed or villaged) and (not is_han(before) or before in _TOWN_LEAD or _WORKS_WITH.search(text, 0, s)):
                # (接到某某镇政府的电话: a town's government after a preposition or a verb's 到 too)
                out.append((s, end))
                break
            if firmed and (not is_han(before) or before in _TOWN_LEAD or before in FUNCTION or before == "了"):
                out.append((s, end))  # 为某某镇的甲乙有限公司, 走访了某某镇甲乙有限公司
                break
            visited = before in "到赴" and _WORK_AFTER.match(text, end) is not None  # 到某某乡调研: also a township
            if (m.group(0) != "乡" or visited) and before in _TOWN_LEAD and not _TOWN_NOT_AFTER.match(text, end):
                if m.group(0) == "街道" or _listed_town(text, s, end) or visited:
                    out.append((s, end))
                break
    return out
