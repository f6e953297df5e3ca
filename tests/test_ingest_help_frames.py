"""Firms helped through a frame naming the government by its bare word, or named again as 这家公司 (invented texts)."""

from ingest.pipeline import extract_text


def helped(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def test_a_firm_acting_under_the_local_government_help_is_helped_by_the_place_in_scope() -> None:
    text = "武威市采取干部包抓企业措施。在当地政府支持和帮助下，甲乙食品有限公司克服众多困难，于2月13日复工复产。"
    assert ("武威", "甲乙食品有限公司") in helped(text)


def test_a_firm_opening_its_clause_without_such_a_frame_is_not_helped() -> None:
    assert helped("武威市采取干部包抓企业措施。甲乙食品有限公司克服众多困难，于2月13日复工复产。") == set()


def test_this_company_names_the_firm_reported_before() -> None:
    text = ("甲乙食品有限公司负责人丙丁道出了复工的难题。"
            "对接这家公司的武威工业园区干部听说后，马上进驻企业，协调当地部门为返岗员工办理健康通行证。")
    assert any(firm == "甲乙食品有限公司" for _, firm in helped(text))


def test_firms_a_clause_opening_with_dui_names_after_a_long_description_are_helped() -> None:
    text = ("合肥经开区成立企业复工领导组。对涉及城乡运行必需、群众生活必需的丙丁乳业、戊己物流等企业，"
            "加大疫情防控宣传与指导。")
    assert {("合肥经开区", "丙丁乳业"), ("合肥经开区", "戊己物流")} <= helped(text)
