"""Measures: actors, focus, categories, amounts and beneficiaries on short texts."""

from ingest.categories import classify
from ingest.pipeline import extract_text


def measures(text: str):
    return extract_text(text, "t").measures


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in measures(text) for c in m.categories}


def test_categories_from_cues() -> None:
    assert classify("对受影响企业减免3个月房租") == ["RENT_RELIEF"]
    assert "LOAN_INTEREST_SUBSIDY" in classify("给予贷款贴息支持")
    assert "GUARANTEE_SUPPORT" not in classify("对创业担保贷款给予支持")
    assert classify("今天天气很好") == []


def test_subject_region_and_amounts() -> None:
    ms = measures("杭州高新区安排5亿元专项资金，对技术改造项目每项最高补助300万元。")
    assert ms and ms[0].region == "杭州高新区"
    assert ms[0].amount_cny == 500_000_000 and ms[0].cap_cny == 3_000_000
    assert "SPECIAL_FUND" in ms[0].categories


def test_business_figures_are_not_amounts() -> None:
    ms = measures("苏州工业园区管委会协调物流运输，帮助甲乙精密机械有限公司保住价值3亿元订单。")
    assert ms and all(m.amount_cny is None for m in ms)
    ms = measures("苏州工业园区为产值超10亿元的企业安排2000万元专项资金。")
    assert ms and ms[0].amount_cny == 20_000_000


def test_agency_gives_its_place() -> None:
    ms = measures("河南省工信厅向重点企业派驻服务员，帮助解决用工难题。")
    assert ms[0].region == "河南" and ms[0].agency == "河南省工信厅"


def test_coordinated_subjects() -> None:
    assert {("广东", "PPE_SUPPLY"), ("上海", "PPE_SUPPLY")} <= pairs("广东、上海等地开通专门渠道，保障防疫物资到位。")


def test_focus_carries_to_the_next_sentence_and_stops_at_headings() -> None:
    text = "一、政策\n宁波市出台措施。同时对企业减免房租。\n二、企业\n企业积极复工，减免员工房租。"
    got = pairs(text)
    assert ("宁波", "RENT_RELIEF") in got
    assert len([m for m in measures(text) if "RENT_RELIEF" in m.categories]) == 1


def test_enterprise_actions_are_not_measures() -> None:
    assert measures("武汉东湖高新区甲乙生物捐赠口罩五万只。") == ()


def test_government_acting_on_firms() -> None:
    ms = measures("昆明高新区甲乙生物、丙丁药业等企业入选昆明市重点企业名单。")
    assert [(m.region, m.beneficiaries) for m in ms] == [("昆明", ("甲乙生物", "丙丁药业"))]
    assert ms[0].categories == ("PRIORITY_LIST",)


def test_beneficiaries_of_a_measure() -> None:
    ms = measures("河南省防控疫情指挥部物资保障组已为甲乙卫材、丙丁医疗等企业协调解决紧缺原材料。")
    assert ms[0].beneficiaries == ("甲乙卫材", "丙丁医疗")


def test_table_rows_with_marks() -> None:
    text = "省份\t地区\t延期缴纳税款\t减免房租\n甲省\t\t√\t\n浙江\t\t√\t√\n\t宁波\t\t√\n"
    got = pairs(text)
    assert {("浙江", "TAX_DEFERRAL"), ("浙江", "RENT_RELIEF"), ("宁波", "RENT_RELIEF")} <= got
    assert ("宁波", "TAX_DEFERRAL") not in got


NOTICE = """關於印發《某市支持小微企業渡過難關的措施》的通知

一、減輕負擔
（一）對承租國有經營用房的小微企業，免收2月份租金。
（二）設立2億元應急轉貸資金，為企業提供過橋資金支持。
（三）對受疫情影響較大的企業給予貸款貼息，每家企業最高100萬元。

南京市工業和信息化局
2020年2月10日
"""


def test_formal_notice_clauses_belong_to_the_issuer() -> None:
    ms = measures(NOTICE)
    assert {m.agency for m in ms} == {"南京市工业和信息化局"}
    assert {m.region for m in ms} == {"南京"}
    got = {c for m in ms for c in m.categories}
    assert {"RENT_RELIEF", "BRIDGE_FUND", "LOAN_INTEREST_SUBSIDY"} <= got
    assert any(m.amount_cny == 200_000_000 for m in ms) and any(m.cap_cny == 1_000_000 for m in ms)
    for m in ms:
        assert m.span is not None and NOTICE[m.span[0] : m.span[1]].strip() == m.text


def test_beneficiary_named_by_anaphora() -> None:
    text = "甲乙科技有限公司位于杭州高新区。杭州高新区为该企业减免3个月房租。"
    helped = [m for m in measures(text) if m.beneficiaries]
    assert helped and helped[0].beneficiaries == ("甲乙科技有限公司",)


def test_anaphora_stops_at_a_heading() -> None:
    text = "一、概况\n甲乙科技有限公司已复工。\n二、措施\n杭州高新区为该企业减免3个月房租。"
    ms = measures(text)
    assert ms and all(m.beneficiaries == () for m in ms)


def test_spokesperson_firm_is_the_beneficiary_of_we() -> None:
    text = "丙丁饮品有限公司生产经理说:“杭州高新区管委会为我们减免了3个月房租。”"
    assert any(m.beneficiaries == ("丙丁饮品有限公司",) for m in measures(text))


def test_firms_giving_the_help_are_not_beneficiaries() -> None:
    ms = measures("杭州高新区在甲乙物流有限公司的支持下,为丙丁科技有限公司减免3个月房租。")
    assert ms and all("甲乙物流有限公司" not in m.beneficiaries for m in ms)
    assert any("丙丁科技有限公司" in m.beneficiaries for m in ms)


