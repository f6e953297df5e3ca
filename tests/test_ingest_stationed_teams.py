"""Teams a city's own departments station in one of its counties act for the city (invented texts)."""

from ingest.pipeline import extract_text


def regions(text: str) -> set[str]:
    return {m.region for m in extract_text(text, "t").measures}


def test_a_city_team_stationed_in_a_county_acts_for_the_city() -> None:
    text = ("东营市推进复工。\n2月20日，市直部门驻广饶县工作队走访企业，为企业协调招工事宜。")
    assert regions(text) == {"东营"}


def test_the_county_itself_still_acts_for_itself() -> None:
    text = ("东营市推进复工。\n2月20日，广饶县组建工作队走访企业，为企业协调招工事宜。")
    assert regions(text) == {"广饶县"}
