"""Places, agencies, enterprises and policy documents on short sentences."""

from ingest.agencies import find_agencies
from ingest.documents import find_documents
from ingest.enterprises import find_enterprises
from ingest.normalize import analysis_view
from ingest.places import find_places


def mentions(text: str):
    view = analysis_view(text)
    places = find_places(view)
    agencies = find_agencies(view, places)
    firms = find_enterprises(view, places, agencies)
    return view, places, agencies, firms


def names(ms) -> list[str]:
    return [m.name for m in ms]


def test_places_longest_match_and_chain() -> None:
    _, places, _, _ = mentions("江苏省南京市出台措施，南京高新区随即跟进。")
    assert names(places) == ["江苏", "南京", "南京高新区"]
    assert places[2].type == "Zone"


def test_bare_county_needs_context() -> None:
    _, places, _, _ = mentions("浙江提出新举措。德清成立工作专班。")
    assert "德清县" in names(places)
    _, places, _, _ = mentions("企业开辟绿色通道。")
    assert names(places) == []


def test_unknown_zone_and_town_by_pattern() -> None:
    _, places, _, _ = mentions("南京市江宁区秣陵街道与南京江北智造园区合作。")
    by_name = {m.name: m for m in places}
    assert by_name["秣陵街道"].level == "town"
    assert any(m.type == "Zone" and m.name.endswith("园区") for m in places)


def test_ambiguous_name_resolved_by_context() -> None:
    _, places, _, _ = mentions("南京市鼓楼区出台政策。")
    gulou = [m for m in places if m.surface == "鼓楼区"][0]
    assert gulou.code is not None and gulou.code.startswith("3201")


def test_agencies_written_implied_and_national() -> None:
    _, places, agencies, _ = mentions("广州市黄埔区发布通知，区应急管理局每日帮企业代购口罩。浙江省经信厅与省商务厅联合发文。科技部火炬中心印发通知。")
    got = {a.name: a.place for a in agencies}
    assert got["黄埔区应急管理局"] == "黄埔区"
    assert got["浙江省经信厅"] == "浙江"
    assert got["浙江省商务厅"] == "浙江"
    assert got["科技部火炬中心"] == "中国"


def test_words_ending_like_bodies_are_not_agencies() -> None:
    _, _, agencies, _ = mentions("产业格局正在变化，政务服务大厅照常开放，要建设有为政府。")
    assert agencies == []


def test_enterprises_by_suffix_list_and_zone() -> None:
    text = "苏州高新区甲乙生物和丙丁科技2家公司获得支持。位于杭州市余杭区的戊己材料有限公司复工。庚辛医疗、壬癸药业等企业入选名单。"
    _, _, _, firms = mentions(text)
    assert {"甲乙生物", "丙丁科技", "戊己材料有限公司", "庚辛医疗", "壬癸药业"} <= set(names(firms))


def test_firm_after_a_zone_and_a_preposition_keeps_its_own_name() -> None:
    text = "某某高新区对参与防疫物资生产的四川甲乙药业股份有限公司、丙丁动力有限公司等企业给予补助。"
    _, _, _, firms = mentions(text)
    assert {"四川甲乙药业股份有限公司", "丙丁动力有限公司"} <= set(names(firms))
    _, _, _, firms = mentions("某某高新区对浙江戊己材料有限公司给予奖励。")
    assert names(firms) == ["浙江戊己材料有限公司"]


def test_generic_firm_words_are_not_names() -> None:
    _, _, _, firms = mentions("鼓励相关融资担保公司降低费率，支持银行业金融机构加大信贷投放，重点企业优先复工。")
    assert firms == []


def test_policy_documents() -> None:
    docs = find_documents(analysis_view("市政府印发《关于支持中小企业共渡难关的若干措施》。《措施》明确，推出“甲市 12 条”。"))
    assert [d.name for d in docs] == ["关于支持中小企业共渡难关的若干措施", "关于支持中小企业共渡难关的若干措施", "甲市12条"]
    assert docs[1].surface == "措施"


def test_zone_with_host_in_brackets_keeps_its_own_name() -> None:
    _, places, _, _ = mentions("兰州经开区(七里河区)企业复工。兰州经开区推进。")
    assert [(m.name, m.surface) for m in places] == [("兰州经开区", "兰州经开区"), ("兰州经开区", "兰州经开区")]


