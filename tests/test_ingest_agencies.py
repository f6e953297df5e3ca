"""Agencies named in full with their place: party committees, attached offices, lists, branches."""

from ingest.agencies import find_agencies
from ingest.scope import dominant_place
from ingest.normalize import analysis_view
from ingest.places import find_places
from ingest.pipeline import extract_text


def agency_names(text: str) -> list[str]:
    view = analysis_view(text)
    return [a.name for a in find_agencies(view, find_places(view))]


def test_party_committee_written_and_implied() -> None:
    assert "甘肃省委" in agency_names("甘肃省委召开会议。")
    names = agency_names("甘肃省出台办法，按照省委、省政府部署推进。")
    assert "甘肃省委" in names and "甘肃省政府" in names


def test_party_committee_not_inside_a_common_noun() -> None:
    assert not any(n.endswith("市委") for n in agency_names("甘肃省加快城市委托管理。"))


def test_autonomous_region_keeps_its_level_word() -> None:
    names = agency_names("广西出台措施。(自治区财政厅、自治区商务厅负责)")
    assert names == ["广西壮族自治区财政厅", "广西壮族自治区商务厅"]


def test_list_items_share_the_first_items_place() -> None:
    names = agency_names("甘肃出台措施。(省财政厅、工业和信息化厅、 生态环境厅负责)")
    assert names == ["甘肃省财政厅", "甘肃省工业和信息化厅", "甘肃省生态环境厅"]


def test_list_item_with_its_own_place_is_not_prefixed() -> None:
    names = agency_names("甘肃省财政厅、兰州市商务局联合发文。")
    assert names == ["甘肃省财政厅", "兰州市商务局"]


def test_attached_office_and_party_group_name_their_parent_too() -> None:
    names = agency_names("甘肃省人民政府办公厅印发通知，省政府要求各地落实。")
    assert "甘肃省人民政府办公厅" in names and "甘肃省人民政府" in names
    assert "甘肃省政府" not in names  # merged with the full form written in the document
    assert "甘肃省发改委党组" in agency_names("甘肃省发改委党组成员到企业调研。")


def test_short_government_name_kept_when_full_form_absent() -> None:
    assert "甘肃省政府" in agency_names("甘肃省政府出台措施。")


def test_national_body_with_a_local_branch_is_one_agency() -> None:
    names = agency_names("甘肃出台措施。人行兰州中心支行牵头，人民银行负责指导。")
    assert names == ["人行兰州中心支行", "人民银行"]


def test_party_centre_is_national() -> None:
    view = analysis_view("全面落实党中央决策部署。")
    (a,) = find_agencies(view, find_places(view))
    assert (a.name, a.place) == ("党中央", "中国")


def test_dominant_place_needs_a_clear_lead_unless_a_notice() -> None:
    view = analysis_view("甘肃推进复工。甘肃加大支持。甘肃减免租金。兰州跟进。")
    assert dominant_place(find_places(view)).name == "甘肃"
    view = analysis_view("甘肃推进复工。兰州跟进。")
    places = find_places(view)
    assert dominant_place(places) is None
    assert dominant_place(places, notice=True).name == "甘肃"


def test_the_only_place_a_report_names_is_its_place() -> None:
    view = analysis_view("为稳定经济，甘肃细化政策措施。加大金融支持力度。该省安排资金支持企业。")
    assert dominant_place(find_places(view), lead_end=len(view)).name == "甘肃"
    assert dominant_place(find_places(view)) is None  # named outside the lead only: a place among others


def test_a_zone_opening_the_lead_and_written_again_is_the_reports_place() -> None:
    lead = "近日，记者从青禾科技产业园获悉，园区全力保障生产，松岭文创产业园内企业开业率达79%。"
    view = analysis_view(lead + "\n青禾科技产业园打出组合拳。")
    assert dominant_place(find_places(view), lead_end=len(lead)).name == "青禾科技产业园"
    assert dominant_place(find_places(view)) is None  # outside the lead: two places, neither clearly first
    record = extract_text(lead + "\n青禾科技产业园打出组合拳。\n另外，通过多种方式为商户减免租金。", "x")
    assert {(m.region, c) for m in record.measures for c in m.categories} == {("青禾科技产业园", "RENT_RELIEF")}


