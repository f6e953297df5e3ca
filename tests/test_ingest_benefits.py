"""Employment and loan-subsidy reports: the cues and sums of jobs bureaus' and finance offices' work reports."""

from ingest.amounts import find_amounts
from ingest.categories import classify
from ingest.classify import classify_measure
from ingest.measures import _money


def test_a_gapped_cue_whose_part_lies_inside_a_longer_cue_does_not_count() -> None:
    # 发放…贷款 would read startup loans as credit; the loans are the guaranteed startup loans
    assert classify("某区发放创业担保贷款3000万元") == ["EMPLOYMENT_SUBSIDY"]
    assert "PREFERENTIAL_CREDIT" in classify("某区向商户发放纾困贷款")


def test_the_labour_field_name_is_no_labour_supply() -> None:
    assert classify_measure("某市人力资源和社会保障局召开全市人力资源社会保障工作会议。") == []
    assert "LABOR_SUPPLY" in classify_measure("某县人社局组织人力资源服务机构为企业招聘员工。")


def test_a_subsidised_rate_is_no_cheaper_credit() -> None:
    assert classify_measure("对农户贷款按月利率3‰给予贴息补助。") == ["LOAN_INTEREST_SUBSIDY"]
    assert classify_measure("县财政按贷款基准利率的40%给予贴息。") == ["LOAN_INTEREST_SUBSIDY"]
    assert "PREFERENTIAL_CREDIT" in classify_measure("银行下调贷款利率,并由县财政给予贴息。")


def test_benefits_paid_to_the_jobless_are_no_subsidy_to_firms() -> None:
    assert classify_measure("全年发放失业保险金3.2亿元。") == []
    assert classify_measure("某区向商户发放补助资金300万元。") == ["PRODUCTION_SUBSIDY"]
    # the benefit's sum is no sum of the refund told beside it
    amount, _, extra = _money("发放稳岗返还2.1亿元,发放失业补助金9.8亿元", 0)
    assert amount == 210_000_000 and extra == []


def test_a_subsidy_in_an_insurance_report_is_a_hiring_subsidy() -> None:
    assert classify_measure("失业保险扩面120家企业,发放补贴360万元。") == ["EMPLOYMENT_SUBSIDY"]


def test_money_obtained_from_above_or_issued_as_vouchers_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("某县积极争取上级专项债资金8000万元。")
    assert classify_measure("某市将于下月发放6000万元消费券。") == ["SPECIAL_FUND"]
    assert classify_measure("某市将于下月发放消费券。") == []


def test_an_equipment_subsidy_is_one_to_production() -> None:
    assert "PRODUCTION_SUBSIDY" in classify_measure("对技改企业给予贷款贴息、设备投资补助等支持。")


def test_an_inclusive_note_and_a_threshold_are_no_totals() -> None:
    capped = find_amounts("单户贴息贷款最高不超过50万元(含50万元)")
    assert [a.cap for a in capped] == [True, True]
    assert _money("单户贴息贷款最高不超过50万元(含50万元)", 0)[:2] == (None, 500_000)
    (part,) = find_amounts("超出50万元部分不予贴息")
    assert part.threshold
    assert _money("超出50万元部分不予贴息", 0)[0] is None
    assert _money("共发放贴息资金50万元", 0)[0] == 500_000


def test_relief_words_of_2022() -> None:
    assert classify_measure("某区对小规模纳税人减半征收六税两费。") == ["TAX_REDUCTION"]
    assert classify_measure("某县为企业发放一次性扩岗补助。") == ["EMPLOYMENT_SUBSIDY"]
    assert classify_measure("某市住建局推行以保函替代投标保证金。") == ["FEE_WAIVER"]
    assert classify_measure("某县金融办组织银行开展知识产权质押融资。") == ["PREFERENTIAL_CREDIT"]


def test_an_effect_is_no_sum_of_the_measure() -> None:
    assert _money("某区发放餐饮消费券,带动消费1.2亿元。", 0)[0] is None
    assert _money("某区发放消费券3000万元,预计拉动消费金额2亿元。", 0)[:2] == (30_000_000, None)
    assert "TAX_DEFERRAL" in classify_measure("某县税务局为企业办理退税缓税缓费1.1亿元。")


def test_the_loans_of_a_startup_loan_report_are_those_loans() -> None:
    assert classify_measure("某区创业担保贷款增长较快,全年累计发放贷款6亿元。") == ["EMPLOYMENT_SUBSIDY"]
    assert "PREFERENTIAL_CREDIT" in classify_measure("某区全年累计发放贷款6亿元。")


def test_a_remark_on_a_policy_s_effect_is_no_action() -> None:
    assert classify_measure("减税降费红利持续释放,商户获得感不断增强。") == []
    assert classify_measure("某县税务局落实减税降费政策,商户获得感不断增强。") != []


def test_tax_refunds_and_preferences_are_tax_reduction() -> None:
    assert classify_measure("某县税务局为外贸企业办理出口退税1.3亿元。") == ["TAX_REDUCTION"]
    assert classify_measure("某区推行税费优惠政策直达快享。") == ["TAX_REDUCTION"]
    assert classify_measure("某区落实研发费用加计扣除政策。") == ["TAX_REDUCTION"]


def test_a_bound_to_meet_is_no_total() -> None:
    assert _money("对固定资产投资500万元以上的项目给予奖励", 0)[0] is None
    assert _money("单笔贷款额度不低于50万元", 0)[0] is None
    assert _money("安排500万元的专项资金", 0)[0] == 5_000_000
    assert _money("累计减税10亿元以上", 0)[0] == 1_000_000_000


def test_a_gapped_cue_opening_a_longer_cue_still_counts() -> None:
    # 深入一线 opens with the first part of 深入…企业: the visit to the firms stands
    assert "ENTERPRISE_LIAISON" in classify_measure("某区引导科技人员深入一线服务企业。")
