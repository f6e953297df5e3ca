"""LOCATED_IN on short invented texts: explicit patterns, the section's zone, helped firms, names."""

from ingest.pipeline import extract_text


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_firm_right_after_a_zone_even_before_an_institution_word() -> None:
    """某高新区甲乙智能在医院部署…: the zone is the firm's, not hidden as an institution's place."""
    assert ("甲乙智能科技有限公司", "宁波高新区") in located("宁波高新区甲乙智能科技有限公司在医院部署消毒机器人。")


def test_words_between_a_zone_and_its_firm() -> None:
    """某高新区未来独角兽企业甲乙: a kind of firm between the zone and the name still says where it is."""
    from ingest.resolve import _HOME_BEFORE

    for gap in ("未来独角兽企业", "的重点企业", "本土企业", "的瞪羚企业"):
        assert _HOME_BEFORE.fullmatch(gap), gap
    for gap in ("和企业", "向企业", "的企业与"):
        assert not _HOME_BEFORE.fullmatch(gap), gap


def test_section_zone_passes_over_the_city_that_holds_it() -> None:
    """A city named after the zone (宁波新工厂) does not take the zone's firms."""
    text = "宁波高新区积极服务外资企业复工复产。宁波新工厂投资计划提高一倍;甲乙精密机械有限公司成为首家复工的工厂。"
    got = located(text)
    assert ("甲乙精密机械有限公司", "宁波高新区") in got
    assert ("甲乙精密机械有限公司", "宁波") not in got


def test_another_place_ends_the_zone_section() -> None:
    text = "宁波高新区积极服务企业复工。在江北区,甲乙精密机械有限公司已经复工。"
    assert ("甲乙精密机械有限公司", "宁波高新区") not in located(text)


def test_firm_helped_by_the_document_place_lives_there() -> None:
    text = "嘉兴市出台政策助企复工。嘉兴市为甲乙纺织有限公司协调解决用工难题。嘉兴市对企业减免房租。"
    assert ("甲乙纺织有限公司", "嘉兴") in located(text)


def test_coordination_is_not_location() -> None:
    assert not any(s == "甲乙纺织有限公司" for s, _ in located("嘉兴市和甲乙纺织有限公司签订合作协议。"))


def test_own_name_in_another_province_overrides_the_section_zone() -> None:
    text = "浙江与上海协同保障电力供应。上海临港新片区全力保障企业复工。国网浙江省电力有限公司跨省支援电力抢修。"
    got = located(text)
    assert ("国网浙江省电力有限公司", "浙江") in got
    assert not any(s == "国网浙江省电力有限公司" and o != "浙江" for s, o in got)


def test_bank_branch_is_where_its_name_says() -> None:
    text = "广东出台金融支持措施。中国银行广东省分行为企业提供专项贷款。"
    assert ("中国银行广东省分行", "广东") in located(text)


def test_zone_word_before_a_firm_stands_for_the_zone_named_last() -> None:
    text = "嘉兴经开区出台十条措施。" + "各部门分头落实。" * 80 + "园区企业甲乙纺织有限公司率先复工。"
    assert ("甲乙纺织有限公司", "嘉兴经开区") in located(text)


def test_firm_far_into_a_zone_section_is_in_that_zone() -> None:
    text = "## 嘉兴经开区\n" + "各部门分头落实助企政策。" * 80 + "\n甲乙纺织有限公司已经复工。\n## 其他地区\n丙丁机械有限公司已经复工。\n"
    got = located(text)
    assert ("甲乙纺织有限公司", "嘉兴经开区") in got
    assert not any(s == "丙丁机械有限公司" for s, _ in got)


def test_kinds_of_firms_are_located_nowhere() -> None:
    text = "嘉兴经开区优先保障能源供应、交通物流、城市运行等企业复工复产。"
    assert located(text) == set()


def test_a_verb_inside_a_firm_s_name_opens_no_kind_of_firm() -> None:
    text = "近日，望城区石湖乡为企业办理复工手续，该乡联系的甲乙制造、丙丁照明等企业本周起恢复生产。"
    assert located(text) == {("甲乙制造", "石湖乡"), ("丙丁照明", "石湖乡")}
    # the verb opening a word still names a kind (生产口罩等企业)
    assert located("嘉兴经开区优先保障生产口罩、防护服等企业复工。") == set()


