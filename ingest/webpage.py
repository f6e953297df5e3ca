"""Saved web pages: the main content's text, its tables as rows, and the page's metadata.

Government portals wrap one notice in navigation, breadcrumbs, sidebars of
related links and a footer; their names would otherwise become facts.  The
body is found the way readability-style extractors do it: furniture named by
tag, class or id is dropped, then the container holding the most text directly
(text density), discounted by the share of it inside links (link density),
is the body.  Tables become the tab-separated row model of
:mod:`ingest.tables` (a spanned cell leaves blank cells to its right and
below), one line per row.  Lexbor (through selectolax) parses and measures
text natively; Python only visits containers and blocks.
"""

from __future__ import annotations

import re

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
#: removed when their tag or their class or id says they are not the body
_DROP_CSS = ",".join(_DROP_TAGS) + "," + ",".join(f"{t}[class],{t}[id]" for t in "div ul ol dl section table td tr center".split())
_SCAN_CSS = ",".join(sorted(_BLOCK | _CONTAINERS | {"a", "td"}))
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_DATE = re.compile(r"(?:发布|成文|印发)?(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_SOURCE = re.compile(r"(?:来源|发布机构|发文机关)\s*[:：]\s*([^\s|｜]{2,40})")


def read_page(markup: str) -> Document:
    """The main content and metadata of an HTML page."""
    tree = LexborHTMLParser(markup)
    title, date, publisher = _meta(tree)
    root = tree.body
    if root is None:
        return Document("", title, date, publisher)
    for node in reversed(root.css(_DROP_CSS)):  # inner ones first, so no removed node is touched
        attrs = node.attributes
        if node.tag in _DROP_TAGS or _FURNITURE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            node.decompose()
    if date is None or publisher is None:
        visible = root.text(deep=True)
        if date is None and (m := _DATE.search(visible)):
            date = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
        if publisher is None and (m := _SOURCE.search(visible)):
            publisher = m[1]
    scan = _Scan(root)
    main = _main(root, scan)
    lines: list[str] = []
    cur: list[str] = []
    _emit(main, lines, cur, scan.holding)
    _flush(lines, cur)
    return Document("\n".join(ln for ln in (_tidy(x) for x in lines) if ln), title, date, publisher)


def page_text(markup: str) -> str:
    """Only the main content's text of an HTML page."""
    return read_page(markup).text


def _meta(tree: LexborHTMLParser) -> tuple[str | None, str | None, str | None]:
    metas: dict[str, str] = {}
    for m in tree.css("meta"):
        a = m.attributes
        metas.setdefault((a.get("name") or a.get("property") or "").lower(), (a.get("content") or "").strip())

    def first(*keys: str) -> str | None:
        return next((metas[k] for k in keys if metas.get(k)), None)

    title = first("articletitle", "og:title", "dc.title", "title")
    if title is None:
        node = tree.css_first("h1") or tree.css_first("title")
        title = (_SPACE.sub(" ", node.text(deep=True)).strip() or None) if node is not None else None
    raw = first("pubdate", "publishdate", "article:published_time", "dc.date", "date", "firstpublishedtime")
    m = re.search(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", raw or "")
    date = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None
    return title, date, first("contentsource", "dc.publisher", "publisher", "author", "og:site_name")


class _Scan:
    """One pass over the page's elements: link text under each node, containers, and nodes holding blocks."""

    def __init__(self, root: LexborNode) -> None:
        self.links: dict[int, int] = {}
        self.holding: set[int] = set()
        self.containers: list[LexborNode] = []
        cells: list[LexborNode] = []
        layout = False
        for node in root.css(_SCAN_CSS):
            tag = node.tag
            if tag == "a":
                self._add_link(node)
            if tag in _BLOCK:
                self._add_block(node)
            if tag in _CONTAINERS:
                self.containers.append(node)
            elif tag == "td":
                cells.append(node)
            if tag == "table" and not layout:
                layout = _inside(node, "table")
        if layout:  # pages laid out with tables hold their body in a cell
            self.containers.extend(cells)

    def _add_link(self, link: LexborNode) -> None:
        size = _visible_length(link.text(deep=True))
        node = link
        while node is not None and size:
            self.links[node.mem_id] = self.links.get(node.mem_id, 0) + size
            node = node.parent

    def _add_block(self, block: LexborNode) -> None:
        node = block.parent
        while node is not None and node.mem_id not in self.holding:
            self.holding.add(node.mem_id)
            node = node.parent


def _inside(node: LexborNode, tag: str) -> bool:
    up = node.parent
    while up is not None:
        if up.tag == tag:
            return True
        up = up.parent
    return False


def _visible_length(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t\r\u3000\xa0")


def _main(root: LexborNode, scan: _Scan) -> LexborNode:
    """The container holding most text directly (not in links, not in nested containers).

    Every container's text and link text are measured natively once; what a
    container holds directly is its total less its nested containers'.  From
    the best one, climb while the parent adds text rather than links: a body
    split into sibling blocks (heading, text, table) is one body.
    """
    links = scan.links
    candidates = [root, *(n for n in scan.containers if n.mem_id != root.mem_id)]
    size = {n.mem_id: _visible_length(n.text(deep=True)) for n in candidates}
    own = dict(size)
    own_links = {k: links.get(k, 0) for k in size}
    for node in candidates[1:]:
        up = node.parent
        while up is not None and up.mem_id not in size:
            up = up.parent
        if up is not None:
            own[up.mem_id] -= size[node.mem_id]
            own_links[up.mem_id] -= links.get(node.mem_id, 0)

    def value(node: LexborNode) -> float:
        text, linked = own[node.mem_id], own_links[node.mem_id]
        return (text - linked) * (1 - linked / max(text, 1))

    best = max(candidates, key=value)
    while best.mem_id != root.mem_id and (parent := best.parent) is not None:
        while parent.mem_id not in size:
            parent = parent.parent
        extra = size[parent.mem_id] - size[best.mem_id]
        extra_links = links.get(parent.mem_id, 0) - links.get(best.mem_id, 0)
        if extra > 0 and extra_links > 0.3 * extra:
            break
        best = parent
    return best


def _emit(node: LexborNode, lines: list[str], cur: list[str], holding: set[int]) -> None:
    """Append the node's text to ``lines``; block elements start and end lines."""
    tag = node.tag
    if tag == "-text":
        cur.append(node.text_content or "")
    elif tag == "table" and _is_data_table(node):
        _flush(lines, cur)
        lines.extend(_table_rows(node, holding))
    elif tag in _BLOCK:
        _flush(lines, cur)
        if node.mem_id in holding:
            _emit_children(node, lines, cur, holding)
            _flush(lines, cur)
        else:  # inline content only: one line, read natively
            lines.append(node.text(deep=True))
    elif tag and tag[0] != "-":
        _emit_children(node, lines, cur, holding)


def _emit_children(node: LexborNode, lines: list[str], cur: list[str], holding: set[int]) -> None:
    for child in node.iter(include_text=True):
        _emit(child, lines, cur, holding)


def _flush(lines: list[str], cur: list[str]) -> None:
    if cur:
        lines.append("".join(cur))
        cur.clear()


def _tidy(line: str) -> str:
    if "\t" in line:
        return "\t".join(_SPACE.sub(" ", c).strip() for c in line.split("\t")).rstrip("\t")
    return _SPACE.sub(" ", line).strip()


def _is_data_table(table: LexborNode) -> bool:
    """A table of data, not one used to lay out the page: no nested tables and two columns or more."""
    if len(table.css("table")) > 1:  # the node itself matches
        return False
    return any(sum(1 for c in tr.iter() if c.tag in ("td", "th")) >= 2 for tr in table.css("tr"))


def _cell_text(cell: LexborNode, holding: set[int]) -> str:
    parts: list[str] = []
    cur: list[str] = []
    _emit_children(cell, parts, cur, holding)
    _flush(parts, cur)
    return " ".join(t for t in (_SPACE.sub(" ", p).strip() for p in parts) if t)


def _span(cell: LexborNode, attr: str) -> int:
    try:
        return max(1, min(int(cell.attributes.get(attr) or "1"), 1000))
    except ValueError:
        return 1


def _table_rows(table: LexborNode, holding: set[int]) -> list[str]:
    """Rows of cell texts with spans expanded: a spanned cell's text once, blank cells where it reaches."""
    grid: dict[tuple[int, int], str] = {}
    taken: set[tuple[int, int]] = set()
    width = 0
    rows = table.css("tr")
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.iter():
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in taken:
                c += 1
            cols, span_rows = _span(cell, "colspan"), min(_span(cell, "rowspan"), len(rows) - r)
            grid[(r, c)] = _cell_text(cell, holding).replace("\t", " ")
            for dr in range(span_rows):
                for dc in range(cols):
                    taken.add((r + dr, c + dc))
            c += cols
            width = max(width, c)
    out = []
    for r in range(len(rows)):
        cells = [grid.get((r, c), "") for c in range(width)]
        if any(cells):
            out.append("\t".join(cells))
    return out
