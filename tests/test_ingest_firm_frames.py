"""Firms named in frames of visit and credit reports: conjunctions inside names, example lists, banks' short
names, lenders' clients and firms' own sites (invented text)."""

from ingest.pipeline import extract_text


def firms(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def support(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def test_a_conjunction_after_one_character_of_the_name_is_inside_it() -> None:
    text = "近日,江宁区经信局干部来到江苏恒和粉末冶金制品有限公司,协调解决用工问题。"
    assert set(firms(text)) == {"江苏恒和粉末冶金制品有限公司"}
    # a firm coordinated with another keeps its own name
    text = "江宁区经信局走访了甲乙电子和丙丁粉末冶金有限公司。"
    assert "丙丁粉末冶金有限公司" in firms(text)
    assert not any(n.startswith("甲乙电子和") for n in firms(text))


def test_verbs_of_inviting_and_promoting_are_not_part_of_a_bank_name() -> None:
    text = "江宁区举办银企对接会,诚邀工商银行江宁支行参加,推介邮储银行推出的信贷产品。"
    assert {"工商银行江宁支行", "邮储银行"} <= set(firms(text))
    assert not any(n.startswith(("诚邀", "推介")) for n in firms(text))


def test_a_list_of_examples_after_help_to_firms_names_the_helped() -> None:
    text = "江宁区经信局为企业解决用工问题,包括金川纺织、华岭机械和明阳电子。"
    assert {("江宁区", "金川纺织"), ("江宁区", "华岭机械"), ("江宁区", "明阳电子")} <= support(text)
    text = "江宁区经信局走访了十余家企业,其中有金川纺织、华岭机械。"
    assert {"金川纺织", "华岭机械"} <= set(firms(text))
    # products listed after 包括 are no firms
    assert not firms("江宁区经信局为企业调配物资,包括口罩、消毒液和测温枪。")


def test_a_bank_lending_to_a_brand_names_the_borrower() -> None:
    text = "江宁区常态化开展政银企对接会,工商银行江宁支行已为润丰达授信3000万元。"
    assert "润丰达" in firms(text)
    assert ("江宁区", "润丰达") in support(text)
    # a kind of borrower is no name
    assert "小微企业" not in firms("江宁区开展对接会,工商银行江宁支行为小微企业授信3000万元。")


def test_a_bank_short_name_after_an_unlisted_place_opening_the_clause() -> None:
    text = "江宁区开展对接会,秣湖农行首批为恒川重工、建岭建筑等公司授信1.6亿元。"
    names = set(firms(text))
    assert "秣湖农行" in names and {"恒川重工", "建岭建筑"} <= names
    # a time word before the short name is no place
    assert "今年农行" not in firms("江宁区开展对接会,今年农行为恒川重工授信1亿元。")


def test_a_branch_named_after_the_city_keeps_no_level_word() -> None:
    text = "南京市举办对接会。市邮储银行南京分行为南京华岭机械有限公司授信。"
    assert firms(text).get("邮储银行南京分行") == ("市邮储银行南京分行",)


def test_a_firm_site_named_by_the_firm_and_a_bracketed_place() -> None:
    text = "电子信息是江宁区的主导产业。目前,华联智造(南京)科技园项目一期已投产。"
    assert "华联智造(南京)科技园" in firms(text)
    # a place's own park names no firm
    assert not firms("目前,江宁(南京)科技园项目一期已投产。")


def test_a_bank_short_name_after_a_place_is_the_branch_named_in_full() -> None:
    text = "江宁区开展对接会。工商银行江宁支行负责人参加。今年来,江宁工行已为恒川重工授信2000万元。"
    assert firms(text).get("工商银行江宁支行") == ("江宁工行",)
    # another bank's short name stays its own
    text = "江宁区开展对接会,江宁农行为恒川重工授信。工商银行江宁支行也参加。"
    assert {"江宁农行", "工商银行江宁支行"} <= set(firms(text))


def test_the_firm_a_person_is_the_officer_of() -> None:
    text = "王明是华岭机械的总经理。他说:“江宁区经信局帮我们申请到了贴息。”"
    assert ("江宁区", "华岭机械") in support(text)
    assert set(firms("李华任恒川重工董事长。江宁区经信局走访了恒川重工。")) == {"恒川重工"}
    assert not firms("他是这家企业的总经理,也是园区的厂长。")
    assert not firms("王明系县里的厂长,也是村里的厂长。")


def test_a_branch_named_after_its_parent_full_name_is_one_firm() -> None:
    text = "江宁区台办助力当地江苏恒川滤清器股份有限公司华岭滤材分公司等台企复工。"
    assert set(firms(text)) == {"江苏恒川滤清器股份有限公司华岭滤材分公司"}
    assert ("江宁区", "江苏恒川滤清器股份有限公司华岭滤材分公司") in support(text)


def test_the_area_word_before_a_firm_is_not_its_name() -> None:
    assert set(firms("江宁区台办走访了当地江苏恒川重工有限公司。")) == {"江苏恒川重工有限公司"}
    assert set(firms("江宁区台办走访了本地恒川重工。")) == {"恒川重工"}


def test_firms_given_as_examples_of_growth_are_not_helped() -> None:
    text = "江宁区工业生产降幅收窄,需求增加为部分企业带来利好,如恒川、华岭两家企业分别增长30%。"
    assert not support(text)


def test_a_function_character_after_the_place_opening_a_legal_name() -> None:
    assert set(firms("在湖北佳在乡食品有限公司,镇党委书记一行实地察看。")) == {"湖北佳在乡食品有限公司"}
    # a preposition after a place opens no name
    assert not firms("中国将在南京设立公司。")


def test_the_one_trade_name_a_served_firm_word_introduces() -> None:
    text = "2月16日,某乡纪委书记走访包联企业圣岭鞋业,记录了企业诉求。"
    assert set(firms(text)) == {"圣岭鞋业"}
    assert set(firms("江宁区重点企业恒川重工,今年产值增长。")) == {"恒川重工"}
    # words that are no trade name after such words name nothing
    assert not firms("江宁区重点企业带动作用明显,今年产值增长。")


def test_a_two_character_short_form_between_help_and_its_verb() -> None:
    text = "江宁区经信局走访了南京华岭机械制造有限公司。江宁区还为华岭协调了原料。"
    assert firms(text) == {"南京华岭机械制造有限公司": ("华岭",)}
    assert len({m.text for m in extract_text(text, "t").measures if "南京华岭机械制造有限公司" in m.beneficiaries}) == 2
    # the start of a longer name is no short form
    assert firms("江宁区经信局走访了南京华岭机械制造有限公司。江宁区还为华岭村协调了原料。") == {"南京华岭机械制造有限公司": ()}


def test_a_firm_whose_name_holds_the_province_of_the_place_reported_on_is_there() -> None:
    measures = "江宁区经信局为企业办理通行证。江宁区经信局为企业减免房租。江宁区经信局为企业发放补贴。"
    located = {(r.subject, r.object) for r in extract_text(measures + "在江苏华岭机械有限公司,镇党委书记一行察看生产环境。", "t").relations if r.type == "LOCATED_IN"}
    assert located == {("江苏华岭机械有限公司", "江宁区")}
    # a province elsewhere says the firm is not the place's
    located = {(r.subject, r.object) for r in extract_text(measures + "在浙江华岭机械有限公司,镇党委书记一行察看生产环境。", "t").relations if r.type == "LOCATED_IN"}
    assert ("浙江华岭机械有限公司", "江宁区") not in located


def test_a_brand_written_right_before_a_place_named_park_names_the_firm_site() -> None:
    text = "江宁区经信局走访了华联智造南京产业园,协调解决用工问题。"
    assert "华联智造南京产业园" in firms(text)
    assert ("江宁区", "华联智造南京产业园") in support(text)
    assert set(firms("大巴发车,专车接回华联智造南京科技工业园近400名员工。")) == {"华联智造南京科技工业园"}
    # a verb before such a park names nothing
    assert not firms("江宁区经信局推动新建南京产业园。")


def test_a_firm_described_by_a_count_is_not_named() -> None:
    text = "宝丰大厦一家外资企业出于合规性目的要求提供盖章文件,枫林街道营商服务组上门解释。"
    assert not firms(text)
    assert set(firms("江宁区重点企业恒川重工的订单增长。")) == {"恒川重工"}


def test_a_visited_list_ends_at_its_count_or_short_kind() -> None:
    assert {"恒川重工", "华岭机械"} <= set(firms("江宁区经信局走访了恒川重工、华岭机械等5家企业。"))
    assert {"栋岭鞋业", "天川食品厂"} <= set(firms("代表们先后实地走访了栋岭鞋业、天川食品厂等企,查看经营环境。"))


def test_a_speaker_frame_names_the_firm_without_a_legal_suffix() -> None:
    for frame in ("恒川重工的负责人说", "恒川重工办公室主任王明说", "来自恒川重工的王明说", "恒川重工生产部长王明说"):
        assert set(firms(f"“园区帮我们解决了用工。”{frame}。")) == {"恒川重工"}, frame
    for frame in ("村里的负责人说", "江宁区政府办公室主任王明说", "来自湖北的王明说"):
        assert not firms(f"“镇里帮我们解决了用工。”{frame}。"), frame


def test_firms_a_body_brings_in_to_take_part_are_helped() -> None:
    text = "江宁区经信局邀请恒川重工、华岭机械参加银企对接会,帮助企业融资。"
    assert {("江宁区", "恒川重工"), ("江宁区", "华岭机械")} <= support(text)
    assert ("江宁区", "恒川重工") in support("江宁区经信局推荐恒川重工入选专精特新企业名单。")
    # firms organised to give are not helped
    assert not support("江宁区经信局组织恒川重工、华岭机械向商户捐赠口罩。")


def test_more_frames_of_a_visit_or_an_example_name_the_firm() -> None:
    assert ("江宁区", "恒川重工") in support("以恒川重工为例,江宁区经信局帮助其解决了用工问题。")
    assert ("江宁区", "恒川重工") in support("江宁区经信局第一时间赶到恒川重工,协调解决原料问题。")
    assert ("江宁区", "恒川重工") in support("江宁区经信局对恒川重工进行走访,了解企业困难。")
    assert ("江宁区", "恒川重工") in support("江宁区经信局工作人员上门服务恒川重工。")
    assert not firms("江宁区经信局服务企业、帮扶企业。以招聘为例,江宁区办了5场。")


def test_short_forms_by_the_mark_start_and_end_or_before_the_works() -> None:
    text = "江宁区经信局走访了天岭集团周口水泥有限公司。天岭水泥已复工。"
    assert firms(text) == {"天岭集团周口水泥有限公司": ("天岭水泥",)}
    text = "江宁区经信局走访了安徽凤岭滤清器股份有限公司。凤岭滤清器员工已返岗。"
    assert firms(text) == {"安徽凤岭滤清器股份有限公司": ("凤岭滤清器",)}


def test_a_place_and_its_particle_before_a_firm_say_where_it_is() -> None:
    record = extract_text("南京市经信局走访了江宁区的恒川重工,协调解决用工。", "t")
    assert {e.name for e in record.entities if e.type == "Enterprise"} == {"恒川重工"}
    assert {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"} == {("恒川重工", "江宁区")}


def test_a_place_and_trade_name_after_a_description() -> None:
    assert set(firms("南京市协调复工,以保障生产消毒用品的济宁市太阳纸业的原材料供应。")) == {"济宁市太阳纸业"}
    assert not firms("支持全市的南京电子信息产业发展。")


def test_a_firm_named_for_another_city_is_not_placed_in_its_helper() -> None:
    text = "济宁市工信局来函,帮助海城市海岭滑石粉有限公司复工复产。海城市积极协调。"
    located = {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}
    assert located == {("海城市海岭滑石粉有限公司", "海城市")}


def test_a_shop_visited_is_a_firm() -> None:
    assert set(firms("某市台办带队走访。在台胞经营的提岭咖啡店,一行人宣传了防疫要求。")) == {"提岭咖啡店"}
    assert "芜湖国岭大药房" in firms("调研先后走访了芜湖国岭大药房、芜湖盛川机电等企业。")
    assert not firms("在这家超市,工作人员宣传政策。走访了附近的大型超市,了解物资供应。")


def test_more_frames_of_help_to_a_named_firm() -> None:
    assert ("江宁区", "恒川重工") in support("江宁区为恒川重工量身定制一企一策服务方案。")
    assert ("江宁区", "恒川重工") in support("江宁区经信局协调解决恒川重工用地问题。")
    assert ("江宁区", "恒川重工") in support("江宁区经信局为恒川重工开辟绿色通道。")
    assert {("江宁区", "恒川重工"), ("江宁区", "华岭机械")} <= support("江宁区经信局帮助恒川重工、华岭机械招工300人。")
    assert {"恒川重工", "华岭机械"} <= set(firms("恒川重工、华岭机械分别获得奖励10万元。"))
    assert not firms("江宁区经信局帮助企业、个体户复工。江宁区为企业制定方案,解决企业用地问题。")
