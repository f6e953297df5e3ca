"""Plain-text tables: rows of cells, headers, √ marks and continued rows.

Policy comparisons are often pasted as tab- or space-separated rows: one or
more header rows (a cell spanning two columns leaves the next cell blank and
a second header row names the sub-columns), data rows that mark measures
with √, rows whose blank first cell continues the row above (a province,
then its cities), and the header repeated after a page break.  This module
only sees cell texts; :mod:`ingest.structure` finds the rows in a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARKS = frozenset("√✓✔☑●")
_SENTENCE = re.compile(r"[。,;:]")
#: longest cell text that can still be a header label
LABEL_MAX = 24

_SPACES = re.compile(r" {2,}|\u3000+")


def split_cells(line: str, in_table: bool = False) -> list[tuple[int, int]] | None:
    """Cell spans of a table row, or None when the line is running text.

    Tabs separate cells (a leading tab is a blank first cell); a line needs
    two filled cells to start a table, one inside a table.  Without tabs,
    runs of two or more spaces separate cells when they make at least three.
    """
    if "\t" in line:
        spans, pos = [], 0
        for part in line.split("\t"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        if sum(1 for s, e in spans if line[s:e].strip()) >= (1 if in_table else 2):
            return [_trim(line, s, e) for s, e in spans]
        return None
    if "  " not in line and "\u3000" not in line:
        return None  # no run of spaces to separate cells: the common line of running text
    body = line.strip(" \u3000")
    if not body or _SENTENCE.search(body) and len(body) > 60:
        return None
    lead = len(line) - len(line.lstrip(" \u3000"))
    spans, pos = [], lead
    for m in _SPACES.finditer(line, lead):
        if m.start() >= len(line.rstrip(" \u3000")):
            break
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(line.rstrip(" \u3000"))))
    return spans if len(spans) >= 3 else None


def _trim(line: str, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s].isspace():
        s += 1
    while e > s and line[e - 1].isspace():
        e -= 1
    return (s, e)


def is_mark(cell: str) -> bool:
    return cell.strip() in MARKS


def _is_label_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and not any(is_mark(c) for c in cells) and all(
        len(c) <= LABEL_MAX and not _SENTENCE.search(c) for c in filled
    )


@dataclass
class Table:
    """Header labels per column and the data rows, each with carried-over key cells."""

    columns: list[str] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)


@dataclass(frozen=True)
class TableRow:
    """One data row: its line number in the block, its cells and the key cells it inherits."""

    line: int
    cells: tuple[str, ...]
    keys: tuple[str, ...]

    def marked(self) -> tuple[int, ...]:
        """Indexes of the columns marked with √."""
        return tuple(i for i, c in enumerate(self.cells) if is_mark(c))


def merge_headers(rows: list[list[str]]) -> list[str]:
    """One label per column from stacked header rows.

    A blank cell in an upper row under which a lower row has a label belongs
    to the spanning label on its left.
    """
    width = max(len(r) for r in rows)
    grid = [r + [""] * (width - len(r)) for r in rows]
    labels = [""] * width
    for depth, row in enumerate(grid):
        below = grid[depth + 1 :]
        left = ""
        for j, cell in enumerate(row):
            cell = cell.strip()
            if cell:
                left = cell
            elif left and any(b[j].strip() for b in below):
                cell = left
            labels[j] = (labels[j] + " " + cell).strip() if cell else labels[j]
    return labels


def key_columns(columns: list[str], rows: list[list[str]]) -> int:
    """How many leading columns name the row (never marked, short): place columns in practice."""
    n = 0
    for j in range(len(columns)):
        values = [r[j] for r in rows if j < len(r) and r[j].strip()]
        if any(is_mark(v) for v in values) or any(len(v) > 12 for v in values):
            break
        n += 1
    return max(1, min(n, 2))


def parse_table(lines: list[list[str]]) -> Table:
    """The table of a block of rows; a header that repeats after a page break is skipped."""
    header: list[list[str]] = []
    data: list[tuple[int, list[str]]] = []
    for i, cells in enumerate(lines):
        label = _is_label_row(cells) and (not header or not cells[0].strip() or _repeats(header, cells))
        if not label or (data and not (header and _repeats(header, cells))):
            data.append((i, cells))
        elif not data:
            header.append(cells)
    return _finish(merge_headers(header) if header else [], data)


def _repeats(header: list[list[str]], cells: list[str]) -> bool:
    first = [c.strip() for c in header[0] if c.strip()]
    now = [c.strip() for c in cells if c.strip()]
    return bool(first and now) and first[0] == now[0] and len(set(first) & set(now)) * 2 >= len(first)


def _finish(columns: list[str], data: list[tuple[int, list[str]]]) -> Table:
    nkeys = key_columns(columns, [c for _, c in data])
    rows: list[TableRow] = []
    carried = [""] * nkeys
    for i, cells in data:
        keys = []
        for j in range(nkeys):
            value = cells[j].strip() if j < len(cells) else ""
            if value:
                carried[j] = value
                carried[j + 1 :] = [""] * (nkeys - j - 1)
            keys.append(value or (carried[j] if j == 0 else ""))
        rows.append(TableRow(i, tuple(c.strip() for c in cells), tuple(keys)))
    return Table(columns, rows)