def test_credit_union_lending_is_no_beneficiary() -> None:
    ms = measures("桐庐县职能部门主动上门,通过政银企对接,甲乙新能源有限公司获得丙丁县农村信用合作联社1000万元信贷资金。")
    assert ms and all(m.beneficiaries == ("甲乙新能源有限公司",) for m in ms)


def test_cue_words_inside_firm_names_give_no_category() -> None:
    ms = measures("嘉兴经开区管委会协调派出工作人员,为甲乙天然气、丙丁电力等重点企业员工进行核酸检测。")
    assert all("UTILITY_COST_RELIEF" not in m.categories for m in ms)
    ms = measures("嘉兴经开区管委会为甲乙天然气有限公司办理货车通行证。")
    assert any("LOGISTICS_SUPPORT" in m.categories and m.beneficiaries == ("甲乙天然气有限公司",) for m in ms)


def test_reported_rates_are_not_measures() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("全区规上工业企业复工率达90%。") == []
    assert classify_measure("对企业减免房租,复工率达到95%。") == ["RENT_RELIEF"]


def test_ranges_and_rates_are_no_totals() -> None:
    """A range caps at its upper end; a rate per unit is neither a total nor a cap unless bounded."""
    (m,) = measures("宁波市安排100万至500万元用于企业技术改造。")
    assert (m.amount_cny, m.cap_cny) == (None, 5_000_000)
    for text in ("宁波市设立专项资金，按每吨50万元标准补助企业。", "宁波市设立专项资金，补助标准为2万元/户。", "宁波市对企业发放稳岗补贴，每户补贴2万元。"):
        assert [(m.amount_cny, m.cap_cny) for m in measures(text)] == [(None, None)]
    (m,) = measures("宁波市安排3亿元专项资金，每家企业最高补助50万元。")
    assert (m.amount_cny, m.cap_cny) == (300_000_000, 500_000)


def test_heading_place_scopes_its_section() -> None:
    """The place of a heading stays the actor of its section; a numbered heading naming nothing closes it."""
    text = "助企纾困综述\n一、绍兴高新区多措并举\n政府推出房租减半政策。\n全区为企业开辟审批绿色通道。\n二、其他\n对企业减免房租。\n三、嘉兴经开区\n园区对企业减免房租。"
    ms = measures(text)
    assert {(m.region, c) for m in ms for c in m.categories} == {("绍兴高新区", "RENT_RELIEF"), ("绍兴高新区", "FAST_TRACK_APPROVAL"), ("嘉兴经开区", "RENT_RELIEF")}
    assert len(ms) == 3


def test_title_place_is_the_actor_of_a_news_report() -> None:
    text = "宁波市多措并举助企复工复产\n来源：某某日报\n我们为企业减免3个月房租。\n对重点企业开辟审批绿色通道。"
    assert {("宁波", "RENT_RELIEF"), ("宁波", "FAST_TRACK_APPROVAL")} <= pairs(text)


def test_zone_word_stands_for_the_zone_last_named() -> None:
    text = "记者近日走访了嘉兴经开区。据介绍，为缓解员工通勤压力，经开区为企业协调大巴接送员工返岗。"
    assert ("嘉兴经开区", "LABOR_SUPPLY") in pairs(text)


def test_bodies_written_without_a_place_give_the_home_place() -> None:
    """A city's own notice writes 市财政局, 市商务局…: its clauses are that city's, not the province's of its title."""
    text = (
        "浙江省各地助企政策选编\n"
        "宁波市出台措施如下。\n"
        "对小微企业减免3个月房租。（责任单位：市财政局、市商务局、市国资委）\n"
        "对重点企业给予贷款贴息。（责任单位：市财政局、市金融办）\n"
    )
    got = pairs(text)
    assert ("宁波", "LOAN_INTEREST_SUBSIDY") in got and ("浙江", "LOAN_INTEREST_SUBSIDY") not in got


def test_addressed_bodies_act_for_the_issuer() -> None:
    text = "各区人民政府、各开发区管委会要优化复工备案流程，分批有序推动企业复工。\n\n南京市人民政府办公厅\n2020年2月10日\n"
    assert {m.region for m in measures(text)} == {"南京"}


def test_a_notice_reported_under_a_headline_is_its_issuers() -> None:
    text = (
        "南宁高新区出台暖企措施，减免租金为企业减负\n3月1日，科技部火炬中心印发《关于为科技企业提供便利化服务的通知》，"
        "内容中提到，各国家高新区要对停产停工的科技企业及时掌握企业情况，必要时提供低息免息贷款服务等。\n"
        "南宁高新区管委会决定为企业减免租金。\n"
    )
    ms = measures(text)
    assert {m.region for m in ms if "PREFERENTIAL_CREDIT" in m.categories} == {"中国"}
    assert {m.region for m in ms if "RENT_RELIEF" in m.categories} == {"南宁高新区"}


def test_the_body_named_again_by_gai_ju() -> None:
    text = "记者从浙江省药品监督管理局获悉，近期，该局为乙丙医疗器械有限公司开辟审批绿色通道。"
    ms = measures(text)
    assert [(m.region, m.agency, m.beneficiaries) for m in ms] == [("浙江", "浙江省药品监督管理局", ("乙丙医疗器械有限公司",))]


def test_troubles_statistics_and_firm_actions_are_not_measures() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("不少企业在原材料运输方面遇到了困难。") == []
    assert classify_measure("全区已复工企业312家。") == []
    assert classify_measure("员工上下班由企业派车统一接送。") == []
    assert classify_measure("针对企业面临的用工、物流等困难，某市推出专项措施。") == []
    # problems a firm reports, and what it is unable to secure, with nobody acting on them
    assert classify_measure("近日，某某电子反映供电容量不够、缺少工人等问题，难以保障扩产需求。") == []
    assert "LABOR_SUPPLY" in classify_measure("针对企业反映的招工难问题，园区组织专场招聘会。")