def test_demonstration_zone_and_industrial_base_suffixes() -> None:
    _, places, _, _ = mentions("兰州新材料示范区与天水电子产业基地签约。")
    zones = [m.name for m in places if m.type == "Zone"]
    assert zones == ["兰州新材料示范区", "天水电子产业基地"]


def test_list_after_a_verb_and_example_word() -> None:
    _, _, _, firms = mentions("有效缓解了如甲乙、丙丁、戊己医疗等重点企业用工难题。")
    assert names(firms) == ["甲乙", "丙丁", "戊己医疗"]


def test_list_with_a_quantity_word() -> None:
    _, _, _, firms = mentions("帮助甲乙、丙丁、戊己等一批保供企业解决运输问题。")
    assert names(firms) == ["甲乙", "丙丁", "戊己"]


def test_time_word_is_not_a_firm() -> None:
    _, _, _, firms = mentions("设备进入工厂,目前公司建设恢复正常。")
    assert names(firms) == []


def test_brand_name_before_a_role_title_and_speech_verb() -> None:
    _, _, _, firms = mentions("甲乙智能副总经理王某表示,订单已恢复。")
    assert names(firms) == ["甲乙智能"]
    _, _, _, firms = mentions("公司总经理说,订单已恢复。")
    assert names(firms) == []


def firm_names(text: str) -> list[str]:
    return names(mentions(text)[3])


def zone_names(text: str) -> list[str]:
    return [m.name for m in mentions(text)[1] if m.type == "Zone"]


def doc_forms(text: str) -> list[tuple[str, str]]:
    return [(d.name, d.surface) for d in find_documents(analysis_view(text))]


def test_pinyin_glosses_do_not_split_names() -> None:
    from ingest.read import without_pinyin

    text = without_pinyin("甲乙科(kē)技等企(qǐ)業(yè)復(fù)工")
    assert text == "甲乙科技等企業復工"
    assert firm_names(text) == ["甲乙科技"]
    assert without_pinyin("中国(China)和英文(a)") == "中国(China)和英文(a)"


def test_notice_title_line_and_its_document_number() -> None:
    text = "乙府〔2021〕7号\n乙镇人民政府关于支持企业稳定发展的若干措施\n各村、社区：\n现将措施印发给你们。"
    forms = doc_forms(text)
    assert ("乙镇人民政府关于支持企业稳定发展的若干措施", "乙镇人民政府关于支持企业稳定发展的若干措施") in forms
    assert ("乙镇人民政府关于支持企业稳定发展的若干措施", "乙府〔2021〕7号") in forms
    # a sentence with 关于 is no title
    assert doc_forms("会议研究了关于复工的有关意见，并作出部署。") == []


def test_title_broken_over_two_lines_is_one_document() -> None:
    forms = doc_forms("丙区关于扶持小微企业\n\n渡过难关的实施意见\n各街道：")
    assert [n for n, _ in forms] == ["丙区关于扶持小微企业渡过难关的实施意见"]


def test_wrapped_and_transmitted_titles_are_aliases() -> None:
    text = "丁省关于稳定经济增长的十条措施\n丁省人民政府印发《关于稳定经济增长的十条措施》的通知\n现将《关于稳定经济增长的十条措施》印发给你们。"
    assert {n for n, _ in doc_forms(text)} == {"关于稳定经济增长的十条措施"}
    # a document that carries out another one is a document of its own
    text = "戊区贯彻落实《己市稳定经济运行十条措施》实施办法\n为贯彻落实上级部署，制定本办法。"
    assert {n for n, _ in doc_forms(text)} == {"戊区贯彻落实己市稳定经济运行十条措施实施办法", "己市稳定经济运行十条措施"}


def test_place_package_without_quotes_and_its_back_reference() -> None:
    forms = doc_forms("宁波15条惠企措施出台后，企业受益。落实15条惠企措施，各部门行动。出台12条措施。")
    assert forms == [("宁波15条惠企措施", "宁波15条惠企措施"), ("宁波15条惠企措施", "15条惠企措施")]