def test_a_firm_s_clients_are_placed_by_no_section() -> None:
    text = "嘉兴经开区为企业协调防疫物资。嘉兴甲乙包装有限公司创办于2005年。其客户包括丙丁、戊己、庚辛等多家大型企业。"
    assert located(text) == {("嘉兴甲乙包装有限公司", "嘉兴经开区")}


def test_a_firm_settled_after_its_founding_is_in_that_zone() -> None:
    text = "嘉兴经开区为企业协调防疫物资。嘉兴甲乙包装有限公司创办于2005年，2015年入驻嘉兴经开区禾兴工业园。"
    assert located(text) == {("嘉兴甲乙包装有限公司", "嘉兴经开区禾兴工业园")}


def test_a_city_s_firm_in_a_report_on_a_town_of_no_named_county_is_in_the_town() -> None:
    text = ("南阳甲乙鞋业有限公司负责人介绍了今年的订单情况。石湖乡纪委书记张某走访20家企业，记录企业诉求。"
            "石湖乡为20家企业协调解决用工难题。石湖乡帮助30家企业办理复工手续。")
    assert located(text) == {("南阳甲乙鞋业有限公司", "石湖乡")}


def helped(text: str) -> set[tuple[str, str]]:
    """(region, beneficiary) pairs of a text's measures."""
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def test_firm_giving_the_help_is_no_beneficiary() -> None:
    """甲物流公司为企业运输…: a firm followed by 为/向/捐赠 gives the help; after 为 it receives it."""
    assert helped("嘉兴经开区管委会协调甲乙物流有限公司为区内企业免费运输原材料。") == set()
    assert helped("嘉兴经开区为甲乙物流有限公司协调解决原材料供应问题。") == {("嘉兴经开区", "甲乙物流有限公司")}


def test_a_list_of_firms_shares_its_role() -> None:
    """甲、乙等企业向…捐赠: every firm of the list gives; 为甲、乙等企业…: every one receives."""
    gives = "嘉兴经开区组织丙丁科技有限公司、戊己电子有限公司等企业向中小企业捐赠防疫物资并协调运输。"
    receives = "嘉兴经开区为丙丁科技有限公司、戊己电子有限公司等企业发放通行证。"
    assert helped(gives) == set()
    assert helped(receives) == {("嘉兴经开区", "丙丁科技有限公司"), ("嘉兴经开区", "戊己电子有限公司")}


def test_partners_and_landlords_are_no_beneficiaries() -> None:
    """与甲公司签订协议, 甲置业作为出租方: a partner and a landlord, not firms helped."""
    assert helped("嘉兴经开区与戊己软件有限公司签订协议,为园区企业提供云签约服务。") == set()
    assert helped("嘉兴经开区协调甲乙置业有限公司作为出租方,为承租企业减免三个月房租。") == set()


def test_spokesperson_naming_the_firm_by_a_bare_noun_is_helped() -> None:
    """某公司总经理说，园区为企业协调…: the spokesperson's firm is the one helped (also in traditional script)."""
    lead = "嘉兴经开区全力帮助企业复工。"
    assert helped(lead + "甲乙精密机械有限公司总经理张三说,园区为企业协调了原材料运输。") == {("嘉兴经开区", "甲乙精密机械有限公司")}
    assert helped(lead + "甲乙精密機械有限公司總經理張三說,管委會為公司協調了原材料運輸。") == {("嘉兴经开区", "甲乙精密机械有限公司")}


def test_spokesperson_telling_what_the_firm_does_is_no_measure() -> None:
    """某公司总经理说，公司已招聘…: the firm's own doing, no measure of the zone."""
    for said in ("公司已招聘新员工200人。", "公司将为员工提供免费班车接送。", "公司将积极配合政府做好复工备案工作。"):
        record = extract_text("嘉兴经开区全力帮助企业复工。甲乙精密机械有限公司总经理张三说," + said, "t")
        assert not any(said in m.text for m in record.measures), said


