"""Words that name a kind of firm or a role, not one firm, and names split or glued wrongly (invented texts)."""

from ingest.pipeline import extract_text


def firms(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def test_a_quantifier_or_a_stage_names_no_firm() -> None:
    got = firms("每间物管公司可获一次性补贴，区内初创公司和顾问公司亦可申请，甲乙电子有限公司已获批。")
    assert got == {"甲乙电子有限公司"}


def test_a_bank_named_by_its_role_is_no_bank() -> None:
    assert firms("商户可透过贷款银行提出展期，也可早透过银行递交文件，本地持牌银行将一并处理。") == set()


def test_people_and_a_field_at_large_are_no_firm() -> None:
    assert firms("外来人员须服从公司统一的体温检测，此举牵动工商界和科技公司。") == set()
    assert firms("为助力餐饮行业早日走出困境，省商务厅出台措施。") == set()


def test_a_verb_of_entering_ends_the_words_before_a_name() -> None:
    assert firms("调研组进入甲乙光伏组件有限责任公司，了解复工情况。") == {"甲乙光伏组件有限责任公司"}


def test_a_place_and_one_character_before_a_conjunction_stay_in_the_name() -> None:
    assert firms("主任来到江苏丰和精密铸件等公司，了解复工情况。") == {"江苏丰和精密铸件"}
    assert firms("主任来到甲乙和丙丁机械等公司了解情况。") == {"甲乙", "丙丁机械"}


def test_a_bare_zone_word_before_the_closing_noun_keeps_the_list() -> None:
    assert firms("丙丁照明、戊己科技等园区企业已陆续复工。") == {"丙丁照明", "戊己科技"}
    assert firms("甲高新区、乙开发区等园区企业已复工。") == set()


def test_a_firm_named_with_its_suppliers_or_chain_is_a_firm() -> None:
    assert firms("支持甲乙集团、丙丁及其配套企业扩大产能。") == {"甲乙集团", "丙丁"}
    assert firms("帮助中小企业及其上下游企业解决困难。") == set()


def test_a_works_named_by_what_it_makes_with_its_product_word() -> None:
    assert firms("县领导深入到镇赉县甲乙水泥制品厂调研复工情况。") == {"镇赉县甲乙水泥制品厂"}
    assert firms("对帮扶企业丙丁彩钢复合板厂开展调研。") == {"丙丁彩钢复合板厂"}
    assert firms("该镇的水泥制品厂已复工。") == set()


def test_the_firms_a_visit_goes_to_before_a_word_of_greeting() -> None:
    got = firms("县长先后到甲乙电工、丙丁金属、戊己铝业看望慰问一线员工。")
    assert got == {"甲乙电工", "丙丁金属", "戊己铝业"}
    assert firms("有色金属行业受影响，金属公司需求下降。") == set()


def test_a_trade_mark_opening_with_he_after_its_city() -> None:
    assert firms("园区内的滨州市和泰食品有限公司已有120名员工返岗。") == {"滨州市和泰食品有限公司"}
    assert firms("县政府和甲乙果蔬有限公司签约。") == {"甲乙果蔬有限公司"}


def test_a_brand_before_a_place_and_a_described_park_is_the_brand_site() -> None:
    record = extract_text("合肥经开区内的甲乙安徽跨境物流产业园今天复工。", "t")
    assert ("甲乙安徽跨境物流产业园", "Enterprise") in {(e.name, e.type) for e in record.entities}
    assert "安徽跨境物流产业园" not in {e.name for e in record.entities}


def test_a_brand_site_is_no_zone_the_measures_of_its_park_belong_to() -> None:
    text = ("合肥经开区多措并举助复工\n\n合肥经开区内的甲乙安徽跨境物流产业园今天复工。"
            "园区组建复工服务小组，实行干部联系企业制度，派出驻企服务员。")
    record = extract_text(text, "t")
    assert {m.region for m in record.measures} == {"合肥经开区"}
    assert not any(e.type == "Agency" and "跨境物流产业园" in e.name for e in record.entities)


def test_counts_verbs_and_scenic_areas_name_no_firm() -> None:
    assert firms("甲乙针织旗下还有4个子公司，员工1600多名。") == {"甲乙针织"}
    assert firms("考虑到纺织厂用工集中，镇里派人上门指导。") == set()
    assert firms("检查组先后到甲乙食品、丙丁化工、戊己山风景区等企业检查防疫。") == {"甲乙食品", "丙丁化工"}


def test_a_park_of_a_zone_or_after_a_verb_of_settling_is_no_brand_site() -> None:
    record = extract_text("甲乙印务有限公司2015年落户奉贤高新区科技园，总投资2亿元。", "t")
    assert not any(e.type == "Enterprise" and e.name.endswith("科技园") for e in record.entities)


def test_growers_are_people_not_firms() -> None:
    assert firms("目前，该镇共帮助果农销售柑橘30万斤。") == set()


def test_a_bodys_verb_before_the_word_bank_names_no_bank() -> None:
    assert firms("香港金管局通知银行为中小企业延期还款，并督促银行落实，甲乙银行率先响应。") == {"甲乙银行"}


def test_a_count_of_firms_of_a_kind_names_no_firm() -> None:
    assert not firms("引导福田区15家股份合作公司减租,龙华街道3家物业公司免租。\n")
    assert "甲乙股份合作公司" in firms("福田区为甲乙股份合作公司减免租金。\n")


def test_words_of_relief_are_no_part_of_a_name() -> None:
    text = "街道发出《关于对园区企业租户合理减免房租的倡议书》后,甲乙股份合作公司积极响应。\n"
    assert firms(text) == {"甲乙股份合作公司"}


def test_an_official_named_after_their_title_who_announces_is_no_brand() -> None:
    assert not firms("香港特区的行政长官陈甲乙18日会见传媒。陈甲乙宣布,政府将推出新一轮抗疫基金。\n")
    assert "丙丁" in firms("香港特区政府推出防疫抗疫基金。丙丁宣布,将为商户减免租金。\n")


def test_the_words_placing_a_firm_in_a_park_and_its_workshop_are_no_part_of_a_name() -> None:
    text = "2月10日,桂林高新七星區某工業園內的桂林甲乙電子有限公司很忙,負責車間生產的經理鄧某說,訂單很多。\n"
    assert firms(text) == {"桂林甲乙电子有限公司"}


def test_a_date_or_an_enumeration_opening_a_stretch_is_no_part_of_a_name() -> None:
    assert not firms("文件提出,2022年国有大型银行要新增普惠贷款。一是加强股份公司园区管理。\n")
    assert firms("二是甲乙有限公司捐赠口罩。\n") == {"甲乙有限公司"}


def test_a_firm_helped_to_get_ready_ends_before_the_verb_and_shopkeepers_are_no_firm() -> None:
    assert firms("江宁区商务局帮助甲乙超市做好复工准备。") == {"甲乙超市"}
    assert firms("江宁区商务局帮助商户做好复工准备,协助店主做好防疫。") == set()
