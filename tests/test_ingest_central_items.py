"""National clauses and reporting frames: the central government's clauses inside a province's notice are the nation's (中国), and a dateline's city is no actor."""

from ingest.pipeline import extract_text

TITLE = "广西壮族自治区关于扶持小微企业渡过难关的若干举措\n"


def _measures(body: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(m.region, m.categories) for m in extract_text(TITLE + body, "t").measures}


def test_numbered_central_item_is_the_nation_s_alone() -> None:
    found = _measures("二、中央财政安排专项资金80亿元,用于支持口罩生产单位。\n")
    assert ("中国", ("SPECIAL_FUND",)) in found
    assert not any(region == "广西" for region, _ in found)


def test_rate_a_body_sets_is_no_actor_of_the_province_s_subsidy() -> None:
    found = _measures("一、对口罩生产单位,在中央财政按人行再贷款利率的一半贴息之外,自治区财政再给予25%的贴息。\n")
    assert any(region == "广西" and "LOAN_INTEREST_SUBSIDY" in codes for region, codes in found)
    assert any(region == "中国" and "LOAN_INTEREST_SUBSIDY" in codes for region, codes in found)


def test_dateline_city_before_a_space_opens_no_body_and_acts_for_none() -> None:
    record = extract_text("桂林新闻网南宁讯 自治区人民政府办公厅印发通知,自治区工信厅牵头协调解决企业用工。", "t")
    agencies = {e.name for e in record.entities if e.type == "Agency"}
    assert "广西壮族自治区人民政府办公厅" in agencies
    assert not any("讯" in name for name in agencies)
    assert {(m.region, m.agency) for m in record.measures} == {("广西", "广西壮族自治区工信厅")}
