"""Category classes of county reports, numbered notices, packages and street reports: cue families of
other scripts and years, figures and remarks that are no measure, cues inside the object of a verb,
and the place a measure belongs to."""

from ingest.amounts import find_amounts
from ingest.categories import classify
from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_hong_kong_relief_words() -> None:
    codes = classify("当局继续提供租金宽免和收费豁免,并宽减非住宅物业差饷。")
    assert {"RENT_RELIEF", "FEE_WAIVER", "PROPERTY_LAND_TAX_RELIEF"} <= set(codes)
    assert "EMPLOYMENT_SUBSIDY" in classify("第三期“保就业”计划下月接受雇主申请。")
    # the mainland slogan names no wage subsidy
    assert classify("坚持稳企业保就业") == []
    assert "TAX_REDUCTION" in classify("一次性宽减利得税")


def test_reopening_venues_is_staged_resumption() -> None:
    assert "STAGED_RESUMPTION" in classify("容许健身室重开,食肆恢复堂食,但须严格执行防疫措施")


def test_venue_and_trip_codes_are_digital_control() -> None:
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify_measure("社区干部帮助商户申请场所码。")
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify("进店人员须出示行程码")


def test_online_marketplace_and_escorted_freight() -> None:
    assert "ONLINE_SERVICE" in classify("依托中介服务网上超市为企业选取服务机构")
    assert "LOGISTICS_SUPPORT" in classify("派出警车全程护送运输物资")
    assert "LOGISTICS_SUPPORT" in classify("为企业打通物流通道")


def test_key_projects_with_their_kind_between() -> None:
    assert "PROJECT_SUPPORT" in classify("将重大在建交通项目列入调度清单")
    assert "PROJECT_SUPPORT" not in classify("征集一批重大科技攻关项目")


def test_the_trades_a_figure_counts_are_no_measure() -> None:
    assert classify_measure("目前,全县汽车及零部件、电子信息等行业开工率达到96%。") == []
    # a help verb in the clause keeps what was done
    assert "SUPPLY_CHAIN" in classify_measure("协调零部件配套企业供应原材料,开工率达到96%。")


def test_topics_of_policies_relayed_are_no_help_of_each_kind() -> None:
    codes = classify_measure("网格员向企业传达核酸检测、运输保障、货物消杀等各方面政策。")
    assert "LOGISTICS_SUPPORT" not in codes and "PPE_SUPPLY" not in codes
    # the help itself still counts
    assert "LOGISTICS_SUPPORT" in classify_measure("街道为企业办理货车通行证。")


def test_jobs_found_for_people_help_no_firm() -> None:
    assert classify_measure("鼓励事业单位安排一定比例岗位招聘应届高校毕业生。") == []
    assert classify_measure("区属国有企业扩大招聘退役军人规模。") == []
    # firms helped to hire are labour supply, and a subsidy to employers a hiring subsidy
    assert "LABOR_SUPPLY" in classify_measure("人社局为企业招聘高校毕业生200人。")
    assert classify_measure("推行失业登记网上申请和承诺制办理。") == []
    codes = classify_measure("加大退役军人招聘力度,对吸纳就业的用人单位给予社会保险补贴。")
    assert codes == ["EMPLOYMENT_SUBSIDY"]


def test_a_remark_on_what_a_matter_concerns_is_no_measure() -> None:
    assert classify_measure("口罩保障事关员工健康,而商户需求量大,集中采购困难。") == []
    # a measure for firms the matter concerns is still one
    assert "RENT_RELIEF" in classify_measure("针对事关民生的商户,区里减免两个月房租。")


def test_a_matching_service_is_of_what_it_matches() -> None:
    codes = classify_measure("搭建用工信息供需对接平台,缓解企业招工难。")
    assert "LABOR_SUPPLY" in codes and "SUPPLY_CHAIN" not in codes
    assert "SUPPLY_CHAIN" in classify_measure("组织上下游企业开展供需对接。")


def test_firms_a_clause_is_for_do_not_make_it_theirs() -> None:
    text = "平湖市统筹推进复工复产。此外,对市内生产防护服的甲乙纺织有限公司、丙丁科技有限公司等企业,市委市政府派出专人全程护送运输原料。"
    got = pairs(text)
    assert ("平湖市", "LOGISTICS_SUPPORT") in got
    assert not any(c == "PPE_SUPPLY" for _, c in got)


def test_a_place_after_yu_or_peihe_is_no_actor() -> None:
    text = "宝坻区为企业开辟审批绿色通道。及时为坐落于东丽区、津南等地的整车企业配套的30家企业协调原材料供应。"
    assert ("宝坻区", "SUPPLY_CHAIN") in pairs(text)
    text = "宝坻区为企业开辟审批绿色通道。配合北京市有关部门为企业办理车辆通行证。"
    assert ("宝坻区", "LOGISTICS_SUPPORT") in pairs(text)


def test_a_city_word_stands_for_the_city_not_the_province_in_scope() -> None:
    text = (
        "- 消息来源:鞍山新闻网\n"
        "鞍山新闻网讯 记者李明 去年以来,为确保就业形势稳定,市人社局出台18项助力企业复工复产政策,城镇新增就业1.2万人,超额完成省指标110%。\n"
        "据了解,为了全面落实援企稳岗政策,我市累计为2100家企业发放稳岗补贴3200万元,稳定岗位8万个。\n"
        "我市承办了辽宁省创业大赛,我市推荐的项目获得一等奖,代表辽宁参加全国大赛获得二等奖,创辽宁省参赛以来的最好成绩。"
    )
    got = pairs(text)
    assert ("鞍山", "UNEMPLOYMENT_INSURANCE_REFUND") in got and not any(r == "辽宁" for r, _ in got)
    # a municipality is its own 市
    assert ("上海", "RENT_RELIEF") in pairs("上海市政府出台扶持政策。同时,全市对承租国有房屋的中小企业减免3个月房租。")


def test_a_bare_government_is_the_one_region_named() -> None:
    text = "行政长官昨日公布新一轮支援措施详情。\n\n发言人表示,为纾缓疫情对各行业的影响,政府继续提供租金宽免和收费豁免。\n\n措施将支援澳门受影响企业。"
    assert {("澳门", "RENT_RELIEF"), ("澳门", "FEE_WAIVER")} <= pairs(text)
    # two regions named: 政府 stands for neither
    text = "余杭区和萧山区的商户反映困难。\n\n政府继续为商户减免房租。"
    assert not any(c == "RENT_RELIEF" for _, c in pairs(text))


