"""Invented sentences for kinds of text the design documents lack: zones' platform companies and others."""

from ingest.pipeline import extract_text


def measures(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(m.region, sorted(m.categories), list(m.beneficiaries)) for m in extract_text(text, "t").measures]


def test_firm_named_after_its_zone_acts_for_the_zone() -> None:
    found = measures("南京高新区积极帮扶企业。南京高新集团为企业减免租金300万元。")
    assert ("南京高新区", ["RENT_RELIEF"], []) in found
    found = measures("宁乡经开区积极帮扶企业。宁乡经开投资发展有限公司为甲乙科技有限公司减免租金。")
    assert ("宁乡经开区", ["RENT_RELIEF"], ["甲乙科技有限公司"]) in found


def test_platform_company_written_after_its_zone_acts_for_the_zone() -> None:
    assert measures("苏州市高新区国投公司为企业减免租金300万元。") == [("苏州市高新区", ["RENT_RELIEF"], [])]


def test_firm_merely_starting_like_a_zone_is_no_platform() -> None:
    # 南京高新技术… is a firm of its own: its sentence is what the firm does
    assert measures("南京高新区积极帮扶企业。南京高新光电科技有限公司扩大生产。") == []


def test_platform_company_holding_its_zones_name_acts_for_the_zone() -> None:
    # 平台 of 平台公司 is a company, not a city's system (某省综合金融服务平台) hiding the place
    assert measures("苏州市高新区国有平台公司为企业减免租金300万元。") == [("苏州市高新区", ["RENT_RELIEF"], [])]


def documents(text: str) -> list[str]:
    return [e.name for e in extract_text(text, "t").entities if e.type == "PolicyDocument"]


def test_quoted_packages_are_policy_documents() -> None:
    assert documents("宜昌市推出「宜昌振兴经济大补帖」，为企业减免租金。") == ["宜昌振兴经济大补帖"]
    assert documents("宜昌市推出「纾困九箭」，为企业减免租金。") == ["纾困九箭"]
    assert documents("宜昌市出台“稳企惠企大礼包”，为企业减免租金。") == ["稳企惠企大礼包"]
    [m] = extract_text("宜昌市推出「纾困九箭」，为企业减免租金。", "t").measures
    assert m.policy_document == "纾困九箭"


def test_a_package_word_after_a_bare_noun_names_no_document() -> None:
    assert documents("宜昌市为企业送上“政策大礼包”，减免租金。") == []
    assert documents("宜昌市为企业送上“服务礼包”，减免租金。") == []


def test_a_title_line_opening_with_its_place_is_a_document() -> None:
    text = "全文如下：\n云岭省加快产业回暖扶企稳岗行动方案\n为推进复工复产，特制定本方案。\n一、对中小企业减免房租。"
    assert documents(text.replace("云岭省", "湖南省")) == ["湖南省加快产业回暖扶企稳岗行动方案"]
    assert documents(text) == []  # no place the gazetteer knows opens it
    # a headline telling what a place did with its measures is no title
    assert documents("湖南省出台促进复工复产十项措施\n为企业减免房租。") == []


def test_a_quoted_word_without_a_package_word_is_no_document() -> None:
    assert documents("宜昌市推出“云招商”活动，企业称这是“新政”。") == []
    assert documents("宜昌市实行“一园一策”，帮助企业复工。") == []


def agencies(text: str) -> list[str]:
    return [e.name for e in extract_text(text, "t").entities if e.type == "Agency"]


def test_taiwan_citys_command_centre_and_commission_are_agencies() -> None:
    assert "台北市疫情指挥中心" in agencies("臺北市疫情指揮中心宣布，為企業發放補貼500萬元。")
    assert "高雄市疫情指挥中心" in agencies("高雄市政府疫情指揮中心今天宣布，为企业发放补贴。")
    assert "台北市研考会" in agencies("臺北市政府研考會表示，將為企業發放補貼。")
    # a centre with no place or government before it is no body
    assert agencies("公司指挥中心为企业发放补贴。") == []


def test_taxes_and_deferred_levy_cues() -> None:
    assert measures("臺北市政府對企業稅捐緩徵三個月。") == [("台北市", ["TAX_DEFERRAL"], [])]
    assert measures("台北市政府对企业减免税捐。") == [("台北市", ["TAX_REDUCTION"], [])]
    # Taiwan's 房屋税 is the property tax: its deferral is both
    assert measures("台北市政府对受影响企业缓征房屋税。") == [("台北市", ["PROPERTY_LAND_TAX_RELIEF", "TAX_DEFERRAL"], [])]


def firms(text: str) -> list[str]:
    return [e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"]


def test_a_verb_glued_to_a_bare_legal_word_is_no_firm() -> None:
    assert firms("南京市帮助企业租赁集团厂房，用好银行贷款。") == []
    assert firms("企业可租赁集团公司的厂房，利用银行贷款扩大生产。") == []
    # a name before the same words stays a firm
    assert firms("甲乙租赁集团为企业减免租金。") == ["甲乙租赁集团"]
    assert firms("招商银行为企业发放贷款。") == ["招商银行"]


def test_firm_introduced_as_the_zones_platform_acts_for_the_zone() -> None:
    lead = "南京高新区积极帮扶企业。"
    for sentence in ("甲乙集团作为高新区国有平台公司，为甲丙科技有限公司减免租金。", "作为高新区国资平台，甲乙集团为甲丙科技有限公司减免租金。"):
        assert measures(lead + sentence) == [("南京高新区", ["RENT_RELIEF"], ["甲丙科技有限公司"])]


def test_platform_introduction_is_no_part_of_the_firms_name() -> None:
    text = "南京高新区积极帮扶企业。高新区国有平台公司甲乙集团为甲丙科技有限公司减免租金。"
    assert firms(text) == ["甲乙集团", "甲丙科技有限公司"]
    assert measures(text) == [("南京高新区", ["RENT_RELIEF"], ["甲丙科技有限公司"])]
    assert firms("南京高新区国资平台甲乙集团为企业减免租金。") == ["甲乙集团"]


def test_water_charges_and_repayment_holidays_have_their_cues() -> None:
    from ingest.classify import classify_measure

    found = classify_measure("将公用事业费用宽减延至年底，对商铺减收一半水费及排污费。")
    assert "UTILITY_COST_RELIEF" in found and "TAX_REDUCTION" not in found
    assert classify_measure("再次延长“还息不还本”安排6个月。") == ["LOAN_RELIEF"]
    assert classify_measure("宽减本年度利得税。") == ["TAX_REDUCTION"]  # 宽减 of a tax is still tax relief


def test_a_text_naming_hong_kongs_own_departments_is_hong_kongs() -> None:
    text = "特首日前表示，对公营物业租户、地政总署辖下短期租约75%的租金。"
    assert {m.region for m in extract_text(text, "t").measures} == {"香港"}
    assert {m.region for m in extract_text("特首表示，继续为企业宽减75%的租金。", "t").measures} == set()
    assert "香港地政总署" in agencies(text)  # the department is the region's own
    assert {m.region for m in extract_text("特首表示，继续为企业宽减75%的租金，支援港人港企。", "t").measures} == {"香港"}


def test_a_notice_published_under_its_whole_title_is_a_document() -> None:
    text = "云岭省商务厅近日发布关于推进小店铺分期减免房租事项的通知，为小店减免3个月租金。"
    assert documents(text) == ["关于推进小店铺分期减免房租事项的通知"]
    # a transmittal names the document it carries, not itself
    assert documents("市政府印发关于支持企业发展的若干措施的通知，为企业减免房租。") == []
