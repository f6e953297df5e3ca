"""Money of measures in forms the first documents did not use: other yuan, caps written after the sum,
budgets, a firm's own costs, and whose money a sum is (invented text)."""

from ingest.amounts import find_amounts
from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def money(text: str) -> list[tuple[str, int | None]]:
    """(region, amount) of every measure of ``text`` that states a total."""
    return [(m.region, m.amount_cny) for m in extract_text(text, "t").measures if m.amount_cny]


def test_yuan_of_hong_kong_macao_and_taiwan_and_renminbi_are_money() -> None:
    assert [a.value for a in find_amounts("特区政府拨款40亿港元，另设2亿港币贷款")] == [4_000_000_000, 200_000_000]
    assert [a.value for a in find_amounts("编列1.5亿新台币，补助3亿澳门元")] == [150_000_000, 300_000_000]
    assert [a.value for a in find_amounts("募集5亿人民币")] == [500_000_000]
    assert [(a.value, a.per_unit) for a in find_amounts("每家商户一次性获8万港元")] == [(80_000, True)]


def test_foreign_money_is_no_yuan() -> None:
    assert find_amounts("吸引外资300万美元，采购1000万日元设备") == []


def test_a_bound_written_after_the_sum_is_a_cap() -> None:
    assert [(a.value, a.cap) for a in find_amounts("按投入的30%补助，200万元封顶")] == [(2_000_000, True)]
    assert [(a.value, a.cap) for a in find_amounts("给予贴息，以80万元为限")] == [(800_000, True)]
    assert [(a.value, a.cap) for a in find_amounts("安排200万元资金")] == [(2_000_000, False)]


def test_a_budget_allocated_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("市政府编列1.2亿元协助餐馆转型外卖。")
    assert "SPECIAL_FUND" in classify_measure("该计划将拨款3000万元，惠及夜市摊商。")
    assert "SPECIAL_FUND" not in classify_measure("市政府协助餐馆转型外卖，拨款流程简化。")
    assert money("台中市纾困简报\n\n台中市政府编列1.2亿元协助餐馆转型外卖。") == [("台中市", 120_000_000)]


def test_what_a_firm_pays_or_loses_is_no_sum_of_the_measure() -> None:
    text = "莲都区减租简报\n\n莲都区对承租国有房屋的商户减免房屋租金120万元。一位商户每年租金3万余元，每月亏损50万元。"
    assert money(text) == [("莲都区", 1_200_000)]
    assert money("莲都区金融简报\n\n莲都区通过贴息为企业降低融资成本2亿元。") == [("莲都区", 200_000_000)]


def test_a_body_a_list_is_sent_up_to_does_not_act() -> None:
    text = "江西省稳企工作简报\n\n据介绍，我省汇总上报国家发展改革委重点保障企业名单，为30家企业争取贷款12亿元。"
    assert money(text) == [("江西", 1_200_000_000)]


def test_places_an_aim_names_do_not_act() -> None:
    text = "湖南金融简报\n\n记者从人民银行获悉，为支持湖南省和长沙市企业复工，人民银行为湖南省增加100亿元再贷款额度。"
    assert money(text) == [("中国", 10_000_000_000)]


def test_a_national_clause_keeps_its_own_money() -> None:
    text = "浙江省财政厅通报\n\n浙江省财政厅安排2亿元专项资金支持企业贷款贴息，中央财政下达3亿元贴息资金。"
    assert sorted(money(text)) == [("中国", 300_000_000), ("浙江", 200_000_000)]


def test_a_list_beside_a_platform_company_acts_for_its_place() -> None:
    text = "金昌市减租简报\n\n目前，甲乙集团公司、市建投公司等5家企业共为120户商户减免房屋租金80万元。"
    assert money(text) == [("金昌", 800_000)]
    record = extract_text(text, "t")
    assert all(not m.beneficiaries for m in record.measures)


