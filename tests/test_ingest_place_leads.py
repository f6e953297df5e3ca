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
    text = "副县长一行赴县产业集聚区察看。县政府办、产业集聚区干部陪同。"
    assert _entities(text, "Zone") == ["县产业集聚区"]


def test_bare_zone_words_of_many_zones_stay_none() -> None:
    assert _entities("开发区为企业发放口罩。各县区、开发区要为企业减免房租。", "Zone") == []


def test_short_office_of_a_government_is_that_office_only() -> None:
    agencies = _entities("德清县委办、县政府办联合发文，为企业减免房租。", "Agency")
    assert agencies == ["德清县委办", "德清县政府办"]


def test_secretariat_names_its_special_region_in_a_text_naming_no_place() -> None:
    record = _record("特区政府推出保就业计划。财政司司长表示，工业贸易署向企业发放资助，劳工处为企业提供招聘服务。")
    agencies = [e.name for e in record.entities if e.type == "Agency"]
    assert [e.name for e in record.entities if e.type == "Region"] == ["香港"]
    assert {"香港特区政府", "香港财政司", "香港工业贸易署", "香港劳工处"} <= set(agencies)
    assert {m.region for m in record.measures} == {"香港"}


def test_macao_secretariat_is_macao_s_not_hong_kong_s() -> None:
    agencies = _entities("经济财政司司长表示，特区政府将向企业发放补贴。", "Agency")
    assert "澳门经济财政司" in agencies and "香港财政司" not in agencies


def test_special_region_bodies_are_named_by_the_region_or_its_government_as_written() -> None:
    assert _entities("香港经济疲弱。创新及科技局推出资助计划，向企业发放补贴。", "Agency") == ["香港创新及科技局"]
    assert "香港特区政府环境局" in _entities("香港特区政府环境局局长表示，将为企业发放资助。", "Agency")


def test_verbs_and_common_nouns_ending_like_departments_are_none() -> None:
    text = "香港政府全面部署防疫，签署协议，不足之处要改进。“某某计划”秘书处收到申请。"
    assert _entities(text, "Agency") == ["香港政府"]


def test_bureaus_listed_after_a_county_park_are_the_county_s() -> None:
    agencies = _entities("德清县工业园、人社局、财政局等部门为企业减免房租。", "Agency")
    assert agencies == ["德清县人社局", "德清县财政局"]


def test_bare_park_listed_after_a_county_park_is_that_county_s() -> None:
    assert _entities("德清县工业园、科技园为企业减免房租。", "Zone") == ["德清县工业园", "德清县科技园"]
    assert _entities("德清县工业园和园区企业复工。", "Zone") == ["德清县工业园"]


def test_new_town_zone_but_not_a_district_or_town_named_so() -> None:
    assert _entities("湖州南太湖新城为企业减免房租。", "Zone") == ["湖州南太湖新城"]
    assert _entities("西安市新城区为企业减免房租。", "Zone") == []


def test_park_by_a_town_s_level_word_is_that_town_s() -> None:
    zones = _entities("霍邱县潘集镇干部来到镇工业园区走访企业。", "Zone")
    assert zones == ["潘集镇工业园区"]


def test_demonstrative_of_a_level_stands_for_the_place_of_that_level() -> None:
    record = _record("湖州市德清县钟管镇为企业发放口罩。该县为企业减免房租。")
    assert [(m.region, m.categories) for m in record.measures] == [("钟管镇", ("PPE_SUPPLY",)), ("德清县", ("RENT_RELIEF",))]
    record = _record("湖州市德清县为企业发放口罩。该市为企业减免房租。")
    assert [m.region for m in record.measures] == ["德清县", "湖州"]


def test_dangdi_acting_is_the_place_just_named_not_the_title_s_province() -> None:
    record = _record("浙江各地帮扶企业纾困\n\n记者近日来到德清县，企业生产繁忙。当地为企业减免房租。")
    assert [m.region for m in record.measures] == ["德清县"]


def test_group_a_zone_word_sets_up_is_the_zone_s_named_without_the_verb() -> None:
    agencies = _entities("德清经济开发区企业繁忙。园区成立复产保障领导组，实行干部联系企业制度。", "Agency")
    assert agencies == ["德清经济开发区复产保障领导组"]


def test_place_s_body_named_after_a_verb_setting_it_up_or_working_with_it() -> None:
    cases = {
        "德清县迅速成立疫情防控指挥部，为企业发放口罩。": "德清县疫情防控指挥部",
        "钟管镇积极复工。该镇成立复产用工保障领导小组，为企业发放口罩。": "钟管镇复产用工保障领导小组",
        "德清县会同商务局向企业赠送口罩。": "德清县商务局",
    }
    for text, name in cases.items():
        assert name in _entities(text, "Agency"), text
    agencies = _entities("德清县为企业发放口罩。对加班生产的企业,配合经信局、人社局等部门给予补助。", "Agency")
    assert agencies == ["德清县经信局", "德清县人社局"]


def test_province_before_a_county_s_zone_is_no_part_of_its_name() -> None:
    assert _entities("安徽省泗县产业集聚区企业加紧生产。", "Zone") == ["泗县产业集聚区"]


def test_city_opening_a_street_named_after_a_road_is_the_street_wherever_written() -> None:
    record = _record("市南区杭州路街道企业陆续开工。近期,杭州路街道为企业减免房租。")
    assert [e.name for e in record.entities if e.type == "Region"] == ["市南区", "杭州路街道"]
    assert [m.region for m in record.measures] == ["杭州路街道"]