def test_fees_charged_at_half_later_or_not_at_all_are_fee_waivers() -> None:
    assert "FEE_WAIVER" in classify_measure("产业园对承租厂商的公共绿化维护费可减半收取。")
    assert "FEE_WAIVER" in classify_measure("排污使用费缓缴6个月,免计收滞纳金。")
    # social insurance and power bills deferred keep their own categories
    codes = classify_measure("对参保企业缓缴社会保险费,电费缓缴3个月。")
    assert "FEE_WAIVER" not in codes and {"SOCIAL_INSURANCE_RELIEF", "UTILITY_COST_RELIEF"} <= set(codes)


def test_rent_waived_is_no_fee_waiver() -> None:
    codes = classify_measure("对承租国有房产的8家商户免收房产租金。")
    assert codes == ["RENT_RELIEF"]
    assert "FEE_WAIVER" in classify_measure("对小微企业免收登记费和证照工本费。")


def test_a_subsidy_of_staff_wages_is_a_hiring_subsidy() -> None:
    assert "EMPLOYMENT_SUBSIDY" in classify_measure("补贴旅行社、酒店营业额下滑企业员工薪资。")
    assert "EMPLOYMENT_SUBSIDY" not in classify_measure("补贴企业新购设备费用。")


def test_money_a_body_puts_in_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("市政府追加投入12亿元,补贴受困商户营运资金。")
    # what firms invest is their own money
    assert "SPECIAL_FUND" not in classify_measure("对企业投入500万元以上的技改项目给予补贴。")


def test_the_two_tasks_slogan_names_no_resumption_work() -> None:
    assert classify_measure("一手抓疫情防控,一手抓复工复产,区财政局打出政策组合拳,力促企业早日复工复产。") == []
    assert "STAGED_RESUMPTION" in classify_measure("一手抓疫情防控,一手抓复工复产,分批错峰组织企业复工。")


def test_help_to_schools_and_pupils_is_no_help_to_firms() -> None:
    assert classify_measure("给全区中小学送去了额温枪、酒精喷雾。") == []
    assert "PPE_SUPPLY" in classify_measure("给复工企业送去了额温枪、酒精喷雾。")


def test_next_step_said_colloquially_is_a_plan() -> None:
    assert classify_measure("下来,市工信局将倾听企业诉求,做好一对一服务。") == []
    assert "ENTERPRISE_LIAISON" in classify_measure("市工信局倾听企业诉求,做好一对一服务。")


def test_credit_guarantee_schemes_and_repayments_cut_of_macao_and_taiwan() -> None:
    assert "GUARANTEE_SUPPORT" in classify_measure("经济局推出“小商户信用保证计划”,为商户贷款提供八成担保。")
    assert "LOAN_RELIEF" in classify_measure("获批援助贷款的商户可申请将下两期还款下调至每期500元。")
    assert "LOAN_RELIEF" in classify_measure("有需要的商户可申请调整三期还款。")


def test_premiums_refunded_to_firms_are_no_benefit_of_the_jobless() -> None:
    assert classify_measure("安居区今年向41家参保单位退还失业保险金31.6万元。") == ["UNEMPLOYMENT_INSURANCE_REFUND"]
    assert classify_measure("为失业人员发放失业保险金。") == []


def test_taiwan_house_tax_and_its_extension() -> None:
    codes = classify_measure("三、商用房屋税减征,地价税展延并可分期缴纳。")
    # a cut of the house tax is property-tax relief, as a cut of 房产税 is (no other tax is cut)
    assert {"PROPERTY_LAND_TAX_RELIEF", "TAX_DEFERRAL"} <= set(codes)
    assert "TAX_REDUCTION" not in codes
    assert "TAX_DEFERRAL" not in classify_measure("娱乐税减征三成。")


def test_funds_paid_out_are_rewards() -> None:
    assert classify_measure("4月份兑现资金5300万元。") == ["REWARD"]


def test_rates_reported_one_by_one_are_statistics() -> None:
    assert classify_measure("全县规上企业复工率、在建工程复工率分别达到91.2%和97.5%。") == []


def test_a_body_buying_equipment_for_its_own_epidemic_work_helps_no_firm() -> None:
    assert classify_measure("县财政局拨出860万元,购置防疫设备、物资采购以及救治病患。") == []
    assert "PPE_SUPPLY" in classify_measure("县财政局协调口罩5万只,发放给复工企业。")


def test_costs_named_before_their_subsidy_and_freight() -> None:
    assert "UTILITY_COST_RELIEF" in classify_measure("加大企业用电奖补,扶持企业扩大生产。")
    assert "LOGISTICS_SUPPORT" in classify_measure("对外销果蔬补助30%的运费。")


def test_helped_purchase_of_supplies_is_no_government_procurement() -> None:
    codes = classify_measure("区商务局协调采购口罩、酒精等抗疫用品,送到复工企业。")
    assert "PPE_SUPPLY" in codes and "GOVERNMENT_PROCUREMENT" not in codes
    assert "GOVERNMENT_PROCUREMENT" in classify_measure("区政府优先采购本地企业的防疫产品。")


def test_a_guarantee_firms_fast_lane_is_guarantee_support() -> None:
    codes = classify_measure("县融资担保公司开辟绿色服务通道,仅3天完成审批。")
    assert "GUARANTEE_SUPPORT" in codes and "FAST_TRACK_APPROVAL" not in codes
    assert "PREFERENTIAL_CREDIT" in classify_measure("区金融办协调银行开通贷款审批绿色通道。")


def test_a_summary_of_many_measures_names_resumption_as_their_aim() -> None:
    assert classify_measure("该县以多项实打实的惠企措施,全力帮扶企业恢复生产。") == []


def test_lending_paid_out_is_credit() -> None:
    assert "PREFERENTIAL_CREDIT" in classify_measure("“银企直通车”累计为320户企业发放融资12.6亿元。")


def test_a_reporters_visit_is_no_liaison() -> None:
    assert "ENTERPRISE_LIAISON" not in classify_measure("近日,记者走进甲乙机械、丙丁纺织等厂家的生产一线。")
    assert "ENTERPRISE_LIAISON" in classify_measure("县工信局干部走进企业生产一线。")


def test_a_subsidy_of_interest_is_an_interest_subsidy() -> None:
    assert classify_measure("银行让利减免的那部分利息,由县财政予以全额补贴。") == ["LOAN_INTEREST_SUBSIDY"]


