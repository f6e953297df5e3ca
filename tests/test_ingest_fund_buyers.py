"""Money a body takes out for firms is a fund; traders buying are no procurement; firms counted as resumed are statistics."""

from ingest.classify import classify_measure


def test_money_taken_out_of_the_budget_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("县里从财政拿出约200万元资金,支持餐饮企业恢复经营。")


def test_traders_buying_fruit_are_no_government_procurement() -> None:
    codes = classify_measure("县政府出台销售奖励政策,安排200万元资金奖励到县里采购柑橘的客商。")
    assert "GOVERNMENT_PROCUREMENT" not in codes
    assert "REWARD" in codes


def test_government_buying_firms_products_stays_procurement() -> None:
    assert "GOVERNMENT_PROCUREMENT" in classify_measure("政府采购中小企业产品2000万元。")


def test_firms_counted_as_resumed_in_order_are_a_statistic() -> None:
    assert classify_measure("截至2月20日,永福工业园区共计30家规上企业有序开复工,复工率达40%。") == []
