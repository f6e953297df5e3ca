"""The web-page reader's inner workings: markers put into the tree never reach the text, cells, layout tables, metadata."""

from __future__ import annotations

import pytest

from ingest import webpage
from ingest.webpage import read_page

RUN = '<span style="font-family:仿宋_GB2312" lang="EN-US">{}</span>'
PARAGRAPH = '<p class="MsoNormal">' + "".join(RUN.format(t) for t in ("甲市设立3亿元专项资金，", "对中小微企业给予贷款贴息。")) + "</p>\n"
TABLE = (
    '<table border="1"><tr><th rowspan="2">地区</th><th colspan="2">支持政策</th></tr>'
    "<tr><th>租金补贴</th><th>贷款贴息</th></tr><tr><td><p>乙区</p></td><td><p>√</p></td><td></td></tr></table>\n"
)
LINKS = "".join(f'<li><a href="/doc/{i}.html">丁市关于促进产业发展的若干意见（第{i}号）</a></li>' for i in range(20))
#: a portal page as saved from a word processor: a styled run per phrase, tables between paragraphs
PORTAL = (
    f'<html><body><div class="nav"><ul>{LINKS}</ul></div><div class="crumbs">当前位置：<a href="/">首页</a></div>'
    f'<div class="wrap"><div class="content"><h1>关于支持小微企业发展的通知</h1>{(PARAGRAPH * 5 + TABLE) * 4}</div>'
    f'<div class="sidebar"><ul>{LINKS}</ul></div></div><div class="footer">版权所有</div></body></html>'
)

LAYOUT = """<html><body><table><tr>
<td class="left"><a href="#">首页</a><br><a href="#">宁波市人民政府</a><br><a href="#">温州市财政局</a></td>
<td><div>关于支持小微企业发展的通知</div><p>杭州市设立专项资金，对符合条件的企业给予补助，每家最高不超过100万元。</p>
<table><tr><th>地区</th><th>补贴</th></tr><tr><td>上城区</td><td>租金补贴</td></tr></table>
<p>本通知自发布之日起施行。</p></td></tr></table></body></html>"""


def test_page_laid_out_with_tables_keeps_the_cell_holding_the_body() -> None:
    assert read_page(LAYOUT).text == (
        "关于支持小微企业发展的通知\n杭州市设立专项资金，对符合条件的企业给予补助，每家最高不超过100万元。\n"
        "地区\t补贴\n上城区\t租金补贴\n本通知自发布之日起施行。"
    )


def test_cells_holding_blocks_read_on_one_line() -> None:
    page = (
        "<table><tr><td><p>a</p>\u3000<span>b</span><p>c</p></td>"  # white space opening a line goes
        "<td><p>a</p><p>\u3000</p><p>b</p></td>"  # a block of white space stays
        "<td><p>a</p><div><div class='share'><p>x</p></div>\u3000</div>c</td>"  # as if the furniture had never been there
        "<td>d\te</td></tr></table>"
    )
    assert read_page(page).text == "a b c\ta \u3000 b\ta c\td e"


def test_date_and_publisher_found_across_blocks() -> None:
    page = (
        "<div class='content'><div class='info'><span>发布日期：</span><b>2026年3月5日</b></div>"
        "<p>来源：</p>\n<p>某某局</p>\n<p>正文第一段，甲市设立专项资金。</p></div>"
    )
    doc = read_page(page)
    assert (doc.date, doc.publisher) == ("2026-03-05", "某某局")
    assert doc.text.split("\n") == ["发布日期：2026年3月5日", "来源：", "某某局", "正文第一段，甲市设立专项资金。"]


@pytest.mark.parametrize("page", [LAYOUT, PORTAL, "<p>a<br>b</p><pre>x\ty\t</pre><ul><li> c </li></ul>"])
def test_markers_never_reach_the_text(page: str) -> None:
    text = read_page(page).text
    assert text and "\0" not in text
    for line in text.split("\n"):
        assert line and line == line.strip(webpage._WHITE) and not line.endswith("\t")
    assert not set(text) & set("\x1c\x1d\x1e\x1f\x85\u2028\u2029")


def test_portal_page_gives_the_body_and_its_tables_only() -> None:
    lines = read_page(PORTAL).text.split("\n")
    assert lines == ["关于支持小微企业发展的通知"] + (["甲市设立3亿元专项资金，对中小微企业给予贷款贴息。"] * 5 + ["地区\t支持政策", "\t租金补贴\t贷款贴息", "乙区\t√"]) * 4


def test_nul_in_the_page_never_reaches_the_text() -> None:
    """The markers rest on the HTML parser dropping or replacing every NUL, wherever it stands."""
    page = "<div>\0<p>a\0b</p><math><![CDATA[c\0d]]></math><table><tr><td>e\0f</td><td>g</td></tr></table><textarea>h\0i</textarea></div>"
    assert read_page(page).text == "ab\nc\ufffdd\nef\tg\nh\ufffdi"


def test_white_is_all_white_space_but_tabs() -> None:
    assert set(webpage._WHITE) == {c for c in map(chr, range(0x110000)) if c.isspace()} - {"\t"}


def test_every_tag_looked_at_has_its_number() -> None:
    assert set(webpage._FOUND_IDS.values()) == webpage._FOUND
    assert len(webpage._CELL_IDS) == 2
