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