def test_a_district_opening_the_lead_outweighs_its_city_named_more_often() -> None:
    lead = "近年来，沙县区优化营商环境。"
    view = analysis_view(lead + "三明市推进复工。三明市加大支持。三明市减免租金。")
    assert dominant_place(find_places(view), lead_end=len(lead)).name == "沙县区"
    assert dominant_place(find_places(view), notice=True, lead_end=len(lead)).name == "三明"
    lead = "近年来，晋江市优化营商环境。"  # a county of another city: the city stays the place
    view = analysis_view(lead + "三明市推进复工。三明市加大支持。三明市减免租金。")
    assert dominant_place(find_places(view), lead_end=len(lead)).name == "三明"


def test_a_firms_office_is_not_an_agency() -> None:
    assert agency_names("甘肃某某科技有限公司办公室发布通知。") == []


def test_offices_need_an_offices_subject() -> None:
    names = agency_names("湖州市吴兴区出台措施。区金融办、区公园城市局负责。")
    assert names == ["吴兴区金融办", "吴兴区公园城市局"]
    assert agency_names("湖州市吴兴区举办活动，区里承办。") == []


def test_party_departments_and_working_committees() -> None:
    names = agency_names("湖州市委组织部、市委宣传部联合发文。")
    assert "湖州市委组织部" in names and "湖州市委宣传部" in names and "湖州市委" in names
    assert agency_names("苏州高新区党工委、管委会部署工作。") == ["苏州高新区党工委", "苏州高新区管委会"]
    assert "湖州市直机关工委" in agency_names("湖州市直机关工委组织捐款。")


def test_division_of_a_department_names_the_department_too() -> None:
    assert agency_names("四川省经信厅中小企业处到企业调研。") == ["四川省经信厅", "四川省经信厅中小企业处"]


def test_service_hall_is_a_body_only_with_its_place() -> None:
    assert agency_names("安吉县政务服务大厅延长服务时间。") == ["安吉县政务服务大厅"]
    assert agency_names("政务服务大厅照常开放。") == []


def test_bodies_in_a_cited_title_or_a_distributive_list_are_not_named() -> None:
    assert agency_names("苏州发布《市政府关于应对疫情服务发展的通知》。") == []
    assert agency_names("各盟行政公署、市人民政府：内蒙古自治区发布通知。") == []


def test_government_names_merged_across_level_words() -> None:
    assert set(agency_names("东莞政府补贴企业，东莞市人民政府发布通知。")) == {"东莞市人民政府"}
    assert set(agency_names("内蒙古自治区人民政府发布通知。内蒙古政府大楼")) == {"内蒙古自治区人民政府"}


def test_province_implied_by_the_city_a_notice_names() -> None:
    view = analysis_view("厦门市出台措施，按照省委、省政府部署推进。")
    got = {a.name: a.place for a in find_agencies(view, find_places(view))}
    assert got == {"福建省委": "福建", "福建省政府": "福建"}


def test_an_unwritten_province_is_not_made_plain_by_its_county() -> None:
    # 青田 is a county of 丽水 in 浙江; neither is written, so the committees stay as written
    names = agency_names("青田县召开会议,落实省委、市委和县委部署。")
    assert "省委" in names and "市委" in names and "青田县委" in names
    assert not any(n.startswith(("浙江", "丽水")) for n in names)


def test_a_city_named_only_in_an_outlet_is_not_made_plain() -> None:
    assert agency_names("深圳新闻网讯 盐田区科技创新局走访企业,及时分发市防控指挥办物资。") == ["盐田区科技创新局", "市防控指挥办"]


def test_clauses_and_teams_are_not_bodies() -> None:
    assert agency_names("黑龙江省纳税人可通过电子税务局办理。") == []
    assert agency_names("来自黄岩经济开发区的工作组到企业走访。") == []


def test_more_national_bodies_and_local_forms() -> None:
    names = agency_names("国新办举行发布会，公安部、国家移民管理局出台措施，市公安部门负责。")
    assert names == ["国新办", "公安部", "国家移民管理局"]
    names = agency_names("南京海关开通绿色通道，南京市消防救援支队上门服务，玄武区梅园新村街道办事处走访企业。他们是一支队伍。")
    assert names == ["南京海关", "南京市消防救援支队", "梅园新村街道办事处"]


