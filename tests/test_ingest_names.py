"""Names in text the extractor was not built on: invented firms, bodies and zones in several styles."""

from ingest.agencies import find_agencies
from ingest.enterprises import find_enterprises
from ingest.normalize import analysis_view
from ingest.places import find_places
from ingest.pipeline import extract_text


def found(text: str) -> tuple[list[str], list[str], list[str]]:
    """Place, agency and enterprise names of one text's mentions."""
    view = analysis_view(text)
    places = find_places(view)
    agencies = find_agencies(view, places)
    firms = find_enterprises(view, places, agencies)
    return [p.name for p in places], [a.name for a in agencies], [f.name for f in firms]


def entities(text: str, etype: str) -> dict[str, tuple[str, ...]]:
    """The entities of one type in the record of ``text``, with their aliases."""
    return {e.name: e.aliases for e in extract_text(text, "t").entities if e.type == etype}


# agencies


def test_department_joining_two_fields_after_a_verb() -> None:
    _, agencies, _ = found("为稳就业，湖南省卫生健康委会同省人力资源和社会保障厅出台六条措施。")
    assert agencies == ["湖南省卫生健康委", "湖南省人力资源和社会保障厅"]
    _, agencies, _ = found("内蒙古出台措施，自治区工业和信息化厅负责落实。")
    assert agencies == ["内蒙古自治区工业和信息化厅"]


def test_long_department_name_implied_by_its_level_word() -> None:
    _, agencies, _ = found("江西省出台措施，省政务服务和大数据管理局推行网上办。")
    assert "江西省政务服务和大数据管理局" in agencies


def test_national_supervisor_with_a_local_office_is_one_agency() -> None:
    _, agencies, _ = found("中国银保监会福建监管局要求银行加大投放。")
    assert agencies == ["中国银保监会福建监管局"]
    # a place's own characters never end a branch's name (the 都 of 成都)
    assert found("人民银行成都分行推出再贷款。")[1] == ["人民银行成都分行"]


def test_working_body_named_for_what_it_answers() -> None:
    _, agencies, _ = found("宁德市应对新冠肺炎疫情工作领导小组办公室印发通知。")
    assert agencies == ["宁德市应对新冠肺炎疫情工作领导小组办公室"]
    # a clause with a function word between the place and the suffix is no name
    assert found("宁德市对企业开展帮扶工作领导小组")[1] == []


def test_placed_centre_is_an_agency() -> None:
    _, agencies, _ = found("莆田市住房公积金管理中心出台阶段性缓缴政策。")
    assert agencies == ["莆田市住房公积金管理中心"]


def test_committee_of_an_unlisted_zone_is_not_the_districts() -> None:
    _, agencies, _ = found("思明区出台措施。由某某山旅游区管委会负责辖区企业。")
    assert agencies == ["某某山旅游区管委会"]
    # a bare 区管委会 still stands for the place in focus
    assert found("思明区出台措施，要求区管委会落实。")[1] == ["思明区管委会"]


def test_shared_zone_prefix_over_a_list_of_bodies() -> None:
    _, agencies, _ = found("荆州开发区党工委、管委会研究出台稳企八条。")
    assert agencies == ["荆州开发区党工委", "荆州开发区管委会"]


def test_short_name_of_a_bureau_joins_its_full_name() -> None:
    text = "三明市人民政府发布通知。三明市人力资源和社会保障局负责落实，市人社局开通专线。"
    agencies = entities(text, "Agency")
    assert "三明市人社局" not in agencies
    assert "市人社局" in agencies["三明市人力资源和社会保障局"]
    # different bureaus of one place stay apart
    assert {"三明市财政局", "三明市商务局"} <= set(entities("三明市财政局、市商务局联合发文。", "Agency"))


# enterprises


