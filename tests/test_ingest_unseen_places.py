"""Places the design documents never name: zones by pattern, bare counties before a zone word, swaps."""

import importlib.util
import random
from pathlib import Path

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.places import find_places
from kg.gazetteer import Gazetteer

BENCH = Path(__file__).resolve().parents[1] / "bench" / "place_swap.py"


def places(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_places(analysis_view(text))]


def test_bare_county_before_a_zone_word_is_a_place_without_its_ancestors() -> None:
    # 田阳 (a district of 百色) with nothing else of its province named; 于田 must not hide it
    found = places("某公司位于田阳经济开发区，细河经济开发区组织企业复工。")
    assert ("田阳经济开发区", "Zone") in found
    assert ("细河经济开发区", "Zone") in found


def test_bare_county_without_zone_word_or_context_stays_out() -> None:
    assert not any(t == "Region" for _, t in places("企业纷纷田阳复工。"))


def test_city_and_county_before_a_zone_name_it_once() -> None:
    found = places("三门峡尼木高新区出台政策，尼木高新区对企业给予补贴。")
    assert found == [("尼木高新区", "Zone"), ("尼木高新区", "Zone")]


def test_municipality_before_an_unlisted_zone_is_part_of_it() -> None:
    found = places("天津屯溪新片区出台十条措施。")
    assert found == [("屯溪新片区", "Zone")]


def test_place_opening_an_unlisted_zone_is_no_place_of_its_own() -> None:
    found = places("如北京高新区、娄底高新区、南昌高新区等多家国家高新区启用在线平台。")
    assert [n for n, t in found] == ["北京高新区", "娄底高新区", "南昌高新区"]
    assert all(t == "Zone" for _, t in found)


def test_free_trade_zone_area_written_with_its_zone_is_one_zone() -> None:
    unlisted = places("结合陕西自贸试验区延安片区(下称“延安自贸片区”)实际，延安自贸片区出台措施。")
    assert [n for n, t in unlisted if t == "Zone"] == ["陕西自贸试验区延安片区"] * 3
    listed = places("结合山东自贸试验区济南片区实际")
    assert listed == [("山东自贸区济南片区", "Zone")]
    # a new area (新片区) goes by its own name; the free-trade zone before it is part of its title
    assert places("中国北京自由贸易试验区洛扎新片区出台措施") == [("洛扎新片区", "Zone")]


def test_two_character_city_before_a_dispatch_word_is_the_city() -> None:
    assert ("孝感", "Region") in places("某某消费者报孝感讯（记者甲）记者从省药监局获悉")


