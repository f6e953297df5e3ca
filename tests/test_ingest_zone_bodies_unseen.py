"""Zones and bodies of kinds the design documents never write: a county's 工业经济区 (also by its level word), a
connective before a special region's department, generic words that are no firms."""

from ingest.pipeline import extract_text


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in extract_text(text, "t").entities}


def test_industrial_economic_zone_by_level_word_and_by_name_is_one_zone() -> None:
    found = _entities("永福县上下主动服务企业。县工业经济区帮企业解决难题。永福工业经济区领导到高速路口接回员工。")
    zones = {name for name, kind in found if kind == "Zone"}
    assert zones == {"永福工业经济区"}


def test_county_zone_by_level_word_keeps_the_written_name_of_its_kind() -> None:
    found = _entities("宁乡县委召开会议。县经开区主动服务企业。宁乡经开区帮助企业解决用工。")
    assert {name for name, kind in found if kind == "Zone"} == {"宁乡经开区"}


def test_connective_opening_the_clause_is_no_part_of_a_department() -> None:
    found = _entities("香港業界受到疫情打擊,因此工業貿易署加緊審批資助申請。")
    assert ("香港工业贸易署", "Agency") in found
    assert not any(name.startswith("香港因此") for name, _ in found)


def test_verb_before_the_bare_word_company_and_hawkers_are_no_firms() -> None:
    found = _entities("为保障公司复工,园区主动服务。基金为持牌小贩提供资助。")
    assert not any(kind == "Enterprise" for _, kind in found)


def test_round_of_visits_taking_in_named_firms_is_liaison() -> None:
    record = extract_text("永福县县长李明先后到县经开区管委会、禾丰鸭业、青禾新能源等地,了解企业生产情况。", "t")
    assert any("ENTERPRISE_LIAISON" in m.categories and "禾丰鸭业" in m.beneficiaries for m in record.measures)


def test_writing_team_credited_under_the_title_is_no_actor() -> None:
    text = (
        "醴陵经开区出台助企纾困办法\n2022年5月9日\n香港贸发局经济研究咨询团队\n"
        "为帮助企业渡过难关,醴陵经开区管理委员会出台办法如下:\n对在区内登记经营的企业,按实际缴交的商业电费给予50%的补贴。\n"
    )
    record = extract_text(text, "t")
    assert {m.region for m in record.measures} == {"醴陵经开区"}


def test_park_written_with_and_without_its_area_word_is_one_zone() -> None:
    record = extract_text("力促永福工业园打赢攻坚战\n近日,永福工业园区细化管控措施。永福工业园实行复工报备制,审核企业复工申请。", "t")
    zones = [e for e in record.entities if e.type == "Zone"]
    assert len(zones) == 1 and {zones[0].name, *zones[0].aliases} >= {"永福工业园区", "永福工业园"}
    assert not any(e.type == "Enterprise" for e in record.entities)


def test_health_code_named_like_a_city_is_no_place() -> None:
    found = _entities("永福县工信局指导职工注册使用“安康码”。")
    assert ("安康", "Region") not in found
    assert ("宁波", "Region") in _entities("宁波码头恢复作业,宁波市为企业减免港口费用。")


def test_forms_firms_fill_in_are_no_policy_documents() -> None:
    found = _entities("企业提前3天向园区提交《复工备案表》《疫情防控承诺书》及上岗人员花名册。园区印发《惠企政策一览表》。")
    documents = {name for name, kind in found if kind == "PolicyDocument"}
    assert documents == {"惠企政策一览表"}


def test_a_preposition_after_a_body_opens_no_zone_of_its_branch() -> None:
    found = _entities("泰安经开区科技创新局根据经开区重点项目名单,主动对接各家银行。")
    assert {name for name, kind in found if kind == "Zone"} == {"泰安经开区"}
    assert {name for name, kind in _entities("德州经开区财政局根据经开区项目名单,对接银行。") if kind == "Zone"} == {"德州经开区"}
    # a zone written right after a place's body is still the body's branch zone
    assert ("泰安市税务局高新区分局", "Agency") in _entities("泰安市税务局高新区分局为企业办理退税。")


def test_a_lookalike_of_the_city_word_is_the_city_word() -> None:
    found = _entities("臺南巿長今日宣布,臺南巿政府將發放振興券。")
    assert ("台南市政府", "Agency") in found and ("台南市", "Region") in found


def test_firms_counted_after_a_preposition_are_the_other_party_not_a_list() -> None:
    found = _entities("签约仪式上,永福县农村商业银行与26家企业签订贷款协议。")
    assert {name for name, kind in found if kind == "Enterprise"} == {"永福县农村商业银行"}
    assert {"丁戊电子", "己庚机械"} <= {n for n, k in _entities("丁戊电子和己庚机械等2家企业获得补助。") if k == "Enterprise"}


def test_a_body_a_leader_directs_is_named_after_the_verb() -> None:
    found = _entities("臺南巿長今日表示,他交代經發局研擬紓困方案。")
    assert ("台南市经发局", "Agency") in found
    assert not any("交代" in name for name, _ in found)
    assert ("香港金管局", "Agency") in _entities("香港政府經要求金管局推出還息不還本安排。")


