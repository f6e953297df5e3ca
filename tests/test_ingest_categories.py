"""Category step: cue families, gapped cues, lists of areas and problems, and sentences that are no measure."""

from ingest.categories import classify
from ingest.classify import classify_measure


def test_gapped_cue_spans_inner_words_but_not_a_modifier():
    assert "FAST_TRACK_APPROVAL" in classify("某某担保公司开设绿色快速审批通道")
    assert "PREFERENTIAL_CREDIT" in classify("向个体户发放纾困贷款")
    # 已发放的…贷款 names the loans already granted
    assert "PREFERENTIAL_CREDIT" not in classify("已发放的消费贷款将按期收回")


def test_cue_families_from_the_category_definitions():
    assert "ONLINE_SERVICE" in classify_measure("街道便民中心开通网上审批,商户不用跑腿。")
    assert "LABOR_SUPPLY" in classify_measure("镇里组织招工,为企业输送员工。")
    assert "SUPPLY_CHAIN" in classify_measure("开发区按产业链组织企业链式复工。")
    assert "LOGISTICS_SUPPORT" in classify_measure("帮助企业办理车辆通行手续。")
    assert "ENTERPRISE_LIAISON" in classify_measure("乡里派出工作人员进驻8家食品企业。")


def test_areas_of_support_count_each_item():
    codes = classify_measure("县发改局在税费、融资、社保等方面为商户提供帮助。")
    assert {"TAX_REDUCTION", "SOCIAL_INSURANCE_RELIEF", "PREFERENTIAL_CREDIT"} <= set(codes)
    # an item with a strong cue is that cue's category only
    codes = classify_measure("从贷款贴息、减租等方面扶持商户。")
    assert "LOAN_INTEREST_SUBSIDY" in codes and "PREFERENTIAL_CREDIT" not in codes


def test_problems_solved_one_concrete_one_kind_or_a_list():
    assert "LABOR_SUPPLY" in classify_measure("镇里腾出空置厂房宿舍,帮员工解决住宿问题。")
    assert "PPE_SUPPLY" in classify_measure("社区帮企业解决口罩、酒精等物资难题。")
    assert classify_measure("工作组协助企业解决用工、物资、物流等困难。") == ["ENTERPRISE_LIAISON"]
    # problems reported as concentrated somewhere are no help given
    codes = classify_measure("座谈中企业反映的问题主要集中在招工困难、融资困难两个方面。")
    assert "LABOR_SUPPLY" not in codes and "PREFERENTIAL_CREDIT" not in codes


def test_who_is_targeted_is_not_what_is_given():
    assert classify_measure("对带动上下游配套的企业,给予一次性奖励。") == ["REWARD"]


def test_sentences_that_are_no_measure():
    assert classify_measure("“这批防疫物资去哪里才能买到?”") == []
    assert classify_measure("她希望各家企业用好上下游资源。") == []
    assert classify_measure("为支持中小企业渡过难关,特制定本细则。") == []
    assert classify_measure("现将《某某区减免房租办法》印发给你们,请认真贯彻执行。") == []
    assert classify_measure("某某孵化器现有入驻企业共15家。") == []
    assert "LABOR_SUPPLY" not in classify_measure("工作组到园区了解企业经营和用工情况。")
    assert "LOGISTICS_SUPPORT" not in classify_measure("县里规划建设一座物流园区。")
    assert classify_measure("稳住用工是企业渡过难关的关键一环。") == []
    assert classify_measure("各家银行开通快速通道,压缩放贷时间。") == []
    # how to apply is the procedure of a measure named before
    assert classify_measure("申报材料:营业执照、租金减免申请表。") == []
    assert classify_measure("办理流程:企业网上提交补贴申请,区人社局审核。") == []


def test_guidance_and_supplies_in_either_order():
    assert "STAGED_RESUMPTION" in classify_measure("督导组指导该公司严格落实各项防控措施。")
    assert "PPE_SUPPLY" in classify_measure("口罩当天分发到各村。")
    assert "STAGED_RESUMPTION" in classify_measure("开发区组织技术人员开展复工前的安全检查。")
    assert "STAGED_RESUMPTION" not in classify_measure("省里派出5个复工督导组。")