def _swap_module():
    spec = importlib.util.spec_from_file_location("place_swap", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_place_swap_rewrites_text_and_key_alike_and_is_deterministic() -> None:
    mod = _swap_module()
    text = "浙江省湖州市德清县经济开发区对企业减免房租。德清经开区管委会组织复工，湖州市财政局拨付资金。"
    key = {
        "doc_id": "x",
        "entities": [
            {"name": "浙江", "type": "Region", "aliases": ["浙江省"]},
            {"name": "湖州", "type": "Region", "aliases": ["湖州市"]},
            {"name": "德清县", "type": "Region", "aliases": ["德清"]},
            {"name": "德清县经济开发区", "type": "Zone", "aliases": ["德清经开区", "经开区"]},
            {"name": "湖州市财政局", "type": "Agency"},
        ],
        "measures": [{"region": "德清县经济开发区", "categories": ["RENT_RELIEF"], "text": "德清县经济开发区对企业减免房租"}],
        "relations": [{"type": "UNDER", "subject": "湖州市财政局", "object": "湖州"}],
    }
    gaz = Gazetteer.default()
    new_text, new_key, forms = mod.swap(text, key, gaz, random.Random("1:x"))
    again = mod.swap(text, key, gaz, random.Random("1:x"))
    assert (new_text, new_key) == again[:2]
    for old in ("浙江", "湖州", "德清"):
        assert old not in new_text and old not in str(new_key)
    assert "经开区" not in forms  # a generic form stays as written
    names = [e["name"] for e in new_key["entities"]]
    assert all(n in new_text for n in names)
    assert new_key["measures"][0]["region"] == names[3]
    # the hierarchy holds: the new county lies in the new city, the new city in the new province
    county = gaz.lookup(names[2])[0]
    assert [a.name for a in gaz.ancestors(county)][:2] == [names[1], names[0]]


def _agencies(text: str) -> list[str]:
    from ingest.agencies import find_agencies

    view = analysis_view(text)
    return [a.name for a in find_agencies(view, find_places(view))]


def test_district_bodies_after_a_zone_not_named_as_a_district_are_the_districts() -> None:
    # 区委 after 某某产业基地 is the district's committee, not the zone's
    assert _agencies("余杭区出台措施。余杭区智能装备产业基地按照区委区政府部署，启动应急处置。") == ["余杭区委", "余杭区政府"]


def test_body_named_by_a_level_word_after_a_zone_acting() -> None:
    assert _agencies("余杭区出台措施。细河产业基地积极协调区经信局为企业办理通行证。") == ["余杭区经信局"]


def test_unlisted_zone_written_with_and_without_its_city_is_one_zone() -> None:
    from ingest.pipeline import extract_text

    rec = extract_text("天津噶尔科技园区出台措施。天津噶尔科技园区对企业减免房租。噶尔科技园区为企业办理通行证。", "t")
    assert [(e.name, e.type) for e in rec.entities] == [("天津噶尔科技园区", "Zone")]


def test_firm_helped_by_a_zone_named_by_its_short_form_is_the_beneficiary() -> None:
    # 第一批通行证 is one batch of passes, not a batch of firms: 为公司 still stands for the firm reported
    from ingest.pipeline import extract_text

    text = (
        "余杭区支持医药企业发力。\n在余杭区钦北产业基地，政企联动保障企业正常生产经营。\n"
        "近期受疫情影响，得知甲乙生物科技有限公司物料运输受阻后，钦北产业基地积极协调区经信局为公司申请绿色通道，成功办理第一批通行证。\n"
    )
    helped = {m.region: m.beneficiaries for m in extract_text(text, "t").measures}
    assert helped.get("钦北产业基地") == ("甲乙生物科技有限公司",)


def test_a_city_named_mostly_before_its_hospitals_is_not_the_documents_place() -> None:
    # the dominant place is counted where a place may act, not in 某市某某医院
    from ingest.pipeline import extract_text

    text = "甲公司向三门峡协和医院捐赠设备。\n乙公司支援三门峡中心医院。\n丙公司驰援三门峡火神山医院。\n丁公司在三门峡建立配送站。\n对中小企业减免三个月房租。\n"
    assert [m.region for m in extract_text(text, "t").measures] == []


def test_a_zones_own_body_written_with_a_level_word_is_still_the_zones() -> None:
    # 区管委会 after a zone not named 某某区 is its committee; 区委 is the district's
    found = _agencies("余杭区出台措施。余杭区智能装备产业基地按照区委部署，区管委会启动应急处置。")
    assert found[0] == "余杭区委"
    assert found[1].startswith("余杭区智能装备产业基地") and found[1].endswith("管委会")


def test_province_inside_a_road_name_is_no_place() -> None:
    found = places("某市滨江西路和青山湖北路改造工程复工，黄山市为企业减免房租。")
    assert found == [("黄山", "Region")]


def test_bare_county_right_after_its_province_is_the_county() -> None:
    # a title 某省某县: names the county, the actor of the report
    found = places("江西靖安:续贷让企业轻装上阵")
    assert ("靖安县", "Region") in found or ("靖安", "Region") in found


def test_zone_written_with_a_bracketed_host_is_one_zone_of_the_place_before() -> None:
    found = places("位于安徽长丰(双凤)经开区的某物流园复工。")
    assert ("长丰(双凤)经开区", "Zone") in found
    assert not any(n.startswith("长丰") and t == "Region" for n, t in found)


def test_a_repeated_town_name_at_a_clause_start_is_a_town() -> None:
    found = places("望江墩镇制定复工方案。望江墩镇建立联席会议制度。")
    assert found == [("望江墩镇", "Region"), ("望江墩镇", "Region")]


def test_a_town_word_once_or_after_a_particle_is_no_town() -> None:
    assert places("多亏了镇政府的帮助,甲乙公司顺利复工。") == []
    assert places("他亲自坐镇指挥。") == []


def test_two_character_city_ending_an_idiom_is_no_place() -> None:
    # 真金白银: the city 白银 is the end of a four-character word
    inside = find_places(analysis_view("政府拿出真金白银,帮助企业渡过难关。"))
    assert all(m.weak for m in inside)
    assert not any(m.weak for m in find_places(analysis_view("白银出台措施支持企业。")))


def test_zone_words_of_parks_name_unlisted_parks() -> None:
    assert ("南通高新区", "Zone") in places("南通高新区江海智汇园为企业减免房租。")
    assert ("江海智汇园", "Zone") in places("南通高新区江海智汇园为企业减免房租。")


def test_a_zone_written_twice_at_a_names_start_is_a_zone() -> None:
    found = places("记者从东华科技产业园获悉,东华科技产业园为企业减免房租。")
    assert found == [("东华科技产业园", "Zone")] * 2
    # a class of zones is no zone, and a name written after its place is that place's zone
    assert places("国家级新区出台政策。国家级新区减免租金。") == []
    assert ("生物医药产业基地", "Zone") not in places("大兴区生物医药产业基地复工。生物医药产业基地减免租金。")


def test_a_zones_park_named_after_its_district_is_one_zone() -> None:
    found = places("中关村科技园区昌平园(以下简称昌平园)落实北京部署。昌平园多措并举。")
    assert [n for n, t in found if t == "Zone"] == ["中关村科技园区昌平园"] * 2
    assert not any(t == "Region" and n.startswith("昌平") for n, t in found)


def test_a_zones_park_named_after_its_district_is_one_zone_with_no_city_named() -> None:
    # the zone before and 园 after vouch for the district's bare name; the park is no firm
    record = extract_text("中关村科技园区海淀园推进复产。海淀园为甲乙生物等企业协调口罩。", "t")
    assert [e.name for e in record.entities if e.type == "Zone"] == ["中关村科技园区海淀园"]
    assert [e.name for e in record.entities if e.type == "Enterprise"] == ["甲乙生物"]
    assert not any(t == "Region" for _, t in places("中关村科技园区海淀企业全力复工。"))


def test_a_bare_zone_word_opening_clauses_is_the_documents_zone() -> None:
    assert places("近日,经开区经信商务局会同区财政局初审补助项目。") == [("经开区", "Zone")]
    found = places("活动开始以来,高新区工作队在高新区管委会领导下推动复工。")
    assert found == [("高新区", "Zone")] * 2


def test_a_bare_zone_word_of_many_zones_is_no_zone() -> None:
    assert places("各开发区管委会要成立工作专班。开发区要做好服务。") == []
    assert places("受理单位:各县(市)区、开发区经信部门。") == []
    assert places("杭州高新区出台政策。高新区为企业减免房租。")[0] == ("杭州高新区", "Zone")


def test_a_county_before_a_town_the_document_names_again_is_the_county() -> None:
    found = places("怀集冷坑镇党委组建小分队。冷坑镇有企业50多家。")
    assert found[0] == ("怀集县", "Region") and found.count(("冷坑镇", "Region")) == 2


def test_counted_towns_and_old_streets_are_no_places() -> None:
    assert places("厂家在路桥区一个镇里。") == [("路桥区", "Region")]
    assert places("屯溪老街改造工程复工。") == []


def test_a_city_name_ending_a_quoted_word_is_no_place() -> None:
    # “真金白银”: the closing quote ends the four-character word, as a comma would
    assert all(m.weak for m in find_places(analysis_view("把政策变为企业的“真金白银”。")))


def test_taiwans_cities_in_either_script() -> None:
    assert ("新北市", "Region") in places("新北市經發局成立單一窗口,協助企業紓困。")
    assert ("台南市", "Region") in places("台南市政府推出纾困方案。")
    assert not any(n.startswith("台中") for n, _ in places("数据将在平台中与企业信息比对。"))


def test_a_street_the_text_repeats_or_names_by_its_committee_is_a_place() -> None:
    assert places("疫情防控是基础。南湖路街道坚持两手抓。(南湖路街道 供稿)") == [("南湖路街道", "Region")] * 2
    assert places("西三街道党工委积极协调运输。") == [("西三街道", "Region")]
    assert places("部分街道已复工。部分街道未复工。") == []


def test_a_mark_inside_is_no_streets_name() -> None:
    assert places("调动市、区、街道共百名干部。同时,街道工作人员电话联系企业。") == []


def test_a_source_that_is_a_body_names_its_place() -> None:
    assert places("来源:崇川区行政审批局  作者:某某") == [("崇川区", "Region")]
    assert places("来源:崇川日报 作者:某某") == []


def test_a_disease_named_after_a_place_is_no_place() -> None:
    assert places("武漢肺炎疫情衝擊各產業,新北市成立單一窗口。") == [("新北市", "Region")]


def test_a_park_after_a_verb_of_going_there() -> None:
    assert places("企业负责人前往宏远工业园协调租赁。") == [("宏远工业园", "Zone")]
    assert places("带领客商考察管山工业园和深远科技园,了解园区情况。") == [("管山工业园", "Zone"), ("深远科技园", "Zone")]
    assert places("企业入驻园区。他们前往工业园。走访重点产业园。") == []


def test_a_repeated_park_with_a_long_name() -> None:
    text = "将对自持物业、中欧汽车零部件产业园及路标厂房减免租金;中欧汽车零部件产业园共6栋。"
    assert places(text) == [("中欧汽车零部件产业园", "Zone")] * 2


def test_an_ambiguous_district_written_in_full_is_a_place_of_no_code() -> None:
    found = find_places(analysis_view("疫情得到控制后,龙华区福城街道始终扎实做好服务。"))
    assert [(m.name, m.code) for m in found] == [("龙华区", None), ("福城街道", None)]
    assert [m.name for m in find_places(analysis_view("深圳市龙华区福城街道。"))] == ["深圳", "龙华区", "福城街道"]


def test_a_park_after_a_preposition_of_place() -> None:
    assert places("工作组在宏远工业园召开会议。") == [("宏远工业园", "Zone")]
    assert places("在物流园区内。到工业园区走访。") == []


def test_a_town_after_its_county_not_after_the_city_before_the_county() -> None:
    assert places("向合肥市肥东县撮镇镇招商局赠送锦旗。") == [("合肥", "Region"), ("肥东县", "Region"), ("撮镇镇", "Region")]


def test_a_street_after_its_zone() -> None:
    assert places("企业位于苏州工业园区娄葑街道。") == [("苏州工业园区", "Zone"), ("娄葑街道", "Region")]
    assert places("某企业位于天府新区新兴乡。")[-1] != ("新兴乡", "Region")


def test_a_count_of_zones_is_no_zone() -> None:
    text = "同时,众多国家高新区开启不见面审批,徐州、南通等众多国家高新区开启云招商。"
    assert places(text) == [("徐州", "Region"), ("南通", "Region")]


def test_a_bare_county_before_its_repeated_street_is_a_place() -> None:
    found = places("长乐漳港街道积极服务企业。漳港街道还组建服务队。")
    assert ("长乐区", "Region") in [(n, t) for n, t in found]


def test_a_port_area_named_by_its_committee_is_a_zone() -> None:
    assert ("青港区", "Zone") in places("3月2日,青港区党工委召开会议,青港区管委会部署走访。")


def test_a_park_firms_are_in_is_a_zone() -> None:
    assert ("石桥广告产业园", "Zone") in places("全区复工率达90%,石桥广告产业园内企业复工率80%。")
    assert ("青禾孵化产业园", "Zone") in places("位于东区的青禾孵化产业园内共有50家企业。")
    assert not any(t == "Zone" for _, t in places("全市产业园内企业复工率达80%。"))


def test_a_park_inside_a_zone_is_a_zone_beside_it() -> None:
    found = places("郑州高新区青禾园区运营中心作为服务窗口,帮助企业复工。")
    assert ("郑州高新区", "Zone") in found and ("郑州高新区青禾园区", "Zone") in found


def test_bare_county_opening_a_county_report_is_the_county_without_its_city() -> None:
    text = ("巫山多措并举助企业复工复产\n"
            "今年以来,县人社局、县财政局、县税务局多措并举支持企业复工。\n"
            "对受疫情影响的企业返还失业保险费。")
    record = extract_text(text, "t")
    assert "巫山县人社局" in {e.name for e in record.entities if e.type == "Agency"}
    assert {m.region for m in record.measures if "失业保险" in m.text} == {"巫山"}


def test_bare_county_is_no_place_where_the_bodies_are_a_citys() -> None:
    text = ("巫山多措并举助企业复工复产\n"
            "今年以来,市人社局、市财政局、市税务局多措并举支持企业复工。\n"
            "对受疫情影响的企业返还失业保险费。")
    assert "巫山" not in {e.name for e in extract_text(text, "t").entities}


def _visit_report(firms: str) -> str:
    """A county's report writing its bodies by the level word and naming ``firms`` visited."""
    return f"县委副书记、县长李某到企业调研\n3月2日,县委副书记、县长李某调研我县企业复产情况。\n李某一行先后来到{firms}等企业,现场协调解决企业复产中的难题。"


def test_bare_county_opening_a_local_firms_name_in_a_county_report_is_the_county() -> None:
    # the report writes its county only at the start of a firm's name
    record = extract_text(_visit_report("甲乙石材有限公司、巫山丙丁化工有限公司"), "t")
    assert "巫山县委" in {e.name for e in record.entities if e.type == "Agency"}
    helped = {(m.region, b) for m in record.measures for b in m.beneficiaries}
    assert ("巫山", "甲乙石材有限公司") in helped
    assert ("甲乙石材有限公司", "巫山") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_two_counties_opening_firms_names_make_no_report_county() -> None:
    record = extract_text(_visit_report("奉节甲乙石材有限公司、巫山丙丁化工有限公司"), "t")
    assert not any(e.type == "Region" for e in record.entities)


def test_county_since_become_a_district_is_the_county_as_written() -> None:
    # 崇明 is a district on the official list; a text from before the change writes 崇明县
    text = "崇明县推动入园企业分批复工,县财政局为中小企业减免房租。"
    record = extract_text(text, "t")
    assert ("崇明县", "Region") in places(text)
    assert "崇明县财政局" in {e.name for e in record.entities if e.type == "Agency"}
    assert {m.region for m in record.measures} == {"崇明县"}


def test_district_name_before_a_county_level_word_is_no_county() -> None:
    assert ("崇明县", "Region") not in places("崇明县域经济稳步回升。")


def test_zone_name_with_a_function_character_word_keeps_its_city() -> None:
    # 对外 opens with 对, which ends a name elsewhere
    found = places("位于城南的韶关市对外经济合作区为入园企业减免租金。")
    assert ("韶关市对外经济合作区", "Zone") in found and ("韶关", "Region") not in found


def test_function_character_before_a_zone_word_still_ends_the_name() -> None:
    assert ("韶关市对开发区", "Zone") not in places("韶关市对开发区企业开展走访。")


def test_town_named_with_du_after_its_first_character_is_a_town() -> None:
    assert ("新都镇", "Region") in places("成都市新都区新都镇为辖区企业发放口罩。")


def test_seat_town_named_like_its_county_keeps_a_function_character() -> None:
    assert ("都昌镇", "Region") in places("都昌县都昌镇主动为企业协调用工难题。")


def test_du_as_an_adverb_before_a_town_word_names_no_town() -> None:
    assert not any(t == "Region" for _, t in places("全县都镇定自若地推进复工。"))


def test_bare_zone_word_with_its_committee_is_the_reports_listed_zone() -> None:
    record = extract_text("新华社合肥5月6日电 高新区管委会为园区企业减免房租。高新区还为企业协调用工。", "t")
    zones = {e.name for e in record.entities if e.type == "Zone"}
    agencies = {e.name for e in record.entities if e.type == "Agency"}
    assert zones == {"合肥高新区"} and agencies == {"合肥高新区管委会"}
    assert {m.region for m in record.measures} == {"合肥高新区"}


def test_listed_zone_written_only_by_its_kind_is_named_in_full() -> None:
    record = extract_text("近日,合肥出台惠企政策。高新区为园区企业减免房租。", "t")
    assert {e.name for e in record.entities if e.type == "Zone"} == {"合肥高新区"}


def test_town_among_the_units_a_body_works_with_is_a_town() -> None:
    assert ("马寨镇", "Region") in places("管委会现场办公,协调区住建局、马寨镇等单位解决施工问题。")


def test_town_word_after_a_body_without_a_units_list_is_no_town() -> None:
    assert places("市场监管局、工业重镇建设同步推进。") == []


def test_county_seat_town_chengguan_is_a_town() -> None:
    assert ("城关镇", "Region") in places("宁都县城关镇为辖区企业发放口罩。")


def test_town_word_after_chengxiang_is_no_town() -> None:
    assert places("城乡镇村企业加快复工。") == []


def test_a_districts_high_tech_park_is_a_zone() -> None:
    record = extract_text("岳麓区高科园组织专人上门指导企业复工防控。", "t")
    assert ("岳麓区高科园", "Zone") in {(e.name, e.type) for e in record.entities}
    assert {m.region for m in record.measures} == {"岳麓区高科园"}


def test_a_wire_dispatch_s_place_is_no_place_of_the_report() -> None:
    record = extract_text("新华社长沙3月2日电（记者王某）望城区为企业减免房租。", "t")
    assert {e.name for e in record.entities if e.type == "Region"} == {"望城区"}
    # written again in the text, it is one
    record = extract_text("新华社长沙3月2日电 长沙市为企业减免房租。", "t")
    assert {e.name for e in record.entities if e.type == "Region"} == {"长沙"}
    # a local paper's dispatch names the place it covers
    record = extract_text("某某日报长沙讯 记者从市人社局获悉，全市为企业减免房租。", "t")
    assert "长沙" in {e.name for e in record.entities if e.type == "Region"}


def test_a_place_opening_an_institute_s_long_name_is_no_place_or_actor() -> None:
    for text in ("吴江区为企业减免房租。苏州先进纺织丝绸材料工程研究院本周恢复科研。", "苏州先进纺织丝绸材料工程研究院本周恢复科研，吴江区为企业减免房租。"):
        record = extract_text(text, "t")
        assert {e.name for e in record.entities if e.type == "Region"} == {"吴江区"}
        assert {m.region for m in record.measures} == {"吴江区"}


def test_a_new_area_after_a_verb_of_going_is_a_zone() -> None:
    assert ("漳溪新区", "Zone") in places("4月16日,副市长王某来到漳溪新区调研企业复工。")
    assert not any(t == "Zone" for _, t in places("4月16日,副市长王某来到城市新区调研。"))


def test_a_bare_county_after_a_verb_of_settling_opens_its_zone() -> None:
    record = extract_text("平阳县助企纾困。县经信局为落户平阳经济开发区的甲乙鞋业、丙丁电子等企业协调口罩。", "t")
    assert ("甲乙鞋业", "平阳经济开发区") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_a_town_written_before_a_local_firm_is_a_town_and_the_firms_place() -> None:
    text = "平阳县助企纾困。县经信局走访了鳌江镇甲乙鞋业有限公司、水头镇的丙丁皮革有限公司。"
    located = {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}
    assert {("甲乙鞋业有限公司", "鳌江镇"), ("丙丁皮革有限公司", "水头镇")} <= located


def test_an_official_with_a_party_post_and_the_mayor_s_title_acts_for_the_city_in_the_place_visited() -> None:
    record = extract_text("2月20日,苏州市委副书记、市长李某某到张家港调研。李某某走进生产车间,协调解决企业用工难题。", "t")
    assert {m.region for m in record.measures} == {"苏州"}


def test_a_county_named_only_opening_its_firms_names_owns_the_level_word_bodies_of_its_report() -> None:
    record = extract_text("助企复工 我们在行动\n\n近日,县工信局、县商务局走访了长兴甲乙电子有限公司,帮助解决原料难题。县人社局为企业招聘员工。", "t")
    names = {e.name for e in record.entities}
    assert {"长兴县工信局", "长兴县人社局"} <= names
    assert ("长兴甲乙电子有限公司", "长兴") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}
    assert {m.region for m in record.measures} == {"长兴"}


def test_one_body_by_the_level_word_is_no_county_s_report() -> None:
    names = {e.name for e in extract_text("近日,县工信局走访了长兴甲乙电子有限公司,帮助解决原料难题。", "t").entities}
    assert "长兴县工信局" not in names


def test_an_official_s_encouragement_told_by_a_pronoun_is_no_measure() -> None:
    record = extract_text("3月5日,内蒙古自治区副主席周某某一行到宝鸡高新区调研。他鼓励宝鸡高新区企业要理顺上下游配套,开足马力生产。", "t")
    assert record.measures == ()
    record = extract_text("3月5日,内蒙古自治区副主席周某某一行到中钢百色锰业产业园调研,协调解决企业用工难题。", "t")
    assert {(m.region, c) for m in record.measures for c in m.categories} == {("内蒙古", "LABOR_SUPPLY")}


def test_a_zone_word_pointed_at_by_a_demonstrative_is_no_zone_s_name() -> None:
    names = {(e.name, e.type) for e in extract_text("园区动态。嘉兴这个省级园区怎样服务企业。平湖经济技术开发区启动帮扶。", "t").entities}
    assert not any(t == "Zone" and "这个" in n for n, t in names)
    assert ("嘉兴", "Region") in names
