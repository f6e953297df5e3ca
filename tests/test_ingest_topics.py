"""Categories from what a sentence grants and what the headings above it name, and words that are no category."""

from ingest.categories import classify
from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_heading_lets_the_weak_cue_of_its_category_count():
    item = "1.区财政局降低商户融资成本。"
    text = f"海曙区关于支持小微企业的三条措施\n一、加大信贷支持\n{item}\n二、稳定就业\n{item}\n"
    found = [m for m in extract_text(text, "t").measures if "融资成本" in m.text]
    # the same item counts as credit under the credit heading only
    assert len(found) == 1 and found[0].categories == ("PREFERENTIAL_CREDIT",)
    assert text.index(found[0].text) < text.index("二、")


def test_context_of_the_caller_decides_a_weak_cue():
    assert classify_measure("区里降低商户融资成本。") == []
    assert classify_measure("区里降低商户融资成本。", context=frozenset({"PREFERENTIAL_CREDIT"})) == ["PREFERENTIAL_CREDIT"]
    # a context names what may count, it adds nothing the sentence does not hint at
    assert classify_measure("区里降低商户融资成本。", context=frozenset({"RENT_RELIEF"})) == []


def test_a_granted_subsidy_is_the_action_of_its_sentence():
    assert classify_measure("对参与保障任务的商户运营成本给予补贴支持。") == ["PRODUCTION_SUBSIDY"]
    # a subsidy for the staff a firm takes on is a hiring subsidy
    assert classify_measure("对新招用的外地员工在隔离期间,按人数给予商户一定补助。") == ["EMPLOYMENT_SUBSIDY"]
    # one for tenants is a rent subsidy, and a paid-for category already named stays alone
    assert classify_measure("对承租非国有房屋经营的小微企业给予3个月补贴。") == ["RENT_RELIEF"]
    assert classify_measure("对参与保障任务的商户给予社会保险补贴。") == ["EMPLOYMENT_SUBSIDY"]
    # a subsidy merely mentioned is not granted
    assert classify_measure("商户咨询了补贴的申请时间。") == []


def test_problems_found_in_listed_areas_are_no_items():
    codes = classify_measure("工作组收集企业在招工、物流运输、原料配套等方面存在的问题。")
    assert not {"LABOR_SUPPLY", "LOGISTICS_SUPPORT", "SUPPLY_CHAIN"} & set(codes)
    # areas of support still count
    assert "LABOR_SUPPLY" in classify_measure("县里在招工、物流运输等方面给予帮助。")


def test_conditions_to_meet_are_not_what_is_given():
    codes = classify_measure("乙县对满足防疫物资、消毒等基本条件的商户实行复工“零审批”。")
    assert "FAST_TRACK_APPROVAL" in codes and "PPE_SUPPLY" not in codes


def test_stepping_up_is_no_health_code():
    assert "DIGITAL_EPIDEMIC_CONTROL" not in classify_measure("区财政持续“加码”降低融资成本。")
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify_measure("街道推广“畅行码”,员工扫码进厂。")


def test_loan_interest_guarantee_premium_and_rent_free_terms():
    assert "LOAN_INTEREST_SUBSIDY" in classify("区财政补贴贷款基准利率的10%")
    assert "GUARANTEE_SUPPORT" in classify("提前全额补贴保费") and "PRODUCTION_SUBSIDY" not in classify("提前全额补贴保费")
    assert classify("确保政策性担保贷款额度不降") == ["GUARANTEE_SUPPORT"]
    assert "RENT_RELIEF" in classify("对承租商户提供1个月的减、免租")


def test_an_answer_to_the_trouble_of_firms_is_the_story_actor_s():
    text = (
        "本网宁波3月2日电 记者从宁波市海曙区了解到,该区推出扶持小微企业的八条措施。\n"
        "据海曙区副区长介绍,措施仅用3天出台。\n"
        "受疫情影响,企业当前最大的难处是租金压力大。对此,八条措施推出“区属国有企业物业租金减免”“鼓励海曙区业主减免租金”等政策。\n"
    )
    assert ("海曙区", "RENT_RELIEF") in pairs(text)


def test_a_list_of_costs_shares_one_subsidy():
    assert classify_measure("市政府为商户提供薪资及营运资金补贴。") == ["EMPLOYMENT_SUBSIDY"]
    assert "EMPLOYMENT_SUBSIDY" in classify_measure("对参保商户给予培训和就业补贴。")


def test_registers_of_firms_put_first_and_business_done_online():
    assert "PRIORITY_LIST" in classify_measure("该区建立80户重点服务企业名录。")
    assert "ONLINE_SERVICE" in classify_measure("引导商户熟悉网络办事平台。")


def test_a_summary_names_resumption_as_its_aim_not_as_a_measure():
    assert classify_measure("该县多措并举、精准发力,帮助企业项目复工复产。") == []
    assert classify_measure("乙市多项举措帮助企业有序复工复产。") == []
    # the measures the summary goes on to tell still count
    assert classify_measure("园区多措并举,为企业开辟绿色通道,帮助企业复工。") == ["FAST_TRACK_APPROVAL"]