def test_title_named_after_the_verb_that_issues_it() -> None:
    assert doc_forms("市里出台小微企业和个体工商户纾困若干政策，拿出真金白银。") == [("小微企业和个体工商户纾困若干政策", "小微企业和个体工商户纾困若干政策")]
    assert doc_forms("各地出台了一系列若干措施。") == []


def test_zone_implied_by_a_level_word_is_the_countys_zone() -> None:
    _, places, agencies, _ = mentions("阜阳市阜南县出台政策。县经开区管委会工作人员走访企业。")
    assert "阜南县经开区" in [m.name for m in places if m.type == "Zone"]
    assert names(agencies) == ["阜南县经开区管委会"]


def test_places_of_a_list_share_the_zone_word_after_it() -> None:
    assert zone_names("湖州和嘉兴两个开发区出台措施。") == ["湖州开发区", "嘉兴开发区"]
    assert zone_names("湖州、嘉兴等高新区加快复工。") == ["湖州高新区", "嘉兴高新区"]


def test_declared_short_name_of_a_zone_is_the_same_zone() -> None:
    _, places, _, _ = mentions("结合湖州莫干山片区(下称“莫干片区”)实际。莫干片区内企业复工。")
    zones = {(m.name, m.surface) for m in places if m.type == "Zone"}
    assert {name for name, _ in zones} == {"湖州莫干山片区"}


def test_province_word_before_a_zone_stays_out_of_its_name() -> None:
    assert zone_names("江苏省淮海新区推出举措。") == ["淮海新区"]
    assert zone_names("湖南湘中融城示范区推出举措。") == ["湖南湘中融城示范区"]


def test_town_named_by_its_government() -> None:
    _, places, agencies, _ = mentions("石湖镇人民政府印发通知。")
    assert [(m.name, m.level) for m in places] == [("石湖镇", "town")]
    assert names(agencies) == ["石湖镇人民政府"]


def test_town_named_by_its_discipline_committee_and_a_body_with_its_level_word_again() -> None:
    _, places, agencies, _ = mentions("日前，石湖乡纪委书记张某走访企业。石湖乡乡经发办及时记录企业诉求。")
    assert {(m.name, m.level) for m in places} == {("石湖乡", "town")}
    assert names(agencies) == ["石湖乡纪委", "石湖乡经发办"]
    # a word opening with the level word keeps it (乡村振兴办 is the countryside's office)
    _, _, agencies, _ = mentions("石湖乡人民政府印发通知。石湖乡乡村振兴办负责落实。")
    assert "石湖乡乡村振兴办" in names(agencies)


def test_conjunction_before_a_county_word_is_no_county() -> None:
    _, places, _, _ = mentions("阜南县营商中心和县经开区管委会工作人员走访企业。")
    assert "和县" not in [m.name for m in places]


def test_lists_of_products_or_sectors_are_not_firms() -> None:
    assert firm_names("对生产口罩、隔离服、防护服等企业给予贴息。") == []
    assert firm_names("优先推动保障疫情防控、能源供应、城市运行和国计民生等企业复工。") == []
    # one sector word in a list of names leaves the names
    assert firm_names("缓解了如甲乙、丙丁、湖州医疗耗材等重点企业用工难题。") == ["甲乙", "丙丁"]
    assert firm_names("帮助甲程旅游、乙丙科达等企业解决资金问题。") == ["甲程旅游", "乙丙科达"]


def test_single_listed_item_introduced_by_a_verb_on_firms() -> None:
    assert firm_names("区里积极协调甲乙电产等相关配套企业复工。") == ["甲乙电产"]
    assert firm_names("区里积极协调餐饮等企业复工。") == []


def test_kinds_of_financial_firm_are_not_names() -> None:
    assert firm_names("对金融租赁、财务或消费金融公司、融资租赁公司给予奖励，可向贷款银行申请展期。") == []


def test_numbers_and_brackets_inside_a_legal_name() -> None:
    assert firm_names("该局向甲乙3721服饰有限公司核发证书。") == ["甲乙3721服饰有限公司"]
    assert firm_names("由丙丁电力〔集团〕公司负责。") == ["丙丁电力〔集团〕公司"]


