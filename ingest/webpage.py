"""Saved web pages: the main content's text, its tables as rows, and the page's metadata.

Government portals wrap one notice in navigation, breadcrumbs, sidebars of
related links and a footer; their names would otherwise become facts.  The
body is found the way readability-style extractors do it: furniture named by
tag, class or id is dropped, then the container holding the most text directly
(text density), discounted by the share of it inside links (link density),
is the body.  Tables become the tab-separated row model of
:mod:`ingest.tables` (a spanned cell leaves blank cells to its right and
below), one line per row.

Lexbor (through selectolax) parses and reads text natively, and it reads the
page's text once: Python walks the elements once and puts markers into the
tree where blocks, candidate containers and data tables begin and end, so that
one read of the body gives each container's text length, the text searched
for the date and publisher, and the lines of the main content.  A marker is a
NUL, which the HTML parser never leaves in text, followed by a code.

Where the time goes on a 2 MB portal page (bench/bench_read.py, CPU): the
parse and the walk with its markers nearly a third each, the one read of
the text, the tables' rows and the tidying of lines a tenth each, the rest
the containers' lengths and the search for date and publisher.  The walk
is mostly Lexbor handing Python each element; what Python does per element
is a tag lookup, and for a block two markers.
"""

from __future__ import annotations

import re
from itertools import repeat

from selectolax.lexbor import LexborHTMLParser, LexborNode
from .source import Document

#: removed with their content before anything is scored
_DROP_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "nav", "header", "footer", "aside", "head", "object", "canvas"])
#: class or id words of page furniture
_FURNITURE = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|head|sidebar|side|aside|share|related|links?|copyright|banner|toolbar|position|location|weizhi|dqwz|bottom|top|r-list|l-list)($|[\s_\d-])",
    re.I,
)
_BLOCK = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 section article main ul ol dl dt dd blockquote pre table caption center hr".split()
)
_CONTAINERS = frozenset("div article section main center".split())
#: removed when their class or id says they are not the body
_NAMED = frozenset("div ul ol dl section table td tr center".split())
_DROPPABLE = _DROP_TAGS | _NAMED
#: what the main-content scan looks at: links, containers, cells, and tables (to find those laying out the page)
_NOTED = _CONTAINERS | {"a", "td", "table"}
_SCANNED = _BLOCK | _NOTED
#: blocks that are never furniture and never noted (p, li, h1 ...)
_PLAIN = _BLOCK - _NOTED - _DROPPABLE
#: every element looked at, found in one walk of the page
_FOUND = _SCANNED | _DROPPABLE | {"meta"}


def _tag_ids() -> dict[int, str]:
    """Lexbor's numbers of the tags in _FOUND and of th (fixed for the tags of HTML): comparing numbers spares a string per element."""
    outside = {"head", "meta", "style", "script", "noscript", "template", "td", "tr", "caption", "table"}
    page = (
        "<html><head><meta><style></style><script></script><noscript></noscript><template></template></head><body>"
        + "".join(f"<{t}></{t}>" for t in sorted(_FOUND - outside))
        + "<table><caption></caption><tr><td></td><th></th></tr></table></body></html>"
    )
    return {n.tag_id: n.tag for n in LexborHTMLParser(page).root.traverse() if n.tag in _FOUND or n.tag == "th"}