def test_cooperative_and_placed_works_are_firms() -> None:
    assert found("南平市青山果蔬专业合作社获得补贴。")[2] == ["南平市青山果蔬专业合作社"]
    assert found("龙岩市长丰纺织厂恢复生产。")[2] == ["龙岩市长丰纺织厂"]
    # a kind of cooperative is no name
    assert found("引导农民专业合作社有序复工。")[2] == []


def test_speaker_with_several_titles_or_an_assistant() -> None:
    assert found("甲乙机电党委书记、董事长丙某说，订单已排满。")[2] == ["甲乙机电"]
    assert found("丁戊化纤总经理助理己某表示，产能已恢复。")[2] == ["丁戊化纤"]


def test_reporting_and_introducing_words_stay_out_of_a_speakers_firm() -> None:
    assert found("据庚辛重工相关负责人介绍，复工率已达九成。")[2] == ["庚辛重工"]
    assert found("园区企业壬癸电子相关负责人表示感谢。")[2] == ["壬癸电子"]


def test_verb_before_a_firm_stays_out_of_its_name() -> None:
    """A verb the scan enters halfway (对|接), a verb's aspect (收到了) or complement (了解|到)."""
    assert found("区金融局立即对接甲乙银行丙丁分行,上门讲解政策。")[2] == ["甲乙银行丙丁分行"]
    assert found("该局了解到甲乙电力器材有限公司回款期延长。")[2] == ["甲乙电力器材有限公司"]
    assert found("第二天收到了甲乙科技有限公司的回复。")[2] == ["甲乙科技有限公司"]
    assert found("他们找到了丙丁机械有限公司。")[2] == ["丙丁机械有限公司"]
    # a brand's own 了么 stays
    assert found("该区联系丙了么网络有限公司为商户配送。")[2] == ["丙了么网络有限公司"]


def test_serving_or_stationing_verb_before_a_place_led_firm_stays_out() -> None:
    """服务|某市甲乙公司, 派驻到|某某公司, 随后到|某某公司: the verb takes the firm as object, it is no part of its name."""
    assert found("服务杭州甲乙电子有限公司的工作群里来了求助。")[2] == ["杭州甲乙电子有限公司"]
    assert found("作为派驻到丙丁纺织股份有限公司的联络员,他每周去两次。")[2] == ["丙丁纺织股份有限公司"]
    assert found("检查组察看了车间,随后到丙丁电子公司查看项目进度。")[2] == ["丙丁电子公司"]
    # a legal name that holds the business word keeps it
    assert found("杭州戊己物业服务有限公司负责管理。")[2] == ["杭州戊己物业服务有限公司"]
    # what is left is a kind of lender, no name
    assert found("第二天就收到了信用联社的审批回复。")[2] == []


def test_role_before_a_firm_is_no_part_of_its_name() -> None:
    assert found("园区运营方甲乙综合开发公司相关负责人表示,将加快审核。")[2] == ["甲乙综合开发公司"]


def test_firms_named_as_examples_of_a_kind() -> None:
    assert found("以甲乙、丙丁、戊己电气等为代表的一批通信企业相继落户。")[2] == ["甲乙", "丙丁", "戊己电气"]
    assert found("以新能源、新材料等为代表的新兴产业快速发展。")[2] == []


def test_list_of_firms_after_a_verb_of_ensuring() -> None:
    assert found("管委会组织核酸检测,确保甲乙新材、丙丁糖业、戊己热电等重点企业正常生产。")[2] == ["甲乙新材", "丙丁糖业", "戊己热电"]


def test_trade_name_before_its_headquarters() -> None:
    assert found("11月19日,正值年底冲刺,甲乙重工总部生产基地正开足马力赶进度。")[2] == ["甲乙重工"]


def test_a_places_small_firm_guarantee_company() -> None:
    assert found("决定由县工信局下属的桐庐县中小企业担保有限公司出面担保。")[2] == ["桐庐县中小企业担保有限公司"]


