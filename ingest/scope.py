"""Who acts where: the document's own place and the places its headings put in scope.

A clause that names no actor belongs to the place in scope: the section's
(the innermost heading naming a place, closed by the next heading of its
depth or above), else the document's: the issuer that signs it or heads its
title, the home place of the bodies it writes without their place, the place
of its title, the place it names clearly most often, the body its page
names as the source, or its dateline when the text speaks as a place
(我市, 本县: a local outlet's voice); a dateline alone tells where the
outlet writes from.  A page's navigation line and the
objects of a heading's verbs (助力武汉) name no actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from .gate import gated
from .mentions import Mention, SpanIndex
from .structure import Unit, heading_level

# a dateline's place: before its date (某地2月10日电), before a dispatch without one (某某社某地电 记者…), before an
# outlet's tag (某地日报讯), or a paper's dispatch written right after the paper (某某日报某地讯 记者…)
_DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日(电|讯|消息)|(网|日报|晚报)(消息|讯)|[讯訊电](?=[^\u4e00-\u9fff]|记者|通讯员|$)")
# a place opening the name of an outlet or institution (中国经济信息社, 某某大学), or before the kind of business it
# holds (泸州酒店话纾困, 某区商户): no actor
_NOT_ACTOR_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(经济信息社|通讯社|新闻社|日报|晚报|电视台|广播电台|新闻网|大学|学院|医院|研究院|研究所|协会|商会|俱乐部|联合会|学会)|(?:酒店|宾馆|餐馆|商家|商户)(?![\u4e00-\u9fff]{0,2}(?:局|委|办|中心))")
# the verb answering a call (响应某市政府号召): the caller written after it is no actor of the clause
_ANSWERS = gated("响应了?$")
# a page's navigation line (您现在的位置：首页 > 新闻 > 某市): it names sections of a site, not whose text it is
_CRUMBS = re.compile(r"(您现在的位置|当前位置|所在位置|现在位置)\s*[:：]|首页\s*[>»]|[>»][^>»\n]*[>»]")
# a word whose object a place is in a heading (致力于中国…, 助力武汉…): not the heading's actor
_TITLE_OBJECT = re.compile(r"(致力于|服务于|面向|助力|驰援|支援)$")
#: how many units into a document its title may stand (after page furniture and a file number)
TITLE_REACH = 12


class MentionIndex:
    """Mentions of one type sorted by start, for range queries."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.items]

    def within(self, s: int, e: int) -> list[Mention]:
        return [m for m in self.items[bisect_left(self.starts, s) : bisect_left(self.starts, e)] if m.end <= e]


def actors(text: str, places: list[Mention], agencies: list[Mention], firms: list[Mention]) -> list[Mention]:
    """Places and agencies as candidate actors; places inside an agency name are the agency, inside a firm's name nothing."""
    # 响应某市政府号召: the body called on others, whose answer the clause tells; it does not act there
    out = [a for a in agencies if not _ANSWERS.search(text, max(0, a.start - 3), a.start)]
    owners = SpanIndex([(m.start, m.end) for m in agencies + firms])
    for p in places:
        if _ANSWERS.search(text, max(0, p.start - 3), p.start):
            continue
        if not p.weak and not owners.covers(p.start, p.end) and not (p.type == "Region" and (_NOT_ACTOR_AFTER.match(text, p.end) or text.startswith("性", p.end))):
            out.append(_stationing(text, p, places))
    return sorted(out, key=lambda m: (m.start, -m.end))


# a higher level's own departments sending a team to a place (市直驻某县服务队, 省直部门驻某市工作组)
_STATIONED = re.compile(r"(市|省)(?:直|直部门|直单位|派)驻$")
_STATIONING_LEVEL = {"市": "city", "省": "province"}