def test_new_cue_families():
    assert "LOAN_RELIEF" in classify_measure("区金融办引导银行给困难商户贷款延期三个月。")
    assert "TAX_REDUCTION" in classify_measure("为3000户个体户减免增值税200万元。")
    assert "FAST_TRACK_APPROVAL" in classify_measure("协助某某服饰办理防护服生产资质。")
    assert "LEGAL_SERVICE" in classify_measure("为出口商户出具不可抗力证明。")
    assert "LABOR_SUPPLY" in classify_measure("镇里组织富余劳力进厂务工。")
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify_measure("组织员工申领“平安码”。")


def test_fast_lane_for_loans_is_credit():
    codes = classify_measure("镇里协调银行设立授信审批绿色通道。")
    assert "PREFERENTIAL_CREDIT" in codes and "FAST_TRACK_APPROVAL" not in codes
    # a fast lane of its own clause stays an approval
    assert "FAST_TRACK_APPROVAL" in classify_measure("小店可享受贴息、采购绿色通道。")


def test_trades_in_brackets_and_firms_buying_are_no_help():
    codes = classify_measure("对涉及民生必需(口罩销售、物流等行业)的商户减免房租。")
    assert codes == ["RENT_RELIEF"]
    assert "GOVERNMENT_PROCUREMENT" not in classify_measure("鼓励经销商自行采购原料。")


def test_opening_purpose_counts_only_when_the_rest_says_nothing():
    assert classify_measure("为帮助企业复工复产,镇里为某某公司送去口罩。", True) == ["PPE_SUPPLY"]
    # 为企业… says who it is for, not a purpose
    assert "LOAN_INTEREST_SUBSIDY" in classify_measure("为小店贷款提供贴息。")


def test_firms_settled_in_commended_firms_and_needs_surveyed():
    assert classify_measure("倡导房东为承租的入驻企业减租。") == ["RENT_RELIEF"]
    assert "PRIORITY_LIST" in classify_measure("对捐款商户通报表扬并列入守信激励名单。")
    # the areas of needs counted are no areas of support (融资 alone is a weak cue)
    assert "PREFERENTIAL_CREDIT" not in classify_measure("街道统计小店在融资、租金等方面的需求。")
    assert "STAGED_RESUMPTION" in classify_measure("驻企干部监督车间消杀。")


def test_training_classes_and_labour_cost_subsidies():
    assert classify_measure("县人社局协助企业开设培训专班。") == ["EMPLOYMENT_SUBSIDY"]
    # a team set up for research runs the research: no liaison with firms
    codes = classify_measure("省科技厅牵头组建检测试剂攻关工作专班,集中力量研制新产品。")
    assert "RD_FUNDING" in codes and "ENTERPRISE_LIAISON" not in codes
    assert "LABOR_SUPPLY" not in classify_measure("镇里发放企业用工补贴50万元。")
    assert "PROJECT_SUPPORT" in classify_measure("街道协调施工单位,加快项目建设进度。")


def test_long_gapped_cue_spans_a_list_of_names():
    assert "PRIORITY_LIST" in classify("区里争取本地企业纳入国家甲委、乙部防疫重点保障企业")
    # 纳入 alone no longer pairs with another weak cue
    assert "PRIORITY_LIST" not in classify("将小店纳入优先支持范围")
    assert "PRIORITY_LIST" not in classify("纳入统计。重点保障企业")


def test_reporters_opener_is_no_survey():
    assert "PPE_SUPPLY" in classify_measure("据了解,社区帮商户解决酒精、口罩等物资难题。")
    assert "UTILITY_COST_RELIEF" in classify_measure("供电所为新厂房接入临时电网。")


def test_a_figure_after_a_help_verb_is_help_given():
    assert "PREFERENTIAL_CREDIT" in classify_measure("镇里帮助12家企业获得贷款3000万元。")
    assert classify_measure("全区12家企业获得贷款3000万元。") == []


def test_bare_problems_solved_are_liaison():
    assert classify_measure("街道上门对接,帮商户解决难题。") == ["ENTERPRISE_LIAISON"]


def test_staff_back_at_work_is_a_state_not_help():
    assert "LABOR_SUPPLY" not in classify_measure("记者看到,车间员工均已返岗。")
    assert "LABOR_SUPPLY" in classify_measure("镇里包车接送员工返岗。")