def test_bare_management_committee_is_the_zones() -> None:
    assert agency_names("苏州高新区出台措施。管委会积极协调企业复工。") == ["苏州高新区管委会"]
    assert agency_names("管委会积极协调企业复工。") == []


def test_space_inside_a_body_name() -> None:
    assert agency_names("甘肃出台措施。(省财政厅、工业和信息化厅、能 源局负责)") == ["甘肃省财政厅", "甘肃省工业和信息化厅", "甘肃省能源局"]


def test_treasury_acting_is_the_finance_department() -> None:
    assert agency_names("甘肃省出台措施，省财政统筹资金再给予贴息。省财政资金用于补助。") == ["甘肃省财政厅"]
    view = analysis_view("西安市出台措施。市财政局负责，市财政继续给予贴息。")
    assert [(a.name, a.surface) for a in find_agencies(view, find_places(view))] == [("西安市财政局", "市财政局"), ("西安市财政局", "市财政")]


def test_local_commissions_and_national_names_written_locally() -> None:
    names = agency_names("温州市出台措施。(牵头单位：市国资委；责任单位：市财政局、市人力社保局)")
    assert names == ["温州市国资委", "温州市财政局", "温州市人力社保局"]
    # a short form ending in 委 is no short form before 员会
    assert agency_names("北京市交通委员会、市教委发文。湖州市民族宗教委员会发文。") == ["北京市交通委员会", "北京市教委", "湖州市民族宗教委员会"]


def test_zone_written_after_its_city_names_its_body() -> None:
    assert agency_names("北京中关村科学城管委会负责人表示。") == ["中关村科学城管委会"]


def test_discipline_commissions_and_the_central_leading_group() -> None:
    assert agency_names("湖州市出台措施。市纪委监委开展监督。中央应对新冠肺炎疫情工作领导小组部署。") == ["湖州市纪委监委", "中央应对新冠肺炎疫情工作领导小组"]


def test_press_office_does_not_name_its_parent_and_introduced_government() -> None:
    assert agency_names("河南省政府新闻办召开发布会。") == ["河南省政府新闻办"]
    names = agency_names("乌鲁木齐市人民政府新闻办公室召开发布会。根据市政府稳住经济工作安排，出台政策。城市政府要有为。")
    assert names == ["乌鲁木齐市人民政府新闻办公室", "乌鲁木齐市人民政府"]


def test_local_bureau_of_a_national_administration_is_one_agency() -> None:
    view = analysis_view("国家税务总局湖州市税务局出台措施。国家税务总局发布公告。")
    got = [(a.name, a.place) for a in find_agencies(view, find_places(view))]
    assert got == [("国家税务总局湖州市税务局", "湖州"), ("国家税务总局", "中国")]


def test_teams_divisions_and_attached_bodies() -> None:
    assert "德清县复工复产工作专班" in agency_names("德清县复工复产工作专班每日调度企业用工情况。")
    assert "德清县企业复工复产服务专班" in agency_names("德清县企业复工复产服务专班深入企业。")
    assert agency_names("湖州市复工复产督导组到德清检查。") == ["湖州市复工复产督导组"]
    assert agency_names("德清县组建5个督查组。") == []
    assert "嘉兴市人力社保局就业处" in agency_names("嘉兴市人力社保局就业处为企业发放稳岗补贴。")
    assert "德清县商务局外贸科" in agency_names("德清县商务局外贸科为企业办理证明。")
    assert agency_names("德清县科技局加快科技成果转化。") == ["德清县科技局"]
    assert "嘉兴市复工复产指挥部企业服务组" in agency_names("嘉兴市复工复产指挥部企业服务组每日收集企业诉求。")
    # a count of teams, or a title, is no team's name
    assert agency_names("嘉兴市疫情防控指挥部下设六个工作组。") == ["嘉兴市疫情防控指挥部"]
    assert agency_names("成立由宁波保税区管委会主任任组长的领导小组。") == ["宁波保税区管委会"]
    assert agency_names("宁波保税区管委会党委书记李某强调要做好服务。") == ["宁波保税区管委会", "宁波保税区管委会党委"]
    assert "德清县委人才办" in agency_names("德清县委人才办为企业引进人才。")


