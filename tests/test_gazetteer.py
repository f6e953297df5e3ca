"""The gazetteer: official divisions and zones, found by any of their surface forms."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from kg.gazetteer import Gazetteer, Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    start = time.perf_counter()
    g = Gazetteer.default()
    elapsed = time.perf_counter() - start
    print(f"gazetteer loaded in {elapsed:.3f} s: {len(g.places)} places")
    assert elapsed < 1.0
    return g


def one(g: Gazetteer, surface: str) -> Place:
    found = g.lookup(surface)
    assert len(found) == 1, (surface, found)
    return found[0]


def test_default_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz


@pytest.mark.parametrize("surface", ["浙江", "浙江省", " 浙江省 "])
def test_province_with_and_without_suffix(gaz: Gazetteer, surface: str) -> None:
    p = one(gaz, surface)
    assert (p.code, p.name, p.full_name, p.level, p.parent) == ("330000", "浙江", "浙江省", "province", "100000")


@pytest.mark.parametrize(("surface", "code"), [("新疆", "650000"), ("新疆维吾尔自治区", "650000"), ("广西", "450000"), ("北京市", "110000")])
def test_autonomous_regions_and_municipalities(gaz: Gazetteer, surface: str, code: str) -> None:
    assert one(gaz, surface).code == code


def test_country(gaz: Gazetteer) -> None:
    for surface in ("中国", "我国", "全国", "中华人民共和国"):
        p = one(gaz, surface)
        assert (p.code, p.name, p.level, p.parent) == ("100000", "中国", "country", None)


def test_prefecture_city(gaz: Gazetteer) -> None:
    p = one(gaz, "杭州市")
    assert (p.code, p.name, p.level, p.parent) == ("330100", "杭州", "city", "330000")
    assert one(gaz, "杭州") == p


def test_county_and_bare_form(gaz: Gazetteer) -> None:
    p = one(gaz, "德清县")
    assert (p.code, p.level, p.parent) == ("330521", "county", "330500")
    assert one(gaz, "德清") == p
    assert one(gaz, "吴江").name == "吴江区"
    assert one(gaz, "滨江区").code == "330108"


def test_common_words_are_not_county_aliases(gaz: Gazetteer) -> None:
    for word in ("延长", "新建", "公安", "通道", "会同", "资源"):
        assert all(p.level != "county" for p in gaz.lookup(word)), word


def test_traditional_script_and_width(gaz: Gazetteer) -> None:
    assert one(gaz, "張江").name == "上海张江高新区"
    assert one(gaz, "乾安县").code == "220723"


def test_ambiguous_name_returns_all(gaz: Gazetteer) -> None:
    found = gaz.lookup("鼓楼区")
    assert len(found) >= 3
    assert {"320106", "350102"} <= {p.code for p in found}


def test_resolve_with_context(gaz: Gazetteer) -> None:
    nanjing, fuzhou = one(gaz, "南京"), one(gaz, "福州")
    assert gaz.resolve("鼓楼区") is None
    assert gaz.resolve("鼓楼区", [nanjing]).code == "320106"
    assert gaz.resolve("鼓楼区", [fuzhou]).code == "350102"
    assert gaz.resolve("鼓楼区", [one(gaz, "玄武区")]).code == "320106"
    assert gaz.resolve("杭州").code == "330100"
    assert gaz.resolve("不存在的地方") is None


def test_zone_aliases(gaz: Gazetteer) -> None:
    z = one(gaz, "东湖高新区")
    assert z == one(gaz, "武汉东湖新技术开发区") == one(gaz, "光谷") == one(gaz, "武汉东湖高新区")
    assert (z.type, z.level, z.kind, z.code) == ("Zone", "zone", "high-tech", None)
    assert gaz.parent(z).name == "武汉"
    assert one(gaz, "杭州高新技术产业开发区").name == "杭州高新区"
    assert one(gaz, "杭州高新区（滨江）").name == "杭州高新区"
    assert one(gaz, "北京经济技术开发区").name == "北京经开区"


@pytest.mark.parametrize(
    ("surface", "name", "kind"),
    [
        ("中关村", "中关村", "high-tech"),
        ("中关村科学城", "中关村科学城", "park"),
        ("苏州工业园区", "苏州工业园区", "economic"),
        ("临港新片区", "临港新片区", "ftz-area"),
        ("中国（上海）自由贸易试验区临港新片区", "临港新片区", "ftz-area"),
        ("上海自贸区临港新片区", "临港新片区", "ftz-area"),
        ("中国(上海)自由贸易试验区", "上海自贸区", "ftz"),
        ("两江新区", "两江新区", "new-area"),
        ("宁波保税区", "宁波保税区", "bonded"),
    ],
)
def test_zone_kinds(gaz: Gazetteer, surface: str, name: str, kind: str) -> None:
    z = one(gaz, surface)
    assert (z.name, z.kind, z.type) == (name, kind, "Zone")


def test_ancestors_chain_to_country(gaz: Gazetteer) -> None:
    assert [p.name for p in gaz.ancestors(one(gaz, "滨江区"))] == ["杭州", "浙江", "中国"]
    assert [p.name for p in gaz.ancestors(one(gaz, "临港新片区"))] == ["浦东新区", "上海", "中国"]
    for p in gaz.places:
        chain = gaz.ancestors(p)
        if p.level != "country":
            assert chain and chain[-1].code == "100000", p


def test_parents_exist_and_codes_unique(gaz: Gazetteer) -> None:
    codes = Counter(p.code for p in gaz.places if p.code)
    assert not [c for c, n in codes.items() if n > 1]
    for p in gaz.places:
        if p.level == "country":
            assert p.parent is None
        else:
            assert gaz.get(p.parent) is not None, p
            assert gaz.get(p.parent).type == "Region"
        if p.type == "Region":
            # a Civil Affairs code, or Taiwan's Ministry of the Interior code marked TW
            assert p.code and (len(p.code) == 6 and p.code.isdigit() or p.code.startswith("TW") and p.code[2:].isdigit())


def test_counts(gaz: Gazetteer) -> None:
    levels = Counter(p.level for p in gaz.places)
    assert levels["province"] == 34
    assert levels["city"] > 330
    assert levels["county"] > 2800
    kinds = Counter(p.kind for p in gaz.places if p.type == "Zone")
    assert kinds["high-tech"] >= 170 and kinds["economic"] >= 230
    assert kinds["new-area"] == 17 and kinds["ftz"] == 22


def test_surfaces_cover_every_place(gaz: Gazetteer) -> None:
    seen = {id(p) for _, p in gaz.surfaces()}
    assert len(seen) == len(gaz.places)
    assert ("光谷", one(gaz, "光谷")) in set(gaz.surfaces())


def test_within_follows_the_ancestors_only() -> None:
    gaz = Gazetteer.default()
    county, province = gaz.lookup("余杭区")[0], gaz.lookup("浙江省")[0]
    assert gaz.within(county, province) and not gaz.within(province, county) and not gaz.within(county, county)


def test_taiwans_counties_and_cities_sit_under_taiwan(gaz: Gazetteer) -> None:
    tainan = one(gaz, "台南市")
    assert tainan.level == "city" and gaz.parent(tainan).name == "台湾"
    assert gaz.lookup("台中") == []  # no short form: it would match inside 平台中
    # a name the Civil Affairs list already holds stays that division's alone
    assert one(gaz, "金门县").code == "350527"


def test_taiwans_bare_forms_are_those_no_other_place_shares(gaz: Gazetteer) -> None:
    assert one(gaz, "高雄").name == "高雄市" and one(gaz, "屏东").name == "屏东县"
    # 新竹县 and 新竹市 share their bare form, so it names neither; 新北 is 新北市's as much as 常州's 新北区
    assert gaz.lookup("新竹") == [] and gaz.lookup("新北") == []


def test_a_taiwan_city_by_its_bare_name_takes_the_measure_it_opens() -> None:
    from ingest.pipeline import extract_text

    record = extract_text("桃園市長稱正研擬方案。\n為減輕攤商負擔,屏東對轄內公有攤位實施租金減半。\n", "t")
    assert [m.region for m in record.measures] == ["屏东"]  # a county (县) is named as written, like a county of the mainland
