"""Saved web pages: the main content's text, its tables as rows, and the page's metadata.

Government portals wrap one notice in navigation, breadcrumbs, sidebars of
related links and a footer; their names would otherwise become facts.  The
body is found the way readability-style extractors do it: furniture named by
tag, class or id is dropped, then the container holding the most text directly
(text density), discounted by the share of it inside links (link density),
is the body.  Tables become the tab-separated row model of
:mod:`ingest.tables` (a spanned cell leaves blank cells to its right and
below), one line per row.  Lexbor (through selectolax) parses and reads
text natively; Python walks the elements once, reads each piece of text
once and tidies all lines in one pass.

Where the time goes on a 2 MB portal page (bench/bench_read.py, CPU): the
parse about a quarter, the walk and the sorting out of furniture another
quarter, writing the lines (tables included) a quarter, the body's text for
its length and the header's date a tenth, tidying the rest.  What is left
is about one Python step per element; fewer would need Lexbor itself to
know about block elements.
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
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_SPACE_IN_ROW = re.compile(r"[ \r\n\f\v\u00a0]+")  # tabs part a row's cells
_DATE = re.compile(r"(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_SOURCE = re.compile(r"(?:来源|发布机构|发文机关)\s*[:：]\s*([^\s|｜]{2,40})")


def read_page(markup: str) -> Document:
    """The main content and metadata of an HTML page."""
    tree = LexborHTMLParser(markup)
    root = tree.body
    # one walk, in document order; filtering tags in Python beats a long selector list
    found = [(n, tag) for n in tree.root.traverse() if (tag := n.tag) in _FOUND] if tree.root is not None else []
    title, date, publisher = _meta(tree, [n for n, tag in found if tag == "meta"])
    if root is None:
        return Document("", title, date, publisher)
    kept, furniture, holding = _sort(found, root)
    for node in furniture:
        node.decompose()
    visible = None
    if date is None or publisher is None:
        visible = root.text(deep=True)
        if date is None and (m := _DATE.search(visible)):
            date = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
        if publisher is None and (m := _SOURCE.search(visible)):
            publisher = m[1]
    scan = _Scan(kept)
    main = _main(root, scan, visible)
    writer = _Writer(holding, scan.layout)
    writer.node(main)
    writer.flush()
    return Document(_tidy(writer.lines), title, date, publisher)


def _is_furniture(node: LexborNode, tag: str) -> bool:
    if tag in _DROP_TAGS:
        return True
    attrs = node.attributes
    return bool(attrs) and _FURNITURE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") is not None


def _sort(found: list[tuple[LexborNode, str]], root: LexborNode) -> tuple[list[tuple[LexborNode, str]], list[LexborNode], set[int]]:
    """Of the elements ``found`` in ``root`` (with their tags): the noted ones outside furniture, the outermost furniture, and the nodes holding kept blocks."""
    inside: dict[int, bool] = {root.mem_id: True}  # whether a node lies inside root and outside furniture
    kept: list[tuple[LexborNode, str]] = []
    furniture: list[LexborNode] = []
    holding: set[int] = set()
    for node, tag in found:
        up = parent = node.parent
        if tag in _PLAIN:  # never furniture nor noted: only its parents learn that they hold a block
            while parent is not None and (key := parent.mem_id) not in holding:
                holding.add(key)
                parent = parent.parent
            continue
        ok = inside.get(up.mem_id) if up is not None else False
        if ok is None:  # elements in between were not found: climb to one that was
            chain = []
            while up is not None and (key := up.mem_id) not in inside:
                chain.append(key)
                up = up.parent
            ok = up is not None and inside[up.mem_id]
            inside.update(dict.fromkeys(chain, ok))
        if ok and tag in _DROPPABLE and _is_furniture(node, tag):
            furniture.append(node)
            ok = False
        inside[node.mem_id] = ok
        if ok and tag in _SCANNED:
            if tag in _NOTED:
                kept.append((node, tag))
            if tag in _BLOCK:
                while parent is not None and (key := parent.mem_id) not in holding:
                    holding.add(key)
                    parent = parent.parent
    return kept, furniture, holding


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
        title = (_SPACE.sub(" ", node.text(deep=True)).strip() or None) if node is not None else None
    raw = first("pubdate", "publishdate", "article:published_time", "dc.date", "date", "firstpublishedtime")
    m = re.search(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", raw or "")
    date = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None
    return title, date, first("contentsource", "dc.publisher", "publisher", "author", "og:site_name")


class _Scan:
    """One pass over the noted elements (with their tags): link text under each node, the containers, and the tables with tables inside."""

    def __init__(self, nodes: list[tuple[LexborNode, str]]) -> None:
        self.links: dict[int, int] = {}
        self.containers: list[LexborNode] = []
        self.layout: set[int] = set()
        cells: list[LexborNode] = []
        for node, tag in nodes:
            if tag == "a":
                self._add_link(node)
            if tag in _CONTAINERS:
                self.containers.append(node)
            elif tag == "td":
                cells.append(node)
            elif tag == "table" and (outer := _enclosing(node, "table")) is not None:
                self.layout.add(outer.mem_id)
        if self.layout:  # pages laid out with tables hold their body in a cell
            self.containers.extend(cells)
        self.nesting: set[int] = set()  # nodes with a container below them
        for container in self.containers:
            node = container.parent
            while node is not None and node.mem_id not in self.nesting:
                self.nesting.add(node.mem_id)
                node = node.parent

    def _add_link(self, link: LexborNode) -> None:
        size = _visible_length(link.text(deep=True))
        node = link
        while node is not None and size:
            self.links[node.mem_id] = self.links.get(node.mem_id, 0) + size
            node = node.parent


def _enclosing(node: LexborNode, tag: str) -> LexborNode | None:
    """The nearest element above ``node`` with this tag."""
    up = node.parent
    while up is not None:
        if up.tag == tag:
            return up
        up = up.parent
    return None


def _visible_length(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t\r\u3000\xa0")


def _main(root: LexborNode, scan: _Scan, visible: str | None) -> LexborNode:
    """The container holding most text directly (not in links, not in nested containers).

    Every piece of text is measured once (see :func:`_resolve`), given the
    body's ``visible`` text when it was read already.  From the best
    container, climb while the parent adds text rather than links: a body
    split into sibling blocks (heading, text, table) is one body.
    """
    links = scan.links
    candidates = [root, *(n for n in scan.containers if n.mem_id != root.mem_id)]
    by_id = {n.mem_id: n for n in candidates}
    inner: dict[int, list[LexborNode]] = {k: [] for k in by_id}
    outer: dict[int, int] = {}
    for node in candidates[1:]:
        up = node.parent
        while up.mem_id not in inner:  # every candidate lies inside root
            up = up.parent
        inner[up.mem_id].append(node)
        outer[node.mem_id] = up.mem_id
    size: dict[int, int] = {}
    own: dict[int, int] = {}
    _resolve(root, None if visible is None else _visible_length(visible), inner, scan.nesting, size, own)
    own_links = {k: links.get(k, 0) for k in inner}
    for key, up in outer.items():
        own_links[up] -= links.get(key, 0)

    def value(node: LexborNode) -> float:
        text, linked = own[node.mem_id], own_links[node.mem_id]
        return (text - linked) * (1 - linked / max(text, 1))

    best = max(candidates, key=value)
    while best.mem_id != root.mem_id:
        up = outer[best.mem_id]
        extra = size[up] - size[best.mem_id]
        extra_links = links.get(up, 0) - links.get(best.mem_id, 0)
        if extra > 0 and extra_links > 0.3 * extra:
            break
        best = by_id[up]
    return best


def _resolve(
    node: LexborNode, known: int | None, inner: dict[int, list[LexborNode]], nesting: set[int], size: dict[int, int], own: dict[int, int]
) -> int:
    """Fill the visible text length of the container (``size``) and of its text outside nested ones (``own``).

    A container's size is what it holds itself plus its nested containers'
    sizes; when its size is ``known``, its last nested container's size is
    what remains, so the text of a page's body is read once however deeply
    it is wrapped.
    """
    key = node.mem_id
    kids = inner[key]
    own[key] = known if known is not None and not kids else _own_length(node, inner, nesting)
    if kids:
        rest = sum(_resolve(k, None, inner, nesting, size, own) for k in kids[:-1])
        last = None if known is None else known - own[key] - rest
        rest += _resolve(kids[-1], last, inner, nesting, size, own)
        size[key] = own[key] + rest
    else:
        size[key] = own[key]
    return size[key]


def _own_length(node: LexborNode, inner: dict[int, list[LexborNode]], nesting: set[int]) -> int:
    """Visible length of the node's text outside the containers below it."""
    if node.mem_id not in nesting:
        return _visible_length(node.text(deep=True))
    return sum(_own_length(child, inner, nesting) for child in node.iter(include_text=True) if child.mem_id not in inner)


