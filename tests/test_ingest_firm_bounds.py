"""Where a firm's name starts and which listed firms a notice helps (invented texts)."""

from ingest.pipeline import extract_text


def firms(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def helped(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def test_a_province_after_a_verb_phrase_opens_the_name() -> None:
    text = "县农行向湖南甲乙种业有限公司发放贷款200万元。这笔贷款将切实破解湖南甲乙种业有限公司的资金难题。"
    assert "湖南甲乙种业有限公司" in firms(text)
    assert not any(f.endswith("破解湖南甲乙种业有限公司") for f in firms(text))


def test_a_province_after_a_preposition_opens_the_name() -> None:
    got = firms("目前，全县金融机构同湖南省丙丁制药有限公司、湖南戊己农业有限公司已达成合作。")
    assert {"湖南省丙丁制药有限公司", "湖南戊己农业有限公司"} <= got
    assert not any("机构" in f for f in got)


def test_a_parent_mark_before_the_province_stays_in_the_name() -> None:
    assert "国网湖南省电力有限公司" in firms("国网湖南省电力有限公司为园区企业开通绿色通道。")
    assert "华星雪花啤酒湖南有限公司" in firms("华星雪花啤酒湖南有限公司已全面复工。")


def test_a_time_word_before_a_city_is_no_part_of_the_name() -> None:
    got = firms("疫情期间长沙甲乙金融服务公司新增转贷3笔900万元。")
    assert "长沙甲乙金融服务公司" in got


def test_a_bank_acting_with_a_bureau_is_named_after_the_bureau() -> None:
    got = firms("近日，市工信局会同中行丙丁分行为长沙甲乙食品有限公司发放贷款500万元。")
    assert "中行丙丁分行" in got
    assert not any("会同" in f for f in got)


def test_banks_listed_after_a_verb_of_existence() -> None:
    got = firms("截至目前，已经有市农行、建行和邮储银行对长沙丙丁粮油有限公司发放专项贷款。")
    assert {"市农行", "建行", "邮储银行"} <= got
    assert not any(f.startswith(("经", "有")) for f in got)


def test_a_way_of_working_before_works_is_no_chemical_works() -> None:
    got = firms("长沙甲乙机械有限公司“智能化工厂改造项目”和长沙丙丁电子有限公司“数字化工厂建设项目”符合申报要求。")
    assert not any(f.endswith("化工厂") for f in got)
    assert "长沙甲乙化工厂" in firms("长沙甲乙化工厂已复工。")


def test_firms_listed_with_their_projects_share_the_notice_help() -> None:
    text = (
        "经初审，望城区有三家企业项目：长沙甲乙光电有限公司“精密部件改造项目”、长沙丙丁汽车工业有限责任公司“模具车间改造项目”"
        "和长沙戊己轨道设备有限公司“智能工厂升级项目”符合本次工业改造专项资金申报要求。"
    )
    assert {b for _, b in helped(text)} == {"长沙甲乙光电有限公司", "长沙丙丁汽车工业有限责任公司", "长沙戊己轨道设备有限公司"}


def test_firms_visited_after_their_county_and_the_word_enterprise() -> None:
    text = "平江县经信局干部先后走访了平江县企业红星机械、绿源纺织。"
    assert helped(text) == {("平江县", "红星机械"), ("平江县", "绿源纺织")}


def test_trade_names_closed_by_what_they_deal_in_and_ye() -> None:
    assert firms("平江县经信局干部走访了兴旺薯业、华安物业，了解企业困难。") == {"兴旺薯业", "华安物业"}
    assert firms("平江县经信局干部走访了全县农业、餐饮业和服务业。") == set()


NOTICE = (
    "平江县工业和信息化局关于技术改造专项资金拟支持企业名单的公示\n"
    "经企业申报、专家评审，拟对以下企业给予专项资金补助，现予以公示。\n"
    "序号\t企业名称\t项目名称\t补助金额\n"
    "1\t岳阳市红星机械有限公司\t生产线改造\t50万元\n"
    "2\t湖南绿源纺织有限公司\t节能改造\t30万元\n"
)


def test_a_notice_row_helps_the_firm_it_names_for_the_issuer() -> None:
    rows = [m for m in extract_text(NOTICE, "t").measures if m.text.startswith(("1\t", "2\t"))]
    assert [(m.region, m.beneficiaries) for m in rows] == [
        ("平江县", ("岳阳市红星机械有限公司",)),
        ("平江县", ("湖南绿源纺织有限公司",)),
    ]


def test_a_demonstrative_before_the_copula_is_no_part_of_the_name() -> None:
    assert "甲乙(福建)科技股份有限公司" in firms("“服务太贴心了！”这是甲乙(福建)科技股份有限公司董事长助理的心里话。")


def test_the_first_firm_a_team_sinks_into() -> None:
    got = firms("平江县专班定时安排工作人员定点沉入赣江锂业、蓝天科技等18家落地企业摸排情况。")
    assert {"赣江锂业", "蓝天科技"} <= got


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_the_firm_a_pronoun_sites_in_a_zone() -> None:
    text = "“服务太贴心了！”这是甲乙(福建)科技股份有限公司董事长助理的心里话。原来，前不久该公司在融侨经济技术开发区启动建设产业园。"
    assert located(text) == {("甲乙(福建)科技股份有限公司", "融侨经济技术开发区")}
    placed = "长沙高新区甲乙(福建)科技股份有限公司已复工。前不久该公司在融侨经济技术开发区启动建设产业园。"
    assert located(placed) == {("甲乙(福建)科技股份有限公司", "长沙高新区")}


def test_a_body_listing_the_firm_just_named() -> None:
    text = "平江县甲乙科技有限公司计划新建生产线。项目进入审批阶段时，平江县发改局将其列入重大项目清单，并组建专班服务。"
    assert ("平江县", "平江县甲乙科技有限公司") in helped(text)
    assert helped("平江县发改局将其作为重点工作，组建专班服务企业。") == set()


def test_a_subsidiary_word_ends_the_parent_and_opens_the_subsidiary() -> None:
    text = "位于某县产业集聚区的河南甲乙集团旗下子公司丙丁新材料有限公司生产车间一片繁忙。"
    found = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert {"河南甲乙集团", "丙丁新材料有限公司"} <= found
    assert not any(n.endswith("子公司") for n in found)


def test_a_shop_name_quoted_after_its_kind_of_business() -> None:
    def firms(text: str) -> set[str]:
        return {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}

    assert "甲乙饭店" in firms("市府近日協助本市創立50年的老餐廳「甲乙飯店」取得中央資金補助。")
    assert "丙丁酒店" in firms("区商务局为老字号“丙丁酒店”减免租金。")
    assert firms("区商务局为餐厅“满意服务”活动颁奖。") == set()


def test_what_firms_pay_is_no_firm() -> None:
    assert firms("某县工信局发出《关于请业主减免辖区内企业租金的倡议》，园区企业甲乙科技负责人表示欢迎。") == {"甲乙科技"}
    assert not firms("文件明确减免辖区企业房租的办法。")


def test_a_count_or_a_verbs_complement_opens_no_bank_name() -> None:
    assert firms("县里把企业融资需求推荐到甲乙银行，共有6家丙丁银行参与。") == {"甲乙银行", "丙丁银行"}
    # banks at large: the partner banks, the banks stationed in the county
    assert not firms("县里把企业融资需求报送到合作银行，6家驻县银行共为企业提供贷款。")


def test_a_list_joined_by_yiji_keeps_its_items_whole() -> None:
    assert firms("经济局派员向甲乙超市以及丙丁酒店等商户派发单张。") == {"甲乙超市", "丙丁酒店"}
    assert not firms("经济局派员向零售、餐饮以及医疗护理诊所等商户派发单张。")


def test_a_central_firms_headquarters_before_a_name_is_not_part_of_it() -> None:
    assert firms("在沪央企总部甲乙电气集团及下属企业希望尽早复产。") == {"甲乙电气集团"}


def test_a_park_s_inside_before_a_name_is_no_part_of_it() -> None:
    text = "2月10日，株洲高新区铁山工业园内的株洲甲乙信息技术股份有限公司车间内一片忙碌。"
    assert firms(text) == {"株洲甲乙信息技术股份有限公司"}
    assert firms("湖北甲在乙食品有限公司复工。") == {"湖北甲在乙食品有限公司"}


def test_an_activity_before_a_speaker_s_title_names_no_firm() -> None:
    assert firms("正在安排企业车间生产的总经理助理张某介绍，园区为企业减免了房租。") == set()
    assert firms("甲乙重工的负责人说，园区为企业减免了房租。") == {"甲乙重工"}


def test_a_kind_of_firm_before_a_speaker_s_title_is_no_name() -> None:
    assert firms("落户株洲高新区的台企负责人表示，当地为企业减免了房租。") == set()


def test_a_he_no_party_can_precede_opens_the_name() -> None:
    assert helped("岳阳县工信局对和丰食品有限公司给予补贴。") == {("岳阳县", "和丰食品有限公司")}
    assert firms("岳阳县工信局帮助华兴纺织及和丰食品有限公司解决用工问题。") == {"华兴纺织", "和丰食品有限公司"}
    assert firms("和丰食品有限公司是岳阳县的一家食品企业。") == {"和丰食品有限公司"}
    # (a 和 after a firm still joins two firms)
    assert firms("岳阳县工信局走访了华兴纺织有限公司和丰达食品有限公司。") == {"华兴纺织有限公司", "丰达食品有限公司"}


def test_a_clause_opening_conjunction_is_no_part_of_the_name() -> None:
    text = "岳阳县工信局为企业协调用工,而和丰食品有限公司也获得了50万元补贴。"
    assert firms(text) == {"和丰食品有限公司"}
    assert firms("岳阳县工信局为企业协调用工,而华兴食品有限公司也获得了补贴。") == {"华兴食品有限公司"}
    assert firms("岳阳县工信局对而立科技有限公司给予补贴。") == {"而立科技有限公司"}


def test_a_firm_said_to_be_one_of_a_places_firms_is_there() -> None:
    located = {(r.subject, r.object) for r in extract_text("和丰食品有限公司是岳阳县的一家食品企业。", "t").relations if r.type == "LOCATED_IN"}
    assert located == {("和丰食品有限公司", "岳阳县")}


def test_local_banks_at_large_and_a_clause_ending_in_one_name_no_bank() -> None:
    assert firms("邵东市农商银行用行动彰显了地方银行本色。") == {"邵东市农商银行"}
    assert firms("国有银行、股份制银行和地方银行要加大信贷投放。") == set()


def test_the_banks_of_a_whole_place_or_its_own_are_no_bank_name() -> None:
    assert firms("县里整理全县银行的信贷产品，作为本市本土银行，甲乙农商银行推出专项贷款。") == {"甲乙农商银行"}


def test_an_adverb_of_sequence_opening_the_clause_is_no_part_of_the_name() -> None:
    found = {e.name for e in extract_text("宜都市商务局多方协调,最终甲乙冷链有限公司为商户配送物资。", "t").entities if e.type == "Enterprise"}
    assert found == {"甲乙冷链有限公司"}
    # (a brand may open with such a word after a verb)
    found = {e.name for e in extract_text("宜都市商务局走访了后来居上食品有限公司。", "t").entities if e.type == "Enterprise"}
    assert found == {"后来居上食品有限公司"}


def test_a_branch_named_by_its_city_and_a_name_of_its_own_is_one_bank() -> None:
    text = (
        "甲乙茶业有限公司流动资金紧张。\n"
        "宜昌市夷陵区商务局得知后,积极与有关银行沟通,最终建设银行宜昌和平支行为公司发放了300万元贷款。\n"
    )
    record = extract_text(text, "t")
    assert {e.name for e in record.entities if e.type == "Enterprise"} == {"甲乙茶业有限公司", "建设银行宜昌和平支行"}
    assert {(m.region, b) for m in record.measures for b in m.beneficiaries} == {("夷陵区", "甲乙茶业有限公司")}


def test_a_preposition_of_accompaniment_opens_no_name_in_either_script() -> None:
    for lead in ("随着", "隨著"):
        text = lead + "甲乙消防科技集团股份公司、丙丁(绵阳)有限公司等一批企业近日通过复工备案,绵阳高新区已有七成企业复工。"
        found = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
        assert "甲乙消防科技集团股份公司" in found and not any(n.startswith(("随", "隨")) for n in found)


def test_a_neighbouring_province_before_premises_is_no_firm() -> None:
    text = "潢川县商务局得知,甲乙制衣有限公司的辅料滞留在邻省仓库。"
    assert {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"} == {"甲乙制衣有限公司"}