def test_a_firm_named_again_bare_is_the_same_firm() -> None:
    """生产口罩的甲乙医疗 … 甲乙医疗将获得…授信: the bare repetition is the firm, helped by the place in scope."""
    text = "嘉兴市出台政策助企复工\n嘉兴市为企业减免房租。生产一次性口罩的甲乙医疗,本月恢复了生产。这样一来,甲乙医疗将获得300万元授信额度。"
    record = extract_text(text, "t")
    credit = [m for m in record.measures if "授信" in m.text]
    assert credit and credit[0].beneficiaries == ("甲乙医疗",) and credit[0].amount_cny == 3_000_000


def test_an_unrecognised_firm_speaking_is_neither_actor_nor_the_firm_before() -> None:
    """浙江某集团总监某某说：“…我们…”: with the firm's name missed, 浙江 in it is no actor and 我们 is not
    the firm whose spokesperson spoke before."""
    from ingest.agencies import find_agencies
    from ingest.enterprises import find_enterprises
    from ingest.measures import detect
    from ingest.normalize import analysis_view
    from ingest.places import default_gazetteer, find_places
    from ingest.structure import segment

    first = "嘉兴经开区全力帮助企业复工。甲乙精密机械有限公司生产经理张三说:“园区帮助我们协调了原材料。”"
    text = analysis_view(first + "浙江某某集团人事部总监李四说:“嘉兴经开区管委会协调了运输,现在我们发货的问题都解决了。”")
    places = find_places(text, default_gazetteer())
    agencies = find_agencies(text, places)
    firms = [f for f in find_enterprises(text, places, agencies) if f.end <= len(first)]  # the second firm missed
    later = [d for d in detect(text, segment(text), places, agencies, firms, []) if d.start >= len(first)]
    assert later and all((d.region.place or d.region.name) == "嘉兴经开区" and not d.beneficiaries for d in later)


def test_temporary_production_permits_are_fast_track_approval() -> None:
    """向甲、乙等企业核发…并批准临时生产许可: an emergency approval, its firms helped."""
    text = "嘉兴市市场监管局全力保障防疫物资生产。近期,该局向甲乙卫材有限公司、丙丁医疗有限公司等企业批准临时生产许可。"
    got = [m for m in extract_text(text, "t").measures if "临时生产许可" in m.text]
    assert got and "FAST_TRACK_APPROVAL" in got[0].categories
    assert set(got[0].beneficiaries) == {"甲乙卫材有限公司", "丙丁医疗有限公司"}


def test_firms_acting_in_their_own_clause_are_no_beneficiaries() -> None:
    """…，甲、乙等公司率先响应，减免租金: the firms do the help; ，如甲、乙两家企业分别增长…: their own figures."""
    assert helped("嘉兴经开区发布减免房租倡议,甲乙置业有限公司、丙丁实业有限公司等公司率先响应,累计减免租金300万元。") == set()
    assert helped("嘉兴经开区保障产业链供应链稳定,如甲乙电子有限公司、丙丁电子有限公司两家企业分别增长30%。") == set()
    # the subject of its clause still receives what a passive verb says it gets, or the outcome of the help
    assert ("嘉兴经开区", "甲乙电子有限公司") in helped("嘉兴经开区落实信贷支持政策,甲乙电子有限公司获得授信500万元。")
    assert ("嘉兴经开区", "甲乙电子有限公司") in helped("嘉兴经开区积极协调解决原料供应问题,甲乙电子有限公司顺利复工。")


def test_bare_firm_noun_in_a_sentence_about_firms_at_large_is_no_anaphor() -> None:
    """A policy's title or a count of firms (帮助131家企业) makes 企业 firms at large, not the firm reported before."""
    story = "嘉兴经开区全力帮助企业复工。\n嘉兴经开区派出专人驻厂,帮助甲乙电子有限公司制定复工方案。\n"
    general = "嘉兴经开区出台《关于支持企业复工的若干措施》,助力企业复工复产。"
    counted = "嘉兴经开区开展网络招聘会,帮助31家企业解决用工需求。"
    for tail in (general, counted):
        record = extract_text(story + tail, "t")
        assert not any(m.beneficiaries for m in record.measures if m.text == tail), tail


