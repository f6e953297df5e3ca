"""Reading source files into one Unicode string, whatever their format or encoding.

Every failure becomes a :class:`ReadError` whose message names the file and
says what is wrong in one line, so that a batch can report it and go on.
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import replace
from pathlib import Path

from .webpage import read_page
from .source import Document
from .unwrap import unwrap

#: files larger than this are refused rather than read into memory
MAX_BYTES = 100 * 1024 * 1024
#: suffixes ``kg extract`` picks up when walking folders
SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a pinyin gloss (企业(yè)): reading aids, not text; searched from its bracket, which is rare
_PINYIN_GLOSS = re.compile(f"[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")


def without_pinyin(text: str) -> str:
    """The text without the pinyin glosses some pages print after characters, which would split names."""
    pieces, pos = [], 0
    for m in _PINYIN_GLOSS.finditer(text):
        if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            pieces.append(text[pos : m.start()])
            pos = m.end()
    return "".join(pieces) + text[pos:] if pieces else text


class ReadError(Exception):
    """A file that cannot be turned into text; the message is one line naming the file."""


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Bytes to text: UTF-8 (with or without BOM), then GB18030, Big5, then a detector.

    GB18030 is a superset of GBK and GB2312.  Big5 is tried before the
    detector because short Big5 texts often also decode as GB18030 garbage,
    so GB18030 only wins when Big5 fails or when it yields mostly common
    simplified characters.
    """
    if not data.strip():
        raise ReadError(f"{name}: file is empty")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig")):
        if data.startswith(bom):
            return _strict_or_replaced(data, codec, name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict_or_replaced(data, "utf-16", name)
    if b"\x00" in data[:8192]:
        return _utf16_without_bom(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # UTF-8 cut mid-character, or UTF-8 and GBK lines pasted together
        text = _by_line(data, name)
        if text is not None:
            return text
    candidates = []
    # UTF-16 without a BOM: CJK text has no NUL bytes, so only its commonness tells it from GB18030
    for enc in ("gb18030", "big5", *(("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not enc.startswith("utf-16") or _commonness(text) >= 0.3:
            candidates.append((enc, text))
    if candidates:
        return max(candidates, key=lambda c: _commonness(c[1]))[1]
    return _detect(data, name)


def _mostly_utf8(data: bytes) -> bool:
    """Whether at least half of the lines with non-ASCII bytes are valid UTF-8 on their own."""
    high = ok = 0
    for line in data.split(b"\n"):
        if max(line, default=0) >= 0x80:
            high += 1
            try:
                line.decode("utf-8")
                ok += 1
            except UnicodeDecodeError:
                pass
    return ok * 2 >= high


def _utf16_without_bom(data: bytes, name: str) -> str:
    """Text with NUL bytes is UTF-16 when one byte order reads as printable text; otherwise binary."""
    if len(data) % 2 == 0:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            sample = text[:4096]
            printable = sum(c.isprintable() or c in "\n\r\t" for c in sample) >= 0.98 * len(sample)
            if printable and (sum(c < "\x80" for c in sample) * 2 >= len(sample) or _commonness(sample) >= 0.3):
                return text
    raise ReadError(f"{name}: binary file (NUL bytes), not text")


def _strict_or_replaced(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        warnings.warn(f"{name}: invalid {codec} at byte {exc.start}; undecodable bytes replaced", stacklevel=3)
        return data.decode(codec, errors="replace")


def _by_line(data: bytes, name: str) -> str | None:
    """Text whose lines mix UTF-8 and GB18030 (pasted together), or that was cut mid-character.

    Each line is decoded on its own; a line neither encoding reads is decoded
    with replacement characters and reported.  None when most lines fail:
    then the bytes are probably not text in these encodings.
    """
    out, bad = [], []
    lines = data.split(b"\n")
    for number, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError as exc:
            cut = exc.reason == "unexpected end of data"  # a character cut at the end
        if not cut:
            try:
                out.append(line.decode("gb18030"))
                continue
            except UnicodeDecodeError:
                pass
        bad.append(number)
        out.append(line.decode("utf-8", errors="replace"))
    if len(bad) * 2 > len(lines):
        return None
    if bad:
        warnings.warn(f"{name}: line {bad[0]}: undecodable bytes replaced ({len(bad)} lines)", stacklevel=3)
    return "\n".join(out)


# The most frequent characters of Chinese running text (simplified and traditional
# forms of function words); a wrong legacy decoding rarely produces them.
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龍國們這個來時會為說對後產與長開經發過還進當實現點從業種")


def _commonness(text: str) -> float:
    sample = [c for c in text[:20000] if ord(c) > 0x2E7F]
    if not sample:
        return 0.0
    return sum(c in _COMMON for c in sample) / len(sample)


def _detect(data: bytes, name: str) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        raise ReadError(f"{name}: not UTF-8, GB18030 or Big5 text") from None
    best = from_bytes(data).best()
    text = str(best) if best is not None else ""
    high = sum(b >= 0x80 for b in data[:4096])
    # a Chinese document in a legacy encoding decodes to CJK; high bytes that do not are not text
    if not text or high * 3 > min(len(data), 4096) and not any("\u4e00" <= c <= "\u9fff" for c in text[:4096]):
        raise ReadError(f"{name}: undecodable bytes; not text in a known encoding")
    if sum(not c.isprintable() and c not in "\n\r\t" for c in text[:4096]) > 8:
        raise ReadError(f"{name}: binary file, not text")
    return text


def _docx(path: Path) -> Document:
    try:
        import docx  # noqa: F401
    except ImportError:
        raise ReadError(f"{path}: reading .docx needs python-docx (pip install 'kg-policy[docx]')") from None
    from .wordfile import WordError, read_docx

    try:
        word = read_docx(path)
    except WordError as exc:
        raise ReadError(f"{path}: {exc}") from None
    return word


def _pdf(path: Path) -> Document:
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        raise ReadError(f"{path}: reading .pdf needs pdfplumber (pip install 'kg-policy[pdf]')") from None
    from .pdffile import PdfError, read_pdf

    try:
        return read_pdf(path)
    except PdfError as exc:
        raise ReadError(f"{path}: {exc}") from None


def read_text(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """The text of one source file, or :class:`ReadError` with a one-line reason."""
    return read_document(path, max_bytes).text


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """The text and metadata of one source file, or :class:`ReadError` with a one-line reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError(f"{p}: no such file") from None
    except OSError as exc:
        raise ReadError(f"{p}: {exc.strerror or exc}") from None
    if p.is_dir():
        raise ReadError(f"{p}: is a folder, not a file")
    if size > max_bytes:
        raise ReadError(f"{p}: file is {size / 1e6:.0f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    if size == 0:
        raise ReadError(f"{p}: file is empty")
    suffix = p.suffix.lower()
    if suffix == ".docx":
        doc = _docx(p)
    elif suffix == ".pdf":
        doc = _pdf(p)
    else:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ReadError(f"{p}: {exc.strerror or exc}") from None
        text = decode(data, str(p))
        if suffix in (".html", ".htm"):
            page = read_page(text)
            if not page.text.strip():
                raise ReadError(f"{p}: HTML page has no visible text (only scripts, styles or markup)")
            doc = page
        else:
            doc = Document(text)
    if not doc.text.strip():
        raise ReadError(f"{p}: no text found")
    # pages and Word files are written a paragraph a block; plain text and PDF lines may be a layout's (joined
    # first, so that a gloss cut by the layout is seen whole)
    text = doc.text if suffix in (".html", ".htm", ".docx") else unwrap(doc.text)
    return replace(doc, text=without_pinyin(text))
