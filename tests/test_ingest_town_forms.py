"""Towns a report names once or in a shared list, zone departments, and descriptions that are no zone."""

from ingest.pipeline import extract_text


def _entities(text: str, etype: str) -> list[str]:
    return [e.name for e in extract_text(text, "t").entities if e.type == etype]


def test_street_named_once_then_by_its_bare_word_is_a_town() -> None:
    text = "疫情期间，全市企业停工。面对复工，青竹湾街道工作人员奋力作为。\n街道协调物资，陪同区政府及街道领导走访企业。"
    assert "青竹湾街道" in _entities(text, "Region")


def test_street_without_a_bare_word_for_it_is_not_guessed() -> None:
    assert "青竹湾街道" not in _entities("疫情期间，青竹湾街道两侧的商户减少。", "Region")


def test_common_noun_street_is_no_town() -> None:
    text = "近日，商店街道里人流涌动。\n街道成立服务专班，为企业开设绿色通道。"
    assert not [n for n in _entities(text, "Region") if n.endswith("街道")]


def test_towns_sharing_one_town_word_after_their_county() -> None:
    regions = _entities("德清县新市、钟管等镇为企业减免房租。", "Region")
    assert {"新市镇", "钟管镇"} <= set(regions)


def test_sector_list_after_a_county_is_no_town_list() -> None:
    assert _entities("德清县财政、税务等部门为企业减免房租。", "Region") == ["德清县"]


def test_zone_department_named_with_its_zone() -> None:
    agencies = _entities("芜湖经开区创新发展部为企业兑现奖励资金。", "Agency")
    assert agencies == ["芜湖经开区创新发展部"]


def test_a_zone_department_after_the_bare_zone_word_is_the_zones_named_before() -> None:
    text = "芜湖经开区全力服务企业。近日,经开区企业服务部为企业兑现奖励资金。\n"
    assert _entities(text, "Agency") == ["芜湖经开区企业服务部"]
    assert "衢州新材料产业集聚区企业服务部" in _entities("衢州新材料产业集聚区组建服务群。集聚区企业服务部每天解答企业疑问。\n", "Agency")
    # a zone of another kind named before makes no department of the bare word
    assert _entities("芜湖经开区全力服务企业。近日,高新区企业服务部为企业兑现奖励资金。\n", "Agency") == []


def test_zone_followed_by_a_verb_of_planning_has_no_department() -> None:
    assert _entities("芜湖经开区经济发展部署了复工工作。", "Agency") == []


def test_some_parks_of_a_city_are_no_zone() -> None:
    assert _entities("杭州市相关园区为企业减免房租，杭州市各工业园区开通绿色通道。", "Zone") == []
    assert _entities("杭州市某某产业园为企业减免房租。", "Zone") == ["杭州市某某产业园"]


def test_described_town_is_no_town() -> None:
    text = "，工业重镇积极复工。德清县为企业减免房租，工业重镇的企业复工。"
    assert _entities(text, "Region") == ["德清县"]
    assert "九重镇" in _entities("淅川县九重镇为企业减免房租。", "Region")


def test_special_region_government_written_bare() -> None:
    record = extract_text("香港将推出保就业计划。特区政府向企业发放工资补贴，并减免租金。", "t")
    assert [e.name for e in record.entities if e.type == "Agency"] == ["香港特区政府"]
    assert {m.region for m in record.measures} == {"香港"}
    assert _entities("特区政府为企业减免房租。", "Agency") == []


def test_team_named_by_its_role_after_its_place_or_level_word() -> None:
    assert _entities("德清县指导服务组走访企业，帮助解决用工难题。", "Agency") == ["德清县指导服务组"]
    assert _entities("南京市为企业减免房租。市指导服务组走访企业。", "Agency") == ["南京市指导服务组"]
    assert _entities("南京市为企业减免房租。城市指导服务组走访企业。", "Agency") == []
    assert _entities("德清县指导企业成立服务组。", "Agency") == []