def test_sections_written_one_after_the_other_are_one_number() -> None:
    assert [a.value for a in find_amounts("设立3亿5000万元基金")] == [350_000_000]
    assert [a.value for a in find_amounts("所需经费1亿812万7000元")] == [108_127_000]
    assert [a.value for a in find_amounts("补贴2万5千元，另拨3亿零500万元")] == [25_000, 305_000_000]
    assert [a.value for a in find_amounts("共计1亿元、2000万元")] == [100_000_000, 20_000_000]
    assert [(a.value, a.low) for a in find_amounts("1亿2千万至1亿5千万元")] == [(150_000_000, 120_000_000)]


def test_a_sum_set_aside_for_a_purpose_or_needed_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("年底前安排3000万元开展促消费活动。")
    assert "SPECIAL_FUND" in classify_measure("县政府向每位居民发放1000元礼金，所需经费2亿元。")
    assert "SPECIAL_FUND" not in classify_measure("街道安排2名干部驻企，帮助企业解决用工难题。")


def test_a_finance_platform_lends_for_its_place() -> None:
    text = "滨州财政简报\n\n市财政局设立转贷基金，委托市财金集团管理运作。市财金集团与甲乙食品有限公司等5家企业签署过桥资金使用协议，总计放款1.2亿元。"
    assert money(text) == [("滨州", 120_000_000)]


def test_loans_obtained_by_the_effort_a_sentence_opens_with_are_its_measure() -> None:
    assert "PREFERENTIAL_CREDIT" in classify_measure("经过积极争取，鞍山市共有16户企业获批应急贷款总额度3.46亿元。")
    assert classify_measure("全区12家企业获批贷款3000万元。") == []
    assert money("鞍山金融简报\n\n经过积极争取，鞍山市共有16户企业获批应急贷款总额度3.46亿元。") == [("鞍山", 346_000_000)]


def test_what_has_been_used_or_paid_of_a_sum_is_no_further_sum() -> None:
    text = "莲都区金融简报\n\n莲都区协调银行为8家企业授信2亿元，贷款到位1.1亿元。"
    assert money(text) == [("莲都区", 200_000_000)]
    parts = "莲都区金融简报\n\n莲都区安排3亿元专项资金，包括1亿元转贷资金。"
    assert sorted(money(parts)) == [("莲都区", 100_000_000), ("莲都区", 300_000_000)]


def test_a_floor_on_money_given_is_its_total() -> None:
    assert [(a.value, a.threshold) for a in find_amounts("今年计划发放不少于3亿元再贷款资金")] == [(300_000_000, False)]
    assert [(a.value, a.threshold) for a in find_amounts("安排专项资金不低于8000万元")] == [(80_000_000, False)]
    # a floor firms must reach is still a threshold
    assert [(a.value, a.threshold) for a in find_amounts("对研发投入不低于50万元的企业给予奖励")] == [(500_000, True)]
    text = "祁门县金融简报\n\n祁门县今年计划发放不少于3亿元再贷款,引导银行扩大放贷。"
    assert money(text) == [("祁门县", 300_000_000)]


def test_premiums_refunded_to_firms_are_a_sum_of_the_measure() -> None:
    text = "安居区稳岗简报\n\n安居区今年向41家参保单位退还失业保险金31.6万元,惠及职工800人。"
    assert money(text) == [("安居区", 316_000)]


def test_a_head_of_government_named_once_speaks_for_the_region_later() -> None:
    filler = "会上还介绍了社区检测、口岸管理和学校复课等方面的安排。" * 12
    text = (
        "澳门特区行政长官陈某某15日会见传媒时宣布,政府再推一批经济援助举措。\n"
        + filler
        + "\n陈某某说,第一期援助计划已大致完成,涉及补贴总额约为52亿元。\n"
        + filler
        + "\n她再次强烈呼吁,各商场业主为商户提供减租。"
    )
    got = {(m.region, c, m.amount_cny) for m in extract_text(text, "t").measures for c in m.categories}
    assert ("澳门", "RENT_RELIEF", None) in got
    assert any(r == "澳门" and a == 5_200_000_000 for r, _, a in got)


