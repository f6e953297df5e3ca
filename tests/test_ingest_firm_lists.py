"""Firms named in lists of visits and counts, and words that only look like firms (invented text)."""

from ingest.pipeline import extract_text


def firms(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def test_a_count_in_households_closes_a_list_of_firms() -> None:
    text = "某县工信局协助甲乙纺织等3户企业办理生产资质,为丙丁包装、戊己肉业、庚辛科技4户企业开具通行证明。\n"
    found = firms(text)
    assert {"甲乙纺织", "丙丁包装", "庚辛科技"} <= found
    assert not any(n.startswith("协助") for n in found)


def test_a_count_of_firms_after_a_verb_of_existence_names_none() -> None:
    text = "经过积极争取,某某市共有16户企业获批应急贷款。\n"
    assert not any("共有" in n for n in firms(text))


def test_the_first_firm_after_a_bare_visit_verb() -> None:
    text = "某县工商联立即组派干部赴甲乙混凝土、丙丁环保等企业宣传解读政策。\n"
    assert {"甲乙混凝土", "丙丁环保"} <= firms(text)


def test_a_visit_list_opening_with_its_zone_and_joined_by_yiji() -> None:
    text = "3月3日,副县长某某深入县经济开发区甲乙科技、丙丁科技公司,调研企业复工复产情况。\n"
    assert {"甲乙科技", "丙丁科技公司"} <= firms(text)
    text = "某某先后来到戊己电子、庚辛机械以及壬癸新能源等地,详细了解企业复工情况。\n"
    assert {"戊己电子", "庚辛机械", "壬癸新能源"} <= firms(text)


def test_a_ranking_is_not_part_of_the_name() -> None:
    text = "由世界500强甲乙集团投资的再生资源项目顺利签约。\n"
    found = firms(text)
    assert "甲乙集团" in found and not any("500" in n for n in found)


def test_kinds_of_firms_and_finance_words_are_no_names() -> None:
    text = "某区邀请市工商银行、普惠金融、市邮政储蓄银行参加座谈会,动员干部主动帮助商家申请场所码,倡议各经济联社减免租金。\n"
    assert not {"普惠金融", "商家", "经济联社"} & firms(text)


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_a_trade_name_in_a_report_on_one_county_is_in_that_county() -> None:
    text = (
        "武义县:靠前服务 助力企业复工复产\n"
        "武义县减免中小企业房租3个月。武义县为复工企业免费发放口罩2万只。武义县对新增贷款给予贴息。\n"
        "截至目前,甲乙米业、丙丁油业等粮油加工企业及时复工,戊己等企业也已复产。\n"
    )
    found = located(text)
    assert {("甲乙米业", "武义县"), ("丙丁油业", "武义县")} <= found
    assert not any(s == "戊己" for s, _ in found)


def test_a_longer_list_holding_a_firm_named_before_names_firms() -> None:
    text = (
        "甲乙粮油、丙丁生物等5户企业入选省级重点保障企业。\n"
        "某市工信局帮助甲乙粮油、戊己米业、庚辛化工、丙丁生物和壬癸自动化解决贷款。\n"
    )
    assert {"戊己米业", "庚辛化工", "壬癸自动化"} <= firms(text)


def test_the_large_banks_by_their_short_names_are_firms_but_no_beneficiaries() -> None:
    text = (
        "在某开发区,甲乙光电等7家企业都获得了工行等银行的贷款。建行为21家小微企业发放贷款。某某县农行推出专属产品。"
        "施工行业逐步恢复,集中行动持续推进。\n"
    )
    record = extract_text(text, "t")
    found = {e.name for e in record.entities if e.type == "Enterprise"}
    assert {"工行", "建行"} <= found and any(n.endswith("县农行") for n in found)
    assert "中行" not in found and not any("施工" in n for n in found)
    assert not any(b.endswith("行") for m in record.measures for b in m.beneficiaries)


def test_a_bank_branch_named_after_a_zone_or_town_of_the_text_is_there() -> None:
    text = (
        "宁波高新区出台助企措施。近日,甲乙科技有限公司获得鄞州银行高新支行1亿元授信。\n"
        "武义县桐琴镇出台助企措施。武义县农商行桐琴支行为丙丁工艺品厂发放贷款200万元。\n"
    )
    found = located(text)
    assert ("鄞州银行高新支行", "宁波高新区") in found
    assert ("武义县农商行桐琴支行", "桐琴镇") in found


def test_a_bank_branch_named_by_a_bare_county_of_the_text_is_in_that_county() -> None:
    text = "遂昌县召开金融助企会议。会上,工商银行遂昌支行为甲乙竹木制品厂授信500万元。\n"
    assert ("工商银行遂昌支行", "遂昌县") in located(text)
    # (a branch named after no place of the text is placed nowhere)
    assert not any(f == "工商银行丙丁支行" for f, _ in located("遂昌县召开金融助企会议。工商银行丙丁支行参会。\n"))


def test_trade_names_listed_after_an_area_word_before_a_firm_verb() -> None:
    assert {"甲丙半导体", "乙丁光电"} <= firms("某某科学园区内的甲丙半导体、乙丁光电获得补助。\n")
    assert {"甲丙半导体", "乙丁光电"} <= firms("截至目前,甲丙半导体、乙丁光电均已复工。\n")


def test_a_notice_listing_firms_one_to_a_line_places_them_in_its_place() -> None:
    text = (
        "关于下达永康市专精特新企业奖励资金的通知\n"
        "现将奖励企业名单公布如下:\n"
        "一、省级专精特新中小企业(每家奖励20万元)\n"
        "1.永康市甲乙五金制品有限公司\n"
        "2.丙丁电器\n"
        "二、市级专精特新企业\n"
        "戊己科技、庚辛实业、壬癸机电\n"
        "永康市经济和信息化局\n"
    )
    assert {"丙丁电器", "戊己科技", "庚辛实业", "壬癸机电"} <= firms(text)
    assert not any("专精特新" in n for n in firms(text))
    assert {("丙丁电器", "永康市"), ("戊己科技", "永康市")} <= located(text)


def test_a_verb_of_existence_is_not_part_of_the_name_after_it() -> None:
    assert "甲乙村镇银行" in firms("此次共有甲乙村镇银行等3家银行参与。\n")
    assert "丙丁科技有限公司" in firms("目前已有丙丁科技有限公司入驻。\n")
    assert "有道科技有限公司" in firms("有道科技有限公司推出新品。\n")


def test_verbs_of_subsidy_and_inspection_are_not_part_of_the_name_after_them() -> None:
    assert {"甲丙半导体", "乙丁光电"} <= firms("高雄市政府補助甲丙半導體、乙丁光電等廠商。\n")
    found = firms("縣長視察甲乙紙業公司與丙丁鞋業公司。\n")
    assert "甲乙纸业公司" in found and not any(n.startswith("县长") for n in found)


def test_a_list_of_the_trade_leaders_names_firms() -> None:
    text = "园区拥有各类工业企业300多家,其中不乏甲乙特、丙丁重工、戊己等“行业巨头”。\n"
    assert {"甲乙特", "丙丁重工", "戊己"} <= firms(text)
    assert firms("园区聚集了汽车、电子等行业巨头。\n") == set()


def test_a_list_closed_by_its_count_names_firms_when_the_count_fits() -> None:
    assert {"甲派纺织", "乙鸿纺织"} <= firms("日前,甲派纺织、乙鸿纺织两家入驻福绵园区的企业已开工。\n")
    assert {"甲佳", "乙康", "丙福"} <= firms("今年,甲佳、乙康和丙福三大连锁超市为客人提供减价。\n")
    assert not firms("今年,甲佳、乙康和丙福两大连锁超市为客人提供减价。\n")
    assert not firms("餐饮、零售两大行业的企业受冲击最大。\n")


def test_a_list_of_businesses_in_taiwan_usage_names_firms_but_not_trades() -> None:
    assert {"甲佳", "乙康", "丙福"} <= firms("新北市政府為甲佳、乙康、丙福等9家業者提供租金補貼。\n")
    assert not firms("新北市政府為餐飲、零售等業者提供租金補貼。\n")


def test_a_list_closed_by_where_its_firms_settled_names_firms_in_that_zone() -> None:
    record = extract_text("日前,甲乙科技、丙丁电子等入驻福州高新区的企业开工建设。\n", "t")
    assert {"甲乙科技", "丙丁电子"} <= {e.name for e in record.entities if e.type == "Enterprise"}
    assert {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"} == {("甲乙科技", "福州高新区"), ("丙丁电子", "福州高新区")}
    assert not firms("餐饮、零售等入驻福州高新区的企业复工。\n")


def test_an_item_opening_with_where_it_is_stays_in_the_list() -> None:
    text = "镇政府帮我联系了当地的甲买盛、乙家乐、丙果和县城的丁果园等几家超市,蔬菜都卖完了。\n"
    assert firms(text) == {"甲买盛", "乙家乐", "丙果", "丁果园"}


def test_firms_a_visiting_party_goes_on_to_are_in_the_place_it_went_to() -> None:
    text = (
        "4月9日,市工信局局长王某赴长春市南关区察看工厂复产。"
        "长春经济技术开发区、区商务局负责同志陪同。\n"
        "王某一行先后走访了丙丁彩印、戊己汽配等企业,帮助企业协调口罩。\n"
    )
    found = located(text)
    assert ("丙丁彩印", "南关区") in found and ("戊己汽配", "南关区") in found
    # (the zone whose officials attend is no place the firms are reported in)
    assert not any(place.startswith("长春经") for _, place in found)


def test_a_list_of_cooperatives_names_each_with_the_kind_they_share() -> None:
    record = extract_text("新田镇帮扶农户复产,金穗种养合作社已开始备耕。该镇除金穗、禾丰等种养合作社外,散户也恢复生产。", "t")
    found = {e.name: e.aliases for e in record.entities if e.type == "Enterprise"}
    assert set(found) == {"金穗种养合作社", "禾丰种养合作社"}
    assert "金穗" in found["金穗种养合作社"]


def test_chu_inside_a_trade_word_opens_no_list() -> None:
    assert "甲乙除尘设备" in firms("甲乙除尘设备、丙丁等企业获得补贴。")


def test_premises_and_a_group_s_plant_are_no_firm_s_name() -> None:
    assert firms("调研组走进甲乙机械公司,随后深入厂区车间查看生产。") == {"甲乙机械公司"}
    assert firms("市长一行来到甲乙集团轧钢二厂,查看生产。") == {"甲乙集团"}


def test_a_list_goes_on_over_a_comma_and_yiji_and_over_each_items_park() -> None:
    lead = "武进区经发局召开会议。"
    assert {"甲乙科技", "丙丁电子", "戊己材料"} <= firms(lead + "该区为甲乙科技、丙丁电子,以及戊己材料等企业协调物流。\n")
    assert {"甲乙科技", "丙丁电子"} <= firms(lead + "补助的企业包括城东园区的甲乙科技、城西园区的丙丁电子等公司。\n")
    # a bare list with no closing word names no firms
    assert firms(lead + "该区协调物流、用工,以及原料供应等问题。\n") == set()


def test_trade_names_after_a_verb_securing_their_supply_are_firms() -> None:
    text = "图们市商务局为保障甲乙纸业、丙丁禽业、戊己雅诺3户企业原料进厂,为企业开具通行证明。"
    record = extract_text(text, "t")
    assert {e.name for e in record.entities if e.type == "Enterprise"} == {"甲乙纸业", "丙丁禽业", "戊己雅诺"}
    # (what firms make, after the verb, is still a kind of firm)
    assert not [e for e in extract_text("图们市商务局帮助生产医用口罩、防护服等企业解决原料。", "t").entities if e.type == "Enterprise"]
