"""Firms written in Latin letters, sites listed among firms, help no cue names, and the place of a firm whose
name holds a county or province around the place that helped it (invented text)."""

from ingest.pipeline import extract_text


def firms(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def support(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_a_latin_name_is_one_firm_whole() -> None:
    text = "深圳市商务局公布,资助计划批出三宗申请,包括甲乙科技有限公司、Blue River Trading Company Limited及丙丁实业有限公司。"
    found = firms(text)
    assert "Blue River Trading Company Limited" in found
    assert "Limited" not in found and {"甲乙科技有限公司", "丙丁实业有限公司"} <= found


def test_latin_names_with_initials_and_short_endings() -> None:
    found = firms("获批企业为K.T.L. Harbour Ltd.与Orchid Bay Holdings Inc.两家公司。")
    assert {"K.T.L. Harbour Ltd.", "Orchid Bay Holdings Inc."} <= found


def test_a_park_listed_among_visited_firms_is_no_firm() -> None:
    text = "区委书记张某一行先后前往甲乙鞋业、丙丁智造产业园、戊己米业、庚辛食品等地,现场协调解决相关问题。"
    found = firms(text)
    assert "丙丁智造产业园" not in found
    assert {"甲乙鞋业", "戊己米业", "庚辛食品"} <= found


def test_a_verb_with_its_result_before_a_bare_bank_is_no_firm() -> None:
    found = firms("溧水区金融局帮助企业选择好银行和贷款产品,甲乙机械有限公司负责人表示感谢。")
    assert "选择好银行" not in found and "甲乙机械有限公司" in found


def test_help_to_a_named_firm_solving_a_problem_no_cue_names_is_liaison() -> None:
    text = "溧水区经信局帮助甲乙机械有限公司清理厂区积雪,解决了车辆进出难问题。"
    assert ("溧水区", "甲乙机械有限公司") in support(text)
    assert ("溧水区", "ENTERPRISE_LIAISON") in pairs(text)


def test_a_firm_named_for_the_county_of_the_town_that_helps_it_is_in_the_town() -> None:
    text = (
        "“多亏了镇里的服务员进驻我们企业,帮我们解决了用工难题。”沂水甲乙纺织有限公司负责人说。"
        "今年以来,沂水县青松镇20名干部任驻企服务员,深入镇域企业开展帮扶。"
    )
    assert located(text) == {("沂水甲乙纺织有限公司", "青松镇")}


def test_a_firm_named_for_the_province_of_the_zone_reported_on_is_in_the_zone() -> None:
    text = (
        "在丙丁(江苏)精工有限公司车间里,机器轰鸣。今年以来,兴化高新区党政负责人把办公室搬进了企业车间。"
        "兴化高新区开通审批绿色通道。兴化高新区设立1000万元专项资金。"
    )
    assert ("丙丁(江苏)精工有限公司", "兴化高新区") in located(text)


def test_the_firms_a_scheme_approved_listed_next_are_the_measures_beneficiaries() -> None:
    text = (
        "上海市商务委公布,技改资助计划再批出三宗申请,每条生产线资助200万元。"
        "获批的三宗申请包括甲乙精工有限公司、丙丁食品有限公司,以及戊己物流有限公司。"
    )
    assert {b for _, b in support(text)} == {"甲乙精工有限公司", "丙丁食品有限公司", "戊己物流有限公司"}


def test_a_list_of_firms_named_with_no_measure_before_gets_none() -> None:
    text = "获批的三宗申请包括甲乙精工有限公司、丙丁食品有限公司。上海市商务委表示将加快审批。"
    assert not support(text)


def test_a_firms_officer_named_after_it_is_no_firm_taking_charge() -> None:
    text = "“区经信局帮我们协调了原料运输,三天就解决了难题。”江宁区主动上门服务企业,得到辖区企业甲乙机械有限公司负责人的称赞。"
    assert ("江宁区", "甲乙机械有限公司") in support(text)


def test_a_firm_taking_charge_of_the_help_is_still_no_beneficiary() -> None:
    text = "江宁区组织企业复工,甲乙物流有限公司负责运送防疫物资。"
    assert ("江宁区", "甲乙物流有限公司") not in support(text)


def test_the_area_word_with_its_inner_before_a_name_is_no_part_of_it() -> None:
    found = firms("泰安农行高新区支行为辖区内甲乙食品有限公司发放贷款300万元。")
    assert "甲乙食品有限公司" in found and "内甲乙食品有限公司" not in found


def test_a_verb_of_linking_before_a_bare_bank_is_no_firm() -> None:
    found = firms("苏溪镇召开对接会,搭建银行与企业的沟通桥梁,甲乙光电等企业代表参加。")
    assert "搭建银行" not in found and "甲乙光电" in found


def test_an_officials_title_and_name_listed_before_a_firm_is_no_firm() -> None:
    found = firms("区国资局局长李某某、区商业发展集团有限公司董事长许某某一行到园区调研。")
    assert "局长李某某" not in found and "区商业发展集团有限公司" in found


def test_a_zones_company_named_by_several_business_words_is_one_firm() -> None:
    found = firms("青阳高新区管委会主任、青阳高新区投资开发有限公司董事长陪同调研。")
    assert "青阳高新区投资开发有限公司" in found


def test_the_firms_of_a_visit_to_projects_are_named() -> None:
    found = firms("调研组一行深入甲乙制药、丙丁芯时代、戊己机器人等重点项目建设现场,参观了企业展厅。")
    assert {"甲乙制药", "丙丁芯时代", "戊己机器人"} <= found


def test_firms_signing_with_a_bank_between_them_are_partners() -> None:
    text = "江宁区与甲乙咨询有限公司、南京银行、丙丁科技有限公司签订合作协议,为园区企业提供担保贷款3000万元。"
    helped = {b for _, b in support(text)}
    assert not helped & {"甲乙咨询有限公司", "丙丁科技有限公司"}


def test_a_zones_investment_and_construction_company_is_its_platform() -> None:
    text = "青阳经济开发区与青阳经济开发区投资建设有限公司签订协议,为园区企业发放担保贷款3000万元。"
    assert not support(text)
    assert ("青阳经济开发区", "GUARANTEE_SUPPORT") in pairs(text)


def test_the_firms_a_list_announced_names_after_a_colon_are_its_beneficiaries() -> None:
    text = (
        "经审核,江宁区经信局现将2023年度“专精特新”企业奖补资金分配情况予以公示,分别为:甲乙电气科技股份有限公司、"
        "丙丁减速机制造有限公司、戊己新材料科技有限公司,共3家企业接受社会监督。"
    )
    assert {b for _, b in support(text)} == {"甲乙电气科技股份有限公司", "丙丁减速机制造有限公司", "戊己新材料科技有限公司"}


def test_the_firms_said_to_be_recognised_are_the_lists_beneficiaries() -> None:
    text = "江宁区经信局公布了2023年度“专精特新”企业名单,给予每家企业奖励20万元。获得认定的企业是:甲乙仪器设备有限公司。"
    assert ("江宁区", "甲乙仪器设备有限公司") in support(text)


def test_firms_a_city_helps_in_the_district_it_names_as_theirs_are_in_the_district() -> None:
    text = (
        "南京市工信局督查江宁区工业企业复工复产工作。副局长一行先后来到甲乙机械、丙丁塑业等企业,"
        "详细查看了厂区消毒、体温检测等防疫措施落实情况。"
    )
    assert located(text) == {("甲乙机械", "江宁区"), ("丙丁塑业", "江宁区")}


def test_firms_a_city_helps_stay_in_the_city_when_two_districts_are_named_as_theirs() -> None:
    text = (
        "南京市工信局督查江宁区企业和浦口区企业复工复产工作。副局长一行先后来到甲乙机械、丙丁塑业等企业,"
        "详细查看了厂区消毒、体温检测等防疫措施落实情况。"
    )
    assert ("甲乙机械", "江宁区") not in located(text)


def test_a_firm_a_city_and_then_its_district_helped_is_in_the_district() -> None:
    text = (
        "南京市商务局走访甲乙农业公司等企业,了解复工情况。南京市商务局协调解决企业防疫物资。"
        "南京市商务局为企业开辟审批绿色通道。随后,江宁区商务局为甲乙农业公司协调冷库,解决了储存问题。"
    )
    assert located(text) == {("甲乙农业公司", "江宁区")}


def test_a_party_of_officials_at_a_firms_premises_helps_that_firm() -> None:
    text = "江宁区台办主任带队走访辖区台企。在台胞经营的甲乙咖啡店,王某一行宣传了防疫要求,详细了解门店经营情况。"
    assert ("江宁区", "甲乙咖啡店") in support(text)
    assert ("甲乙咖啡店", "江宁区") in located(text)


def test_lianhe_after_a_place_and_a_trade_mark_is_a_word_of_the_legal_name() -> None:
    found = firms("县商务局走访了江西甲乙联合丙丁股份有限公司、戊己科技有限公司等企业。")
    assert "江西甲乙联合丙丁股份有限公司" in found
    assert not any(name in found for name in ("江西甲乙", "丙丁股份有限公司"))


def test_lianhe_after_a_body_or_a_firm_is_the_verb_of_a_joint_act() -> None:
    assert firms("区工信局联合江西甲乙有限公司开展培训。") == {"江西甲乙有限公司"}
    found = firms("江西甲乙公司联合丙丁科技有限公司推出新品。")
    assert "丙丁科技有限公司" in found and not any("联合" in name for name in found)


def test_a_firm_a_sector_s_firm_word_introduces_before_its_words_is_named() -> None:
    assert "戊己永康" in firms("近日,医疗器械企业戊己永康反映厂区电力容量偏小,服务组当天协调解决。")
    assert "戊己永康" in firms("纺织企业戊己永康负责人说,订单已排到年底。")
    assert not firms("全县化工企业转型升级的步伐加快,食品企业复工率达九成。")


def test_a_clause_of_cause_before_a_bank_word_is_no_bank_s_name() -> None:
    assert not firms("补贴对象为因疫情导致资金短缺而获银行贷款的中小企业。")


def test_a_family_farm_is_a_firm_helped_and_placed() -> None:
    text = "宁陵县助企纾困见成效\n3月2日,宁陵县工信局获悉青禾家庭农场缺少流动资金,协调县农商银行为该农场发放贷款80万元。"
    assert "青禾家庭农场" in firms(text)
    assert ("宁陵县", "青禾家庭农场") in support(text)
    assert ("青禾家庭农场", "宁陵县") in located(text)


def test_a_shop_a_body_goes_to_and_hands_things_out_in_is_a_firm() -> None:
    text = "沅陵县商务局帮扶商户复工。\n商务局到禾丰超市发放防疫宣传单\n商务局到鸿运商场赠送口罩和消毒液。\n"
    assert {"禾丰超市", "鸿运商场"} <= firms(text)
    assert ("沅陵县", "鸿运商场") in support(text)
    # (which shops, not whose: no name)
    assert not firms("沅陵县商务局到辖区超市发放口罩。居民到附近商场购物。")
