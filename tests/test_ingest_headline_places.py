"""Whose story a report is and where its firms are: a zone after a headline's city and colon, a city's or zone's
part named by a direction, the place an official visits; not the city or the visitor's place."""

from ingest.pipeline import extract_text

BODY = "\n2月10日，工作组来到甲乙机械有限公司，帮助企业招聘员工。为企业减免房租3个月。"


def regions(text: str) -> set[str]:
    return {m.region for m in extract_text(text, "t").measures}


def test_zone_after_a_headline_city_and_colon_acts() -> None:
    assert regions("株洲：高新区帮扶企业复工" + BODY) == {"株洲高新区"}


def test_district_after_a_headline_city_and_colon_acts() -> None:
    assert regions("湖南株洲：芦淞区帮扶企业复工" + BODY) == {"芦淞区"}


def test_headline_city_acts_when_nothing_inside_it_follows() -> None:
    assert regions("株洲：全力推进企业复工" + BODY) == {"株洲"}
    assert regions("株洲：长沙市帮扶企业复工" + BODY) == {"株洲"}


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_city_part_named_by_a_direction_is_a_zone_holding_its_firms() -> None:
    text = "南通西区工作人员来到甲乙科技有限公司，协调口罩5000只。"
    assert regions(text) == {"南通西区"}
    assert located(text) == {("甲乙科技有限公司", "南通西区")}


def test_zone_part_named_by_a_direction_keeps_its_measures() -> None:
    text = "株洲经开区东区为丙丁电子有限公司减免房租。"
    assert regions(text) == {"株洲经开区东区"}
    assert located(text) == {("丙丁电子有限公司", "株洲经开区东区")}


def test_listed_direction_district_and_area_words_are_no_new_zone() -> None:
    assert regions("攀枝花市东区为企业减免房租。") == {"东区"}
    assert regions("株洲西区域内企业复工。株洲市为企业减免房租。") == {"株洲"}


def test_firms_a_visiting_official_goes_to_are_in_the_place_visited() -> None:
    text = "长沙市工信局局长张某一行赴株洲市芦淞区，走访了甲乙机械有限公司，帮助企业协调原料运输。"
    assert regions(text) == {"长沙"}
    assert located(text) == {("甲乙机械有限公司", "芦淞区")}


def test_visited_firm_named_after_the_visitor_s_city_stays_there() -> None:
    assert located("长沙市副市长张某一行到株洲调研，走访了长沙甲乙机械有限公司。") == {("长沙甲乙机械有限公司", "长沙")}


def test_byline_under_a_zone_s_title_opens_no_section_of_its_body() -> None:
    assert regions("株洲高新区助企复工\n发布单位：株洲市工信局" + BODY) == {"株洲高新区"}
    assert regions("株洲高新区助企复工\n株洲市工信局 2020-02-12" + BODY) == {"株洲高新区"}


def test_a_bodys_research_team_writing_the_page_opens_no_section() -> None:
    assert regions("株洲高新区公布纾困措施\n2022年7月20日\n株洲市工信局经济研究团队" + BODY) == {"株洲高新区"}


def test_a_place_describing_the_firms_a_measure_is_for_does_not_act() -> None:
    text = "株洲高新区公布纾困措施\n对租用长沙市市属公房的小型企业，减免6个月租金。"
    assert regions(text) == {"株洲高新区"}


def test_another_body_signing_a_zone_s_story_is_not_its_actor() -> None:
    assert regions("株洲高新区助企复工" + BODY + "\n株洲市工信局\n2020年2月12日") == {"株洲高新区"}


def test_notice_signed_by_the_city_about_its_zone_keeps_the_signer() -> None:
    assert regions("关于支持株洲高新区企业复工的通知" + BODY + "\n株洲市人民政府\n2020年2月12日") == {"株洲"}


def test_bodies_a_body_gets_in_touch_with_do_not_act() -> None:
    text = "株洲高新区帮扶企业\n园区服务专员多次上门开展服务，主动联系茶陵县商务局和醴陵市人社局等部门商讨企业招工事宜。"
    assert regions(text) == {"株洲高新区"}
    assert regions("株洲高新区帮扶企业\n园区主动对接醴陵市人社局，为企业招聘员工。") == {"株洲高新区"}


def test_a_place_before_the_kind_of_business_it_holds_does_not_act() -> None:
    text = "房租减免解困局 泸州酒店谈纾困\n近日，江阳区相关部门协调出台政策，为酒店减免6个月房租。"
    assert regions(text) == {"江阳区"}