def test_firm_after_a_qualified_firm_word() -> None:
    assert firm_names("协助辖区内重点企业甲乙丙工厂解决了住宿问题。") == ["甲乙丙工厂"]
    assert firm_names("独角兽企业丁戊国际的云平台上线。") == ["丁戊国际"]
    assert firm_names("重点企业优先复工，龙头企业用工稳定。") == []


def test_firm_a_body_helps_is_named() -> None:
    assert firm_names("帮助甲钢解决了运输不畅问题。") == ["甲钢"]
    assert firm_names("帮助企业尽快复工，协助农民工解决返岗问题。") == []


def test_project_owner_and_partner() -> None:
    assert firm_names("推进实施乙丙智能500台电机项目。") == ["乙丙智能"]
    assert firm_names("甲乙通讯携手丙丁电信,助力医院开展远程会诊。") == ["甲乙通讯", "丙丁电信"]


def test_speaker_titles_and_places_that_are_not_firms() -> None:
    assert firm_names("戊己生物负责人表示：“没想到这么快。”") == ["戊己生物"]
    assert firm_names("产业基地相关负责人介绍，项目已开工。") == []


def test_short_company_name_is_the_full_legal_name() -> None:
    firms = mentions("甲乙高新技术融资担保有限公司提供担保。甲乙担保公司还减半收费。中国银行和中国农业银行放贷。")[3]
    assert [(f.name, f.surface) for f in firms][:2] == [("甲乙高新技术融资担保有限公司", "甲乙高新技术融资担保有限公司"), ("甲乙高新技术融资担保有限公司", "甲乙担保公司")]
    assert {"中国银行", "中国农业银行"} <= set(names(firms))


def test_verb_of_learning_ends_the_phrase_before_a_name() -> None:
    assert firm_names("近期得知甲乙中维公司物料运输受阻后，基地积极协调。") == ["甲乙中维公司"]


def test_traditional_script_gives_the_same_entities() -> None:
    pairs = [
        ("南京高新区党工委、管委会组织甲乙科技等企业开展对接，帮助丙丁电子解决了原料运输问题。",
         "南京高新區黨工委、管委會組織甲乙科技等企業開展對接，幫助丙丁電子解決了原料運輸問題。"),
        ("阜阳市阜南县出台政策。县经开区管委会工作人员走访企业。", "阜陽市阜南縣出臺政策。縣經開區管委會工作人員走訪企業。"),
        ("嘉兴和湖州两个开发区推进戊己智能500台电机项目建设。", "嘉興和湖州兩個開發區推進戊己智能500臺電機項目建設。"),
    ]
    for simplified, traditional in pairs:
        got = [[(m.type, m.name) for m in kind] for kind in mentions(simplified)[1:]]
        assert got == [[(m.type, m.name) for m in kind] for kind in mentions(traditional)[1:]]
        assert any(got)
    forms = doc_forms("湖州市人民政府關於支持中小企業渡過難關的若干措施\n各區縣人民政府：")
    assert [n for n, _ in forms] == ["湖州市人民政府关于支持中小企业渡过难关的若干措施"]


def test_firm_named_by_its_premises_or_by_what_it_is() -> None:
    assert firm_names("记者走进甲乙精工的生产车间，工人忙碌。在企业车间里，在项目工地上。") == ["甲乙精工"]
    assert firm_names("丙丁科技是一家专注于检测试剂的高新技术企业。该公司是一家民营企业。") == ["丙丁科技"]


def test_trade_name_standing_alone_twice() -> None:
    assert firm_names("生产口罩的戊己科贸,这个月恢复生产。戊己科贸获得授信。个人信息,个人信息,") == ["戊己科贸", "戊己科贸"]
    assert firm_names("生产口罩的戊己科贸,这个月恢复生产。") == []


def test_partner_may_open_with_its_place() -> None:
    assert firm_names("苏州高新区甲乙淘鲜达联合湖北丙丁仓储在医院建设无人超市。") == ["甲乙淘鲜达", "湖北丙丁仓储"]


