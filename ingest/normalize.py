"""The analysis view of a document: same length as the original, easier to match.

Full-width forms become half-width (NFKC, one character for one) and
traditional characters become simplified.  Because the view keeps every
character at its index, a match at ``[i, j)`` in the view is the original
text's ``[i, j)``: spans need no offset map.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import ahocorasick

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


#: share of Han characters that must be traditional for a line to be converted...
TRADITIONAL_SHARE = 0.1
#: ...or for the whole document to be (its short lines, a signature, then follow it)
DOCUMENT_SHARE = 0.05


@lru_cache(maxsize=1)
def _protected_names() -> ahocorasick.Automaton | None:
    """Gazetteer names that script conversion would rewrite (乾安县), keyed by their converted form."""
    from kg.gazetteer import Gazetteer

    auto = ahocorasick.Automaton()
    for surface, _ in Gazetteer.default().surfaces():
        key = _char_by_char(surface)
        if len(surface) >= 2 and key != surface:
            auto.add_word(key, surface)
    if not len(auto):
        return None
    auto.make_automaton()
    return auto


def _char_by_char(line: str) -> str:
    s = to_simplified(line)
    if len(s) != len(line):
        s = "".join(c if len(t := to_simplified(c)) != 1 else t for c in line)
    return s


def _simplify(text: str) -> str:
    """Script conversion of the lines written in traditional characters only, gazetteer names kept.

    Several characters are simplified and traditional at once (乾 of 乾安县, 於
    of 於潜镇): a simplified line with one of them is left as it is, and a
    place name of the gazetteer keeps its own spelling in either script.
    """
    names = _protected_names()
    lines = text.split("\n")
    converted = [_char_by_char(line) for line in lines]
    changed = [sum(a != b for a, b in zip(line, s)) for line, s in zip(lines, converted)]
    han = [sum("\u4e00" <= c <= "\u9fff" for c in line) for line in lines]
    whole = sum(changed) >= max(3, DOCUMENT_SHARE * sum(han))
    out = []
    for line, s, n, h in zip(lines, converted, changed, han):
        if n and not whole and n < TRADITIONAL_SHARE * h:
            s = line
        if n and names is not None:
            for end, surface in names.iter(s):
                start = end - len(surface) + 1
                s = s[:start] + surface + s[end + 1 :]
        out.append(s)
    return "\n".join(out)


def analysis_view(text: str) -> str:
    """Half-width, simplified text of exactly ``len(text)`` characters."""
    view = _simplify(_fold_width(text))
    assert len(view) == len(text)
    return view
