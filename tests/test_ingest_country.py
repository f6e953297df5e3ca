"""中国 is an entity where the country acts or its government is named, not where 全国 is only a scope."""

from ingest.pipeline import extract_text


def regions(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Region"}


def test_the_country_as_a_scope_is_no_entity() -> None:
    text = "余杭区良渚街道走访企业,帮助企业面向全国发布招工信息,该镇是全国千强镇。"
    assert "中国" not in regions(text)


def test_the_countrys_government_or_action_is() -> None:
    assert "中国" in regions("余杭区落实中央和省委部署,走访企业帮助复工。")
    assert "中国" in regions("国家发展改革委出台措施,对企业给予贷款贴息。")
