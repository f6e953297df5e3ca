"""Entity resolution inside one document, relations, and the final record.

Mentions of one real thing become one entity: places by gazetteer code (or
zone name), agencies by their full name, national bodies by their table
entry, enterprises by name, where a short form that another name extends by
a place (甲药 of 石家庄甲药) or a legal suffix (乙丙 of 乙丙集团) is
an alias.  A place is an entity when the text names it on its own or as the
owner of an agency, not when it is only part of a firm's, zone's or
institution's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from typing import Any

from kg.model import Entity, Measure, Record, Relation

from .agencies import CENTRE_BESIDE_BODIES, MUNICIPALITIES, national_bodies
from .enterprises import LEGAL, TRADE
from .gate import gated
from .measures import Draft, is_platform, kinds_of_firms
from .mentions import BANK_SHORT, Mention, SpanIndex
from .places import NEWS_TAG_REACH, is_bare_zone_word
from .roles import partners
from .scope import is_wire_dateline
from .structure import section_at

# 国家 or 中央 standing on its own (列入国家和省, 获得国家或省支持, 落实中央、省有关部署, 中央在某省企业), not a word's or a body's part
# (nor the party centre beside a party committee: 中央和市委)
# (发达国家, 国家级, 党中央, 十几个国家: countries counted; 欧洲国家, 英国等国家, 沿线国家, 其他国家或地区: other countries)
_NATIONAL_WORD = gated(r"(?<![各发中达个些洲等线边亚美方])国家(?=和|或(?!地区)|、|与|及|有关|相关|政策|层面|规定|部署|要求|标准|对|统一|出台|的|[,，。;；])|(?<!党)中央(?=和|、|有关|在|部署|决策|要求|[,，。;；])(?!" + CENTRE_BESIDE_BODIES + ")")
_INSTITUTION = re.compile(r"[^多各等家、,。\s\d]{0,10}?(大学|学院|医院|研究所|研究院|医疗中心|医学中心|疾控中心|卫生中心|研究中心|检测中心|科学院|中学|小学|协会|商会|经济信息社|通讯社)")
# separators (and short non-firm items) inside a list of firms after a zone
_LIST_GAP = re.compile(r"[、和与及]|[、和与及]?[^,;。]{0,10}[、和与及]")
_LEGAL_WORDS = "|".join(sorted(LEGAL, key=len, reverse=True))
_LEGAL_END = re.compile(f"({_LEGAL_WORDS})$")
_TRADE_END = re.compile(f"({'|'.join(sorted(TRADE, key=len, reverse=True))})$")
# a local firm's full name: a legal suffix, or a works (某某调料厂)
_LOCAL_NAME = re.compile(f"({_LEGAL_WORDS}|厂)$")
# 某区本土企业甲, 某高新区重点企业甲, 某县知名伴手礼品牌甲: the place right before a firm is its home
_HOME_BEFORE = re.compile(r"(本土|辖区内?|区内|当地)(企业|公司)?|的?(重点|龙头|骨干|入驻|规上)?(企业|公司)|的?[^,;。、和与及对向为在的]{1,8}?(企业|公司|品牌)|内?的")
# 某区唯一一家…企业甲
_ONLY_BEFORE = re.compile(r"(内|的)?(唯一|首家)[^,;。]{0,20}(企业|公司)")
# 甲作为某区内唯一…, 甲也是某区…企业之一, 甲是某县的一家食品企业
_HOME_AFTER = re.compile(r"(省|市|区|县|镇|乡)?(境内|内|唯一|首家)|[^,;。]{0,20}(企业|公司)之一|的(一家|重点|龙头|骨干|规上)[^,;。]{0,20}?(企业|公司)")
# 作为某市重点企业之一,甲乙…: the clause before the firm says it is one of a place's firms
_ONE_OF_BEFORE = re.compile(r"(作为|也是|是)[^,;。]{2,24}?(?:企业|台企|外企|公司)(?:之一)?,$")
ONE_OF_REACH = 32
# 位于/落户某开发区的甲乙科技, 甲乙科技落户(于)某开发区: the place a firm is sited in
_SITED_BEFORE = re.compile(r"(?:位于|落户|入驻|扎根|坐落于|地处)(.{2,10}?)的$")
_SITED_AFTER = re.compile(r"(?:于\d{4}年(?:\d{1,2}月)?)?(?:[是系]?位于|落户(?:于|在|到)?|入驻|扎根|坐落于|地处|所在的?)")
# 甲乙公司成立于1998年，2013年落户某园区: the firm's founding told first, then where it settled
_FOUNDED_THEN_SITED = re.compile(r"(?:成立于|创建于|创办于|注册于)\d{4}年(?:\d{1,2}月)?,?(?:\d{4}年(?:\d{1,2}月)?)?(?:落户|入驻|进驻|迁入|搬迁至)(?:于|在|到)?")
_BANK_NAME = re.compile(f"(银行|农商行|分行|支行|{BANK_SHORT})$")
_BRANCH = re.compile(r"(分行|支行)$")
# the place word of a bank's branch (高新 of 某银行高新支行), and the kind word a place's name ends in
_BRANCH_OF = gated(r"(?:银行|行)([\u4e00-\u9fff]{2,4}?)(?:分行|支行)$")
_PLACE_KIND = re.compile("(镇|乡|街道|区|县|市)$")
# a pronoun for the firm just named, sited in the zone that follows (该公司在某开发区…, 该企业落户某园区)
# the words after a place that name firms as its own (某区工业企业, 某镇的规上企业)
_FIRMS_OF = re.compile(r"的?(?:工业|规上|规模以上|重点|民营|中小|骨干|辖区)?企业")
# a list closed by 等 or its count and a verb of settling (甲、乙等入驻某高新区的企业)
_LIST_SITED = re.compile(r"(?:等|[两二三四五六七八九十\d]+家)+(?:进驻|入驻|落户|位于)(?:于|在|到)?")
_THAT_FIRM_AT = re.compile(r"(?:该公司|该企业)(?:在|位于|落户于?|入驻)$")
#: how far before that pronoun the firm it stands for may be named
THAT_FIRM_REACH = 80
# 我区2家企业入选…，分别是甲、乙: the firms a place's own report counts as its own (我区, 本县, 我市)
_OWN_PLACE_FIRMS = re.compile(r"(?:我|本)(区|县|市)(?:内)?(?:共有|有)?(?:[\d一二三四五六七八九十两多]+[家户])?(?:重点|规上|骨干|龙头)?(?:企业|公司)")
_OWN_LEVEL = {"区": "county", "县": "county", "市": "city"}
_FUTURE_SITE = gated(r"(?:将|拟|计划|准备|打算)(?:在|于|到)$")
# a branch named by a bare level word (国开行省分行, 某银行市支行)
_LEVEL_BRANCH = re.compile(r"(?<![省市])(省|市)(分行|支行|分公司)$")
# a bank's short name after a bare level word (市农行, 县工行): its branch of the place of that level
_LEVEL_SHORT_BANK = re.compile(f"^([省市县区])(?:{BANK_SHORT})$")
_TYPE_ORDER = {"Region": 0, "Zone": 1, "Agency": 2, "Enterprise": 3, "PolicyDocument": 4}
EVIDENCE_MAX = 200
#: no list of firms after a zone runs longer than this
CLAUSE_MAX = 400
# 园区企业某公司, 新区重点企业某公司: a firm of the zone in scope
_ZONE_WORD_FIRM = re.compile(r"(园区|新区|新片区|开发区|高新区|经开区|示范区|片区)(内|的)?(重点|龙头|骨干|入驻|规上)?(企业|公司)$")
#: how far back a bare zone word (园区企业) looks for the zone it stands for
ZONE_LOOKBACK = 3000
#: short brands (甲乙, 丙丁丁) are often known beyond the place a document is about; longer names are local
BRAND_MAX = 4
# what stands between two firms of a list (甲乙、丙丁; one to a numbered line)
_LIST_MARKS = re.compile(r"[、和与及]|[ \t]*\n\s*(?:\d{1,3}[.、．)]|[(（]\d{1,3}[)）])?")
#: a document is about one place when all its measures are that place's, or when that place has this many
#: of its measures and this share of them
ABOUT_MIN = 3
ABOUT_SHARE = 0.8
#: how far after a zone's mention a firm without a stated place is taken to be in it
SECTION_REACH = 600


def _evidence(text: str, s: int, e: int) -> str:
    """The original line around a span, cut to a readable length (looking no further than that length)."""
    lo, hi = max(0, s - EVIDENCE_MAX), min(len(text), e + EVIDENCE_MAX)
    ls = max(lo, text.rfind("\n", lo, s) + 1)
    le = text.find("\n", e, hi)
    le = hi if le < 0 else le
    if le - ls > EVIDENCE_MAX:
        ls = max(ls, s - EVIDENCE_MAX // 2)
        le = min(le, max(e, ls + EVIDENCE_MAX))
    return text[ls:le].strip()

# a zone word with its kind spelled out or abbreviated, and the one form that stands for both: 某某经济开发区 is
# 某某开发区, 某某综合保税区 is 某某综保区, 某某高新技术产业开发区 is 某某高新区
_FORMAL_ZONE = (
    (re.compile("(?:经济技术|经济)开发区$|经开区$"), "开发区"),
    (re.compile("综合保税区$"), "综保区"),
    (re.compile("高新技术(?:产业)?开发区$"), "高新区"),
)


def _zone_key(name: str) -> str:
    """One key for the formal and the short forms of an unlisted zone's kind."""
    for kind, short in _FORMAL_ZONE:
        name = kind.sub(short, name)
    return name