def test_descriptions_and_people_are_no_firms() -> None:
    assert found("嘉兴高新区规上工业、服务业企业已全部复工。")[2] == []
    assert found("嘉兴高新区聚集了上千家科技孵化类企业。")[2] == []
    assert found("市科技局有关工作负责同志、甲乙、丙丁新材料等重点企业负责人参加座谈。")[2] == ["甲乙", "丙丁新材料"]


def test_verb_after_a_trade_name_ends_it() -> None:
    assert found("甲丙精密获得银行授信五千万元。")[2] == ["甲丙精密"]


def test_trade_name_served_by_a_body() -> None:
    assert found("该行向乙丁光电发放贷款三千万元。")[2] == ["乙丁光电"]
    assert found("市工信局协调解决了丙戊电机的原料问题。")[2] == ["丙戊电机"]
    # a group served is no firm
    assert found("该行向小微企业发放贷款。")[2] == []


def test_verb_after_a_zone_opens_no_name() -> None:
    _, _, firms = found("莆田高新区服务保障丁己新材料200台风机项目建设。")
    assert firms == ["丁己新材料"]


def test_short_name_declared_without_quotes() -> None:
    firms = entities("甲戊农机股份有限公司(以下简称甲戊农机)获得补贴，甲戊农机负责人表示感谢。", "Enterprise")
    assert list(firms) == ["甲戊农机股份有限公司"]
    assert "甲戊农机" in firms["甲戊农机股份有限公司"]


def test_list_of_state_firms() -> None:
    assert found("甲乙建工、丙丁交通等央企积极参与。")[2] == ["甲乙建工", "丙丁交通"]


def test_traditional_script_speaker_and_list() -> None:
    _, agencies, firms = found("吳江區人力資源和社會保障局為甲乙紡織、丙丁化纖等企業開通招工專線。")
    assert agencies == ["吴江区人力资源和社会保障局"]
    assert firms == ["甲乙纺织", "丙丁化纤"]


# zones


def test_zone_suffixes_beyond_the_gazetteer() -> None:
    assert "上饶数字经济产业园" in found("上饶数字经济产业园为企业提供免费办公场地。")[0]
    assert "井冈山农业科技园区" in found("吉安市井冈山农业科技园区发放补贴。")[0]
    assert "郑州某某经济综合实验区" in found("郑州某某经济综合实验区出台政策。")[0]


def test_city_written_before_an_unlisted_zone_is_one_zone() -> None:
    text = "宁波杭州湾新区出台措施。宁波杭州湾新区管委会推出政策。"
    assert found(text)[1] == ["宁波杭州湾新区管委会"]
    assert set(entities(text, "Zone")) == {"宁波杭州湾新区"}
    assert entities(text, "Region") == {}
    zones = entities("杭州钱塘新区推出惠企政策。钱塘新区管委会表示支持。", "Zone")
    assert len(zones) == 1


def test_park_named_after_its_zone() -> None:
    assert found("中关村软件园为入驻企业减免房租。")[0] == ["中关村软件园"]


def test_town_after_a_city_and_a_zone_nickname_inside_a_town() -> None:
    assert found("广东东莞长安镇出台十条措施。")[0] == ["广东", "东莞", "长安镇"]
    assert "张江" not in found("上海市浦东新区张江镇出台措施。")[0]
    # a common noun after a city is no town
    assert found("成都市民下乡游玩。")[0] == ["成都"]


def test_congress_and_consultative_conference_of_a_place() -> None:
    _, agencies, _ = found("杭州市出台措施。市人大常委会听取报告，市政协委员建议加大支持。")
    assert agencies == ["杭州市人大常委会", "杭州市政协"]