def _stationing(text: str, p: Mention, places: list[Mention]) -> Mention:
    """The actor a place stands for: itself, or where a team of its city's or province's own departments is
    stationed there (市直驻某县服务队), that city or province as named in the text, at the place's span."""
    m = _STATIONED.search(text, max(0, p.start - 5), p.start)
    if m is None or not p.code:
        return p
    level = _STATIONING_LEVEL[m.group(1)]
    cut = 2 if level == "province" else 4
    above = next((q for q in places if q.level == level and q.code and q.code[:cut] == p.code[:cut]), None)
    return replace(above, start=p.start, end=p.end) if above is not None else p


#: how many characters (的 and a description: 的工业重镇) may stand between a place and its town in a chain
TOWN_GAP = 7


def _chained(a: Mention, b: Mention) -> bool:
    """Whether ``b`` goes on the chain ``a`` ends: written right after it, or a town of ``a`` written after 的
    or a description of it (某市的工业重镇某某镇)."""
    return b.start == a.end or b.type == "Region" and b.level == "town" and b.place == a.name and 0 < b.start - a.end <= TOWN_GAP


def chain_head(ms: list[Mention], i: int) -> int:
    """Index of the last place of a chain of adjacent places starting at ``i`` (浙江温州 -> 温州), or of the body
    that closes it (某市某镇党委: the town's committee acts)."""
    while i + 1 < len(ms) and _chained(ms[i], ms[i + 1]) and ms[i].type != "Agency" and (ms[i + 1].type != "Agency" or ms[i + 1].place is not None and ms[i + 1].level == "town"):
        i += 1
    return i


def section_zones(text: str, units: list[Unit], places: list[Mention], agencies: list[Mention], firms: list[Mention]) -> list[tuple[int, int, Mention]]:
    """Spans of the text whose headings (or, outermost, the title) put a zone in scope: ``(start, end, zone)``."""
    act_ix = MentionIndex(actors(text, places, agencies, firms))
    title, first_body = title_actor(text, units, act_ix)
    outer = title if title is not None and title.type == "Zone" else None
    scope = Scope()
    out: list[tuple[int, int, Mention]] = []
    pos = 0
    for n, u in enumerate(units):
        if u.kind != "heading" or n <= first_body:
            continue
        zone = scope.actor() or outer
        if zone is not None and zone.type == "Zone":
            out.append((pos, u.start, zone))
        heads = heading_actors(text, u, act_ix)
        scope.open(heading_level(text[u.start : u.end]), heads[chain_head(heads, 0)] if heads else None)
        pos = u.start
    zone = scope.actor() or outer
    if zone is not None and zone.type == "Zone":
        out.append((pos, len(text), zone))
    return out


# a byline: a body with a label before it or a date after it (发布单位：某局, 来源：某局, 某局 2020-02-12), or
# its team that wrote the page (某局经济研究团队)
_BYLINE_DATE = r"(?:(?:发布时间|发布日期|时间|日期)\s*[:：]?\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_BYLINE_LABEL = re.compile(rf"\s*(?:{_BYLINE_DATE}\s*)?(?:(?:发布单位|发布机构|信息来源|来源|作者|供稿|文|编辑)\s*[:：]?\s*)?")
# (also the writing team named after the body: 某局经济研究咨询团队)
_BYLINE_TAIL = re.compile(rf"\s*(?:[\u4e00-\u9fff]{{0,12}}?(?:团队|研究组|课题组|编辑部|研究部|研究室))?\s*(?:供稿|供图|报道)?\s*(?:{_BYLINE_DATE})?\s*")


def _byline(text: str, u: Unit, bodies: list[Mention]) -> bool:
    """Whether a heading only names the body that wrote or sent the page (发布单位：某局, 某局 2020-02-12): it
    opens no section of that body, whose title (某高新区助企…) still says whose story it is."""
    if len(bodies) != 1 or bodies[0].type != "Agency":
        return False
    a = bodies[0]
    label, tail = _BYLINE_LABEL.fullmatch(text, u.start, a.start), _BYLINE_TAIL.fullmatch(text, a.end, u.end)
    return label is not None and tail is not None and (label.group(0).strip() != "" or tail.group(0).strip() != "")


