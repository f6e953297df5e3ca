"""Build ``places.tsv`` from the official lists in ``sources/``.

The source files hold only official names and codes; every short form and
alias is derived here by rule, so the gazetteer stays reproducible and free of
hand-picked surface forms.  Run ``python kg/data/gazetteer/build.py`` after
changing a source file; the loader (:mod:`kg.gazetteer`) reads the output only.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
OUT = HERE / "places.tsv"

COUNTRY = "100000"
_PROVINCE_SUFFIX = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")
_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|"
    "东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|"
    "俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
# 延边朝鲜族自治州 -> 延边 + 州; 酉阳土家族苗族自治县 -> 酉阳 + 县
_AUTONOMOUS = re.compile(rf"^(.+?)(?:(?:{_ETHNIC})族)+自治(州|县|旗)$")
# Bare forms that are everyday words or names of other things: never an alias of a county.
# Besides this list, words that jieba's dictionary marks as frequent ordinary words are skipped.
COMMON_WORDS = frozenset(
    "和平 新华 城关 平安 光明 红旗 前进 东风 工农 兴业 中原 海港 清新 新市 共和 安定 长寿 合作 太平 "
    "龙井 东方 金山 永安 团结 胜利 建设 先锋 向阳 新兴 振兴 友好 东区 西区 南区 北区 城区 郊区 矿区 "
    "市中 城中 城东 城西 城南 城北 河东 河西 江北 江南 长安 朝阳 新城 老城 开发 高新 经开 新区 中心 "
    "永和 白沙 泰山 华龙 宝山 青山 南山 北山 东山 西山 鼓楼 普陀 铁西 铁东 和田 东湖 西湖 "
    "太湖 兴国 大城 东海 天桥 温泉 九龙 上街 惠民 方正 宝塔 钟楼 龙凤 天台".split()
)
PLACE_TAGS = frozenset({"ns", "nr", "nrt", "nz", "b"})


def word_frequencies() -> dict[str, tuple[int, str]]:
    """jieba's dictionary (build-time only): word -> (frequency, part of speech)."""
    import jieba

    out = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            out[word] = (int(freq), tag)
    return out


def is_common(word: str, words: dict[str, tuple[int, str]]) -> bool:
    """A frequent ordinary word (延长, 新建, 公安): an alias equal to it would match everywhere."""
    if word in COMMON_WORDS:
        return True
    freq, tag = words.get(word, (0, "ns"))
    if freq >= 1000:
        return True
    return tag not in PLACE_TAGS and freq >= (200 if tag == "a" else 100)


HT_SUFFIXES = (
    "农业高新技术产业示范区",
    "高新技术产业开发区",
    "高新技术产业园区",
    "高技术产业开发区",
    "新技术产业开发区",
    "新技术开发区",
    "科技园区",
)
ED_SUFFIXES = ("经济技术开发区",)
# Industry words left after the city in a zone's name (长春汽车): not a place, so no short form.
GENERIC = frozenset("汽车 医药 航空 航天 化学工业 临港 滨海 石化 金融商贸 钒钛 农业 火炬".split())


@dataclass
class Place:
    code: str | None
    name: str
    full_name: str
    type: str
    level: str
    parent: str | None
    kind: str = ""
    aliases: list[str] = field(default_factory=list)

    def add(self, *forms: str) -> None:
        for f in forms:
            if f and f not in (self.name, self.full_name) and f not in self.aliases:
                self.aliases.append(f)


def rows(name: str) -> list[dict[str, str]]:
    """Rows of a source TSV, comment lines skipped."""
    with open(SOURCES / name, encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(lines, delimiter="\t")]


def level_of(code: str) -> str:
    return "province" if code[2:] == "0000" else "city" if code[4:] == "00" else "county"


def short_city(full: str) -> tuple[str, list[str]]:
    """Name and short aliases of a prefecture-level unit."""
    if full.endswith("市"):
        return full[:-1], []
    m = _AUTONOMOUS.match(full)
    if m:
        return full, [m.group(1) + "州", m.group(1)]
    for suffix in ("地区", "盟"):
        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
            return full, [full[: -len(suffix)]]
    return full, []


def bare_forms(full: str) -> list[str]:
    """Suffix-less forms of a county-level name, before any ambiguity check."""
    m = _AUTONOMOUS.match(full)
    if m:
        return [m.group(1) + m.group(2), m.group(1)]
    for suffix in ("新区", "林区", "特区", "区", "县", "市", "旗"):
        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
            return [full[: -len(suffix)]]
    return []


# How a special administrative region's own press writes it (本港, 全港 = Hong Kong; 本澳, 全澳 = Macao)
SELF_FORMS = {"810000": ["本港", "全港"], "820000": ["本澳", "全澳"]}