def test_firms_listed_beside_a_firm() -> None:
    assert found("受益企业包括甲乙文具、丙丁集团、戊己集团。")[2] == ["甲乙文具", "丙丁集团", "戊己集团"]
    assert found("丙丁集团、甲乙文具获得补贴。")[2] == ["丙丁集团", "甲乙文具"]
    # people, goods, kinds of units and bodies beside a firm are not firms
    assert found("丙丁集团、员工、居民受益。")[2] == ["丙丁集团"]
    assert found("丙丁集团、口罩、酒精等。")[2] == ["丙丁集团"]
    assert found("丙丁银行、邮政、电力等部门参加。")[2] == ["丙丁银行"]
    assert found("丙丁集团、防护服、消毒液等物资运抵。")[2] == ["丙丁集团"]
    _, agencies, firms = found("庚辛银行、人民银行参加对接。")
    assert firms == ["庚辛银行"] and agencies == ["人民银行"]


def test_firms_by_what_the_text_does_with_them() -> None:
    assert found("该区与甲乙智造签署战略合作协议。")[2] == ["甲乙智造"]
    assert found("区长走访了丙丁精工、戊己化工，了解复工情况。")[2] == ["丙丁精工", "戊己化工"]
    assert found("目前，庚辛电气已复工，员工返岗率达八成。")[2] == ["庚辛电气"]
    assert found("壬癸纺织是园区的龙头企业。")[2] == ["壬癸纺织"]
    # a partner that is a kind of institution or of party is no firm
    assert found("该区与高校签约。")[2] == []
    assert found("该区与投资方签约，与客商签订协议。")[2] == []


def test_media_group_is_no_firm_and_a_branch_keeps_its_bank() -> None:
    assert found("某某日报报业集团积极报道。")[2] == []
    assert found("建设银行安徽省分行为企业提供授信。")[2] == ["建设银行安徽省分行"]
    assert found("省农村信用社联合社推出专项产品。")[2] == ["省农村信用社联合社"]


def test_bodies_of_a_county_written_with_another_level_word() -> None:
    # 宁乡 is a county-level city (宁乡市) that a notice may still write 宁乡县
    text = "宁乡县人民政府办公室印发通知。县财政局、县人社局负责落实，县委办、县政府办负责督查。县经开区管委会落实包保。"
    agencies = entities(text, "Agency")
    assert {"宁乡县财政局", "宁乡县人社局", "宁乡县人民政府办公室", "宁乡县经开区管委会"} <= set(agencies)
    assert "县政府办" in agencies["宁乡县人民政府办公室"]
    assert not any(name.startswith("宁乡市") for name in agencies)


def test_county_body_is_not_a_zones() -> None:
    _, agencies, _ = found("宁乡县出台措施。宁乡高新区推出政策，县卫健局负责防疫物资。")
    assert "宁乡县卫健局" in agencies


def test_verb_working_together_is_no_county() -> None:
    places, agencies, _ = found("湘潭市出台措施。市工信局会同县发改局做好要素保障。")
    assert "会同县" not in places
    assert "会同县发改局" not in agencies


def test_body_named_with_the_places_written_before_it() -> None:
    # only the written chain can match every annotation of it: the full form is the name, the rest aliases
    text = "常德市桃源县人民政府出台措施。桃源县政府要求各乡镇落实，县政府将开展督查。"
    agencies = entities(text, "Agency")
    assert list(agencies) == ["常德市桃源县人民政府"]
    assert {"桃源县政府", "县政府"} <= set(agencies["常德市桃源县人民政府"])


def test_party_committee_of_a_district_that_is_a_zone() -> None:
    _, agencies, _ = found("无锡高新区(新吴区)出台措施。新吴区委组织部、区委宣传部联合开展活动。")
    assert "新吴区委组织部" in agencies and "新吴区委宣传部" in agencies


def test_kinds_of_firm_named_by_their_service_are_no_names() -> None:
    assert found("供电公司、燃气公司、水务公司对欠费企业不停供。")[2] == []
    assert found("引导社会资本设立创业投资公司。")[2] == []
    assert found("由市国资委牵头，市属企业集团负责实施。")[2] == []
    # a place's own platform company keeps its name
    assert found("支持市城投集团发行债券。")[2] == ["市城投集团"]