def test_a_loan_balance_is_no_sum_of_a_measure() -> None:
    text = "某省创业贷款简报\n\n江西省扩大创业担保贷款覆盖面。截至去年底,各地创业贷款余额316亿元,同比增长20%。"
    assert money(text) == []


def test_spending_that_reaches_a_sum_is_a_bound_to_meet() -> None:
    found = [(a.value, a.threshold) for a in find_amounts("对研发经费支出达80万元(含80万元)以上的企业给予补助")]
    assert found == [(800_000, True), (800_000, True)]
    assert [(a.value, a.threshold) for a in find_amounts("累计发放贷款达50亿元以上")] == [(5_000_000_000, False)]


def test_firms_investment_a_fund_brings_about_is_no_sum_of_it() -> None:
    text = "宜丰县技改简报\n\n宜丰县设立工业奖补资金。今年以来,奖补资金已撬动27家企业投入31亿元开展技改。"
    assert money(text) == []


def test_a_county_body_in_a_report_on_the_countys_zone() -> None:
    text = (
        "仙游经济开发区内的甲乙机械公司员工500多人,县工信局上门帮扶,将其纳入白名单。"
        "据县工信局介绍,县工信局今年协调45户企业取得信用担保贷款1.6亿元。"
    )
    assert money(text) == [("仙游县", 160_000_000)]


def test_a_sum_in_wan_before_the_money_it_counts_is_money() -> None:
    assert [a.value for a in find_amounts("区城投公司为甲乙科技提供的600万贷款已到位")] == [6_000_000]
    assert find_amounts("惠及500万人次,协调300万只口罩") == []


def test_a_change_against_last_year_and_a_saving_are_no_sums() -> None:
    text = "雅安市融资担保简报\n\n雅安市今年争取到降低担保费用的奖补资金900万元,较上年增加200万元,为企业节约融资成本50余万元。"
    assert money(text) == [("雅安", 9_000_000)]


def test_the_worth_of_supplies_handed_out_is_a_sum() -> None:
    text = "石龙镇简报\n\n同时,石龙镇为企业发放口罩、酒精等防护物资价值46万元。"
    assert [a for _, a in money(text)] == [460_000]
    # a firm's order stays its business
    assert money("某镇简报\n\n石龙镇帮助甲乙公司签下价值500万元订单。") == []


def test_a_floor_on_a_total_or_a_fund_is_the_total() -> None:
    assert [(a.value, a.threshold) for a in find_amounts("房租减免总额不低于5000万元")] == [(50_000_000, False)]
    assert [(a.value, a.threshold) for a in find_amounts("给予纾困援助资金不少于8000万元")] == [(80_000_000, False)]


def test_the_banks_own_lending_told_as_a_figure_is_no_sum_of_the_measure() -> None:
    text = "东城区金融简报\n\n东城区推动银行加大对小微企业的支持，截至9月底，全区银行业金融机构累计发放贷款620亿元。"
    assert money(text) == []
    # a body steering the banks makes their lending its money
    assert money("东城区金融简报\n\n东城区引导辖内银行向个体商户发放贷款35亿元。") == [("东城区", 3_500_000_000)]


def test_what_the_help_achieved_after_the_measure_s_own_sum_is_no_sum_of_its_own() -> None:
    text = "东城区纾困简报\n\n东城区设立3000万元纾困资金，已帮助企业获得银行贷款8亿元。"
    assert money(text) == [("东城区", 30_000_000)]


def test_what_a_measure_brought_about_is_no_sum_however_long_its_object() -> None:
    text = "东城区技改简报\n\n东城区出台技改奖补政策，带动全区规上工业企业新增技术改造投资共计12亿元。"
    assert money(text) == []
    # money given to firms that bring about something is still given
    assert money("东城区技改简报\n\n东城区对带动就业的企业安排奖补资金500万元。") == [("东城区", 5_000_000)]


def test_a_cap_raised_to_a_new_value_is_still_a_cap() -> None:
    found = find_amounts("单户贷款额度由最高200万元提高至350万元")
    assert [(a.value, a.cap) for a in found] == [(2_000_000, True), (3_500_000, True)]
    assert money("东城区金融简报\n\n东城区将创业贷款额度由最高20万元提高至30万元。") == []


