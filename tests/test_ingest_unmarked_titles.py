"""Titles written without 《》 after the verb that issues them."""

from ingest.documents import find_documents


def _names(text: str) -> list[str]:
    return [d.name for d in find_documents(text)]


def test_numbered_measures_named_after_issuing_verb_are_a_document() -> None:
    assert _names("同时，某区出台助力小微企业渡过难关十条措施等政策，帮助企业减轻负担。") == ["助力小微企业渡过难关十条措施"]
    assert _names("县里印发稳定外贸企业发展12条政策。") == ["稳定外贸企业发展12条政策"]


def test_bare_count_after_issuing_verb_is_no_document() -> None:
    assert _names("某区出台十条措施，帮助企业。") == []


def test_a_title_line_closing_a_report_is_not_joined_to_the_next() -> None:
    text = "目录\n示例县人民政府办公室关于2020年度全县政务公开工作情况的通报\n示例县人民政府办公室关于成立示例县普查领导小组的通知\n"
    assert not any("通报示例县" in n for n in _names(text))
    assert "示例县人民政府办公室关于成立示例县普查领导小组的通知" in _names(text)


def test_a_package_of_policy_measures_issued_by_a_compound_verb_is_a_title() -> None:
    assert _names("资源县制定出台扶持小微企业渡过难关十二条政策措施。") == ["扶持小微企业渡过难关十二条政策措施"]


def test_a_scheme_where_only_a_title_stands_is_a_document() -> None:
    # the whole object of 依据, and what a body rolled out
    assert _names("依据观光产业停业期间旅宿业者补助方案，县府发放补贴。") == ["观光产业停业期间旅宿业者补助方案"]
    assert _names("交通部为稳住航运推出的航商营运资金周转方案,已有20家受惠。") == ["航商营运资金周转方案"]
    # 政策 and 措施 after 根据 may be any of them
    assert _names("根据省里支持企业发展的各项政策，县里减免租金。") == []


def test_a_quoted_scheme_is_a_document_and_a_short_one_a_way_of_working() -> None:
    text = "政府推出“小商户临时租金资助计划”，并推行“一企一方案”“一园一策一方案”。"
    assert _names(text) == ["小商户临时租金资助计划"]


def test_a_title_carried_out_beside_a_marked_one_is_a_document() -> None:
    names = _names("认真落实省政府稳外贸稳外资系列政策措施和《某市促进消费十条意见》，制定本方案。")
    assert "省政府稳外贸稳外资系列政策措施" in names and "某市促进消费十条意见" in names
    assert _names("落实减税降费政策，推动企业复工。") == []


def test_a_description_cited_beside_a_marked_title_is_none() -> None:
    assert _names("全面落实国家支持小微企业的各项扶持政策和《某市促进消费十条意见》。") == ["某市促进消费十条意见"]


def test_a_plan_told_of_after_what_it_answers_is_no_title() -> None:
    assert _names("根据防控需要制定应急方案，县里组织企业复工。") == []
    assert _names("依据上级要求细化实施方案，推进复工。") == []
