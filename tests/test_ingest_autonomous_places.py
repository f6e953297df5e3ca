"""Places and bodies of autonomous prefectures, leagues and banners (州, 盟, 旗), their townships (苏木),
and words that look like bodies or places but are not (collective nouns, websites, doctrines)."""

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.places import find_places


def agencies(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in extract_text(text, "t").entities if e.type == "Agency"}


def regions(text: str) -> list[str]:
    return [e.name for e in extract_text(text, "t").entities if e.type == "Region"]


def test_prefecture_bodies_by_their_level_word_are_the_prefecture_s() -> None:
    found = agencies("甘孜藏族自治州出台措施\n\n州卫健委:加强企业指导服务。州工信局、州财政局联合走访企业。州委要求落实。")
    assert found["甘孜藏族自治州卫健委"] == ("州卫健委",)
    assert found["甘孜藏族自治州工信局"] == ("州工信局",)
    # the second body of the list keeps one level word, not 自治州州财政局
    assert found["甘孜藏族自治州财政局"] == ("州财政局",)
    assert "甘孜藏族自治州委" in found


def test_the_prefecture_level_word_never_stands_for_a_city_named_with_zhou() -> None:
    found = agencies("杭州出台措施。\n\n州卫健委:加强企业指导服务。")
    assert not any(name.startswith("杭州") and name.endswith("卫健委") for name in found)


def test_banner_bodies_keep_their_level_word_across_a_field_joined_by_he() -> None:
    found = agencies(
        "科尔沁左翼中旗帮扶企业\n\n科尔沁左翼中旗旗委召开会议,旗人民政府部署复工。"
        "旗乡村振兴局、旗农牧和科技局派员驻企。会议要求旗工信局协调用工。"
    )
    # the level word written twice (某某旗旗委) names one committee with its bare form
    assert set(found["科尔沁左翼中旗委"]) == {"科尔沁左翼中旗旗委"}
    assert found["科尔沁左翼中旗农牧和科技局"] == ("旗农牧和科技局",)
    # 乡 of 乡村振兴局 is the countryside, not a township's level word
    assert found["科尔沁左翼中旗乡村振兴局"] == ("旗乡村振兴局",)
    assert found["科尔沁左翼中旗工信局"] == ("旗工信局",)
    assert "乡村振兴局" not in found and "科尔沁左翼中旗科技局" not in found


def test_league_government_is_its_administrative_office() -> None:
    found = agencies("锡林郭勒盟行政公署、盟委联合印发通知。盟行署要求盟财政局落实补贴。")
    assert {"锡林郭勒盟行政公署", "锡林郭勒盟委", "锡林郭勒盟行署", "锡林郭勒盟财政局"} <= set(found)
    assert agencies("各盟行政公署、市人民政府:现将方案印发给你们。") == {}


def test_banner_bodies_stay_as_written_where_no_banner_is_named() -> None:
    found = agencies("旗委召开专题会议。旗乡村振兴局和旗农牧和科技局分头落实。")
    assert {"旗委", "旗农牧和科技局", "旗乡村振兴局"} <= set(found)


def test_collective_nouns_of_bodies_are_no_body() -> None:
    found = agencies("内蒙古自治区发改委牵头,请自治区直属机关厅局抓好落实,某旗直属科局配合。")
    assert "内蒙古自治区发改委" in found
    assert not any(name.endswith(("厅", "科局", "机关厅")) for name in found)


def test_a_listed_ethnic_affairs_commission_shares_the_place_before_it() -> None:
    found = agencies("内蒙古自治区商务厅、民委联合举办对接会。")
    assert "内蒙古自治区民委" in found


def test_a_government_website_names_the_body_but_the_body_does_not_act() -> None:
    record = extract_text("宁夏回族自治区政府网站近日发布消息称,银川市出台措施,减免企业房租。", "t")
    assert any(e.type == "Agency" and e.name.startswith("宁夏") for e in record.entities)
    assert record.measures and all(m.region in ("银川", "银川市") for m in record.measures)


def test_a_kind_of_zone_committee_in_a_list_is_no_body() -> None:
    found = agencies("会议要求各工业园区管委会落实属地责任。")
    assert "工业园区管委会" not in found