def test_halls_centres_and_a_second_post() -> None:
    assert agency_names("青岛高新区行政审批服务大厅为企业提供帮办代办服务。") == ["青岛高新区行政审批服务大厅"]
    assert agency_names("嘉兴市社保中心为企业办理社保费缓缴。") == ["嘉兴市社保中心"]
    assert "海淀园管委会" in agency_names("中关村科学城管委会副主任兼海淀园管委会主任刘某出席。")


def test_attached_body_is_not_the_full_name_of_its_parent() -> None:
    view = analysis_view("市卫健委党委组织开展活动。嘉兴市卫健委党委书记出席。嘉兴市卫健委发布通知。")
    got = {a.name for a in find_agencies(view, find_places(view))}
    assert got == {"嘉兴市卫健委", "嘉兴市卫健委党委"}


def test_zone_words_before_a_listed_or_new_area_department() -> None:
    got = agency_names("苏州工业园区管委会发文。园区经发委、园区财政局牵头。")
    assert "苏州工业园区财政局" in got and "苏州工业园区园区财政局" not in got
    got = agency_names("天津滨海新区政府出台政策。新区工信局、新区科技局落实。")
    assert {"滨海新区工信局", "滨海新区科技局"} <= set(got)


def test_zones_listed_before_a_zone_body_share_it() -> None:
    view = analysis_view("各区人民政府,青阳开发区、池州高新区管委会:现将措施印发给你们。")
    names = {a.name for a in find_agencies(view, find_places(view))}
    assert {"青阳开发区管委会", "池州高新区管委会"} <= names


def test_a_zone_body_written_with_the_zones_other_name_is_one_body() -> None:
    view = analysis_view("长沙国家高新区管委会发布通知。记者从长沙高新区管委会了解到,新政下月实施。")
    assert {a.name for a in find_agencies(view, find_places(view))} == {"长沙高新区管委会"}


def test_town_party_committee_and_government_written_together() -> None:
    names = agency_names("禹城市甲庄镇干部驻企。镇党委政府选派干部驻厂服务企业。")
    assert "甲庄镇党委" in names and "甲庄镇政府" in names


def test_bodies_of_this_city_belong_to_the_county_level_city_in_focus() -> None:
    # 枝江 is a county-level city under 宜昌: 该市经信局 is its own bureau
    names = agency_names("湖北枝江市经济平稳。该市经信局为企业减免房租。")
    assert names == ["枝江市经信局"]


def test_setting_up_a_team_is_no_body_of_the_place() -> None:
    names = agency_names("春节以来,禹城市组建专班走访企业。")
    assert not any(n.endswith("专班") for n in names)


def test_a_bureau_of_innovation_is_a_body_though_new_situations_are_not() -> None:
    assert agency_names("连日来，盐田区科技创新局督促企业。") == ["盐田区科技创新局"]
    assert agency_names("盐田区开创发展新局。") == []


def test_a_body_of_a_place_never_written_is_named_as_written() -> None:
    names = agency_names("市农业局联合市金融办走访企业，县政府督导落实。")
    assert names == ["市农业局", "市金融办", "县政府"]


def test_unplaced_bodies_addressed_or_shared_by_levels_are_not_one_body() -> None:
    assert agency_names("各县、市、区人民政府：现将方案印发给你们。") == []
    assert "区国资委" not in agency_names("由市、区国资委监管的企业减免租金。")


def test_a_clause_after_a_level_word_is_no_unplaced_body() -> None:
    # the clause is no body; the group it sets up is, under the name written
    assert agency_names("镇成立企业服务工作领导小组,干部包联企业。") == ["企业服务工作领导小组"]
    assert agency_names("县里要成立企业复工服务工作领导小组。") == ["企业复工服务工作领导小组"]


def test_a_group_set_up_by_a_town_carries_the_towns_name() -> None:
    names = agency_names("青山镇党委高度重视,青山镇成立民营企业服务工作领导小组,干部包联企业。")
    assert names == ["青山镇党委", "青山镇民营企业服务工作领导小组"]
    assert agency_names("某局下设两个领导小组,组建了加快复产指挥部。") == []


def test_a_committees_leading_group_is_named_with_the_committee() -> None:
    names = agency_names("青田县召开会议,县委新冠肺炎疫情防控工作领导小组组长到园区检查。")
    assert names == ["青田县委", "青田县委新冠肺炎疫情防控工作领导小组"]
    names = agency_names("甘肃省台办致函省防疫工作领导小组办公室。")
    assert "甘肃省防疫工作领导小组办公室" in names and not any("致函" in n for n in names)


