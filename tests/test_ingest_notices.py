"""Formal notices on short invented texts: who issues them, what their clauses are."""

from ingest.categories import classify
from ingest.pipeline import extract_text


def record(text: str):
    return extract_text(text, "t")


def test_insurance_rate_cuts_are_social_insurance_relief() -> None:
    assert classify("阶段性降低失业保险费率和工伤保险费率") == ["SOCIAL_INSURANCE_RELIEF"]
    assert classify("实施阶段性降低用人单位基本医疗保险缴费费率政策") == ["SOCIAL_INSURANCE_RELIEF"]
    assert "UNEMPLOYMENT_INSURANCE_REFUND" in classify("对不裁员的企业返还失业保险费")
    assert "FEE_WAIVER" in classify("小微企业暂缓征收残疾人就业保障金")


def test_listed_sectors_are_not_firms() -> None:
    r = record("宁波市将批发和零售业,住宿和餐饮业,文化、体育和娱乐业等7个行业企业纳入留抵退税范围。")
    assert not [e for e in r.entities if e.type == "Enterprise"]
    assert {(m.region, c) for m in r.measures for c in m.categories} == {("宁波", "TAX_REDUCTION")}