def test_a_firms_own_doing_told_in_quotes_is_no_measure() -> None:
    """“去年，企业投入…为企业节省…”: the firm did it itself."""
    text = "嘉兴经开区全力帮助企业复工。在甲乙电子有限公司车间,工人们正在生产。“去年,企业投入500万元改造设备,一年可为企业节省原材料费用。”"
    assert not any("投入" in m.text for m in extract_text(text, "t").measures)


def test_a_firm_of_a_document_about_one_place_lives_there() -> None:
    """Every measure is 嘉兴's: a firm the text places nowhere else is in 嘉兴, unless its name says otherwise."""
    text = (
        "嘉兴市出台政策助企复工。嘉兴市为企业减免房租。嘉兴市对企业给予贷款贴息。嘉兴市开通审批绿色通道。"
        "目前,甲乙调料厂每天上班的员工有200人。国网浙江省电力有限公司保障企业用电。"
    )
    got = located(text)
    assert ("甲乙调料厂", "嘉兴") in got
    assert ("国网浙江省电力有限公司", "嘉兴") not in got


def test_a_document_about_several_places_gives_its_firms_none() -> None:
    text = "嘉兴市为企业减免房租。湖州市对企业给予贷款贴息。嘉兴市开通审批绿色通道。湖州市发放消费券。目前,甲乙调料厂每天上班的员工有200人。"
    assert not any(s == "甲乙调料厂" for s, _ in located(text))


def test_a_branch_named_by_a_bare_level_word_is_in_the_province_named_last() -> None:
    """协调国开行省分行…: 省 stands for the province of the text."""
    text = "河南省出台金融支持措施。河南省协调国开行省分行向市县发放应急贷款。"
    assert ("国开行省分行", "河南") in located(text)


def test_a_numbered_item_of_a_notice_does_not_inherit_the_firms_of_the_item_before() -> None:
    """三、对甲公司…奖励 / 四、…为企业提供线上服务: the 企业 of item four are firms at large."""
    text = (
        "湖州市人民政府关于支持企业复工复产的若干措施\n"
        "三、支持防疫物资生产。对丁戊医疗器械有限公司等重点企业给予一次性奖励50万元。\n"
        "四、优化政务服务。开发企业服务平台,为企业提供线上办理服务。\n"
        "湖州市人民政府\n"
    )
    measures = extract_text(text, "t").measures
    assert any(m.beneficiaries == ("丁戊医疗器械有限公司",) for m in measures if "奖励" in m.text)
    assert all(not m.beneficiaries for m in measures if "线上办理" in m.text)


def test_the_maker_of_what_is_given_is_no_beneficiary() -> None:
    """将甲公司生产的口罩发放给企业, 平台由甲公司开发: 甲 made what is given; 为甲公司生产的口罩开辟通道: 甲 is helped."""
    assert helped("吴兴区统一采购,将丙丁医疗有限公司生产的口罩免费发放给辖区企业。") == set()
    assert helped("吴兴区为企业开通线上申报平台,平台由丙丁软件有限公司开发,企业可在线办理复工备案。") == set()
    assert helped("吴兴区为丙丁医疗有限公司生产的口罩开辟运输绿色通道。") == {("吴兴区", "丙丁医疗有限公司")}


def test_a_firm_helped_by_the_actor_of_a_later_clause() -> None:
    """甲公司急需原材料，区经信局第一时间协调…: a measure of the district for the firm (also in traditional script)."""
    lead = "吴兴区全力助企复工。"
    for said in ("丙丁纺织有限公司急需原材料,吴兴区经信局第一时间协调供应商,帮助企业解决了原料难题。",
                 "丙丁紡織有限公司急需原材料,吳興區經信局第一時間協調供應商,幫助企業解決了原料難題。"):
        assert ("吴兴区", "丙丁纺织有限公司") in helped(lead + said)
    # a later clause doing nothing for the firm, and a state reached (得到缓解), make no measure
    record = extract_text(lead + "丙丁医疗有限公司日产口罩10万只,全区口罩供应紧张局面得到缓解。", "t")
    assert not any("日产" in m.text for m in record.measures)