class _Writer:
    """The lines of a node's text: block elements start and end lines, data tables give one line per row.

    ``holding`` names the nodes with block elements inside; any other block
    is read natively in one call.  ``layout`` names the tables with tables
    inside: they lay out a page and are read as text, not rows.
    """

    def __init__(self, holding: set[int], layout: set[int]) -> None:
        self.holding = holding
        self.layout = layout
        self.lines: list[str] = []
        self.cur: list[str] = []

    def node(self, node: LexborNode) -> None:
        tag = node.tag
        if tag == "-text":
            self.cur.append(node.text_content or "")
        elif tag == "table" and node.mem_id not in self.layout and (rows := self._rows(node.css("tr"))) is not None:
            self.flush()
            self.lines.extend(rows)
        elif tag in _BLOCK:
            self.flush()
            if node.mem_id in self.holding:
                self.children(node)
                self.flush()
            else:  # inline content only: one line, read natively
                self.lines.append(node.text(deep=True))
        elif tag and tag[0] != "-":
            self.children(node)

    def children(self, node: LexborNode) -> None:
        lines, cur, holding = self.lines, self.cur, self.holding
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":  # the common cases, without a call
                text = child.text_content or ""
                if cur or not text.isspace() or "\t" in text:  # white space opening a line is tidied away
                    cur.append(text)
            elif tag in _BLOCK and tag != "table" and child.mem_id not in holding:
                if cur:
                    self.flush()
                lines.append(child.text(deep=True))
            else:
                self.node(child)

    def flush(self) -> None:
        """End the line being gathered; one of white space only would be tidied away."""
        cur = self.cur
        if cur:
            line = "".join(cur)
            if not line.isspace():
                self.lines.append(line)
            cur.clear()

    def _cell(self, cell: LexborNode) -> str:
        if cell.mem_id not in self.holding:  # inline content only: read natively, tidied with its row
            return cell.text(deep=True).replace("\t", " ")
        inner = _Writer(self.holding, self.layout)
        inner.children(cell)
        inner.flush()
        return _SPACE.sub(" ", "\n".join(inner.lines)).strip()

    def _rows(self, rows: list[LexborNode]) -> list[str] | None:
        """Rows of cell texts with spans expanded: a spanned cell's text once, blank cells where it reaches.

        None for a table of one column: it lays out text rather than holding data.
        """
        grid: list[dict[int, str]] = []
        reach: dict[int, set[int]] = {}  # row -> columns that cells spanning from rows above reach
        width = most = 0
        count = len(rows)
        for r, tr in enumerate(rows):
            cells: dict[int, str] = {}
            reached = reach.pop(r, ())
            c = 0
            for cell in tr.iter():
                tag = cell.tag
                if tag != "td" and tag != "th":
                    continue
                while c in reached:
                    c += 1
                cells[c] = self._cell(cell)
                attrs = cell.attributes
                if attrs:
                    cols = _span(attrs.get("colspan"))
                    for below in range(r + 1, r + min(_span(attrs.get("rowspan")), count - r)):
                        reach.setdefault(below, set()).update(range(c, c + cols))
                    c += cols
                else:
                    c += 1
            width = max(width, c)
            most = max(most, len(cells))
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


def _tidy(lines: list[str]) -> str:
    """The lines with white space collapsed and trimmed (cell by cell in rows), empty ones left out.

    All lines are collapsed in one pass, joined by NUL: the HTML parser never leaves one in text.
    """
    out = []
    for line in _SPACE_IN_ROW.sub(" ", "\0".join(lines)).split("\0"):
        line = "\t".join(c.strip() for c in line.split("\t")).rstrip("\t") if "\t" in line else line.strip()
        if line:
            out.append(line)
    return "\n".join(out)


def _span(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, min(int(value or "1"), 1000))
    except ValueError:
        return 1