def test_trade_names_a_body_acts_on() -> None:
    assert found("组织甲乙科技、丙丁电子参加线上招聘会。")[2] == ["甲乙科技", "丙丁电子"]
    assert found("推动甲乙医药与丙丁生物开展合作。")[2] == ["甲乙医药", "丙丁生物"]
    assert found("作为全市首家复工的企业，戊己精密已恢复产能。")[2] == ["戊己精密"]


def test_help_received_is_no_name() -> None:
    assert found("甲乙食品在园区的帮助下实现复工。")[2] == []


def test_trade_name_joined_to_a_legal_name() -> None:
    assert found("甲乙科技和丙丁电子有限公司获得补贴。")[2] == ["甲乙科技", "丙丁电子有限公司"]
    assert found("像庚辛饮品和壬癸集团公司一样，企业大多已复工。")[2] == ["庚辛饮品", "壬癸集团公司"]


def test_town_whose_name_opens_with_a_provinces() -> None:
    places, agencies, _ = found("南宁市江南区出台措施。福建园街道办事处、江西镇人民政府组织企业招聘。")
    assert "福建园街道" in places and "江西镇" in places
    assert "福建" not in places and "江西" not in places
    assert "江西镇人民政府" in agencies


def test_short_names_join_the_full_legal_name() -> None:
    cases = {
        "湖南甲乙光电科技有限公司获得贷款。甲乙光电负责人表示感谢。": "甲乙光电",
        "长沙市丙丁电子有限公司复工。丙丁公司表示将扩大生产。": "丙丁公司",
        "湖南戊己钢铁集团有限责任公司率先复工。戊己集团表示将加快投产。": "戊己集团",
    }
    for text, short in cases.items():
        firms = entities(text, "Enterprise")
        assert len(firms) == 1 and short in next(iter(firms.values())), text
    # two full names sharing the short one's characters: no guess
    firms = entities("甲乙电子有限公司、甲乙电气有限公司获得补贴。甲乙公司表示感谢。", "Enterprise")
    assert "甲乙公司" in firms


def test_listed_firm_may_open_with_a_place() -> None:
    assert found("中国某安、中国人寿推出专属保险。")[2] == ["中国某安", "中国人寿"]
    # a place alone beside a firm stays a place
    places, _, firms = found("浙江省、丙丁集团参加对接。")
    assert places == ["浙江"] and firms == ["丙丁集团"]


def test_trade_words_alone_name_a_sector() -> None:
    assert found("新能源汽车生产企业加快复工。")[2] == []
    assert found("精密机械生产线恢复运转。")[2] == []


def test_list_opened_by_an_existential_and_a_firm_investing() -> None:
    assert found("签约项目中，既有甲乙汽车、丙丁汽车等龙头企业的扩产项目。")[2] == ["甲乙汽车", "丙丁汽车"]
    assert found("其中，戊己科技投资20亿元建设智能制造基地。")[2] == ["戊己科技"]


def test_branches_offices_and_divisions_of_a_local_body() -> None:
    assert found("杭州市出台措施。杭州市市场监管局西湖分局为企业办理登记。")[1] == ["杭州市市场监管局西湖分局"]
    assert found("杭州市出台措施。杭州海关驻萧山机场办事处提供通关便利。")[1] == ["杭州海关驻萧山机场办事处"]
    assert "浙江省商务厅对外贸易发展处" in found("浙江省商务厅对外贸易发展处指导企业。")[1]
    # 处 as a verb or inside 处室 is no division
    assert found("杭州市出台措施。市商务局相关处室负责，由市财政局处理。")[1] == ["杭州市商务局", "杭州市财政局"]


def test_centres_named_with_a_function_word() -> None:
    assert found("杭州市就业管理服务中心组织招聘。")[1] == ["杭州市就业管理服务中心"]
    assert found("杭州市公共资源交易中心推行不见面开标。")[1] == ["杭州市公共资源交易中心"]