def test_a_zone_written_without_its_host_place_acts_for_itself() -> None:
    """大兴区某某产业基地 … 某某产业基地积极协调…: the zone, not the district, is the actor; a bare kind
    (经济开发区) is not read this way."""
    from ingest.measures import _zone_tails
    from ingest.normalize import analysis_view
    from ingest.places import default_gazetteer, find_places

    text = "大兴区生物医药产业基地保障企业生产。\n得知甲乙生物有限公司物料运输受阻后,生物医药产业基地积极协调为企业办理通行证。"
    assert ("大兴区生物医药产业基地", "甲乙生物有限公司") in helped(text)
    places = find_places(analysis_view("黄岩经济开发区助企复工。"), default_gazetteer())
    assert "经济开发区" not in _zone_tails(places)


def test_a_platform_company_acts_for_the_place_in_its_name() -> None:
    """某新区投资发展有限公司为承租企业减免房租: the zone of its name acts, not the places in focus before."""
    text = "湖州市出台政策助企复工。杭州高新区、湖州南太湖新区推出助企措施。湖州南太湖新区投资发展有限公司为承租企业减免房租。"
    rent = [m for m in extract_text(text, "t").measures if "承租" in m.text]
    assert [m.region for m in rent] == ["湖州南太湖新区"] and not rent[0].beneficiaries


def test_each_clause_a_firm_receives_in_has_its_own_giver() -> None:
    """甲公司牵头承担“浙江省…攻关专项”，研制的试剂已进入国家药监局应急审批通道: two measures, two givers."""
    text = "杭州高新区甲乙生物有限公司牵头承担“浙江省新冠检测试剂科技攻关专项”,研制的检测试剂已进入国家药监局快速审批通道。"
    got = {(m.region, m.categories, m.beneficiaries) for m in extract_text(text, "t").measures}
    assert ("浙江", ("RD_FUNDING",), ("甲乙生物有限公司",)) in got
    assert ("中国", ("FAST_TRACK_APPROVAL",), ("甲乙生物有限公司",)) in got
    # a task undertaken (not a programme) from nobody named is what the firm does
    assert helped("杭州高新区甲乙物流有限公司承担园区防疫物资配送任务。") == set()


def test_a_body_brought_in_to_give_the_help_acts_too() -> None:
    """某基地积极协调区经信局为公司申请绿色通道: the district body acts as well, but the firm stays in the zone."""
    text = "大兴区出台助企措施。大兴区生物医药产业基地保障企业生产。\n得知甲乙生物有限公司物料运输受阻后,大兴区生物医药产业基地积极协调大兴区经信局为公司申请绿色通道。"
    got = helped(text)
    assert {("大兴区生物医药产业基地", "甲乙生物有限公司"), ("大兴区", "甲乙生物有限公司")} <= got
    assert ("甲乙生物有限公司", "大兴区生物医药产业基地") in located(text)


def test_a_brand_a_one_place_document_mentions_is_not_placed_there() -> None:
    """A bare brand (a platform the place uses) is known beyond the place: the document's place is no home for it."""
    text = (
        "嘉兴市出台政策助企复工。嘉兴市为企业减免房租。嘉兴市对企业给予贷款贴息。嘉兴市开通审批绿色通道。"
        "甲乙智能副总经理表示,平台已服务企业300家。丙丁调料厂已有200名员工返岗。"
    )
    got = located(text)
    assert ("丙丁调料厂", "嘉兴") in got
    assert ("甲乙智能", "嘉兴") not in got


def test_a_parent_group_is_not_placed_by_its_subsidiary_s_section() -> None:
    """日本甲乙大连公司成为甲乙集团在华首家复工工厂: the group owns the firm; it is not in the zone."""
    text = "大连金普新区全力服务外资企业复工。日本甲乙大连有限公司成为甲乙集团在华首家复工的工厂。"
    got = located(text)
    assert ("日本甲乙大连有限公司", "大连金普新区") in got
    assert not any(s == "甲乙集团" for s, _ in got)


def test_a_platform_company_is_where_its_name_says_not_in_the_section_zone() -> None:
    """某示范区…在浙江省交投公司的支持下: the province's transport investment company is the province's."""
    text = "浙江省出台助企措施。嘉兴经开区全力保障员工返岗。嘉兴经开区在浙江省交投公司的支持下,包车接回企业员工。"
    got = located(text)
    assert ("浙江省交投公司", "浙江") in got
    assert ("浙江省交投公司", "嘉兴经开区") not in got


