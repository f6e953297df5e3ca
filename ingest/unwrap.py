"""Plain text laid out in lines of a fixed width (pdftotext, e-mail, print copies) joined back into paragraphs.

Every step that finds names and cues reads along a line, so a name or cue
cut by a layout break (某某经济\\n开发区) is lost.  A text counts as laid
out when many of its long lines stop mid-sentence at about the same width;
then each such line is joined to the next (Chinese and numbers without a
break, Latin words with a space).  Text written a paragraph a line, as web pages are, is
returned as it is, so the offsets of what is found stay those of the file.
"""

from __future__ import annotations

import unicodedata

from .documents import TITLE_LINE_END
from .structure import CREDIT, HEADING, META

#: a line shorter than this (in half-width columns) is never taken for a laid-out one
WRAP_MIN = 36
#: lines that stop mid-sentence a text needs at least, and their least share of its long lines, to count as laid out
BROKEN_MIN = 3
BROKEN_SHARE = 0.3
#: least share of the text's width a laid-out line fills (a punctuation mark not allowed to open a line moves the
#: last characters down; a run of digits takes fewer columns in a layout by characters)
FILLED = 0.85
# what ends a sentence at the end of a line, full-width and half-width, also before a closing mark (…。”)
_SENTENCE_END = set("。！？；!?;…")
_CLOSING = set("”’」』)）】]")


def _columns(line: str) -> int:
    """Display width: two columns for a wide (CJK) character, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _stops_mid_sentence(line: str, nxt: str) -> bool:
    """A line not closing a sentence nor a caption, followed by a line that is neither blank, a heading, page furniture nor a table row."""
    body = line.rstrip()
    while body and body[-1] in _CLOSING and len(body) > 1 and body[-2] in _SENTENCE_END | _CLOSING:
        body = body[:-1]
    if not body or body[-1] in _SENTENCE_END or TITLE_LINE_END.search(body) and body.count("《") <= body.count("》"):
        return False  # (a line holding a whole title, as a table of contents writes them, ends there too)
    nxt = unicodedata.normalize("NFKC", nxt.strip())
    return (
        "\t" not in line + nxt
        and bool(nxt)
        and CREDIT.search(body) is None  # a photo's caption ends with its credit
        and HEADING.match(nxt) is None
        and META.match(nxt) is None
    )


def _letter(c: str) -> bool:
    """A Latin letter: words cut by the layout are parted by a space when joined, numbers are not."""
    return c.isascii() and c.isalpha()


def _full(sizes: list[int], broken: list[int]) -> set[int]:
    """The broken lines whose size is near the text's width (the size most lines stopping mid-sentence reach)."""
    width = sorted(sizes[i] for i in broken)[len(broken) * 3 // 4]
    return {i for i in broken if sizes[i] >= (width if i == 0 else FILLED * width)}  # a title shorter than a line ends there


def unwrap(text: str) -> str:
    """The text with the breaks of a fixed-width layout removed, or ``text`` itself when it is not laid out so."""
    lines = [line.strip() for line in text.split("\n")]
    # lines of WRAP_MIN columns have at least half as many characters: the width is reckoned for few lines of a text
    # written a paragraph a line, which has almost no line stopping mid-sentence
    maybe = [i for i in range(len(lines) - 1) if len(lines[i]) >= WRAP_MIN // 2 and _stops_mid_sentence(lines[i], lines[i + 1])]
    if len(maybe) < BROKEN_MIN:
        return text
    columns = [_columns(line) if len(line) >= WRAP_MIN // 2 else 0 for line in lines]
    broken = [i for i in maybe if columns[i] >= WRAP_MIN]
    if len(broken) < BROKEN_MIN or len(broken) < BROKEN_SHARE * sum(c >= WRAP_MIN for c in columns):
        return text
    # a layout by position fills each line's columns, one by characters its characters (digits take half a column)
    joins = _full(columns, broken) | _full([len(line) for line in lines], broken)
    if len(joins) < BROKEN_MIN:
        return text
    out = [text.split("\n")[0]]
    for i, line in enumerate(text.split("\n")[1:], 1):
        if i - 1 in joins:
            head, tail = out[-1].rstrip(), line.lstrip()
            out[-1] = head + (" " if _letter(head[-1]) and _letter(tail[0]) else "") + tail
        else:
            out.append(line)
    return "\n".join(out)
