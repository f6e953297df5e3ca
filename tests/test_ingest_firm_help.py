"""Help given to one firm: weak cues, firms named again, transcript speakers, learned problems (invented text)."""

from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def support(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_a_firm_named_again_makes_a_weak_cue_count() -> None:
    text = (
        "在苏州工业园区的甲乙织造有限公司车间里,工人正在赶制订单。\n"
        "得知订单积压后,苏州工业园区管委会派出专人进驻公司,帮助公司协调解决困难。\n"
    )
    assert ("苏州工业园区", "甲乙织造有限公司") in support(text)
    assert ("苏州工业园区", "ENTERPRISE_LIAISON") in pairs(text)


def test_a_bare_firm_word_in_an_enumerated_item_is_firms_at_large() -> None:
    text = (
        "江宁区经信局走访了甲乙织造有限公司。\n"
        "会上提出要求:一是靠前服务。二是帮助企业做好复工准备,落实防控措施。\n"
    )
    assert support(text) <= {("江宁区", "甲乙织造有限公司")}


def test_a_transcript_speaker_with_a_colon_is_the_helped_firm() -> None:
    text = (
        "苏州工业园区全力推进企业复工复产。\n"
        "丙丁化工有限公司总经理王某:管委会帮我们办好了运输车辆的通行证,产品发得出去了。\n"
    )
    assert ("苏州工业园区", "丙丁化工有限公司") in support(text)
    assert ("苏州工业园区", "LOGISTICS_SUPPORT") in pairs(text)


def test_a_party_committee_is_no_firm() -> None:
    rec = extract_text("苏州工业园区党委、管委会第一时间派出专人进驻企业。\n", "t")
    assert not [e for e in rec.entities if e.type == "Enterprise"]


def test_a_declared_two_character_short_name_is_found_again() -> None:
    text = "甲乙新材料股份有限公司(以下简称“甲乙”)原料告急。\n作为重点企业,甲乙已纳入江苏省第一批“白名单”。\n"
    assert any("甲乙新材料股份有限公司" in m.beneficiaries for m in extract_text(text, "t").measures)


def test_problems_learned_of_say_nothing_of_what_was_done() -> None:
    codes = classify_measure("区商务局主动对接某某公司,了解企业存在的防疫物资、原材料等问题,逐项协调。", True)
    assert codes == ["ENTERPRISE_LIAISON"]


def test_cue_families_of_help() -> None:
    assert "ENTERPRISE_LIAISON" in classify_measure("县里安排干部对重点企业挂包服务。")
    assert "SPECIAL_FUND" in classify_measure("协助企业申报省级帮扶资金。")
    assert "PPE_SUPPLY" in classify_measure("街道为复产企业协调调配口罩2000只。")
    assert "PPE_SUPPLY" not in classify_measure("为口罩生产企业提供技改补贴。")
    assert "LOAN_INTEREST_SUBSIDY" in classify_measure("为中小企业提供贷款贴息。")
    assert "PREFERENTIAL_CREDIT" not in classify_measure("为中小企业提供贷款贴息。")
    assert "STAGED_RESUMPTION" in classify_measure("工作组指导企业做好疫情防控工作。")


def test_figures_and_remarks_give_no_category() -> None:
    assert classify_measure("全区已有开复工职工2.1万人。") == []
    assert classify_measure("春节期间,打通原料供应链刻不容缓。") == []
    assert classify_measure("这笔授信是全县迄今最大的一笔纾困贷款。") == []
    assert classify_measure("对已复工的企业开展核酸检测。") == []
    assert "SPECIAL_FUND" not in classify_measure("经银企对接,12家企业拿到扶持资金3000万元。")


def test_a_quote_before_the_time_and_the_firm_that_spoke_is_the_firms() -> None:
    text = (
        "苏州工业园区全力推进企业复工复产。\n"
        "“园区管委会帮我们协调了运输车辆,货物终于运出去了。”3月17日,甲乙精工有限公司负责人表示。\n"
    )
    assert ("苏州工业园区", "甲乙精工有限公司") in support(text)


def test_corner_bracket_quotes_are_quotes() -> None:
    text = (
        "苏州工业园区全力推进企业复工复产。\n"
        "「园区管委会帮我们协调了运输车辆,货物终于运出去了。」甲乙精工有限公司负责人表示。\n"
    )
    assert ("苏州工业园区", "甲乙精工有限公司") in support(text)


def test_a_bare_zone_word_before_the_zones_full_name_is_that_zone() -> None:
    text = (
        "3月2日,高新区领导一行走访了甲乙电子有限公司、丙丁汽车有限公司。\n"
        "两家企业表示,将为苏州高新区发展出力。\n"
    )
    assert {("苏州高新区", "甲乙电子有限公司"), ("苏州高新区", "丙丁汽车有限公司")} <= support(text)


def test_an_officials_name_stands_for_their_body_on_a_visit() -> None:
    text = (
        "3月2日,江宁区委书记张某某到园区检查企业复工复产工作。\n"
        "张某某一行先后来到甲乙精工有限公司,察看生产线运行。\n"
        "张某某叮嘱有关部门要做好跟踪服务,帮助企业招工。\n"
    )
    rec = extract_text(text, "t")
    assert ("江宁区", "甲乙精工有限公司") in support(text)
    assert not [m for m in rec.measures if "叮嘱" in m.text]


def test_needs_learned_on_a_visit_give_no_category() -> None:
    assert "LABOR_SUPPLY" not in classify_measure("随后询问了企业订单、用工需求等情况。")


def test_firm_names_after_a_verb_a_department_title_and_a_group() -> None:
    text = (
        "苏州工业园区聘请甲乙安保有限公司驻厂指导。\n"
        "丙丁集团人事部总监王某说,园区帮我们解决了用工难题。\n"
        "江苏丙丁集团加紧生产,丙丁集团公司订单饱满。\n"
    )
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert "甲乙安保有限公司" in names and "聘请甲乙安保有限公司" not in names
    assert "江苏丙丁集团" in names and "丙丁集团公司" not in names


def test_a_report_in_the_first_person_of_a_bureau() -> None:
    text = (
        "3月5日,我局收到甲乙电子有限公司的求援信。我局随即帮他们调度到5000只口罩。\n"
        "福田区科创局还派专人上门检查企业防疫措施,设立企业联络员。\n"
    )
    rec = extract_text(text, "t")
    assert ("福田区", "甲乙电子有限公司") in support(text)
    assert {("福田区", "PPE_SUPPLY"), ("福田区", "STAGED_RESUMPTION"), ("福田区", "ENTERPRISE_LIAISON")} <= pairs(text)
    assert any(m.agency == "福田区科创局" for m in rec.measures)


def test_kinds_of_firms_and_verbs_are_no_names() -> None:
    text = "南宁帮扶台企稳步复产\n力求降低疫情对园区企业造成的冲击。台企南宁甲乙电子有限公司恢复生产。\n"
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert names == {"南宁甲乙电子有限公司"}


def test_a_firms_wish_is_no_measure() -> None:
    assert classify_measure("该厂厂长说,希望今后能简化货运手续,加快物流运输。") == []


def test_a_preposition_before_a_firm_is_no_part_of_its_name() -> None:
    text = "据甲乙食品有限公司总经理介绍,镇里及时与丙丁农商行某某支行沟通。\n"
    text += "首批返岗员工30人分属戊己染整有限公司和庚辛模具厂。\n"
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert {"甲乙食品有限公司", "戊己染整有限公司"} <= names and not any(n.startswith(("据", "时与", "人分属")) for n in names)


def test_a_visit_to_the_firm_named_before_is_liaison() -> None:
    assert "ENTERPRISE_LIAISON" in classify_measure("检查组一行走进了该公司包装车间。")


def test_a_brand_holding_he_in_a_list() -> None:
    for text, want in (
        ("苏州工业园区走访了丁和科技、甲乙电子和丙丁精工等企业,帮助解决用工难题。\n", {"丁和科技", "甲乙电子", "丙丁精工"}),
        ("苏州工业园区为戊和药业、甲乙电子等企业协调运输车辆。\n", {"戊和药业", "甲乙电子"}),
    ):
        rec = extract_text(text, "t")
        assert {e.name for e in rec.entities if e.type == "Enterprise"} == want
        assert {b for m in rec.measures for b in m.beneficiaries} == want


def test_a_charge_to_do_something_is_no_measure() -> None:
    assert classify_measure("要加快设备更新,加大技改投入力度。") == []


def test_research_subsidies_ordered_resumption_and_a_visitors_own_hygiene() -> None:
    assert "RD_FUNDING" in classify_measure("区科技局共计发放企业研发后补助500万元。")
    assert "STAGED_RESUMPTION" in classify_measure("区里有序推进重点企业复工。")
    assert "PPE_SUPPLY" not in classify_measure("检查组成员先使用消毒液洗手,再走进了该公司仓库。")
    assert "LABOR_SUPPLY" in classify_measure("帮助企业落实员工安置。")


def test_a_firm_an_official_takes_along_is_a_firm() -> None:
    text = "11月3日,镇经发办带领甲乙贸易前往人社所协调员工纠纷。\n"
    assert "甲乙贸易" in {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def test_a_list_of_sectors_before_hangye_qiye_names_no_firm() -> None:
    text = "区里对餐饮服务、快递配送、文化演出、商贸零售等行业企业的防疫开支给予补贴。\n"
    assert not [e for e in extract_text(text, "t").entities if e.type == "Enterprise"]


def test_a_column_label_in_brackets_is_no_measure() -> None:
    text = "【杭州“大走访”系列故事之三】\n上城区经信局干部走访丙丁机械有限公司,帮助企业解决用工难题。\n"
    assert ("杭州", "ENTERPRISE_LIAISON") not in pairs(text)
    assert ("上城区", "丙丁机械有限公司") in support(text)


def firms(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def test_visitors_before_a_visit_adverb_are_not_in_the_firm_name() -> None:
    text = "江宁区工作组先后到甲乙食品有限公司、丙丁机械有限公司走访调研。\n王某一行先到戊己电子公司了解复工情况。\n"
    names = firms(text)
    assert "甲乙食品有限公司" in names and "戊己电子公司" in names
    assert not any(n.startswith(("工作组", "组先后", "王某")) for n in names)


def test_a_recommended_firm_starts_after_the_verb() -> None:
    text = "江宁区经信局推荐甲乙公司参加对接会。\n"
    assert "甲乙公司" in firms(text)
    assert "推荐甲乙公司" not in firms(text)


def test_visitors_before_a_listed_firm_are_not_in_its_name() -> None:
    names = firms("调研组先后到甲乙食品、丙丁化工等企业实地查看生产情况。\n")
    assert "甲乙食品" in names
    assert not any("先后" in n for n in names)


def test_a_town_before_a_province_led_legal_name_is_not_in_it() -> None:
    names = firms("江宁区淳化街道山东甲乙生物工程有限公司投资建设新项目。\n")
    assert "山东甲乙生物工程有限公司" in names
    assert not any(n.startswith("淳化") or n.startswith("江宁") for n in names)
    record = extract_text("江宁区淳化街道山东甲乙生物工程有限公司投资建设新项目。\n", "t")
    assert ("山东甲乙生物工程有限公司", "淳化街道") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_a_transport_kind_before_company_names_no_firm() -> None:
    text = "江宁区经信局联系到一家有资质的运输公司,并选择有资质的交通运营公司,为甲乙织造有限公司解决了困难。\n"
    names = firms(text)
    assert "甲乙织造有限公司" in names
    assert not names & {"运输公司", "交通运营公司"}


def test_a_verb_and_its_aspect_before_company_name_no_firm() -> None:
    names = firms("甲乙织造有限公司按期交付订单,挽救了公司的市场信用。\n")
    assert "甲乙织造有限公司" in names
    assert not any(n.endswith("了公司") for n in names)


def test_help_to_a_counted_number_of_firms_goes_to_the_list_of_that_many() -> None:
    text = (
        "江宁区淳化街道安排包车,为街道3家企业接回返岗员工120人,助力企业复工复产。\n"
        "据了解,返岗员工分属甲乙织造有限公司、丙丁机械有限公司、戊己电子有限公司等3家企业。\n"
    )
    helped = {b for _, b in support(text)}
    assert {"甲乙织造有限公司", "丙丁机械有限公司", "戊己电子有限公司"} <= helped


def test_a_purpose_of_help_names_the_firm_just_reported() -> None:
    text = (
        "6月1日,在位于故城县的甲乙新材料有限公司,一条新生产线投产。"
        "“为了让企业尽快投产,县政府组建专班,并提供了2000万元的资金支持。”公司总经理张某说。"
    )
    assert ("故城县", "甲乙新材料有限公司") in support(text)
    assert support("为了让企业少跑腿,故城县政务服务中心推行一窗通办。") == set()


def test_a_reporter_visiting_a_firm_is_no_help_to_it() -> None:
    text = ("今年以来,宝鸡高新区坚决实施“一企一策”,帮助企业解决困难。"
            "近日,笔者走进甲乙重卡公司总装厂房,工人正在工作。")
    assert ("宝鸡高新区", "甲乙重卡公司") not in support(text)
    visit = "今年以来,宝鸡高新区坚决实施“一企一策”。近日,宝鸡高新区管委会走进甲乙重卡公司,帮助协调原料。"
    assert ("宝鸡高新区", "甲乙重卡公司") in support(visit)


def test_a_visit_list_after_a_bare_dao_opening_its_clause_names_the_firms() -> None:
    text = "日前,沙县区政协副主席张某某带领区统计局服务专班,到恒远纺织、达丰炉衬、鑫河源等企业走一走,听取诉求,研究解决办法。"
    assert support(text) == {("沙县区", "恒远纺织"), ("沙县区", "达丰炉衬"), ("沙县区", "鑫河源")}


def test_a_visit_written_shenru_dao_names_the_firms_it_reaches() -> None:
    text = "3月18日,清流县副县长张某某深入到恒远食品、达丰光热科技有限公司等企业建设现场,详细了解项目推进中存在的困难,并现场研究解决措施。"
    assert support(text) == {("清流县", "恒远食品"), ("清流县", "达丰光热科技有限公司")}


def test_a_firm_cutting_its_tenants_rent_is_the_landlord() -> None:
    text = ("嘉善县科技局发出倡议，呼吁业主减免租金。入区国有企业甲乙投资有限公司(简称“甲乙公司”)已行动起来，"
            "宣布对旗下各商业楼宇的入驻商户免收一个月房租和物业费。")
    assert not any(b == "甲乙投资有限公司" for _, b in support(text))
    # a firm said to receive the relief is still helped
    assert ("嘉善县", "丙丁科技有限公司") in support("嘉善县出台措施，为企业减免租金。丙丁科技有限公司获得减免租金3个月。")


def test_bodies_listed_by_level_after_a_preposition_are_no_actor() -> None:
    text = "浙江省长兴县政府出台政策。在市、县政府推出扶持政策后，长兴高新园区随即跟进，为企业减免租金。"
    assert pairs(text) == {("长兴高新园区", "RENT_RELIEF")}


def test_a_parks_group_named_after_it_acts_for_it() -> None:
    assert pairs("长兴高新园区内有数百家企业。长兴高新集团为企业减免租金。") == {("长兴高新园区", "RENT_RELIEF")}


def test_a_central_firm_based_in_a_city_opens_its_own_sentence() -> None:
    text = "嘉兴高新区出台措施。\n在沪央企总部甲乙电气集团负责为电网工程供应成套设备，为保证交付，企业希望尽早复产。"
    assert pairs(text) == set()
    # at a firm's premises, the help told after is the place's
    assert pairs("嘉兴高新区出台措施。\n在甲乙电气集团，园区为企业提供供应链对接服务。") == {("嘉兴高新区", "SUPPLY_CHAIN")}


def test_an_officer_named_by_their_own_name_speaks_for_their_firm() -> None:
    text = ("嘉兴高新区出台措施。\n甲乙机械有限公司的工人正在生产。“我们开始生产。”该公司总经理张大海说。丙丁纺织有限公司也已复工。\n"
            "“嘉兴高新区派出联络员上门对接，指导我们做好融资准备。”张大海说。")
    assert support(text) == {("嘉兴高新区", "甲乙机械有限公司")}


def test_an_official_going_round_named_firms_is_liaison_with_them() -> None:
    text = (
        "3月2日,宁阳县委副书记、县长赵某到开发区调研复工。\n"
        "赵某先后到甲乙电工、丙丁金属、戊己铝业看望慰问一线员工,了解企业生产需求等情况。\n"
    )
    assert {("宁阳县", f) for f in ("甲乙电工", "丙丁金属", "戊己铝业")} <= support(text)
    assert "ENTERPRISE_LIAISON" in classify_measure("检查组分别到某某电工、某某金属看望员工。")
    assert "ENTERPRISE_LIAISON" not in classify_measure("货车先后到达物流园区。")


def test_firms_taking_part_in_a_meeting_a_body_held_are_served_by_it() -> None:
    text = (
        "3月5日,荆门市经信局举行银企对接会,各银行和20家重点企业参加。"
        "会上,甲乙特车、丙丁建材等20家参会企业介绍了需求,工行、农行等银行进行了回应。\n"
    )
    assert {("荆门", "甲乙特车"), ("荆门", "丙丁建材")} <= support(text)
    assert support("荆门市经信局举行银企对接会。甲乙特车、丙丁建材等企业代表参加了会议。\n") == {("荆门", "甲乙特车"), ("荆门", "丙丁建材")}
    assert support("荆门市经信局举行银企对接会。甲乙特车、丙丁建材等企业负责人表示,订单已恢复。\n") == set()


def test_firms_gaining_from_the_measure_before_are_its_beneficiaries() -> None:
    credit = "宁波高新区推出10亿元制造业专项贷款。"
    assert support(credit + "甲乙电子、丙丁机械等10家制造业企业从中受益。\n") == {("宁波高新区", "甲乙电子"), ("宁波高新区", "丙丁机械")}
    assert support(credit + "甲乙电子受益于行业复苏,订单增长。\n") == set()


def test_a_trade_word_ending_a_listed_firms_name_names_no_kind_of_firm() -> None:
    text = "瑞昌市南阳乡协调复产准备,该乡服务的甲乙制造、丙丁照明等园区企业已陆续复工。\n"
    assert support(text) == {("南阳乡", "甲乙制造"), ("南阳乡", "丙丁照明")}
    assert support("瑞昌市南阳乡为制造口罩、防护服等企业协调原料,帮助企业解决用工难题。\n") == set()


def test_an_officials_formal_visit_to_a_firm_is_liaison_with_it() -> None:
    text = "鄞州区副区长王某一行莅临甲乙科技有限公司,了解复产情况。\n"
    assert support(text) == {("鄞州区", "甲乙科技有限公司")}
    assert ("鄞州区", "ENTERPRISE_LIAISON") in pairs(text)


def test_a_banks_loans_right_after_a_bodys_credit_measure_serve_the_firms_it_names() -> None:
    meeting = "近年来,三元区推进政银企对接。9月份,举办银企专场对接会,推介绿色信贷产品。"
    text = meeting + "三明邮储银行为甲乙化工有限公司、丙丁建工有限公司授信、授牌,预授信金额1850万元。\n"
    assert support(text) == {("三元区", "甲乙化工有限公司"), ("三元区", "丙丁建工有限公司")}
    assert support("三元区举办招聘会。三明农商银行为甲乙化工有限公司发放贷款3000万元。\n") == set()
    # (also a big bank by its short name, after a time opener)
    assert support(meeting + "今年来,三元工行已为戊己机械授信2000万元。\n") == {("三元区", "戊己机械")}


def test_firms_taking_part_named_in_a_later_clause_are_served_by_the_visit() -> None:
    text = "鄞州区副区长王某一行莅临甲乙科技有限公司,了解复产情况。甲乙科技总经理李某等热情接待,园区丙丁光电、戊己磁性等企业代表出席了交流座谈。\n"
    assert {("鄞州区", "丙丁光电"), ("鄞州区", "戊己磁性")} <= support(text)
    assert ("鄞州区", "丙丁光电") not in support("鄞州区副区长王某一行莅临甲乙科技有限公司。李某热情接待,丙丁光电、戊己磁性等企业订单饱满。\n")


def test_firms_named_with_another_kind_are_firms_at_large_not_the_ones_reported() -> None:
    lead = "澳门特区政府召开记者会,甲乙供电有限公司的经理王某出席。"
    assert support(lead + "特区政府为企业及商户补贴水电费,预计共补贴1800万元。\n") == set()
    assert support(lead + "特区政府为企业补贴水电费,预计共补贴1800万元。\n") == {("澳门", "甲乙供电有限公司")}


_NEEDS_REPORT = "巫山县多措并举助企复产\n巫山县全力助企复产。疫情发生后,甲乙纺织有限公司加班生产。"


def test_a_department_named_by_its_field_helps_the_firm_whose_needs_a_bare_noun_tells() -> None:
    text = _NEEDS_REPORT + "企业一时难以采购到原料,经信部门马上协调原料供应。"
    assert ("巫山县", "甲乙纺织有限公司") in support(text)
    assert ("巫山县", "SUPPLY_CHAIN") in pairs(text)


def test_firms_at_large_facing_trouble_are_not_the_firm_just_reported() -> None:
    text = _NEEDS_REPORT + "企业普遍面临用工难题,经信部门马上组织招聘。"
    assert ("巫山县", "LABOR_SUPPLY") in pairs(text)
    assert not support(text)


def test_a_body_the_actor_gets_in_touch_with_is_no_actor_of_its_own() -> None:
    # the other county's bureau is a partner: the help is the county's in scope
    text = _NEEDS_REPORT + "不过,企业一时难以采购到原料,经信部门马上与湖州市长兴县经信局取得联系,协调那边的原料厂商开工。"
    assert ("巫山县", "甲乙纺织有限公司") in support(text)
    assert not any(m.region == "长兴县" for m in extract_text(text, "t").measures)


def test_a_firm_just_reported_is_the_one_a_visit_or_a_solved_problem_names_by_a_bare_noun() -> None:
    text = (
        "受疫情影响,丙丁食品科技有限公司的原料滞留港口,企业资金愈加紧张。"
        "5月3日,青田县副县长一行走访企业,现场办公,协调银行发放信用贷款300万元,解决了企业的资金缺口。\n"
    )
    assert ("青田县", "丙丁食品科技有限公司") in support(text)
    at_large = "青田县副县长一行走访企业30家,了解企业困难。\n"
    assert support(at_large) == set()


def test_firms_speaking_at_the_meeting_after_a_visit_are_served_by_it() -> None:
    visit = "4月3日,常州市武进区经发局走访调研了甲乙精工有限公司,了解复工情况。"
    text = visit + "在随后的座谈会上,丙丁家具、戊己塑胶等12家企业负责人,围绕用工、物流等问题进行交流。\n"
    assert {("武进区", f) for f in ("甲乙精工有限公司", "丙丁家具", "戊己塑胶")} <= support(text)
    assert ("武进区", "丙丁家具") not in support(visit + "丙丁家具、戊己塑胶等企业负责人表示,订单已恢复。\n")


def test_firms_a_sentence_opens_with_as_those_helped_are_the_measures_beneficiaries() -> None:
    grant = "绍兴市柯桥区经信局今年核定五家企业进行厂房改造,共补助300万元改造经费。"
    listed = "补助的五家公司,包括华舟纺织有限公司、明垣机械有限公司等公司,均符合政策要求。\n"
    assert support(grant + listed) == {("柯桥区", "华舟纺织有限公司"), ("柯桥区", "明垣机械有限公司")}
    assert ("柯桥区", "明垣机械有限公司") in support(grant + "受益企业包括华舟纺织有限公司、明垣机械有限公司。\n")
    # a help verb inside a longer phrase is no description of the firms helped
    assert support(grant + "提供支持的公司,包括华舟纺织有限公司、明垣机械有限公司。\n") == set()


def test_the_firms_helped_listed_with_their_parks_after_the_measure() -> None:
    text = (
        "绍兴市柯桥区经信局今年核定四家企业进行厂房改造,共补助300万元改造经费。"
        "企业也投入1200万元整修厂房。"
        "补助的四家公司,包括城东园区的华舟纺织、城西园区的明垣机械及丰泰电子,以及城南园区的宏川印染等公司。\n"
    )
    assert support(text) == {("柯桥区", f) for f in ("华舟纺织", "明垣机械", "丰泰电子", "宏川印染")}
    # the firms' own spending is no measure
    assert [m.categories for m in extract_text(text, "t").measures] == [("PRODUCTION_SUBSIDY",)]
    assert classify_measure("企业也投入技改资金,区里给予补助50万元。") == ["PRODUCTION_SUBSIDY"]


def test_a_body_getting_in_touch_with_a_bank_for_the_firm_before_arranges_its_credit() -> None:
    text = (
        "芜湖经开区全力服务企业。\n"
        "安徽甲乙新材料有限公司急需800万元扩大生产,经开区企业服务部得知后,立即联系工行经开区支行负责同志,一周内满足了企业需求。\n"
    )
    assert support(text) == {("芜湖经开区", "安徽甲乙新材料有限公司")}
    assert ("芜湖经开区", "PREFERENTIAL_CREDIT") in pairs(text)
    assert "PREFERENTIAL_CREDIT" in classify_measure("某区金融办联系农行某某支行为企业办理续贷。")


def test_a_shortage_arising_is_trouble_told_unless_something_is_handed_out() -> None:
    assert classify_measure("由于生产原料耗用加快,企业周转资金出现短缺,生产面临停滞。") == []
    assert "PPE_SUPPLY" in classify_measure("了解到多家企业防疫用品告急,街道随即为企业调配了口罩。")


def test_a_firm_whose_trouble_a_body_learns_of_is_helped() -> None:
    text = "坐落在泸州的青禾酒店有限公司生意清淡，老板请有关部门帮忙。江阳区相关部门了解企业难处后，协调减免6个月房租。"
    found = [(m.region, m.beneficiaries) for m in extract_text(text, "t").measures]
    assert ("江阳区", ("青禾酒店有限公司",)) in found


def test_firms_an_outcome_sentence_says_received_the_help_are_the_measures_beneficiaries() -> None:
    listing = "柘城县向上级推荐防疫重点企业,协助企业申请贴息贷款。"
    outcome = "目前,已有甲乙科技、丙丁材料等3家企业获得600万元防疫保障资金。\n"
    assert support(listing + outcome) == {("柘城县", "甲乙科技"), ("柘城县", "丙丁材料")}
    # (an outcome that is a measure of its own stays one)
    funded = extract_text(listing + "目前,已有甲乙科技、丙丁材料等3家企业获得600万元扶持资金。\n", "t").measures
    assert [m.amount_cny for m in funded] == [None, 6000000] and all(m.beneficiaries == ("甲乙科技", "丙丁材料") for m in funded)
    # (a state the firms reached is no help received)
    assert support(listing + "目前,已有甲乙科技、丙丁材料等企业获得大批订单。\n") == set()


def test_a_zones_own_officials_written_with_its_de_act_for_the_zone() -> None:
    text = (
        "祁东县召开复工调度会。甲乙食品公司获准开工,员工却回不了厂区。\n"
        "祁东高新区的“包联干部”王某,一边派车接员工回厂,一边帮企业买到口罩。\n"
    )
    assert support(text) == {("祁东高新区", "甲乙食品公司")}
    assert support("祁东县召开复工调度会。祁东高新区的企业派车接员工回厂。\n") == set()


def test_a_bare_firm_word_after_a_sentence_on_firms_at_large_is_no_anaphor() -> None:
    visit = "铜梁区经信局走访了甲乙科技有限公司,帮助其协调原料运输。\n"
    generic = "通过电话、微信收集需求,帮助企业解决用工、原料供应等难题。\n"
    for turn in ("自疫情发生以来,铜梁区经信局推动全区企业复工复产。", "自疫情发生以来,铜梁区经信局推动铜梁区企业复工复产。"):
        assert support(visit + turn + generic) == {("铜梁区", "甲乙科技有限公司")}
        assert len([m for m in extract_text(visit + turn + generic, "t").measures if m.beneficiaries]) == 1
    # (a policy's title alone does not turn the story away from the firm)
    cited = "铜梁区经信局宣讲《关于支持企业复工的若干措施》。"
    assert len([m for m in extract_text(visit + cited + generic, "t").measures if m.beneficiaries]) == 2


def test_an_outlets_byline_before_a_firms_quotation_leaves_the_quotation_its_speaker() -> None:
    text = (
        "夷陵区推行包联服务。\n"
        "三峡在线 “在包联干部协调下,公司资金周转难题得到解决。” 4月2日,甲乙茶业有限公司总经理王某介绍,订单已排满。\n"
    )
    assert ("夷陵区", "甲乙茶业有限公司") in support(text)


def test_a_bodys_act_right_after_the_reported_firms_trouble_answers_it() -> None:
    firm = "甲乙纸业有限公司是远安县的龙头企业。"
    assert ("远安县", "甲乙纸业有限公司") in support(firm + "受疫情影响,该企业原料告急。远安县商务局第一时间协调运输车辆,保障原料进厂。\n")
    # (learning of it after the subject, in a paragraph of its own)
    assert ("远安县", "甲乙纸业有限公司") in support(firm + "受疫情影响,企业原料告急。\n县商务局了解情况后,第一时间协调运输车辆,保障原料进厂。\n")
    # (the trouble of firms at large is no firm's)
    assert support(firm + "受疫情影响,全县企业普遍原料紧张。远安县商务局协调运输车辆,保障原料进厂。\n") == set()


def test_firms_inside_an_opening_clause_of_aim_are_what_the_help_is_for() -> None:
    text = (
        "市商务局多次赴企业调研。为保障甲乙纸业、丙丁禽业、戊己雅诺3户企业原料进厂,先后为企业开具通行证明。\n"
        "来源:图们市人民政府\n"
    )
    assert support(text) == {("图们市", "甲乙纸业"), ("图们市", "丙丁禽业"), ("图们市", "戊己雅诺")}


def test_help_right_after_a_named_firms_need_was_learned_of_is_that_firms() -> None:
    text = (
        "潢川县商务局帮扶干部在走访中得知,甲乙制衣有限公司急需的辅料滞留在外地。"
        "县疫情防控指挥部随即协调运输,将辅料送达企业。\n"
    )
    assert ("潢川县", "甲乙制衣有限公司") in support(text)


def test_firms_opening_the_next_sentence_with_their_share_of_the_measure_are_its_beneficiaries() -> None:
    refund = "远安县发放稳岗返还资金300万元。"
    assert support(refund + "其中,甲乙纸业有限公司获得50万元,丙丁化工有限公司获得30万元。\n") == {
        ("远安县", "甲乙纸业有限公司"), ("远安县", "丙丁化工有限公司")}
    # (an order won is no share of it)
    assert support(refund + "甲乙纸业有限公司获得大批订单。\n") == set()


def test_support_given_to_one_named_firm_makes_a_weak_cue_count() -> None:
    text = "芜湖经开区对承担口罩生产任务的甲乙纺织公司,全力予以支持复工。"
    assert ("芜湖经开区", "甲乙纺织公司") in support(text)
    assert ("芜湖经开区", "STAGED_RESUMPTION") in pairs(text)


BRAND = ("新冠疫情重创台湾中小企业,屏东知名糕饼品牌甲乙酥也受波及,营收一下少了四成。透过经济部纾困贷款方案的协助,营收才慢慢回升。\n"
         "甲乙酥成立于2001年,目前有3家门市。\n")


def test_a_brand_the_text_goes_on_about_as_a_firm_is_an_enterprise() -> None:
    record = extract_text(BRAND, "t")
    assert ("甲乙酥", "Enterprise") in {(e.name, e.type) for e in record.entities}
    # a place before the description of the brand is its home
    assert {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"} == {("甲乙酥", "屏东")}
    # ...and a brand no firm's words follow is no firm
    assert not any(e.type == "Enterprise" for e in extract_text("屏东县政府推出新品牌甲乙酥,深受游客欢迎。", "t").entities)


def test_help_framed_right_after_a_firms_trouble_is_help_to_that_firm() -> None:
    assert ("台湾", "甲乙酥") in support(BRAND)


def test_a_photo_caption_of_the_body_at_a_named_firm_names_a_firm_the_measure_above_served() -> None:
    text = ("江宁区商务局多举措帮扶商户复工\n\n一是上门指导复工准备。江宁区商务局组织干部到辖区商场、超市上门开展复工指导。\n\n"
            "区商务局到甲乙超市发放防疫指南\n\n区商务局到丙丁商场检查复工准备\n\n二是赠送防疫物资。江宁区商务局为辖区商户免费发放口罩2000个。\n")
    record = extract_text(text, "t")
    served = {b for m in record.measures if "STAGED_RESUMPTION" in m.categories for b in m.beneficiaries}
    assert served == {"甲乙超市", "丙丁商场"}
    assert not any(m.beneficiaries for m in record.measures if "PPE_SUPPLY" in m.categories)