def test_weak_cue_counts_for_a_named_firm_helped() -> None:
    text = "一、温州经开区\n帮助丙丁食品解决了原料运输问题。"
    ms = measures(text.replace("丙丁食品", "丙丁食品有限公司"))
    assert ms and "LOGISTICS_SUPPORT" in ms[0].categories and ms[0].beneficiaries == ("丙丁食品有限公司",)


def test_anaphora_does_not_cross_to_another_actor() -> None:
    """企业 after a word of help is the firm reported before only while the same place acts."""
    text = "在浙江宁波，市场监管局为甲乙医疗科技有限公司开辟审批绿色通道。安徽抽调干部驻厂，帮助企业解决困难。"
    ms = measures(text)
    assert any(m.beneficiaries == ("甲乙医疗科技有限公司",) for m in ms)
    assert all(not m.beneficiaries for m in ms if m.region == "安徽")


def test_gai_qiye_names_the_firm_reported_before() -> None:
    text = "位于宁波市江北区的甲乙防护用品有限公司已停产。江北区人民法院协调该企业债权人，为其开辟审批绿色通道。"
    assert any(m.beneficiaries == ("甲乙防护用品有限公司",) for m in measures(text))


def test_table_rows_read_out_in_the_summary() -> None:
    """The evidence of a row stays its exact text; the summary names the place and the columns it marks."""
    text = "省份\t地区\t延期缴纳税款\t减免房租\n浙江\t\t√\t√\n\t宁波\t\t√\n"
    ms = {m.region: m for m in measures(text)}
    assert ms["浙江"].summary == "浙江: 延期缴纳税款、减免房租" and ms["宁波"].summary == "宁波: 减免房租"
    for m in ms.values():
        assert m.span is not None and text[m.span[0] : m.span[1]].strip() == m.text
    assert all(m.summary is None for m in measures("宁波市对企业减免3个月房租。"))


def test_places_coordinated_with_an_object_are_objects() -> None:
    """在宁波市、浙江省范围内筛选…: both places are the scope of the search, neither acts."""
    text = "一、嘉兴经开区\n该平台在宁波市、浙江省范围内筛选配套企业，帮助企业对接产业链上下游。"
    assert {m.region for m in measures(text)} <= {"嘉兴经开区"}


def test_what_targeted_firms_make_is_no_category() -> None:
    from ingest.classify import classify_measure

    assert "PPE_SUPPLY" not in classify_measure("某市对生产口罩、防护服等物资的企业开辟审批绿色通道。")
    assert "FAST_TRACK_APPROVAL" in classify_measure("某市对生产口罩、防护服等物资的企业开辟审批绿色通道。")
    assert "PPE_SUPPLY" in classify_measure("某市为复工企业调配口罩等防疫物资。")


def test_associations_do_not_act_for_their_place() -> None:
    assert not any(m.region == "宁波" for m in measures("宁波新经济企业协会编制首批疫情防控产品清单，向社会发布。"))


def test_counts_of_resumed_projects_are_statistics() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("全区工业企业已复工312家，86个在建项目复工。") == []


def test_kinds_of_firms_named_by_their_products_are_no_beneficiaries() -> None:
    text = "宁波市对生产口罩、防护服、测温仪等企业给予贷款贴息。宁波市物资保障组为甲乙卫材有限公司、丙丁医疗器械有限公司等企业协调解决原材料。"
    helped = {b for m in measures(text) for b in m.beneficiaries}
    assert helped == {"甲乙卫材有限公司", "丙丁医疗器械有限公司"}


def test_firms_giving_help_are_not_named_again_by_anaphora() -> None:
    text = "宁波高新区在甲乙能源投资有限公司的支持下包车接送员工。同时，指导企业制定复工复产方案。"
    assert all("甲乙能源投资有限公司" not in m.beneficiaries for m in measures(text))


def test_a_notice_of_its_own_place_keeps_clauses_that_name_other_bodies() -> None:
    """The title names the document's place: a clause naming national bodies only as partners is still that place's."""
    text = "江西省关于稳定经济增长的政策措施\n一、金融支持\n1.支持全国性商业银行在赣分支机构加大信贷投放。\n2.在人民银行专项再贷款支持的基础上,再给予贷款贴息。"
    got = pairs(text)
    assert {("江西", "PREFERENTIAL_CREDIT"), ("江西", "LOAN_INTEREST_SUBSIDY")} <= got
    assert not any(r == "中国" for r, _ in got)


def test_costs_listed_before_one_subsidy_each_count() -> None:
    from ingest.classify import classify_measure

    got = classify_measure("对重点保供企业给予用工、物流等费用补助，最高20万元。")
    assert {"EMPLOYMENT_SUBSIDY", "LOGISTICS_SUPPORT"} <= set(got) and "LABOR_SUPPLY" not in got


def test_we_of_a_firm_spokesperson_is_no_government() -> None:
    text = "一、宁波高新区\n甲乙防护用品有限公司总经理说，为保障供应，我们加班生产口罩。"
    assert not any("PPE_SUPPLY" in m.categories for m in measures(text))


def test_firm_a_body_learned_of_is_helped_by_it() -> None:
    text = "针对甲乙生物技术有限公司物料运输受阻的情况，宁波高新区管委会为公司办理车辆通行证。"
    ms = measures(text)
    assert [(m.region, m.beneficiaries) for m in ms] == [("宁波高新区", ("甲乙生物技术有限公司",))]