def test_a_unit_set_off_by_a_comma_before_its_payment_makes_a_rate() -> None:
    assert [(a.value, a.per_unit) for a in find_amounts("每一户或摊位,发放补助金1万5千元")] == [(15_000, True)]
    # a unit whose own clause holds a sum does not reach the next clause
    assert [a.per_unit for a in find_amounts("每家最高补助50万元，全年安排资金3000万元")] == [True, False]


def test_banks_counted_with_their_place_and_a_milestone_passed_are_no_sums() -> None:
    text = "某盟金融简报\n\n据人民银行某支行的数据,截止到目前,东城区6家银行支持28家商户拿到低息贷款9.5亿元。"
    assert money(text) == []
    # the lender of a loan a project receives is no headline of the banks
    assert money("东城区金融简报\n\n东城区遴选出5个项目,获得某某银行2600万元授信。") == [("东城区", 26_000_000)]
    text = "东城区金融简报\n\n东城区工信局今年共为15户企业发放贷款18760万元,提前实现发放贷款突破1亿元。"
    assert money(text) == [("东城区", 187_600_000)]


def test_an_output_completed_is_no_sum_of_a_measure() -> None:
    text = "嘉善县开展送政策进企业活动，帮助企业解决用工难题，一季度全县工业总产值完成131.8亿元。县里争取省级专项资金1471万元。"
    assert {a for _, a in money(text)} == {14710000}


def test_the_items_of_a_list_of_bounds_are_bounds_too() -> None:
    found = find_amounts("对商户销售额增量超过800万元、1500万元、3000万元的给予奖励")
    assert [(a.value, a.threshold) for a in found] == [(8_000_000, True), (15_000_000, True), (30_000_000, True)]
    # money listed after money given is still money
    assert [a.threshold for a in find_amounts("安排2000万元、3000万元资金")] == [False, False]


def test_a_body_joining_the_banks_makes_their_money_its_own() -> None:
    text = "株洲市商务局促消费工作要点\n\n1.会同辖内银行、担保机构统筹2000万元资金开展惠民促销。"
    assert money(text) == [("株洲", 20_000_000)]
    # the banks on their own lending are no sum of a measure
    assert money("株洲市金融简报\n\n截至6月底，全市金融机构累计发放贷款300亿元。") == []


def test_what_a_scheme_paid_one_batch_or_so_far_is_a_statistic() -> None:
    batch = "香港特区政府简报\n\n下周起，某某计划秘书处会向第三批共8000家合资格企业发放薪金补贴，涉及补贴额逾40亿港元。"
    assert money(batch) == []
    so_far = "香港特区政府简报\n\n截至5月底，约9万名工友申请资助，特区政府已发放的资助总额约3亿港元。"
    assert money(so_far) == []
    # the total of a scheme once it is done is its sum
    done = "香港特区政府简报\n\n特区政府表示，某某计划已完成处理，涉及薪金补贴总额约300亿港元。"
    assert money(done) == [("香港", 30_000_000_000)]
    # the subsidies approved since applications opened: a tally so far
    tally = "高雄市简报\n\n高雄市政府自8月1日开放申请迄今，已核准410家业者，补贴金额已超过2.6亿元。"
    assert money(tally) == []
    assert money("高雄市简报\n\n高雄市政府编列补贴金额2.6亿元，协助业者渡过难关。") == [("高雄市", 260_000_000)]


def test_a_target_restated_is_no_sum() -> None:
    assert money("东城区金融简报\n\n东城区工信局力保本年度发放1.5亿元贴息贷款的既定目标。") == []
    assert money("东城区金融简报\n\n东城区工信局全年发放1.5亿元贴息贷款。") == [("东城区", 150_000_000)]


def test_business_income_above_a_sum_is_a_bound_and_a_lending_floor_a_total() -> None:
    bound = "东城区简报\n\n东城区对新引进项目给予奖励,投产后当年业务收入超过8000万元。"
    assert money(bound) == []
    floor = "东城区金融简报\n\n东城区要求各银行不得抽贷,放贷规模不低于6000万元。"
    assert money(floor) == [("东城区", 60_000_000)]


