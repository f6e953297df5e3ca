"""A small PDF writer for tests: Chinese text placed at given points, ruling lines, document information.

The text uses a CID font with Identity-H encoding and a ToUnicode map, the
way word processors write Chinese PDFs, so readers extract it as they would
from a real file.  The font program is not embedded: readers take character
widths from the font dictionary and never need the glyphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: width of a character in thousandths of the font size: CJK full width, the rest half width
_HALF = 500
_FULL = 1000


def _utf16(text: str) -> str:
    """A PDF text string: UTF-16BE with a byte-order mark, as hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def width(text: str, size: float) -> float:
    """Width of ``text`` in points at font ``size``."""
    return sum(_HALF if ord(c) < 0x2E80 else _FULL for c in text) * size / 1000


@dataclass
class Page:
    """One A4 page: text runs and lines, in points from the bottom left."""

    texts: list[tuple[float, float, float, str]] = field(default_factory=list)
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)

    def text(self, x: float, y: float, value: str, size: float = 12) -> None:
        self.texts.append((x, y, size, value))

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.lines.append((x1, y1, x2, y2))

    def grid(self, left: float, top: float, widths: list[float], rows: list[list[str]], height: float = 24, size: float = 12) -> float:
        """A table with ruling lines around every cell; returns the y of its bottom edge."""
        right = left + sum(widths)
        bottom = top - height * len(rows)
        for r in range(len(rows) + 1):
            self.line(left, top - r * height, right, top - r * height)
        x = left
        for w in [0.0, *widths]:
            x += w
            self.line(x, top, x, bottom)
        for r, row in enumerate(rows):
            x = left
            for w, value in zip(widths, row):
                if value:
                    self.text(x + 4, top - (r + 1) * height + 7, value, size)
                x += w
        return bottom

    def content(self) -> bytes:
        ops = ["0.5 w"]
        ops += [f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S" for x1, y1, x2, y2 in self.lines]
        for x, y, size, value in self.texts:
            codes = "".join(f"{ord(c):04X}" for c in value)
            ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{codes}> Tj ET")
        return "\n".join(ops).encode("ascii")


def _to_unicode(chars: set[str]) -> bytes:
    """The CMap from character codes (the code points themselves) to Unicode."""
    entries = sorted(ord(c) for c in chars)
    body = []
    for i in range(0, len(entries), 100):
        chunk = entries[i : i + 100]
        body.append(f"{len(chunk)} beginbfchar")
        body += [f"<{c:04X}> <{c:04X}>" for c in chunk]
        body.append("endbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(body)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def write_pdf(path: Path, pages: list[Page], info: dict[str, str] | None = None) -> None:
    """Write ``pages`` as a PDF file with the document information ``info`` (Title, Author, CreationDate ...)."""
    chars = {c for page in pages for _, _, _, value in page.texts for c in value}
    if any(ord(c) > 0xFFFF for c in chars):
        raise ValueError("only characters of the Basic Multilingual Plane")
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"

    catalog = add(b"")  # filled in once the page tree's number is known
    cmap = add(stream(_to_unicode(chars)))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] "
        b"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>"
    )
    widths = " ".join(f"{c} [{_HALF if c < 0x2E80 else _FULL}]" for c in sorted(ord(ch) for ch in chars))
    cid = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /DW {_FULL} /W [{widths}] >>".encode()
    )
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        f"/DescendantFonts [{cid} 0 R] /ToUnicode {cmap} 0 R >>".encode()
    )
    tree = len(objects) + 1 + 2 * len(pages)
    kids = []
    for page in pages:
        contents = add(stream(page.content()))
        kids.append(
            add(
                f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R >>".encode()
            )
        )
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()) == tree
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    trailer = ""
    if info:
        number = add(("<< " + " ".join(f"/{k} {_utf16(v)}" for k, v in info.items()) + " >>").encode())
        trailer = f" /Info {number} 0 R"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
