"""Bodies named by their place: a committee after 中共, the teams a body sends, the treasury a time word opens."""

from ingest.pipeline import extract_text


def _agencies(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in extract_text(text, "t").entities if e.type == "Agency"}


def test_cpc_provincial_committee_keeps_its_prefix_and_absorbs_the_bare_form() -> None:
    found = _agencies("中共湖南省委、省政府出台措施,对小微企业贷款给予贴息。省委要求各市州抓好落实。")
    assert "中共湖南省委" in found
    assert "湖南省委" not in found


def test_cpc_committee_in_full_is_the_party_committee_of_its_short_name() -> None:
    found = _agencies("中共广西壮族自治区委员会、自治区人民政府印发通知,减免中小企业房租。自治区党委要求各地落实。")
    assert "中共广西壮族自治区委员会" in found
    assert "广西壮族自治区党委" not in found


def test_committee_department_after_cpc_is_named_with_it() -> None:
    found = _agencies("中共邵阳市委统战部、市工商联深入民营企业座谈,帮助疏通贷款渠道。")
    assert "中共邵阳市委统战部" in found


def test_committee_without_cpc_keeps_its_written_name() -> None:
    assert "湖南省委" in _agencies("湖南省委、省政府出台措施,对小微企业贷款给予贴息。")


def test_team_a_government_sends_is_no_part_of_its_name() -> None:
    found = _agencies("湘潭县:县委、县政府组织工作组进驻企业,协调解决口罩和消毒液。")
    assert "湘潭县政府" in found
    assert not any(name.endswith("组织工作组") for name in found)


def test_team_named_for_organising_stays_a_unit_of_its_body() -> None:
    assert "湘潭县防疫指挥部组织保障组" in _agencies("湘潭县防疫指挥部组织保障组为企业调配口罩。")


def test_bare_centre_beside_a_party_committee_is_the_party_centre() -> None:
    record = extract_text("在中央和市委领导下,重庆市对中小企业减免房租。", "t")
    entities = {(e.name, e.type): e.aliases for e in record.entities}
    assert ("党中央", "Agency") in entities and "中央" in entities[("党中央", "Agency")]
    assert ("中国", "Region") not in entities


def test_bare_centre_beside_levels_only_stays_the_country() -> None:
    record = extract_text("深入贯彻中央、省、市决策部署,长沙县对企业减免房租。", "t")
    assert ("中国", "Region") in {(e.name, e.type) for e in record.entities}


def test_county_treasury_after_a_time_word_is_its_finance_bureau() -> None:
    found = _agencies("永福县出台十条措施。今后每年县财政安排小微企业扶持资金200万元。")
    assert "永福县财政局" in found


def test_group_a_bare_county_sets_up_is_named_with_the_county() -> None:
    found = _agencies("丰宁满族自治县统筹调度推动企业复产。丰宁成立了项目复产保障领导小组,帮企业招聘工人。")
    assert "丰宁满族自治县项目复产保障领导小组" in found
    assert "丰宁县项目复产保障领导小组" in _agencies("丰宁县推动企业复产。丰宁成立了项目复产保障领导小组,帮企业招聘工人。")


def test_a_party_group_written_by_the_bodys_pronoun_is_that_bodys() -> None:
    found = _agencies("清河区商务局近日部署稳外贸工作。该局党组成员分头走访了辖区外贸企业。")
    assert "清河区商务局党组" in found and "清河区商务局" in found


def test_a_zones_party_branch_written_after_it_is_the_zones_body() -> None:
    found = _agencies("“订单已恢复。”青禾工业园党支部书记王某说。王某又前往青禾工业园走访企业。")
    assert "青禾工业园党支部" in found