#: the words a town's or street's name ends with
_TOWN_WORDS = ("镇", "乡", "街道", "苏木")


class _Places:
    """Place entities: identity, display name, surfaces and first mention."""

    def __init__(self, gaz: Any) -> None:
        self.gaz = gaz
        self.surfaces: dict[str, list[Mention]] = defaultdict(list)
        self.place: dict[str, Any] = {}

    def key(self, m: Mention) -> str:
        if m.code:
            return m.code
        found = [p for p in self.gaz.lookup(m.name) if p.type == m.type]
        if len(found) == 1 or found and not m.type == "Region":
            return found[0].code or found[0].name
        if found:
            # a district of two cities the text cannot tell apart (龙华区) is named, not coded at a guess
            return m.name
        # 某某经济开发区, 某某经开区 and 某某开发区 are one zone written with or without its formal kind
        return _zone_key(m.name) if m.type == "Zone" else m.name

    def add(self, m: Mention) -> str:
        k = self.key(m)
        self.surfaces[k].append(m)
        if k not in self.place:
            found = self.gaz.get(k) if m.code else next(iter(p for p in self.gaz.lookup(m.name) if p.type == m.type and (p.code or p.name) == k), None)
            self.place[k] = found
        return k

    def name(self, k: str) -> str:
        ms = self.surfaces[k]
        place = self.place.get(k)
        written = Counter(m.surface for m in ms)
        # a prefecture's formal name (某某苗族侗族自治州) only where the text writes it, and so a Taiwan county's
        # (宜兰县: only 省 and 市 go without saying); else as written (某某州, 宜兰)
        if place is not None and (place.level in ("country", "province", "city") and not place.name.endswith(("自治州", "县")) or place.name in written):
            return place.name
        if place is not None and place.type == "Zone" and all(map(is_bare_zone_word, written)):
            # a listed zone written only by its kind (高新区 in a 南昌 report) is named as the list names it (南昌高新区)
            return place.name
        if ms[0].level == "town":
            # a town is named with its town word: written so at least once (某某镇 … 某某党委, 扎根某某), that form,
            # else (某县某某政府 … 该镇) its name as the text reads it
            worded = Counter({w: n for w, n in written.items() if w.endswith(_TOWN_WORDS)})
            if not worded:
                return ms[0].name
            written = worded
        return max(written, key=lambda s: (written[s], -min(m.start for m in ms if m.surface == s)))