def test_taiwan_loan_extension_and_the_rate_of_a_subsidy() -> None:
    codes = classify_measure("原有贷款展延的利息补贴:补贴利率按某银行1年期定存利率计算,每家以20万元为上限。")
    assert set(codes) == {"LOAN_INTEREST_SUBSIDY", "LOAN_RELIEF"}


def test_what_the_money_may_pay_for_is_no_relief_of_it() -> None:
    codes = classify_measure("营运贷款由信保机构提供9成信用保证,贷款只能用于支付工资、房租。")
    assert codes == ["GUARANTEE_SUPPORT"]
    assert "FEE_WAIVER" not in classify_measure("信保机构提供9成担保,保证手续费全免。")


def test_a_list_of_key_firms_is_a_priority_list_and_checks_of_resumption_count() -> None:
    codes = classify_measure("建立“纾困贷”重点企业清单,实行动态管理。")
    assert "PRIORITY_LIST" in codes and "SCENARIO_LIST" not in codes
    assert "STAGED_RESUMPTION" in classify_measure("该乡严把商户复工复产关。")
    assert "GUARANTEE_SUPPORT" in classify_measure("为30家企业落实担保额度800万元。")


def test_hong_kong_written_as_its_own_press_writes_it() -> None:
    # 本港 / 本澳: the region of a Hong Kong or Macao report that never writes its full name
    record = extract_text("當局宣布為本港酒樓租戶寬免三個月租金,涉及2億元。", "t")
    assert ("香港", "RENT_RELIEF") in {(m.region, c) for m in record.measures for c in m.categories}
    assert ("澳门", "Region") in {(e.name, e.type) for e in extract_text("本澳旅行社可申請援助。", "t").entities}


def test_rates_that_moved_are_statistics() -> None:
    assert classify_measure("截至3月5日,开复工率、返岗率分别提高12.5个、8.4个百分点。") == []
    assert classify_measure("全市开复工率提高了6个百分点") == []


def test_fund_founded_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("政府宣布成立纾困基金,金额增至80亿元。")
    assert "SPECIAL_FUND" not in classify_measure("商会成立慈善基金会,筹得款项80万元。")


def test_slogan_items_of_relief() -> None:
    codes = set(classify_measure("该县从保运营返保费、稳就业享补贴、降成本缓缴费等方面支持企业。"))
    assert {"UNEMPLOYMENT_INSURANCE_REFUND", "EMPLOYMENT_SUBSIDY", "FEE_WAIVER"} <= codes


def test_supplies_and_social_insurance_paid_later() -> None:
    assert "PPE_SUPPLY" in classify_measure("工信部门保障园区商户防控物资的供应。")
    assert "SOCIAL_INSURANCE_RELIEF" in classify_measure("协调困难企业延迟缴纳社保。")
    assert "SOCIAL_INSURANCE_RELIEF" not in classify_measure("协调困难企业延迟缴纳水费。")


def test_quoted_loan_product_is_credit() -> None:
    assert "PREFERENTIAL_CREDIT" in classify_measure("某某开发区落实“园易贷”政策,累计投放5亿元。")
    assert "PREFERENTIAL_CREDIT" not in classify_measure("某某开发区落实“园易通”政策。")
    # other quote marks, a name ending in 贷款 or with a version, and a bare name before 产品
    for product in ('"稳岗易贷"', "『园区贷』", "《复产贷》", "“抗疫专项贷款”", "“惠商e贷”", "“园易贷3.0”", "复产贷产品"):
        assert "PREFERENTIAL_CREDIT" in classify_measure(f"某某开发区推出{product}。"), product
    # a quoted relief slogan is that relief, no product
    assert classify_measure("某某开发区对受困企业做到“不抽贷”“无还本续贷”。") == ["LOAN_RELIEF"]


def test_products_developed_for_epidemic_control_are_research() -> None:
    assert "RD_FUNDING" in classify_measure("该署推出专项征集,支持抗疫的产品开发,促进研发成果转化。")


def test_investment_projects_completed_is_no_amount() -> None:
    record = extract_text("今年以来,青浦开发区推进重大项目建设,12个项目已完成投资8.5亿元。", "t")
    assert record.measures and all(m.amount_cny is None for m in record.measures)
    record = extract_text("青浦区工信局指导企业改造生产线，全区今年完成技改投资4.2亿元。", "t")
    assert record.measures and all(m.amount_cny is None for m in record.measures)



def test_a_project_s_planned_investment_is_no_amount_but_a_body_s_fund_is() -> None:
    record = extract_text("城步县帮扶联络员协调项目复工,甲乙纸品项目计划投资6000万元在该县新建生产线。", "t")
    assert record.measures and all(m.amount_cny is None for m in record.measures)
    record = extract_text("城步县财政局安排专项资金500万元,支持项目复工。", "t")
    assert [m.amount_cny for m in record.measures] == [5000000]


def test_colloquial_next_step_is_a_plan() -> None:
    assert classify_measure("下步,区商务局将继续向上争取扶持资金。") == []


def test_firm_put_first_by_jiang_is_an_object() -> None:
    text = "长清区工信局主动了解企业困难。截至目前,已将鑫川科技有限公司等5家企业上报至重点企业名单,融资需求达1亿元。"
    assert ("长清区", "PRIORITY_LIST") in pairs(text)


def test_projects_counted_and_share_resumed_are_statistics() -> None:
    assert classify_measure("截至目前,累计开复工3000万元以上项目812个,在建率达90%。") == []
    assert "STAGED_RESUMPTION" not in classify_measure("全省规上企业复工面98.5%,为1200户企业送工3万人。")
    assert "LABOR_SUPPLY" in classify_measure("全省规上企业复工面98.5%,为1200户企业送工3万人。")


def test_water_gas_charges_and_working_lists() -> None:
    assert "UTILITY_COST_RELIEF" in classify("减轻商户水气费负担")
    assert "SCENARIO_LIST" not in classify_measure("建立问题清单、责任清单、销号清单,跟踪解决企业诉求。")
    assert "SCENARIO_LIST" in classify_measure("发布新技术新产品场景清单。")


def test_investment_above_a_sum_is_a_bound() -> None:
    found = find_amounts("对总投资超800万元的技改项目给予补助,每个项目最多补助50万元。")
    assert [(a.value, a.threshold, a.cap) for a in found] == [(8000000, True, False), (500000, False, True)]


def test_areas_a_package_covers_are_items() -> None:
    assert "PREFERENTIAL_CREDIT" in classify_measure("某省出台了纾困解难的16条政策措施,包括降本减负、金融支持、困难行业帮扶等。")


