"""A county's own areas are no places of their own: a district's name after a county it does not hold (某县新城区)
and a route between two of its places (某县甲地至县城新区); a street is named by the office a body works with."""

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.places import find_places


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_places(analysis_view(text))]


def test_district_name_after_a_county_is_the_county_s_new_town() -> None:
    assert _places("2月20日,永福县新城区供水管网项目开工。") == [("永福县", "Region")]


def test_district_name_after_its_city_is_still_the_district() -> None:
    assert ("新城区", "Region") in _places("西安市新城区出台十条措施支持企业复工。")


def test_route_to_a_new_area_is_no_zone() -> None:
    assert _places("投资3亿元的永福县罗锦至县城新区公路项目开工。") == [("永福县", "Region")]


def test_street_office_a_body_works_with_names_its_street() -> None:
    found = _places("永福县工信局主动靠前服务,协调罗锦街道办事处开通绿色通道。")
    assert ("罗锦街道", "Region") in found


def test_new_area_gone_to_for_work_is_a_zone() -> None:
    assert ("青禾新区", "Zone") in _places("副市长赵某到青禾新区、永福县调研重点企业。")


def test_new_area_reached_by_a_feeling_is_no_zone() -> None:
    assert _places("企业感受到青禾新区的贴心服务。") == []


def test_bare_zone_word_in_a_county_s_report_is_that_county_s_zone() -> None:
    record = extract_text("永福县工信局靠前服务企业。得知县指挥部对开发区管委会放开复工限制后,永福县工信局立即联系企业复工。", "t")
    zones = {e.name for e in record.entities if e.type == "Zone"}
    agencies = {e.name for e in record.entities if e.type == "Agency"}
    assert zones == {"永福县开发区"}
    assert "永福县开发区管委会" in agencies


def test_what_a_clause_learnt_opens_no_zone_or_body() -> None:
    record = extract_text("永福县工信局靠前服务企业。当得知开发区管委会放开复工限制后,永福县工信局联系企业复工。", "t")
    assert not any(e.name.startswith("当得知") for e in record.entities)