def heading_actors(text: str, u: Unit, act_ix: MentionIndex) -> list[Mention]:
    """The actors a heading names, not the objects of its verbs (助力武汉); none for a page's navigation line
    or a byline."""
    if _CRUMBS.search(text, u.start, u.end) or _byline(text, u, act_ix.within(u.start, u.end)):
        return []
    return [a for a in act_ix.within(u.start, u.end) if not _TITLE_OBJECT.search(text, max(u.start, a.start - 3), a.start)]


def title_actor(text: str, units: list[Unit], act_ix: MentionIndex) -> tuple[Mention | None, int]:
    """The actor a document's title names (its first heading before any sentence) and the index of that heading."""
    for n, u in enumerate(units[:8]):
        if u.kind != "heading":
            break
        heads = heading_actors(text, u, act_ix)
        if heads and heading_level(text[u.start : u.end]) is None:
            return _headline_inner(text, heads, chain_head(heads, 0), act_ix.items), n
    return None, -1


# the mark after a headline's opening place (某市：高新区…): what follows is a story of that place
_HEADLINE_COLON = re.compile(r"\s*[:：]")
# a headline's place pointing at one of its zones (某市这个省级园区, 某县这家开发区)
_POINTED_ZONE = re.compile(r"(?:这个|这家|这座|此)[\u4e00-\u9fff]{0,4}?(?:园区|开发区|高新区|经开区|产业园|工业园)")


# how many digits of a division code a place of each level fixes (a city's 4: its counties share them)
_CODE_DIGITS = {"province": 2, "city": 4, "county": 6}


def _headline_inner(text: str, heads: list[Mention], i: int, known: list[Mention]) -> Mention:
    """The title's actor: the place opening it, or, when a colon follows that place (某市：高新区助企…), the first
    zone or place after the colon that lies inside it (a zone of that city acts, not the city)."""
    head = heads[i]
    digits = _CODE_DIGITS.get(head.level or "")
    pointed = _POINTED_ZONE.match(text, head.end) is not None
    if not (pointed or _HEADLINE_COLON.match(text, head.end)) or not head.code or digits is None:
        return head
    codes = {m.name: m.code for m in known if m.code}
    if pointed:
        # 某市这个省级园区怎样…: the story of a zone the city's name only points at, the one zone the text names in it
        inside = {a.name: a for a in known if a.type == "Zone" and _within(a, head, codes, digits)}
        return next(iter(inside.values())) if len(inside) == 1 else head
    return next((a for a in heads[i + 1 :] if a.type != "Agency" and _within(a, head, codes, digits)), head)


def _within(place: Mention, outer: Mention, codes: dict[str, str], digits: int) -> bool:
    """Whether ``place`` lies inside ``outer``: its host is ``outer``, or its own or its host's division code is
    one of ``outer``'s; a zone or town whose host the text gives no code for is taken to (湖南：某市高新区…)."""
    if place.place == outer.name:
        return True
    code = place.code if place.level not in ("zone", "town") else codes.get(place.place or "")
    if not code:
        return place.level in ("zone", "town")
    return code != outer.code and code[:digits] == outer.code[:digits]


def _own_signer(signer: Mention | None, title: Mention | None, title_unit: Unit | None) -> Mention | None:
    """The issuer, unless the title opens with a zone (某高新区助企…) and the body signing is not one of the zone's
    own (某市工信局 at the foot of the page): that body sent the story, the zone acts in it."""
    if signer is None or title is None or title_unit is None or title.type != "Zone" or title.start != title_unit.start:
        return signer
    own = signer.place == title.name or signer.name.startswith((title.name, title.surface))
    return signer if own else None


# a wire dispatch's dateline after its place (某某社某地2月10日电, 某某社某地电 记者…)
_WIRE_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日)?电(?=[^\u4e00-\u9fff]|记者|$)")


