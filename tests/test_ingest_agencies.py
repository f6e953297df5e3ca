"""Agencies named in full with their place: party committees, attached offices, lists, branches."""

from ingest.agencies import find_agencies
from ingest.scope import dominant_place
from ingest.normalize import analysis_view
from ingest.places import find_places


def agency_names(text: str) -> list[str]:
    view = analysis_view(text)
    return [a.name for a in find_agencies(view, find_places(view))]


def test_party_committee_written_and_implied() -> None:
    assert "甘肃省委" in agency_names("甘肃省委召开会议。")
    names = agency_names("甘肃省出台办法，按照省委、省政府部署推进。")
    assert "甘肃省委" in names and "甘肃省政府" in names


def test_party_committee_not_inside_a_common_noun() -> None:
    assert not any(n.endswith("市委") for n in agency_names("甘肃省加快城市委托管理。"))


def test_autonomous_region_keeps_its_level_word() -> None:
    names = agency_names("广西出台措施。(自治区财政厅、自治区商务厅负责)")
    assert names == ["广西壮族自治区财政厅", "广西壮族自治区商务厅"]


def test_list_items_share_the_first_items_place() -> None:
    names = agency_names("甘肃出台措施。(省财政厅、工业和信息化厅、 生态环境厅负责)")
    assert names == ["甘肃省财政厅", "甘肃省工业和信息化厅", "甘肃省生态环境厅"]


def test_list_item_with_its_own_place_is_not_prefixed() -> None:
    names = agency_names("甘肃省财政厅、兰州市商务局联合发文。")
    assert names == ["甘肃省财政厅", "兰州市商务局"]


def test_attached_office_and_party_group_name_their_parent_too() -> None:
    names = agency_names("甘肃省人民政府办公厅印发通知，省政府要求各地落实。")
    assert "甘肃省人民政府办公厅" in names and "甘肃省人民政府" in names
    assert "甘肃省政府" not in names  # merged with the full form written in the document
    assert "甘肃省发改委党组" in agency_names("甘肃省发改委党组成员到企业调研。")


def test_short_government_name_kept_when_full_form_absent() -> None:
    assert "甘肃省政府" in agency_names("甘肃省政府出台措施。")


def test_national_body_with_a_local_branch_is_one_agency() -> None:
    names = agency_names("甘肃出台措施。人行兰州中心支行牵头，人民银行负责指导。")
    assert names == ["人行兰州中心支行", "人民银行"]


def test_party_centre_is_national() -> None:
    view = analysis_view("全面落实党中央决策部署。")
    (a,) = find_agencies(view, find_places(view))
    assert (a.name, a.place) == ("党中央", "中国")


def test_dominant_place_needs_a_clear_lead_unless_a_notice() -> None:
    view = analysis_view("甘肃推进复工。甘肃加大支持。甘肃减免租金。兰州跟进。")
    assert dominant_place(find_places(view)).name == "甘肃"
    view = analysis_view("甘肃推进复工。兰州跟进。")
    places = find_places(view)
    assert dominant_place(places) is None
    assert dominant_place(places, notice=True).name == "甘肃"


def test_a_firms_office_is_not_an_agency() -> None:
    assert agency_names("甘肃某某科技有限公司办公室发布通知。") == []
