"""The bodies of towns and streets (stations, sections, teams named by their role), bodies only a district has, and
zones written by their bare names before their bodies."""

from ingest.agencies import find_agencies
from ingest.normalize import analysis_view
from ingest.places import find_places
from ingest.pipeline import extract_text


def agency_names(text: str) -> list[str]:
    view = analysis_view(text)
    return [a.name for a in find_agencies(view, find_places(view))]


def test_town_station_after_its_town() -> None:
    assert "朱林镇安监站" in agency_names("金坛区朱林镇安监站对辖区工厂开展安全检查。")


def test_bare_station_a_town_office_works_with() -> None:
    names = agency_names("金坛区朱林镇召开会议。镇工办联合安监站分成两组走访工厂。")
    assert "朱林镇安监站" in names
    assert not any(n.endswith("服务组") for n in names)


def test_town_section_after_its_name_and_after_its_level_word() -> None:
    assert "朱林镇经济科" in agency_names("金坛区朱林镇经济科上门指导工厂复工。")
    assert "朱林镇经济科" in agency_names("金坛区朱林镇开展巡查。随后,由镇经济科统一发放告知书。")


def test_section_word_opening_another_word_is_no_section() -> None:
    assert not any(n.endswith("科") for n in agency_names("金坛区朱林镇科技园区工厂复工,镇农业科学示范基地开放。"))


def test_team_named_by_its_role_after_its_town() -> None:
    assert "朱林镇督查组" in agency_names("金坛区朱林镇督查组对工厂逐一验收。")
    assert "朱林镇督查组" in agency_names("金坛区朱林镇落实包保责任;镇督查组采取电话问询方式抽查。")


def test_team_of_no_role_stays_unnamed() -> None:
    assert not any(n.endswith("工作组") for n in agency_names("金坛区朱林镇工作组进驻工厂。"))


def test_district_congress_office_beside_a_zone_is_the_districts() -> None:
    names = agency_names("金坛区区长参加,金坛经济开发区、区人大办、商务局、工信局负责人陪同。")
    assert "金坛区人大办" in names and "金坛区商务局" in names and "金坛区工信局" in names


def test_listed_zone_written_by_its_bare_name_before_its_body() -> None:
    record = extract_text("近日,宾西企业服务中心为园区工厂协调口罩3万只。\n", "t")
    zones = [e for e in record.entities if e.type == "Zone"]
    assert len(zones) == 1 and zones[0].name.startswith("宾西")
    assert "宾西企业服务中心" in {e.name for e in record.entities if e.type == "Agency"}
    assert {m.region for m in record.measures} == {zones[0].name}


def test_bare_zone_name_inside_other_words_is_no_zone() -> None:
    assert not [e for e in extract_text("我们要面向未来企业服务中心建设提速。\n", "t").entities if e.type == "Zone"]


def test_station_after_another_bodys_clause_is_named_by_its_town_alone() -> None:
    names = agency_names("金坛区朱林镇经济科联合镇安监站走访工厂。")
    assert "朱林镇经济科" in names and "朱林镇安监站" in names
    assert not any("联合" in n for n in names)


def test_community_party_branch_after_its_street_office() -> None:
    record = extract_text("2月6日,魏都区甲乙街道办事处丙丁社区党支部书记王某介绍,社区为商户送去口罩。\n", "t")
    assert "丙丁社区党支部" in {e.name for e in record.entities if e.type == "Agency"}
    assert ("丙丁社区党支部", "甲乙街道") in {(r.subject, r.object) for r in record.relations if r.type == "UNDER"}
    # (a community named inside a longer word opens no branch's name)
    assert not any("社区党" in n for n in agency_names("魏都区大力推进美丽社区党委建设。"))


def test_town_and_country_in_a_departments_name_is_no_township() -> None:
    names = agency_names("宁乡经开区推进复工。4月3日,城乡规划局党支部组织党员到工厂服务。")
    assert names == ["宁乡经开区城乡规划局", "宁乡经开区城乡规划局党支部"]
    assert "甲乙乡财政所" in agency_names("松阳县甲乙乡召开会议。县城乡建设局、乡财政所参加。")


def test_office_inside_a_street_office_or_a_zone_committee() -> None:
    assert agency_names("魏都区推进回迁。区直部门及甲乙街道办事处招商办对接。")[-2:] == ["甲乙街道办事处", "甲乙街道办事处招商办"]
    assert agency_names("魏都区甲乙街道办事处举办培训。") == ["甲乙街道办事处"]  # (举办: the verb, no office)


def test_the_conjunction_yiji_joins_two_bodies() -> None:
    names = agency_names("东山县调研。东山经济技术开发区管委会主任李某,以及工信局、商务局负责同志参加。")
    assert not any("及" in n for n in names)


def test_a_town_written_bare_before_its_committee_keeps_its_town_word_in_names() -> None:
    record = extract_text("顺义区马坡镇推进复工。马坡党委组织干部走访企业,马坡政府帮助甲乙食品有限公司招聘员工。", "t")
    found = {e.name: e for e in record.entities}
    assert found["马坡镇党委"].type == "Agency" and "马坡党委" in found["马坡镇党委"].aliases
    assert "马坡党委" not in found and "马坡" not in found
    assert {m.region for m in record.measures} == {"马坡镇"}


def test_a_town_written_only_bare_is_named_with_the_town_word_its_bodies_take() -> None:
    record = extract_text("扎根马坡 服务企业复工\n\n近日,马坡党委组织干部走访企业。镇党委、镇政府帮助甲乙食品有限公司招聘员工,该镇协调原料运输。", "t")
    found = {e.name: e.type for e in record.entities}
    assert found.get("马坡镇") == "Region" and found.get("马坡镇党委") == "Agency" and found.get("马坡镇政府") == "Agency"
    assert {m.region for m in record.measures} == {"马坡镇"}


def test_an_organisation_s_committee_names_no_town() -> None:
    record = extract_text("集团党委组织干部走访车间。镇政府帮助甲乙食品有限公司招聘员工。集团 表示感谢。", "t")
    assert not any(e.name.startswith("集团镇") for e in record.entities)


def test_a_verb_glued_to_a_town_s_name_in_a_headline_names_no_town_of_its_own() -> None:
    record = extract_text("稳住基本盘——访石湖镇党委书记 王某某\n\n“石湖镇是我们的门户。”石湖镇党委书记王某某说,镇里帮助企业解决用电难题。", "t")
    names = {e.name for e in record.entities}
    assert {"石湖镇", "石湖镇党委"} <= names and not any(n.startswith("访") for n in names)


def test_two_towns_one_named_inside_the_other_stay_two() -> None:
    names = {e.name for e in extract_text("新邵县新田铺镇扶助企业。新邵县田铺镇协调用工。", "t").entities}
    assert {"新田铺镇", "田铺镇"} <= names


def test_a_bare_department_once_written_with_its_town_is_that_body_and_opens_its_list() -> None:
    names = agency_names("石湖镇推进复工。石湖镇经促局局长走访企业。该镇书记、镇长和经促局、卫计局、农办等单位的干部沉入车间。")
    assert {"石湖镇经促局", "石湖镇卫计局", "石湖镇农办"} <= set(names)
    assert "经促局" not in names