def build_record(
    doc_id: str,
    text: str,
    view: str,
    gaz: Any,
    places: list[Mention],
    agencies: list[Mention],
    firms: list[Mention],
    documents: list[Mention],
    drafts: list[Draft],
    sections: list[tuple[int, int, Mention]] = (),
    heads: list[tuple[int, str]] = (),
) -> Record:
    """The record of one document from its mentions and measure drafts."""
    entities: dict[tuple[str, str], dict[str, Any]] = {}

    def entity(etype: str, name: str, m: Mention, code: str | None = None) -> None:
        e = entities.setdefault((etype, name), {"aliases": [], "span": (m.start, m.end), "code": code})
        if m.surface != name and m.surface not in e["aliases"]:
            e["aliases"].append(m.surface)

    # places
    pl = _Places(gaz)
    hidden = SpanIndex([(m.start, m.end) for m in firms + documents] + [(p.start, p.end) for p in places if p.type == "Zone"])
    in_agency = SpanIndex([(a.start, a.end) for a in agencies])
    emitted: list[Mention] = []
    firm_starts = {f.start for f in firms}  # a firm right after a place is no institution (某高新区甲乙智能在医院部署…)
    plain = {m.code for m in places if not m.weak}
    for m in places:
        if m.weak and m.code not in plain:
            continue
        if hidden.covers(m.start, m.end) or m.start < NEWS_TAG_REACH and is_wire_dateline(view, m):
            continue
        if not in_agency.covers(m.start, m.end) and m.end not in firm_starts and _INSTITUTION.match(view, m.end, m.end + 16):
            continue
        emitted.append(m)
    keys = {id(m): pl.add(m) for m in emitted}
    emitted_starts = [m.start for m in emitted]  # (in text order, as the places are)
    # places named only inside a title, a firm or an institution, but used as an actor
    for d in drafts:
        if id(d.region) not in keys and d.region.type in ("Region", "Zone"):
            keys[id(d.region)] = pl.add(d.region)
    place_name = {k: pl.name(k) for k in pl.surfaces}
    by_canonical = {}
    for k, ms in pl.surfaces.items():
        place = pl.place.get(k)
        by_canonical[place.name if place is not None else ms[0].name] = k
        for m in ms:
            # every form the key merged finds the place (an agency's host written without the zone's formal kind)
            by_canonical.setdefault(m.name, k)
            entity(m.type, place_name[k], m, k if place is not None and place.code == k else None)

    unwritten: dict[str, Mention] = {}
    zone_hosts = {m.place for m in places if m.type == "Zone" and m.place}

    def place_of(name: str | None, near: Mention) -> str | None:
        if name is None:
            return None
        k = by_canonical.get(name)
        if k is None:
            found = [m for m in places if m.name == name]
            # (a county written only inside its zone's name, 某县经济开发区, is the host of that zone)
            hosts = name in zone_hosts
            if not found:
                # a province or city implied by an agency (省委 in a notice naming only its city), or a zone's county
                found = [Mention(near.start, near.end, p.type, p.name, p.name, p.code, p.level) for p in gaz.lookup(name)
                         if p.level in ("province", "city") or hosts and p.level == "county"][:1]
            if not found:
                return None
            k = pl.add(found[0])
            place_name[k] = pl.name(k)
            by_canonical[name] = k
            if name in view or hosts:
                entity(found[0].type, place_name[k], found[0], found[0].code)
            else:
                # a province the text never writes is the body's place, but a place of the record only as a measure's
                unwritten[place_name[k]] = found[0]
        return place_name[k]

    relations: list[Relation] = []
    # agencies
    national = national_bodies()
    agency_name: dict[int, str] = {}
    national_first: dict[str, str] = {}
    written = {a.name for a in agencies}
    for a in agencies:
        if a.place == "中国" and a.name in national:
            canon = national[a.name]
            # (named by its first written form the table knows: a bare 中央 beside 市委 is named 党中央)
            name = national_first.setdefault(canon, a.surface if a.surface in national else a.name)
            # 中国 is named by a national body's measure or by its own written forms, not by the body alone
            owner = "中国"
        else:
            # 港府 … 特区政府 (named 香港特区政府): a table body's short name joins its full name written elsewhere
            name = national[a.name] if a.name in national and national[a.name] in written else a.name
            owner = place_of(a.place, a)
            k = by_canonical.get(a.place or "")
            if owner and k is not None and pl.place.get(k) is None and a.level == "zone" and a.name.startswith(a.place or "") and owner != a.place:
                # the body of an unlisted zone is named after the zone as the record names it (某某度假区管委会 of
                # 某某度假区, written so more often than 某县某某度假区)
                name = owner + a.name[len(a.place or "") :]
        agency_name[id(a)] = name
        entity("Agency", name, a)
        if owner:
            relations.append(Relation("UNDER", name, owner, _evidence(text, a.start, a.end), (a.start, a.end)))
    if own := _NATIONAL_WORD.search(view):
        # 按照国家有关规定: the country named on its own
        entity("Region", "中国", Mention(own.start(), own.end(), "Region", "中国", "国家", "100000", "country"), "100000")
    # enterprises
    firm_name, implied = _firm_names(firms, places, gaz)
    for f in firms:
        entity("Enterprise", firm_name[id(f)], f)
    # policy documents
    for d in documents:
        entity("PolicyDocument", d.name, d)
    relations += _part_of(text, pl, place_name)
    measures = []
    helpers: dict[str, list[str]] = {}  # firm -> the places of the local measures that helped it, in order
    helped_mentions: dict[str, list[int]] = {}  # firm -> its mentions those measures name
    visited: dict[int, str] = {}  # firm mention -> the other place its helper went to
    regions: Counter[str] = Counter()
    for d in drafts:
        if d.region.type == "Agency":
            region = _agency_region(d.region, national, entity, place_of)
        else:
            region = place_name[keys[id(d.region)]]
        if region is None:
            continue
        if not d.enlisted:  # a body brought in to help says nothing of where the firms are
            regions[region] += 1
            if region != "中国":
                # (officials of one place visiting another, 某市副市长一行到某地调研，走访了甲公司: the firms are there)
                if (where := _destination(view, d, emitted, emitted_starts, keys, place_name, region)) is not None:
                    visited.update((id(b), where) for b in d.beneficiaries)
                for b in d.beneficiaries:
                    helpers.setdefault(firm_name[id(b)], []).append(region)
                    helped_mentions.setdefault(firm_name[id(b)], []).append(id(b))
        measures.append(
            Measure(
                region=region,
                categories=tuple(d.categories),
                agency=agency_name.get(id(d.agency)) if d.agency else None,
                policy_document=d.document.name if d.document else None,
                # (a bank named with the help lends it: a lender is no beneficiary)
                beneficiaries=tuple(dict.fromkeys(firm_name[id(b)] for b in d.beneficiaries if not _BANK_NAME.search(firm_name[id(b)]))),
                amount_cny=d.amount,
                cap_cny=d.cap,
                text=text[d.start : d.end].strip(),
                span=(d.start, d.end),
                summary=d.summary,
                section=section_at(heads, d.start),
            )
        )
    for region in dict.fromkeys(m.region for m in measures):
        if (p := unwritten.get(region)) is not None:
            entity(p.type, region, p, p.code)
    # a local measure's firms are that place's firms when the document is about that place (most of its measures)
    # (of that place and the places inside it that helped the firm too, the innermost: a city's office and then
    # its district's helped the firm, which is in the district)
    helped: dict[int, str] = {}  # firm mention -> the place that helped it
    measured = sum(regions.values())  # (once, not for each name of each firm)
    main = regions.most_common(1)[0][0] if regions else None
    main = main if main is not None and regions[main] * 2 >= measured else None

    def inside(inner: str, outer: str) -> bool:
        """Whether the place named ``inner`` lies in the one named ``outer``: by the gazetteer, or as a zone it does
        not list written after that host (某某区 … 某某经济开发区 of 某某区)."""
        k = by_canonical.get(inner, "")
        return _lies_in(pl, k, by_canonical.get(outer, "")) or any(m.type == "Zone" and m.place == outer for m in pl.surfaces.get(k, ()))

    for firm, names in helpers.items():
        first = next((n for n in names if regions[n] * 2 >= measured), None)
        if first is None and main is not None and any(inside(n, main) for n in names if n != main):
            first = main  # (a zone of the district the report is about helped the firm: the firm is in that zone)
        if first is not None:
            inner = [n for n in names if n == first or inside(n, first)]
            home = next((n for n in inner if all(m == n or inside(n, m) for m in inner)), first)
            helped.update((m, home) for m in helped_mentions[firm])
    top = regions.most_common(1)
    about = top[0][0] if top and (top[0][1] >= ABOUT_MIN and top[0][1] >= ABOUT_SHARE * measured or len(regions) == 1) else None
    dominant = top[0][0] if top else None
    def adopt(p: Mention) -> None:
        """Make a place written inside a firm's name a place of the record (the firm's own place)."""
        k = pl.add(p)
        place_name[k] = pl.name(k)
        place = pl.place.get(k)
        entity(p.type, place_name[k], p, k if place is not None and place.code == k else None)

    relations += _located_in(text, view, firms, firm_name, implied, places, place_name, keys, pl, helped, sections, about, dominant, in_agency, helpers, adopt,
                             SpanIndex([m.span for m in measures]), visited)
    china = entities.get(("Region", "中国"))
    if china and not _GOVERNMENT_FORMS.intersection(china["aliases"]) and not any(m.region == "中国" for m in measures) and not any(r.object == "中国" for r in relations):
        # 面向全国, 全国性, 中国某某网: the country written as a scope or inside a name, with nothing national done
        # and never as its government (国家, 中央)
        del entities[("Region", "中国")]
    ents = [
        Entity(name, etype, tuple(v["aliases"]), v["code"], _evidence(text, *v["span"]), v["span"])
        for (etype, name), v in entities.items()
    ]
    ents.sort(key=lambda e: (_TYPE_ORDER[e.type], e.span or (0, 0), e.name))
    named = {e.name for e in ents}
    # a national body's UNDER 中国 stands only where 中国 is an entity of the record
    relations = list({(r.type, r.subject, r.object): r for r in relations if r.subject in named and r.object in named}.values())
    relations.sort(key=lambda r: (r.type, r.span or (0, 0), r.subject, r.object))
    measures = list({(m.region, m.categories, m.span, m.amount_cny): m for m in measures}.values())
    return Record(doc_id=doc_id, entities=tuple(ents), measures=tuple(measures), relations=tuple(relations))


