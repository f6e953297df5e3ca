"""Zones of the kinds other ministries list (agricultural science parks, tourism resorts), bodies a
government keeps (省政府国资委), and a province a notice names only through its bodies."""

from ingest.pipeline import extract_text


def _record(text: str):
    return extract_text(text, "t")


def _names(text: str, etype: str) -> list[str]:
    return [e.name for e in _record(text).entities if e.type == etype]


def test_national_agricultural_science_park_is_a_zone() -> None:
    record = _record("宝鸡国家农业科技园区管委会组织园区企业复工复产。园区为企业协调运输车辆。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["宝鸡国家农业科技园区"]
    assert [e.name for e in record.entities if e.type == "Agency"] == ["宝鸡国家农业科技园区管委会"]
    assert {m.region for m in record.measures} == {"宝鸡国家农业科技园区"}


def test_a_class_of_national_zones_is_still_no_zone() -> None:
    assert _names("全国国家高新区发展良好，某市国家高新区表现突出。", "Zone") == []


def test_tourism_resort_is_a_zone_with_its_committee() -> None:
    record = _record("眉县太白山旅游度假区管委会为商户减免房租。度假区管委会还组织招聘。")
    zones = [e.name for e in record.entities if e.type == "Zone"]
    assert zones == ["眉县太白山旅游度假区"]
    # 白山, a city's name, is wedged inside the resort's name here
    assert [e.name for e in record.entities if e.type == "Region"] == []
    assert [e.name for e in record.entities if e.type == "Agency"] == ["眉县太白山旅游度假区管委会"]


def test_resort_written_without_its_county_is_the_same_zone() -> None:
    record = _record("近日，眉县太白山旅游度假区商户复工。太白山旅游度假区为商户减免房租。")
    zones = [e for e in record.entities if e.type == "Zone"]
    assert len(zones) == 1 and {zones[0].name, *zones[0].aliases} == {"眉县太白山旅游度假区", "太白山旅游度假区"}


def test_a_resorts_visitor_centre_is_no_body() -> None:
    assert _names("眉县太白山旅游度假区游客服务中心暂停开放。", "Agency") == []
    assert _names("眉县政务服务中心开通绿色通道。", "Agency") == ["眉县政务服务中心"]


def test_commission_a_government_keeps_is_named_with_it() -> None:
    agencies = _names("陕西省发布通知。省政府国资委负责指导省属企业复工。", "Agency")
    assert "陕西省政府国资委" in agencies and "国资委" not in agencies
    assert _names("国务院国资委督促央企复工。", "Agency") == ["国务院国资委"]


def test_notice_naming_its_province_only_in_a_cited_title_and_bodies_is_that_provinces() -> None:
    text = (
        "各市工信局、兰州新区经发局：\n"
        "一、省工信厅负责督促重点企业复工复产。\n"
        "二、企业按照《甘肃省商务厅关于商贸企业复工报备的通知》要求报备，省商务厅负责指导。\n"
        "三、建立重点企业包抓制度，一企一策落实复工复产工作。\n"
        "四、省财政厅负责保障复工资金。\n"
    )
    record = _record(text)
    assert {m.region for m in record.measures} == {"甘肃"}
    assert "甘肃省工信厅" in [e.name for e in record.entities if e.type == "Agency"]


def test_central_government_before_a_province_is_china() -> None:
    regions = _names("甘肃省工信厅负责指导中央在甘企业复工复产。", "Region")
    assert "中国" in regions
    assert "中国" not in _names("甘肃省委落实党中央部署，指导企业复工。", "Region")


def test_group_of_a_committee_and_its_government_is_one_body() -> None:
    agencies = _names("省委省政府疫情防控工作领导小组指挥部发布通告。浙江省发布通知。", "Agency")
    assert "浙江省委省政府疫情防控工作领导小组指挥部" in agencies
    assert "浙江省政府疫情防控工作领导小组" not in agencies
    # a government's own group after a clause of the committee stays the government's
    assert "宁波市政府疫情防控领导小组" in _names("市委市政府决定,市政府疫情防控领导小组发布通告。宁波市发布通知。", "Agency")


def test_command_body_opening_a_clause_is_the_place_in_focus() -> None:
    assert _names("湖州市发布通知。疫情防控指挥部要求企业做好防护。", "Agency") == ["湖州市疫情防控指挥部"]
    # every place's, or the local one a firm reports to, is no one body
    assert _names("湖州市发布通知，各地疫情防控指挥部要加强指导。", "Agency") == []
    assert _names("湖州市发布通知。企业向当地疫情防控领导小组办公室报备。", "Agency") == []


def test_town_written_bare_before_its_body_is_the_town() -> None:
    record = _record("越城区皋埠镇出台措施。皋埠驻企服务专班深入企业走访。")
    assert [e.name for e in record.entities if e.type == "Agency"] == ["皋埠驻企服务专班"]
    assert [e.name for e in record.entities if e.type == "Region"].count("皋埠镇") == 1
    # the bare name before other words is no town's mention
    assert [e.name for e in _record("越城区皋埠镇出台措施。皋埠政策好。").entities if e.type == "Agency"] == []


def test_legislature_of_the_special_region_in_focus_is_its_body() -> None:
    agencies = _names("香港特区政府向立法會財務委員會申請撥款。立法會通過後，政府發放資助。", "Agency")
    assert agencies == ["香港特区政府", "香港立法会财务委员会", "香港立法会"]
    # no special region named: no council to place
    assert _names("某市代表团参观立法会。湖州市发布通知。", "Agency") == []


def test_resort_committee_is_named_as_the_resort_is() -> None:
    record = _record("太白山旅游度假区暂停开放。近日，眉县太白山旅游度假区商户复工。太白山旅游度假区客房入住率回升。度假区管委会为商户减免房租。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["太白山旅游度假区"]
    assert [e.name for e in record.entities if e.type == "Agency"] == ["太白山旅游度假区管委会"]
    assert {(m.region, m.agency) for m in record.measures} == {("太白山旅游度假区", "太白山旅游度假区管委会")}


def test_a_city_s_park_written_without_its_city_is_the_same_zone_and_no_firm() -> None:
    record = _record(
        "副区长一行到宁波禾丰科技园调研。\n"
        "禾丰科技园总经理李某介绍，园区甲乙光电、丙丁磁性等企业已复工。\n"
        "副区长：科技局尽快为企业协调贷款。\n"
    )
    zones = [e for e in record.entities if e.type == "Zone"]
    assert len(zones) == 1 and {zones[0].name, *zones[0].aliases} == {"宁波禾丰科技园", "禾丰科技园"}
    assert "禾丰科技园" not in {e.name for e in record.entities if e.type == "Enterprise"}
    located = {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}
    assert located == {("甲乙光电", "宁波禾丰科技园"), ("丙丁磁性", "宁波禾丰科技园")}
    # a park keeps no bureaus: the bare bureau is the city's
    assert _names("宁波禾丰科技园企业复工。科技局尽快为企业协调贷款。", "Agency") == ["宁波市科技局"]


def test_a_park_visited_under_its_own_name_is_the_city_s_park_named_before() -> None:
    record = _record("今年，宁波禾丰科技园新签项目。副市长来到禾丰科技园调研，为企业协调用工。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["宁波禾丰科技园"]


def test_parks_listed_by_their_own_names_are_zones() -> None:
    record = _record("今年以来，望城区加快推进禾丰环保产业园、青石表面处理产业园建设，为入园企业减免租金。")
    assert {e.name for e in record.entities if e.type == "Zone"} == {"禾丰环保产业园", "青石表面处理产业园"}
    # a park named alone after a verb is no zone of the list; nor is a bare park word
    assert _names("某区加快推进禾丰产业园建设。", "Zone") == []
    assert _names("园区企业、禾丰产业园企业复工。", "Zone") == []


def test_a_science_and_industry_park_named_by_no_place_where_firms_are() -> None:
    zones = _names("成都温江区有序推进复工。位于甲乙两岸科技产业园区内的企业已全部复工。\n", "Zone")
    assert zones == ["甲乙两岸科技产业园区"]
    assert _names("成都温江区有序推进复工。丙丁科技产业园区管委会为企业协调口罩。\n", "Zone") == ["丙丁科技产业园区"]


def test_a_zone_written_without_a_qualifier_of_its_name_is_the_same_zone() -> None:
    text = "兰州新区丙丁循环材料园区推进复工。兰州新区丙丁材料园区管委会为园区企业协调口罩。\n"
    assert _names(text, "Zone") == ["兰州新区", "兰州新区丙丁循环材料园区"]
    # (names that differ by more than a dropped qualifier stay two zones)
    assert len(_names("兰州新区丙丁循环材料园区推进复工。兰州新区戊己材料园区开工。\n", "Zone")) == 3


def test_a_park_an_official_party_visits_holds_the_firms_whose_staff_attend_its_talks() -> None:
    text = "2月18日,顺义区工信局局长一行莅临星湖科技园,召开座谈会,甲乙电子、丙丁科技等企业代表参加座谈。"
    record = _record(text)
    assert _names(text, "Zone") == ["星湖科技园"]
    located = {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}
    assert located == {("甲乙电子", "星湖科技园"), ("丙丁科技", "星湖科技园")}


def test_nei_after_a_zone_opens_no_firm_s_name() -> None:
    assert _names("星湖科技园管委会走访企业,星湖科技园内甲乙电子有限公司负责人参加座谈。", "Enterprise") == ["甲乙电子有限公司"]


def test_a_park_named_after_its_firm_and_city_visited_by_officials_is_the_zone_holding_the_firms() -> None:
    text = "3月5日,自治区副主席周某某一行到中钢百色锰业产业园调研。周某某一行来到广西甲乙公司,协调解决企业困难。鼓励中钢百色锰业产业园各家企业坚定信心。"
    record = _record(text)
    assert "中钢百色锰业产业园" not in _names(text, "Enterprise")
    assert ("广西甲乙公司", "百色锰业产业园") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_cross_border_e_commerce_pilot_zones_are_zones_also_under_the_countrys_name() -> None:
    assert _names("柳州跨境电子商务综合试验区管委会为外贸企业开通通关专窗。", "Zone") == ["柳州跨境电子商务综合试验区"]
    zones = _names("中国（柳州）跨境电子商务综合试验区为外贸企业开通通关专窗。", "Zone")
    assert zones == ["中国(柳州)跨境电子商务综合试验区"]
    assert "中国" not in _names("中国（柳州）跨境电子商务综合试验区为外贸企业开通通关专窗。", "Region")


def test_a_park_named_by_the_field_it_hosts_is_a_zone_without_a_place() -> None:
    text = "城关区商务局针对青石湾跨境电商产业园、规上企业等开展摸底。"
    assert _names(text, "Zone") == ["青石湾跨境电商产业园"]
    # a verb's object is no park's name
    assert _names("城关区商务局要加快建设数字经济聚集区。", "Zone") == []
    assert _names("城关区商务局走访企业，此地生物医药产业园一派繁忙。", "Zone") == []
