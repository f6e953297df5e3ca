"""Word (.docx) files: paragraphs and tables in the order written, and the core properties.

A table row keeps its place between the headings around it, so that the row's
measures are attributed to the right section.  Tables become the tab-separated
row model of :mod:`ingest.tables`: a merged cell's text once, blank cells
where it reaches.  A .docx is a zip of XML; declared sizes are checked before
anything is inflated, and XML with entity declarations is refused, so a
crafted file fails fast with one error instead of exhausting memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from .source import Document

#: the most a .docx may inflate to, all parts together
MAX_UNZIPPED = 256 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class WordError(Exception):
    """A .docx that cannot be read; the message says why, without the file name."""


def _check_archive(path: Path, limit: int) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            total = sum(i.file_size for i in infos)
            if total > limit:
                raise WordError(f"unzips to {total / 1e6:.0f} MB, over the {limit / 1e6:.0f} MB limit (zip bomb?)")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise WordError(f"{info.filename} declares XML entities, refused")
    except zipfile.BadZipFile:
        raise WordError("not a readable .docx file (not a zip archive)") from None


def read_docx(path: Path, limit: int = MAX_UNZIPPED) -> Document:
    """Text and core properties of a .docx file."""
    import docx

    _check_archive(path, limit)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for broken files
        raise WordError(f"not a readable .docx file ({type(exc).__name__})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            lines.extend(_table_rows(block))
        else:
            lines.append(block.text)
    props = document.core_properties
    date = props.created or props.modified
    return Document(
        "\n".join(lines),
        title=(props.title or "").strip() or None,
        date=date.date().isoformat() if date else None,
        publisher=(props.author or "").strip() or None,
    )


def _table_rows(table: Any) -> list[str]:
    """Rows with each merged cell's text once: horizontal and vertical continuations are blank."""
    out = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        for tc in tr.tc_lst:
            merge = tc.tcPr.vMerge_val if tc.tcPr is not None else None
            text = "" if merge == "continue" else " ".join(
                "".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iter(f"{_W}p")
            ).strip()
            cells.append(text.replace("\t", " "))
            cells.extend([""] * (tc.grid_span - 1))
        if any(cells):
            out.append("\t".join(cells).rstrip("\t"))
    return out