def test_a_bare_zone_committee_is_the_one_written_with_its_zone() -> None:
    names = agency_names("南湖开发区党工委书记、滨江片区管委会主任出席,党工委委员参加会议。")
    assert "滨江片区党工委" not in names and names.count("南湖开发区党工委") >= 1


def test_bare_street_bodies_are_the_street_in_focus() -> None:
    names = agency_names("杭州市余杭区青溪街道走访企业。街道党工委书记出席,街道办事处协调用工。")
    assert "青溪街道党工委" in names and "青溪街道办事处" in names
    assert not any(n.startswith("街道") for n in agency_names("街道办事处协调用工。"))
    assert not any(n.endswith("街道党工委") for n in agency_names("杭州市余杭区青木镇走访企业。街道党工委书记出席。"))


def test_a_division_after_its_bureau_and_a_comma_ends_the_line() -> None:
    names = agency_names("甘肃省出台措施。\n咨询单位:省商务厅,市场体系建设与运行处\n")
    assert names[-1] == "甘肃省商务厅市场体系建设与运行处" and "甘肃省商务厅" in names
    assert not any(n.endswith("处") for n in agency_names("甘肃省出台措施。省商务厅,各处室要加强配合。"))


def test_offices_a_place_sends_are_its_own() -> None:
    assert agency_names("余杭区良渚街道指派工业办、安监办专职人员。") == ["良渚街道工业办", "良渚街道安监办"]
    assert agency_names("南京经济技术开发区协调财政局拨付资金。") == ["南京经开区财政局"]
    assert agency_names("余杭区通过电子税务局办理。") == []


def test_office_sent_after_a_town_s_clause_is_the_town_s_without_the_verb() -> None:
    assert agency_names("德清县钟管镇走访企业，并组织防控办、经委等部门人员驻厂。") == ["钟管镇防控办"]


def test_more_offices_and_centres() -> None:
    assert agency_names("县政府督查室会同县工信局走访企业。")[:2] == ["县政府", "县政府督查室"]
    assert "盐田区前期办" in agency_names("盐田区联合区工信局、住建局、前期办做好发放。")
    assert agency_names("淄博高新区生物医药产业发展中心副主任介绍。") == ["淄博高新区生物医药产业发展中心"]
    assert agency_names("某某大学发展中心介绍。") == []


def test_a_level_word_body_is_the_one_written_in_full() -> None:
    text = "来源:崇川区行政审批局  发布:江苏南通崇川经济开发区\n企业找到区行政审批局,局里协调崇川开发区、区工信局解决。"
    assert agency_names(text) == ["崇川区行政审批局", "崇川区行政审批局", "崇川区工信局"]
    # without a body written in full, the nearest zone keeps its bureau
    assert agency_names("江苏南通崇川经济开发区出台措施,区工信局负责。") == ["崇川经济开发区工信局"]


def test_a_city_seat_and_a_political_and_legal_committee() -> None:
    assert agency_names("新北市長表示,市府將在8日成立企業安心辦。") == ["新北市政府"]
    assert agency_names("臺南市政府推出方案。市長表示,市府配合中央。") == ["台南市政府", "台南市政府"]
    assert agency_names("市府办公室通知。") == []
    assert agency_names("在市政法委下沉各社区力量的基础上开展巡逻。") == ["市政法委"]


def test_a_zones_committee_is_not_rehomed_to_its_county() -> None:
    view = analysis_view("青田县经开区管委会出台措施。青田县营商中心和县经开区管委会工作人员走访企业。")
    got = [(a.name, a.level) for a in find_agencies(view, find_places(view))]
    assert got == [("青田县经开区管委会", "zone"), ("青田县营商中心", "county"), ("青田县经开区管委会", "zone")]


def test_the_committee_of_the_town_in_focus() -> None:
    names = agency_names("余杭区青木镇企业多。疫情发生后,该镇党委、镇政府确保防控。")
    assert names == ["青木镇党委", "青木镇政府"]
    assert agency_names("社区党委组织志愿者。") == []


