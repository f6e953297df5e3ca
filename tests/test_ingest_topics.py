"""Categories from what a sentence grants and what the headings above it name, and words that are no category."""

from ingest.categories import classify
from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_heading_lets_the_weak_cue_of_its_category_count():
    item = "1.区财政局拓宽商户融资渠道。"
    text = f"海曙区关于支持小微企业的三条措施\n一、加大信贷支持\n{item}\n二、稳定就业\n{item}\n"
    found = [m for m in extract_text(text, "t").measures if "融资渠道" in m.text]
    # the same item counts as credit under the credit heading only
    assert len(found) == 1 and found[0].categories == ("PREFERENTIAL_CREDIT",)
    assert text.index(found[0].text) < text.index("二、")


def test_context_of_the_caller_decides_a_weak_cue():
    assert classify_measure("区里拓宽商户融资渠道。") == []
    assert classify_measure("区里拓宽商户融资渠道。", context=frozenset({"PREFERENTIAL_CREDIT"})) == ["PREFERENTIAL_CREDIT"]
    # a context names what may count, it adds nothing the sentence does not hint at
    assert classify_measure("区里拓宽商户融资渠道。", context=frozenset({"RENT_RELIEF"})) == []


def test_a_granted_subsidy_is_the_action_of_its_sentence():
    assert classify_measure("乙镇对承担蔬菜配送的商户按配送量给予补贴。") == ["PRODUCTION_SUBSIDY"]
    # a subsidy for the staff a firm takes on is a hiring subsidy
    assert classify_measure("对春节后新招用外省员工的商户,按人数给予一定补助。") == ["EMPLOYMENT_SUBSIDY"]
    # one for tenants is a rent subsidy, and a paid-for category already named stays alone
    assert classify_measure("对租用民营园区厂房的商户,按面积给予补贴。") == ["RENT_RELIEF"]
    assert classify_measure("对参与保障任务的商户给予社会保险补贴。") == ["EMPLOYMENT_SUBSIDY"]
    # a subsidy merely mentioned is not granted
    assert classify_measure("商户咨询了补贴的申请时间。") == []


def test_problems_found_in_listed_areas_are_no_items():
    codes = classify_measure("服务队上门收集并协调商户在融资、招工、运输等方面存在的问题。")
    assert codes == ["ENTERPRISE_LIAISON"]
    # areas of support still count
    assert "LABOR_SUPPLY" in classify_measure("服务队在融资、招工、运输等方面给予帮助。")


def test_conditions_to_meet_are_not_what_is_given():
    codes = classify_measure("对满足防疫物资储备和消毒条件的门店,街道实行开业零审批。")
    assert "FAST_TRACK_APPROVAL" in codes and "PPE_SUPPLY" not in codes


def test_stepping_up_is_no_health_code():
    assert "DIGITAL_EPIDEMIC_CONTROL" not in classify_measure("各银行再次“加码”,扩大普惠贷款投放。")
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify_measure("街道推广“畅行码”,员工扫码进厂。")


def test_loan_interest_guarantee_premium_and_rent_free_terms():
    assert "LOAN_INTEREST_SUBSIDY" in classify("镇财政补贴贷款利息的一半")
    assert classify("对首贷户补贴保费") == ["GUARANTEE_SUPPORT"]
    assert classify("新增政策性担保贷款额度") == ["GUARANTEE_SUPPORT"]
    assert "RENT_RELIEF" in classify("承租户可享受两个月减、免租")


def test_an_answer_to_the_trouble_of_firms_is_the_story_actor_s():
    text = (
        "本网宁波3月2日电 记者从宁波市海曙区了解到,该区推出扶持小微企业的八条措施。\n"
        "据海曙区副区长介绍,措施仅用3天出台。\n"
        "不少商户反映房租负担重。对此,八条措施推出“区属物业免租一个月”“鼓励海曙区业主减免租金”等政策。\n"
    )
    assert ("海曙区", "RENT_RELIEF") in pairs(text)


def test_a_list_of_costs_shares_one_subsidy():
    assert "EMPLOYMENT_SUBSIDY" in classify_measure("对小店给予工资及房租补贴。")
    assert "EMPLOYMENT_SUBSIDY" in classify_measure("对参保商户给予培训和就业补贴。")


def test_registers_of_firms_put_first_and_business_done_online():
    assert "PRIORITY_LIST" in classify_measure("该区建立80户重点服务企业名录。")
    assert "ONLINE_SERVICE" in classify_measure("引导商户熟悉网络办事平台。")


def test_a_summary_names_resumption_as_its_aim_not_as_a_measure():
    assert classify_measure("园区多措并举,帮助企业有序复工复产。") == []
    assert classify_measure("某县出台多项举措推动商户有序复工。") == []
    # the measures the summary goes on to tell still count
    assert classify_measure("园区多措并举,为企业开辟绿色通道,帮助企业复工。") == ["FAST_TRACK_APPROVAL"]


