"""The analysis view of a document: same length as the original, easier to match.

Full-width forms become half-width (NFKC, one character for one), corner
brackets become quotation marks, look-alikes (巿) their common characters,
and traditional characters become simplified, in mainland words for a text
written with Taiwan's (軟體 is 软件).  Because the view keeps every character at its index, a match at
``[i, j)`` in the view is the original text's ``[i, j)``: spans need no
offset map.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache

import ahocorasick

from kg.names import converter, to_simplified


@lru_cache(maxsize=65536)
def _nfkc_char(c: str) -> str:
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 else c


# corner brackets are the quotation marks of Taiwan and Hong Kong (「…」 is “…”, 『…』 is ‘…’)
_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}
# look-alike characters input methods put for common ones: 巿 (fú, a ceremonial apron: no name or word of these
# texts uses it) for 市, as in 高雄巿長
_LOOKALIKES = {"巿": "市"}


def _fold_width(text: str) -> str:
    """Half-width forms, the one set of quotation marks every step knows and common characters for their look-alikes."""
    table = {}
    for c in set(text):
        if ord(c) < 0x80:
            continue
        n = _nfkc_char(c)
        n = _QUOTES.get(n, n)
        n = _LOOKALIKES.get(n, n)
        if n != c:
            table[c] = n
    table["\u3000"] = " "
    table["\xa0"] = " "
    # one str.replace per folded character is several times faster than str.translate on Chinese text;
    # no folded form is folded again, so the order of the replacements does not matter
    for c, n in table.items():
        text = text.replace(c, n)
    return text


# a Latin full stop closing a Chinese sentence (some pages and exports write 。 as .): after a character, closing
# quote, bracket or percentage and before the next sentence or a closing quote, never inside a number, a URL or
# a Latin abbreviation
_LATIN_STOP = re.compile(r"(?<=[\u4e00-\u9fff”’)\]】》%])\.(?=[\s\u4e00-\u9fff“‘”’(\[【《]|$)")
# ...nor the dot of a heading's number (一.)
_NUMBER_HEAD = re.compile(r"\s*(?:第?[一二三四五六七八九十百零〇]+[章节条部分篇]?|[(（][一二三四五六七八九十]+[)）])")


# a paragraph's indentation (ideographic and no-break spaces are spaces once folded)
_INDENT = re.compile(r"(?m)^ +")


def _unindented(text: str) -> str:
    """Indentation read as blank lines: every step sees a paragraph start at a line break, as in unindented text."""
    return _INDENT.sub(lambda m: "\n" * len(m.group()), text)


def _full_stops(text: str) -> str:
    """Sentences closed by a Latin full stop closed by 。 as every step expects; nothing moves."""
    def stop(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        return "." if _NUMBER_HEAD.fullmatch(text, line_start, m.start()) else "。"

    return _LATIN_STOP.sub(stop, text) if "." in text else text


#: sentence ends from which a line is a page written on one line, its line breaks turned to spaces
ONE_LINE_SENTENCES = 10
_SENTENCE_END = re.compile(r"[。!?;]")
# a space between words (…复工复产方面 政策主要…, 图片来源:某某 近期…, …执行。 ——某某): where a line may have ended
_LINE_JOIN = re.compile(r"(?<=[\u4e00-\u9fff”」』)】:。!?;])[ \u3000]+(?=[\u4e00-\u9fff“「『(【•—])")


def _lines_restored(text: str) -> str:
    """Each page written on one line (a scraped page, its breaks turned to spaces) broken again at the spaces
    between its words, so that every step reads its title, paragraphs and headings as on the page (lines broken
    mid-sentence are joined again as any such lines are); nothing moves."""
    out: list[str] = []
    for line in text.split("\n"):
        many = len(_SENTENCE_END.findall(line)) >= ONE_LINE_SENTENCES
        out.append(_LINE_JOIN.sub(lambda m: "\n" + m.group()[1:], line) if many else line)
    return "\n".join(out)


#: share of Han characters that must be traditional for a line to be converted...
TRADITIONAL_SHARE = 0.1
#: ...or for the whole document to be (its short lines, a signature, then follow it)
DOCUMENT_SHARE = 0.05


@lru_cache(maxsize=1)
def _protected_names() -> ahocorasick.Automaton | None:
    """Gazetteer names that script conversion would rewrite (乾安县), keyed by their converted form."""
    from kg.gazetteer import Gazetteer

    auto = ahocorasick.Automaton()
    surfaces = [surface for surface, _ in Gazetteer.default().surfaces()]
    for surface, key in zip(surfaces, _converted(surfaces)):
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


def _converted(lines: list[str]) -> list[str]:
    """:func:`_char_by_char` of each line, from one conversion of all of them (much faster than one call per
    line): OpenCC converts no phrase across a line break, so the lines of the whole are the lines converted."""
    whole = to_simplified("\n".join(lines)).split("\n")
    if len(whole) != len(lines):
        return [_char_by_char(line) for line in lines]
    return [s if len(s) == len(line) else _char_by_char(line) for line, s in zip(lines, whole)]


# OpenCC never converts a phrase across these, so clauses can be converted one by one
_CLAUSE = re.compile(r"[^，。、；：！？,.;:!?\s「」『』“”《》（）()]+")
#: longest clause aligned character by character when a phrase conversion changes its length
ALIGN_MAX = 400


@lru_cache(maxsize=1)
def _cue_words() -> ahocorasick.Automaton:
    """The cue words of the measure categories, of two characters or more, with their lengths."""
    from .categories import cue_words

    auto = ahocorasick.Automaton()
    for w in cue_words():
        if len(w) >= 2:
            auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


def _phrased(line: str, base: str) -> str:
    """``line`` in mainland words (軟體 → 软件, 資訊 → 信息), at the same length as ``base``, its script conversion.

    A clause whose phrases keep their length takes them all; in a clause where
    one does not, a word one character shorter in mainland words is written
    with a space after it (網際網路 → "互联网 "), the rest of another length
    stays as ``base`` has it.  A word whose plain reading is a cue keeps it
    (see :func:`_cues_kept`).
    """
    convert = converter("tw2sp")
    s = convert(line)
    if s == base:
        return s
    if len(s) != len(line):
        out = list(base)
        for m in _CLAUSE.finditer(line):
            i, j = m.span()
            c = convert(m.group())
            if len(c) == j - i:
                out[i:j] = c
            elif j - i <= ALIGN_MAX:
                for a1, a2, b1, b2 in _changes(base[i:j], c):
                    if a2 - a1 == b2 - b1:
                        out[i + a1 : i + a2] = c[b1:b2]
                    elif a2 - a1 == b2 - b1 + 1 and (word := _shorter_word(m.group(), c, a1, a2, b1, convert)):
                        p1, p2, w = word
                        out[i + p1 : i + p2] = w + " "
        s = "".join(out)
    return _cues_kept(line, base, s, convert)


#: the most characters a word reaches past the change that shortens it (云端计算 → 云计算 changes only 端)
WORD_REACH = 3


def _shorter_word(clause: str, c: str, a1: int, a2: int, b1: int, convert: Callable[[str], str]) -> tuple[int, int, str] | None:
    """The word around the change ``clause[a1:a2]`` → one character fewer of ``c`` that converts on
    its own to that shorter word (網際網路 → 互联网, 最佳化 → 优化): its span and mainland form.
    Written with a space after it, the mainland word keeps every later offset where it was."""
    for reach in range(WORD_REACH + 1):
        for p1 in range(max(0, a1 - reach), a1 + 1):
            p2 = p1 + (a2 - a1) + reach
            if p2 > len(clause) or p2 < a2:
                continue
            w = convert(clause[p1:p2])
            q1 = b1 - (a1 - p1)
            if len(w) == p2 - p1 - 1 and c[q1 : q1 + len(w)] == w:
                return p1, p2, w
    return None


#: the most characters around a word looked at for the cues it is part of
CUE_REACH = 8


def _cues_kept(line: str, base: str, phrased: str, convert: Callable[[str], str]) -> str:
    """``phrased`` with the words whose plain reading completes a cue of the measure categories
    and whose mainland word completes none read plainly: 視訊連線 is 视频连线, a cue, not 视频连接."""
    out = list(phrased)
    for i, j in _runs(base, phrased):
        if _plain_cue(out, base, i, j):
            for a, b in _words(line, phrased, i, j, convert):
                if _plain_cue(out, base, a, b):
                    out[a:b] = base[a:b]
    return "".join(out)


def _plain_cue(out: list[str], base: str, a: int, b: int) -> bool:
    """Whether ``out[a:b]`` read as ``base`` has it would complete a cue, and as it is completes none."""
    lo, hi = max(0, a - CUE_REACH), min(len(out), b + CUE_REACH)
    now = "".join(out[lo:hi])
    plain = now[: a - lo] + base[a:b] + now[b - lo :]
    return not _cue_across(now, a - lo, b - lo) and _cue_across(plain, a - lo, b - lo)


def _cue_across(window: str, a: int, b: int) -> bool:
    """Whether a cue word of ``window`` shares a character with ``window[a:b]``."""
    return any(end + 1 - n < b and end + 1 > a for end, n in _cue_words().iter(window))


def _runs(a: str, b: str) -> list[tuple[int, int]]:
    """The maximal stretches where two strings of one length differ."""
    out: list[list[int]] = []
    for i in _where_differ(a, b):
        if out and out[-1][1] == i:
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1])
    return [(i, j) for i, j in out]


def _words(line: str, phrased: str, i: int, j: int, convert: Callable[[str], str]) -> list[tuple[int, int]]:
    """A changed stretch cut where converting the two sides apart gives the same (建立線上 is 建立 and 線上)."""
    out, start = [], i
    for k in range(i + 1, j):
        if convert(line[start:k]) == phrased[start:k] and convert(line[k:j]) == phrased[k:j]:
            out.append((start, k))
            start = k
    return out + [(start, j)]


def _where_differ(a: str, b: str) -> list[int]:
    """The indices at which two strings of one length differ."""
    return [i for i, (x, y) in enumerate(zip(a, b)) if x != y] if a != b else []


#: changes of a phrase conversion closer than this many unchanged characters are one phrase's
PHRASE_GAP = 2


def _changes(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """The changed stretches ``a[a1:a2]`` → ``b[b1:b2]``, near ones merged: a phrase of another length
    (使用者 → 用户) aligns as pieces, which are no conversions on their own."""
    out: list[list[int]] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if out and a1 - out[-1][1] <= PHRASE_GAP:
            out[-1][1], out[-1][3] = a2, b2
        else:
            out.append([a1, a2, b1, b2])
    return [tuple(x) for x in out]


def _differing(a: str, b: str) -> int:
    """About how many characters two conversions of one text disagree on (a line of another length counts once)."""
    pairs = [(a, b)] if len(a) == len(b) else zip(a.split("\n"), b.split("\n"))
    return sum(len(_where_differ(p, q)) if len(p) == len(q) else 1 for p, q in pairs)


#: characters of a traditional document read to tell Taiwan's words from the mainland's
PHRASE_SAMPLE = 6000


def taiwan_words(text: str) -> bool:
    """Written with Taiwan's words (軟體, 資訊, 專案), not only in traditional characters.

    Converting the Taiwan words to mainland ones (tw2sp) changes many places
    of such a text, and converting mainland words to Taiwan's (s2twp) hardly
    any, since the writer used none; a text merely transliterated from the
    mainland shows the reverse.  Both are counted on a sample.
    """
    sample = text[:PHRASE_SAMPLE]
    taiwan = _differing(converter("tw2sp")(sample), converter("tw2s")(sample))
    simplified = converter("tw2s")(sample)
    mainland = _differing(converter("s2twp")(simplified), converter("s2tw")(simplified))
    return taiwan > 2 * mainland


@lru_cache(maxsize=4096)
def _simplified_form(c: str) -> bool:
    """A character of the simplified standard set (GB 2312), such as 乾 and 於, which also spell traditional words."""
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


_HAN = re.compile("[\u4e00-\u9fff]+")


def _han(line: str) -> int:
    return sum(map(len, _HAN.findall(line)))


def _simplify(text: str) -> tuple[str, str]:
    """Script conversion of the lines written in traditional characters only, gazetteer names kept.

    Several characters are simplified and traditional at once (乾 of 乾安县, 於
    of 於潜镇): a simplified line keeps those (the characters of GB 2312) and
    loses only its stray traditional ones (甲乙電子), and a place name of the
    gazetteer keeps its own spelling in either script.  A document in
    traditional script written with Taiwan's words gets the mainland's words
    too, where they have the same length: the first text returned, for
    matching.  The second is the same without the mainland's words, character
    for character: names are written as in it (紓困專案辦公室 is 纾困专案办公室).
    """
    lines = text.split("\n")
    converted = _converted(lines)
    changed = [len(_where_differ(line, s)) for line, s in zip(lines, converted)]
    whole = sum(changed) >= 3 and sum(changed) >= DOCUMENT_SHARE * _han(text)
    words = whole and taiwan_words(text)
    out, written = [], []
    for line, s, n in zip(lines, converted, changed):
        if n and not whole and n < TRADITIONAL_SHARE * _han(line):
            s = "".join(a if a == b or _simplified_form(a) else b for a, b in zip(line, s))
        w = s
        if words:
            s = _phrased(line, s)
        if n and (names := _protected_names()) is not None:  # built on the first line that has something to convert
            s, w = _names_kept(s, names), _names_kept(w, names)
        out.append(s)
        written.append(w)
    return "\n".join(out), "\n".join(written)


def _names_kept(s: str, names: ahocorasick.Automaton) -> str:
    for end, surface in names.iter(s):
        start = end - len(surface) + 1
        s = s[:start] + surface + s[end + 1 :]
    return s


def analysis_views(text: str) -> tuple[str, str]:
    """The analysis view and its character-for-character twin (the same but for Taiwan's words), both of
    exactly ``len(text)`` characters."""
    view, written = _simplify(_lines_restored(_full_stops(_unindented(_fold_width(text)))))
    assert len(view) == len(text) == len(written)
    return view, written


def analysis_view(text: str) -> str:
    """Half-width, simplified text of exactly ``len(text)`` characters."""
    return analysis_views(text)[0]


def _word_pairs(view: str, written: str) -> list[tuple[str, str]]:
    """Each stretch where the views differ, as (mainland word, word as written), the longest first; a
    mainland word the writer also used as such, or one written in two ways, is left out."""
    pairs: dict[str, set[str]] = {}
    i, n = 0, len(view)
    while i < n:
        if view[i] == written[i]:
            i += 1
            continue
        j = i
        while j < n and view[j] != written[j]:
            j += 1
        pairs.setdefault(view[i:j].replace(" ", ""), set()).add(written[i:j])
        i = j
    out = [(w, next(iter(p))) for w, p in pairs.items() if w and len(p) == 1 and w not in written]
    return sorted(out, key=lambda x: -len(x[0]))


def written_names(view: str, written: str) -> Callable[[str], str]:
    """A name found in ``view`` in the words of ``written``: the writer's words converted character for
    character (the answer keys' convention), never rewritten into the mainland's (軟體 stays 软体)."""
    pairs = _word_pairs(view, written) if view != written else []

    def name(s: str) -> str:
        for w, p in pairs:
            if w in s:
                s = s.replace(w, p)
        return s

    return name
