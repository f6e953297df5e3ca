"""Firms named where money or goods go, after a 的 phrase or a level word, and lists that name places,
not firms (invented text)."""

from test_ingest_firm_forms import firms, pairs, support

from ingest.pipeline import extract_text


def test_a_function_character_after_de_opens_the_name() -> None:
    found = firms("位于城南经济开发区的为达机械公司,现有员工300多人。为达机械公司负责人说,订单已恢复。")
    assert "为达机械公司" in found and "达机械公司" not in found


def test_a_function_character_after_a_visit_opens_the_first_listed_name() -> None:
    record = extract_text("记者走进为达机械、丙丁纺织等多家工业企业。位于城南经济开发区的为达机械公司,现有员工300多人。", "t")
    firm = {e.name: e.aliases for e in record.entities if e.type == "Enterprise"}
    assert set(firm) == {"为达机械公司", "丙丁纺织"} and "为达机械" in firm["为达机械公司"]


def test_the_items_of_a_list_of_places_are_no_firms() -> None:
    found = firms("市经信局及时为甲乙医疗协调嘉鱼、武汉等地三家零件厂商复产。")
    assert "嘉鱼" not in found and "甲乙医疗" in found


def test_banks_of_two_levels_are_no_firm() -> None:
    assert not any("两级" in f for f in firms("县科技局主动对接市县两级邮储银行,帮助企业争取贷款。"))


def test_a_list_after_a_level_word_names_its_firms() -> None:
    text = "咸宁市经信局服务企业。截至4月,我市崇阳甲乙、戊己医疗器械等9家企业获得低息贷款支持。"
    assert {("咸宁", "崇阳甲乙"), ("咸宁", "戊己医疗器械")} <= support(text)
    assert "崇阳" not in {e.name for e in extract_text(text, "t").entities}


def test_the_recipient_of_money_paid_or_goods_sent_is_a_firm() -> None:
    found = firms("咸宁市经信局协调资金,拨付咸宁丙丁戊200万元,拨付崇阳县300万元;调运烟煤发往通山甲乙生物,解决燃料问题。")
    assert {"咸宁丙丁戊", "通山甲乙生物"} <= found
    assert "崇阳县" not in found


def test_a_county_body_in_a_text_naming_the_county_only_in_its_zone_is_the_county_s() -> None:
    record = extract_text("位于德化经济开发区的甲乙陶瓷公司,现有员工200多人。县工信局积极帮扶甲乙陶瓷公司,把该公司列入白名单企业。", "t")
    names = {(e.type, e.name) for e in record.entities}
    assert {("Region", "德化县"), ("Agency", "德化县工信局")} <= names
    assert ("德化县", "甲乙陶瓷公司") in {(m.region, b) for m in record.measures for b in m.beneficiaries}
    assert ("甲乙陶瓷公司", "德化经济开发区") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_the_firms_a_body_puts_forward_by_their_projects_are_helped() -> None:
    text = "德化县工信局组织实施技改行动计划,推进丙丁智汇、戊己纺织等12个技改项目列入省重点技改项目库。"
    assert {("德化县", "丙丁智汇"), ("德化县", "戊己纺织")} <= support(text)
    assert not firms("德化县工信局推动智能制造、绿色发展等5个项目纳入省重点项目。")