def test_an_item_of_a_package_is_its_issuer_s_and_firms_encouraged_to_give_are_no_beneficiaries():
    text = (
        "近日,海曙区国资委出台了“暖商6条”:\n"
        "甲乙燃气有限公司将小微商户3月份用气价格下调一成;区属国有企业对承租户免收一个月租金。\n"
        "海曙区还引导丙丁置业有限公司为承租商户免收半个月租金。\n"
    )
    ms = extract_text(text, "t").measures
    assert ("海曙区", "UTILITY_COST_RELIEF") in {(m.region, c) for m in ms for c in m.categories}
    assert not any(m.beneficiaries for m in ms)


def test_supply_kept_on_for_users_in_arrears():
    assert "UTILITY_COST_RELIEF" in classify_measure("疫情期间供水单位对欠费用户暂不停水。")
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
    codes = classify_measure("街道要求辖区商户落实消毒、测温和佩戴口罩等措施,备足防疫物资。")
    assert "PPE_SUPPLY" not in codes and "STAGED_RESUMPTION" in codes
    assert classify_measure("指导商户做好员工体温检测和厂区消毒工作。") == ["STAGED_RESUMPTION"]
    # supplies obtained for firms stay supplies
    assert "PPE_SUPPLY" in classify_measure("街道为商户备足防疫物资。")


def test_help_buying_supplies_and_visits_to_firms():
    assert classify_measure("社区协助小店代购消毒液200瓶。") == ["PPE_SUPPLY"]
    # firms buying for themselves are neither procurement nor supply
    assert classify_measure("鼓励商户从境外采购口罩。") == []
    assert "PPE_SUPPLY" in classify_measure("镇里帮商户解决酒精、额温枪等物资难题,并督促商户落实防控措施。")
    assert "ENTERPRISE_LIAISON" in classify_measure("区级干部深入重点企业、在建工地,听取意见。")
    assert classify_measure("改革深入企业内部管理环节。") == []
    assert "ENTERPRISE_LIAISON" in classify_measure("乡镇干部包干到企,开展零距离服务。")
    assert "DIGITAL_EPIDEMIC_CONTROL" in classify_measure("园区对返岗员工实行一人一码管理。")


def test_a_numbered_item_s_opening_names_the_topic_of_its_paragraph():
    text = "海曙区关于支持小微企业的措施\n2.加大信贷支持。区财政局拓宽商户融资渠道。\n3.稳定就业。区财政局拓宽商户融资渠道。\n"
    found = [m for m in extract_text(text, "t").measures if m.text.startswith("区财政局")]
    assert len(found) == 1 and found[0].categories == ("PREFERENTIAL_CREDIT",)
    assert text.index(found[0].text) < text.index("3.")


def test_a_special_region_s_government_written_bare_acts_for_it():
    text = "香港特区政府公布新的援助方案。特区政府财政司司长表示,政府将为中小企业提供担保贷款。"
    assert ("香港", "GUARANTEE_SUPPORT") in pairs(text)
    assert all(e.name != "区政府" for e in extract_text(text, "t").entities)


def test_a_subsidy_in_its_own_clause_counts_beside_other_help():
    codes = classify_measure("外省员工隔离期满返岗的,按人头给予商户一次性补助,同时安排包车接回员工。")
    assert "EMPLOYMENT_SUBSIDY" in codes and "LABOR_SUPPLY" in codes
    # a clause that already says what the money is for adds nothing
    assert "PRODUCTION_SUBSIDY" not in classify_measure("对商户的房租给予补助,并发放口罩。")


def test_the_pressure_a_measure_eases_is_no_category():
    codes = classify_measure("镇里为小店提供贷款贴息,缓解小店资金周转压力。")
    assert codes == ["LOAN_INTEREST_SUBSIDY"]


def test_a_code_firms_are_told_to_check_is_their_duty():
    assert "DIGITAL_EPIDEMIC_CONTROL" not in classify_measure("检查组提醒商户做好顾客扫码登记。")
    assert classify_measure("工作人员指导外来员工申领“通行码”。") == ["DIGITAL_EPIDEMIC_CONTROL"]


def test_an_untyped_subsidy_pays_for_what_its_heading_names() -> None:
    text = "鄞州区助企措施\n减轻用电用水成本负担\n对区内门店给予50%的补贴,每家最高补贴20万元。\n其中,对新开门店再给予10%补贴,最高补贴5万元。\n"
    found = [set(m.categories) for m in extract_text(text, "t").measures if "补贴" in m.text]
    assert found and all(c == {"UTILITY_COST_RELIEF"} for c in found)
    # a subsidy another word types keeps its own kind
    assert classify_measure("对企业购置设备给予补贴。", context=frozenset({"UTILITY_COST_RELIEF"})) == ["PRODUCTION_SUBSIDY"]
