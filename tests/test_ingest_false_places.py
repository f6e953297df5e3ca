"""Names that look like places and are not: a county straddling two words, streets named after a city, a
direction's district without its city; and the whole territory of a special region (全港, 全澳)."""

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.places import find_places


def names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in find_places(analysis_view(text))}


def test_county_name_straddling_a_verb_and_a_body_is_no_place() -> None:
    # 响应 + 县委, not the county 应县
    assert not names("星河公司积极响应县委号召，提前复工。")
    assert ("应县", "Region") in names("朔州市应县委组织企业复工。")


def test_city_opening_a_street_or_square_name_is_no_place() -> None:
    assert not names("游客在广州街夜市购物，商户获得租金减免。")
    assert not names("南京路上的商户获得补贴，上海广场商户减免租金。")
    assert not names("温州会展中心项目开工，为成都运动会建设场馆。")
    # the city's streets, its street offices and its roadshows are still the city
    assert ("广州", "Region") in names("广州街头的商户获得补贴。")
    assert ("深圳", "Region") in names("深圳路演活动帮助企业融资。")


def test_direction_district_needs_its_city() -> None:
    assert not any(t == "Region" for _, t in names("园区西区企业复工，东区企业复产。"))
    assert ("西区", "Region") in names("攀枝花市西区帮助企业复工。")


def test_direction_district_with_a_committee_is_a_zone() -> None:
    record = extract_text("近日，东区管委会帮助星河公司复工。", "t")
    assert ("东区", "Zone") in {(e.name, e.type) for e in record.entities}
    assert "东区管委会" in {e.name for e in record.entities if e.type == "Agency"}


def test_whole_territory_of_a_special_region_is_that_region() -> None:
    assert ("香港", "Region") in names("全港中小企业可申请租金宽免。")
    assert ("澳门", "Region") in names("全澳商户可获电费补贴。")


def test_whole_territory_heads_no_body_s_name() -> None:
    record = extract_text("澳门特区政府推出措施。全澳居民均可透过金融管理局的网上平台领取补助。", "t")
    agencies = {e.name for e in record.entities if e.type == "Agency"}
    assert "澳门特区政府" in agencies
    assert not any("居民" in a for a in agencies)


def test_name_cut_out_of_a_level_word_s_words_is_no_place() -> None:
    # 省内 + 江河, not 内江; 本市 + 区域, not 市中区
    assert not names("省内江河治理项目开工，企业复工。")
    assert not names("本市中区域商户获得补贴。")
    assert ("内江", "Region") in names("四川省内江市帮助企业复工。")
    assert ("市中区", "Region") in names("济南市市中区政府帮助企业复工。")