def test_each_total_takes_its_own_clause() -> None:
    text = "狠抓惠企政策落实,宁乡市减免小微企业税费1.8亿元,发放稳岗补贴2100万元,新增贷款30亿元。"
    got = {(m.amount_cny, c) for m in extract_text(text, "t").measures for c in m.categories}
    assert {(180000000, "TAX_REDUCTION"), (21000000, "UNEMPLOYMENT_INSURANCE_REFUND"), (3000000000, "PREFERENTIAL_CREDIT")} <= got


def test_jobs_counted_and_welfare_spending_are_no_measures() -> None:
    assert classify_measure("坚持就业优先,新增城镇就业5200人,城镇登记失业率2.1%。") == []
    assert classify_measure("兜牢民生底线,安排资金5.2亿元,保障城乡低保、医疗等民生支出。") == []


def test_trades_a_policy_focuses_on_are_no_help() -> None:
    codes = classify_measure("某省聚焦住宿餐饮、物流运输、会展等服务领域,出台8条政策措施,实施税费优惠。")
    assert "LOGISTICS_SUPPORT" not in codes and "TAX_REDUCTION" in codes


def test_bond_quota_allocated_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("该省统筹专项债券额度15亿元。")


def test_place_a_province_supports_is_no_actor() -> None:
    text = "湖南出台专门政策。其中,另外安排资金3.5亿元,全力支持岳阳尽快恢复经济。"
    assert {m.region for m in extract_text(text, "t").measures} == {"湖南"}


def test_platform_named_by_its_kind_acts_for_the_place() -> None:
    # 高新投集团, 担保集团: a state-owned finance firm written without its place carries out the city's measure
    text = "德阳市出台措施支持中小企业。高新投集团为企业提供过桥资金6亿元。"
    assert ("德阳", "BRIDGE_FUND") in pairs(text)
    assert ("德阳", "GUARANTEE_SUPPORT") in pairs("德阳市出台措施支持中小企业。融资担保集团为90家企业提供担保5亿元。")


def test_applications_approved_carry_the_scheme_just_told() -> None:
    text = ("本港政府推出科技抗疫资助计划,支持防疫产品的研发。"
            "计划至今已批出31宗申请,涉及约5,200万元。")
    first, approved = extract_text(text, "t").measures
    assert approved.region == "香港" and approved.amount_cny == 52000000 and approved.categories == first.categories
    # approvals with no sum are a figure, not a measure
    assert all(m.amount_cny is None for m in extract_text("本港政府推出科技抗疫资助计划,支持防疫产品的研发。计划已批出31宗申请。", "t").measures)


def test_outlet_named_after_the_country_is_no_actor() -> None:
    text = "中国发展网报道,淄博市张店区发展和改革局积极帮助企业。截至目前,已将甲乙科技有限公司等5家企业上报至重点企业名单。"
    record = extract_text(text, "t")
    assert {m.region for m in record.measures} == {"张店区"}
    assert "中国" not in {e.name for e in record.entities}


def test_supplies_of_the_firms_targeted_are_no_supply_help() -> None:
    # money granted to firms described by the goods they keep in supply: a subsidy, not help obtaining those goods
    codes = classify_measure("对承担口罩、酒精、防护服等防疫物资和粮油蔬菜供应的重点保供商贸企业，按其销量的2%给予补贴。")
    assert codes == ["PRODUCTION_SUBSIDY"]
    # the firms' rank is no priority list either
    assert classify_measure("对承担全镇蔬菜保供任务的骨干重点企业的运营费用给予补贴。") == ["PRODUCTION_SUBSIDY"]
    # supplies handed to the firms themselves still count
    assert "PPE_SUPPLY" in classify_measure("镇政府为复工企业免费发放口罩5000只。")


def test_guarantee_fee_waived_in_its_clause_is_no_fee_waiver() -> None:
    codes = classify_measure("振兴贷款补贴利息1年，信保基金提供八成信保并免收手续费。")
    assert "GUARANTEE_SUPPORT" in codes and "FEE_WAIVER" not in codes
    assert "FEE_WAIVER" in classify_measure("对小微企业免收登记手续费。")


def test_subsidy_of_research_spending_funds_research() -> None:
    assert "RD_FUNDING" in classify_measure("县财政按照企业研发经费支出额的3%进行补助。")
    assert "RD_FUNDING" not in classify_measure("县财政按照企业用电支出额的3%进行补助。")


def test_finance_fast_lane_is_credit() -> None:
    codes = classify_measure("区金融办开设金融绿色通道，提供10亿元转贷资金。")
    assert "FAST_TRACK_APPROVAL" not in codes and "BRIDGE_FUND" in codes
    assert "FAST_TRACK_APPROVAL" in classify_measure("区行政审批局为复工项目开辟审批绿色通道。")


def test_sum_handed_to_each_recipient_is_a_grant() -> None:
    text = "香港特區政府推出新一輪紓困基金。\n美容院及健身中心可獲38,000元。\n面積不超過50平方米的食肆一次性派發6萬元。"
    found = {(m.region, tuple(m.categories), m.amount_cny) for m in extract_text(text, "t").measures}
    assert ("香港", ("PRODUCTION_SUBSIDY",), 38000) in found
    assert ("香港", ("PRODUCTION_SUBSIDY",), 60000) in found
    # a loan obtained is credit, no grant
    assert "PRODUCTION_SUBSIDY" not in classify_measure("企业可获得500万元贷款。")


def test_staff_coming_back_by_degrees_is_a_report() -> None:
    assert classify_measure("目前该镇已有300多家企业复工生产，工人陆续返岗。") == []
    assert "LABOR_SUPPLY" in classify_measure("镇政府组织包车接送，员工陆续返岗。")
    # the staging of their return is no labour found for firms
    assert classify_measure("甲乙镇推动企业分批复工、员工有序返岗。") == ["STAGED_RESUMPTION"]
    assert classify_measure("甲乙镇制定复工计划，安排员工有序返乡返岗。") == []


def test_firms_resuming_of_themselves_is_an_outcome() -> None:
    assert classify_measure("在各级部门协助下，甲乙县的外资工厂纷纷有序复工生产。") == []
    assert classify_measure("入春以来，园区内的饮料厂相继复产。") == []
    # the staging itself, by a body, still counts
    assert "STAGED_RESUMPTION" in classify_measure("丙丁镇实行复工备案制，指导企业分批有序复工。")


