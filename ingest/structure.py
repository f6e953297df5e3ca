"""Document structure: headings, paragraphs, sentences and table rows, all as spans.

Works on the analysis view (same offsets as the original).  Lines broken in
the middle of a sentence (PDF and print layouts) are joined back into one
paragraph; very long sentences are cut at commas so that each unit stays a
clause-sized piece of evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from .tables import TableRow, parse_table, split_cells

HEADING = re.compile(
    r"^\s*(#{1,6}\s|第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:[.．](?!\d)|、))"
)
_END = "。!?;"
_CLOSE = "”’」』)】"
_TERMINAL = set(_END + _CLOSE + "：:…")
SENTENCE_MAX = 150
SHORT_LINE = 32
#: a document's first line is its title when it is at most this long and has no sentence punctuation
TITLE_MAX = 60
# page furniture under a title (作者/来源/发布时间...): never the rest of a sentence
META = re.compile(r"\s*(作者|来源|发布时间|发表时间|发布日期|时间|日期|编辑|责任编辑|浏览|字号|【字体)")
# a photo credit closing a caption line (某某供图, 记者某某摄): the line ends its paragraph
# 2月6日，…, 近日，…: a report's body opening with when it happened
_DATED = re.compile(r"\s*(\d{1,2}月\d{1,2}日|近日|日前|今年以来|连日来)[,，]")
CREDIT = re.compile(r"(供图|(?<!拍)摄影?)$")


@dataclass(frozen=True)
class Unit:
    """A heading, sentence or table row: span, paragraph number and table context."""

    start: int
    end: int
    kind: str
    para: int
    first: bool = False
    row: TableRow | None = None
    cells: tuple[tuple[int, int], ...] = ()
    columns: tuple[str, ...] = field(default=())


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def is_heading(line: str) -> bool:
    """Numbered article heads (一、（一）1.), markdown heads, and short lines without sentence punctuation.
    A numbered line of several clauses (1.对…的企业,免收…,减半…) is a list item left without its full stop."""
    s = line.strip()
    if not s:
        return False
    if (
        HEADING.match(s)
        and len(s) <= 60
        and not re.search(r"[。!?;]", s[:-1])
        and (len(s) <= 20 or s[-1] not in "。!?;")
        and s.count(",") < 2
        and not s.endswith(",")
    ):
        return True
    return len(s) <= SHORT_LINE and not any(c in s for c in "。!?;,")


_LEVELS = (
    (re.compile(r"\s*#+"), 0),
    (re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+[章部分篇]"), 1),
    (re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+[节]"), 2),
    (re.compile(r"\s*[一二三四五六七八九十]+[、.．]"), 3),
    (re.compile(r"\s*[(（][一二三四五六七八九十]+[)）]"), 4),
    (re.compile(r"\s*\d{1,2}(?:[.．](?!\d)|、)"), 5),  # 1.5 is a number, 1、2亿元 an item
    (re.compile(r"\s*[(（]\d+[)）]"), 6),
)


# the characters a pattern of _LEVELS can start with after spaces, besides a digit (keep the two in step):
# most lines start with none, and skip the patterns
_LEVEL_FIRST = "#第一二三四五六七八九十(（"


def heading_level(line: str) -> int | None:
    """Depth of a numbered or markdown heading (一、 above （一） above 1.), None for an unnumbered one."""
    first = line.lstrip()[:1]
    if not first or first not in _LEVEL_FIRST and not first.isdecimal():
        return None
    for pattern, level in _LEVELS:
        m = pattern.match(line)
        if m:
            return level + len(m.group(0).strip()) if level == 0 else level
    return None


def _is_title(line: str, set_off: bool = False) -> bool:
    """A first line short enough to be a title, with no sentence punctuation and no list commas; with
    ``set_off`` (a blank line follows it) a headline's commas (某区出台措施,减免租金为企业减负) are allowed."""
    s = line.strip()
    return len(s) <= TITLE_MAX and not re.search(r"[。!?;:]" if set_off else r"[。!?;,:]", s)


