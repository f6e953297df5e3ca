"""Where firms are: partners and city-named brands in a county's report, trade names closed by 业 (invented texts)."""

from ingest.pipeline import extract_text

REPORT = (
    "浦城县将丰禾菇业列为重点保供企业，县领导多次上门走访，帮助丰禾菇业解决原料问题。"
    "“县里牵线搭桥，我们和福州甲乙电商、南平丙丁电商、戊己超市等6家企业达成了供货合作。”丰禾菇业负责人说。"
)


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_a_trade_name_closed_by_what_it_deals_in_and_ye_is_a_helped_firm() -> None:
    record = extract_text(REPORT, "t")
    assert ("浦城县", "丰禾菇业") in {(m.region, b) for m in record.measures for b in m.beneficiaries}
    assert ("丰禾菇业", "浦城县") in located(REPORT)


def test_a_city_named_partner_is_in_its_city_not_in_the_county_reported_on() -> None:
    got = located(REPORT)
    assert {("福州甲乙电商", "福州"), ("南平丙丁电商", "南平")} <= got
    regions = {e.name for e in extract_text(REPORT, "t").entities if e.type == "Region"}
    assert {"福州", "南平"} <= regions


def test_a_partner_without_a_place_in_its_name_is_nowhere() -> None:
    assert not any(firm == "戊己超市" for firm, _ in located(REPORT))


def test_a_province_in_a_name_adds_no_place() -> None:
    record = extract_text("浦城县为甲乙丙丁公司协调原料。工行浦城支行与福建戊己食品有限公司洽谈合作。", "t")
    assert "福建" not in {e.name for e in record.entities}


def test_a_zone_naming_an_official_is_not_the_zone_reported_on() -> None:
    text = ("县长带队察看养殖企业开工情况，县委副书记、甲乙高新区党工委书记丙丁一同前往。"
            "一行先后前往戊己食品、庚辛水产等企业，了解复工情况。")
    assert not any(place == "甲乙经济开发区" for _, place in located(text))


def test_the_only_firm_of_its_kind_in_a_county_is_there_even_named_after_another_city() -> None:
    text = "邵东市甲乙医疗公司是绥宁县内唯一一家器械生产企业。邵阳市工信局为该公司协调原料。"
    assert located(text) == {("邵东市甲乙医疗公司", "绥宁县")}
    assert ("丙丁制衣有限公司", "平江县") in located("丙丁制衣有限公司是平江县内首家防护服生产企业。")


def test_a_county_written_only_opening_a_firms_name_is_where_the_city_helped_it() -> None:
    assert located("邵阳市工信局走访了绥宁县甲乙竹木有限公司,帮助企业解决用工难题。\n") == {("绥宁县甲乙竹木有限公司", "绥宁县")}
    assert "绥宁县" in {e.name for e in extract_text("邵阳市工信局走访了绥宁县甲乙竹木有限公司,帮助企业解决用工难题。\n", "t").entities}
    # (a bare place opening a group's name may be only where it began: the city that helped it)
    assert located("邵阳市工信局走访了绥宁甲乙竹木集团,帮助企业解决用工难题。\n") == {("绥宁甲乙竹木集团", "邵阳")}


def test_a_firm_helped_by_a_zone_of_the_county_reported_on_is_in_that_zone() -> None:
    text = (
        "远安县组织干部进驻规上企业。远安县为企业举办线上招聘会。远安县协调跨省运输。\n"
        "甲乙纸业有限公司拿到复工批复,员工却回不了厂。远安县工业园区的“包联干部”赵某,一边派车接员工返岗,一边帮企业买到口罩。\n"
    )
    located = {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}
    assert located == {("甲乙纸业有限公司", "远安县工业园区")}


def test_a_group_written_again_without_its_province_is_no_parent_of_itself() -> None:
    text = (
        "湖北甲乙酒业集团全面复产。\n"
        "远安县举行银企对接会,甲乙酒业集团、丙丁农业等企业获得授信2亿元。远安县组织招聘会。\n"
    )
    located = {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}
    assert ("湖北甲乙酒业集团", "远安县") in located


def test_a_taiwan_reporters_byline_names_the_city_a_text_otherwise_leaves_unnamed() -> None:
    text = (
        "(記者林某某/台中報導)\n"
        "為了解本市防護衣生產及人力需求,經發局長今日前往甲乙紡織股份有限公司訪視,協助解決缺工問題。\n"
    )
    record = extract_text(text, "t")
    assert "台中市" in {e.name for e in record.entities if e.type == "Region"}
    located = {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}
    assert located == {("甲乙纺织股份有限公司", "台中市")}


def test_a_place_after_a_bare_verb_of_going_is_a_destination() -> None:
    # 去 is a verb of going like 到: the park is where the actor goes, not the actor, and the firms met there are in it
    text = ("近日,位于昆山高新区的一个储能项目车间里一片繁忙。\n"
            "昆山高新区是全市创新的主阵地。疫情期间,昆山高新区安排干部结对联系企业,推进园区企业复工复产。"
            "目前,昆山高新区规上企业已全部复工。\n吴江智汇园党支部组织党员值守。\n"
            "企业服务有了成效,李明又去吴江智汇园对接两家企业——甲乙信息有限公司、丙丁网络科技有限公司的复工工作。\n")
    record = extract_text(text, "t")
    assert {(m.region, b) for m in record.measures for b in m.beneficiaries} == {
        ("昆山高新区", "甲乙信息有限公司"), ("昆山高新区", "丙丁网络科技有限公司")}
    visit = "苏州市工信局全力助企复工\n苏州市工信局副局长一行去吴江区调研,走访了甲乙纺织有限公司,帮助企业协调解决原料运输问题。\n"
    assert located(visit) == {("甲乙纺织有限公司", "吴江区")}


def test_liaising_with_a_named_firm_is_liaison() -> None:
    text = "昆山高新区全力推进复工复产\n这周,昆山高新区工作人员对接甲乙信息有限公司的复工工作。\n"
    record = extract_text(text, "t")
    assert ("昆山高新区", "ENTERPRISE_LIAISON") in {(m.region, c) for m in record.measures for c in m.categories}
