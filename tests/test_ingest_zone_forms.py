"""Short and formal forms of unlisted zones, outlets' datelines and short names that open common words."""

from ingest.pipeline import extract_text


def _record(text: str):
    return extract_text(text, "t")


def _names(text: str, etype: str) -> list[str]:
    return [e.name for e in _record(text).entities if e.type == etype]


def test_bonded_zone_written_in_full_and_short_is_one_zone() -> None:
    zones = _names("海口综保区帮助企业复工。海口综合保税区为企业减免房租，海口综合保税区发放补贴。", "Zone")
    assert zones == ["海口综合保税区"]


def test_high_tech_zone_written_in_full_and_short_is_one_zone() -> None:
    zones = _names("德清高新技术产业开发区为企业减免房租。德清高新区发放补贴，德清高新区开通绿色通道。", "Zone")
    assert zones == ["德清高新区"]


def test_demonstration_park_is_a_zone() -> None:
    record = _record("截至3月，肥东县某某循环经济示范园42家企业复工。园区帮助企业解决口罩难题。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["肥东县某某循环经济示范园"]


def test_headline_short_name_of_a_zone_is_the_zone_not_its_city() -> None:
    record = _record("合肥绿能园企业全部复工\n记者获悉，合肥绿色能源示范园帮助企业解决口罩、消毒液等物资难题。")
    zones = [e for e in record.entities if e.type == "Zone"]
    assert len(zones) == 1 and {zones[0].name, *zones[0].aliases} == {"合肥绿能园", "合肥绿色能源示范园"}
    assert not [e for e in record.entities if e.type == "Region"]
    assert {m.region for m in record.measures} == {zones[0].name}


def test_pavement_is_no_central_bank() -> None:
    assert _names("工地正在铺设人行道，南京市为企业减免房租。", "Agency") == []
    assert _names("人行南京分行为企业发放贷款。", "Agency") == ["人行南京分行"]


def test_a_papers_dispatch_city_does_not_outweigh_the_zone_reported_on() -> None:
    record = _record(
        "某某经济日报内江讯 (记者 张三)记者日前从内江经开区获悉，一季度，内江经开区52户企业复工。\n"
        "疫情发生以来，该区迅速建立“一企一策”服务机制，畅通复工“绿色通道”。"
    )
    assert {m.region for m in record.measures} == {"内江经开区"}


def test_a_papers_dispatch_city_is_the_place_when_nothing_else_is_named() -> None:
    record = _record("某某日报南京讯 记者从有关部门获悉。\n疫情发生以来，该市为企业减免房租。")
    assert {m.region for m in record.measures} == {"南京"}


def test_bare_bonded_zone_and_county_zone_words_are_the_zone_in_focus() -> None:
    assert "综保区" in _names("综保区为企业减免房租。综保区管委会走访企业。", "Zone")
    record = _record("县经济开发区为企业减免房租，县经济开发区管委会走访企业。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["县经济开发区"]
    assert {m.region for m in record.measures} == {"县经济开发区"}
    assert "产业集聚区" in _names("产业集聚区管委会走访企业。", "Zone")


def test_every_county_zone_is_no_zone_in_focus() -> None:
    assert _names("各县开发区为企业减免房租，开发区管委会走访企业。", "Zone") == []


def test_valley_parks_after_their_city() -> None:
    assert _names("南京软件谷为企业减免房租。", "Zone") == ["南京软件谷"]
    assert _names("经济跌入低谷，南京市为企业减免房租。", "Zone") == []


def test_bare_kind_word_committee_is_the_committee_of_the_zone_of_that_kind() -> None:
    assert "海口综合保税区管委会" in _names("海口综合保税区为企业减免房租。综保区管委会走访企业。", "Agency")
    assert "德清县产业集聚区管委会" in _names("德清县产业集聚区为企业减免房租。集聚区管委会走访企业。", "Agency")
    assert "成都高新区综保区管委会" not in _names("成都高新区为企业减免房租。综保区管委会走访企业。", "Agency")
    assert "综保区管委会" in _names("成都高新区为企业减免房租。综保区管委会走访企业。", "Agency")


def test_national_bodys_local_branch_acts_for_its_place() -> None:
    record = _record("中国人民银行德清县支行为企业提供再贷款。")
    assert {m.region for m in record.measures} == {"德清县"}
    assert ("中国人民银行德清县支行", "德清县") in {(r.subject, r.object) for r in record.relations if r.type == "UNDER"}
    assert {m.region for m in _record("人民银行为企业提供再贷款。").measures} == {"中国"}


def test_county_high_tech_park_written_gaoke_is_the_zone_that_helps() -> None:
    record = _record("为支持企业尽快复产，醴陵市高科园安排专人对湖南恒宇电子有限公司开展帮扶服务。")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["醴陵市高科园"]
    assert [(m.region, m.beneficiaries) for m in record.measures] == [("醴陵市高科园", ("湖南恒宇电子有限公司",))]


def test_a_word_of_thanks_before_a_zone_word_is_no_part_of_its_name() -> None:
    text = "开封自贸区简报\n\n“幸亏自贸区管委会的助企专员上门协调，工厂得以满产。”甲乙汽车有限公司负责人说。"
    zones = {e.name for e in extract_text(text, "t").entities if e.type == "Zone"}
    assert zones == {"开封自贸区"}


def test_a_short_name_declared_without_quotes_is_the_zone() -> None:
    text = "湖南自贸试验区岳阳片区(以下简称岳阳自贸区)加强服务。岳阳自贸区为企业开通审批绿色通道。"
    zones = [e for e in extract_text(text, "t").entities if e.type == "Zone"]
    assert len(zones) == 1 and {zones[0].name, *zones[0].aliases} == {"湖南自贸试验区岳阳片区", "岳阳自贸区"}


def test_a_zone_no_place_names_opening_a_clause_as_the_giver_of_help_is_a_zone_not_the_headline_city_s() -> None:
    record = extract_text("宜宾:多措并举助企复工\n\n近日,临港经开区为甲乙科技有限公司办理复工审批,协调物流运输。", "t")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["临港经开区"]
    assert {m.region for m in record.measures} == {"临港经开区"}


def test_a_numbered_point_or_a_class_of_zones_opening_a_clause_is_no_zone() -> None:
    record = extract_text("目前,国家级经开区为企业减免房租。二是高新区为企业办理审批。", "t")
    assert not [e for e in record.entities if e.type == "Zone"]


def test_a_park_after_a_preposition_and_gai_xian_is_a_zone_of_that_county() -> None:
    assert _names("城步县推进重点项目。甲乙项目计划在该县丹口工业园区建设厂房。", "Zone") == ["丹口工业园区"]
    assert _names("该县工业园区企业复工。", "Zone") == []


def test_zone_written_after_its_city_with_the_city_word_and_again_without_it_is_one_zone() -> None:
    record = _record("近日，扬州市甲乙经济开发区走进丙丁科技有限公司。甲乙经济开发区党工委为企业协调解决用工难题。")
    zones = [e for e in record.entities if e.type == "Zone"]
    assert len(zones) == 1 and {zones[0].name, *zones[0].aliases} == {"扬州市甲乙经济开发区", "甲乙经济开发区"}
    bodies = [e for e in record.entities if e.type == "Agency"]
    assert len(bodies) == 1 and "甲乙经济开发区党工委" in {bodies[0].name, *bodies[0].aliases}



def test_zone_named_after_its_city_without_the_city_word_names_its_committee_so() -> None:
    record = _record("福建自贸试验区福州片区(下称“福州自贸片区”)推出新举措。福州自贸片区管委会为企业减免房租。")
    assert [e.name for e in record.entities if e.type == "Agency"] == ["福州自贸片区管委会"]


def test_a_bodys_people_going_to_a_zone_leave_the_zone_its_own_name() -> None:
    text = "如东县商务局干部赴如东高新区走访了甲乙精密有限公司。"
    assert _names(text, "Zone") == ["如东高新区"]
    located = {(r.subject, r.object) for r in _record(text).relations if r.type == "LOCATED_IN"}
    assert located == {("甲乙精密有限公司", "如东高新区")}


def test_a_body_visiting_an_unlisted_zone_leaves_the_zone_its_own_name() -> None:
    text = "远安县商务局走访远安工业集中区甲乙纸业有限公司、丙丁化工有限公司。"
    assert _names(text, "Zone") == ["远安工业集中区"]
    located = {(r.subject, r.object) for r in _record(text).relations if r.type == "LOCATED_IN"}
    assert located == {("甲乙纸业有限公司", "远安工业集中区"), ("丙丁化工有限公司", "远安工业集中区")}


def test_an_unlisted_zone_glued_before_a_firms_legal_name_is_the_firms_zone() -> None:
    text = "县商务局走访荆山经济开发区甲乙纸业有限公司,协调原料运输。"
    assert _names(text, "Zone") == ["荆山经济开发区"]
    assert "甲乙纸业有限公司" in _names(text, "Enterprise")
    located = {(r.subject, r.object) for r in _record(text).relations if r.type == "LOCATED_IN"}
    assert located == {("甲乙纸业有限公司", "荆山经济开发区")}