def is_wire_dateline(text: str, place: Mention) -> bool:
    """Whether a place is written as a wire dispatch's dateline (新华社某地2月10日电): the bureau it was filed from,
    no place the report is about (unlike a local paper's 某地讯, which names the place it covers)."""
    return place.type == "Region" and _WIRE_AFTER.match(text, place.end) is not None


def dateline_place(text: str, units: list[Unit], act_ix: MentionIndex) -> Mention | None:
    """The place of a news report's dateline (某地网讯, 某某日报某地讯, 某某社某地2月10日电) in its first sentences,
    when the text speaks as a place (我市, 本县): a local outlet writes as the place it is in."""
    if not _LOCAL_VOICE.search(text):
        return None
    for u in units[:TITLE_REACH]:
        found = [a for a in act_ix.within(u.start, u.end) if a.type != "Agency" and _DATELINE_AFTER.match(text, a.end)]
        if found:
            return found[0]
    return None


# a text speaking as a place: 我市, 本县, 全区
_LOCAL_VOICE = re.compile(r"[我本全](?:省|市|县|区|镇|旗)")
_SOURCE = re.compile(r"(来源|信息来源|供稿|发布机构|发布单位)\s*[:：]\s*")


def source_body(text: str, units: list[Unit], act_ix: MentionIndex) -> Mention | None:
    """The body a page names as its source (来源：某区行政审批局) in its first lines: the report is its own."""
    for u in units[:TITLE_REACH]:
        for m in _SOURCE.finditer(text, u.start, u.end):
            body = next((a for a in act_ix.within(m.end(), u.end) if a.start == m.end()), None)
            if body is not None and body.type == "Agency":
                return body
    return None


def home_place(text: str, agencies: list[Mention], places: list[Mention]) -> Mention | None:
    """The place a document speaks from: the one its bodies written without a place belong to
    (市财政局, 区商务局, 自治区卫生健康委 in its own notice, and the bodies listed after such a one), when at
    least three and two thirds of them point to it.  Bodies listed after one whose place is written
    (某某科学城党工委、管委会) do not count."""
    counts: Counter[str] = Counter()
    prev: Mention | None = None
    prev_implied = False
    for a in sorted(agencies, key=lambda m: (m.start, -m.end)):
        listed = prev is not None and a.start == prev.end + 1 and text[prev.end] in "、和及"
        implied = prev_implied if listed else bool(a.place) and a.surface != a.name and a.place not in a.surface
        if implied and a.place:
            counts[a.place] += 1
        prev, prev_implied = a, implied
    if not counts:
        return None
    name, top = counts.most_common(1)[0]
    if top < 3 or top * 3 < 2 * sum(counts.values()):
        return None
    return next((p for p in places if p.name == name), None) or _implied_place(name, agencies)


def _implied_place(name: str, agencies: list[Mention]) -> Mention | None:
    """A province the text names only through its bodies (省委, 省工信厅 in a notice whose province is
    known from a zone's or city's ancestors): the place of the first of them, written as that body."""
    from .places import default_gazetteer

    found = [p for p in default_gazetteer().lookup(name) if p.type == "Region"]
    first = next((a for a in sorted(agencies, key=lambda m: m.start) if a.place == name), None)
    if len(found) != 1 or first is None:
        return None
    return Mention(first.start, first.end, "Region", found[0].name, name, found[0].code, found[0].level)