def test_that_bureau_is_the_last_body_with_a_place() -> None:
    text = (
        "位于德化经济开发区的甲乙陶瓷公司已复工。县工信局今年选推30家企业列入市工信局“白名单”。"
        "此外,该局组织工业企业参与电力直接交易,帮企业降低用电成本。"
    )
    assert ("德化县", "UTILITY_COST_RELIEF") in {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_a_body_with_a_quoted_word_in_its_name_acts_beside_another() -> None:
    record = extract_text("获知情况后,绵阳科技城“双创”服务中心和盐亭县科技局密切配合,帮助企业争取到贷款资金300万元。", "t")
    assert ("Agency", "绵阳科技城双创服务中心") in {(e.type, e.name) for e in record.entities}
    assert {"绵阳科技城", "盐亭县"} <= {m.region for m in record.measures}


def test_a_firm_named_for_its_city_helped_by_a_county_of_it_is_in_the_county() -> None:
    text = (
        "绵阳市经信局为企业减免房租500万元。绵阳市经信局为企业发放稳岗补贴300万元。绵阳市经信局开通审批绿色通道。"
        "盐亭县科技局主动对接银行,帮助绵阳甲乙金属科技有限公司争取到贷款资金300万元。"
    )
    assert ("绵阳甲乙金属科技有限公司", "盐亭县") in {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_a_town_opening_a_firm_s_name_says_where_it_is() -> None:
    record = extract_text("滨海县界牌镇有工业企业25家。界牌镇丙丁生物科技公司员工按照公司分时进厂要求进入岗位。", "t")
    assert "丙丁生物科技公司" in {e.name for e in record.entities if e.type == "Enterprise"}
    assert "按照公司" not in {e.name for e in record.entities}
    assert ("丙丁生物科技公司", "界牌镇") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_a_verb_of_going_ends_the_words_before_a_name_and_a_short_name_joins_it() -> None:
    text = "园区干部每天都会准时到戊己铸业公司查看。戊己公司负责人说,园区帮企业招到26名工人。"
    record = extract_text(text, "t")
    firm = [e for e in record.entities if e.type == "Enterprise"]
    assert [(e.name, e.aliases) for e in firm] == [("戊己铸业公司", ("戊己公司",))]


def test_credit_a_body_obtains_for_a_firm_helps_it() -> None:
    text = (
        "作为宁波高新区的重点企业,甲乙公司也受到了冲击。宁波高新区管委会副主任张某得知后,"
        "积极为企业争取低成本融资,最终促成某某银行高新支行与甲乙公司顺利对接。"
    )
    assert ("宁波高新区", "甲乙公司") in support(text)


def test_a_count_of_firms_after_a_list_names_firms_whatever_they_make() -> None:
    found = firms("在开发区,像甲乙医疗科技一样,丙丁光电等7家消杀物资制造企业都拿到了银行贷款。烟台开发区银行新增贷款11亿元。")
    assert {"甲乙医疗科技", "丙丁光电"} <= found
    assert "烟台开发区银行" not in found
    assert not firms("口罩、防护服等防护物资制造企业复工。")


def test_special_support_and_returned_deposits_are_measures_for_the_firm() -> None:
    text = (
        "“96万元保证金已到账。”浙江甲乙五金有限公司负责人说。湖州德清经开区随即落实“保证金”返还。"
        "德清深化服务。浙江丙丁医械有限公司获得900万元专项支持。"
    )
    found = pairs(text)
    assert ("湖州德清经开区", "FEE_WAIVER") in found
    assert ("德清", "浙江丙丁医械有限公司") in support(text)


def test_a_firm_the_body_turns_to_for_another_firm_is_no_beneficiary() -> None:
    assert support("溧水区经信局对接甲乙电力公司,为丙丁纺织开辟用电绿色通道。") == {("溧水区", "丙丁纺织")}
    assert support("溧水区经信局走访甲乙纺织,为企业解决用工难题。") == {("溧水区", "甲乙纺织")}


def test_a_firm_helped_to_apply_to_a_bank_is_helped_with_credit() -> None:
    text = "溧水区经信局积极协调,帮助戊己电子向甲乙银行申请贷款200万元。"
    assert support(text) == {("溧水区", "戊己电子")}
    assert ("溧水区", "PREFERENTIAL_CREDIT") in pairs(text)


def test_shops_listed_after_an_area_word_are_helped() -> None:
    assert support("溧水区税务局为辖区甲乙超市、丙丁酒店等商户减免税费20万元。") == {("溧水区", "甲乙超市"), ("溧水区", "丙丁酒店")}
    assert not firms("溧水区为餐饮、零售等商户减免房租。")


def test_names_end_before_the_verb_of_the_help() -> None:
    assert firms("溧水区经信局推动甲乙汽车与丙丁电子签订配套协议,帮助丙丁电子扩大销售。") == {"甲乙汽车", "丙丁电子"}


def test_firms_sending_workers_or_selling_supplies_are_no_beneficiaries() -> None:
    assert support("溧水区人社局为甲乙电子招聘员工120名,协调丙丁劳务公司输送工人。") == {("溧水区", "甲乙电子")}
    assert support("溧水区经信局帮助甲乙药业从丙丁化工采购原料20吨。") == {("溧水区", "甲乙药业")}
    assert support("溧水区发改委协调甲乙燃气公司为丙丁陶瓷保障天然气供应。") == {("溧水区", "丙丁陶瓷")}


def test_a_trade_name_a_body_puts_on_a_list_is_helped() -> None:
    assert support("溧水区经信局将甲乙药业纳入白名单。") == {("溧水区", "甲乙药业")}


def test_a_firm_asked_to_supply_more_gives_the_help() -> None:
    text = "酒泉市工信局协调市交通局平整道路,并协调甲乙铝业公司加大原料供应,保障了丙丁有限公司的生产。"
    assert support(text) == {("酒泉", "丙丁有限公司")}
    assert support("酒泉市工信局帮助甲乙铝业公司加大原料供应。") == {("酒泉", "甲乙铝业公司")}


def test_a_firm_a_body_directs_to_supply_keeps_the_measure_concrete() -> None:
    text = "酒泉市工信局先后协调交通部门平整道路;又协调甲乙铝业公司增加铝锭运输供应,保障了企业复工复产。\n"
    measures = extract_text(text, "t").measures
    assert any("LOGISTICS_SUPPORT" in m.categories for m in measures)
    assert not any("甲乙铝业公司" in m.beneficiaries for m in measures)


def test_a_firm_owning_the_premises_rented_is_the_landlord() -> None:
    text = "株洲高新区简报\n\n株洲高新区对租用园区、甲乙控股集团所属的国有物业的小微商户，减免3个月房屋租金。"
    assert [m.beneficiaries for m in extract_text(text, "t").measures] == [()]
    # ...also where a later clause says who enjoys the relief
    text = "株洲高新区简报\n\n株洲高新区对租用甲乙控股集团所属的国有物业的小微商户减免3个月租金，转租的由实际承租人享受减免。"
    assert [m.beneficiaries for m in extract_text(text, "t").measures] == [()]
    # a firm the relief is given to is still helped
    text = "株洲高新区简报\n\n株洲高新区为甲乙科技有限公司减免3个月房屋租金。"
    assert [m.beneficiaries for m in extract_text(text, "t").measures] == [("甲乙科技有限公司",)]


def test_firms_a_hong_kong_bureaus_scheme_approved_are_its_beneficiaries() -> None:
    text = (
        "政府推出「本地防護衣生產資助計劃」。商經局公布,當局再批出3宗申請,涉及4條生產線。\n"
        "今次批出的生產線,分別有甲乙實業有限公司、丙丁製品有限公司及戊己科技有限公司各佔一條。\n"
        "兩間公司最高資助額為200萬元。\n"
    )
    record = extract_text(text, "t")
    assert "香港" in {e.name for e in record.entities if e.type == "Region"}
    assert {e.name for e in record.entities if e.type == "Enterprise"} == {"甲乙实业有限公司", "丙丁制品有限公司", "戊己科技有限公司"}
    helped = {(m.region, b) for m in record.measures for b in m.beneficiaries}
    assert helped == {("香港", "甲乙实业有限公司"), ("香港", "丙丁制品有限公司"), ("香港", "戊己科技有限公司")}