def test_national_clause_inside_a_local_measure() -> None:
    text = "江西省关于稳定经济增长的政策措施\n对新增专项再贷款,在中央财政给予贴息的基础上,省财政再给予25%的贴息。"
    got = pairs(text)
    assert {("江西", "LOAN_INTEREST_SUBSIDY"), ("中国", "LOAN_INTEREST_SUBSIDY")} <= got
    china = [e for e in extract_text(text, "t").entities if e.name == "中国"]
    assert china and set(china[0].aliases) <= {"中央"}


def test_opinions_and_questions_are_not_measures() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("我认为，线上办理的习惯一旦形成就会延续下去。") == []
    assert classify_measure("面对疫情，能否稳住产业链供应链?") == []
    assert classify_measure("全面推行线上办理。") == ["ONLINE_SERVICE"]


def test_a_persons_view_of_a_grant_is_no_measure() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("开面包店的李女士认为,3万元补贴来得正是时候。") == []
    assert classify_measure("经审核被认为符合条件的商户,给予3万元补贴。") == ["PRODUCTION_SUBSIDY"]


def test_a_plan_told_by_a_speaker_is_a_plan_still() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("县人社局负责人介绍，下一步将扩大稳岗返还覆盖面。") == []
    assert classify_measure("县人社局负责人介绍，今年已为企业发放稳岗返还资金800万元。") != []


def test_what_an_expert_says_is_no_measure() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("某财经大学一位教授表示，今后应加大对小微企业的信贷投放。") == []
    assert classify_measure("业内专家建议，各地适当减免小店房租。") == []
    # experts a body sends are its help
    assert classify_measure("县应急局组织专家指导企业做好复工防疫。") == ["STAGED_RESUMPTION"]



def test_help_asked_of_a_government_or_judged_by_others_is_no_measure() -> None:
    # an appeal to a government, or what legislators, parties and business ask or think of its help
    text = (
        "嘉义市纾困\n\n市议员要求市府扩大纾困，减免摊商租金。\n有议员批评，市府的薪资补贴未能照顾自雇者。\n"
        "某党团促请政府为中小企提供免息贷款。\n商界认为市府的利息补贴回应了诉求。\n"
        "应业者要求，市府推出纾困贷款。\n"
    )
    assert [(m.region, m.categories) for m in extract_text(text, "t").measures] == [("嘉义市", ("PREFERENTIAL_CREDIT",))]
    # what business says with no body acting in its words is its view; a body's help it tells of is still help
    from ingest.classify import classify_measure

    assert classify_measure("零售业界代表称，租金补贴只能纾缓一时。") == []
    assert classify_measure("业者表示，市府协助其申请了纾困贷款。") == ["PREFERENTIAL_CREDIT"]
    # Taiwan's legislators too
    assert classify_measure("立委要求劳动部扩大薪资补贴范围。") == []
    assert classify_measure("立委表示，劳动部已同意扩大薪资补贴范围。") == ["EMPLOYMENT_SUBSIDY"]


def test_unnumbered_place_subhead_closes_with_its_section() -> None:
    text = (
        "## 审批服务不掉线\n各地推行网上办理。\n宁波高新区行政审批服务局推行不见面审批\n对企业实行线上办理。\n"
        "## 招商引资不断链\n多个地方推行云签约。\n"
    )
    assert not any(m.region == "宁波高新区" and "CLOUD_SIGNING" in m.categories for m in measures(text))


def test_bodies_listed_after_a_placed_one_do_not_make_a_home_place() -> None:
    from ingest.scope import home_place
    from ingest.normalize import analysis_view
    from ingest.places import find_places
    from ingest.agencies import find_agencies

    text = "中关村科学城党工委、管委会部署复工。中关村科学城党工委、管委会巡查园区。中关村科学城党工委、管委会梳理企业。"
    view = analysis_view(text)
    places = find_places(view)
    assert home_place(view, find_agencies(view, places), places) is None


def test_quote_belongs_to_the_body_whose_spokesperson_follows() -> None:
    text = "“我们为企业开辟审批绿色通道，实行全程跟踪服务。”宁波高新区管委会相关负责人介绍，目前已有企业受益。"
    assert ("宁波高新区", "FAST_TRACK_APPROVAL") in pairs(text)


def test_platform_company_acts_for_its_zone() -> None:
    """A zone's state-owned guarantee company carrying out a measure: the zone acts, the company is no beneficiary."""
    text = "一、宁波高新区\n宁波高新融资担保有限公司为企业提供担保费减半支持。"
    ms = measures(text)
    assert [(m.region, m.beneficiaries) for m in ms] == [("宁波高新区", ())]
    assert "GUARANTEE_SUPPORT" in ms[0].categories


def test_private_firms_are_not_platforms() -> None:
    from ingest.measures import is_platform

    assert is_platform("宁波高新融资担保有限公司") and is_platform("某市城投集团有限公司")
    assert not is_platform("甲乙投资有限公司") and not is_platform("宁波银行") and not is_platform("甲乙科技有限公司")


def test_cue_broken_by_a_line_end_and_makers_named_by_product() -> None:
    assert "RENT_RELIEF" in classify("对中小企业减免\n房租")
    from ingest.classify import classify_measure

    assert "PPE_SUPPLY" not in classify_measure("为口罩生产企业协调解决原材料供应。")


def test_lead_unit_is_the_agency_of_its_item() -> None:
    text = (
        "各区人民政府，市政府各部门：\n"
        "一、对小微企业减免3个月房租。（牵头单位：南京市商务局；责任单位：南京市财政局）\n"
        "二、对重点企业给予贷款贴息。（责任单位：南京市财政局、南京市金融局）\n\n"
        "南京市人民政府\n2020年2月10日\n"
    )
    agencies = {c: m.agency for m in measures(text) for c in m.categories}
    assert agencies["RENT_RELIEF"] == "南京市商务局"
    assert agencies["LOAN_INTEREST_SUBSIDY"] == "南京市人民政府"
    text = "各区人民政府：\n一、对小微企业减免3个月房租（南京市商务局牵头，南京市财政局配合）。\n\n南京市人民政府\n"
    assert {m.agency for m in measures(text)} == {"南京市商务局"}