def test_a_city_inside_a_word_is_no_place_in_focus_unless_a_branch_names_it() -> None:
    assert agency_names("市工信局把政策变为企业的“真金白银”。\n与市金融办对接。") == ["市工信局", "市金融办"]
    assert "西安市财政局" in agency_names("责任单位:市金融工作局、人行西安分行营管部、市财政局。")


def test_a_national_office_is_not_the_verb_banli() -> None:
    assert agency_names("在凛冽的寒风中办理完接管手续。") == []
    assert agency_names("中办、国办印发意见。") == ["中办", "国办"]


def test_a_destination_is_not_the_place_whose_bodies_act() -> None:
    text = "市工信局主动作为。莆田市某公司的原材料运往厦门通关,企业向市工信局求助。"
    assert agency_names(text) == ["莆田市工信局", "莆田市工信局"]


def test_a_zones_party_committee() -> None:
    names = agency_names("得知企业困难后,准格尔经济开发区党委、管委会第一时间协调。")
    assert names == ["准格尔经济开发区党委", "准格尔经济开发区管委会"]


def test_a_zone_body_before_the_zone_is_named_in_full() -> None:
    assert agency_names("3月31日上午,高新区党工委书记带领相关部门走访企业。推动锦州高新区发展。") == ["锦州高新区党工委"]
    assert agency_names("高新区党工委书记走访企业。") == ["高新区党工委"]


def test_a_zones_area_committee_is_named_with_the_zone() -> None:
    assert agency_names("天府新区眉山管委会主动与银行对接。") == ["天府新区眉山管委会"]


def test_a_bureau_written_after_its_government() -> None:
    assert agency_names("高雄市政府經發局協助企業紓困。") == ["高雄市政府", "高雄市经发局"]


def test_list_items_joined_by_and_share_the_first_items_place() -> None:
    names = agency_names("甘肃省兰州市城关区：街道主动对接区发改局、人社局和商务局。")
    assert {"城关区发改局", "城关区人社局", "城关区商务局"} <= set(names)


def test_list_items_after_an_unplaced_body_keep_its_level_word() -> None:
    names = agency_names("广东出台措施。街道对接区发改局、人社局解决难题。")
    assert "区人社局" in names and not any(n.startswith("广东省人社") for n in names)


def test_a_team_a_town_sets_up_is_its_body() -> None:
    names = agency_names("某县青石镇：为帮助企业，镇成立了“两保”工作专班，青石镇组建复工复产服务专班。")
    assert "青石镇两保工作专班" in names and "青石镇复工复产服务专班" in names


def test_a_team_of_a_county_or_with_a_short_name_is_no_body() -> None:
    assert not agency_names("德清县为项目成立了服务专班。")
    assert not any("专班" in n for n in agency_names("青石镇成立了服务专班。"))
    assert not any("专班" in n for n in agency_names("甘肃省德清县成立医疗指导工作专班。"))


def test_a_quoted_office_set_up_is_a_body() -> None:
    assert "纾困服务办公室" in agency_names("市府立即成立“纾困服务办公室”，提供咨询。")


def test_taiwan_executive_bodies_belong_to_taiwan() -> None:
    view = analysis_view("經濟部推出貸款方案，勞動部提供津貼。")
    found = {a.name: a.place for a in find_agencies(view, find_places(view))}
    assert found == {"经济部": "台湾", "劳动部": "台湾"}


def test_a_ministry_name_before_a_verb_is_no_body() -> None:
    assert not agency_names("做好农业部署，推进经济部分工作。")


def test_a_body_after_its_province_and_city_is_named_from_the_city() -> None:
    assert "兰州市城关区工信局" in agency_names("工作人员与甘肃省兰州市城关区工信局取得联系。")
    assert "上海市杨浦区人民政府" in agency_names("上海市杨浦区人民政府印发通知。")


def test_short_name_without_qualifier_joins_a_full_name_written_with_its_city() -> None:
    text = analysis_view("苏州市吴江区行政审批局开通绿色通道。区审批局还推出网上办。")
    names = {a.name for a in find_agencies(text, find_places(text))}
    assert names == {"苏州市吴江区行政审批局"}
    text = analysis_view("德清县项目服务局走访企业。县服务局还开通热线。")
    assert {a.name for a in find_agencies(text, find_places(text))} == {"德清县项目服务局", "德清县服务局"}


