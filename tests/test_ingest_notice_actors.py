"""Who the bodies of notices and local reports are: departments listed after an autonomous region's body,
leaders' titles that are no bodies, parks reached at a clause's start, and lists closed by 等重点企业."""

from ingest.pipeline import extract_text


def names(text: str, kind: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == kind}


def test_departments_listed_after_a_region_body_take_its_full_name() -> None:
    found = names(
        "宁夏回族自治区商务厅关于做好企业帮扶的通知\n\n"
        "一、加大信贷支持。(责任单位:自治区商务厅、交通运输厅、财政厅,列首位者牵头)",
        "Agency",
    )
    assert {"宁夏回族自治区交通运输厅", "宁夏回族自治区财政厅", "宁夏回族自治区商务厅"} <= found
    assert not {"宁夏交通运输厅", "宁夏财政厅"} & found


def test_the_government_of_the_autonomous_region_level_word_keeps_all_three_characters() -> None:
    found = names("西藏自治区商务厅印发方案\n\n方案报自治区人民政府审定后,现印发给你们。", "Agency")
    assert "西藏自治区人民政府" in found
    assert "区人民政府" not in found


def test_a_leader_s_title_after_a_level_word_is_no_body() -> None:
    found = names("海东市乐都区召开会议。碾伯镇办事处召开会议。副区长张三到办事处指导复工,区长李四到办事处看望干部。", "Agency")
    assert not any("张三" in name or "李四" in name for name in found)


def test_a_city_leader_s_request_names_the_bodies_after_it() -> None:
    found = names("海东市长王五要求市财政局加快拨付补贴,市府相关局处抓好落实。", "Agency")
    assert "海东市财政局" in found
    assert not any("王五" in name or "相关局" in name for name in found)


def test_a_park_reached_at_a_clause_s_start_is_a_zone_and_no_part_of_the_firm() -> None:
    record = extract_text("副县长带领县经信局负责人,到青岗工业园区海东甲乙矿业有限公司检查复工。", "t")
    assert "青岗工业园区" in {e.name for e in record.entities if e.type == "Zone"}
    assert "海东甲乙矿业有限公司" in {e.name for e in record.entities if e.type == "Enterprise"}
    assert not any(e.name.startswith("到") for e in record.entities)


def test_a_list_closed_by_key_firms_names_no_firm_after_it() -> None:
    found = names("副县长一行走访甲乙锌业有限公司、丙丁材料有限公司等重点企业检查复工。", "Enterprise")
    assert found == {"甲乙锌业有限公司", "丙丁材料有限公司"}


def test_a_firm_introduced_as_a_zone_s_platform_company_acts_for_the_zone() -> None:
    record = extract_text(
        "受疫情影响,海东市中小微企业生产经营遭受较大压力,海东经开区国有平台公司青甲集团主动为承租公司经营用房的入园企业减免租金。\n"
        "截至4月10日,青甲集团已为30家企业减免租金约200万元。",
        "t",
    )
    rent = [m for m in record.measures if "RENT_RELIEF" in m.categories]
    assert len(rent) == 2
    assert {m.region for m in rent} == {"海东经开区"}
    # the renting firms are no firm named 承租公司, and the platform is no beneficiary
    assert not any(m.beneficiaries for m in rent)
    assert "承租公司" not in {e.name for e in record.entities}


def test_bodies_after_a_word_of_following_and_its_level_words_do_not_act() -> None:
    record = extract_text(
        "红星街道办事处召开企业复工会议。会上,办事处主任传达区政府会议精神,按照省、市、海东市乐都区疫情防控指挥部的要求,"
        "提出要求。一是摸清辖区企业开复工时间,做好防控工作。",
        "t",
    )
    regions = {m.region for m in record.measures}
    assert regions == {"红星街道"}
    assert all(m.agency != "海东市乐都区疫情防控指挥部" for m in record.measures)
    # firms starting or resuming work under control is staged resumption, not a project's start
    assert all("PROJECT_SUPPORT" not in m.categories for m in record.measures)


def test_an_office_a_customs_house_names_as_its_own_belongs_to_the_parent_s_place() -> None:
    record = extract_text(
        "企业向青岛海关所属石榴海关发出求助信。\n石榴海关接到求助后,特事特办,派专人全程协助企业报关。", "t"
    )
    assert {"青岛海关", "石榴海关"} <= {e.name for e in record.entities if e.type == "Agency"}
    acted = [m for m in record.measures if m.agency == "石榴海关"]
    assert acted and {m.region for m in acted} == {"青岛"}