def test_the_reporter_source_acts_when_the_clause_names_nobody() -> None:
    text = "记者从宁波市商务局获悉，今年以来已为200余家企业减免房租1200万元。"
    assert [(m.region, m.agency) for m in measures(text)] == [("宁波", "宁波市商务局")]


def test_we_and_he_says_of_an_official_are_the_officials_place() -> None:
    text = "在新闻发布会上，嘉兴经开区区长某某就助企纾困情况作了介绍。他说，全区为企业开辟审批绿色通道。我们还对小微企业减免3个月房租。"
    got = pairs(text)
    assert {("嘉兴经开区", "FAST_TRACK_APPROVAL"), ("嘉兴经开区", "RENT_RELIEF")} <= got


def test_reports_of_reopened_firms_and_low_rates_are_statistics() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("全区28家重点监测的外资企业已经全部复工。") == []
    assert classify_measure("小微企业的复工复产率还比较低。") == []


def test_firm_listed_by_nobody_named_is_listed_by_the_place_in_scope() -> None:
    text = "一、嘉兴经开区\n甲乙纺织有限公司入选首批复工复产白名单。"
    ms = measures(text)
    assert [(m.region, m.beneficiaries) for m in ms] == [("嘉兴经开区", ("甲乙纺织有限公司",))]
    assert measures("甲乙纺织有限公司获得乙丙银行500万元贷款。") == ()


def test_we_in_a_quote_is_the_firm_whose_spokesperson_follows() -> None:
    text = "一、嘉兴经开区\n“园区管委会为我们协调解决了员工返岗问题。”甲乙纺织有限公司负责人说。"
    assert any(m.beneficiaries == ("甲乙纺织有限公司",) for m in measures(text))


def test_we_of_an_unnamed_firm_speaker_is_no_government() -> None:
    text = "宁波市多措并举助企复工\n“我们加班加点生产口罩，保障防疫物资供应。”公司负责人说。"
    assert not any("PPE_SUPPLY" in m.categories for m in measures(text))
    text = "宁波市多措并举助企复工\n“我们为企业开辟审批绿色通道。”市商务局负责人说。"
    assert ("宁波", "FAST_TRACK_APPROVAL") in pairs(text)


def test_dateline_place_is_the_outlet_s_seat_not_the_report_s_place() -> None:
    for text in ("某某社宁波2月10日电 记者获悉，近期对受疫情影响的中小企业减免3个月房租。",
                 "某某社宁波电 记者获悉，近期对受疫情影响的中小企业减免3个月房租。"):
        assert ("宁波", "RENT_RELIEF") not in pairs(text)
    text = "某某社宁波电 记者获悉，宁波市对受疫情影响的中小企业减免3个月房租。"
    assert ("宁波", "RENT_RELIEF") in pairs(text)


def test_dateline_place_of_a_text_speaking_as_a_place_is_its_place() -> None:
    """A local outlet writes as its place (某地网讯 … 我市): with no other place, the dateline's is the report's."""
    for text in ("宁波网讯 记者昨日获悉，我市近期为中小企业减免3个月房租。",
                 "某某日报宁波讯 本市近期为中小企业减免3个月房租。"):
        assert ("宁波", "RENT_RELIEF") in pairs(text)


def test_firms_buying_and_masks_worn_are_no_categories() -> None:
    """企业…采购 is firms buying (政府采购 stays procurement); 佩戴口罩 is a rule, not masks supplied."""
    from ingest.classify import classify_measure

    assert "GOVERNMENT_PROCUREMENT" not in classify_measure("鼓励区内企业通过各种渠道从境外采购防疫紧缺物资,给予物流费用补助。")
    assert "GOVERNMENT_PROCUREMENT" in classify_measure("支持中小企业参与政府采购,预留采购份额。")
    assert "PPE_SUPPLY" not in classify_measure("督促企业落实佩戴口罩、消毒等防控措施。")
    assert "PPE_SUPPLY" in classify_measure("为企业调配口罩、消毒液等防疫物资。")


def test_kinds_of_firms_put_first_in_line_are_a_priority_list() -> None:
    """优先保障甲、乙等企业复工复产 names who goes first; 重点支持企业复工复产 alone names nobody."""
    from ingest.classify import classify_measure

    assert "PRIORITY_LIST" in classify_measure("优先推动保障疫情防控、能源供应、交通物流等企业复工复产。")
    from ingest.normalize import analysis_view

    assert "PRIORITY_LIST" in classify_measure(analysis_view("優先支持訂單充足、防控到位的重點企業復工復產。"))
    assert "PRIORITY_LIST" not in classify_measure("重点支持企业复工复产,为企业减免房租。")


def test_zero_contact_approval_is_an_online_service() -> None:
    from ingest.classify import classify_measure

    assert "ONLINE_SERVICE" in classify_measure("对政务服务事项实行全程“零见面”审批。")


def test_service_staff_for_firms_are_not_firms_acting() -> None:
    """近日，企业服务专员上门…: staff serving firms act for the place in scope; “去年，企业投入…” is firms acting."""
    record = extract_text("吴兴区全力助企复工。近日,企业服务专员上门为企业办理复工备案。", "t")
    assert [m.region for m in record.measures if "专员" in m.text] == ["吴兴区"]


def test_actorless_clauses_of_a_one_place_report_belong_to_that_place() -> None:
    rec = extract_text("青阳县今年多措并举帮扶小微企业。\n金融方面。对受困企业办理续贷展期，对不裁员的企业返还失业保险费。\n", "t")
    assert {(m.region, c) for m in rec.measures for c in m.categories} >= {("青阳县", "LOAN_RELIEF"), ("青阳县", "UNEMPLOYMENT_INSURANCE_REFUND")}