#: the country's written forms that name its government, not its extent (国家有关规定, 落实中央部署)
_GOVERNMENT_FORMS = frozenset({"国家", "中央", "我国"})


# a verb of going right before a place (到某地调研, 赴某县, 来到某开发区, 去某区调研)
_GOING_TO = re.compile("(?:来到|前往|深入|到|赴|至|去)$")
# a visiting party (某某一行), and how far before its measure the place it went to is looked for
_PARTY = re.compile("一行")
PARTY_REACH = 200


def _destination(
    view: str, d: Draft, places: list[Mention], starts: list[int], keys: dict[int, str], place_name: dict[str, str], region: str
) -> str | None:
    """The place a measure's actor goes to before the firms it helps (某市副市长一行到某地调研，走访甲公司), when it is
    another place than the actor's: the firms visited are there, not in the visitor's place; a visiting party going on
    (某某一行先后走访了甲公司) goes on in the place it went to a few sentences before.  ``starts`` are the places'
    starts, so only the places of the measure's own stretch are looked at."""
    first = min((b.start for b in d.beneficiaries), default=d.end)
    lo = max(0, d.start - PARTY_REACH) if _PARTY.search(view, d.start, first) else d.start
    for i in range(bisect_left(starts, lo), bisect_left(starts, first)):
        p = places[i]
        if id(p) in keys and _GOING_TO.search(view, max(lo, p.start - 2), p.start):
            while i + 1 < len(places) and places[i + 1].start == places[i].end and id(places[i + 1]) in keys:
                i += 1  # 到某市某区: the last place of the chain
            name = place_name[keys[id(places[i])]]
            return name if name != region else None
    return None


def _china(entity, a: Mention) -> str:
    entity("Region", "中国", Mention(a.start, a.end, "Region", "中国", "中国", "100000", "country"), "100000")
    return "中国"


def _agency_region(a: Mention, national: dict[str, str], entity, place_of) -> str | None:
    """The place whose government an agency belongs to (中国 for a national body)."""
    if a.place == "中国" and a.name in national:
        return _china(entity, a)
    return place_of(a.place, a)


def _firm_names(firms: list[Mention], places: list[Mention], gaz: Any) -> tuple[dict[int, str], dict[int, Mention]]:
    """One name per enterprise (a short form becomes the longer name that extends it),
    and the place implied by a leading 省/市 (省天然气公司 after 浙江 is 浙江省天然气公司)."""
    names = {f.name for f in firms}
    canon: dict[str, str] = {}
    for long in sorted(names, key=lambda n: (len(n), n)):
        for i in range(1, len(long) - 1):
            # 甲乙集团 after its place (某省甲乙集团), also written 甲乙集团公司
            for short in (long[i:], long[i:] + "公司" if long.endswith("集团") else ""):
                if short in names and short not in canon and (long[:i] in _LEVEL_WORDS or gaz.lookup(long[:i])):
                    canon[short] = long
        for suffix in LEGAL:
            short = long[: -len(suffix)]
            if long.endswith(suffix) and short in names and short not in canon:
                canon[short] = long
    for short, long in _trade_prefixes(names - set(canon)).items():
        canon.setdefault(short, long)
    for short, long in _abbreviations(names - set(canon)).items():
        canon.setdefault(short, long)
    for short, long in _bank_short_forms(names - set(canon), places).items():
        canon.setdefault(short, long)
    for other, first in _reordered_branches([f.name for f in firms if f.name not in canon]).items():
        canon.setdefault(other, first)
    out: dict[int, str] = {}
    implied: dict[int, Mention] = {}
    for f in firms:
        name = f.name
        while name in canon:
            name = canon[name]
        if name[0] in "省市":
            level = "province" if name[0] == "省" else "city"
            before = [p for p in places if p.end <= f.start and p.level == level]
            if before and before[-1].name in name:
                name = name[1:]  # 市某银行某市分行: the branch's own name says the city already
            elif before:
                name = before[-1].name + name
                implied[id(f)] = before[-1]
        out[id(f)] = name
    return out, implied


#: a bare level word that stands for the document's place before a name (市工商银行 … 工商银行)
_LEVEL_WORDS = frozenset("省市区县")
#: the shortest trade name read as the start of a longer firm's name
TRADE_PREFIX_MIN = 4


def _trade_prefixes(names: set[str]) -> dict[str, str]:
    """A trade name (甲乙机械) that starts exactly one longer name with a legal word (甲乙机械制造公司): its short form."""
    starts: dict[str, set[str]] = defaultdict(set)
    for long in names:
        legal = _LEGAL_END.search(long)
        if legal is None:
            continue
        for j in range(TRADE_PREFIX_MIN, legal.start()):
            starts[long[:j]].add(long)
    return {n: next(iter(starts[n])) for n in names if len(starts.get(n, ())) == 1 and _TRADE_END.search(n) and not _LEGAL_END.search(n)}


def _abbreviations(names: set[str]) -> dict[str, str]:
    """Short names made of characters of one longer name, in order (乙担保公司 of 甲乙信用担保有限公司)."""
    bodies = {n: _LEGAL_END.sub("", n) for n in names}
    by_char: dict[str, set[str]] = defaultdict(set)
    for n, body in bodies.items():
        for c in body:
            by_char[c].add(n)
    out: dict[str, str] = {}
    for short in sorted(names):
        body = bodies[short]
        if len(body) < 3 or body == short:
            continue
        pool = set.intersection(*(by_char[c] for c in set(body)))
        # (a bank is not its own branch: 甲乙银行 … 甲乙银行某市分行)
        longer = [n for n in pool if len(bodies[n]) > len(body) and n != short and _in_order(body, bodies[n]) and not (n.startswith(short) and _BRANCH.search(n))]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


# the usual short names of the large state banks (江宁工行) and the words of their full names
_BANK_SHORTS = {"工行": "工商银行", "农行": "农业银行", "中行": "中国银行", "建行": "建设银行", "交行": "交通银行"}
_BANK_SHORT_END = gated(f"({'|'.join(_BANK_SHORTS)})$")


# a bank's branch written with its place before or after the bank's short name (某地农行某某支行, 农行某地某某支行)
_PLACED_BRANCH = re.compile(f"(.{{0,6}}?)({BANK_SHORT})(.+(?:支行|分行))")
_BARE_BANK = re.compile(BANK_SHORT)


def _reordered_branches(names: list[str]) -> dict[str, str]:
    """The other forms of a bank's branch (农行某地某某支行 of 某地农行某某支行; a bare 农行 where the text names one
    branch of it) mapped to the form written first (``names`` in text order)."""
    first: dict[tuple[str, str], str] = {}
    out: dict[str, str] = {}
    for n in names:
        if (m := _PLACED_BRANCH.fullmatch(n)) is not None:
            key = (m.group(2), m.group(1) + m.group(3))
            if first.setdefault(key, n) != n:
                out[n] = first[key]
    for n in names:
        branches = {b for (bank, _), b in first.items() if bank == n}
        if _BARE_BANK.fullmatch(n) and len(branches) == 1:
            out[n] = branches.pop()
    return out