def test_epidemic_supplies_a_firm_makes_are_no_supply_help() -> None:
    assert "PPE_SUPPLY" not in classify_measure("疫情期间，丙丁化工厂迅速转产酒精和消毒液。")
    assert "PPE_SUPPLY" not in classify_measure("园区推动戊己纺织扩大产能，提升口罩生产能力。")
    assert "PPE_SUPPLY" in classify_measure("街道为复工企业发放口罩、额温枪。")
    # nor are those it develops, nor masks passed on to the elderly in a clause of their own
    assert "PPE_SUPPLY" not in classify_measure("市政府资助商户研发可重复使用的防护服和口罩。")
    assert classify_measure("区里向辖区长者派发口罩，并为商户减免两个月房租。") == ["RENT_RELIEF"]


def test_business_handled_online_is_online_service() -> None:
    assert "ONLINE_SERVICE" in classify_measure("甲乙银行要优化流程，推广线上业务办理。")
    # a firm's own online sales are no service of a body
    assert classify_measure("企业积极拓展线上业务，销售额回升。") == []


def test_firms_own_supply_readiness_is_no_supply_help() -> None:
    # supplies checked or required at the firms' premises
    assert "PPE_SUPPLY" not in classify_measure("督导组核查企业员工到岗比例、防疫物资准备情况。")
    assert classify_measure("所有开工企业做到防疫物资到位、防疫措施到位。") == []
    # a body making sure the supplies arrive still helps
    assert "PPE_SUPPLY" in classify_measure("县工信局开通专门渠道，确保防疫物资及时到位。")


def test_taiwan_taxes_paid_later() -> None:
    assert classify("税捐缓缴及减免") == ["TAX_DEFERRAL", "TAX_REDUCTION"]
    assert classify("税捐缓缴") == ["TAX_DEFERRAL"]
    # other charges deferred and cut are no tax relief
    assert "TAX_DEFERRAL" not in classify("房租缓缴及减免")
    assert "TAX_DEFERRAL" in classify("延税:营业税、地价税,可延税6个月")
    assert classify("夜市摊位使用费减免") == ["FEE_WAIVER"]
    assert "LOAN_RELIEF" in classify("企业融资:8亿元额度,还款展延3个月")
    assert "SPECIAL_FUND" in classify("加快预算执行，及时分解下达资金")
    # a credit line stated by its size
    assert classify("3亿元小微企业防疫贷款") == ["PREFERENTIAL_CREDIT"]


def test_platform_named_by_an_abbreviation_acts_for_its_zone() -> None:
    # 成高新金控 abbreviates 成都高新区 (its characters in order), not the zone named last
    text = "成都高新区和成都经开区分别出台措施支持中小企业。成高新金控发挥平台优势，设立3亿元转贷资金。"
    found = {(m.region, c, m.amount_cny) for m in extract_text(text, "t").measures for c in m.categories}
    assert ("成都高新区", "BRIDGE_FUND", 300000000) in found
    assert not any(region == "成都经开区" for region, _, _ in found)


def test_resumption_as_the_topic_of_a_visit_is_no_staged_resumption() -> None:
    assert "STAGED_RESUMPTION" not in classify_measure("副县长赴开发区调研复工复产和防疫工作。")
    assert "STAGED_RESUMPTION" not in classify_measure("区委书记赴产业园督导调研防疫、复产复工情况。")
    assert "STAGED_RESUMPTION" in classify_measure("指导各企业编制复工复产方案，分批有序复工。")
    assert "STAGED_RESUMPTION" in classify_measure("园区印发商户复工防疫导则。")
    # when firms resume names no project
    assert "PROJECT_SUPPORT" not in classify_measure("街道摸清各厂开复工时间，抓好开复工期间防控。")
    assert "PROJECT_SUPPORT" in classify_measure("推动重点项目开复工。")
    # the firms and projects visited, named before the topic
    assert classify_measure("副区长一行到园区调研规上企业、重点项目复产复工情况。") == []


def test_troubles_a_body_answers_are_no_help_of_their_kind() -> None:
    assert classify_measure("对于一些商户遇到的口罩短缺、物流不畅、招工难等情况，园区随即推出几项帮扶办法。") == []
    assert "LABOR_SUPPLY" in classify_measure("对于企业遇到的招工难情况，新区组织专场招聘会。")


def test_problems_eased_like_problems_solved() -> None:
    # a list of problems eased (纾解, 化解, 破解) is help with problems, one problem says what was done
    assert classify_measure("帮助纾解防疫用品、原料供给、货运物流等难题，确保企业有序恢复生产。") == ["ENTERPRISE_LIAISON"]
    assert classify_measure("银企对接，化解融资难题。") == ["PREFERENTIAL_CREDIT"]


def test_matter_settled_within_a_set_time_is_fast_track() -> None:
    assert "FAST_TRACK_APPROVAL" in classify_measure("对材料齐全的园区企业，两个工作日内完成备案。")
    assert "FAST_TRACK_APPROVAL" in classify_measure("食品经营许可申请5个工作日内办结。")
    # a loan granted within days is credit, work done within days no approval
    assert "FAST_TRACK_APPROVAL" not in classify_measure("银行在3个工作日内完成放贷。")
    assert classify_measure("确保3天内完成厂房消杀。") == []


def test_taiwan_relief_words_and_packages() -> None:
    assert classify("园区规费减半、租金缓缴") == ["FEE_WAIVER", "RENT_RELIEF"]
    assert "ONLINE_SERVICE" in classify("实施缓缴、线上申办等措施")
    assert "PREFERENTIAL_CREDIT" in classify("小型商号可申请低利贷款")
    assert "LOAN_RELIEF" in classify("质借利息减收且给予展延")
    assert "TAX_DEFERRAL" in classify("税款可分两年缴纳")
    assert classify("分公司缴税") == []
    assert "BRIDGE_FUND" in classify("帮助企业争取融资应急资金")
    assert classify("防疫旅馆员工薪资及清洁补助") == ["EMPLOYMENT_SUBSIDY"]
    # the fees a list names, then waived
    assert "FEE_WAIVER" in classify_measure("市场的使用费、摊位租金、清洁费均维持全免。")
    # the items a package announced is said to include, named at length
    codes = classify_measure("该县今日推出包括防疫专案贷款、园区规费减半、市有地租金减免、税捐缓缴等8项纾困方案。")
    assert {"PREFERENTIAL_CREDIT", "FEE_WAIVER", "RENT_RELIEF", "TAX_DEFERRAL"} <= set(codes)