def segment(text: str) -> list[Unit]:
    """Units of the text in order: headings, sentences (clauses when long) and table rows."""
    lines = _lines(text)
    cells = [split_cells(text[s:e]) for s, e in lines]
    units: list[Unit] = []
    para = 0
    i = 0
    titled = False
    while i < len(lines):
        s, e = lines[i]
        if not text[s:e].strip():
            i += 1
            continue
        if cells[i] is not None:
            j = i
            block: list[int] = []
            while j < len(lines):
                if cells[j] is None and "\t" in text[lines[j][0] : lines[j][1]]:
                    cells[j] = split_cells(text[lines[j][0] : lines[j][1]], in_table=True)
                if cells[j] is not None:
                    block.append(j)
                elif text[lines[j][0] : lines[j][1]].strip():
                    break
                j += 1
            units.extend(_table_units(text, lines, cells, block, para))
            para += 1
            i = j
            continue
        # a blank line after the first line, or a body opening with its date (标题\n2月6日，某局…), sets a headline off
        set_off = i + 1 < len(lines) and (not text[lines[i + 1][0] : lines[i + 1][1]].strip() or _DATED.match(text, lines[i + 1][0]) is not None)
        if is_heading(text[s:e]) or not titled and _is_title(text[s:e], set_off):
            titled = True
            units.append(Unit(*_strip(text, s, e), "heading", para, True))
            para += 1
            i += 1
            continue
        titled = True
        # a paragraph, joined over lines broken mid-sentence
        end_line = i
        while True:
            ls, le = lines[end_line]
            body = text[ls:le].rstrip()
            nxt = end_line + 1
            while nxt < len(lines) and not text[lines[nxt][0] : lines[nxt][1]].strip():
                nxt += 1
            if (
                body
                and body[-1] not in _TERMINAL
                and len(body.strip()) >= 20
                and nxt < len(lines)
                and cells[nxt] is None
                and not is_heading(text[lines[nxt][0] : lines[nxt][1]])
                and not META.match(body)
                and not CREDIT.search(body)
                and not META.match(text, lines[nxt][0])
                and not (nxt > end_line + 1 and _ROSTER.fullmatch(body.strip()))
            ):
                end_line = nxt
                continue
            break
        for ps, pe in _inline_items(text, s, lines[end_line][1]):
            if is_heading(text[ps:pe]) and text[ps:pe].rstrip()[-1] not in _END:  # 四、某费减收3个月。 inline is an item's sentence
                units.append(Unit(*_strip(text, ps, pe), "heading", para, True))
            else:
                units.extend(_sentences(text, ps, pe, para))
            para += 1
        i = end_line + 1
    return _bodiless_items(text, units)


# a line listing names only (甲市、乙市,丙县、丁区): a roster, which a blank line closes
_ROSTER = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[、,，][\u4e00-\u9fff]{2,8}){3,}")