def test_enterprise_service_bureau_is_a_body_of_its_place() -> None:
    text = analysis_view("成都高新区企业服务局、项目服务局走访企业。德清县某某企业办公室发布通知。")
    names = {a.name for a in find_agencies(text, find_places(text))}
    assert names == {"成都高新区企业服务局", "成都高新区项目服务局"}


def test_bureau_written_after_its_zones_committee() -> None:
    text = analysis_view("昆明高新区管委会经济发展局为企业减免房租。")
    names = {a.name for a in find_agencies(text, find_places(text))}
    assert names == {"昆明高新区管委会", "昆明高新区经济发展局"}


def test_labour_bureau_after_a_city_government() -> None:
    text = analysis_view("臺中市政府勞工局協助企業申請補貼。")
    assert "台中市劳工局" in {a.name for a in find_agencies(text, find_places(text))}


def test_a_city_body_in_a_report_naming_only_a_zone_filed_under_its_province_takes_the_zones_city() -> None:
    names = agency_names("5月30日,市工信局副局长张某某带队奔赴经开区企业调研。\n(广安经开区办公室)")
    assert "广安市工信局" in names


def test_a_body_named_with_and_without_its_citys_level_word_is_one() -> None:
    names = set(agency_names("德阳旌阳区商务局走访企业。区商务局帮助企业解决困难。(德阳市旌阳区商务局)"))
    assert names == {"德阳市旌阳区商务局"}


def test_bodies_of_two_cities_chained_to_one_district_name_stay_apart() -> None:
    names = set(agency_names("德阳市旌阳区商务局和绵阳市旌阳区商务局联合发文。"))
    assert len(names) == 2


def test_a_towns_offices_of_its_congress_and_its_party_and_government() -> None:
    names = agency_names("淳安县大墅镇人大办、党政办和经发办联合走访企业。")
    assert names == ["大墅镇人大办", "大墅镇党政办", "大墅镇经发办"]


def test_taiwan_county_departments_written_bare() -> None:
    names = agency_names("嘉義縣政府今天表示，為協助業者度過難關，農業處推出補助，財政處也將協助延期繳稅。")
    assert {"嘉义县政府农业处", "嘉义县政府财政处"} <= set(names)
    # after the county's government; a verb before a bare department is not part of its name
    names = agency_names("屏東縣政府說明：可關注文化處報名，縣府社會處將提供補助。")
    assert "屏东县政府社会处" in names and not any("关注" in n for n in names)
    # a common noun or a count ending in 处 is no department; a mainland province's bare 处 is no Taiwan body
    assert not any(n.endswith("处") for n in agency_names("屏東縣政府說明：此舉的好處在於提供補助，下列九處場所停業，縣府相關局處協助。"))
    assert not any(n.endswith("处") for n in agency_names("福建省推出措施，市场监管处负责。"))


def test_level_word_bodies_before_any_place_skip_a_place_opening_a_firms_name() -> None:
    text = "3月2日,市委副书记王某率市工信局负责人赴工厂调研。王某一行来到扬州甲乙汽车有限公司。\n来源:仪征市人民政府"
    assert agency_names(text) == ["仪征市委", "仪征市工信局", "仪征市人民政府"]
    # (with no other place after it, the place opening the firm's name is the one)
    assert agency_names("盟工信局协调银行,为锡林郭勒盟丙丁乳业有限公司续贷500万元。") == ["锡林郭勒盟工信局"]


def test_a_standing_members_title_names_the_committees_department() -> None:
    assert agency_names("荥经县召开会议。县委常委、统战部部长彭某等陪同。") == ["荥经县委", "荥经县委统战部"]
    assert agency_names("荥经县召开会议。县委常委王某出席。") == ["荥经县委"]


def test_a_countys_central_bank_branch_written_by_its_place_is_a_body() -> None:
    names = agency_names("双峰县出台措施。县里与县人民银行联合开展金融服务。")
    assert "双峰县人民银行" in names
    assert agency_names("双峰县人民银行开展金融服务。") == ["双峰县人民银行"]
    assert "人民银行双峰县支行" in agency_names("人民银行双峰县支行开展金融服务。")


