"""A place opening a firm's legal name (山东某某有限公司) is where the firm registered: a bare body written after it
belongs to the document's own zone or place, not to that province."""

from ingest.pipeline import extract_text


def _names(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    record = extract_text(text, "t")
    return {(e.name, e.type) for e in record.entities}, {(m.region, m.agency or "") for m in record.measures}


# a park's story about a firm named with its province, whose bare 经济发展局 helps the firm
STORY = (
    "在园区内的山东禾丰线缆有限公司车间，工人正在赶制订单。\n"
    "得知山东禾丰线缆有限公司员工返岗不便，经济发展局工作人员主动靠前服务，协调开通绿色通道，让员工顺利复工。"
)


def test_bare_bureau_after_a_provincial_firm_is_the_zone_body_written_in_full() -> None:
    entities, measures = _names("潍坊青禾纺织园区经济发展局帮助企业复工\n" + STORY)
    assert ("潍坊青禾纺织园区经济发展局", "Agency") in entities
    assert ("山东省经济发展局", "Agency") not in entities
    assert ("山东", "Region") not in entities
    assert ("潍坊青禾纺织园区", "潍坊青禾纺织园区经济发展局") in measures


def test_bare_bureau_of_a_park_goes_to_its_city_past_a_provincial_firm() -> None:
    entities, _ = _names("潍坊青禾纺织园区助力企业复工\n" + STORY)
    assert ("潍坊市经济发展局", "Agency") in entities
    assert ("山东省经济发展局", "Agency") not in entities


def test_provincial_firm_still_names_the_province_when_no_other_is_written() -> None:
    entities, _ = _names("湖南禾丰机械有限公司复工以来，省工信厅协调解决了原料运输难题。")
    assert ("湖南省工信厅", "Agency") in entities


def test_sector_firm_named_with_its_province_is_a_firm_and_no_province() -> None:
    record = extract_text("近日,医疗器械企业江西嘉芮反映厂区供电容量不够、缺少工人等问题。园区服务专班联系供电公司为江西嘉芮增容了线路。", "t")
    entities = {(e.name, e.type) for e in record.entities}
    assert ("江西嘉芮", "Enterprise") in entities
    assert ("江西", "Region") not in entities


def test_headline_pointing_at_a_city_s_park_is_the_story_of_its_one_zone() -> None:
    record = extract_text(
        "株洲这个省级园区怎样帮企业\n为应对返岗高峰,攸县高新区组建12支驻企服务队,督导企业做好防疫工作。\n联络员天天进厂,帮企业解决复产难题。\n", "t"
    )
    assert {m.region for m in record.measures} == {"攸县高新区"}
