"""Text in a print layout (lines of a fixed width) or closed by Latin full stops gives the facts of the same text written plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.normalize import analysis_view
from ingest.pipeline import extract_file
from ingest.unwrap import unwrap

# an invented report: a zone, two firms, rent relief with a sum, a loan subsidy and a liaison measure
PLAIN = (
    "海安市高新区出台举措助力企业复产\n"
    "2月20日，海安市高新区管委会出台措施，对承租区属国有厂房的中小企业减免3个月房租，共减免租金260万元，"
    "并对受疫情冲击大的企业按贷款利息给予贴息，贴息比例最高50%。\n"
    "连日来，海安市高新区派出服务专员驻企帮扶，帮助江苏云舟精密机械有限公司和海安星河纺织有限公司解决员工返岗问题，"
    "两家企业均已复工。\n"
)


def _laid_out(text: str, width: int) -> str:
    """``text`` cut into lines of ``width`` characters, as a print copy or pdftotext gives it."""
    return "\n".join(line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


def _facts(path: Path) -> tuple[set[tuple[str, str]], set[str], set[tuple[str, str, str]], set[float]]:
    record = extract_file(path)
    categories = {(m.region, c) for m in record.measures for c in m.categories}
    firms = {e.name for e in record.entities if e.type == "Enterprise"}
    links = {(r.subject, r.type, r.object) for r in record.relations if r.type == "LOCATED_IN"}
    amounts = {m.amount_cny for m in record.measures if m.amount_cny}
    return categories, firms, links, amounts


@pytest.mark.parametrize("width", [24, 31, 38])
def test_laid_out_text_gives_the_facts_of_the_plain_text(tmp_path: Path, width: int) -> None:
    plain, laid_out = tmp_path / "plain.txt", tmp_path / "laid_out.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    laid_out.write_text(_laid_out(PLAIN, width), encoding="utf-8")
    expected = _facts(plain)
    assert expected[0] and expected[1] and expected[2] and expected[3]  # the plain text has each kind of fact
    assert _facts(laid_out) == expected


def test_text_written_a_paragraph_a_line_is_kept_as_it_is() -> None:
    assert unwrap(PLAIN) is PLAIN


def test_unwrap_joins_only_lines_stopping_mid_sentence() -> None:
    text = _laid_out(PLAIN, 20)
    joined = unwrap(text)
    assert joined.split("\n")[1:3] == PLAIN.split("\n")[1:3]


def test_a_table_of_contents_of_titles_is_not_joined() -> None:
    titles = [f"示例县人民政府办公室关于印发示例县2020年第{n}批重点项目建设推进工作实施方案的通知" for n in "一二三四五"]
    text = "目录\n" + "\n".join(titles) + "\n" + _laid_out(PLAIN, 20)
    assert unwrap(text).split("\n")[1:6] == titles


def test_a_few_short_unclosed_lines_are_not_a_layout() -> None:
    text = "示例县召开会议\n会议要求\n各部门做好企业服务工作。\n"
    assert unwrap(text) == text


def test_latin_words_cut_by_the_layout_keep_a_space() -> None:
    lines = [
        "海安市高新区与示例国际贸易公司签约，共同建设新型环保材料生产基地，外方代表Pacific",
        "Rim Trading的负责人表示将追加投资，项目总投资5亿元，预计年产值10亿元以上，带动",
        "就业岗位500个，海安市高新区将为项目提供全程帮办代办服务，加快项目审批和开工建设",
        "进度，确保项目尽快投产。",
    ]
    assert unwrap("\n".join(lines)) == "".join(lines[:1]) + " " + "".join(lines[1:])


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("示例区减免房租.对企业给予补贴.", "示例区减免房租。对企业给予补贴。"),
        ("贴息比例为1.5个百分点.", "贴息比例为1.5个百分点。"),
        ("详见www.example.gov.cn.", "详见www.example.gov.cn."),
        ("一.加大财政支持\n二.优化政务服务", "一.加大财政支持\n二.优化政务服务"),
        ("出台《示例办法》.同时开通专线.", "出台《示例办法》。同时开通专线。"),
        # after a percentage, and inside a quotation before its closing mark
        ("复工率达到90.5%.同时开通专线.", "复工率达到90.5%。同时开通专线。"),
        ("“全程跟踪服务.”示例区负责人介绍.", "“全程跟踪服务。”示例区负责人介绍。"),
        ("标题\n\u3000\u3000示例区减免房租。", "标题\n\n\n示例区减免房租。"),
    ],
)
def test_latin_full_stops_close_chinese_sentences_in_the_view(text: str, view: str) -> None:
    assert analysis_view(text) == view


def test_text_with_latin_full_stops_gives_the_facts_of_the_plain_text(tmp_path: Path) -> None:
    plain, dotted = tmp_path / "plain.txt", tmp_path / "dotted.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    dotted.write_text(PLAIN.replace("。", ".").replace("，", ","), encoding="utf-8")
    assert _facts(dotted) == _facts(plain)


def test_indented_paragraphs_give_the_facts_of_the_plain_text(tmp_path: Path) -> None:
    plain, indented = tmp_path / "plain.txt", tmp_path / "indented.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    indented.write_text("\n".join("\u3000\u3000" + line if line else line for line in PLAIN.split("\n")), encoding="utf-8")
    assert _facts(indented) == _facts(plain)