def test_areas_of_support_in_a_list_are_categories() -> None:
    codes = classify("新政覆盖金融扶持、技术攻关、物流保障、减免税费四个方面")
    assert {"PREFERENTIAL_CREDIT", "RD_FUNDING", "LOGISTICS_SUPPORT", "TAX_REDUCTION", "FEE_WAIVER"} <= set(codes)


def test_cue_words_inside_other_things_do_not_count() -> None:
    from ingest.classify import classify_measure

    assert "FEE_WAIVER" not in classify_measure("政策性担保公司本季度免收担保费。")
    assert "LABOR_SUPPLY" not in classify_measure("劳动力密集的纺织厂今年订单增加。")
    # a rate the measure sets is a condition, not a reported figure
    assert "PREFERENTIAL_CREDIT" in classify_measure("小贷公司发放利率为8%以下的小额贷款,可获财政奖补。")


def test_whom_a_policy_is_for_and_how_to_apply_are_no_measures() -> None:
    text = (
        "青阳县出台扶持政策帮助中小企业。\n一、扶持对象\n在本县登记且需办理复工审批的小微企业。\n"
        "二、扶持政策\n对承租国有房产的企业免收一个月房租。\n申报材料：营业执照复印件、奖励资金申请书、上下游配套合同。\n"
        "三、其他\n对不裁员的企业返还失业保险费。\n"
    )
    pairs = {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}
    assert pairs == {("青阳县", "RENT_RELIEF"), ("青阳县", "UNEMPLOYMENT_INSURANCE_REFUND")}


def test_the_numbered_items_a_procedure_label_lists_on_its_line_are_no_measures() -> None:
    # 申报材料：1.…;2.…: each inline item opens a paragraph of its own, still a part of how to apply
    text = (
        "青阳县出台扶持政策帮助中小企业。\n对承租国有房产的企业免收一个月房租。\n"
        "申报材料：1.营业执照复印件;2.租赁合同;3.配套企业需提供配套供货证明。\n"
    )
    pairs = {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}
    assert pairs == {("青阳县", "RENT_RELIEF")}


def test_a_notices_goals_are_no_measures() -> None:
    text = (
        "青阳县稳经济行动方案\n壹、工作目标\n稳步推动企业复产达产，力争全年经济增长。\n"
        "贰、主要措施\n对承租国有房产的企业免收一个月房租。\n"
    )
    pairs = {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}
    assert pairs == {("青阳县", "RENT_RELIEF")}


def test_resumption_figures_in_other_shapes_are_statistics() -> None:
    from ingest.classify import classify_measure

    # a volume back to a share of before is an indicator; help with the transport it follows is still help
    assert classify_measure("全县物流运输量已恢复至上年同期的88%。") == []
    assert "LOGISTICS_SUPPORT" in classify_measure("协调物流企业恢复运输，货运量恢复至去年同期的80%。")

    assert classify_measure("目前本镇已复工规模以上企业45家,返岗人数达3000人。") == []
    assert classify_measure("开发区内重点企业96%复产。") == []
    assert "STAGED_RESUMPTION" in classify_measure("指导企业分批有序复工,做好复工备案。")


def test_a_size_bound_defining_the_firms_is_no_amount() -> None:
    from ingest.measures import _money

    amount, cap, _ = _money("符合条件(营业收入≤3亿元)的加工厂,电费补助每户不超过10万元。", 0)
    assert (amount, cap) == (None, 100_000)


def test_more_cue_families_and_occasions() -> None:
    from ingest.classify import classify_measure

    assert "ENTERPRISE_LIAISON" in classify_measure("开展企业摸底,建立企业诉求快速响应机制。")
    codes = classify_measure("区里给予困难企业社保补贴和税收减免,并支持采购防护用品。")
    assert {"EMPLOYMENT_SUBSIDY", "PPE_SUPPLY", "TAX_REDUCTION"} <= set(codes) and "GOVERNMENT_PROCUREMENT" not in codes
    assert "PPE_SUPPLY" not in classify_measure("面对外地客户对消毒液和防护用品的订货需求,街道走访了几家工厂。")


def test_a_financing_demand_is_no_amount() -> None:
    from ingest.measures import _money

    assert _money("经摸排,全区企业融资需求约8000万元。", 0)[0] is None


def test_an_officials_words_after_a_press_conference_are_the_officials_place() -> None:
    text = "湖州市昨日举行通气会,吴兴区副区长指出,区里将为小微企业提供贷款贴息。\n"
    assert {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories} == {("吴兴区", "LOAN_INTEREST_SUBSIDY")}


def test_a_local_outlets_tag_gives_the_place_reported_from() -> None:
    text = "池州网讯(通讯员 李某) 近日,市工信局派出工作组,开展挂钩服务企业行动。\n"
    rec = extract_text(text, "t")
    assert {(m.region, m.agency) for m in rec.measures} == {("池州", "池州市工信局")}


def test_plans_and_the_problems_found_are_no_measures() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("下一步,区里将研究出台稳岗政策,做好用工保障。") == []
    assert "LABOR_SUPPLY" not in classify_measure("调研发现,企业反映的问题集中在用工紧张、原料短缺等困难。")
    assert "LABOR_SUPPLY" in classify_measure("组织专场招聘会,帮助企业解决用工。")


def test_a_long_list_of_what_targeted_firms_make_gives_no_category() -> None:
    from ingest.classify import classify_measure

    codes = classify_measure("对扩大产能生产口罩、防护服、护目镜、测温仪、消杀用品、药品及急需的医疗器械等应急物资的企业,给予技术改造补助。")
    assert "PPE_SUPPLY" not in codes and "PRODUCTION_SUBSIDY" in codes


