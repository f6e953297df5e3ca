"""How cue weights add up: a weak cue written again in one clause, the parts of a gapped cue, and cues of
relief a table row or slogan shares (融资成本, 缓征…减免, 电力直接交易)."""

from ingest.categories import classify, scored
from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def test_a_weak_cue_repeated_in_one_clause_counts_once() -> None:
    # 返还 (a weak cue of the premium refund) four times in one list is one mention
    assert "UNEMPLOYMENT_INSURANCE_REFUND" not in classify("返还押金、返还预付款、返还定金、返还管理费")
    assert scored("返还押金、返还预付款")["UNEMPLOYMENT_INSURANCE_REFUND"] < 0.5
    # written in clauses of their own, or far apart in one, the mentions add up
    assert scored("返还押金，返还预付款")["UNEMPLOYMENT_INSURANCE_REFUND"] > 0.5
    assert "PRODUCTION_SUBSIDY" in classify("甲乙丙公司申报的仓库照明改造以及丁戊己纺织厂申报的锅炉改造")


def test_a_plain_cue_inside_a_close_gapped_cue_is_read_with_it() -> None:
    weights = scored("推行“稳就业享补贴”")
    assert "EMPLOYMENT_SUBSIDY" in classify("推行“稳就业享补贴”")
    assert "PRODUCTION_SUBSIDY" not in weights
    # 补贴 of a long-gapped cue may pay for more than its tail names
    assert "PRODUCTION_SUBSIDY" in scored("补贴商场、餐馆等门店员工工资与周转金")


def test_lowered_financing_costs_are_cheaper_credit_unless_other_means_are_named() -> None:
    assert classify_measure("区金融办推动降低小微企业综合融资成本。") == ["PREFERENTIAL_CREDIT"]
    codes = classify_measure("区国资委帮小店降低融资成本，担保费率再降一半。")
    assert "GUARANTEE_SUPPORT" in codes and "PREFERENTIAL_CREDIT" not in codes


def test_a_tax_deferred_and_cut_at_once_is_both() -> None:
    assert {"TAX_DEFERRAL", "TAX_REDUCTION"} <= set(classify("推出税捐缓征减免方案"))
    assert {"TAX_DEFERRAL", "TAX_REDUCTION"} <= set(classify("娱乐税缓征及减免"))
    assert "TAX_REDUCTION" not in classify("房屋税缓征三个月")


def test_power_bought_directly_is_cheaper_electricity() -> None:
    assert "UTILITY_COST_RELIEF" in classify_measure("市工信局组织规上企业参与电力直接交易。")


def test_a_utility_bill_subsidised_is_utility_relief_alone() -> None:
    codes = classify_measure("特区政府向商户提供水电费补贴，电费补贴上限每户每月8000元，预计补贴水费共900万元。")
    assert codes == ["UTILITY_COST_RELIEF"]


def test_a_concession_fee_charged_less_or_later_is_a_fee_waiver() -> None:
    assert {"RENT_RELIEF", "FEE_WAIVER"} <= set(classify("园区进驻店家的租金、权利金一律减收三成"))
    assert "FEE_WAIVER" in classify("权利金得缓缴至年底")


def test_consumption_cards_handed_out_with_their_sum_are_a_fund() -> None:
    text = "甲乙公告\n\n澳门特区政府向居民发放每张2,000元的电子消费卡,耗资15亿澳门元。"
    found = [(m.region, m.categories, m.amount_cny) for m in extract_text(text, "t").measures]
    assert found == [("澳门", ("SPECIAL_FUND",), 1_500_000_000)]


def test_the_share_of_firms_expected_to_resume_is_a_statistic() -> None:
    assert classify_measure("预计月底前,全县近80%的规上企业可陆续复产。") == []


def test_a_summary_around_resumption_names_it_as_its_aim() -> None:
    assert classify_measure("某县围绕复工复产、春耕备耕,多策齐发打出组合拳。") == []


def test_areas_listed_before_the_support_given_each_count() -> None:
    codes = classify_measure("省商务厅设立10亿元专项贷款额度,从额度、利率、担保等给予优惠支持。")
    assert {"PREFERENTIAL_CREDIT", "GUARANTEE_SUPPORT"} <= set(codes)
    # money set aside as a loan quota is credit, no fund
    assert "SPECIAL_FUND" not in classify_measure("市里设立5亿元小店应急资金贷款额度。")


def test_staff_recommended_and_financial_support_sought() -> None:
    assert "LABOR_SUPPLY" in classify_measure("县人社局为复工企业推荐务工人员。")
    assert "PREFERENTIAL_CREDIT" in classify_measure("市里将缺钱的商户推荐给银行,争取金融支持。")


def test_loans_added_with_their_kind_between_and_taiwan_s_gas() -> None:
    assert "PREFERENTIAL_CREDIT" in classify("力争新增普惠型涉农贷款8000亿元")
    assert "UTILITY_COST_RELIEF" in classify_measure("市府对小吃店的水电瓦斯支出给予补贴。")


def test_a_shop_s_delivery_and_the_needs_a_body_focuses_on_are_no_help() -> None:
    assert "ENTERPRISE_LIAISON" not in classify_measure("市长鼓励小吃店推出外带优惠、外送服务。")
    assert classify_measure("某市聚焦企业和项目复工复产需求。") == []


def test_the_aim_after_a_reporter_s_source_is_no_help_of_its_own() -> None:
    codes = classify_measure("据某镇镇长介绍,为帮助商户复工复产,镇政府为其送去了口罩和消毒液。")
    assert codes == ["PPE_SUPPLY"]


def test_what_a_firm_says_it_does_itself_is_no_help() -> None:
    assert classify_measure("张某说,“我们公司也在对茶叶的新品种做技术攻关。”") == []
    # help the firm names as given to it still counts
    assert "SUPPLY_CHAIN" in classify_measure("“区工信局帮我公司协调了原材料运输。”")


def test_what_landlords_give_their_tenants_is_their_own_doing() -> None:
    assert classify_measure("据统计,截至5月底,甲乙街道各业主单位累计为300家商户减免租金80万元。") == []
    # a body bringing the landlords to it still acts
    assert classify_measure("街道协调业主为商户减免租金。") == ["RENT_RELIEF"]


def test_goods_obtained_for_firms_by_their_quantity_and_supplies_a_body_buys() -> None:
    codes = classify_measure("县工信局协调解决丙丁科技生产原料纯碱60吨、园区消毒剂500公斤。")
    assert {"SUPPLY_CHAIN", "PPE_SUPPLY"} <= set(codes)
    # supplies a body buys for its own epidemic work help no firm, the money allotted is a fund
    assert classify_measure("自治区财政拨付周转资金3000万元,用于采购防护用品、消杀用品。") == []