def test_firms_listed_in_a_table_column() -> None:
    text = "附件：入选企业名单\n序号\t企业名称\t所在地\n1\t甲乙精密机械有限公司\t某区\n2\t丙丁食品\t某县\n\n以上企业给予奖励。"
    assert firm_names(text) == ["甲乙精密机械有限公司", "丙丁食品"]
    assert firm_names("序号  企业名称  补助金额\n1  戊己包装  20万元\n2  庚辛纺织  10万元\n") == ["戊己包装", "庚辛纺织"]


def test_brand_opening_a_clause_with_what_it_does_for_others() -> None:
    assert firm_names("疫情期间。甲乙推出共享员工平台。丙丁宣布免去商家年费。") == ["甲乙", "丙丁"]
    assert firm_names("近期，各地推出新举措。政府推出房租减半。商家推出优惠。") == []


def test_city_written_before_its_zone_is_part_of_the_zone() -> None:
    _, places, _, _ = mentions("上海临港新片区工业企业复工。")
    assert [(m.type, m.name) for m in places] == [("Zone", places[0].name)]
    assert places[0].name.endswith("临港新片区") and places[0].start == 0


def test_outlets_and_sources_are_not_places() -> None:
    for text in ("图片来源:湖州头条", "湖州大兴文明网讯", "中国消费者报石家庄讯", "来源:湖州"):
        assert [m.name for m in mentions(text)[1] if m.name in ("湖州", "中国")] == []


def test_national_system_opening_with_the_country_word() -> None:
    assert [m.name for m in mentions("依托全国投资项目在线审批监管平台办理。")[1]] == []
    assert [m.name for m in mentions("在全国推广。")[1]] == ["中国"]


def test_short_trade_name_of_a_full_legal_name_and_declared_names_elsewhere() -> None:
    text = "在安徽甲米智能科技有限公司的车间里，甲米科技副总裁表示。乙丙微电子装备股份有限公司(以下简称“乙丙微装”)发布。乙丙微装董事长表示订单已满。"
    firms = {(f.name, f.surface) for f in mentions(text)[3]}
    assert ("安徽甲米智能科技有限公司", "甲米科技") in firms
    assert ("乙丙微电子装备股份有限公司", "乙丙微装") in firms
    assert {name for name, _ in firms} == {"安徽甲米智能科技有限公司", "乙丙微电子装备股份有限公司"}


def test_quantities_and_particles_do_not_open_names() -> None:
    assert firm_names("湖州高新区多措并举助力企业复工。") == []
    assert firm_names("走访了安徽甲乙美络信息技术有限公司。措施出台后公司获得贷款。") == ["安徽甲乙美络信息技术有限公司"]


def test_function_character_inside_a_brand() -> None:
    assert firm_names("支持华为终端、生益科技等重点企业稳定生产。") == ["华为终端", "生益科技"]
    assert firm_names("向华为技术有限公司采购。") == ["华为技术有限公司"]
    assert firm_names("受困企业可向贷款银行申请展期，该局向甲乙服饰有限公司发证。") == ["甲乙服饰有限公司"]


def test_zone_platform_company_and_bank_branch_of_a_zone() -> None:
    assert firm_names("对租用松山湖控股公司物业的企业免租。") == ["松山湖控股公司"]
    assert firm_names("联合东莞银行松山湖支行提供贷款。") == ["东莞银行松山湖支行"]


def test_speaker_after_a_possessive_and_science_city() -> None:
    assert firm_names("天府软件园内的成都甲拉科技总经理说，园区帮了忙。") == ["成都甲拉科技"]
    assert "绵阳科技城" in zone_names("成都高新区、绵阳科技城等园区积极组织企业复工。")


def test_list_items_opening_with_their_zone() -> None:
    assert firm_names("成都高新区甲导药物、苏州工业园区乙达生物等企业积极研发新药。") == ["甲导药物", "乙达生物"]


def test_list_after_a_qualified_firm_word() -> None:
    assert firm_names("此外，园区企业甲达光电、乙马微电子也在积极招工。龙头企业开放资源、共享生产已成为主流。") == ["甲达光电", "乙马微电子"]