def divisions() -> dict[str, Place]:
    places: dict[str, Place] = {
        COUNTRY: Place(COUNTRY, "中国", "中华人民共和国", "Region", "country", None, aliases=["我国", "全国"])
    }
    codes = {r["code"]: r["name"] for r in rows("divisions.tsv")}
    provinces = {_PROVINCE_SUFFIX.sub("", n) for c, n in codes.items() if level_of(c) == "province"}
    for code, full in codes.items():
        level = level_of(code)
        if level == "province":
            parent = COUNTRY
            name = _PROVINCE_SUFFIX.sub("", full) or full
            extra: list[str] = list(SELF_FORMS.get(code, []))
        elif level == "city":
            parent = code[:2] + "0000"
            name, short = short_city(full)
            extra = [s for s in short if s not in provinces]
        else:
            city = code[:4] + "00"
            parent = city if city in codes else code[:2] + "0000"
            name, extra = full, []
        places[code] = Place(code, name, full, "Region", level, parent, aliases=extra)
    taiwan(places)
    # County bare forms: only where unique, not a larger unit's name and not a common word.
    taken = {s for p in places.values() for s in (p.name, p.full_name, *p.aliases)}
    # (Taiwan's counties and cities too, save a form opening with 台: 台中 would match inside 平台中)
    candidates = {
        p.code: [b for b in bare_forms(p.full_name) if p.level == "county" or not b.startswith("台")]
        for p in places.values()
        if p.level == "county" or p.parent == TAIWAN
    }
    counts = Counter(b for forms in candidates.values() for b in set(forms))
    words = word_frequencies()
    for code, forms in candidates.items():
        ok = [b for b in forms if counts[b] == 1 and b not in taken and not is_common(b, words)]
        places[code].add(*ok)
    return places


TAIWAN = "710000"


def taiwan(places: dict[str, Place]) -> None:
    """Taiwan's counties and cities under 台湾省, at the level of a prefecture, by their full names (their bare
    forms are added with the counties'); their codes are the Ministry of the Interior's, marked TW so that they never read as a Civil Affairs code.  A name the
    Civil Affairs list already holds (金门县, 连江县 of Fujian) stays that division's alone."""
    from kg.names import to_simplified

    listed = {p.full_name for p in places.values()}
    for r in rows("taiwan.tsv"):
        full = to_simplified(r["name"])
        if full in listed:
            continue
        places["TW" + r["code"]] = Place("TW" + r["code"], full, full, "Region", "city", TAIWAN)


class PrefixIndex:
    """Division surfaces per province, to find the place a zone's name starts with."""

    def __init__(self, places: dict[str, Place]):
        self.places = places
        self.by_surface: dict[str, set[str]] = defaultdict(set)
        for p in places.values():
            if p.level == "country":
                continue
            forms = {p.name, p.full_name, *p.aliases, *bare_forms(p.full_name)}
            if p.level == "city":
                forms.update(short_city(p.full_name)[1])
            for f in forms:
                if len(f) >= 2:
                    self.by_surface[f].add(p.code)

    def find(self, surface: str, within: str) -> str | None:
        """Code of the unique division named ``surface`` inside the division ``within``."""
        hits = [c for c in self.by_surface.get(surface, ()) if self.inside(c, within)]
        return hits[0] if len(hits) == 1 else None

    def inside(self, code: str, within: str) -> bool:
        while code:
            if code == within:
                return True
            code = self.places[code].parent
        return False

    def prefix(self, text: str, within: str) -> tuple[str, int] | None:
        """Longest division name at the start of ``text`` inside ``within``: (code, length)."""
        for n in range(len(text), 1, -1):
            code = self.find(text[:n], within)
            if code and code != within:
                return code, n
        return None

    def locate(self, qualifier: str, province: str) -> tuple[str, int]:
        """Deepest division a zone qualifier names, and the length of its first place name."""
        first = self.prefix(qualifier, province)
        if not first:
            return province, 0
        code, n = first
        rest = qualifier[n:]
        while rest and self.places[code].level != "county":
            deeper = self.prefix(rest, code)
            if not deeper:
                break
            code, m = deeper
            rest = rest[m:]
        return code, n


def province_code(places: dict[str, Place], short: str) -> str:
    for p in places.values():
        if p.level == "province" and p.name == short:
            return p.code
    raise ValueError(f"unknown province {short!r}")


def split_suffix(full: str, suffixes: tuple[str, ...]) -> tuple[str, str]:
    for s in suffixes:
        if full.endswith(s) and len(full) > len(s):
            return full[: -len(s)], s
    return full, ""


def parent_of(index: PrefixIndex, prov: str, hint: str, qualifier: str) -> tuple[str, int]:
    """Parent code of a zone and the length of the place name its qualifier starts with."""
    if hint:
        code = prov if hint == index.places[prov].full_name else index.find(hint, prov)
        if not code:
            raise ValueError(f"parent hint {hint!r} not found in {index.places[prov].full_name}")
        return code, 0
    return index.locate(qualifier, prov)