def test_guidance_for_resuming_low_interest_loans_and_support_lists() -> None:
    from ingest.classify import classify_measure

    assert "STAGED_RESUMPTION" in classify_measure("工作组上门指导企业有序复工复产。")
    assert "PREFERENTIAL_CREDIT" in classify_measure("区财政对小微企业给予低息周转资金。")
    assert "PRIORITY_LIST" in classify_measure("区里将本地制造企业纳入融资推荐名单。")


def test_a_city_inside_a_banks_name_does_not_outvote_the_zone_reported_on() -> None:
    text = (
        "某某网宁波3月2日讯 宁波高新区举办银企对接会,宁波农商银行对接区内企业甲乙防护用品有限公司。\n"
        "宁波农商银行随后启动审批。宁波高新区组织企业申报政策,宁波农商银行提供信贷产品。\n"
        "最终,该企业获得了300万元的授信支持。宁波高新区还走访了园区企业。\n"
    )
    regions = {m.region for m in measures(text) if "甲乙防护用品有限公司" in m.beneficiaries}
    assert regions == {"宁波高新区"}


def test_a_team_named_alone_acts_for_the_body_it_belongs_to() -> None:
    text = (
        "3月5日,鄞州区复工复产督导组来到园区了解企业复工情况。\n"
        "督导组首先来到,甲乙丙科技有限公司,核查企业防疫物资准备情况,指导企业有序复工。\n"
    )
    ms = [m for m in measures(text) if "甲乙丙科技有限公司" in m.beneficiaries]
    assert ms and {m.region for m in ms} == {"鄞州区"}


def test_help_given_on_learning_of_a_firms_trouble_goes_to_that_firm() -> None:
    text = (
        "疫情期间,甲乙冷食有限公司原料运输受阻,企业负责人一时犯了难。\n"
        "了解到这些情况后,鄞州区经信局及时协调解决物流问题,办理运输通行证明。\n"
    )
    ms = [m for m in measures(text) if m.region == "鄞州区"]
    assert ms and all(m.beneficiaries == ("甲乙冷食有限公司",) for m in ms)


def test_help_in_a_bodys_frame_is_that_bodys_for_the_firm_reported() -> None:
    text = "2月10日,甲乙生物工程有限公司车间内一派繁忙。企业负责人介绍,他们在鄞州区经信局的协调下,解决了原材料运输问题。\n"
    ms = [m for m in measures(text) if "甲乙生物工程有限公司" in m.beneficiaries]
    assert ms and {m.region for m in ms} == {"鄞州区"}


def test_a_factory_named_again_after_help_is_the_firm_reported() -> None:
    text = "甲乙织业有限公司的原料无法按时运出。鄞州区政府随即帮助工厂联系运输车辆,并给予运输费用的支持。\n"
    ms = [m for m in measures(text) if m.region == "鄞州区"]
    assert ms and all(m.beneficiaries == ("甲乙织业有限公司",) for m in ms)


def test_firms_visited_by_an_official_of_a_city_committee() -> None:
    text = "3月9日,绍兴市委常委、组织部长王某某带队到园区调研。王某某一行首先走访调研了甲乙电气、丙丁真空两家企业,了解企业复工复产情况。\n"
    ms = [m for m in measures(text) if m.beneficiaries]
    assert ms and {m.region for m in ms} == {"绍兴"} and set(ms[0].beneficiaries) == {"甲乙电气", "丙丁真空"}


def test_officials_listed_together_act_for_the_body_one_of_them_was_named_with() -> None:
    # the first official's title is not read (区人武部部长), the second's is (区政府副区长): the party is the district's
    # (each paragraph opens afresh: the town of the title would be in focus)
    text = (
        "湖塘镇企业座谈助力复工\n"
        "3月2日上午,武进区委常委、区人武部部长王某航、区政府副区长陈某远到湖塘镇调研。\n"
        "王某航、陈某远一行先到明锐精密机械有限公司走访,询问复工进度。\n"
    )
    ms = [m for m in measures(text) if m.beneficiaries]
    assert ms and {m.region for m in ms} == {"武进区"} and ms[0].beneficiaries == ("明锐精密机械有限公司",)


def test_firms_that_take_applications_host_meetings_or_are_hired_are_not_helped() -> None:
    from ingest import roles
    from ingest.mentions import Mention

    def firm(text: str, name: str) -> Mention:
        i = text.index(name)
        return Mention(i, i + len(name), "Enterprise", name, name)

    for text, name in [
        ("承租企业可申请减免房租,只需向甲乙数据公司提交申请即可。", "甲乙数据公司"),
        ("园区并组织甲乙科技、丙丁能源等企业召开座谈会。", "甲乙科技"),
        ("镇里聘请甲乙安保公司10人驻项目部指导帮扶。", "甲乙安保公司"),
    ]:
        assert roles.helped(text, 0, len(text), [firm(text, name)]) == []
    text = "园区为甲乙科技有限公司协调解决用工难题。"
    assert roles.helped(text, 0, len(text), [firm(text, "甲乙科技有限公司")])


def test_firms_introduced_as_state_owned_act_and_are_not_beneficiaries() -> None:
    text = (
        "鄞州区管委会下属国有企业甲乙鼎盛有限公司负责运营创业园。\n"
        "为减轻租赁企业负担,鄞州区决定对入驻甲乙鼎盛有限公司创业园的企业减免2月份厂房租金。\n"
    )
    ms = measures(text)
    assert ms and all(not m.beneficiaries for m in ms) and any("RENT_RELIEF" in m.categories for m in ms)


