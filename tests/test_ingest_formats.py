"""Web pages and Word files read as faithfully as plain text: body only, tables as rows, metadata kept."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.pipeline import extract_file
from ingest.read import ReadError, read_document

docx = pytest.importorskip("docx")

PORTAL = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于支持小微企业发展的通知_示例市人民政府门户网站</title>
<meta name="ArticleTitle" content="关于支持小微企业发展的通知">
<meta name="PubDate" content="2026-03-05 10:00">
<meta name="ContentSource" content="杭州市经济和信息化局">
</head><body>
<div class="top-bar"><a href="/">首页</a> <a href="/zw">政务公开</a> <a href="/hd">互动交流</a></div>
<div id="menu"><ul><li><a href="#">宁波市人民政府</a></li><li><a href="#">温州市财政局</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a> &gt; 正文</div>
<div class="wrap">
 <div class="con-left">
  <h1>关于支持小微企业发展的通知</h1>
  <div class="info">发布日期：2026-03-05　来源：杭州市经济和信息化局</div>
  <div class="article-content">
   <p>各区、县（市）人民政府，市直各单位：</p>
   <p>为进一步支持小微企业发展，杭州市设立专项资金，对符合条件的企业给予补助，每家最高不超过100万元。</p>
   <p>各区具体支持政策见下表。</p>
   <table border="1">
    <tr><th rowspan="2">地区</th><th colspan="2">支持政策</th></tr>
    <tr><th>租金补贴</th><th>贷款贴息</th></tr>
    <tr><td><p>上城区</p></td><td><p>√</p></td><td></td></tr>
    <tr><td>西湖区</td><td></td><td><p>√</p></td></tr>
   </table>
   <p>本通知自发布之日起施行。</p>
  </div>
 </div>
 <div class="r-list"><h3>相关文件</h3><ul>
  <li><a href="#">宁波市关于促进工业发展的若干意见</a></li>
  <li><a href="#">温州市财政局关于资金管理的通知</a></li>
  <li><a href="#">嘉兴市关于支持外贸企业的通知</a></li></ul></div>
</div>
<div class="foot-wrap">主办：绍兴市人民政府办公厅　版权所有</div>
</body></html>
"""

BODY = [
    "为进一步支持小微企业发展，杭州市设立专项资金，对符合条件的企业给予补助，每家最高不超过100万元。",
    "各区具体支持政策见下表。",
]
ROWS = [["地区", "支持政策", ""], ["", "租金补贴", "贷款贴息"], ["上城区", "√", ""], ["西湖区", "", "√"]]


def _names(record) -> set[str]:
    return {e.name for e in record.entities} | {a for e in record.entities for a in e.aliases}


def _measures(record) -> list[tuple]:
    return sorted((m.region, tuple(m.categories), m.amount_cny, m.cap_cny) for m in record.measures)


def test_portal_page_keeps_only_the_body(tmp_path: Path) -> None:
    page = tmp_path / "notice.html"
    page.write_text(PORTAL, encoding="utf-8")
    doc = read_document(page)
    for furniture in ("首页", "当前位置", "宁波", "温州", "嘉兴", "绍兴", "版权所有", "相关文件"):
        assert furniture not in doc.text
    lines = doc.text.split("\n")
    for line in BODY:
        assert line in lines
    rows = [ln.split("\t") for ln in lines if "\t" in ln]
    assert [r + [""] * (3 - len(r)) for r in rows] == ROWS
    assert (doc.title, doc.date, doc.publisher) == ("关于支持小微企业发展的通知", "2026-03-05", "杭州市经济和信息化局")

    record = extract_file(page)
    assert not _names(record) & {"宁波", "温州", "宁波市人民政府", "温州市财政局", "嘉兴", "绍兴"}
    assert (record.title, record.date) == ("关于支持小微企业发展的通知", "2026-03-05")
    by_region = {m.region: m.categories for m in record.measures}
    assert tuple(by_region["上城区"]) == ("RENT_RELIEF",)
    assert tuple(by_region["西湖区"]) == ("LOAN_INTEREST_SUBSIDY",)
    for m in record.measures:  # every offset points into the text the reader produced
        assert doc.text[m.span[0] : m.span[1]] == m.text


def _write_docx(path: Path, title: str = "关于支持小微企业发展的通知") -> None:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "杭州市经济和信息化局"
    document.add_heading("一、租金补贴", level=1)
    document.add_paragraph("杭州市设立专项资金，对符合条件的企业给予补助，每家最高不超过100万元。")
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(0, 1).merge(table.cell(0, 2)).text = "支持政策"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "地区"
    document.add_heading("二、贷款贴息", level=1)
    document.add_paragraph("本通知自发布之日起施行。")
    document.save(str(path))