def test_firms_moving_in_are_tenants():
    assert "ENTERPRISE_LIAISON" not in classify_measure("该孵化器已有12家企业入驻。")


def test_budget_by_its_size_is_a_fund():
    assert "SPECIAL_FUND" in classify_measure("本轮惠民消费券规模3.6亿元,分两期投放。")
    assert classify_measure("本轮惠民消费券分两期投放。") == []


def test_money_paid_to_buyers_is_no_production_subsidy():
    assert "PRODUCTION_SUBSIDY" not in classify_measure("对在本区购买新能源汽车的个人给予补贴。")
    assert "PRODUCTION_SUBSIDY" in classify_measure("对购买新设备的企业给予补贴。")


def test_a_firm_asking_for_help_is_no_measure():
    assert classify_measure("一家机械企业向区工信局求助,原材料运输问题很快得到解决。") == []
    assert "LOGISTICS_SUPPORT" in classify_measure("一家食品企业向区商务局求助,区商务局立即协调运输车辆。")


def test_services_to_the_jobless_help_no_firm():
    assert classify_measure("区人社局为失业人员提供职业介绍和网上办理服务。") == []
    assert "LABOR_SUPPLY" in classify_measure("区人社局组织企业招聘失业人员。")


def test_vehicles_met_at_the_gate_are_no_staff_shuttle():
    assert "LABOR_SUPPLY" not in classify_measure("开发区安排专人接送车辆进出园区。")
    assert "LABOR_SUPPLY" in classify_measure("开发区安排大巴接送员工。")


def test_supplies_bought_for_no_firm_are_no_measure():
    assert classify_measure("截至目前,全区共采购口罩12万只、防护服3000套。") == []
    assert classify_measure("区里采购口罩12万只,分发给辖区企业。") != []


def test_an_aim_over_several_clauses_gives_no_category():
    assert classify_measure("为助推商贸企业复苏,加大金融扶持力度,街道对承租公房的商户减免两个月房租。") == ["RENT_RELIEF"]
    assert classify_measure("为助推小微企业解决融资难题,街道对承租公房的商户减免两个月房租。") == ["RENT_RELIEF"]
    assert "PREFERENTIAL_CREDIT" in classify_measure("为帮助企业渡过难关,街道加大金融扶持力度,组织银企对接。")


def test_money_paid_to_people_buying_from_firms_is_no_production_subsidy():
    assert "PRODUCTION_SUBSIDY" not in classify_measure("对在本区汽车销售企业购买新车的个人按每台2000元给予补贴。")


def test_a_reports_credit_line_gives_no_category() -> None:
    credit = "青湘在线3月2日讯（青湘日报·青湘在线记者 王明 通讯员 李华）"
    assert classify_measure(credit + "3月1日，一个耳机项目在某某经开区签约。") == []
    assert "ONLINE_SERVICE" in classify_measure(credit + "某县工信局开通平台，企业可在线办理复工备案。")


def test_each_insurance_s_own_premium_is_a_social_insurance_contribution() -> None:
    assert classify_measure("对旅游企业实施阶段性缓缴养老保险费政策。") == ["SOCIAL_INSURANCE_RELIEF"]
    assert classify_measure("对困难企业缓缴工伤保险费。") == ["SOCIAL_INSURANCE_RELIEF"]
    # and Taiwan's labour, employment and health insurance premiums
    assert classify_measure("受影响业者的劳保费、健保费可缓缴半年。") == ["SOCIAL_INSURANCE_RELIEF"]


def test_weak_or_split_cues_of_common_notice_items() -> None:
    # approvals sped up with their object between, but not online approvals sped up
    assert classify_measure("加快重点项目审批。") == ["FAST_TRACK_APPROVAL"]
    assert "FAST_TRACK_APPROVAL" not in classify_measure("加快推动多项不见面审批事项上线。")
    assert classify_measure("组织医疗队对园区企业开展消杀指导。") == ["STAGED_RESUMPTION"]
    assert classify_measure("为复工企业员工提供免费核酸检测。") == ["STAGED_RESUMPTION"]
    assert classify_measure("支持科技型企业到新三板挂牌。") == ["EQUITY_LISTING"]
    # a fee relieved, the word of relief written first
    assert classify_measure("减免中小企业产品检验检测费用。") == ["FEE_WAIVER"]