def test_a_firm_named_by_its_role_as_landlord_is_no_beneficiary() -> None:
    """协调业主甲乙置业有限公司为商户减免租金: the landlord gives the relief."""
    assert helped("嘉兴经开区协调业主甲乙置业有限公司减免中小商户三个月租金。") == set()


def test_a_firm_reported_in_two_zones_sections_is_placed_once() -> None:
    """A firm placed by a pattern, or by the first zone whose section reports it, is not in every zone it is named in."""
    text = "宁波高新区甲乙智能科技有限公司研发消毒机器人。\n嘉兴经开区积极服务企业复工。甲乙智能科技有限公司向园区捐赠了机器人。"
    got = {(s, o) for s, o in located(text) if s == "甲乙智能科技有限公司"}
    assert got == {("甲乙智能科技有限公司", "宁波高新区")}


def test_a_firm_the_actor_directs_is_no_subject_and_gives_the_help() -> None:
    """鼓励某银行…不抽贷, 协调某供电公司对企业实行欠费不停供: measures of the issuer, the firms giving."""
    text = (
        "湖州市经济和信息化局关于做好企业复工服务保障工作的通知\n"
        "二、保障要素供给。协调国网湖州供电公司对重点企业实行欠费不停供。\n"
        "三、强化金融支持。鼓励湖州银行、湖州农商银行对受疫情影响企业不抽贷、不断贷。\n"
        "湖州市经济和信息化局\n"
    )
    measures = extract_text(text, "t").measures
    assert any("UTILITY_COST_RELIEF" in m.categories and not m.beneficiaries for m in measures)
    assert any("LOAN_RELIEF" in m.categories and not m.beneficiaries for m in measures)


def test_sited_firms() -> None:
    assert located("澜川科技于2018年落户苏州高新区。") == {("澜川科技", "苏州高新区")}
    assert located("落户苏州高新区的澜川科技获得了首笔补贴。") == {("澜川科技", "苏州高新区")}


def test_firm_first_named_before_any_zone_is_not_in_a_later_zone() -> None:
    text = "智见创始人兼 CEO 郭某说，论坛意义重大。\n\n1、苏州高新区：服务企业\n\n苏州高新区走访企业。由智见联合主办。"
    assert located(text) == set()


def test_quotation_over_sentences_names_its_speakers_firm() -> None:
    text = (
        "苏州高新区帮扶企业渡过难关。“春节后订单回来了，原料款却压在手里。管委会派专员上门，"
        "帮我们把贷款展期半年，还补贴了一半利息。”新疆海川现代电子科技股份有限公司董事长某某说。"
    )
    assert ("苏州高新区", "新疆海川现代电子科技股份有限公司") in helped(text)


def test_firms_served_by_a_body_are_helped() -> None:
    assert helped("德清县给予澜川科技贷款贴息50万元。") == {("德清县", "澜川科技")}
    assert helped("德清县对澜川科技给予一次性奖励100万元。") == {("德清县", "澜川科技")}
    assert helped("德清县为澜川科技、青禾纺织分别减免房租30万元和20万元。") == {("德清县", "澜川科技"), ("德清县", "青禾纺织")}
    assert helped("德清县经信局了解到澜川科技面临资金困难后，协调农商行为其发放贷款500万元。") == {("德清县", "澜川科技")}
    assert helped("苏州高新区管委会为入驻的澜川科技减免厂房租金。") == {("苏州高新区", "澜川科技")}
    assert helped("在德清县经信局的帮助下，澜川科技获得贷款贴息80万元。") == {("德清县", "澜川科技")}
    # a landlord firm giving the relief is still no beneficiary, nor a kind of goods
    assert helped("苏州高新区管委会协调园区的澜川置业为商户减免房租。") == set()
    assert helped("面对疫情对口罩等防护用品的巨大需求，德清县紧急协调生产。") == set()


def test_spokesperson_naming_the_body_that_helped_the_company() -> None:
    assert helped("澜川科技负责人王某说，德清县税务局为公司办理了延期缴纳税款。") == {("德清县", "澜川科技")}


