"""Whose story a report is: a zone after a headline's city and colon, not the city."""

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