def test_town_government_after_a_verb_s_dao_names_the_town_but_a_verb_of_going_none() -> None:
    assert _entities("局长接到钟管镇政府的电话，帮企业招到员工。", "Region") == ["钟管镇"]
    assert _entities("他来到镇政府办事。", "Region") == []


def test_county_s_industrial_cluster_is_a_zone_but_a_crowd_is_none() -> None:
    assert _entities("德清县月河工业集中区成立工作组，为企业发放口罩。", "Zone") == ["德清县月河工业集中区"]
    assert _entities("人员聚集区要加强防控。", "Zone") == []


def test_taiwan_ministry_s_administration_is_one_body_with_its_ministry_named_too() -> None:
    record = _record("台湾经济部工业局表示，将为企业提供纾困贷款。劳动部劳动力发展署发放薪资补贴。")
    agencies = [e.name for e in record.entities if e.type == "Agency"]
    assert {"经济部", "经济部工业局", "劳动部", "劳动部劳动力发展署"} <= set(agencies)
    assert record.measures[0].agency == "经济部工业局"
    assert _entities("经济部表示将协助各局处。经济部长表示支持。", "Agency") == ["经济部"]


def test_pronoun_before_a_town_word_is_the_town_in_focus_not_a_town_s_name() -> None:
    text = "钟管镇积极推动复工。“我们镇党委、政府周密部署，对企业推行网格化服务。”"
    assert _entities(text, "Region") == ["钟管镇"]
    assert _entities(text, "Agency") == ["钟管镇党委", "钟管镇政府"]


def test_dangdi_skips_a_place_inside_a_firm_s_name() -> None:
    text = "德清县企业较多。钟管镇甲乙化工有限公司急需扩产。湖州乙丙化学有限公司转产消毒剂。得知情况后，当地迅速派出驻企专员。"
    regions = [m.region for m in _record(text).measures]
    assert regions and "湖州" not in regions


def test_monetary_authority_by_its_short_name_is_the_regions() -> None:
    record = _record("澳门特区政府推出援助措施。另外，金管局已要求银行为受影响企业延期还款。")
    assert "澳门金管局" in {e.name for e in record.entities if e.type == "Agency"}
    assert {(m.region, m.agency) for m in record.measures if "还款" in m.text} == {("澳门", "澳门金管局")}


def test_body_after_an_outlets_dateline_is_named_without_the_outlet() -> None:
    agencies = _entities("澳门日报讯 经济局向受影响的中小企业发放援助款项。", "Agency")
    assert agencies == ["澳门经济局"]


def test_legislature_after_the_regions_special_word_is_the_regions() -> None:
    agencies = _entities("香港政府推出援助。特区立法会财务委员会已批准拨款，向受影响企业发放补贴。", "Agency")
    assert "香港立法会财务委员会" in agencies and not any(a.startswith("区") for a in agencies)


def test_legislature_committee_by_its_short_name_and_innovation_bureau() -> None:
    agencies = _entities("香港政府宣布新一轮援助。据提交立法会财委会的文件，创科局将为园区租户减免租金。", "Agency")
    assert {"香港立法会财委会", "香港创科局"} <= set(agencies)


def test_department_reached_through_its_website_or_phone_is_named_without_the_verb() -> None:
    agencies = _entities("澳门特区政府推出援助计划。有意申请的商户可浏览经济局网站，或致电财政局查询。", "Agency")
    assert {"澳门经济局", "澳门财政局"} <= set(agencies)
    assert not any("浏览" in a or "致电" in a for a in agencies)


def test_department_with_ji_in_its_name_after_a_function_word_is_the_regions() -> None:
    agencies = _entities("香港特区政府推出资助计划。持有由食物及环境卫生署发出牌照的店铺可以申请。", "Agency")
    assert "香港食物及环境卫生署" in agencies


def test_function_word_before_a_short_department_word_names_no_department() -> None:
    agencies = _entities("香港特区政府推出资助计划，各处商户均可申请。", "Agency")
    assert agencies == ["香港特区政府"]


def test_city_zone_by_its_level_word_takes_the_city_named_only_later_in_a_firm() -> None:
    record = _record("市经开区工作人员为株洲甲乙机械有限公司办理复工手续，协调解决用工问题。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["株洲市经开区"]
    assert {m.region for m in record.measures} == {"株洲市经开区"}
    assert ("LOCATED_IN", "株洲甲乙机械有限公司", "株洲市经开区") in {(r.type, r.subject, r.object) for r in record.relations}


def test_city_zone_by_its_level_word_with_two_cities_named_is_the_bare_zone() -> None:
    record = _record("市经开区为企业减免房租。株洲甲乙机械有限公司和湘潭丙丁电子有限公司已复工。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["市经开区"]
    assert [m.region for m in record.measures] == ["市经开区"]


def test_bare_zone_word_opening_the_title_of_a_page_naming_no_city_is_the_zone() -> None:
    record = _record("高新区推进企业复工\n2月10日，工作组来到甲乙机械有限公司，帮助企业招聘员工。")
    assert [m.region for m in record.measures] == ["高新区"]


def test_bare_zone_word_in_a_title_beside_a_named_city_is_no_zone() -> None:
    assert _entities("开发区建设迎来新机遇\n株洲市政府为企业减免房租。", "Zone") == []


def test_province_before_a_zone_named_after_its_city_is_a_place_of_its_own() -> None:
    assert _entities("江苏南京高新区为企业减免房租。", "Region") == ["江苏"]
    assert _entities("上海临港新片区为企业减免房租。", "Region") == []