# a numbered item written on inside a paragraph, after a sentence's end or a space (…执行。 2.加快…, 一、优化服务
# (一)设立…): a notice laid out as one line, or one line per article, still has its items
_INLINE_ITEM = re.compile(
    r"(?:(?<=[。!?;)])|\s+)(?=[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}(?:[.．](?!\d)|、))"
)


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a paragraph's items: each numbered item written inside it opens a paragraph of its own, as
    it would on a line of its own."""
    cuts = [m.end() for m in _INLINE_ITEM.finditer(text, start, end) if m.end() > start]
    bounds = [start, *sorted(set(cuts)), end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _bodiless_items(text: str, units: list[Unit]) -> list[Unit]:
    """A short numbered line closed by a full stop with nothing under it (一、对小微企业免收房租。 then
    二、…) is an item of a list, a sentence, not the heading of a section; so is one without the stop in a run
    of such lines (1、租金减免 2、税捐缓缴 under a place's name), unless it names a document (关于…的通知)."""
    out = list(units)
    levels = [_bodiless_level(text, units, n) for n in range(len(units))]
    for n, u in enumerate(units):
        level = levels[n]
        if level is None:
            continue
        if text[u.start : u.end].rstrip().endswith("。"):
            out[n] = replace(u, kind="sentence")
        elif not _TITLE_ITEM.search(text, u.start, u.end) and level in (levels[n - 1] if n else None, levels[n + 1] if n + 1 < len(units) else None):
            out[n] = replace(u, kind="sentence")
    return out


# 1.国务院办公厅关于…的通知, 《某某办法》: a list of documents, their titles no items of measures
_TITLE_ITEM = re.compile(r"关于.{2,60}(通知|意见|公告|办法|决定|方案)|《")


def _bodiless_level(text: str, units: list[Unit], n: int) -> int | None:
    """The level of numbered heading ``n`` when nothing stands under it (the next unit is a heading of its level
    or above, an unnumbered heading, or none), else None."""
    u = units[n]
    level = heading_level(text[u.start : u.end]) if u.kind == "heading" else None
    if level is None:
        return None
    nxt = units[n + 1] if n + 1 < len(units) else None
    if nxt is None:
        return level
    after = heading_level(text[nxt.start : nxt.end]) if nxt.first else None
    if after is not None:
        return level if after <= level else None
    # an unnumbered heading next (a place's name opening the next group) ends a run of lines left without a stop,
    # and stands under no item closed by a full stop (a notice's last article, then its signature: 某市人民政府)
    return level if nxt.kind == "heading" else None


def section_heads(text: str, units: list[Unit]) -> list[tuple[int, str]]:
    """(start, text) of the headings in order, all but an unnumbered first line (the title): what a measure's section is."""
    return [
        (u.start, text[u.start : u.end].strip())
        for n, u in enumerate(units)
        if u.kind == "heading" and (n or heading_level(text[u.start : u.end]) is not None)
    ]


def section_at(heads: list[tuple[int, str]], pos: int) -> str | None:
    """The heading the text at ``pos`` stands under, None before the first."""
    i = bisect.bisect_right(heads, pos, key=lambda h: h[0]) - 1
    return heads[i][1] if i >= 0 else None


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_SPLIT = re.compile(rf"[{_END}]+[{_CLOSE}]?")


def _sentences(text: str, start: int, end: int, para: int) -> list[Unit]:
    out: list[Unit] = []
    pos = start
    pieces = []
    for m in _SPLIT.finditer(text, start, end):
        pieces.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        pieces.append((pos, end))
    for s, e in pieces:
        s, e = _strip(text, s, e)
        if e <= s:
            continue
        for cs, ce in _clauses(text, s, e):
            out.append(Unit(cs, ce, "sentence", para, not out))
    return out


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a long sentence at commas into pieces of at most about SENTENCE_MAX characters."""
    if e - s <= SENTENCE_MAX:
        return [(s, e)]
    out, pos = [], s
    for m in re.finditer(r",", text[s:e]):
        cut = s + m.end()
        if cut - pos >= SENTENCE_MAX // 2 and e - cut >= 20:
            out.append((pos, cut))
            pos = cut
    out.append((pos, e))
    return out


def _table_units(text: str, lines: list[tuple[int, int]], cells: list, block: list[int], para: int) -> list[Unit]:
    rows = [[text[lines[k][0] + a : lines[k][0] + b] for a, b in cells[k]] for k in block]
    table = parse_table(rows)
    out = []
    for row in table.rows:
        k = block[row.line]
        ls = lines[k][0]
        spans = tuple((ls + a, ls + b) for a, b in cells[k])
        s, e = _strip(text, *lines[k])
        out.append(Unit(s, e, "row", para, not out, row, spans, tuple(table.columns)))
    return out