def test_a_taiwan_county_s_council_is_named_by_its_level_word() -> None:
    found = names("屏東縣政府推出紓困方案,所需經費將送縣議會審議。會議會商後公布細節。", "Agency")
    assert {"屏东县政府", "屏东县议会"} <= found
    assert not any(name.endswith("会议会") for name in found)


def test_a_transmittal_with_a_long_issuer_wraps_the_title_it_carries() -> None:
    record = extract_text(
        "云南省昆明市五华区商务局办公室关于转发五华区扶持小店稳步经营八项办法的通知\n\n"
        "各街道办事处:\n现将《五华区扶持小店稳步经营八项办法》印发给你们。",
        "t",
    )
    docs = [e for e in record.entities if e.type == "PolicyDocument"]
    assert [d.name for d in docs] == ["五华区扶持小店稳步经营八项办法"]
    assert any(a.startswith("云南省昆明市五华区商务局办公室关于转发") for a in docs[0].aliases)


def test_a_described_set_of_rules_is_no_title() -> None:
    assert names("甲乙藏药公司制定了详细的返岗管理实施细则,有序组织返岗。", "PolicyDocument") == set()


def categories(text: str) -> set[str]:
    return {c for m in extract_text(text, "t").measures for c in m.categories}


def test_taiwan_relief_words_name_their_categories() -> None:
    found = categories("花蓮縣政府協助業者取得紓困貸款,並開放上網申辦;商用房屋稅減徵,房屋稅展延、分期繳納。")
    assert {"PREFERENTIAL_CREDIT", "ONLINE_SERVICE", "PROPERTY_LAND_TAX_RELIEF", "TAX_DEFERRAL"} <= found


def test_a_town_s_stations_are_its_bodies() -> None:
    record = extract_text("柳泉镇财政所为企业发放补贴。平湖街道司法所、街道劳动保障所联合走访企业。", "t")
    found = {e.name for e in record.entities if e.type == "Agency"}
    assert {"柳泉镇财政所", "平湖街道司法所", "平湖街道劳动保障所"} <= found
    assert "柳泉镇" in {e.name for e in record.entities if e.type == "Region"}
    assert ("柳泉镇", "柳泉镇财政所") in {(m.region, m.agency) for m in record.measures}


def test_a_city_opening_a_street_s_name_after_its_district_is_the_street() -> None:
    found = names("贵阳市观山湖区金华园街道办事处组织企业招聘。", "Region")
    assert "金华园街道" in found
    assert "金华" not in found


def test_a_chemical_base_is_a_zone_with_its_own_committee() -> None:
    record = extract_text("鄂托克能源化工基地管委会协调企业原料运输。", "t")
    assert "鄂托克能源化工基地" in {e.name for e in record.entities if e.type == "Zone"}
    assert "鄂托克能源化工基地管委会" in {e.name for e in record.entities if e.type == "Agency"}
    assert names("加快建设现代煤化工基地。", "Zone") == set()


def test_lead_notes_in_brackets_name_a_prefecture_s_bodies_by_its_own_word() -> None:
    record = extract_text(
        "文山州政府办关于印发稳增长措施的通知\n\n州级各部门:\n"
        "1.对新招用员工的企业给予一次性吸纳就业补贴。(州人社局牵头)\n2.对企业给予设备补助。(财政局牵头)",
        "t",
    )
    found = {e.name for e in record.entities if e.type == "Agency"}
    assert {"文山州人社局", "文山州财政局"} <= found
    assert not any("(" in name or name.endswith("州市财政局") for name in found)
    assert {m.agency for m in record.measures} >= {"文山州人社局", "文山州财政局"}


def test_a_town_s_committee_after_its_city_is_the_actor() -> None:
    record = extract_text("康定市炉城镇党委书记到企业走访,协调解决甲乙电力公司的用电问题。", "t")
    assert {(m.region, m.agency) for m in record.measures} == {("炉城镇", "炉城镇党委")}


def test_places_an_official_goes_to_are_named() -> None:
    record = extract_text(
        "岷县县长王某到梅川镇调研企业复工。镇原县委副书记深入县工业园区,走访甲乙纺织有限公司。", "t"
    )
    assert "梅川镇" in {e.name for e in record.entities if e.type == "Region"}
    assert "镇原县工业园区" in {e.name for e in record.entities if e.type == "Zone"}
    assert ("甲乙纺织有限公司", "镇原县工业园区") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}
    assert names("县长到乡镇调研。他回到小镇上。", "Region") == set()


def test_a_county_named_like_a_town_ending_a_town_s_name_is_the_town() -> None:
    record = extract_text("德丰镇人民政府部署企业复工。\n德丰镇成立企业复工工作领导组,包保企业有序复工。", "t")
    assert {e.name for e in record.entities if e.type == "Region"} == {"德丰镇"}
    assert "德丰镇企业复工工作领导组" in {e.name for e in record.entities if e.type == "Agency"}
    assert {m.region for m in record.measures} == {"德丰镇"}


