"""PDF files: text lines in reading order, tables as rows, and the document information.

A PDF has no paragraphs or tables, only characters placed on a page, so
pdfplumber (layout analysis over pdfminer) finds them:

* a table drawn with ruling lines is found from its lines and read cell by cell;
* a table of aligned columns without lines is found from the text itself: a
  run of two lines or more, each with phrases parted by wide gaps, whose
  phrases start at shared column positions;

both become the tab-separated row model of :mod:`ingest.tables` (a merged
cell's text once, blank cells where it reaches), placed among the page's
lines where the table stands.  A cell's text wrapped over several lines is
joined without the line break (with a space only between Latin letters).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .source import Document

#: a gap between two characters wider than this share of the font size parts two phrases
_GAP = 0.9
#: phrases of different lines start in one column when their starts are this close, in font sizes
_ALIGN = 0.6
_WRAP = re.compile(r"(?<=[A-Za-z0-9,.;:])\n(?=[A-Za-z0-9])")
#: a line of a page: its top, its phrases (start x, text), its text, its font size
_Line = tuple[float, list[tuple[float, str]], str, float]


class PdfError(Exception):
    """A PDF that cannot be read; the message says why, without the file name."""


def read_pdf(path: Path) -> Document:
    """The text (lines, tables as rows) and the title, date and author of a PDF file."""
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            lines: list[str] = []
            for page in pdf.pages:
                lines += _page_lines(page)
            title, date, author = _info(pdf.metadata)
    except Exception as exc:  # pdfminer and pdfplumber raise many parser-specific types
        raise PdfError(f"not a readable PDF ({type(exc).__name__})") from None
    return Document("\n".join(lines) + ("\n" if lines else ""), title, date, author)


def _page_lines(page: Any) -> list[str]:
    """One page's lines top to bottom, ruled tables read from their cells, aligned columns parted by tabs."""
    tables = [t for t in page.find_tables() if _is_grid(t)]
    boxes = [t.bbox for t in tables]
    placed: list[tuple[float, list[str]]] = [(t.bbox[1], _ruled_rows(t)) for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    text = page.filter(lambda obj: obj.get("object_type") != "char" or outside(obj)) if boxes else page
    run: list[_Line] = []
    for line in text.extract_text_lines(strip=True, return_chars=True):
        phrases = _phrases(line["chars"])
        if len(phrases) >= 2:
            run.append((line["top"], phrases, line["text"], max(c["size"] for c in line["chars"])))
            continue
        placed += _flush_run(run)
        placed.append((line["top"], [line["text"]]))
    placed += _flush_run(run)
    placed.sort(key=lambda item: item[0])
    return [ln for _, block in placed for ln in block if ln.strip()]


def _is_grid(table: Any) -> bool:
    """Two rows or more and two columns or more: a frame drawn around a page or a box around a paragraph is not a table."""
    rows = table.rows
    return len(rows) >= 2 and any(sum(c is not None for c in row.cells) >= 2 for row in rows)


def _ruled_rows(table: Any) -> list[str]:
    rows = []
    for row in table.extract():
        cells = [_cell(c) for c in row]
        if any(cells):
            rows.append("\t".join(cells).rstrip("\t"))
    return rows


def _cell(value: str | None) -> str:
    """A cell's text on one line: wrapped Chinese joined as written, wrapped Latin words parted by a space."""
    if not value:
        return ""
    return _WRAP.sub(" ", value).replace("\n", "").replace("\t", " ").strip()


def _phrases(chars: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """The line's runs of characters (start x, text) parted by gaps wider than a character."""
    out: list[tuple[float, str]] = []
    start, text, end = 0.0, [], None
    for ch in chars:
        if ch["text"].isspace():
            continue
        if end is not None and ch["x0"] - end > _GAP * ch["size"]:
            out.append((start, "".join(text)))
            text = []
        if not text:
            start = ch["x0"]
        text.append(ch["text"])
        end = ch["x1"]
    if text:
        out.append((start, "".join(text)))
    return out


def _flush_run(run: list[_Line]) -> list[tuple[float, list[str]]]:
    """A run of lines with several phrases: one table when their phrases share columns, else the lines as they are."""
    lines = list(run)
    run.clear()
    if not lines:
        return []
    columns = _columns(lines)
    if len(lines) < 2 or columns is None:
        return [(top, [text]) for top, _, text, _ in lines]
    rows = []
    for _, phrases, _, _ in lines:
        cells = [""] * len(columns)
        for x, value in phrases:
            cells[min(range(len(columns)), key=lambda i: abs(columns[i] - x))] = value
        rows.append("\t".join(cells).rstrip("\t"))
    return [(lines[0][0], rows)]


def _columns(lines: list[_Line]) -> list[float] | None:
    """The column starts shared by the lines' phrases, or None when some phrase starts in no shared column."""
    size = max(line[3] for line in lines)
    starts = sorted(x for _, phrases, _, _ in lines for x, _ in phrases)
    columns: list[list[float]] = []
    for x in starts:
        if columns and x - columns[-1][-1] <= _ALIGN * size:
            columns[-1].append(x)
        else:
            columns.append([x])
    shared = [c for c in columns if len(c) >= 2]  # a column holds phrases of two lines or more
    if len(shared) < 2 or len(shared) != len(columns):
        return None
    return [c[0] for c in shared]


def _info(meta: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """Title, date (YYYY-MM-DD) and author from the PDF's document information."""

    def field(key: str) -> str | None:
        value = meta.get(key)
        return value.strip() or None if isinstance(value, str) else None

    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", field("CreationDate") or "")
    date = f"{m[1]}-{m[2]}-{m[3]}" if m else None
    return field("Title"), date, field("Author")
