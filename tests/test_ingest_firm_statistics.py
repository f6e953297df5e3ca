"""Firms cited as a statistic in a province-wide report are placed nowhere (invented texts)."""

from ingest.pipeline import extract_text

WIDE = (
    "湖北省财政厅安排专项资金2亿元，扶持小微企业渡过难关。"
    "湖北省工信厅为企业协调解决原料运输难题。"
    "全省规上工业企业开工率达到95%，星禾重工集团、蓝川机电集团产值同比增长两成。"
    "湖北省人社厅为明远纺织厂发放稳岗补贴50万元。"
)


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_a_province_wide_statistic_places_its_firms_nowhere() -> None:
    firms = {firm for firm, _ in located(WIDE)}
    assert not firms & {"星禾重工集团", "蓝川机电集团"}


def test_a_firm_a_provincial_body_helps_is_still_in_the_province() -> None:
    assert ("明远纺织厂", "湖北") in located(WIDE)


def test_a_city_wide_statistic_still_places_its_firms_in_the_city() -> None:
    city = WIDE.replace("湖北省", "襄阳市").replace("全省", "全市")
    assert {("星禾重工集团", "襄阳"), ("蓝川机电集团", "襄阳")} <= located(city)


def test_a_statistic_closed_by_an_exclamation_mark_ends_there() -> None:
    # the full-width ！ closes the statistic's sentence: the help told after it is not in that sentence
    text = WIDE.replace("产值同比增长两成。", "产值同比增长两成！")
    firms = {firm for firm, _ in located(text)}
    assert not firms & {"星禾重工集团", "蓝川机电集团"}


def test_applications_of_counted_firms_are_handled_not_counted() -> None:
    # 30家企业复工复产 counts firms back at work, but their 复工复产申请 are what the body handles for them
    text = "江宁区工信局全力助企复工\n目前,江宁区工信局主要负责辖区甲乙电子、丙丁材料等30家制造企业复工复产申请的审核和指导。\n"
    record = extract_text(text, "t")
    assert {(m.region, b) for m in record.measures for b in m.beneficiaries} == {("江宁区", "甲乙电子"), ("江宁区", "丙丁材料")}
    assert not extract_text("江宁区工信局全力助企复工\n目前,辖区30家制造企业已复工复产。\n", "t").measures