def test_group_a_zone_word_sets_up_after_a_firms_site_is_the_zones() -> None:
    found = _entities("地处江西永修(星火)工业园的顺丰江西智慧物流产业园,货车往来不断。园区组建企业复产领导组,为企业派驻联络员。")
    assert ("永修(星火)工业园企业复产领导组", "Agency") in found
    assert ("顺丰江西智慧物流产业园", "Enterprise") in found


def test_a_zones_own_office_by_its_zone_word_is_a_body_of_the_zone() -> None:
    assert ("兴安工业园办", "Agency") in _entities("兴安工业园企业陆续复工。园区办协调银行为企业续贷。")
    assert ("兴安经开区办", "Agency") in _entities("兴安经开区办组织企业开展线上招聘。")
    assert ("兴安经开区办", "Agency") in _entities("兴安经开区主动服务。开发区办组织企业开展线上招聘。")


def test_a_department_after_the_committees_full_name_is_the_zones() -> None:
    found = _entities("兴安经济技术开发区管理委员会财政局为企业拨付补贴。")
    assert ("兴安经济技术开发区财政局", "Agency") in found
    assert ("兴安经济技术开发区管理委员会", "Agency") in found


def test_a_later_clause_of_another_places_body_is_its_own_measure() -> None:
    record = extract_text("兴安经开区管委会为企业减免房租,兴安县人社局为企业发放稳岗补贴。", "t")
    pairs = {(m.region, c) for m in record.measures for c in m.categories}
    assert ("兴安经开区", "RENT_RELIEF") in pairs and ("兴安县", "UNEMPLOYMENT_INSURANCE_REFUND") in pairs
    assert ("兴安经开区", "UNEMPLOYMENT_INSURANCE_REFUND") not in pairs


def test_a_bare_zone_word_glued_before_a_legal_name_opens_no_part_of_it() -> None:
    record = extract_text("兴安经开区积极服务企业。园区甲乙精工有限公司已复工,经开区丙丁电子有限公司也已投产。", "t")
    firms = {e.name for e in record.entities if e.type == "Enterprise"}
    assert firms == {"甲乙精工有限公司", "丙丁电子有限公司"}
    located = {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}
    assert ("甲乙精工有限公司", "兴安经开区") in located


def test_a_body_a_zone_word_names_takes_the_zones_written_full_name() -> None:
    text = "中国(广西)自由贸易试验区钦州港片区管委会出台措施。片区党工委成立服务专班。"
    found = _entities(text)
    assert ("中国(广西)自由贸易试验区钦州港片区党工委", "Agency") in found
    assert not any(name.startswith("广西自贸区") for name, _ in found)


def test_a_verb_of_help_between_a_place_and_a_zone_word_names_no_zone() -> None:
    found = _entities("资源县多举措助力园区企业渡过难关\n资源县经开区党工委带队走访企业。")
    zones = {name for name, kind in found if kind == "Zone"}
    assert zones == {"资源县经开区"}
    assert ("资源县科技创新服务园区", "Zone") in _entities("资源县科技创新服务园区为企业办理手续。")


def test_a_he_after_one_character_of_a_zones_name_is_inside_the_name() -> None:
    found = _entities("钦州市永和工业新区管委会为入驻企业减免租金。")
    assert ("钦州市永和工业新区", "Zone") in found and ("钦州市永和工业新区管委会", "Agency") in found
    zones = {name for name, kind in _entities("钦州市和北海高新区为企业减免租金。") if kind == "Zone"}
    assert zones == {"北海高新区"}


def test_a_bureau_right_after_a_parks_committee_is_the_parks() -> None:
    found = _entities("北海市中泰产业园区管委会投资促进局为企业提供项目服务。")
    assert ("北海市中泰产业园区投资促进局", "Agency") in found
    assert ("北海市投资促进局", "Agency") not in found


def test_a_bodys_people_going_to_a_zone_word_name_no_zone() -> None:
    found = _entities("资源县人社局工作人员到经开区为企业办理招工手续。")
    assert not any(kind == "Zone" and "工作人员" in name for name, kind in found)
    assert ("资源县人社局", "Agency") in found


def test_a_zone_named_after_its_province_and_county_makes_plain_the_county() -> None:
    found = _entities("广西资源经济开发区出台措施。县人社局为开发区企业招聘员工。")
    assert ("资源县人社局", "Agency") in found


def test_a_body_a_zone_word_acts_with_by_a_verb_and_level_word_is_named() -> None:
    found = _entities("仙游经济开发区出台措施。开发区联合县人社局为企业招聘员工。")
    assert ("仙游县人社局", "Agency") in found


def test_a_bare_park_word_after_the_county_word_is_the_countys_park_named_before() -> None:
    found = _entities("都安县工业园区企业陆续复工。县园区办为企业协调用工。")
    zones = {name for name, kind in found if kind == "Zone"}
    assert zones == {"都安县工业园区"}
    assert ("都安县工业园区办", "Agency") in found
