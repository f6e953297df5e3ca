"""Taiwan's townships act through their offices (鄉公所, 鎮公所): the office names its township, which is a Region."""

from ingest.pipeline import extract_text


def _record(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, tuple[str, ...]]]]:
    record = extract_text(text, "t")
    return {(e.name, e.type) for e in record.entities}, {(m.region, m.agency or "", m.categories) for m in record.measures}


def test_township_office_names_its_township_and_acts_for_it() -> None:
    entities, measures = _record("位處山區的青禾鄉同樣受到疫情衝擊。青禾鄉公所宣布發放振興用的消費禮金,總額2000萬元,活絡在地商家。")
    assert ("青禾乡", "Region") in entities
    assert ("青禾乡公所", "Agency") in entities
    assert ("青禾乡", "青禾乡公所", ("SPECIAL_FUND",)) in measures


def test_bare_township_office_is_the_township_in_focus() -> None:
    entities, measures = _record("青禾鎮公所表示,鎮長將走訪轄區商家。鎮公所也協助業者申請紓困貸款。")
    assert ("青禾镇公所", "Agency") in entities
    assert all(region == "青禾镇" for region, _, _ in measures) and measures


def test_office_needs_are_no_township_office() -> None:
    entities, _ = _record("某区财政局为企业采购办公所需物资。")
    assert not any(name.endswith("公所") for name, _ in entities)


def test_township_after_its_taiwan_county_is_a_town_and_its_office_is_named_by_it() -> None:
    entities, measures = _record("宜蘭縣青禾鄉公所宣布推出紓困措施,鄉有場館租金減免3個月。")
    assert ("青禾乡", "Region") in entities
    assert ("青禾乡公所", "Agency") in entities
    assert ("宜兰县青禾乡公所", "Agency") not in entities
    assert {region for region, _, _ in measures} == {"青禾乡"}


def test_verb_before_a_bare_township_office_is_no_township() -> None:
    entities, _ = _record("青禾鄉長昨日說,鄉公所將推出三項紓困措施。")
    assert not any(name.startswith("他") for name, _ in entities)


def test_township_named_like_a_mainland_city_after_its_taiwan_county() -> None:
    entities, _ = _record("花蓮縣吉安鄉公所協助轄內業者申請振興券。")
    assert ("吉安乡", "Region") in entities
    assert ("吉安", "Region") not in entities


def test_stall_fees_cut_are_a_fee_waiver() -> None:
    _, measures = _record("新北市政府推出紓困方案,市府將減免市場攤位費。")
    assert any(region == "新北市" and "FEE_WAIVER" in codes for region, _, codes in measures)


def test_shops_and_operators_in_general_are_no_firm() -> None:
    entities, _ = _record("青禾鎮公所協助店家及業者申請紓困貸款。")
    assert not any(kind == "Enterprise" for _, kind in entities)