def test_street_opening_a_clause_with_a_verb_of_work_is_a_town() -> None:
    record = extract_text("为帮助企业复工，石桥街道成立助企服务专班，为企业协调解决用工难题。", "t")
    assert [e.name for e in record.entities if e.type == "Region"] == ["石桥街道"]
    assert {m.region for m in record.measures} == {"石桥街道"}


def test_common_streets_opening_a_clause_are_no_towns() -> None:
    assert _entities("，主要街道开展消杀，城市街道积极推进。", "Region") == []


def test_towns_listed_after_the_first_town_of_a_county() -> None:
    regions = _entities("德清县武康街道、舞阳街道和新市镇为企业减免房租。", "Region")
    assert {"武康街道", "舞阳街道", "新市镇"} <= set(regions)


def test_bureau_joining_two_fields_with_ji() -> None:
    assert "香港劳工及福利局" in _entities("香港劳工及福利局向企业发放工资补贴。", "Agency")
    assert set(_entities("南京市财政局及税务局为企业减免税费。", "Agency")) == {"南京市财政局", "南京市税务局"}


def test_town_whose_name_opens_with_da_after_its_county() -> None:
    assert "大路口镇" in _entities("泗县大路口镇组织干部走访企业。", "Region")
    assert _entities("，小城镇积极复工，大城镇建设加快。", "Region") == []


def test_town_industry_office() -> None:
    assert "新市镇工办" in _entities("德清县新市镇工办工作人员走访企业。", "Agency")
    assert _entities("员工办理入职手续，德清县为企业减免房租。", "Agency") == []


def test_body_whose_call_a_clause_answers_does_not_act() -> None:
    text = "疫情期间，全市企业响应南京市政府号召停工，面对复工，青竹湾街道工作人员帮助企业有序复工。\n街道协调物资，为企业减免房租。"
    record = extract_text(text, "t")
    assert {m.region for m in record.measures} == {"青竹湾街道"}


def test_town_names_opening_with_a_descriptive_character_are_towns() -> None:
    text = "古城镇组织干部驻企服务。城南镇成立服务专班，协调原料运输。"
    assert {"古城镇", "城南镇"} <= set(_entities(text, "Region"))


def test_descriptive_words_for_towns_alone_are_no_towns() -> None:
    text = "在古镇、集镇、名镇和城镇开展消杀，到集镇走访商户。"
    assert [n for n in _entities(text, "Region") if n.endswith("镇")] == []


def test_town_written_without_its_word_before_its_government() -> None:
    text = "近日,工人们来到新昌县甲岙政府送上锦旗。疫情期间,该镇政府多次上门协调原料运输。\n"
    record = extract_text(text, "t")
    names = {e.name: e.type for e in record.entities}
    assert names.get("甲岙镇") == "Region" and names.get("甲岙镇政府") == "Agency"
    assert ("甲岙镇", "新昌县") in {(r.subject, r.object) for r in record.relations if r.type == "PART_OF"}


def test_town_word_missing_and_never_supplied_is_no_town() -> None:
    # (no 该镇 or 该乡 says which word the name was written without; 两级政府 are tiers, no town)
    assert not any(n.startswith("甲岙") for n in _entities("新昌县甲岙政府发布通知。\n", "Region"))
    assert not any(n.startswith("两级") for n in _entities("新昌县两级政府协同推进。该镇企业复工。\n", "Region"))


def test_street_written_before_one_of_its_communities() -> None:
    text = "开福区各社区积极行动。甲河街道乙桥社区为复工门店指定服务专员。\n"
    assert "甲河街道" in _entities(text, "Region")
    # (街道社区 is the common noun, no street's name)
    assert not any(n.endswith("街道") for n in _entities("开福区街道社区干部上门服务。\n", "Region"))


def test_a_verb_of_saying_before_a_towns_bodies_names_no_town() -> None:
    text = "副镇长一行走访甲乙电器有限公司，同时表示镇党委、政府将继续做好服务。"
    assert _entities(text, "Region") == []
    assert not any("表示" in n for n in _entities(text, "Agency"))