def test_single_firm_introduced_by_xiang() -> None:
    assert found("像甲乙等企业已经复工。")[2] == ["甲乙"]
    assert found("像甲乙、丙丁等企业已经复工。")[2] == ["甲乙", "丙丁"]


def test_short_traditional_line_and_a_special_regions_government() -> None:
    # a line with a few traditional characters is read in simplified script
    assert found("延邊朝鮮族自治州人民政府出台措施。")[1] == ["延边朝鲜族自治州人民政府"]
    assert found("香港特區政府宣布新一輪措施。")[1] == ["香港特区政府"]


def test_zone_named_with_its_committee_and_no_place() -> None:
    places, agencies, _ = found("某某临空经济示范区管委会出台措施。")
    assert places == ["某某临空经济示范区"] and agencies == ["某某临空经济示范区管委会"]
    # a zone word standing for the zone in scope names none
    assert found("园区管委会出台措施。")[0] == []


def test_foundations_alliances_and_associations_are_no_firms() -> None:
    assert found("甲乙慈善基金会、丙丁产业联盟等企业捐赠物资。")[2] == []
    assert found("省中小企业发展促进会、甲乙集团联合发起倡议。")[2] == ["甲乙集团"]


def test_lists_after_a_qualified_firm_or_a_visit_are_read_in_linear_time() -> None:
    # a backtracking pattern over 甲和甲和… takes exponential time; these must return at once
    for lead in ("重点企业", "组织"):
        assert found(lead + "甲和" * 60)[2] == []
    assert found("重点企业甲乙和丙丁解决了用工问题。")[2] == ["甲乙", "丙丁"]


def test_brands_with_latin_letters() -> None:
    assert found("ABC科技董事长李某表示，将加快复工。")[2] == ["ABC科技"]
    assert found("甲为、XYZ、abcd等企业推出优惠。")[2] == ["甲为", "XYZ", "abcd"]
    assert found("该区帮助ABC科技解决用工问题。")[2] == ["ABC科技"]
    assert found("通过APP办理。")[2] == []


def test_trade_name_visited() -> None:
    assert found("在甲乙科技，工人们正在忙碌。")[2] == ["甲乙科技"]
    assert found("记者在丙丁重工看到，生产线满负荷运转。")[2] == ["丙丁重工"]
    assert found("在生物医药，企业加快研发。")[2] == []


def test_a_zone_with_and_without_its_formal_kind_is_one_zone() -> None:
    """某某经济开发区 and 某某开发区 in one text: one Zone, the other form an alias."""
    zones = entities("在做好防疫的同时,甲乙经济开发区成立了企业服务专班。甲乙开发区管委会还为57家企业申请了通行证。", "Zone")
    assert len(zones) == 1
    assert {"甲乙经济开发区", "甲乙开发区"} <= {*zones, *next(iter(zones.values()))}


def test_an_outlet_named_by_two_places_names_neither() -> None:
    """来源:中国某省网 and 某省网讯: the outlet's name, not the country or province the report is about."""
    places = found("来源:中国浙江网 作者:某某\n中国浙江网讯 丽水市莲都区为企业发放消费券。")[0]
    assert "中国" not in places and "浙江" not in places
    assert "莲都区" in places


def test_a_project_officer_names_the_firm_before_it() -> None:
    """企业甲乙智能汽车项目负责人: the firm named by its trade; a bare 重点项目负责人 names none."""
    assert found("值班人员接到驻地企业甲乙智能汽车项目负责人电话,立即协调。")[2] == ["甲乙智能汽车"]
    assert found("园区帮助解决了重点项目负责人反映的问题。")[2] == []


def test_occurrences_of_many_words_in_one_pass_equal_a_search_per_word() -> None:
    import re

    from ingest.mentions import Occurrences

    text = "甲乙镇甲乙镇镇镇镇 丙丁镇，甲乙镇。镇镇镇"
    words = ["甲乙镇", "镇镇", "丙丁镇", "戊己镇"]
    batch = Occurrences(text)
    batch.find(words)
    for w in words:
        assert batch.starts(w) == [m.start() for m in re.finditer(re.escape(w), text)] == Occurrences(text).starts(w)
    assert batch.count("镇镇") == 3 and batch.count("戊己镇") == 0


