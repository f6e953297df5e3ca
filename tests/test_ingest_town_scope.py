"""Towns and streets in news: named once after their county, then bare; they hold the firms reported in them."""

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.places import find_places


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_town_named_after_its_county_is_found_again_bare() -> None:
    text = "在汝南县金鸡岭铺镇,企业陆续复工。金鸡岭铺镇为企业协调运输车辆,金鸡岭铺镇镇长介绍了情况。"
    towns = [m for m in find_places(analysis_view(text)) if m.name == "金鸡岭铺镇"]
    assert len(towns) == 3


def test_measure_of_a_bare_town_is_the_towns() -> None:
    text = ("在汝南县金鸡岭铺镇,山东明远材料股份有限公司正在生产。\n"
            "山东明远材料股份有限公司是一家山东省高新技术企业。\n"
            "原来,金鸡岭铺镇对复工复产企业实施“一对一”帮包制度,深入辖区企业开展工作。")
    regions = {m.region for m in extract_text(text, "t").measures if "帮包" in m.text}
    assert regions == {"金鸡岭铺镇"}


def test_firm_reported_in_a_town_is_in_it_rather_than_its_names_province() -> None:
    text = "在汝南县金鸡岭铺镇,河南明远材料股份有限公司正在赶制订单。金鸡岭铺镇为其提供了免费口罩。"
    assert ("河南明远材料股份有限公司", "金鸡岭铺镇") in located(text)


def test_town_inside_a_bodys_name_does_not_place_the_firm_after_it() -> None:
    text = ("汝南县金鸡岭铺镇积极帮助企业复工。2月20日,星河物流有限公司负责人向金鸡岭铺镇招商局赠送锦旗。"
            "星河物流有限公司隶属于甲乙控股,甲乙控股将继续加大投资。")
    assert not any(firm == "甲乙控股" and place == "金鸡岭铺镇" for firm, place in located(text))


def test_bare_street_word_as_subject_is_the_street_named_before() -> None:
    text = ("上海市静安区白桦路街道全力服务企业。\n"
            "区商务委和白桦路街道启动联合走访。经过会商,街道出面与业主协商,为企业减免三个月房租。")
    regions = {m.region for m in extract_text(text, "t").measures if "房租" in m.text}
    assert regions == {"白桦路街道"}


def test_a_destination_written_as_province_and_city_is_no_actor() -> None:
    text = ("汝南县多措并举保障企业用工\n为帮助企业复工复产,汝南县出台十条措施,全县企业复工率达到90%。\n"
            "2月24日,工作专班赶赴四川成都,帮助企业招聘员工300名。")
    regions = {m.region for m in extract_text(text, "t").measures if "招聘" in m.text}
    assert regions == {"汝南县"}


def test_countries_counted_are_not_the_country() -> None:
    text = "汝南县金鸡岭铺镇为企业提供免费口罩。企业接到十几个国家的订单,产品销往多个国家。"
    assert not any(e.name == "中国" for e in extract_text(text, "t").entities)


def test_a_township_body_is_no_towns_body() -> None:
    text = "汝南县金鸡岭铺镇党委政府高度重视。企业负责人说,作为乡党委政府领导,他们帮助企业解决了用地问题。"
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Agency"}
    assert not any(n.startswith("金鸡岭铺镇乡") for n in names)


def test_loan_matchmaking_for_a_named_firm_is_credit() -> None:
    text = ("汝南县金鸡岭铺镇多措并举助力企业发展\n金鸡岭铺镇书记镇长每周深入企业对接。\n"
            "金鸡岭铺镇帮助星辰贸易有限公司与县农行就贷款事宜对接。")
    got = {(m.region, c) for m in extract_text(text, "t").measures if "星辰" in m.text for c in m.categories}
    assert got == {("金鸡岭铺镇", "PREFERENTIAL_CREDIT")}


def test_a_pages_navigation_and_slogan_name_no_actor_and_its_source_body_does() -> None:
    from ingest.pipeline import extract_text

    text = (
        "打造服务平台 致力于中国投资促进事业\n"
        "您现在的位置:首页 > 园区新闻 > 南通 > 文字新闻\n"
        "当好企业服务员\n"
        "发布时间:2022-05-10  来源:崇川区行政审批局  发布园区:江苏南通崇川经济开发区\n"
        "看到群里信息后,工作人员立即与企业沟通,帮助企业申请复工,协助企业拟定上报复工方案。\n"
    )
    assert {m.region for m in extract_text(text, "t").measures} == {"崇川区"}


def help_regions(text: str) -> set[str]:
    """The regions of the measures that hand out masks or explain tax cuts: the actor-less help of the story."""
    return {m.region for m in extract_text(text, "t").measures if "口罩" in m.text or "减税" in m.text}


def test_town_and_its_county_named_equally_make_the_town_the_documents_place() -> None:
    text = ("多措并举帮扶企业复工\n"
            "近日,汝南县金鸡岭铺镇组织干部深入企业走访。\n"
            "在汝南县的统一部署下,金鸡岭铺镇把复工作为头等大事。\n"
            "走访中,为企业发放口罩5000只。同时组织专人上门宣传减税政策,为企业协调运输车辆。")
    assert help_regions(text) == {"金鸡岭铺镇"}


def test_street_written_without_its_county_beside_the_county_is_the_documents_place() -> None:
    text = ("多措并举帮扶企业复工\n"
            "汝南县统筹推进疫情防控和复工复产。青云街道成立工作专班,深入企业走访。\n"
            "汝南县委要求各乡镇全力保障企业用工。青云街道党工委组织干部下沉一线。\n"
            "走访中,为企业发放口罩5000只。同时组织专人上门宣传减税政策。")
    assert help_regions(text) == {"青云街道"}