def test_people_buying_is_no_government_procurement() -> None:
    assert classify_measure("县长表示，鼓励市民分散采购，一次买齐。") == []
    assert "GOVERNMENT_PROCUREMENT" in classify_measure("县政府采购本地企业的防疫产品。")
    assert "FEE_WAIVER" in classify_measure("县府对摊商延长缴纳权利金。")


def test_part_of_the_taxes_cut_and_a_listing_of_firms_are_cues() -> None:
    from ingest.pipeline import extract_text

    cats = {c for m in extract_text("嘉善县出台措施，从减免房租、减免部分税收等方面支持企业，并帮助企业股改挂牌。", "t").measures for c in m.categories}
    assert {"TAX_REDUCTION", "EQUITY_LISTING"} <= cats


def test_hiring_read_across_a_verb_and_a_noun_is_none() -> None:
    from ingest.categories import classify

    assert "LABOR_SUPPLY" not in classify("市里成立新能源车推广使用工作专班，利用工业用地建设厂房。")
    assert "LABOR_SUPPLY" in classify("帮助企业解决用工难题。")


def test_a_grid_of_officers_over_firms_is_liaison_not_digital_control() -> None:
    assert classify("建立网格化服务企业机制") == ["ENTERPRISE_LIAISON"]
    codes = classify("实行网格化管理,全镇企业分为6个网格,由镇干部任网格长")
    assert "ENTERPRISE_LIAISON" in codes and "DIGITAL_EPIDEMIC_CONTROL" not in codes
    # beside a data word the grid is still digital control
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify("依托大数据平台结合网格化开展人员排查")


def test_paragraphs_telling_a_cited_document_belong_to_its_issuer() -> None:
    text = (
        "[湖南株洲]惠企新政出炉\n\n"
        "株洲日报讯 近日,攸县政府出台了《关于支持小微企业共渡难关的八条措施》(以下简称《措施》),从审批、金融等方面支持企业。\n\n"
        "《措施》明确,要开辟进出口货物通关绿色通道。\n\n"
        "该《措施》还提出,全面推行网上申报、网上审批。\n"
    )
    found = pairs(text)
    assert ("攸县", "FAST_TRACK_APPROVAL") in found and ("攸县", "ONLINE_SERVICE") in found
    assert not {p for p in found if p[0] == "株洲"}


def test_a_subsidy_granted_out_of_a_sector_fund_is_still_a_subsidy() -> None:
    codes = classify_measure("对竹木加工企业,从区产业扶持资金中给予每家最高30万元补助。")
    assert "SPECIAL_FUND" in codes and "PRODUCTION_SUBSIDY" in codes
    # granted to the staff a firm hires, the same money is a hiring subsidy
    assert "EMPLOYMENT_SUBSIDY" in classify_measure("从就业专项资金中对企业新招用员工给予每人1000元补贴。")


def test_money_set_aside_under_its_budget_word_is_a_fund() -> None:
    assert "SPECIAL_FUND" in classify_measure("统筹安排专项经费扶持受疫情冲击较重的民宿企业。")


def test_problems_a_team_works_around_are_no_help_of_each_kind() -> None:
    codes = classify_measure("市工信局组建工作专班,围绕原料配套、员工返岗、物流运输等难题综合施策。")
    assert "ENTERPRISE_LIAISON" in codes
    assert not {"SUPPLY_CHAIN", "LABOR_SUPPLY", "LOGISTICS_SUPPORT"} & set(codes)


def test_batches_are_staged_resumption_only_when_firms_resume_in_them() -> None:
    assert "STAGED_RESUMPTION" in classify("推动辖区企业分期分批复工")
    assert "STAGED_RESUMPTION" not in classify("已分批次上报重点保障企业56家")
    assert "STAGED_RESUMPTION" not in classify_measure("返岗专车将分批持续运行")
    # checks of the hazards of resumption are resumption checks
    assert "STAGED_RESUMPTION" in classify_measure("协助入园企业开展复工复产安全隐患排查。")


def test_the_staff_keeping_policy_carried_out_is_a_refund_the_slogan_is_not() -> None:
    assert "UNEMPLOYMENT_INSURANCE_REFUND" in classify_measure("县人社局全面落实援企稳岗政策。")
    assert "UNEMPLOYMENT_INSURANCE_REFUND" not in classify("镇干部分片包干援企稳岗")
    assert "SUPPLY_CHAIN" in classify_measure("统筹调配企业急需的生产原料。")


def amounts(text: str) -> set[tuple[str, int]]:
    return {(m.region, m.amount_cny) for m in extract_text(text, "t").measures if m.amount_cny}


def test_a_part_of_the_sum_before_it_is_no_sum_of_its_own() -> None:
    notice = "石门县人民政府关于扶持企业复产的几条措施\n\n一、县财政安排1亿元专项资金支持企业复工,其中3000万元用于贷款贴息。\n"
    assert amounts(notice) == {("石门县", 100000000)}
    # a part of the banks' own lending is no sum of a measure either
    banks = "石门县人民政府关于扶持企业复产的几条措施\n\n二、全县银行机构新增贷款20亿元,其中制造业贷款8亿元。\n"
    assert amounts(banks) == set()
    # the part named in a 其中 clause, its sum in the clause after it
    named = "石门县人民政府关于扶持企业复产的几条措施\n\n三、县财政投入2亿元补贴企业工资和周转资金,其中周转资金的一次性补助,合计5000万元。\n"
    assert amounts(named) == {("石门县", 200000000)}


def test_money_obtained_for_public_works_is_project_support_not_a_fund() -> None:
    codes = classify_measure("为城南大道道路工程、污水管网工程等4个项目争取中央预算内投资资金5200万元。")
    assert "PROJECT_SUPPORT" in codes and "SPECIAL_FUND" not in codes
    assert "SPECIAL_FUND" in classify_measure("县财政安排5200万元资金支持中小企业复工。")


def test_money_for_firms_to_repay_and_renew_is_a_bridge_not_loan_relief() -> None:
    codes = classify_measure("设立企业周转基金，为经营困难的企业按期还贷、续贷提供支持。")
    assert "BRIDGE_FUND" in codes and "LOAN_RELIEF" not in codes
    # a renewal the bank grants, beside it or alone, stays loan relief
    assert "LOAN_RELIEF" in classify_measure("设立转贷基金，为企业还贷续贷提供支持，对到期贷款予以展期。")
    assert "LOAN_RELIEF" in classify_measure("银行对到期贷款给予续贷。")


