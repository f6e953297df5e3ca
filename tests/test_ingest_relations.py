"""LOCATED_IN on short invented texts: explicit patterns, the section's zone, helped firms, names."""

from ingest.pipeline import extract_text


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "t").relations if r.type == "LOCATED_IN"}


def test_firm_right_after_a_zone_even_before_an_institution_word() -> None:
    """某高新区甲乙智能在医院部署…: the zone is the firm's, not hidden as an institution's place."""
    assert ("甲乙智能科技有限公司", "宁波高新区") in located("宁波高新区甲乙智能科技有限公司在医院部署消毒机器人。")


def test_words_between_a_zone_and_its_firm() -> None:
    """某高新区未来独角兽企业甲乙: a kind of firm between the zone and the name still says where it is."""
    from ingest.resolve import _HOME_BEFORE

    for gap in ("未来独角兽企业", "的重点企业", "本土企业", "的瞪羚企业"):
        assert _HOME_BEFORE.fullmatch(gap), gap
    for gap in ("和企业", "向企业", "的企业与"):
        assert not _HOME_BEFORE.fullmatch(gap), gap


def test_section_zone_passes_over_the_city_that_holds_it() -> None:
    """A city named after the zone (宁波新工厂) does not take the zone's firms."""
    text = "宁波高新区积极服务外资企业复工复产。宁波新工厂投资计划提高一倍;甲乙精密机械有限公司成为首家复工的工厂。"
    got = located(text)
    assert ("甲乙精密机械有限公司", "宁波高新区") in got
    assert ("甲乙精密机械有限公司", "宁波") not in got


def test_another_place_ends_the_zone_section() -> None:
    text = "宁波高新区积极服务企业复工。在江北区,甲乙精密机械有限公司已经复工。"
    assert ("甲乙精密机械有限公司", "宁波高新区") not in located(text)


def test_firm_helped_by_the_document_place_lives_there() -> None:
    text = "嘉兴市出台政策助企复工。嘉兴市为甲乙纺织有限公司协调解决用工难题。嘉兴市对企业减免房租。"
    assert ("甲乙纺织有限公司", "嘉兴") in located(text)


def test_coordination_is_not_location() -> None:
    assert not any(s == "甲乙纺织有限公司" for s, _ in located("嘉兴市和甲乙纺织有限公司签订合作协议。"))


def test_own_name_in_another_province_overrides_the_section_zone() -> None:
    text = "浙江与上海协同保障电力供应。上海临港新片区全力保障企业复工。国网浙江省电力有限公司跨省支援电力抢修。"
    got = located(text)
    assert ("国网浙江省电力有限公司", "浙江") in got
    assert not any(s == "国网浙江省电力有限公司" and o != "浙江" for s, o in got)


def test_bank_branch_is_where_its_name_says() -> None:
    text = "广东出台金融支持措施。中国银行广东省分行为企业提供专项贷款。"
    assert ("中国银行广东省分行", "广东") in located(text)


def test_zone_word_before_a_firm_stands_for_the_zone_named_last() -> None:
    text = "嘉兴经开区出台十条措施。" + "各部门分头落实。" * 80 + "园区企业甲乙纺织有限公司率先复工。"
    assert ("甲乙纺织有限公司", "嘉兴经开区") in located(text)


def test_firm_far_into_a_zone_section_is_in_that_zone() -> None:
    text = "## 嘉兴经开区\n" + "各部门分头落实助企政策。" * 80 + "\n甲乙纺织有限公司已经复工。\n## 其他地区\n丙丁机械有限公司已经复工。\n"
    got = located(text)
    assert ("甲乙纺织有限公司", "嘉兴经开区") in got
    assert not any(s == "丙丁机械有限公司" for s, _ in got)


def test_kinds_of_firms_are_located_nowhere() -> None:
    text = "嘉兴经开区优先保障能源供应、交通物流、城市运行等企业复工复产。"
    assert located(text) == set()