def test_county_in_a_firms_name_refines_its_province() -> None:
    """A title's province (江西奉新:) is less specific than the county the firm's own name gives."""
    text = "江西奉新:续贷助企业轻装上阵\n\n奉新县甲乙实业有限公司在县工业园区管委会帮助下办理了200万元续贷。奉新县推行无还本续贷。奉新县对企业展期6个月。"
    got = located(text)
    assert ("奉新县甲乙实业有限公司", "奉新县") in got
    assert ("奉新县甲乙实业有限公司", "江西") not in got


def test_province_in_a_firms_name_allows_a_zone_named_after_its_county() -> None:
    text = "3月28日,在桐庐县开发区,说起县里帮助企业解难题,浙江甲乙木业有限公司总经理感动不已。桐庐县科工信局为企业协调担保贷款300万元。"
    assert located(text) == {("浙江甲乙木业有限公司", "桐庐县开发区")}


def test_china_is_named_by_its_own_forms_not_by_a_national_body_alone() -> None:
    from ingest.pipeline import extract_text

    alone = extract_text("某县落实国务院部署，为企业减免房租。", "t")
    assert "中国" not in {e.name for e in alone.entities}
    alone.check()
    named = extract_text("某县落实国务院部署，按照国家有关规定为企业减免房租。", "t")
    assert "中国" in {e.name for e in named.entities}
    named.check()


def test_firm_joined_to_a_zone_is_not_in_it() -> None:
    text = "嘉兴市举行对接会。企业负责人说:“嘉兴高新区和甲乙农商银行的效率太高了。”"
    assert not any(o == "嘉兴高新区" for _, o in located(text))
    assert ("丙丁纺织有限公司", "嘉兴高新区") in located("嘉兴高新区丙丁纺织有限公司、戊己机械有限公司已复工。")


def test_one_of_a_places_firms_said_before_the_name() -> None:
    assert ("丙宝电脑", "昆山市") in located("作为昆山市重点台企之一,丙宝电脑复工涉及的员工人数较多。")


def test_the_place_a_firm_is_said_to_be_in_after_its_name() -> None:
    text = "四川丙丁食品有限公司(以下简称“丙丁”)收到贷款。据悉,丙丁是位于眉山天府新区青龙街道的一家公司。"
    assert located(text) == {("四川丙丁食品有限公司", "青龙街道")}
    text = "“五一”假期,江苏戊己新材料股份有限公司(以下简称戊己)原料告急。作为镇江市高性能材料产业的重点企业,戊己已纳入白名单。"
    assert located(text) == {("江苏戊己新材料股份有限公司", "镇江")}


def test_a_zone_naming_no_known_place_takes_a_firm_named_for_its_province() -> None:
    text = "星河科技产业园全力保障企业复工。星河科技产业园出台十条措施。云南甲乙电子产品有限公司已全面复工,员工全部返岗。"
    assert ("云南甲乙电子产品有限公司", "星河科技产业园") in located(text)


def test_firms_a_place_counts_as_its_own_are_in_it() -> None:
    text = ("近日,省工信厅公示了奖补资金分配方案,我区2家企业入围公示名单,分别是甲乙石油工程有限公司、山东丙丁精机股份有限公司。"
            "本次烟台市共上榜8家企业。下一步,莱山区将继续培育企业。")
    assert located(text) >= {("甲乙石油工程有限公司", "莱山区"), ("山东丙丁精机股份有限公司", "莱山区")}
    two = text + "芝罘区也有企业入选。"
    assert ("甲乙石油工程有限公司", "莱山区") not in located(two)


def test_a_zone_where_a_firm_is_yet_to_build_holds_no_later_firm() -> None:
    text = ("宝鸡高新区的甲乙集团生产车间一片繁忙。集团将在杨凌示范区投资建设一个新厂。"
            "原来,该集团旗下的丙丁路桥公司有外债不能追回,宝鸡高新区管委会协调银行为企业解决了难题。")
    assert ("丙丁路桥公司", "杨凌示范区") not in located(text)
    built = "宝鸡高新区的甲乙集团生产车间一片繁忙。杨凌示范区的丙丁路桥公司有外债不能追回。"
    assert ("丙丁路桥公司", "杨凌示范区") in located(built)