# the left edge of a legal name


def test_legal_name_starts_past_the_verb_and_date_before_it() -> None:
    _, _, firms = found("督导组在走访到河南甲乙网络科技股份有限公司时了解情况。")
    assert firms == ["河南甲乙网络科技股份有限公司"]
    _, _, firms = found("市工信局于2月14日将浙江省丙丁农药科技有限公司等12户企业上报。")
    assert firms == ["浙江省丙丁农药科技有限公司"]
    _, _, firms = found("园区最终促成戊己银行高新支行与企业对接，企业获批庚辛银行西城支行贷款。")
    assert firms == ["戊己银行高新支行", "庚辛银行西城支行"]


def test_legal_name_starts_past_a_bracket_it_does_not_open() -> None:
    _, _, firms = found("本报讯(通讯员 李某)湖南省甲乙医疗器械有限公司位于园区内。丙丁科技(江苏)有限公司已复工。")
    assert firms == ["湖南省甲乙医疗器械有限公司", "丙丁科技(江苏)有限公司"]


def test_list_of_firms_after_the_area_word_and_the_body_in_charge() -> None:
    _, _, firms = found("目前,区科技局主要负责辖区甲乙基因、丙丁福等20家科技企业复工申请受理。")
    assert firms == ["甲乙基因", "丙丁福"]


def test_firm_an_official_takes_along_when_introduced_as_one() -> None:
    _, _, firms = found("服务科带领区重点招商引资企业甲乙国际前往某工业园协调租赁合同。")
    assert firms == ["甲乙国际"]


def test_trade_name_and_place_less_bank_are_short_forms() -> None:
    firms = entities("甲乙机械制造公司董事长说，我们很好。甲乙机械是一家汽车零部件企业。", "Enterprise")
    assert list(firms) == ["甲乙机械制造公司"]
    firms = entities("怀化市邀请市工商银行参加座谈。工商银行已给丁丁油业发放贷款。", "Enterprise")
    assert "工商银行" not in firms and "怀化市工商银行" in firms


def test_fields_before_related_firms_and_verbs_after_firms_are_no_names() -> None:
    _, _, firms = found("市里出台畜禽屠宰、饲料等相关企业恢复生产标准。鼓励银行扩大对辖区企业授信、发放不还本续贷贷款。")
    assert firms == []
    _, _, firms = found("协助业者解决问题,助力科技企业抗疫复工。帮助企业争取上级银行贷款。")
    assert firms == []
    _, _, firms = found("协调甲乙科技、丙丁电子等相关企业复工。")
    assert firms == ["甲乙科技", "丙丁电子"]


def test_a_bank_is_not_its_own_branch() -> None:
    firms = entities("某区积极争取甲乙开发银行的贷款。甲乙开发银行宁波分行给予支持。", "Enterprise")
    assert set(firms) == {"甲乙开发银行", "甲乙开发银行宁波分行"}


def test_places_visited_that_are_mostly_firms_by_their_words() -> None:
    _, _, firms = found("副县长陪同调研。刘某一行先后到甲乙乳制品加工厂、丙丁汽贸、戊己商贸、庚辛外卖、中小微企业孵化园进行实地调研。")
    assert firms == ["甲乙乳制品加工厂", "丙丁汽贸", "戊己商贸", "庚辛外卖"]


def test_brands_by_their_role_or_by_what_they_do_for_others() -> None:
    _, _, firms = found("台资企业ABC在电子回收后遇到原材料无法外运的问题。")
    assert firms == ["ABC"]
    _, _, firms = found("鼓励商贸企业为业户减免租费,甲达、乙人等分别为租户减免租费超千万元。")
    assert firms == ["甲达", "乙人"]
