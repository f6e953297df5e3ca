"""Plain-text tables: headers, marks, continued rows and repeated headers."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.structure import segment
from ingest.tables import merge_headers, parse_table, split_cells


def cells(line: str) -> list[str]:
    spans = split_cells(line)
    assert spans is not None
    return [line[s:e] for s, e in spans]


def test_split_cells() -> None:
    assert cells("甲省\t\t√\t√") == ["甲省", "", "√", "√"]
    assert cells("\t乙市\t√") == ["", "乙市", "√"]
    assert cells("地区   是否减免   是否缓缴") == ["地区", "是否减免", "是否缓缴"]
    assert split_cells("这是一句普通的话，里面 只有一个空格。") is None


def test_spanning_header() -> None:
    upper = ["省份", "地区", "可以申请延期缴纳", "", "返还"]
    lower = ["", "", "税款", "社保费", "失业保险费"]
    assert merge_headers([upper, lower]) == ["省份", "地区", "可以申请延期缴纳 税款", "可以申请延期缴纳 社保费", "返还 失业保险费"]


def test_rows_keys_and_repeated_header() -> None:
    rows = [
        ["省份", "地区", "缓缴社保费", "减免房租"],
        ["甲省", "", "√", ""],
        ["", "乙市", "√", "√"],
        ["省份", "地区", "缓缴社保费", "减免房租"],
        ["丙省", "丁市", "", "√"],
    ]
    table = parse_table(rows)
    assert table.columns == ["省份", "地区", "缓缴社保费", "减免房租"]
    assert [r.keys for r in table.rows] == [("甲省", ""), ("甲省", "乙市"), ("丙省", "丁市")]
    assert [r.marked() for r in table.rows] == [(2,), (2, 3), (3,)]


def test_table_rows_in_document() -> None:
    text = "图表：各地政策\n\n省份\t减免房租\n甲省\t√\n乙省\t\n\n正文继续。"
    units = [u for u in segment(analysis_view(text)) if u.kind == "row"]
    assert [text[u.start : u.end] for u in units] == ["甲省\t√", "乙省"]
    assert units[0].columns == ("省份", "减免房租")


places = st.sampled_from(["甲省", "乙省", "丙省", "丁省"])
cities = st.sampled_from(["", "", "子市", "丑市"])


@given(st.lists(st.tuples(places, cities, st.lists(st.booleans(), min_size=3, max_size=3)), min_size=1, max_size=12), st.booleans())
def test_table_properties(data: list[tuple[str, str, list[bool]]], blank_repeats: bool) -> None:
    header = ["省份", "地区", "缓缴税款", "缓缴社保费", "减免房租"]
    rows = [header]
    previous = None
    for province, city, marks in data:
        first = "" if blank_repeats and province == previous else province
        rows.append([first, city] + ["√" if m else "" for m in marks])
        previous = province
    table = parse_table(rows)
    assert len(table.rows) == len(data)
    for row, (province, city, marks) in zip(table.rows, data):
        assert row.keys == (province, city)
        assert row.marked() == tuple(2 + i for i, m in enumerate(marks) if m)


cell = st.one_of(st.just(""), st.just("√"), st.text(alphabet="甲乙丙省市税费房租补贴，。", min_size=1, max_size=30))


@given(st.lists(st.lists(cell, min_size=1, max_size=6), min_size=1, max_size=10))
def test_any_rows_parse(rows: list[list[str]]) -> None:
    table = parse_table(rows)
    assert len(table.rows) <= len(rows)
    for row in table.rows:
        assert row.cells == tuple(c.strip() for c in rows[row.line])
        assert all(row.cells[i] == "√" for i in row.marked())


def test_the_articles_of_a_notice_laid_out_as_a_table_are_the_issuer_s() -> None:
    text = (
        "攸县人民政府关于扶持中小企业渡过难关的若干措施\n\n"
        "序号\t政策措施\t责任单位\n"
        "1\t对租用县属国有经营用房的中小企业,免收2个月房租。\t县财政局牵头\n"
        "2\t在中央财政按再贷款利率的50%贴息之外,县财政再给予25%的贴息。\t县财政局\n"
    )
    found = {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}
    assert ("攸县", "RENT_RELIEF") in found and ("攸县", "LOAN_INTEREST_SUBSIDY") in found
    # the national clause of a cell is the nation's, as in a sentence
    assert ("中国", "LOAN_INTEREST_SUBSIDY") in found


def test_a_policy_list_keyed_by_its_number_or_kind_is_the_issuer_s() -> None:
    # 序号 | 政策类别 | 政策内容 | 责任单位: each row an article of the list's place, its kind letting weak cues count
    text = (
        "萧山区惠企政策清单\n\n序号\t政策类别\t政策内容\t责任单位\n"
        "1\t减税降费\t对小规模纳税人减按1%征收增值税\t区税务局\n"
        "2\t房租减免\t对承租区属国有房产的小微企业免收2个月房租\t区国资办\n"
    )
    pairs = {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}
    assert pairs == {("萧山区", "TAX_REDUCTION"), ("萧山区", "RENT_RELIEF")}
    # keyed by its kind alone
    bare = (
        "萧山区惠企政策清单\n\n政策类别\t政策内容\t责任单位\n"
        "减税降费\t对小规模纳税人减按1%征收增值税\t区税务局\n"
        "房租减免\t对承租区属国有房产的小微企业免收2个月房租\t区国资办\n"
    )
    assert {(m.region, c) for m in extract_text(bare, "t").measures for c in m.categories} == pairs
