"""中国 and provinces are places of a record where the text writes them or a measure is theirs."""

from ingest.pipeline import extract_text


def regions(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Region"}


def test_the_country_as_a_scope_is_no_entity() -> None:
    text = "余杭区良渚街道走访企业,帮助企业面向全国发布招工信息,该镇是全国千强镇。"
    assert "中国" not in regions(text)


def test_the_countrys_government_or_action_is() -> None:
    assert "中国" in regions("余杭区落实中央、省有关部署,走访企业帮助复工。")
    # (beside a party committee, 中央 is the party centre, a body: 中央和省委 names 党中央, not the country)
    assert "中国" not in regions("余杭区落实中央和省委部署,走访企业帮助复工。")
    assert "中国" in regions("国家发展改革委出台措施,对企业给予贷款贴息。")


def test_a_province_only_implied_by_a_body_is_no_place_of_the_record() -> None:
    text = "宣城市出台措施,按照省委、省政府部署,对企业给予贷款贴息。"
    assert regions(text) == {"宣城"}
    # ...unless a measure is that province's own
    assert "安徽" in regions("宣城市人民政府办公室通知。\n省政府出台措施,对企业给予贷款贴息。")


def test_an_ambiguous_district_is_named_but_not_coded_at_a_guess() -> None:
    record = extract_text("疫情得到控制后,龙华区福城街道始终扎实做好服务。", "t")
    assert [(e.name, e.code) for e in record.entities if e.type == "Region"] == [("龙华区", None), ("福城街道", None)]