def test_towns_after_a_preposition_or_in_a_list() -> None:
    def towns(text: str) -> list[str]:
        return [m.name for m in mentions(text)[1] if m.level == "town"]

    assert towns("立即与江口街道协调，在乡镇推广。") == ["江口街道"]
    assert towns("在柳市镇、北白象镇开展走访。") == ["柳市镇", "北白象镇"]
    assert towns("向各乡镇和重点镇下发通知，与社区街道对接，在街道两旁摆放。责任处室、属地街镇参与。") == []


def test_quoted_packages_and_inline_document_numbers() -> None:
    forms = doc_forms("印发《关于缓解中小企业困难的政策措施》（川办发〔2020〕10号），出台“支持中小企业20条”和“稳企十条措施”。")
    assert forms == [
        ("关于缓解中小企业困难的政策措施", "关于缓解中小企业困难的政策措施"),
        ("关于缓解中小企业困难的政策措施", "川办发〔2020〕10号"),
        ("支持中小企业20条", "支持中小企业20条"),
        ("稳企十条措施", "稳企十条措施"),
    ]


def test_district_written_as_a_zones_host_is_the_zone_elsewhere() -> None:
    _, places, _, _ = mentions("兰州经开区(七里河区)企业复工。七里河区出台措施。")
    assert [(m.type, m.name, m.surface) for m in places] == [("Zone", "兰州经开区", "兰州经开区"), ("Zone", "兰州经开区", "七里河区")]


def test_lists_of_parks_are_not_firms_and_packages_named_in_quotes() -> None:
    assert firm_names("华南新材料创新园、广州科学城等园区企业受益。") == []
    forms = doc_forms("联合出台“美美与共”十条，推出“北京19条”。")
    assert [n for n, _ in forms] == ["美美与共十条", "北京19条"]


def test_manners_sectors_and_clauses_are_not_names_where_a_firm_could_stand() -> None:
    for text in ("指导督促复工复产。", "帮助快速复产。", "协助分批复工。", "帮助餐饮业恢复。", "帮助线下门店恢复营业。",
                 "助力经济恢复。", "重点企业相继复工。", "在施工车间里。", "帮助甲乙和丙丁解决难题。"):
        assert firm_names(text) == [], text
    assert firm_names("骨干企业华为已复工。") == ["华为"]


def test_trade_name_after_a_bare_zone_word() -> None:
    assert firm_names("园区甲乙科技加快复工。高新区丙丁生物成功研制试剂。") == ["甲乙科技", "丙丁生物"]
    assert firm_names("园区工作人员主动上门。针对园区入口、楼宇、企业等重点区域消杀。") == []


def test_no_split_at_an_inner_firm_word_or_conjunction_before_a_business_word() -> None:
    assert firm_names("湖州甲乙企业管理有限公司提供服务。") == ["湖州甲乙企业管理有限公司"]
    assert firm_names("推动天和科技有限公司复工，联系同和药业股份有限公司。") == ["天和科技有限公司", "同和药业股份有限公司"]
    assert firm_names("由戊己和庚辛科技有限公司承建。") == ["庚辛科技有限公司"]


def test_title_broken_over_a_line_inside_its_marks() -> None:
    assert [n for n, _ in doc_forms("印发《关于支持中小企业\n渡过难关的若干措施》的通知。见《乙\n\n丙》")] == ["关于支持中小企业渡过难关的若干措施"]


def test_title_running_into_the_addressee_line() -> None:
    forms = doc_forms("湖州市人民政府关于支持企业复工复产的若干意见各区县人民政府、市政府各部门：\n现将意见印发。")
    assert [n for n, _ in forms] == ["湖州市人民政府关于支持企业复工复产的若干意见"]


def test_works_named_before_what_they_make() -> None:
    assert firm_names("目前，甲民调料厂每天上班的人员有210位。乙星机械厂恢复生产。") == ["甲民调料厂", "乙星机械厂"]
    assert firm_names("附近的食品厂、小化工厂、第一纺织厂关停。该厂已复工。一家服装厂复工。") == []


def test_brands_listed_at_a_clause_start_doing_what_firms_do() -> None:
    assert firm_names("近期，甲想、乙马等推出共享员工机制。丙丁、戊己纷纷捐赠物资。") == ["甲想", "乙马", "丙丁", "戊己"]
    assert firm_names("北京、上海纷纷推出新政。各地、各部门纷纷发布通知。餐饮、零售等推出优惠。") == []