class Scope:
    """The actors named by the headings in force: a numbered heading closes those at its depth or deeper;
    an unnumbered one naming a place opens a sub-section of the numbered section in force (replacing an
    unnumbered one before it), closed with it; one naming nothing is a caption and changes nothing."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, Mention | None, bool]] = []

    def open(self, level: int | None, head: Mention | None) -> None:
        if level is None:
            if head is not None:
                while self.stack and not self.stack[-1][2]:
                    self.stack.pop()
                self.stack.append((self.stack[-1][0] + 1 if self.stack else 0, head, False))
            return
        self.stack = [x for x in self.stack if x[0] < level]
        self.stack.append((level, head, True))

    def actor(self) -> Mention | None:
        """The innermost actor named by a heading in force."""
        return next((a for _, a, _ in reversed(self.stack) if a is not None), None)


def issuer(text: str, units: list[Unit], act_ix: MentionIndex) -> Mention | None:
    """The body that issues a formal notice: its signature line near the end, else the head of its title.

    Clauses of a notice (（一）对…免收租金) name no actor; they are the issuer's measures.
    """
    tail = [u for u in units[-6:] if u.kind in ("heading", "sentence")]
    for u in reversed(tail):
        whole = [a for a in act_ix.within(u.start, u.end) if a.type == "Agency" and a.start == u.start and a.end == u.end]
        if whole:
            return whole[0]
    for u in units[:TITLE_REACH]:
        for a in act_ix.within(u.start, u.end):
            if a.type == "Agency" and text.startswith("关于", a.end) and (a.start == u.start or text[a.start - 1] in "(（"):
                return a
    return None
# the addressee line that opens a formal notice (各区人民政府，市政府各部门：)
ADDRESSEE = re.compile(r"(?m)^\s*各[^。\n]{1,80}[:：]\s*$")


def dominant_place(places: list[Mention], notice: bool = False, lead_end: int = 0) -> Mention | None:
    """The place a document is about when no issuer signs it: the only place it names when its lead
    (the text before ``lead_end``) names it, one named at least twice as often as any other, or in a
    notice (it opens with its addressees) the one named most often.  A city inside a zone's name (厦门
    of 厦门自贸片区) is not counted."""
    inner = SpanIndex([(p.start, p.end) for p in places])
    counts: Counter[str] = Counter(
        p.name for p in places if p.type in ("Region", "Zone") and p.level != "country" and not p.weak and not inner.covers(p.start, p.end)
    )
    if not counts:
        return None
    found = _clear_lead(counts, places, notice, lead_end)
    if found is None and len(counts) > 1:
        # a county and its town named about equally (某县 … 某县某某镇): the story is about the town
        (a, _), (b, _) = counts.most_common(2)
        inner, outer = (a, b) if _inside(a, b, places) else (b, a) if _inside(b, a, places) else (None, None)
        if inner is not None:
            counts[inner] += counts.pop(outer)
            found = _clear_lead(counts, places, notice, lead_end)
    if found is None:
        return None
    return _lead_within(places, counts, found, notice, lead_end) or next(p for p in places if p.name == found)


def _lead_within(places: list[Mention], counts: Counter[str], found: str, notice: bool, lead_end: int) -> Mention | None:
    """The place a report's lead opens with when it lies in the one named most often (近年来，某区… in a report
    that names its city's policies and banks more often): a district's report, not its city's."""
    first = next((p for p in places if p.start < lead_end and p.name in counts), None)
    if notice or first is None or first.name == found or first.level not in ("county", "town") or not _inside(first.name, found, places):
        return None
    return first


def _clear_lead(counts: Counter[str], places: list[Mention], notice: bool, lead_end: int) -> str | None:
    """The name counted clearly most often (see :func:`dominant_place`), or None."""
    (first, top), *rest = counts.most_common(2)
    in_lead = any(p.name == first and p.start < lead_end for p in places)
    if not notice and (rest or not in_lead) and (top < 3 and not _opens_lead(first, places, lead_end) or rest and rest[0][1] * 2 > top):
        return None
    return first


def _opens_lead(name: str, places: list[Mention], lead_end: int) -> bool:
    """Whether ``name`` is a zone written twice or more that is the first place of the lead (记者从某某产业园获悉，…某某
    产业园打出…): the zone the report is about, though it names few places in all."""
    first = next((p for p in places if p.start < lead_end and p.level != "country"), None)
    return first is not None and first.name == name and first.type == "Zone" and sum(p.name == name for p in places) >= 2