def test_each_kind_of_support_listed_after_a_verb_of_giving_counts() -> None:
    codes = classify_measure("对生产消毒液的企业，给予贷款贴息、担保、设备补助等政策支持。")
    assert {"LOAN_INTEREST_SUBSIDY", "GUARANTEE_SUPPORT"} <= set(codes)
    assert "GUARANTEE_SUPPORT" in classify_measure("为小微企业提供融资、担保服务。")
    # a weak cue outside such a list stays below the threshold
    assert "GUARANTEE_SUPPORT" not in classify_measure("银行与担保合作。")


def test_penalty_interest_of_a_finance_lease_is_no_rent_relief() -> None:
    codes = classify_measure("对融资租赁的逾期租金罚息予以减免。")
    assert "LOAN_RELIEF" in codes and "RENT_RELIEF" not in codes
    assert "RENT_RELIEF" in classify_measure("对承租国有房屋的商户减免3个月租金。")


def test_clauses_cut_off_before_the_subject_of_their_sentence_are_its_doing() -> None:
    # a long lead cut at a comma: the items teased before the dateline, then the county that issued the package
    lead = "本报讯(记者 甲乙)减免房租,缓缴社保费,加大信贷支持……3月2日,记者从有关方面获悉,为帮助受疫情冲击的小微企业、个体经营户渡过眼前难关并稳住就业基本盘,"
    rest = "攸县人民政府出台了《关于扶持小微企业、个体经营户共渡难关的十二条措施》,从降低经营成本、稳定职工队伍、强化金融服务、优化政务服务等多个方面给予全力支持和帮助。"
    found = pairs("【湖南株洲】出台十二条措施助小微企业\n\n" + lead + rest + "\n")
    assert ("攸县", "RENT_RELIEF") in found and ("株洲", "RENT_RELIEF") not in found


def test_a_loan_backed_by_a_government_guarantee_pool_is_a_guarantee() -> None:
    assert "GUARANTEE_SUPPORT" in classify_measure("县工信局会同银行为某公司发放助保金贷款500万元。")
    assert "GUARANTEE_SUPPORT" in classify_measure("推动6家企业获得助保贷支持。")


def test_a_lending_total_told_with_its_change_is_an_indicator() -> None:
    assert classify_measure("新增贷款额800亿元,比上月增加120亿元;") == []
    # the same figure of lending a body steered is help given
    assert "PREFERENTIAL_CREDIT" in classify_measure("协调银行新增贷款12亿元,同比增长15%。")


def test_projects_built_are_project_support_and_their_utility_works_no_supply() -> None:
    assert classify_measure("省政府加快甲乙天然气管道、丙丁供电工程等项目建设。") == ["PROJECT_SUPPORT"]
    assert classify_measure("各地加快甲乙物流园、丙丁产业园等项目建设。") == ["PROJECT_SUPPORT"]
    assert classify_measure("加快基站和数据中心等新基建项目建设。") == ["PROJECT_SUPPORT"]
    # water and power kept flowing to firms stay utility help
    assert classify_measure("全力保障园区企业供水供电。") == ["UTILITY_COST_RELIEF"]


def test_scarce_supplies_materials_in_the_supply_guarantee_and_insurance_done_later() -> None:
    assert classify_measure("帮助园区企业筹措防疫所需紧缺物资。") == ["PPE_SUPPLY"]
    assert classify_measure("把工地施工物资列入保供范围。") == ["SUPPLY_CHAIN"]
    assert classify_measure("企业的社会保险缴费手续，可待疫情过后补办。") == ["SOCIAL_INSURANCE_RELIEF"]
    # each word alone is too weak to make a measure
    assert classify_measure("证照遗失的可补办。") == []
    assert classify_measure("社会保险缴费基数按规定核定。") == []


def test_a_zone_after_where_it_lies_is_the_subject() -> None:
    text = "梅州市简报\n\n在工业方面，位于江南街道辖区的梅州高新区积极响应号召，出台减免政策，对园区内23家企业减免租金。"
    assert [m.region for m in extract_text(text, "t").measures] == ["梅州高新区"]
    # without the site phrase the zone stands too far from the clause's start to be its subject
    text = "梅州市简报\n\n在工业方面，今年以来据了解全市范围内梅州高新区积极响应号召，对园区内23家企业减免租金。"
    assert [m.region for m in extract_text(text, "t").measures] == ["梅州"]


def test_deadlines_moved_are_deferrals() -> None:
    assert classify_measure("税务部门将纳税申报期限顺延至3月20日。") == ["TAX_DEFERRAL"]
    assert classify_measure("对困难企业可延期办理纳税申报。") == ["TAX_DEFERRAL"]
    assert classify_measure("参保单位的社保缴费期限顺延。") == ["SOCIAL_INSURANCE_RELIEF"]
    # a deadline only stated is no relief
    assert classify_measure("纳税人应在申报期内完成纳税申报。") == []


def test_loans_free_of_interest_are_credit() -> None:
    assert classify_measure("特区政府向受灾商户提供免息贷款，上限50万澳门元。") == ["PREFERENTIAL_CREDIT"]
    assert classify_measure("县里为返乡创业人员提供无息贷款。") == ["PREFERENTIAL_CREDIT"]


def test_a_cost_written_before_its_subsidy_is_what_the_money_pays() -> None:
    assert classify_measure("对出口企业给予物流补贴。") == ["LOGISTICS_SUPPORT"]
    assert classify_measure("对保供商超给予运输费用补助。") == ["LOGISTICS_SUPPORT"]
    assert classify_measure("扩大商户消杀补贴范围。") == ["PPE_SUPPLY"]
    # the cost alone, or a subsidy of no cost, stays as weak as before
    assert classify_measure("园区物流企业复工。") == []
    assert classify_measure("对企业给予一次性补贴。") == ["PRODUCTION_SUBSIDY"]


def test_a_levy_relieved_on_a_fee_is_a_fee_waiver() -> None:
    assert classify_measure("对受影响企业暂免征收残疾人保障金。") == ["FEE_WAIVER"]
    assert classify_measure("对小微企业减免征收水利建设基金和教育费附加。") == ["FEE_WAIVER"]
    # a tax named keeps the tax cut
    assert classify_measure("对小微企业免征增值税和教育费附加。") == ["TAX_REDUCTION"]


def test_force_majeure_is_legal_service_only_as_a_certificate() -> None:
    assert classify_measure("市贸促会为外贸企业出具不可抗力证明。") == ["LEGAL_SERVICE"]
    assert classify_measure("企业遇不可抗力遭受损失的，可按规定申请延期。") == []


