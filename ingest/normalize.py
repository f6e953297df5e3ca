"""The analysis view of a document: same length as the original, easier to match.

Full-width forms become half-width (NFKC, one character for one) and
traditional characters become simplified.  Because the view keeps every
character at its index, a match at ``[i, j)`` in the view is the original
text's ``[i, j)``: spans need no offset map.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from kg.names import to_simplified


@lru_cache(maxsize=65536)
def _nfkc_char(c: str) -> str:
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 else c


def _fold_width(text: str) -> str:
    table = {}
    for c in set(text):
        if ord(c) < 0x80:
            continue
        n = _nfkc_char(c)
        if n != c:
            table[ord(c)] = n
    table[0x3000] = " "
    table[0xA0] = " "
    return text.translate(table)


def _simplify(text: str) -> str:
    """Script conversion line by line; a line whose length changes is converted character by character."""
    out = []
    for line in text.split("\n"):
        s = to_simplified(line)
        if len(s) != len(line):
            s = "".join(c if len(t := to_simplified(c)) != 1 else t for c in line)
        out.append(s)
    return "\n".join(out)


def analysis_view(text: str) -> str:
    """Half-width, simplified text of exactly ``len(text)`` characters."""
    view = _simplify(_fold_width(text))
    assert len(view) == len(text)
    return view