def test_a_guarantee_of_credit_is_guarantee_support() -> None:
    assert classify_measure("特区政府为合资格中小企提供九成信贷担保。") == ["GUARANTEE_SUPPORT"]
    assert classify_measure("县里设立信用担保基金。") == ["GUARANTEE_SUPPORT"]


def test_staff_named_as_returning_are_whom_the_help_is_for() -> None:
    # 返岗员工 names the people tested, no labour brought back; a shuttle for them still is
    assert classify_measure("县卫健局为返岗员工免费提供核酸检测。") == ["STAGED_RESUMPTION"]
    assert classify_measure("开发区包车接送返岗员工。") == ["LABOR_SUPPLY"]


def test_lines_equipment_and_expansion_with_no_money_are_no_subsidy() -> None:
    # a firm's lines kept running and its expansion hastened are no production subsidy; money for them is
    assert "PRODUCTION_SUBSIDY" not in classify_measure("园区协调复工，推动企业加快扩产步伐。")
    assert "PRODUCTION_SUBSIDY" in classify_measure("对新增生产线的企业给予设备投资补助。")


def test_the_fund_a_scheme_was_launched_under_is_no_fund_set_up() -> None:
    assert "SPECIAL_FUND" not in classify_measure("在第三轮抗疫基金下推出的薪酬补贴计划涉及工资补贴约200亿元。")
    assert classify_measure("在抗疫基金下安排专项资金3000万元。") == ["SPECIAL_FUND"]


def test_relief_in_the_special_regions_words() -> None:
    # a fee exempted (豁免…费), a concessionary loan, a repayment period lengthened with the loan named between
    assert classify_measure("豁免本财政年度的商业登记费。") == ["FEE_WAIVER"]
    assert classify_measure("豁免本年度的旅游税。") == ["TAX_REDUCTION"]
    assert classify_measure("豁免本年度的物业税。") == ["PROPERTY_LAND_TAX_RELIEF"]
    assert classify_measure("劳工处推出带津培训计划。") == ["EMPLOYMENT_SUBSIDY"]
    assert classify_measure("推出由政府担保的特惠贷款。") != [] and "PREFERENTIAL_CREDIT" in classify_measure("推出由政府担保的特惠贷款。")
    assert "LOAN_RELIEF" in classify_measure("政府将延长有关贷款的还款期至8年。")
    # a loan's term merely stated is no relief
    assert "LOAN_RELIEF" not in classify_measure("援助贷款上限为50万澳门元，还款期最长为5年。")


def test_campaigns_and_services_named_only_in_quotes() -> None:
    # officials going into or paired with firms, by the campaign's quoted name alone; not a package's 助企
    assert classify_measure("县里开展“百名干部联百企”活动。") == ["ENTERPRISE_LIAISON"]
    assert classify_measure("市里开展“万名党员进万企”行动。") == ["ENTERPRISE_LIAISON"]
    assert "ENTERPRISE_LIAISON" not in classify_measure("区里出台“助企纾困”八条。")
    assert classify_measure("对重点企业实行“一厂一策”。") == ["ENTERPRISE_LIAISON"]
    assert classify_measure("税务部门推行“无接触”办税。") == ["ONLINE_SERVICE"]
    assert classify_measure("人社部门推行社保业务“跨省通办”。") == ["ONLINE_SERVICE"]


def test_wages_subsidised_in_one_word() -> None:
    assert classify_measure("一、员工薪资补助：每名员工每月补助三千元。") == ["EMPLOYMENT_SUBSIDY"]
    assert classify_measure("对受困企业给予工资补助。") == ["EMPLOYMENT_SUBSIDY"]


def test_a_land_premium_deferred_is_a_charge_relieved() -> None:
    assert classify_measure("对受困房企缓缴土地出让金。") == ["FEE_WAIVER"]
    assert classify_measure("新出让地块的土地出让金可分期缴纳。") == ["FEE_WAIVER"]
    assert classify_measure("全县土地出让金收入增长8%。") == []