_TAG_IDS = _tag_ids()
#: tag number -> name of every element looked at
_FOUND_IDS = {k: tag for k, tag in _TAG_IDS.items() if tag in _FOUND}
_CELL_IDS = frozenset(k for k, tag in _TAG_IDS.items() if tag in ("td", "th"))
_TABLE_ID = next(k for k, tag in _TAG_IDS.items() if tag == "table")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
#: what _SPACE collapses but tabs (which part a row's cells) and the space itself
_COLLAPSED = "\r\n\f\v\u00a0"
_SPACES = re.compile(" {2,}")
#: what str.strip() takes away, but tabs
_WHITE = "\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_DATE = re.compile(r"(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_SOURCE = re.compile(r"(?:来源|发布机构|发文机关)\s*[:：]\s*([^\s|｜]{2,40})")
#: the words the patterns above begin with
_DATE_WORDS, _SOURCE_WORDS = ("日期", "时间"), ("来源", "发布机构", "发文机关")

# Markers.  Their codes are white space that str.strip() takes away but that
# neither _visible_length nor the tidying of lines collapses: a marker is two
# characters to leave out, and splitting lines at NUL leaves each code at the
# start of a line, where it is stripped with the line.
_NUL = "\0"
_BLOCK_MARK = "\0\x1c"  # a block begins or ends
_BLOCK_BYTES = _BLOCK_MARK.encode()  # as inserted: spares an encoding per block
_OPEN, _CLOSE = "\0\x1d", "\0\x1e"  # a candidate container that is a block
_OPEN_CELL, _CLOSE_CELL = "\0\x1f", "\0\x85"  # a candidate cell of a page laid out with tables: inline
_TABLE, _END_TABLE = "\0\u2028", "\0\u2029"  # a data table, whose rows take its place in the main content
_BOUNDS = re.compile("|".join((_OPEN, _CLOSE, _OPEN_CELL, _CLOSE_CELL, _TABLE, _END_TABLE)))
_MARKS = re.compile("\0.", re.S)
#: white space that _SPACE leaves as it is, markers' codes aside
_ODD_SPACE = re.compile(r"(?<!\0)[^\S \t\r\n\f\v\u00a0]")


def read_page(markup: str) -> Document:
    """The main content and metadata of an HTML page."""
    tree = LexborHTMLParser(markup)
    root = tree.body
    if tree.root is None:
        return Document("", *_meta(tree, []))
    walk = _Walk(tree.root, root)
    title, date, publisher = _meta(tree, walk.metas)
    if root is None:
        return Document("", title, date, publisher)
    held = _holding_furniture(walk.furniture)
    for node in walk.furniture:
        node.decompose()
    scan = _Scan(walk, root, held)
    text = root.text(deep=True)
    regions = _Regions(text, scan)
    if date is None or publisher is None:
        visible = _MARKS.sub("", text.replace(_BLOCK_MARK, ""))
        if date is None and (m := _search(_DATE, _DATE_WORDS, visible)):
            date = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
        if publisher is None and (m := _search(_SOURCE, _SOURCE_WORDS, visible)):
            publisher = m[1]
    return Document(_tidy(regions.main_text(text, scan)), title, date, publisher)


def _search(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """The first match of a pattern beginning with one of ``words``: the words are found by str.find, much faster than the pattern's own scan."""
    at = {w: text.find(w) for w in words}
    while (found := [i for i in at.values() if i >= 0]):
        start = min(found)
        if m := pattern.match(text, start):
            return m
        at = {w: text.find(w, start + 1) if i == start else i for w, i in at.items()}
    return None


class _Walk:
    """One walk of the page, in document order: its meta elements, the noted elements inside ``root`` and outside furniture (with their tags), the outermost furniture, each table's rows, and the tables laying out the page (with a table inside).

    Blocks outside furniture are marked on the way, but tables and their
    rows, which are marked once the table is known to hold data (its rows
    then take its place) or not.  A plain block is never furniture, so its
    markers go in at once: if it lies in furniture they go with it.  Rows and
    cells not named as furniture lie where their table lies: they are sorted
    out afterwards, cells only on pages laid out with tables, the only ones
    that look at them.  Filtering tags in Python beats a long selector list.
    """

    def __init__(self, top: LexborNode, root: LexborNode | None) -> None:
        self.metas: list[LexborNode] = []
        self.kept: list[tuple[LexborNode, str]] = []
        self.furniture: list[LexborNode] = []
        self.inside: dict[int, bool] = {root.mem_id: True} if root is not None else {}  # inside root, outside furniture
        kept, inside = self.kept, self.inside
        trs: list[LexborNode] = []
        cells: list[tuple[int, LexborNode]] = []  # with the number of noted elements before each
        names = _FOUND_IDS
        for node in top.traverse():
            if (tag := names.get(node.tag_id)) is None:
                continue
            if tag in _PLAIN:
                node.insert_before(_BLOCK_BYTES)
                node.insert_after(_BLOCK_BYTES)
                continue
            if tag == "meta":
                self.metas.append(node)
                continue
            if (tag == "td" or tag == "tr") and not _named_furniture(node):
                if tag == "td":
                    cells.append((len(kept), node))
                else:
                    trs.append(node)
                continue
            ok = self._inside(node)
            if ok and tag in _DROPPABLE and _is_furniture(node, tag):
                self.furniture.append(node)
                ok = False
            inside[node.mem_id] = ok
            if ok:
                if tag in _NOTED:
                    kept.append((node, tag))
                if tag in _CONTAINERS:
                    node.insert_before(_OPEN)
                    node.insert_after(_CLOSE)
                elif tag in _BLOCK and tag != "table" and tag != "tr":
                    node.insert_before(_BLOCK_BYTES)
                    node.insert_after(_BLOCK_BYTES)
        #: table -> its rows outside furniture, in order
        self.rows: dict[int, list[LexborNode]] = {}
        for tr in trs:
            if (table := _table_above(tr)) is not None:
                self.rows.setdefault(table.mem_id, []).append(tr)
        self.layout = {outer.mem_id for node, tag in kept if tag == "table" and (outer := _table_above(node)) is not None}
        if self.layout and cells:
            self.kept = self._with_cells(cells)

    def _inside(self, node: LexborNode) -> bool:
        """Whether the node lies inside root and outside furniture, from the nearest element above it already looked at."""
        inside = self.inside
        up = node.parent
        ok = inside.get(up.mem_id) if up is not None else False
        if ok is None:  # elements in between were not looked at: climb to one that was
            chain = []
            while up is not None and (key := up.mem_id) not in inside:
                chain.append(key)
                up = up.parent
            ok = up is not None and inside[up.mem_id]
            inside.update(dict.fromkeys(chain, ok))
        return ok

    def _with_cells(self, cells: list[tuple[int, LexborNode]]) -> list[tuple[LexborNode, str]]:
        """The noted elements with the cells outside furniture put in their places."""
        out: list[tuple[LexborNode, str]] = []
        done = 0
        for before, cell in cells:
            out += self.kept[done:before]
            done = before
            if self._inside(cell):
                out.append((cell, "td"))
        return out + self.kept[done:]


def _named_furniture(node: LexborNode) -> bool:
    attrs = node.attributes
    return bool(attrs) and _FURNITURE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") is not None


def _is_furniture(node: LexborNode, tag: str) -> bool:
    return tag in _DROP_TAGS or _named_furniture(node)


def _holding_furniture(furniture: list[LexborNode]) -> set[int]:
    """The nodes above furniture that holds blocks.

    In a cell read line by line (see :func:`_lines`) such a node is still
    read as holding blocks, as if the furniture had never been there.
    """
    held: set[int] = set()
    for node in furniture:
        if _NUL in node.text(deep=True):
            up = node.parent
            while up is not None and (key := up.mem_id) not in held:
                held.add(key)
                up = up.parent
    return held


def page_text(markup: str) -> str:
    """Only the main content's text of an HTML page."""
    return read_page(markup).text


def _meta(tree: LexborHTMLParser, found: list[LexborNode]) -> tuple[str | None, str | None, str | None]:
    metas: dict[str, str] = {}
    for m in found:
        a = m.attributes
        metas.setdefault((a.get("name") or a.get("property") or "").lower(), (a.get("content") or "").strip())

    def first(*keys: str) -> str | None:
        return next((metas[k] for k in keys if metas.get(k)), None)

    title = first("articletitle", "og:title", "dc.title", "title")
    if title is None:
        node = tree.css_first("h1") or tree.css_first("title")
        title = (_SPACE.sub(" ", _MARKS.sub("", node.text(deep=True))).strip() or None) if node is not None else None
    raw = first("pubdate", "publishdate", "article:published_time", "dc.date", "date", "firstpublishedtime")
    m = re.search(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", raw or "")
    date = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None
    return title, date, first("contentsource", "dc.publisher", "publisher", "author", "og:site_name")


class _Scan:
    """One pass over the noted elements (with their tags): link text under each node, the candidate containers, the data tables and their rows.

    Pages laid out with tables (a table inside a table) hold their body in a
    cell: cells are candidates too.  Candidates and data tables are marked.
    """

    def __init__(self, walk: _Walk, root: LexborNode, held: set[int]) -> None:
        self.root_id = root.mem_id
        self.links: dict[int, int] = {}
        nodes, layout, rows = walk.kept, walk.layout, walk.rows
        for node, tag in nodes:
            if tag == "a":
                self._add_link(node)
        #: in the order the main-content scan weighs them, and in document order
        self.containers = [n for n, tag in nodes if tag in _CONTAINERS]
        self.in_order = self.containers
        if layout:
            cells = [n for n, tag in nodes if tag == "td"]
            for cell in cells:
                cell.insert_before(_OPEN_CELL)
                cell.insert_after(_CLOSE_CELL)
            self.containers = self.containers + cells
            self.in_order = [n for n, tag in nodes if tag in _CONTAINERS or tag == "td"]
        self.layout = bool(layout)
        #: the rows of each data table, in document order
        self.rows: list[list[str]] = []
        for table in (n for n, tag in nodes if tag == "table"):
            if (key := table.mem_id) not in layout and (lines := _rows(rows.get(key, []), held)) is not None:
                table.insert_before(_TABLE)
                table.insert_after(_END_TABLE)
                self.rows.append(lines)
            else:
                for node in (table, *rows.get(key, ())):
                    node.insert_before(_BLOCK_BYTES)
                    node.insert_after(_BLOCK_BYTES)

    def _add_link(self, link: LexborNode) -> None:
        size = _visible_length(link.text(deep=True))
        node = link
        while node is not None and size:
            self.links[node.mem_id] = self.links.get(node.mem_id, 0) + size
            node = node.parent


def _table_above(node: LexborNode) -> LexborNode | None:
    """The nearest table above ``node``."""
    up = node.parent
    while up is not None:
        if up.tag_id == _TABLE_ID:
            return up
        up = up.parent
    return None


def _visible_length(text: str) -> int:
    """Characters other than white space, markers left out."""
    return len(text) - sum(text.count(c) for c in " \n\t\r\u3000\xa0") - 2 * text.count(_NUL)


class _Regions:
    """Where each candidate container and data table lies in the body's ``text``, and the main content among the containers.

    The main content is the container holding most text directly (not in
    links, not in nested containers).  From the best container, climb while
    the parent adds text rather than links: a body split into sibling blocks
    (heading, text, table) is one body.
    """

    def __init__(self, text: str, scan: _Scan) -> None:
        count = len(scan.in_order) + 1  # 0 is the body
        own = [0] * count  # visible length outside nested candidates
        size = [0] * count
        self.parent = [0] * count
        self.span = [(0, len(text))] * count
        self.tables: list[tuple[int, int]] = []
        stack = [0]
        opened = 0
        at = table = 0
        for m in _BOUNDS.finditer(text):
            start, end = m.span()
            mark = m[0]
            if mark == _TABLE:
                table = start
                continue
            if mark == _END_TABLE:
                self.tables.append((table, end))
                continue
            own[stack[-1]] += _visible_length(text[at:start])
            at = end
            if mark == _OPEN or mark == _OPEN_CELL:
                opened += 1
                self.parent[opened] = stack[-1]
                self.span[opened] = (end, 0)
                stack.append(opened)
            else:
                i = stack.pop()
                self.span[i] = (self.span[i][0], start)
                size[i] += own[i]
                size[stack[-1]] += size[i]
        own[0] += _visible_length(text[at:])
        size[0] += own[0]
        self.main = self._best(scan, own, size)

    def _best(self, scan: _Scan, own: list[int], size: list[int]) -> int:
        """The main content's number among the candidates (0 for the body)."""
        ids = [scan.root_id, *(n.mem_id for n in scan.in_order)]
        index = {key: i for i, key in enumerate(ids)}
        linked = [scan.links.get(key, 0) for key in ids]  # visible length in links
        own_links = linked[:]
        for i in range(1, len(own)):
            own_links[self.parent[i]] -= linked[i]

        def value(i: int) -> float:
            text, in_links = own[i], own_links[i]
            return (text - in_links) * (1 - in_links / max(text, 1))

        best = max([0, *(index[n.mem_id] for n in scan.containers)], key=value)
        while best != 0:
            up = self.parent[best]
            extra = size[up] - size[best]
            extra_links = linked[up] - linked[best]
            if extra > 0 and extra_links > 0.3 * extra:
                break
            best = up
        return best

    def main_text(self, text: str, scan: _Scan) -> str:
        """The main content's text, data tables as their rows."""
        start, end = self.span[self.main]
        parts = []
        for (first, last), rows in zip(self.tables, scan.rows):
            if start <= first and last <= end:
                parts += [text[start:first], _BLOCK_MARK, _BLOCK_MARK.join(rows), _BLOCK_MARK]
                start = last
        parts.append(text[start:end])
        out = "".join(parts)
        if scan.layout:
            out = out.replace(_OPEN_CELL, "").replace(_CLOSE_CELL, "")
        return out


def _rows(rows: list[LexborNode], held: set[int]) -> list[str] | None:
    """Rows of cell texts with spans expanded: a spanned cell's text once, blank cells where it reaches.

    None for a table of one column: it lays out text rather than holding data.
    """
    grid: list[dict[int, str]] = []
    reach: dict[int, set[int]] = {}  # row -> columns that cells spanning from rows above reach
    width = most = 0
    count = len(rows)
    for r, tr in enumerate(rows):
        cells: dict[int, str] = {}
        reached = reach.pop(r, None)
        c = 0
        for cell in tr.iter():
            if cell.tag_id not in _CELL_IDS:
                continue
            if reached:
                while c in reached:
                    c += 1
            cells[c] = _cell(cell, held)
            attrs = cell.attributes
            if attrs and ("colspan" in attrs or "rowspan" in attrs):
                cols = _span(attrs.get("colspan"))
                for below in range(r + 1, r + min(_span(attrs.get("rowspan")), count - r)):
                    reach.setdefault(below, set()).update(range(c, c + cols))
                c += cols
            else:
                c += 1
        if c > width:
            width = c
        if len(cells) > most:
            most = len(cells)
        grid.append(cells)
    if most < 2:
        return None
    out = []
    for cells in grid:
        # columns are filled left to right: a full row's cells are in order
        row = list(cells.values()) if len(cells) == width else [cells.get(c, "") for c in range(width)]
        if any(row):
            out.append("\t".join(row))
    return out


def _cell(cell: LexborNode, held: set[int]) -> str:
    """A cell's text on one line: blocks inside it part words with a space."""
    text = cell.text(deep=True)
    if _NUL not in text:  # inline content only: tidied with its row
        return text.replace("\t", " ")
    if _ODD_SPACE.search(text) is None:  # all white space collapses: markers' codes and what _SPACE takes
        return " ".join(text.replace(_NUL, " ").split())
    # white space outside the collapsed kinds counts where it stands, which the markers alone do not tell
    lines: list[str] = []
    cur: list[str] = []
    _lines(cell, lines, cur, held)
    _flush(lines, cur)
    return _SPACE.sub(" ", "\n".join(lines)).strip()


def _lines(node: LexborNode, lines: list[str], cur: list[str], held: set[int]) -> None:
    """The lines of a node's children: a block holding none is one line as it is, white space opening a line is dropped."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            text = child.text_content or ""
            if text[:1] != _NUL and (cur or not text.isspace() or "\t" in text):
                cur.append(text)
        elif tag in _BLOCK:
            _flush(lines, cur)
            if _NUL in (text := child.text(deep=True)) or child.mem_id in held:
                _lines(child, lines, cur, held)
                _flush(lines, cur)
            else:
                lines.append(text)
        elif tag and tag[0] != "-":
            _lines(child, lines, cur, held)


def _flush(lines: list[str], cur: list[str]) -> None:
    """End the line being gathered; one of white space only is left out."""
    if cur:
        line = "".join(cur)
        if not line.isspace():
            lines.append(line)
        cur.clear()


def _tidy(text: str) -> str:
    """The lines with white space collapsed and trimmed (cell by cell in rows), empty ones left out."""
    for c in _COLLAPSED:  # one pass of C per kind beats a character class
        if c in text:
            text = text.replace(c, " ")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if "\t" not in text:
        return "\n".join(filter(None, map(str.strip, text.split(_NUL), repeat(_WHITE))))
    # a cell's white space goes, and so do empty cells ending a row
    text = "\t".join(map(str.strip, text.split("\t"), repeat(_WHITE)))
    return "\n".join(filter(None, map(str.rstrip, map(str.strip, text.split(_NUL), repeat(_WHITE)), repeat("\t"))))


def _span(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, min(int(value or "1"), 1000))
    except ValueError:
        return 1