def _inside(inner: str, outer: str, places: list[Mention]) -> bool:
    """Whether the place named ``inner`` lies in the one named ``outer``: a coded place under a coded ancestor, or a
    town written after that county (某县某某镇) or of no county written beside a county (某某街道 in 某县's report)."""
    from .places import default_gazetteer

    ins = [p for p in places if p.name == inner]
    out = next(p for p in places if p.name == outer)
    if ins[0].level == "town":
        return any(p.place == outer for p in ins) or out.level == "county" and all(p.place is None for p in ins)
    gaz = default_gazetteer()
    place, anc = (gaz.get(ins[0].code) if ins[0].code else None), (gaz.get(out.code) if out.code else None)
    return place is not None and anc is not None and gaz.within(place, anc)


def lead_end(units: list[Unit]) -> int:
    """Where the lead of a document ends: its first paragraph of sentences, which says whom it reports on."""
    first = next((u for u in units if u.kind == "sentence"), None)
    return max((u.end for u in units if first is not None and u.para == first.para), default=0)


@dataclass(frozen=True)
class DocumentPlace:
    """Whose document it is: ``signer`` (issuer), ``own`` (issuer, home place or title: the document
    says so, and its actor-less clauses are that place's even where partners are named), ``default``
    (own, else the dominant place, the page's source body, or a dateline's place when the text speaks as a
    place: else a dateline is the outlet's seat, not whom it reports on) and the index of the title heading
    (-1 without one)."""

    signer: Mention | None
    strong: Mention | None
    own: Mention | None
    default: Mention | None
    title_index: int


def platform_issuer_place(text: str, units: list[Unit], places: list[Mention], platforms: list[Mention]) -> Mention | None:
    """The place of a state-owned platform company that issues the notice (某市投资集团关于减免房租的公告):
    its title opens with the company, whose full name, written anywhere, holds the place it acts for."""
    for u in units[:TITLE_REACH]:
        head = next((f for f in platforms if f.start == u.start and text.startswith("关于", f.end)), None)
        if head is not None:
            inner = [p for f in platforms if f.name == head.name for p in places if f.start <= p.start and p.end <= f.end and p.type in ("Region", "Zone")]
            return max(inner, key=lambda p: p.end - p.start) if inner else None
    return None


def document_place(
    text: str,
    units: list[Unit],
    places: list[Mention],
    agencies: list[Mention],
    act_ix: MentionIndex,
    platforms: list[Mention] = (),
    firms: list[Mention] = (),
) -> DocumentPlace:
    """The place a document speaks for, from the strongest evidence down (``platforms``: the document's
    state-owned platform companies, one of which may issue it; ``firms``: its enterprises, whose names
    (某市农商银行) say nothing of whom it reports on)."""
    title, title_index = title_actor(text, units, act_ix)
    signer = _own_signer(issuer(text, units, act_ix), title, units[title_index] if title is not None else None)
    strong = signer or home_place(text, agencies, places) or platform_issuer_place(text, units, places, list(platforms))
    own = strong or title
    # counted where a place may act: not opening the name of a hospital or an institution (某市协和医院), nor inside a firm's
    in_firm = SpanIndex([(f.start, f.end) for f in firms])
    lead = units[TITLE_REACH].start if len(units) > TITLE_REACH else len(text)
    acting = [
        p
        for p in places
        if not (p.type == "Region" and _NOT_ACTOR_AFTER.match(text, p.end)) and not in_firm.covers(p.start, p.end) and not (p.start < lead and _DATELINE_AFTER.match(text, p.end))
    ]
    default = (
        own
        or dominant_place(acting, bool(ADDRESSEE.search(text[:400])), lead_end(units))
        or source_body(text, units, act_ix)
        or dateline_place(text, units, act_ix)
    )
    return DocumentPlace(signer, strong, own, default, title_index)