def test_docx_in_document_order_with_merged_cells_once(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    _write_docx(path)
    doc = read_document(path)
    lines = doc.text.split("\n")
    first, second = lines.index("一、租金补贴"), lines.index("二、贷款贴息")
    first_at, second_at = doc.text.index("一、租金补贴"), doc.text.index("二、贷款贴息")
    table = [i for i, ln in enumerate(lines) if "\t" in ln]
    assert table and first < min(table) and max(table) < second
    assert lines[table[0]] == "地区\t支持政策"
    assert lines[table[1]] == "\t租金补贴\t贷款贴息"
    assert "支持政策\t支持政策" not in doc.text
    assert (doc.title, doc.publisher) == ("关于支持小微企业发展的通知", "杭州市经济和信息化局")
    assert doc.date is not None and len(doc.date) == 10
    rows = {m.region: m for m in extract_file(path).measures if m.text and "\t" in m.text}
    assert {region: m.categories for region, m in rows.items()} == {"上城区": ("RENT_RELIEF",), "西湖区": ("LOAN_INTEREST_SUBSIDY",)}
    for m in rows.values():  # each row's measure lies under the first heading, before the second, and says so
        assert first_at < m.span[0] < second_at
        assert m.section == "一、租金补贴"


def test_docx_zip_bomb_fails_fast(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b" " * (1 << 20)
            for _ in range(300):
                part.write(chunk)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(ReadError, match=r"bomb.docx: unzips to \d+ MB, over the \d+ MB limit"):
        read_document(path)


def test_docx_entity_declarations_refused(tmp_path: Path) -> None:
    path = tmp_path / "entities.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa">]><Types/>')
    with pytest.raises(ReadError, match="entities.docx: .*declares XML entities"):
        read_document(path)


#: documents of one shape (heading, text, optional table, heading, text), each written as .txt, .html and .docx
DOCUMENTS = [
    (["一、租金补贴", "杭州市设立专项资金，对符合条件的企业给予补助，每家最高不超过100万元。"], ROWS, ["二、贷款贴息", "本通知自发布之日起施行。"]),
    (
        ["一、贷款贴息", "宁波市对符合条件的小微企业给予贷款贴息，单户最高不超过30万元。"],
        [["区县", "贷款贴息", "租金补贴"], ["海曙区", "√", ""], ["江北区", "", "√"]],
        ["二、其他", "本办法自2026年1月1日起施行。"],
    ),
    (
        ["一、稳岗补助", "温州市安排专项资金5000万元，对新招用员工的企业给予每人1000元的一次性补助。"],
        [],
        ["二、研发奖励", "对年度研发投入超过500万元的企业，给予最高100万元奖励。"],
    ),
]


def _write_document(path: Path, before: list[str], rows: list[list[str]], after: list[str]) -> None:
    """The document as a .docx: headings styled as headings, the table between the two parts, ROWS with its merged cells."""
    if rows is ROWS:
        _write_docx(path)
        return
    document = docx.Document()
    for heading, text in (before, after):
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
        if rows and heading == before[0]:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    document.save(str(path))


@pytest.mark.parametrize("before, rows, after", DOCUMENTS)
def test_same_document_as_txt_html_docx_gives_same_measures(tmp_path: Path, before: list[str], rows: list[list[str]], after: list[str]) -> None:
    body = [*before, *("\t".join(r).rstrip("\t") for r in rows), *after]
    (tmp_path / "a.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
    _write_document(tmp_path / "a.docx", before, rows, after)
    cells = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows)
    html = (
        "<html><body><div class='nav'><a href='#'>宁波市</a><a href='#'>温州市</a></div><div class='content'>"
        f"<h2>{before[0]}</h2><p>{before[1]}</p>{f'<table>{cells}</table>' if rows else ''}<h2>{after[0]}</h2><p>{after[1]}</p>"
        "</div></body></html>"
    )
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    results = [_measures(extract_file(tmp_path / name)) for name in ("a.txt", "a.html", "a.docx")]
    assert results[0] and results[0] == results[1] == results[2]


@pytest.mark.parametrize(
    "original, view",
    [
        ("吉林省乾安县人民政府设立专项资金。", "吉林省乾安县人民政府设立专项资金。"),
        ("临安区於潜镇对企业给予补助。", "临安区於潜镇对企业给予补助。"),
        ("吉林省乾安縣人民政府設立專項資金。", "吉林省乾安县人民政府设立专项资金。"),
        ("對中小企業給予貸款貼息。", "对中小企业给予贷款贴息。"),
    ],
)
def test_only_traditional_text_is_converted(original: str, view: str) -> None:
    from ingest.normalize import analysis_view

    assert analysis_view(original) == view


def test_simplified_place_names_survive_extraction(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("吉林省乾安县人民政府对中小企业给予贷款贴息，每家最高不超过50万元。\n", encoding="utf-8")
    record = extract_file(path)
    assert "乾安县" in _names(record) and "干安县" not in _names(record)