def test_towns_and_townships_written_before_their_villages() -> None:
    found = [m.name for m in find_places(analysis_view("王某深入到红星镇青山村,白水乡石桥村、柳河村,宝日苏木哈达嘎查等地查看灾情。"))]
    assert found == ["红星镇", "白水乡", "宝日苏木"]


def test_a_seat_town_named_like_its_banner_is_the_town() -> None:
    text = "奈曼旗帮扶农户\n\n奈曼旗旗长深入到奈曼镇前进村,查看灾情。旗委要求落实帮扶。"
    found = find_places(analysis_view(text))
    assert "奈曼镇" in [m.name for m in found]
    # the town's name holds no bare mention of the banner
    assert [m.surface for m in found if m.name == "奈曼旗"] == ["奈曼旗", "奈曼旗"]


def test_the_country_as_a_doctrine_s_epithet_is_no_place() -> None:
    text = "某盟方案\n\n坚持以新时代中国特色社会主义思想为指导,推进中国式现代化,帮企业解决实际问题。"
    assert "中国" not in regions(text)


def test_prefecture_bodies_by_the_prefecture_s_level_word() -> None:
    found = agencies("和田地区出台措施\n\n近日,地委、行署召开会议。地区财政局给予补贴,地区人社局做好稳岗返还。")
    assert found["和田地委"] == ("地委",)
    assert found["和田地区行署"] == ("行署",)
    assert found["和田地区财政局"] == ("地区财政局",)
    assert "区财政局" not in found


def test_a_prefecture_written_only_by_its_short_form_names_its_bodies_so() -> None:
    found = agencies("海西州出台措施。州工信局派员走访企业。")
    assert found == {"海西州工信局": ("州工信局",)}


def test_border_cooperation_zones_and_pilot_zones_are_zones() -> None:
    found = [(m.name, m.type) for m in find_places(analysis_view("满洲里边境经济合作区协调企业复工。二连浩特重点开发开放试验区出台措施。"))]
    assert found == [("满洲里边境经济合作区", "Zone"), ("二连浩特重点开发开放试验区", "Zone")]


def test_a_cyberspace_office_after_its_place_is_a_body_not_an_outlet() -> None:
    record = extract_text("据新疆网信办消息,某市企业复工。来源:新疆网", "t")
    assert [(e.name, e.type) for e in record.entities if e.type in ("Region", "Agency")] == [("新疆", "Region"), ("新疆网信办", "Agency")]


def test_other_countries_are_not_the_country() -> None:
    assert "中国" not in regions("某市企业的产品出口到法国等欧洲国家和部分东南亚国家。")
    assert "中国" in regions("按照国家有关规定,某市为企业减免房租。")


def test_the_country_coordinated_by_or_with_a_province_is_the_country() -> None:
    assert "中国" in regions("某市对技改项目给予补助，已获国家或省奖励的不再重复奖励。")
    assert "中国" not in regions("某市企业产品销往其他国家或地区。")


def test_towns_listed_with_their_count_share_the_town_word() -> None:
    found = [m.name for m in find_places(analysis_view("成都市锦江区甲乙、丙丁、戊己三个街道开展走访。"))]
    assert found == ["成都", "锦江区", "甲乙街道", "丙丁街道", "戊己街道"]


def test_a_bare_zone_word_is_the_one_zone_the_report_s_places_have() -> None:
    found = [(m.name, m.type) for m in find_places(analysis_view("拉萨市城关区、当雄县出台措施。同时,经开区多家企业获得补贴。"))]
    assert ("拉萨经开区", "Zone") in found
    # a zone word after another word is no zone of the report (各地经开区)
    assert [m.type for m in find_places(analysis_view("杭州市出台措施,各地经开区抓好落实。"))] == ["Region"]
    # nor one in a distributive list (各县区、开发区)
    assert [m.type for m in find_places(analysis_view("杭州市出台措施。由各区、开发区商务部门受理。"))] == ["Region"]