def _bank_short_forms(names: set[str], places: list[Mention]) -> dict[str, str]:
    """A bank's short name after a place (某地工行) when the text names one branch of that bank for that place
    in full (工商银行某地支行): the short name is that branch."""
    out: dict[str, str] = {}
    for short in names:
        m = _BANK_SHORT_END.search(short)
        where = short[: m.start()] if m else ""
        if len(where) < 2:
            continue
        forms = {where} | {_PLACE_KIND.sub("", p.name) for p in places if p.name.startswith(where) or p.surface == where}
        branches = [n for n in names if _BANK_SHORTS[m.group(1)] in n and _BRANCH.search(n) and any(n.endswith((f + "支行", f + "分行")) for f in forms)]
        if len(branches) == 1:
            out[short] = branches[0]
    return out


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` appear in ``long`` in the same order."""
    rest = iter(long)
    return all(c in rest for c in short)


def _located_in(text, view, firms, firm_name, implied, places, place_name, keys, pl, helped, sections, about=None, dominant=None, bodies=None, helpers=None,
                adopt=None, measured: SpanIndex | None = None, visited: dict[int, str] | None = None) -> list[Relation]:
    """Firms next to a zone (某某高新区甲乙基因, with the list that follows), 位于/本土/唯一 patterns; else the zone
    of the section the firm is reported in, the place of a local measure that helped it, and last a place in its name."""
    out: list[Relation] = []
    # a kind of firm named by what it makes or secures (生产口罩、防护服等企业) is nowhere
    kinds = SpanIndex(kinds_of_firms(view, firms))
    firms = [f for f in firms if not kinds.overlaps(f.start, f.end)]
    by_start = {p.start: p for p in places}
    starts = [p.start for p in places]
    ordered = sorted(firms, key=lambda f: f.start)
    firm_starts = [f.start for f in ordered]

    homed: set[int] = set()

    located: set[str] = set()  # the firms (by name) given a place so far

    def emit(f: Mention, p: Mention) -> None:
        k = keys.get(id(p))
        if k is not None:
            homed.add(id(f))
            located.add(firm_name[id(f)])
            out.append(Relation("LOCATED_IN", firm_name[id(f)], place_name[k], _evidence(text, f.start, f.end), (f.start, f.end)))

    def own_places(f: Mention) -> list[Mention]:
        """The provinces and cities written inside a firm's name."""
        return [p for p in places[bisect_left(starts, f.start) : bisect_left(starts, f.end)] if p.end <= f.end and p.level in ("province", "city")]

    def last_of_level(pos: int, level: str) -> Mention | None:
        """The province or city (by ``level``) named last before ``pos``, as an entity."""
        i = bisect_left(starts, pos) - 1
        while i >= 0 and not (places[i].level == level and places[i].end <= pos and pl.key(places[i]) in place_name):
            i -= 1
        return places[i] if i >= 0 else None

    def last_for_word(pos: int, word: str) -> Mention | None:
        """The place named last before ``pos`` that a bare level word (省, 市, 县, 区) stands for: a city, or a
        county-level city for 市."""
        for p in reversed(places[: bisect_left(starts, pos)]):
            if p.end <= pos and pl.key(p) in place_name and p.type == "Region" and (
                    p.level == "province" if word == "省" else p.level == "city" or p.level == "county" and p.name.endswith("市") if word == "市"
                    else p.level == "county" and p.name.endswith(word)):
                return p
        return None

    def last_place(s: int, e: int) -> Mention | None:
        found = [p for p in places[bisect_left(starts, s) : bisect_left(starts, e)] if p.end <= e]
        return found[-1] if found else None

    for z in (p for p in places if p.type == "Zone"):
        pos, clause_end = z.end, _clause_end(view, z.end)
        for f in ordered[bisect_left(firm_starts, z.end) :]:
            if f.start >= clause_end or f.start != pos and (pos == z.end or not _LIST_GAP.fullmatch(view[pos : f.start])):
                # (only a list that opens right at the zone: 某高新区和甲乙公司 joins two parties)
                break
            emit(f, z)
            pos = f.end
    run: list[Mention] = []
    for f in ordered:
        # 甲、乙等入驻某高新区的企业, 甲、乙两家进驻某产业园的企业: the place the listed firms settled in
        run = run + [f] if run and run[-1].end <= f.start and _LIST_MARKS.fullmatch(view, run[-1].end, f.start) else [f]
        if len(run) > 1 and (m := _LIST_SITED.match(view, f.end)) and (p := by_start.get(m.end())) is not None:
            while (inner := by_start.get(p.end)) is not None:
                p = inner
            for g in run:
                emit(g, p)
    for f in ordered:
        before = view[max(0, f.start - 12) : f.start]
        after = view[f.end : f.end + 14]
        hit = None
        m = _SITED_BEFORE.search(before)
        if m:
            hit = last_place(f.start - len(m.group(0)) + 2, f.start)
        if hit is None:
            p = last_place(f.start - 12, f.start)
            lead = by_start.get(f.start)
            if p is not None and (p.end == f.start and lead is not None and lead.level == "province" or _HOME_BEFORE.fullmatch(view[p.end : f.start])):
                # (a town right before a name its province opens: 某镇山东甲乙公司)
                hit = p
        if hit is None:
            p = last_place(f.start - 30, f.start)
            if p is not None and _ONLY_BEFORE.fullmatch(view[p.end : f.start]):
                hit = p
        if hit is None and (m4 := _ONE_OF_BEFORE.search(view, max(0, f.start - ONE_OF_REACH), f.start)):
            hit = by_start.get(m4.end(1))  # 作为某市重点企业(之一),甲乙电脑…
            if hit is not None and hit.level == "country":
                hit = None
        if hit is None and _ZONE_WORD_FIRM.search(view, max(0, f.start - 12), f.start):
            hit = _last_zone(places, starts, f.start)  # 园区企业某公司: the zone last named
        if hit is None:
            m2 = re.match(r"(作为|也是|是)", after)
            p = by_start.get(f.end + len(m2.group(0))) if m2 else None
            if p is not None and _HOME_AFTER.match(view, p.end):
                hit = p
        if hit is None and (sited_at := _sited_after(view, f.end, after)) is not None:
            # 甲乙科技落户某开发区, 甲乙是位于某新区某街道的…, 甲乙所在的某街道: the last of the places written there
            hit = by_start.get(sited_at)
            while hit is not None and (inner := by_start.get(hit.end)) is not None:
                hit = inner
        if hit is not None:
            emit(f, hit)
        home = implied.get(id(f))
        if home is not None and pl.key(home) in place_name:
            homed.add(id(f))
            out.append(Relation("LOCATED_IN", firm_name[id(f)], place_name[pl.key(home)], _evidence(text, f.start, f.end), (f.start, f.end)))
    for m in _OWN_PLACE_FIRMS.finditer(view):
        # 我区2家企业入围名单，分别是甲、乙: the firms of that sentence are in the one such place the text names
        word = m.group(1)
        own = {keys[id(p)]: p for p in places if id(p) in keys and p.type == "Region" and p.level == _OWN_LEVEL[word] and p.name.endswith(word)}
        if len(own) != 1:
            continue
        home = next(iter(own.values()))
        end = view.find("。", m.end())
        for f in ordered[bisect_left(firm_starts, m.end()) :]:
            if f.start >= (end if end >= 0 else len(view)):
                break
            if id(f) not in homed and firm_name[id(f)] not in located:
                emit(f, home)
    for f in ordered:
        # 从该县甲乙村镇银行贷款: the firm named right after 该县 or 本市 is in the last place of that level named before it
        word = view[f.start - 1 : f.start] if f.start >= 2 and view[f.start - 2] in "该本" else ""
        if id(f) not in homed and firm_name[id(f)] not in located and word in _OWN_LEVEL:
            earlier = [p for p in places if id(p) in keys and p.type == "Region" and p.level == _OWN_LEVEL[word] and p.end <= f.start - 2]
            if earlier:
                emit(f, max(earlier, key=lambda p: p.end))
    for z in (p for p in places if p.type == "Zone"):
        # 甲乙公司…。前不久该公司在某开发区启动建设…: the firm the pronoun stands for is in that zone
        if _THAT_FIRM_AT.search(view, max(0, z.start - 6), z.start):
            i = bisect_left(firm_starts, z.start) - 1
            if i >= 0 and z.start - ordered[i].end <= THAT_FIRM_REACH and firm_name[id(ordered[i])] not in located:
                emit(ordered[i], z)
    for f in ordered:
        # 某银行高新支行, 某农商行某镇支行: a branch named after a zone or town of the text is there (one named
        # after a city or county serves all of it, as a bank named after a place is not said to be only there)
        if id(f) not in homed and (branch := _BRANCH_OF.search(f.name)):
            word = branch.group(1)
            named_for = {p.name: p for p in places if id(p) in keys and (p.type == "Zone" or p.level == "town")
                         and (p.name.endswith(word) or _PLACE_KIND.sub("", p.name).endswith(word))}
            if len(named_for) == 1:
                emit(f, next(iter(named_for.values())))
    # a group whose name is inside the name of a firm written before it (日本佳能大连公司成为佳能集团…)
    # is that firm's parent, and a place's platform company (某省交投公司) belongs to the place of its
    # name: the section either is mentioned in says nothing of where it is
    homed |= _parents(ordered)
    owned = {id(f) for f in ordered if is_platform(f.name) and own_places(f)}
    # otherwise the zone the text is reporting on just before the firm
    # (the latest place named on its own before it, when that is a zone)
    # (a zone where a firm is yet to build, 集团将在某工业园区投资建设新厂, is no place the report is on)
    named = sorted((p for p in places if id(p) in keys and not (p.type == "Zone" and _FUTURE_SITE.search(view, max(0, p.start - 4), p.start))),
                   key=lambda p: p.end)
    named_ends = [p.end for p in named]
    # (a firm placed already, by a pattern or by an earlier mention's section, is not placed again: a
    # firm named in several zones' sections is not in each of them; nor is a firm first named before any
    # zone, which a later mention only cites)
    first_seen: set[str] = set()
    # (a partner the place's firms deal with, 与甲、乙等企业洽谈合作, or a firm's client, 其客户包括甲、乙, is not one of its firms)
    joint = partners(view, ordered)
    for f in ordered:
        first = firm_name[id(f)] not in first_seen
        first_seen.add(firm_name[id(f)])
        if not first or id(f) in homed or id(f) in owned or firm_name[id(f)] in located or _BANK_NAME.search(f.name) or id(f) in joint:
            continue
        zone = _section_zone(named, named_ends, f.start, pl, bodies, view)
        if zone is not None and all(_name_allows(p, zone, pl) for p in own_places(f)):
            emit(f, zone)  # unless the firm's own name places it elsewhere (国网某省电力公司 in another province's zone)
    key_of = {name: k for k, name in place_name.items()}

    def named_inside(f: Mention, outer: str | None) -> str | None:
        """The most specific place written in the firm's name that lies inside ``outer`` (a place's name):
        某县甲乙公司 helped by its province is in that county, also when the county is written only there (a city's
        report on 某县甲乙公司: the county becomes a place of the record)."""
        k_out = key_of.get(outer or "")
        written = [p for p in places[bisect_left(starts, f.start) : bisect_left(starts, f.end)] if p.end <= f.end]
        inside = [k for k in map(pl.key, written) if k in place_name and k != k_out and k_out is not None and _within(pl, k, k_out)]
        if inside:
            return place_name[inside[-1]]
        region, opening, at = pl.place.get(k_out or ""), [], f.start
        for p in written:  # (the places the name opens with: not a branch's after its parent's mark, 国网某市某县公司)
            if p.start != at:
                break
            opening.append(p)
            at = p.end
        # (written with its level word: 某县甲乙公司; a bare 某某 opening a group's name, 白银集团, may be only its origin)
        only_here = [p for p in opening if p.level in ("city", "county") and p.surface[-1] in _LEVEL_WORDS and p.code and pl.key(p) not in place_name and region is not None
                     and (g := pl.gaz.get(p.code)) is not None and pl.gaz.within(g, region)]
        if not only_here or adopt is None:
            return None
        adopt(only_here[-1])
        return place_name[pl.key(only_here[-1])]

    # the places inside another that the text names as the firms' own (市工信局督查某区工业企业复工): the one
    # such place inside a place that helps a firm, or that the document is about, is where the firm is
    owners = {keys[id(p)] for p in places if id(p) in keys and p.type in ("Region", "Zone") and _FIRMS_OF.match(view, p.end)}

    def firms_place(outer: str) -> str | None:
        k_out = key_of.get(outer)
        inside = {k for k in owners if k_out is not None and k != k_out and _lies_in(pl, k, k_out)}
        return place_name[next(iter(inside))] if len(inside) == 1 else None

    # otherwise the zone the headings (or the title) put in scope where the firm is reported
    section_starts = [a for a, _, _ in sections]
    emitted_by_name: dict[str, Mention] = {}
    for p in places:
        if id(p) in keys:
            emitted_by_name.setdefault(p.name, p)
    for f in ordered:
        if id(f) in homed or id(f) in owned or firm_name[id(f)] in located or _BANK_NAME.search(f.name) or id(f) in joint:
            continue
        i = bisect_right(section_starts, f.start) - 1
        if i >= 0 and f.start < sections[i][1]:
            zone = sections[i][2]
            inner = named_inside(f, place_name.get(pl.key(zone))) if zone.type == "Region" else None
            if inner is not None:
                # 某县甲乙公司 under a heading of its province: the county its name gives
                located.add(firm_name[id(f)])
                out.append(Relation("LOCATED_IN", firm_name[id(f)], inner, _evidence(text, f.start, f.end), (f.start, f.end)))
            elif all(_name_allows(p, zone, pl) for p in own_places(f)):
                emit(f, zone if id(zone) in keys else emitted_by_name.get(zone.name, zone))
    # otherwise the place whose measure helped the firm (or the place inside it that the firm's name gives)
    def elsewhere(f: Mention, outer: str) -> bool:
        """Whether the firm's name places it in a named place apart from ``outer`` (某市甲乙公司 helped by another
        city's body): neither inside that place nor holding it."""
        k_out = key_of.get(outer)
        own = [pl.key(p) for p in places[bisect_left(starts, f.start) : bisect_left(starts, f.end)]
               if p.end <= f.end and p.level in ("province", "city", "county") and pl.key(p) in place_name]
        return k_out is not None and bool(own) and not any(k == k_out or _within(pl, k, k_out) or _lies_in(pl, k_out, k) for k in own)

    for f in ordered:
        # (a firm a body visits in another place is there: 某市副市长到某地调研，走访了甲公司)
        if id(f) not in homed and id(f) not in owned and id(f) in (visited or {}) and firm_name[id(f)] not in located and not elsewhere(f, visited[id(f)]):
            homed.add(id(f))
            home = named_inside(f, visited[id(f)]) or visited[id(f)]
            out.append(Relation("LOCATED_IN", firm_name[id(f)], home, _evidence(text, f.start, f.end), (f.start, f.end)))
    for f in ordered:
        if (id(f) not in homed and id(f) not in owned and id(f) in helped and firm_name[id(f)] not in located and not _BANK_NAME.search(f.name)
                and not elsewhere(f, helped[id(f)])):
            homed.add(id(f))
            home = named_inside(f, helped[id(f)]) or firms_place(helped[id(f)]) or helped[id(f)]
            out.append(Relation("LOCATED_IN", firm_name[id(f)], home, _evidence(text, f.start, f.end), (f.start, f.end)))
    # otherwise the place the whole document is about (or the place inside it that the name gives), for a firm
    # whose name places it in no province or city and is a local firm's full name (甲乙调料厂, 某某集团公司) or a
    # trade name listed with other firms (甲乙米业、丙丁油业等企业), not a brand known beyond the place (a platform
    # it uses, its speaker)
    # (a firm any of whose mentions was placed already is not placed again by a short form's mention)
    placed = located | {firm_name[id(f)] for f in ordered if id(f) in homed}
    listed = {id(f) for a, b in zip(ordered, ordered[1:]) if _LIST_MARKS.fullmatch(view, a.end, b.start) for f in (a, b)}
    # (a name's province or city that holds that place says no more: 某省甲乙公司 in a report on one of its towns)
    about_place = next((p for p in places if id(p) in keys and place_name[keys[id(p)]] == about), None) if about else None
    # (a province-wide report's firm cited as a statistic may be anywhere in the province)
    wide = about_place is not None and about_place.level == "province" and about_place.name not in MUNICIPALITIES
    for f in ordered if about else ():
        if (id(f) not in homed and not (wide and _cited_alone(view, f, bodies, measured)) and firm_name[id(f)] not in placed and not _BANK_NAME.search(f.name) and not elsewhere(f, about) and id(f) not in joint
                and (not own_places(f) or about_place is not None and not is_platform(f.name)
                     and all(_name_holds(p, about_place, pl) for p in own_places(f)))
                and (_LOCAL_NAME.search(f.name) or len(f.name) >= BRAND_MAX and id(f) in listed)):
            homed.add(id(f))
            home = named_inside(f, about) or firms_place(about) or about
            out.append(Relation("LOCATED_IN", firm_name[id(f)], home, _evidence(text, f.start, f.end), (f.start, f.end)))
    # otherwise a province or city written in the name (国网江西省电力有限公司, 某行某省分行); a bank named
    # after a place (某市银行) is not said to be only there
    done = {firm_name[id(f)] for f in ordered if id(f) in homed}
    for f in ordered:
        if id(f) in homed or firm_name[id(f)] in done or _BANK_NAME.search(f.name) and not _BRANCH.search(f.name) and not _LEVEL_SHORT_BANK.match(f.name):
            continue
        own = [p for p in places[bisect_left(starts, f.start) : bisect_left(starts, f.end)]
               if p.end <= f.end and p.level in ("province", "city", "county") and p.name != "中国"]
        if own and adopt is not None and pl.key(own[-1]) not in place_name and own[-1].level != "province" and not _BANK_NAME.search(f.name):
            # (a city or county written only inside the name is then a place of the record: where the firm is; a
            # province so written says little, 某省甲乙公司 may be anywhere in it, nor does a bank's branch)
            adopt(own[-1])
        own = [p for p in own if pl.key(p) in place_name]
        if own:
            # the most specific place of the name, or the place most of the document's measures are of when
            # it lies inside that place (某省甲乙公司 in a report on one of its counties; not for a partner the
            # place's firms deal with: 与某市甲乙电商洽谈合作 is that city's); a place's platform
            # company or a bank's branch is the place its name gives
            home = place_name[pl.key(own[-1])]
            named_for = is_platform(f.name) or _BANK_NAME.search(f.name)
            inside = [] if named_for else _helpers_inside(pl, key_of, (helpers or {}).get(firm_name[id(f)], []), pl.key(own[-1]))
            if inside:
                home = inside[0]  # 某市甲乙公司 helped by one of that city's counties is in that county
            elif (not named_for and id(f) not in joint and dominant not in (None, home) and (k := key_of.get(dominant)) is not None
                  and _lies_in(pl, k, pl.key(own[-1]))):
                home = dominant
            out.append(Relation("LOCATED_IN", firm_name[id(f)], home, _evidence(text, f.start, f.end), (f.start, f.end)))
        else:
            level = _LEVEL_BRANCH.search(f.name)
            short = _LEVEL_SHORT_BANK.match(f.name)
            # 国开行省分行: a branch named by a bare level word is in the province (city) named last; 某银行某某支行,
            # named by a county's bare name, in that county; 市农行 in the place its level word stands for
            home = (last_of_level(f.start, "province" if level.group(1) == "省" else "city") if level
                    else last_for_word(f.start, short.group(1)) if short else _bare_named_branch(f.name, places, keys))
            if home is not None:
                out.append(Relation("LOCATED_IN", firm_name[id(f)], place_name[pl.key(home)], _evidence(text, f.start, f.end), (f.start, f.end)))
    return out


def _bare_named_branch(name: str, places: list[Mention], keys: dict[int, str]) -> Mention | None:
    """The one city or county of the record a bank's branch is named after without its level word (某银行遂昌支行
    where the text names 遂昌县): the name holds no place mention, as a bare county is read only where it is vouched for."""
    branch = _BRANCH_OF.search(name)
    if branch is None:
        return None
    named = {p.name: p for p in places if id(p) in keys and p.type == "Region" and p.level in ("city", "county") and _PLACE_KIND.sub("", p.name) == branch.group(1)}
    return next(iter(named.values())) if len(named) == 1 else None


def _sited_after(view: str, end: int, after: str) -> int | None:
    """Where the place a firm ending at ``end`` is sited in starts, when the words after the firm say so (甲乙落户于…,
    甲乙成立于1998年，2013年落户…)."""
    if (m := _SITED_AFTER.match(after)) is not None:
        return end + m.end()
    m = _FOUNDED_THEN_SITED.match(view, end)
    return m.end() if m is not None else None


def _cited_alone(view: str, f: Mention, bodies: SpanIndex | None, measured: SpanIndex | None) -> bool:
    """Whether the sentence naming a firm names no body and holds no measure (全省龙头企业甲、乙产值同比增长):
    a statistic, which says nothing of where in the place reported on the firm is."""
    # (the analysis view writes ！？ half-width)
    start = max(view.rfind(c, 0, f.start) for c in "。!?\n") + 1
    ends = [i for c in "。!?\n" if (i := view.find(c, f.end)) >= 0]
    end = min(ends) if ends else len(view)
    return not any(index is not None and index.overlaps(start, end) for index in (bodies, measured))


def _helpers_inside(pl: "_Places", key_of: dict[str, str], helpers: list[str], outer: str) -> list[str]:
    """The places that helped a firm and lie inside the place its name gives (``outer``, a key), the innermost
    first: the name only says which larger place the firm is of."""
    inside = [n for n in dict.fromkeys(helpers) if (k := key_of.get(n)) is not None and k != outer and _lies_in(pl, k, outer)]
    return sorted(inside, key=lambda n: -sum(_lies_in(pl, key_of[n], key_of[m]) for m in inside if m != n))


def _parents(ordered: list[Mention]) -> set[int]:
    """Mentions of a group (集团) whose name without the word 集团 lies inside the name of a firm
    written before it: the firm's parent, named for what it owns."""
    first: dict[str, int] = {}
    for f in ordered:
        first.setdefault(f.name, f.start)
    out: set[int] = set()
    for f in ordered:
        core = f.name[:-2] if f.name.endswith("集团") else None
        # (not the group itself written with its place before: 湖北甲乙集团 … 甲乙集团)
        if core and len(core) >= 2 and any(core in name and not name.endswith(f.name) and at < f.start for name, at in first.items()):
            out.add(id(f))
    return out


def _last_zone(places: list[Mention], starts: list[int], pos: int) -> Mention | None:
    """The zone named last before ``pos`` (looking back at most ``ZONE_LOOKBACK`` characters)."""
    i = bisect_left(starts, pos) - 1
    while i >= 0 and places[i].start >= pos - ZONE_LOOKBACK:
        if places[i].type == "Zone" and places[i].end <= pos:
            return places[i]
        i -= 1
    return None


#: a title right after a zone: the zone names an official (某园区管委会主任, 某园区党工委副书记)
_OFFICIAL_OF = re.compile(r"(?:管委会|管理委员会|党工委)(?:常务)?副?(?:主任|书记)")
# the units whose officials attend or come along, listed before them (某开发区、某局负责同志出席)
_ATTENDING = re.compile(r"[^,;。]{0,30}?(?:相关|主要)?(?:负责人|负责同志|领导)(?:参加|陪同|出席|参与)")


def _section_zone(named: list[Mention], named_ends: list[int], pos: int, pl: "_Places", bodies: SpanIndex | None = None,
                  view: str | None = None) -> Mention | None:
    """The zone the text reports on before ``pos``: the latest place named on its own, passing over
    the cities and provinces that hold that zone (大连金普新区 … 大连新工厂 … 某公司); a town counts as a zone."""
    i = bisect_right(named_ends, pos) - 1
    passed: list[Mention] = []
    while i >= 0 and pos - named[i].end <= SECTION_REACH:
        p = named[i]
        if p.type == "Zone" and view is not None and (_OFFICIAL_OF.match(view, p.end) or _ATTENDING.match(view, p.end)):
            # (某园区党工委书记某某 among those who came along: an official's title, not the place reported on; nor
            # 某开发区、区商务局负责同志出席: a unit whose officials attend)
            i -= 1
            continue
        if p.type == "Zone" or p.level == "town" and not (bodies and bodies.covers(p.start, p.end)):
            # a town or street the report is on holds its firms as a zone does (某县某镇 … 某公司); a town
            # written only inside a body's name (某镇招商局) names that body, not the report's place
            return p if all(_holds(r, p, pl) for r in passed) else None
        if p.level not in ("province", "city"):
            return None
        passed.append(p)
        i -= 1
    return None


def _within(pl: "_Places", inner: str, outer: str) -> bool:
    """Whether the place keyed ``inner`` lies inside the place keyed ``outer``, by the gazetteer."""
    i, o = pl.place.get(inner), pl.place.get(outer)
    return i is not None and o is not None and pl.gaz.within(i, o)


def _lies_in(pl: "_Places", inner: str, outer: str) -> bool:
    """Whether the place keyed ``inner`` lies inside the region keyed ``outer``: by the gazetteer, or for a town
    it does not list, by the county written before the town (沂南县湖头镇 in 沂南县, so 沂南某公司 helped by the town)."""
    if _within(pl, inner, outer):
        return True
    town, region = pl.surfaces.get(inner), pl.surfaces.get(outer)
    return bool(town and region) and town[0].level == "town" and region[0].type == "Region" and _holds(region[0], town[0], pl)


def _name_holds(own: Mention, place: Mention, pl: "_Places") -> bool:
    """Whether a province or city written bare in a firm's name (湖北甲乙食品, not 某省电力公司: a firm named with
    the level word serves all of it) holds ``place``."""
    if own.surface.endswith(("省", "市", "自治区")):
        return False
    outer = pl.gaz.get(own.code) if own.code else None
    inner = pl.place.get(pl.key(place))
    if outer is not None and inner is not None and pl.gaz.within(inner, outer):
        return True
    # (a zone the gazetteer does not list is held through the host place its name opens with: 江苏 of 高邮某园; a
    # town written with no county is not shown to lie elsewhere)
    if place.level == "town" and not place.place:
        return True
    return _name_allows(own, place, pl) if place.type == "Zone" else _holds(own, place, pl)


def _holds(region: Mention, zone: Mention, pl: "_Places") -> bool:
    """Whether a city or province contains a zone: by the gazetteer, else by the zone's name (大连金普新区)."""
    z = pl.place.get(pl.key(zone))
    r = pl.place.get(pl.key(region))
    if z is not None and r is not None and pl.gaz.within(z, r):
        return True
    if zone.level == "town":
        # a town is held by its county (the one written before it) and by that county's province and city
        counties = pl.gaz.lookup(zone.place) if zone.place else []
        r = r or next((p for p in pl.gaz.lookup(region.name) if p.type == "Region"), None)
        return r is not None and any(c.code == r.code or pl.gaz.within(c, r) for c in counties)
    # any of the zone's written forms (丽江某某新区 … 某某新区: the short form's section is the long form's zone)
    return zone.name.startswith(region.name) or any(m.surface.startswith(region.surface) for m in pl.surfaces.get(pl.key(zone), [zone]))


def _name_allows(region: Mention, zone: Mention, pl: "_Places") -> bool:
    """Whether a place written in a firm's name (河南某公司) allows the firm to be in ``zone``: it holds the
    zone, or the host that a zone outside the gazetteer is named after (某县开发区 of a county in that province),
    or that zone's name opens with no place the gazetteer knows."""
    if _holds(region, zone, pl):
        return True
    if pl.place.get(pl.key(zone)) is not None:
        return False
    r = pl.place.get(pl.key(region)) or next((p for p in pl.gaz.lookup(region.name) if p.type == "Region"), None)
    hosts = _hosts(zone.name, pl.gaz)
    # (a zone whose name says nothing the gazetteer knows is not shown to lie elsewhere)
    return r is not None and (not hosts or any(pl.gaz.within(host, r) for host in hosts))


#: the shortest and longest host place's name read at the start of a zone's name
HOST_MIN, HOST_MAX = 2, 8


def _hosts(name: str, gaz: Any) -> list[Any]:
    """The regions a zone's name may open with: the readings of its longest start the gazetteer knows
    (汝南县 of 汝南县开发区; both 五华 of 五华科技产业园, which a firm's province then tells apart)."""
    for size in range(min(HOST_MAX, len(name) - 1), HOST_MIN - 1, -1):
        found = [p for p in gaz.lookup(name[:size]) if p.type == "Region"]
        if found:
            return found
    return []


def _clause_end(view: str, pos: int) -> int:
    """End of the clause at ``pos``, looking at most ``CLAUSE_MAX`` characters ahead."""
    limit = min(len(view), pos + CLAUSE_MAX)
    ends = [i for i in (view.find(c, pos, limit) for c in ",;。") if i >= 0]
    return min(ends) if ends else limit


def _part_of(text: str, pl: _Places, place_name: dict[str, str]) -> list[Relation]:
    """Each place inside the nearest larger place the document also names; towns inside their district."""
    out = []
    named = {k: pl.place.get(k) for k in pl.surfaces}
    codes = {p.code: k for k, p in named.items() if p is not None and p.code}
    for k, place in named.items():
        first = pl.surfaces[k][0]
        if place is None:
            if first.level == "town" and first.place:
                parent = next((kk for kk, p in named.items() if p is not None and p.name == first.place), None)
                if parent:
                    out.append(Relation("PART_OF", place_name[k], place_name[parent], _evidence(text, first.start, first.end), (first.start, first.end)))
            continue
        for anc in pl.gaz.ancestors(place):
            if anc.level == "country":
                break
            if anc.code in codes:
                out.append(Relation("PART_OF", place_name[k], place_name[codes[anc.code]], _evidence(text, first.start, first.end), (first.start, first.end)))
                break
    return out