def test_name_after_a_zone_then_how_fast_it_delivered() -> None:
    assert firm_names("深圳高新区甲科瑞声9天交付医院智能语音系统。西安高新区乙为仅用7天完成改造。") == ["甲科瑞声", "乙为"]
    assert firm_names("深圳高新区3天完成审批。") == []


def test_owners_of_listed_projects() -> None:
    assert firm_names("苏州高新区积极推动青禾环保5万立方米催化剂等项目达产。") == ["青禾环保"]
    got = firm_names("苏州高新区重点实施远航重工1000台风电机组、星图智能伺服电机、某某高纯氧化铝等项目。")
    assert got == ["远航重工", "星图智能"]
    # a trade word naming a park is no owner
    assert firm_names("苏州高新区推进澜川智能年产10万套电机项目、青禾科技产业园项目建设。") == ["澜川智能"]


def test_list_items_after_a_verb_of_existence_or_an_area_word() -> None:
    assert firm_names("目前已有云帆等企业陆续申报示范应用项目。") == ["云帆"]
    assert firm_names("苏州高新区组织园区瑞禾、恒泰、晶石等多家企业参加培训。") == ["瑞禾", "恒泰", "晶石"]
    assert firm_names("截至2月20日，德清县共有澜川科技、青禾医疗等35家企业复工。") == ["澜川科技", "青禾医疗"]
    assert firm_names("园区企业青禾生物获得德清县首笔防疫贷款。") == ["青禾生物"]


def test_short_forms_of_a_full_legal_name() -> None:
    view, _, _, firms = mentions("新疆中鼎金业珠宝首饰有限公司今年扩建了两条生产线。中鼎金业的订单已排到年底。")
    assert {f.name for f in firms} == {"新疆中鼎金业珠宝首饰有限公司"}
    assert "中鼎金业" in {f.surface for f in firms}
    _, _, _, firms = mentions("管委会向宁夏兴旺米业集团有限公司发放奖励。组织瑞禾、兴旺等企业参加培训。")
    assert {f.surface: f.name for f in firms}["兴旺"] == "宁夏兴旺米业集团有限公司"
    _, _, _, firms = mentions("浙江青禾新材料股份有限公司复工后，青禾股份负责人表示感谢。")
    assert {f.name for f in firms} == {"浙江青禾新材料股份有限公司"}
    # a start of the trade mark that is a bare business word names nothing
    assert firm_names("宁夏科技发展有限公司派员讲解，促进科技发展。") == ["宁夏科技发展有限公司"]
    # a declared short name is no name of its own
    assert firm_names("德清县澜川纺织有限公司（以下简称澜川公司）是县重点企业。")[0] == "德清县澜川纺织有限公司"
    assert "下简称澜川公司" not in firm_names("德清县澜川纺织有限公司（以下简称澜川公司）是县重点企业。")


def test_firms_by_their_officers_parents_and_parts() -> None:
    assert firm_names("智见创始人兼 CEO 郭某在会议开场时说，要帮助企业。") == ["智见"]
    assert firm_names("智見創始人兼CEO郭某說，要幫助企業。") == ["智见"]
    assert firm_names("某网党委书记、董事长叶某在致辞中指出，要共克时艰。") == ["某网"]
    assert firm_names("该平台也是人民创投的被投企业。") == ["人民创投"]
    assert firm_names("记者采访了总经理王某。") == []
    assert firm_names("澜川科技人事部经理张某介绍，公司已招到300名工人。") == ["澜川科技"]
    assert firm_names("澜川科技的工人们正在赶制订单。") == ["澜川科技"]
    assert firm_names("澜川科技成立于2015年，主要生产医用敷料。") == ["澜川科技"]
    assert firm_names("疫情期间，澜川科技急需原料。") == ["澜川科技"]
    assert firm_names("青禾纺织是德清县唯一一家生产医用无纺布的企业。") == ["青禾纺织"]
    # a clause's subject and its verb or preposition are not part of the name
    assert firm_names("记者在澜川电子生产车间看到，工人们正在忙碌。") == ["澜川电子"]
    assert firm_names("新东方在线推出免费课程。") == ["新东方在线"]