def test_a_no_application_mode_adopted_is_online_service_and_a_vat_credit_a_tax_cut() -> None:
    assert classify_measure("全面实施惠企资金“免申即兑”。") == ["ONLINE_SERVICE"]
    assert classify_measure("推行“免申即享”办理模式。") == ["ONLINE_SERVICE"]
    # the manner of a relief named beside it adds no service
    assert classify_measure("对困难企业免申即享缓缴住房公积金。") == ["SOCIAL_INSURANCE_RELIEF"]
    assert classify_measure("对现代服务业纳税人继续实行加计抵减。") == ["TAX_REDUCTION"]


def test_the_topics_of_information_looked_up_are_no_help() -> None:
    assert classify_measure("市府开通专区，方便业者查询低利贷款或租金补贴等方案信息。") == []
    # the same help given is help
    assert classify_measure("市府为业者提供低利贷款和租金补贴。") == ["PREFERENTIAL_CREDIT", "RENT_RELIEF"]


def test_a_tax_named_then_relieved_is_a_tax_cut_and_a_collection_fee_relieved_a_fee_waiver() -> None:
    assert classify_measure("镇公所宣布营业税减免3个月百分之30。") == ["TAX_REDUCTION"]
    # the property tax relieved keeps its own category
    assert classify_measure("对承租户房产税减免。") == ["PROPERTY_LAND_TAX_RELIEF"]
    assert classify_measure("减免夜市摊商垃圾清运费2个月。") == ["FEE_WAIVER"]
    assert classify_measure("镇有市场摊位的租金和权利金减免3个月。") == ["FEE_WAIVER", "RENT_RELIEF"]


def test_masks_for_households_and_lenders_serving_borrowers_are_no_help_of_their_kind() -> None:
    assert classify_measure("为家户分发口罩,全镇3200户,每户5片。") == []
    assert classify_measure("向商户发放防疫口罩。") == ["PPE_SUPPLY"]
    lenders = "各金融机构对困难小微企业要因企施策,靠前服务,及时办理无还本续贷。"
    assert "ENTERPRISE_LIAISON" not in classify_measure(lenders)
    assert "LOAN_RELIEF" in classify_measure(lenders)
    # a body serving the firms is liaison
    assert "ENTERPRISE_LIAISON" in classify_measure("县工信局对困难小微企业靠前服务,协调银行不抽贷、不断贷。")


def test_relief_carried_out_for_firms_in_trouble_is_a_measure() -> None:
    text = "对暂时出现经营困难的个体工商户,在用水、用电上实行“欠费不停供”。"
    assert classify_measure(text) == ["UTILITY_COST_RELIEF"]
    # the trouble alone, with no relief carried out, is none
    assert classify_measure("部分个体工商户用水、用电出现困难。") == []


def test_the_fields_of_teams_set_up_are_no_help_of_their_kind() -> None:
    text = "某县成立企业开复工专班,下设复产调度、税费减免落实、金融服务等4个工作组。"
    assert classify_measure(text) == ["ENTERPRISE_LIAISON", "STAGED_RESUMPTION"]
    # the same fields as help given keep their kinds
    assert {"TAX_REDUCTION", "FEE_WAIVER"} <= set(classify_measure("某县为企业减税降费1200万元。"))


def test_a_loan_a_body_helps_a_firm_obtain_is_credit() -> None:
    assert classify_measure("帮助某某集团贷款3000万元,用于购置原料。") == ["PREFERENTIAL_CREDIT"]
    assert classify_measure("镇里帮助其贷款;") == ["PREFERENTIAL_CREDIT"]
    # a loan only named is too weak
    assert classify_measure("企业贷款到期。") == []


def test_firms_surveyed_tracked_and_guided_are_liaison() -> None:
    assert classify_measure("开发区组织人员摸排35家重点企业,梳理困难问题40项。") == ["ENTERPRISE_LIAISON"]
    assert classify_measure("今年以来共调度企业2600户次。") == ["ENTERPRISE_LIAISON"]
    assert "ENTERPRISE_LIAISON" in classify_measure("镇里加强对返岗企业的服务指导。")
    # technologies surveyed for a list stay a scenario list
    assert classify_measure("高新区摸排20家公司30项技术和产品,发布新产品推介名单。") == ["SCENARIO_LIST"]


def test_support_given_as_a_sum_is_a_subsidy_and_a_guess_of_an_overrun_no_measure() -> None:
    assert classify_measure("经协调,区政府给予该厂多项支持360万元。") == ["PRODUCTION_SUBSIDY"]
    # support with no sum stays too vague
    assert classify_measure("区政府给予该厂多项支持。") == []
    assert classify_measure("特首估计,全部资助可能超出预估的500亿港元。") == []
def test_the_areas_of_firms_needs_are_no_categories_of_their_own() -> None:
    # what the firms needed, in a list of areas, is no subsidy to production nor a bridge fund
    needs = "随着银企合作不断深入,企业在设备采购、资金周转、扩产增效等方面的迫切诉求逐步化解。"
    assert not {"PRODUCTION_SUBSIDY", "BRIDGE_FUND"} & set(classify_measure(needs))
    # areas where help is given are what it is
    assert {"LABOR_SUPPLY", "SUPPLY_CHAIN"} <= set(classify_measure("区经信局在用工、原料等方面给予企业帮助。"))


def test_parts_a_body_gets_suppliers_to_make_are_the_supply_chain() -> None:
    assert "SUPPLY_CHAIN" in classify_measure("管委会当即出面协调,上游零配件厂商提前复工。")


def test_what_a_visitor_inspects_is_no_help_given() -> None:
    assert classify_measure("王某查看企业员工返岗、口罩储备和通行证办理情况。") == []
    assert "LABOR_SUPPLY" in classify_measure("王某实地察看企业复工情况,现场协调解决企业用工问题,帮助企业招聘员工50人。")


def test_supplies_a_body_buys_to_hand_out_are_help_obtaining_them() -> None:
    codes = classify_measure("县经信局从甲乙器械厂购置口罩3万只,分发给复工企业。")
    assert "PPE_SUPPLY" in codes and "GOVERNMENT_PROCUREMENT" not in codes
    assert "GOVERNMENT_PROCUREMENT" in classify_measure("县政府优先采购本地企业生产的口罩。")


def test_gear_staff_are_told_to_wear_is_workplace_prevention() -> None:
    assert classify_measure("监督企业对货场全方位消毒，叮嘱搬运工人务必全程穿戴防护装备。") == ["STAGED_RESUMPTION"]
    assert classify_measure("为企业发放防护服2000套。") == ["PPE_SUPPLY"]
