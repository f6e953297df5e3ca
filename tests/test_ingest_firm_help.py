"""Help given to one firm: weak cues, firms named again, transcript speakers, learned problems (invented text)."""

from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def support(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_a_firm_named_again_makes_a_weak_cue_count() -> None:
    text = (
        "在苏州工业园区的甲乙织造有限公司车间里,工人正在赶制订单。\n"
        "得知订单积压后,苏州工业园区管委会派出专人进驻公司,帮助公司协调解决困难。\n"
    )
    assert ("苏州工业园区", "甲乙织造有限公司") in support(text)
    assert ("苏州工业园区", "ENTERPRISE_LIAISON") in pairs(text)


def test_a_bare_firm_word_in_an_enumerated_item_is_firms_at_large() -> None:
    text = (
        "江宁区经信局走访了甲乙织造有限公司。\n"
        "会上提出要求:一是靠前服务。二是帮助企业做好复工准备,落实防控措施。\n"
    )
    assert support(text) <= {("江宁区", "甲乙织造有限公司")}


def test_a_transcript_speaker_with_a_colon_is_the_helped_firm() -> None:
    text = (
        "苏州工业园区全力推进企业复工复产。\n"
        "丙丁化工有限公司总经理王某:管委会帮我们协调,给我们出了通行的函,解决了我们的运输困难。\n"
    )
    assert ("苏州工业园区", "丙丁化工有限公司") in support(text)
    assert ("苏州工业园区", "LOGISTICS_SUPPORT") in pairs(text)


def test_a_party_committee_is_no_firm() -> None:
    rec = extract_text("苏州工业园区党委、管委会第一时间派出专人进驻企业。\n", "t")
    assert not [e for e in rec.entities if e.type == "Enterprise"]


def test_a_declared_two_character_short_name_is_found_again() -> None:
    text = "甲乙新材料股份有限公司(以下简称“甲乙”)原料告急。\n作为重点企业,甲乙已纳入江苏省第一批“白名单”。\n"
    assert any("甲乙新材料股份有限公司" in m.beneficiaries for m in extract_text(text, "t").measures)


def test_problems_learned_of_say_nothing_of_what_was_done() -> None:
    codes = classify_measure("区台办主动对接某某公司,详细了解企业存在的防疫物资、原材料供应等问题,逐一协调。", True)
    assert codes == ["ENTERPRISE_LIAISON"]


def test_cue_families_of_help() -> None:
    assert "ENTERPRISE_LIAISON" in classify_measure("区里对重点企业进行专人挂包式帮扶。")
    assert "SPECIAL_FUND" in classify_measure("帮助企业申请市里的困难帮扶资金。")
    assert "PPE_SUPPLY" in classify_measure("镇里积极为企业协调口罩等物资。")
    assert "PPE_SUPPLY" not in classify_measure("工信厅全力保障防疫物资生产和调度。")
    assert "LOAN_INTEREST_SUBSIDY" in classify_measure("为中小企业提供贷款贴息。")
    assert "PREFERENTIAL_CREDIT" not in classify_measure("为中小企业提供贷款贴息。")
    assert "STAGED_RESUMPTION" in classify_measure("工作组指导企业做好疫情防控工作。")


def test_figures_and_remarks_give_no_category() -> None:
    assert classify_measure("截至3月1日,网上备案的开复工职工已达3万人。") == []
    assert classify_measure("尽管是假期,保障产业链供应链畅通刻不容缓。") == []
    assert classify_measure("该笔贷款是本市迄今发放的金额最大一笔专项贷款。") == []
    assert classify_measure("对复工复产的企业在核酸检测等方面予以支持。") == []
    assert "SPECIAL_FUND" not in classify_measure("区里开展政银企对接,30家企业获得扶持资金近1亿元。")


def test_a_quote_before_the_time_and_the_firm_that_spoke_is_the_firms() -> None:
    text = (
        "苏州工业园区全力推进企业复工复产。\n"
        "“园区管委会帮我们协调了运输车辆,货物终于运出去了。”3月17日,甲乙精工有限公司负责人表示。\n"
    )
    assert ("苏州工业园区", "甲乙精工有限公司") in support(text)


def test_corner_bracket_quotes_are_quotes() -> None:
    text = (
        "苏州工业园区全力推进企业复工复产。\n"
        "「园区管委会帮我们协调了运输车辆,货物终于运出去了。」甲乙精工有限公司负责人表示。\n"
    )
    assert ("苏州工业园区", "甲乙精工有限公司") in support(text)


def test_a_bare_zone_word_before_the_zones_full_name_is_that_zone() -> None:
    text = (
        "3月2日上午,高新区领导带领相关部门走访了甲乙电子有限公司、丙丁汽车有限公司。\n"
        "企业负责人表示,将助力苏州高新区发展。\n"
    )
    assert {("苏州高新区", "甲乙电子有限公司"), ("苏州高新区", "丙丁汽车有限公司")} <= support(text)


def test_an_officials_name_stands_for_their_body_on_a_visit() -> None:
    text = (
        "3月2日,江宁区委书记张某某深入园区企业调研指导复工复产工作。\n"
        "张某某一行首先来到甲乙精工有限公司,与企业负责人深入交谈。\n"
        "张某某叮嘱相关部门要靠前服务,为企业提供用工保障。\n"
    )
    rec = extract_text(text, "t")
    assert ("江宁区", "甲乙精工有限公司") in support(text)
    assert not [m for m in rec.measures if "叮嘱" in m.text]


def test_needs_learned_on_a_visit_give_no_category() -> None:
    assert "LABOR_SUPPLY" not in classify_measure("一行详细了解企业生产经营、用工需求等方面的情况。")


def test_firm_names_after_a_verb_a_department_title_and_a_group() -> None:
    text = (
        "苏州工业园区聘请甲乙安保有限公司驻厂指导。\n"
        "丙丁集团人事部总监王某说,园区帮我们解决了用工难题。\n"
        "江苏丙丁集团加紧生产,丙丁集团公司订单饱满。\n"
    )
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert "甲乙安保有限公司" in names and "聘请甲乙安保有限公司" not in names
    assert "江苏丙丁集团" in names and "丙丁集团公司" not in names


def test_a_report_in_the_first_person_of_a_bureau() -> None:
    text = (
        "3月2日,我局接到来自甲乙电子有限公司的求助函件。得知情况后,我局工作人员帮他们紧急调度到1万个口罩。\n"
        "福田区科创局还派专人到一线核查企业疫情防控情况,建立了企业联络员制度。\n"
    )
    rec = extract_text(text, "t")
    assert ("福田区", "甲乙电子有限公司") in support(text)
    assert {("福田区", "PPE_SUPPLY"), ("福田区", "STAGED_RESUMPTION"), ("福田区", "ENTERPRISE_LIAISON")} <= pairs(text)
    assert any(m.agency == "福田区科创局" for m in rec.measures)


def test_kinds_of_firms_and_verbs_are_no_names() -> None:
    text = "广西北海助力台企稳步复工复产\n尽可能减少疫情对园区企业造成的影响。台企北海甲乙电子有限公司恢复生产。\n"
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert names == {"北海甲乙电子有限公司"}


def test_a_firms_wish_is_no_measure() -> None:
    assert classify_measure("该集团副总经理说,希望下一步加快货运审批,提高物流速度。") == []


def test_a_preposition_before_a_firm_is_no_part_of_its_name() -> None:
    text = "据甲乙农业产业化有限公司副总经理介绍,该镇领导及时与丙丁农商行某某支行联系。\n"
    text += "搭乘包车的50人分属戊己染整有限公司、庚辛模具厂等6家企业。\n"
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert {"甲乙农业产业化有限公司", "戊己染整有限公司"} <= names and not any(n.startswith(("据", "时与", "人分属")) for n in names)


def test_a_visit_to_the_firm_named_before_is_liaison() -> None:
    assert "ENTERPRISE_LIAISON" in classify_measure("局长一行走进了该公司面条加工车间。")


def test_a_brand_holding_he_in_a_list() -> None:
    for text, want in (
        ("苏州工业园区走访了华和科技、甲乙电子和丙丁精工等企业,帮助解决用工难题。\n", {"华和科技", "甲乙电子", "丙丁精工"}),
        ("苏州工业园区为同和药业、甲乙电子等企业协调运输车辆。\n", {"同和药业", "甲乙电子"}),
    ):
        rec = extract_text(text, "t")
        assert {e.name for e in rec.entities if e.type == "Enterprise"} == want
        assert {b for m in rec.measures for b in m.beneficiaries} == want


def test_a_charge_to_do_something_is_no_measure() -> None:
    assert classify_measure("要加大科技投入,扩大技改资金投入,支持中小企业发展。") == []


def test_research_subsidies_ordered_resumption_and_a_visitors_own_hygiene() -> None:
    assert "RD_FUNDING" in classify_measure("区科技局共计发放企业研发后补助500万元。")
    assert "STAGED_RESUMPTION" in classify_measure("区科技局对科技型企业进行指导,安全有序推进企业复工复产。")
    assert "PPE_SUPPLY" not in classify_measure("局长一行使用消毒液消毒后,走进了该公司车间。")
    assert "LABOR_SUPPLY" in classify_measure("协调园区物业做好员工安置。")


def test_a_firm_an_official_takes_along_is_a_firm() -> None:
    text = "10月12日上午,街道经济服务科带领甲乙贸易前往劳动办了解协调劳资纠纷相关事宜。\n"
    assert "甲乙贸易" in {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def test_a_list_of_sectors_before_hangye_qiye_names_no_firm() -> None:
    text = "区里对规上工业、物业服务、邮政快递、文化旅游、农贸市场等行业企业防疫支出给予分档补贴。\n"
    assert not [e for e in extract_text(text, "t").entities if e.type == "Enterprise"]