def test_places_reached_by_fu_are_named() -> None:
    assert "北山药谷" in names("市领导赴北山药谷调研企业复工。", "Zone")
    assert "青岗乡" in names("县委书记到青岗乡调研企业复工。", "Region")
    assert names("到乡村调研。", "Region") == set()


def test_an_area_s_station_is_no_district_s_body() -> None:
    found = names("红星街道成立专班,抽调辖区市场监管所干部两名。", "Agency")
    assert not any(name.endswith("区市场监管所") for name in found)


def test_a_notice_item_the_nation_opens_is_the_nation_s_measure() -> None:
    text = (
        "岳阳市商务局关于扶持商贸企业的若干措施\n各县区商务局：\n1.对中小企业减免3个月房租。\n"
        "2.国家对中小微企业实行社会保险费缓缴政策。\n3.中央财政安排10亿元专项资金支持企业。\n"
        "4.落实国家阶段性减税政策，对小微企业免征增值税。"
    )
    record = extract_text(text, "t")
    assert [(m.region, m.categories, m.amount_cny) for m in record.measures] == [
        ("岳阳", ("RENT_RELIEF",), None),
        ("中国", ("SOCIAL_INSURANCE_RELIEF",), None),
        ("中国", ("SPECIAL_FUND",), 1_000_000_000),
        ("岳阳", ("TAX_REDUCTION",), None),
    ]
    assert set(next(e.aliases for e in record.entities if e.name == "中国")) == {"中央", "国家"}


def test_a_bureau_after_a_verb_of_receiving_is_named_without_the_verb() -> None:
    text = "澳门特区政府简报\n\n经济局正加快审批。商户随后将接到经济局短讯。"
    assert names(text, "Agency") == {"澳门特区政府", "澳门经济局"}


def test_our_city_in_a_report_on_its_zone_is_the_city_opening_the_zone_s_name() -> None:
    text = "资兴市工业园区内，多数企业已满负荷运转。3月2日，我市出台助企政策，对承租国有经营用房的小微企业免收3月租金。"
    record = extract_text(text, "t")
    assert [(m.region, m.categories) for m in record.measures] == [("资兴市", ("RENT_RELIEF",))]
    assert {e.name for e in record.entities if e.type == "Region"} == {"资兴市"}
    # the zone's own committee acting stays the zone's
    text = "资兴市工业园区内，多数企业已满负荷运转。园区管委会对承租标准厂房的小微企业免收3月租金。"
    assert [m.region for m in extract_text(text, "t").measures] == ["资兴市工业园区"]


def test_the_home_of_migrant_workers_is_no_actor() -> None:
    record = extract_text(
        "松阳县全力保障企业用工\n\n2月18日,首批120名贵州务工人员乘坐包车抵达。为帮助企业解决用工难题,开通返岗直通车,实行点对点接送。\n",
        "t",
    )
    labour = [m for m in record.measures if "LABOR_SUPPLY" in m.categories]
    assert labour and {m.region for m in labour} == {"松阳县"}
    assert "贵州" in {e.name for e in record.entities if e.type == "Region"}  # still a place the text names


def test_a_quote_closed_by_a_bare_title_is_the_body_that_title_introduced() -> None:
    text = (
        "甲省多地帮助企业招工\n\n"
        "2月20日上午,松阳县人社局局长接到一家工厂的求助电话。\n"
        "“我们把全县外出工人逐户登记,派专车送工人返岗。”局长说,每辆车都做好消毒。\n"
    )
    labour = [m for m in extract_text(text, "t").measures if "LABOR_SUPPLY" in m.categories]
    assert labour and {m.region for m in labour} == {"松阳县"}
    assert {m.agency for m in labour} == {"松阳县人社局"}


def test_a_zone_word_before_its_firms_opens_what_the_firms_do() -> None:
    text = "成都温江区有序推进复工。位于甲乙两岸科技产业园区内的企业已复工。\n园区台企第一时间召回家住本地的员工,有序返岗。\n"
    record = extract_text(text, "t")
    assert not [m for m in record.measures if "LABOR_SUPPLY" in m.categories]
    # (the zone word alone still stands for the zone acting)
    acting = extract_text("成都温江区有序推进复工。位于甲乙两岸科技产业园区内的企业已复工。\n园区为企业招聘工人200名。\n", "t")
    assert {m.region for m in acting.measures if "LABOR_SUPPLY" in m.categories} == {"甲乙两岸科技产业园区"}
