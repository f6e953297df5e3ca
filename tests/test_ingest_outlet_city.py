"""A local paper writes its city's bodies without the city (市人社局): the city its name opens is their home."""

from ingest.pipeline import extract_text


def test_outlets_city_is_the_home_of_bodies_written_without_it() -> None:
    text = ("荆门新闻网讯 为支持企业复工复产,市人社局、市财政局、市税务局联合出台措施。\n"
            "对受疫情影响的企业返还失业保险费。市人社局组织线上招聘会,为企业招聘员工。")
    record = extract_text(text, "t")
    assert "荆门市人社局" in {e.name for e in record.entities if e.type == "Agency"}
    assert {m.region for m in record.measures if "失业保险" in m.text} == {"荆门"}


def test_outlets_city_is_not_the_home_where_the_text_names_another_city() -> None:
    text = ("荆门新闻网讯 宜昌市出台措施支持企业复工复产,市人社局、市财政局、市税务局联合发文。\n"
            "对受疫情影响的企业返还失业保险费。")
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Agency"}
    assert "宜昌市人社局" in names and not any(n.startswith("荆门") for n in names)