def test_what_one_batch_comes_to_by_a_bare_tally_is_a_statistic() -> None:
    text = "香港特区政府简报\n\n特首表示,第四批资助获得批准,当中涉及2万名雇主,共52.3亿港元。"
    assert money(text) == []
    # a scheme's own total is its sum
    assert money("香港特区政府简报\n\n特区政府推出涉600亿元的计划,为雇主补贴员工工资。") == [("香港", 60_000_000_000)]


def caps(text: str) -> list[tuple[int | None, int | None]]:
    """(amount, cap) of every measure of ``text`` that states either."""
    return [(m.amount_cny, m.cap_cny) for m in extract_text(text, "t").measures if m.amount_cny or m.cap_cny]


def test_the_items_of_a_list_of_caps_are_caps() -> None:
    found = find_amounts("单户每月减收上限分别为20,000元及12,500元")
    assert [(a.value, a.cap) for a in found] == [(20_000, True), (12_500, True)]
    assert caps("东城区对商铺减收一半水费，单户每月减收上限分别为20,000元及12,500元。") == [(None, 20_000)]


def test_a_cap_raised_from_an_old_value_is_the_new_cap() -> None:
    assert caps("东城区扶持基金对单个企业的资助上限由600万元增至700万元。") == [(None, 7_000_000)]


def test_a_milestone_passed_is_a_figure_and_so_are_the_items_of_its_list() -> None:
    assert money("东城区简报\n\n东城区助保金贷款投放比上年提早三个月突破2亿元。") == []
    text = "东城区简报\n\n对年度营业收入首次突破5亿元、10亿元的企业，东城区给予一次性奖励。"
    assert money(text) == []


def test_a_cap_raised_with_spaces_around_the_numbers_is_the_new_cap() -> None:
    assert caps("东城区推广基金每家企业的资助上限由 80 万元增至 100 万元。") == [(None, 1_000_000)]


def test_an_award_named_before_its_sum_is_each_beneficiary_s() -> None:
    # 给予一次性奖励5万元 is what each firm gets, as 给予5万元一次性奖励 is: a cap, no total
    text = "泾县人民政府关于稳外贸的若干措施\n\n二、对与省外客商新签出口订单的本县企业，给予一次性奖励8万元。\n"
    ms = [m for m in extract_text(text, "t").measures if "REWARD" in m.categories]
    assert ms and ms[0].amount_cny is None and ms[0].cap_cny == 80_000
    # given to one named firm, the sum is that firm's total
    one = "泾县人民政府关于稳外贸的若干措施\n\n二、对甲乙丝绸有限公司给予一次性奖励8万元。\n"
    assert [m.amount_cny for m in extract_text(one, "t").measures if "REWARD" in m.categories] == [80_000]


def test_sums_written_respectively_go_to_the_actors_in_order() -> None:
    # 甲、乙、丙分别…3亿元、2亿元和1亿元: one sum each, not every sum for every actor
    text = "江西省通报\n\n赣州、吉安、抚州分别安排纾困资金5亿元、3亿元和2亿元。\n"
    assert sorted(money(text)) == [("吉安", 300_000_000), ("抚州", 200_000_000), ("赣州", 500_000_000)]
    # a sum told of them together (共, 合计) is none of them alone
    joint = "江西省通报\n\n赣州、吉安两地共发放纾困资金8亿元。\n"
    assert money(joint) == [] and {m.region for m in extract_text(joint, "t").measures} == {"赣州", "吉安"}


def test_a_bound_on_a_total_or_a_budget_is_that_total() -> None:
    assert [(a.value, a.cap) for a in find_amounts("计划预算总额上限15亿元")] == [(1_500_000_000, False)]
    assert [(a.value, a.cap) for a in find_amounts("基金规模不超过3亿元")] == [(300_000_000, False)]
    # a bound per unit stays a cap
    assert [(a.value, a.cap) for a in find_amounts("每户补助总额最高20万元")] == [(200_000, True)]