def zone_forms(short: str, kind: str, suffix: str) -> list[str]:
    """Surface forms of a zone qualifier by kind: 杭州 -> 杭州高新区, 杭州国家高新区, ..."""
    if kind == "high-tech":
        if suffix == "科技园区":
            return [short, short + "科技园区"]
        if suffix == "农业高新技术产业示范区":
            return [short + "农高区", short + "示范区", short + suffix]
        return [short + s for s in ("高新区", "国家高新区", "高新技术产业开发区", "国家高新技术产业开发区", "高新技术开发区")]
    return [short + s for s in ("经开区", "经济技术开发区", "国家级经济技术开发区", "国家级经开区", "经济开发区", "开发区")]


def zones(places: dict[str, Place], index: PrefixIndex) -> list[Place]:
    out: list[Place] = []
    for source, kind, suffixes in (("hightech.tsv", "high-tech", HT_SUFFIXES), ("etdz.tsv", "economic", ED_SUFFIXES)):
        per_city: Counter[str] = Counter()
        made = []
        for r in rows(source):
            full = r["full_name"]
            prov = province_code(places, r["province"])
            qualifier, suffix = split_suffix(full, suffixes)
            qualifier = qualifier.removesuffix("市") if suffix else qualifier
            parent, n = parent_of(index, prov, r["parent_hint"], qualifier)
            if suffix:
                forms = zone_forms(qualifier, kind, suffix)
                name = forms[0]
                rest = qualifier[n:] if n else ""
                if len(rest) >= 2 and rest not in GENERIC:
                    forms += zone_forms(rest, kind, suffix)[:3]
            else:
                name, forms = full, []
            z = Place(None, name, full, "Zone", "zone", parent, kind)
            z.add(*forms, *split_list(r["nicknames"]))
            city = city_of(places, parent)
            if n and city:
                per_city[city] += 1
                made.append((z, city, suffix))
            out.append(z)
        # "<city>高新区" for a zone named "<city><place>高新区" when the city has only that one.
        for z, city, suffix in made:
            if per_city[city] == 1 and suffix:
                z.add(*zone_forms(places[city].name, kind, suffix)[:2])
    for r in rows("areas.tsv"):
        prov = province_code(places, r["province"])
        parent, _ = parent_of(index, prov, r["parent_hint"], "")
        full, kind = r["full_name"], r["kind"]
        name = r["name"] or full
        z = Place(None, name, full, "Zone", "zone", parent, kind)
        if kind in ("ftz", "ftz-area"):
            m = re.fullmatch(r"中国（(.+?)）自由贸易试验区(.*)", full)
            assert m, full
            region, tail = m.groups()
            forms = [region + s + tail for s in ("自贸区", "自贸试验区", "自由贸易试验区")]
            forms.append("中国" + region + "自由贸易试验区" + tail)
            if tail:
                forms += ["自贸区" + tail, "自贸试验区" + tail]
                if index.prefix(tail, prov):
                    forms.append(tail)
            if not r["name"]:
                z.name = forms.pop(0)
            z.add(*forms)
        z.add(*split_list(r["nicknames"]))
        out.append(z)
    return out


def city_of(places: dict[str, Place], code: str) -> str | None:
    """The prefecture-level unit (or municipality) containing ``code``."""
    while code:
        p = places[code]
        if p.level == "city" or (p.level == "province" and p.full_name.endswith("市")):
            return code
        code = p.parent
    return None


def split_list(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def drop_ambiguous(places: list[Place]) -> None:
    """A derived zone alias naming two zones, or any division, names none: drop it."""
    zone_forms_count = Counter(a for p in places if p.type == "Zone" for a in set(p.aliases))
    division = {s for p in places if p.type == "Region" for s in (p.name, p.full_name, *p.aliases)}
    names = Counter(s for p in places for s in {p.name, p.full_name})
    for p in places:
        if p.type == "Zone":
            p.aliases = [a for a in p.aliases if zone_forms_count[a] == 1 and a not in division and not names[a]]


def main() -> None:
    divs = divisions()
    index = PrefixIndex(divs)
    everything = list(divs.values()) + zones(divs, index)
    drop_ambiguous(everything)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by build.py from sources/*.tsv (official lists; see docs/gazetteer.md). Do not edit.\n")
        f.write("code\tname\tfull_name\ttype\tlevel\tparent\tkind\taliases\n")
        for p in everything:
            f.write("\t".join([p.code or "", p.name, p.full_name, p.type, p.level, p.parent or "", p.kind, "|".join(p.aliases)]) + "\n")
    print(f"{len(divs)} divisions, {len(everything) - len(divs)} zones, "
          f"{sum(len(p.aliases) for p in everything)} aliases -> {OUT.name}")


if __name__ == "__main__":
    main()
