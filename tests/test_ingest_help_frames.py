"""Firms helped through a frame naming the government by its bare word, or named again as 这家公司 (invented texts)."""

from ingest.pipeline import extract_text


def helped(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def test_a_firm_acting_under_the_local_government_help_is_helped_by_the_place_in_scope() -> None:
    text = "武威市实行干部挂钩服务制度。在地方政府的帮助下，甲乙果蔬有限公司克服重重难关，于3月2日恢复生产。"
    assert ("武威", "甲乙果蔬有限公司") in helped(text)


def test_a_firm_opening_its_clause_without_such_a_frame_is_not_helped() -> None:
    assert helped("武威市实行干部挂钩服务制度。甲乙果蔬有限公司克服重重难关，于3月2日恢复生产。") == set()


def test_this_company_names_the_firm_reported_before() -> None:
    text = ("武威工业园区推进复工。甲乙果蔬有限公司负责人丙丁谈到了开工面临的困难。"
            "负责联系这家公司的园区干部得知后，立即进驻企业，协调有关部门为回厂工人开具通行证明。")
    assert any(firm == "甲乙果蔬有限公司" for _, firm in helped(text))


def test_firms_a_clause_opening_with_dui_names_after_a_long_description_are_helped() -> None:
    text = ("合肥经开区组建复工服务小组。对关系居民日常生活所需的丙丁乳业、戊己物流等企业，"
            "开展防疫指导和政策宣讲。")
    assert {("合肥经开区", "丙丁乳业"), ("合肥经开区", "戊己物流")} <= helped(text)


def test_firms_taking_part_in_a_forum_the_body_holds_are_helped() -> None:
    text = ("怀化市委统战部组成工作组走访企业。3月20日，工作组召开企业座谈会，邀请市农业银行参加，"
            "甲乙酒业、丙丁农业等10家企业代表出席座谈会。")
    assert {("怀化", "甲乙酒业"), ("怀化", "丙丁农业")} <= helped(text)


def test_a_firm_thanking_a_body_for_its_help_is_helped_by_that_body_place() -> None:
    text = ("近日，丙丁街道的甲乙电子有限公司恢复了生产。该企业副总经理戊己介绍，员工已全部返岗。"
            "“企业能这么快复工，离不开丙丁街道的帮助，街道天天和我们联系，还派专人上门指导防疫。”戊己说。")
    assert ("丙丁街道", "甲乙电子有限公司") in helped(text)
