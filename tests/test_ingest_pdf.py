"""PDF files read like the other formats: tables (ruled or aligned) as rows among the lines, document information kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.pipeline import extract_file, extract_text
from ingest.read import ReadError, read_document
from pdfmaker import Page, width, write_pdf

if os.environ.get("CI", "").lower() != "true":  # CI installs the test extra: there a missing reader fails
    pytest.importorskip("pdfplumber")

INFO = {"Title": "关于支持小微企业发展的通知", "Author": "杭州市经济和信息化局", "CreationDate": "D:20260305101500+08'00'"}
OPENING = "为进一步支持小微企业发展，杭州市设立专项资金，对符合条件的企业给予补助，每家最高不超过100万元。"
CLOSING = "本通知自发布之日起施行。"
ROWS = [["地区", "租金补贴", "贷款贴息"], ["上城区", "√", ""], ["西湖区", "", "√"]]


def _measures(record) -> list[tuple]:
    return sorted((m.region, tuple(m.categories), m.amount_cny, m.cap_cny) for m in record.measures)


def _notice(table: str) -> Page:
    """A one-page notice: heading, opening paragraph wrapped over two lines, a table, closing line."""
    page = Page()
    page.text(72, 780, INFO["Title"], 16)
    cut = 34
    page.text(96, 740, OPENING[:cut])
    page.text(72, 722, OPENING[cut:])
    if table == "ruled":
        bottom = page.grid(72, 700, [120, 120, 120], ROWS)
    else:  # columns aligned by position only, no lines
        bottom = 700
        for row in ROWS:
            bottom -= 22
            for x, value in zip((72, 200, 330), row):
                if value:
                    page.text(x, bottom, value)
    page.text(96, bottom - 30, CLOSING)
    return page


@pytest.mark.parametrize("table", ["ruled", "aligned"])
def test_pdf_table_becomes_rows_in_place(tmp_path: Path, table: str) -> None:
    path = tmp_path / "notice.pdf"
    write_pdf(path, [_notice(table)], INFO)
    doc = read_document(path)
    lines = doc.text.split("\n")
    rows = [i for i, ln in enumerate(lines) if "\t" in ln]
    assert [lines[i].split("\t") + [""] * (3 - len(lines[i].split("\t"))) for i in rows] == ROWS
    assert lines.index(CLOSING) > max(rows) > min(rows) > lines.index(INFO["Title"])
    assert (doc.title, doc.date, doc.publisher) == (INFO["Title"], "2026-03-05", INFO["Author"])

    record = extract_file(path)
    assert (record.title, record.date, record.publisher) == (INFO["Title"], "2026-03-05", INFO["Author"])
    by_region = {m.region: tuple(m.categories) for m in record.measures}
    assert by_region["上城区"] == ("RENT_RELIEF",)
    assert by_region["西湖区"] == ("LOAN_INTEREST_SUBSIDY",)
    for m in record.measures:  # every offset points into the text the reader produced
        assert doc.text[m.span[0] : m.span[1]] == m.text
    # the same notice typed as plain text gives the same measures
    assert _measures(extract_text(doc.text, "notice")) == _measures(record)


def test_merged_cells_read_once(tmp_path: Path) -> None:
    """地区 spans two rows and 支持政策 two columns: their inner lines are not drawn."""
    page = Page()
    left, top, w, h = 72.0, 700.0, 120.0, 24.0
    page.line(left, top, left + 3 * w, top)
    page.line(left + w, top - h, left + 3 * w, top - h)  # under 支持政策 only
    for r in (2, 3, 4):
        page.line(left, top - r * h, left + 3 * w, top - r * h)
    page.line(left, top, left, top - 4 * h)
    page.line(left + w, top, left + w, top - 4 * h)
    page.line(left + 2 * w, top - h, left + 2 * w, top - 4 * h)  # not through 支持政策
    page.line(left + 3 * w, top, left + 3 * w, top - 4 * h)
    cells = {(0, 0): "地区", (0, 1): "支持政策", (1, 1): "租金补贴", (1, 2): "贷款贴息", (2, 0): "上城区", (2, 1): "√", (3, 0): "西湖区", (3, 2): "√"}
    for (r, c), value in cells.items():
        page.text(left + c * w + 4, top - (r + 1) * h + 7, value)
    path = tmp_path / "merged.pdf"
    write_pdf(path, [page])
    lines = read_document(path).text.split("\n")
    assert lines[:4] == ["地区\t支持政策", "\t租金补贴\t贷款贴息", "上城区\t√", "西湖区\t\t√"]
    assert read_document(path).title is None


def test_wrapped_cell_text_joined(tmp_path: Path) -> None:
    page = Page()
    bottom = page.grid(72, 700, [120, 240], [["地区", ""], ["上城区", ""]], height=40)
    page.text(196, 700 - 18, "延期缴纳")  # one cell's text over two lines
    page.text(196, 700 - 32, "税款")
    page.text(72, bottom - 30, CLOSING)
    path = tmp_path / "wrapped.pdf"
    write_pdf(path, [page])
    assert read_document(path).text.split("\n")[0] == "地区\t延期缴纳税款"


def test_paragraphs_are_not_tables(tmp_path: Path) -> None:
    page = Page()
    y = 760.0
    for line in ("一、加大财政支持力度", OPENING[:34], OPENING[34:], "二、优化政务服务", CLOSING):
        x = 72 if line[0] in "一二" else 96
        page.text(x, y, line)
        y -= 20
    path = tmp_path / "plain.pdf"
    write_pdf(path, [page, _notice("ruled")])
    text = read_document(path).text
    first_page = text.split(INFO["Title"])[0]
    assert "\t" not in first_page
    assert first_page.split("\n")[:3] == ["一、加大财政支持力度", OPENING[:34], OPENING[34:]]
    assert text.count("\t") >= 3  # the second page's table


def test_a_frame_around_the_text_is_not_a_table(tmp_path: Path) -> None:
    """A box around the page with a rule under the heading: two cells stacked, one column, so text."""
    page = Page()
    for x1, y1, x2, y2 in ((60, 800, 535, 800), (535, 800, 535, 600), (535, 600, 60, 600), (60, 600, 60, 800), (60, 775, 535, 775)):
        page.line(x1, y1, x2, y2)
    page.text(72, 782, INFO["Title"])
    page.text(72, 760, OPENING[:34])
    page.text(72, 740, OPENING[34:])
    page.text(96, 700, CLOSING)
    path = tmp_path / "framed.pdf"
    write_pdf(path, [page])
    assert read_document(path).text.split("\n") == [INFO["Title"], OPENING[:34], OPENING[34:], CLOSING, ""]


def test_aligned_columns_need_a_shared_start(tmp_path: Path) -> None:
    """Two lines with wide gaps whose phrases start in different places are text, not a table."""
    page = Page()
    page.text(72, 700, "甲市")
    page.text(72 + width("甲市", 12) + 40, 700, "减免房租")
    page.text(150, 680, "乙县")
    page.text(300, 680, "贷款贴息")
    path = tmp_path / "ragged.pdf"
    write_pdf(path, [page])
    assert "\t" not in read_document(path).text


def test_unreadable_pdf_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    write_pdf(path, [_notice("ruled")], INFO)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(ReadError, match="cut.pdf: "):
        read_document(path)