def test_objects_of_a_place_are_not_named_with_it() -> None:
    assert firm_names("德清县对澜川科技等重点企业给予用电补贴。") == ["澜川科技"]
    assert firm_names("嘉兴银保监分局指导银行延期还本付息。") == []
    assert firm_names("人工智能的发展离不开政策支持。高新技术企业的员工返岗情况良好。") == []


def test_products_and_sectors_before_a_firms_words_are_no_firms() -> None:
    for text in ("工业机器人目前需求旺盛。", "医用防护用品今年供不应求。", "高端医疗器械的生产线满负荷运转。", "工业机器人订单增加。"):
        assert firm_names(text) == [], text
    assert firm_names("青禾医疗器械今年订单增加。") == ["青禾医疗器械"]
    assert firm_names("为外贸物流、冷链物流提供便利。") == []


def test_a_verb_of_entering_ends_the_words_before_a_legal_name() -> None:
    assert firm_names("服务组进驻浙江恒远纺织有限公司后，帮助企业招聘工人。") == ["浙江恒远纺织有限公司"]
    assert firm_names("前几天我去远航电子调研，了解复工情况。") == ["远航电子"]
    assert firm_names("县长到电子信息产业园调研。") == []


def test_a_province_opening_a_platforms_name_is_no_place() -> None:
    from ingest.normalize import analysis_view
    from ingest.places import find_places

    view = analysis_view("企业可在四川省中小企业融资服务平台申请贷款。杭州市出台措施。")
    assert [p.name for p in find_places(view)] == ["杭州"]


def test_a_zone_listed_after_another_is_a_zone_though_no_place_names_it() -> None:
    from ingest.normalize import analysis_view
    from ingest.places import find_places

    view = analysis_view("支持池州高新区、云岭开发区建设标准厂房。")
    assert {(p.name, p.type) for p in find_places(view)} >= {("池州高新区", "Zone"), ("云岭开发区", "Zone")}
    view = analysis_view("企业、云岭开发区")  # no zone before it: not a list of zones
    assert all(p.name != "云岭开发区" for p in find_places(view))


def test_a_prefecture_written_short_is_named_as_written() -> None:
    from ingest.pipeline import extract_text

    rec = extract_text("恩施州出台措施，对中小企业减免房租。", "t")
    assert {m.region for m in rec.measures} == {"恩施州"}
    assert any(e.name == "恩施州" and e.type == "Region" for e in rec.entities)


def test_a_zone_named_with_its_formal_kind_in_a_list_is_a_zone() -> None:
    from ingest.normalize import analysis_view
    from ingest.places import find_places

    view = analysis_view("会议由县科技局、云岭经济开发区招商局共同承办。")
    assert ("云岭经济开发区", "Zone") in {(p.name, p.type) for p in find_places(view)}


def test_a_zone_merged_with_its_host_district_is_the_zone() -> None:
    from ingest.normalize import analysis_view
    from ingest.places import find_places

    view = analysis_view("株洲高新区出台新政。株洲高新天元区召开企业座谈会,高新天元区另设服务窗口。天元区召开会议。")
    got = [(p.surface, p.name, p.type) for p in find_places(view)]
    assert ("株洲高新天元区", "株洲高新区", "Zone") in got and ("高新天元区", "株洲高新区", "Zone") in got
    assert ("天元区", "天元区", "Region") in got  # the district written alone is the district


def test_zone_written_in_full_is_named_in_full() -> None:
    from ingest.pipeline import extract_text

    record = extract_text("银川经开区管委会出台措施，为企业减免房租。银川经济技术开发区还为企业延期缴纳税款。", "t")
    ents = {e.name: e for e in record.entities}
    assert "银川经开区" in ents["银川经济技术开发区"].aliases
    assert "银川经开区管委会" in ents["银川经济技术开发区管委会"].aliases
    assert {m.region for m in record.measures} == {"银川经济技术开发区"}
    assert {(r.subject, r.object) for r in record.relations if r.type == "UNDER"} == {("银川经济技术开发区管委会", "银川经济技术开发区")}
    # written only short, the zone keeps the short name
    assert {e.name for e in extract_text("银川经开区为企业减免房租。", "t").entities} == {"银川经开区"}