def test_an_item_of_a_package_is_its_issuer_s_and_firms_encouraged_to_give_are_no_beneficiaries():
    text = (
        "近日,海曙区国资委出台了“惠企6条”:\n"
        "甲乙燃气有限公司对餐饮、住宿业单位2月份用气价格按现行价格的90%结算;区属国有企业对承租户2月份租金全免。\n"
        "海曙区还鼓励丙丁置业有限公司对租户减免租金。\n"
    )
    ms = extract_text(text, "t").measures
    assert ("海曙区", "UTILITY_COST_RELIEF") in {(m.region, c) for m in ms for c in m.categories}
    assert not any(m.beneficiaries for m in ms)


def test_supply_kept_on_for_users_in_arrears():
    assert "UTILITY_COST_RELIEF" in classify_measure("水务公司对欠费用户不采取停水、停气催收措施。")
    assert "UTILITY_COST_RELIEF" in classify("欠费不停水")
    # a power cut alone is no relief
    assert classify_measure("受台风影响,部分线路停电检修。") == []


def test_how_to_apply_restates_no_measure():
    text = (
        "海曙区关于减免小微企业房租的实施细则\n"
        "一、对承租区属国有房产的小微企业,免收3个月房租。\n"
        "享受条件:承租区属国有房产且依法纳税的小微企业。已享受电费补贴的企业不重复享受。\n"
        "办理方式:企业向区财政局提交租赁合同和用电缴费凭证。\n"
    )
    assert pairs(text) == {("海曙区", "RENT_RELIEF")}


def test_prevention_firms_are_told_to_carry_out_is_no_supply():
    codes = classify_measure("区经发局要求各企业确保员工防护、公共区域消毒等各项防控措施到位,多渠道储备防控物资。")
    assert "PPE_SUPPLY" not in codes and "STAGED_RESUMPTION" in codes
    assert classify_measure("指导商户做好员工体温检测和厂区消毒工作。") == ["STAGED_RESUMPTION"]
    # supplies obtained for firms stay supplies
    assert "PPE_SUPPLY" in classify_measure("街道为商户协调口罩5000只。")


def test_help_buying_supplies_and_visits_to_firms():
    assert classify_measure("镇里共帮助商户采购口罩3万余个。") == ["PPE_SUPPLY"]
    # firms buying for themselves are neither procurement nor supply
    assert classify_measure("鼓励商户从境外采购口罩。") == []
    assert "PPE_SUPPLY" in classify_measure("园区帮助企业解决口罩、消毒液等物资难题,指导企业落实防控措施。")
    assert classify_measure("多位县领导深入生产企业、项目现场,倾听诉求。") == ["ENTERPRISE_LIAISON"]
    assert classify_measure("改革深入企业内部管理环节。") == []
    assert "ENTERPRISE_LIAISON" in classify_measure("乡镇干部包干到企,开展零距离服务。")
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify_measure("园区对返岗员工实行一人一码管理。")


def test_a_numbered_item_s_opening_names_the_topic_of_its_paragraph():
    text = "海曙区关于支持小微企业的措施\n2.加大信贷支持。区财政局降低商户融资成本。\n3.稳定就业。区财政局降低商户融资成本。\n"
    found = [m for m in extract_text(text, "t").measures if m.text.startswith("区财政局")]
    assert len(found) == 1 and found[0].categories == ("PREFERENTIAL_CREDIT",)
    assert text.index(found[0].text) < text.index("3.")


def test_a_special_region_s_government_written_bare_acts_for_it():
    text = "香港特区政府推出新一轮援助措施。特区政府财政司司长表示,政府将为中小企业提供担保贷款,并施行担保费全免。"
    assert ("香港", "GUARANTEE_SUPPORT") in pairs(text)
    assert all(e.name != "区政府" for e in extract_text(text, "t").entities)


def test_a_subsidy_in_its_own_clause_counts_beside_other_help():
    codes = classify_measure("对返岗务工人员隔离期间,按工种给予商户一定补助,同时组织专用班车接送员工。")
    assert "EMPLOYMENT_SUBSIDY" in codes and "LABOR_SUPPLY" in codes
    # a clause that already says what the money is for adds nothing
    assert "PRODUCTION_SUBSIDY" not in classify_measure("对商户的房租给予补助,并发放口罩。")


def test_the_pressure_a_measure_eases_is_no_category():
    codes = classify_measure("特区政府推出贷款利息补贴计划,减轻中小企业资金周转的压力。")
    assert codes == ["LOAN_INTEREST_SUBSIDY"]


def test_a_code_firms_are_told_to_check_is_their_duty():
    assert "DIGITAL_EPIDEMIC_CONTROL" not in classify_measure("叮嘱商户要严格落实门店消毒、测温、扫码等防控规定。")
    assert classify_measure("指导企业员工注册使用“平安码”。") == ["DIGITAL_EPIDEMIC_CONTROL"]
