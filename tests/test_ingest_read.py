"""Reading files: encodings, formats and the one-line errors."""

from pathlib import Path

import pytest

from ingest.pipeline import extract_file
from ingest.read import ReadError, decode, read_text
from ingest.webpage import page_text as html_text

SIMPLIFIED = "广东省深圳市发布《关于支持企业复工复产的若干措施》，设立专项资金5亿元。"
TRADITIONAL = "廣東省深圳市發佈《關於支持企業復工復產的若干措施》，設立專項資金5億元。"


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    for data in (SIMPLIFIED.encode("utf-8"), b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8")):
        p = tmp_path / "a.txt"
        p.write_bytes(data)
        assert read_text(p) == SIMPLIFIED


def test_gbk_and_big5(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SIMPLIFIED.encode("gbk"))
    assert read_text(gbk) == SIMPLIFIED
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(TRADITIONAL.encode("big5"))
    assert read_text(big5) == TRADITIONAL


def test_traditional_file_gives_simplified_names_and_original_offsets(tmp_path: Path) -> None:
    p = tmp_path / "trad.txt"
    p.write_bytes(TRADITIONAL.encode("big5"))
    record = extract_file(p)
    names = {e.name: e for e in record.entities}
    assert "关于支持企业复工复产的若干措施" in names
    shenzhen = names["深圳"]
    assert shenzhen.span is not None
    assert TRADITIONAL[shenzhen.span[0] : shenzhen.span[1]] in ("深圳", "深圳市")
    guangdong = names["广东"]
    assert TRADITIONAL[guangdong.span[0] : guangdong.span[1]] == "廣東省"


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (b"\x80\xff\x81" * 40, "undecodable")],
)
def test_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_text(p)
    assert str(p) in str(err.value) and "\n" not in str(err.value)
    assert message in str(err.value)


def test_undecodable_bytes() -> None:
    with pytest.raises(ReadError):
        decode(b"\x80\xff\x81" * 50, "x.txt")


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as f:
        f.seek(2_000_000)
        f.write(b"x")
    with pytest.raises(ReadError, match="over the"):
        read_text(p, max_bytes=1_000_000)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_html(tmp_path: Path) -> None:
    page = (
        "<html><head><title>t</title><script>var a='甲市';</script><style>p{}</style></head>"
        "<body><nav>首页 导航</nav><header>页眉</header><p>乙市设立专项资金。</p>"
        "<table><tr><td>丙省</td><td>√</td></tr></table><footer>版权</footer></body></html>"
    )
    text = html_text(page)
    assert "乙市设立专项资金。" in text
    assert "丙省\t√" in text
    for hidden in ("甲市", "导航", "页眉", "版权"):
        assert hidden not in text


def test_html_with_only_scripts(tmp_path: Path) -> None:
    p = tmp_path / "scripts.html"
    p.write_text("<html><head><script>var x = 1;</script></head><body><script>go()</script></body></html>", encoding="utf-8")
    with pytest.raises(ReadError, match="scripts.html: HTML page has no visible text"):
        read_text(p)


def test_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("甲市对企业减免房租。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "乙省"
    table.rows[0].cells[1].text = "√"
    p = tmp_path / "a.docx"
    document.save(str(p))
    text = read_text(p)
    assert "甲市对企业减免房租。" in text and "乙省\t√" in text


def test_broken_docx_and_pdf(tmp_path: Path) -> None:
    for name in ("broken.docx", "broken.pdf"):
        p = tmp_path / name
        p.write_bytes(b"not really a container")
        with pytest.raises(ReadError, match=name):
            read_text(p)


SAMPLE = "杭州市设立专项资金，对符合条件的企业给予补助。\n各区县人民政府负责落实。\n"


@pytest.mark.parametrize("codec", ["utf-32", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "utf-8-sig"])
def test_encodings(tmp_path: Path, codec: str) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(SAMPLE.encode(codec))
    assert read_text(p) == SAMPLE


def test_truncated_and_mixed_lines_are_read_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "mixed.txt"
    utf8 = "第一行说明。\n第二行说明。\n".encode("utf-8")
    p.write_bytes(utf8 + "第三行说明。\n".encode("gbk") + "第四行".encode("utf-8")[:-1])
    with pytest.warns(UserWarning, match=r"mixed.txt: line 4: undecodable bytes replaced"):
        text = read_text(p)
    assert text.startswith("第一行说明。\n第二行说明。\n第三行说明。\n第四")
