"""Towns after 的 or a description, a county's zone by its level word, short offices, and actors in scope."""

from ingest.pipeline import extract_text


def _record(text: str):
    return extract_text(text, "t")


def _entities(text: str, etype: str) -> list[str]:
    return [e.name for e in _record(text).entities if e.type == etype]


def test_town_after_its_city_and_de_is_the_city_s_town() -> None:
    record = _record("德清县的钟管镇为企业减免房租。")
    assert "钟管镇" in [e.name for e in record.entities if e.type == "Region"]
    assert ("PART_OF", "钟管镇", "德清县") in {(r.type, r.subject, r.object) for r in record.relations}
    assert [m.region for m in record.measures] == ["钟管镇"]


def test_town_after_a_description_of_it_is_a_town() -> None:
    regions = _entities("德清县工业强镇钟管镇为企业发放口罩。", "Region")
    assert "钟管镇" in regions


def test_description_or_class_after_de_is_no_town() -> None:
    for text in ("德清县的工业强镇为企业发放口罩。", "德清县的重点镇为企业发放口罩。", "德清县的乡镇为企业发放口罩。"):
        assert _entities(text, "Region") == ["德清县"], text


def test_county_zone_by_its_level_word_written_once_is_a_zone() -> None:
    text = "县长一行到县产业集聚区调研。县政府办、产业集聚区负责人陪同。"
    assert _entities(text, "Zone") == ["县产业集聚区"]


def test_bare_zone_words_of_many_zones_stay_none() -> None:
    assert _entities("开发区为企业发放口罩。各县区、开发区要为企业减免房租。", "Zone") == []


def test_short_office_of_a_government_is_that_office_only() -> None:
    agencies = _entities("德清县委办、县政府办联合发文，为企业减免房租。", "Agency")
    assert agencies == ["德清县委办", "德清县政府办"]