def test_a_bureaus_branch_in_a_zone_is_one_body_and_the_zone_starts_after_the_bureau() -> None:
    record = extract_text("青州市市场监督管理局弥河经济开发区分局副科级干部为企业开辟审批绿色通道。", "t")
    assert [e.name for e in record.entities if e.type == "Agency"] == ["青州市市场监督管理局弥河经济开发区分局"]
    assert [e.name for e in record.entities if e.type == "Zone"] == ["弥河经济开发区"]
    # the branch acts for the zone it is named after
    assert {m.region for m in record.measures} == {"弥河经济开发区"}


def test_a_bare_zone_word_after_a_citys_bureau_is_the_citys_zone() -> None:
    record = extract_text("临沂市税务局高新区分局为企业办理退税。", "t")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["临沂高新区"]
    assert "临沂市税务局高新区分局" in {e.name for e in record.entities if e.type == "Agency"}


def test_a_zones_committee_written_short_and_in_full_is_one_body() -> None:
    record = extract_text("青禾高新区管理委员会发布通知。青禾高新区管委会为企业减免房租。", "x")
    assert [(e.name, e.aliases) for e in record.entities if e.type == "Agency"] == [("青禾高新区管理委员会", ("青禾高新区管委会",))]


def test_words_of_heartfelt_thanks_open_no_zone_name() -> None:
    record = extract_text("甲乙公司将锦旗送到青禾经济开发区，由衷感谢经开区管委会的帮助。", "x")
    assert not any(e.name.startswith(("衷心", "感谢")) for e in record.entities)


def test_a_team_a_zone_sets_up_is_a_body_of_the_zone() -> None:
    names = agency_names("青禾经济开发区成立重点企业物流保障专班，为企业办理通行证。")
    assert names == ["青禾经济开发区重点企业物流保障专班"]
    assert agency_names("青阳县成立企业服务专班，为企业解决难题。") == []  # a county's team: too common a word


def test_a_citys_notice_takes_the_province_of_its_city_not_of_a_place_named_later() -> None:
    names = agency_names("南阳市人民政府关于做好复工的通知\n按照省委、省政府部署。\n全力支援湖北防控。")
    assert "河南省委" in names and "湖北省委" not in names


def test_a_place_aid_goes_to_lends_no_place_to_a_notices_bodies() -> None:
    text = "南阳市人民政府关于做好复工的通知\n1.支持湖北武汉等受灾较重地区。\n2.组织企业扩产。(责任单位:市财政局)"
    assert "南阳市财政局" in agency_names(text)
    assert "南阳市财政局" in agency_names("南阳市人民政府通知\n组织企业生产物资驰援武汉。(责任单位:市财政局)")


def test_a_verb_between_two_bodies_opens_no_section_and_the_second_body_is_the_places() -> None:
    names = agency_names("兴安县工信局主动沟通科创局,帮企业申报项目。")
    assert "兴安县科创局" in names
    assert not any(n.endswith("沟通科") for n in names)


def test_the_function_character_opening_a_verb_opens_no_body_name() -> None:
    names = agency_names("兴安县人社局积极对接财政局,为企业争取补贴。")
    assert "兴安县财政局" in names and not any("接财政局" in n for n in names)
    assert "兴安县财政局" in agency_names("兴安县积极对接财政局,为企业争取补贴。")


def test_a_province_a_trip_goes_to_lends_no_province_to_a_bare_department() -> None:
    names = agency_names("赣州市于都县县长带队赴福建考察。省农业农村厅为企业协调饲料运输。")
    assert "江西省农业农村厅" in names and "福建省农业农村厅" not in names
    assert "福建省农业农村厅" in agency_names("省长赴福建调研。省农业农村厅为企业协调运输。")


def test_the_press_s_short_names_of_the_special_regions_governments() -> None:
    # 港府, 澳府: the region's government, its measures the region's
    for text, region in (("港府宣布为合资格企业提供九成信贷担保。", "香港"), ("澳府推出中小企业援助计划，提供免息贷款。", "澳门")):
        ms = extract_text(text, "t").measures
        assert ms and ms[0].region == region, text
    # written beside the government's other name, one body
    both = "港府推出新一轮纾困措施。特区政府表示，将向零售商户发放一次性资助。\n香港电台报道。"
    bodies = [e for e in extract_text(both, "t").entities if e.type == "Agency" and "政府" in e.name or e.name == "港府"]
    assert [(e.name, "港府" in e.aliases) for e in bodies] == [("香港特区政府", True)]