def test_a_bare_office_opening_a_clause_is_the_place_in_focus_s() -> None:
    assert agencies("德清县出台措施。金融办协调银行为企业续贷。") == {"德清县金融办": ("金融办",)}


def test_centres_named_by_a_level_word_are_the_place_s_centres() -> None:
    found = agencies("德清县出台措施。县财政中心及时拨付资金,县就业服务中心组织招聘。")
    assert found == {"德清县财政中心": ("县财政中心",), "德清县就业服务中心": ("县就业服务中心",)}
    # words that open with a level word are none (区域, 市民)
    assert agencies("杭州市出台措施。区域服务中心开放。") == {}


def test_a_zone_s_bureau_written_with_its_bracketed_district_is_the_zone_s() -> None:
    text = "乌鲁木齐经济技术开发区(头屯河区)出台措施。经开区(头屯河区)商务局和财政局为企业兑现补贴。"
    found = agencies(text)
    # (named, as the zone is, by the zone's full name the text writes; the short form an alias)
    assert {"乌鲁木齐经济技术开发区商务局", "乌鲁木齐经济技术开发区财政局"} <= set(found)
    assert not any(")" in name for name in found)


def test_a_national_pilot_zone_after_a_verb_is_a_zone() -> None:
    found = [(m.name, m.type) for m in find_places(analysis_view("内蒙古出台意见,支持满洲里国家重点开发开放试验区扩大进口。"))]
    assert ("满洲里国家重点开发开放试验区", "Zone") in found


def test_a_long_bare_name_accepted_once_is_the_place_wherever_it_stands() -> None:
    text = "内蒙古出台意见,支持满洲里国家重点开发开放试验区扩大进口。鼓励满洲里与周边口岸联动。"
    assert [m.surface for m in find_places(analysis_view(text)) if m.type == "Region" and m.name.startswith("满洲里")] == ["满洲里"]


def test_an_autonomous_county_written_short_names_its_level_word_bodies_so() -> None:
    record = extract_text(
        "城步县帮扶企业复产\n\n城步县委组织部派员驻企。县委组织部、县工信局协调用工,县经开区管委会办理审批。"
        "城步县发布通知,要求企业做好防控。",
        "t",
    )
    found = {e.name: e.type for e in record.entities}
    # the county as the text writes it (城步县), never the official 城步苗族自治县 it never writes
    assert found.get("城步县委组织部") == "Agency" and found.get("城步县工信局") == "Agency"
    assert found.get("城步县经开区") == "Zone" and found.get("城步县经开区管委会") == "Agency"
    assert not any(name.startswith("城步苗族自治县") for name in found)


def test_an_autonomous_county_written_in_full_keeps_its_full_name_for_its_bodies() -> None:
    found = agencies("城步苗族自治县出台措施。城步苗族自治县财政局安排资金,县工信局协调用工,城步县商务局配合。")
    assert "城步苗族自治县工信局" in found


def test_a_county_written_short_only_inside_its_zone_s_name_acts_for_gai_xian() -> None:
    record = extract_text(
        "城步县工业集中区:帮扶项目开工\n\n2月20日,湖南省城步县工业集中区内甲乙纸品项目开工。"
        "2月10日,该县印发工作方案,向重点企业选派驻企专员。",
        "t",
    )
    # the county as the zone's name writes it, no place of the record before; the zone stays the headline's actor
    assert {e.name for e in record.entities if e.type == "Region"} >= {"城步县"}
    acts = {(m.region, c) for m in record.measures for c in m.categories}
    assert ("城步县", "ENTERPRISE_LIAISON") in acts and ("城步县工业集中区", "ENTERPRISE_LIAISON") not in acts


def test_a_city_body_is_never_the_prefectures_whose_name_opens_a_bank() -> None:
    text = (
        "市商务局全力帮扶企业复工\n"
        "市商务局协助戊己纺织等企业办理生产许可。为吉林甲乙药业有限公司、延边丙丁实业有限公司分别对接了邮政储蓄银行、延边农商行图们支行。\n"
        "来源:图们市人民政府\n"
    )
    assert "图们市商务局" in agencies(text)
    assert {m.region for m in extract_text(text, "t").measures} == {"图们市"}