def test_our_county_is_the_one_county_the_document_names_even_inside_a_name() -> None:
    text = "受疫情影响,德清县甲乙农产品有限公司产品滞销,我县相关部门了解情况后,第一时间帮助企业办理车辆通行证。\n"
    ms = measures(text)
    assert ms and {m.region for m in ms} == {"德清县"} and ms[0].beneficiaries == ("德清县甲乙农产品有限公司",)


def test_its_after_help_names_the_one_firm_reported_not_a_noun_it_owns() -> None:
    text = "甲乙饲料有限公司原料告急。鄞州区政府加急为其办理车辆通行证。\n"
    assert any(m.beneficiaries == ("甲乙饲料有限公司",) for m in measures(text))
    from ingest.measures import _ANAPHOR

    assert _ANAPHOR.search("为其配套企业做好复工准备") is None


def test_the_country_after_a_word_of_circumstance_is_no_actor() -> None:
    text = "随着全国疫情防控形势好转,3月20日,鄞州区复工复产督导组来到园区了解企业复工复产情况。\n"
    assert {m.region for m in measures(text)} == {"鄞州区"}


def test_an_officials_instruction_goes_on_after_a_semicolon() -> None:
    text = (
        "2月7日,鄞州区委书记王某某深入园区企业调研。王某某一行来到甲乙鞋业有限公司了解生产情况。鄞州区还走访了丙丁公司。\n"
        "王某某指出,园区企业要积极开展自主招工;各级各部门要紧盯企业用工需求,积极拓宽招工用工渠道,帮助企业解决用工荒。\n"
    )
    assert not any("LABOR_SUPPLY" in m.categories for m in measures(text))


def test_a_leader_titled_without_a_place_acts_for_the_only_place_of_that_level() -> None:
    text = (
        "4月1日上午,县长张卫东带队调研宁化县食品企业复产进展。宁化经济开发区管委会主任赵某某参加调研。\n"
        "张卫东一行先后前往恒远机械、达丰食品等加工企业,询问订单和用工,现场协调解决困难。\n"
    )
    assert {(m.region, m.beneficiaries) for m in measures(text)} == {("宁化县", ("恒远机械", "达丰食品"))}


def test_a_leader_titled_without_a_place_acts_for_no_place_among_two_of_that_level() -> None:
    text = (
        "4月1日上午,县长张卫东带队调研宁化县和清流县食品企业复产进展。\n"
        "张卫东一行先后前往恒远机械、达丰食品等加工企业,询问订单和用工,现场协调解决困难。\n"
    )
    assert "宁化县" not in {m.region for m in measures(text)}


def test_an_official_with_two_titles_opening_a_clause_acts_for_their_body_not_the_town_they_hear() -> None:
    text = (
        "3月18日,三明市政协副主席、民盟某某总支主委张某某来嵩口镇调研督导重点工作。嵩口镇党委书记李某某参加活动。\n"
        "张某某一行在会议室听取了嵩口镇工作情况汇报,随后深入到恒远食品、达丰光热科技有限公司等企业建设现场,"
        "详细了解项目推进中存在的困难,并现场研究解决措施。\n"
        "张某某对嵩口镇当前重点工作的开展情况给予了充分肯定。\n"
    )
    helped = {(m.region, b) for m in measures(text) for b in m.beneficiaries}
    assert helped == {("三明", "恒远食品"), ("三明", "达丰光热科技有限公司")}


def test_the_places_of_a_roster_are_whom_the_next_paragraph_rewards_not_its_actors() -> None:
    text = (
        "河南省人民政府通报表扬激励地区\n\n南阳市、信阳市、周口市,西峡县、淅川县、罗山县\n\n"
        "对上述地区,从专项经费里给每个市追加300万元扶持工业企业。(省财政厅负责落实)"
    )
    assert pairs(text) == {("河南", "SPECIAL_FUND")}


def test_the_loans_a_subsidy_is_paid_on_are_no_sum_of_the_subsidy() -> None:
    text = "澳门经济局设立中小企业贴息计划。计划开办以来共批出3100宗申请,受补贴的贷款额约42亿澳门元,所涉贴息约为2.6亿澳门元。"
    sums = {m.amount_cny for m in measures(text)}
    assert 260_000_000 in sums and 4_200_000_000 not in sums


def test_rent_relief_landlords_give_after_a_count_of_them_is_theirs() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("青松路街道86家单位和房东给租户减免房租60余万元。") == []
    assert classify_measure("青松路街道为商户减免房租60余万元。") == ["RENT_RELIEF"]


def test_relief_paid_to_families_is_no_subsidy_to_firms() -> None:
    from ingest.classify import classify_measure

    assert classify_measure("家庭方面经审核合格的,发放慰助每户5000元。") == []
    assert classify_measure("对受影响的商家每家补助3万元。") == ["PRODUCTION_SUBSIDY"]


def test_relief_paid_to_families_in_need_is_a_personal_benefit() -> None:
    from ingest.classify import PERSONAL_BENEFIT

    assert PERSONAL_BENEFIT.search("向困难家庭发放急难慰助每户8000元")
    assert not PERSONAL_BENEFIT.search("对受影响的商家每家补助3万元")


def test_places_people_come_back_from_or_whose_practice_is_followed_are_elsewhere() -> None:
    # 从甲、乙等地返回的员工: where staff come from, not the home of 市财政; 借鉴甲、乙经验: the model followed
    notice = (
        "湖州市人民政府关于扶持企业复产的几项措施\n\n"
        "一、对从信阳、南阳、周口等地返回的员工，企业给予隔离期间工资补贴的，市财政给予50%补助。\n"
        "二、借鉴厦门、青岛经验，设立5亿元纾困基金。\n"
        "三、参照成都市做法，对小微企业减免1个月房租。\n"
    )
    ms = extract_text(notice, "t").measures
    assert {m.region for m in ms} == {"湖州"}
    assert any(m.agency == "湖州市财政局" for m in ms)
