"""Regular expressions searched only in text that holds one of the words every match must hold.

Python's ``re`` tries an alternation whose branches do not all start with a
plain character (``^希望|…|[?？]$``, ``[一-鿿]{1,6}率…``) at every position
of the text; most sentences hold none of the words such a pattern needs, and
one scan for those words (an alternation of plain words, which ``re`` skips
through by their first characters) answers for them at a fraction of the cost.
The words are read off the pattern itself, so a pattern and its gate never
disagree: :func:`gated` finds, for each branch, a word that every match of the
branch holds (a run of plain characters, or the few characters a class
allows), and gates nothing when some branch has none.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Callable, Iterator

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: most characters of a class taken as alternative words (a wider class says too little to gate on)
CLASS_MAX = 8
_Words = frozenset[str]


def needed_words(pattern: re.Pattern[str]) -> _Words | None:
    """Words one of which every match of ``pattern`` holds, or None when no such set is known."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    return _sequence(list(_p.parse(pattern.pattern, pattern.flags)))


def _sequence(items: list[tuple[Any, Any]]) -> _Words | None:
    """The best word set of a sequence: any one item's set will do, and runs of plain characters are words."""
    options: list[_Words] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(("".join(run),)))
            run = []
        found = _item(op, av)
        if found:
            options.append(found)
    if run:
        options.append(frozenset(("".join(run),)))
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _item(op: Any, av: Any) -> _Words | None:
    """The word set of one parsed item that is not a plain character."""
    if op is _c.IN:
        chars = [chr(v) for o, v in av if o is _c.LITERAL]
        return frozenset(chars) if len(chars) == len(av) and 0 < len(chars) <= CLASS_MAX else None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _sequence(list(sub))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is _c.ASSERT and av[0] == 1:
        # a lookahead's text lies inside the text searched (a lookbehind's may lie before ``pos``)
        return _sequence(list(av[1]))
    return None


class Gated:
    """A compiled pattern whose searches first look for the words every match holds (when known), and run with
    a check of the characters a match may open with (when the pattern does not give ``re`` one of its own).

    ``search``, ``finditer``, ``findall``, ``sub``, ``subn``, ``match`` and ``fullmatch`` give what the pattern
    gives; ``match`` and ``fullmatch`` (anchored at one position, where a scan of the rest of the text would cost
    more than it saves) skip the words, and every other attribute (``pattern``, ``groups``…) is the pattern's own.
    """

    __slots__ = ("_compiled", "_fast", "_words")

    def __init__(self, pattern: re.Pattern[str], words: _Words | None):
        self._compiled = pattern
        # (``_fast``, the pattern checked by its first characters, is compiled when first used: start-up stays short)
        # longest first, so that a word is never hidden by a shorter one it starts with (irrelevant to the
        # answer, which only asks whether one is there, but it keeps the scan's alternation stable)
        self._words = re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))) if words else None

    def __getattr__(self, name: str) -> Any:
        if name == "_fast":
            self._fast = with_first_characters(self._compiled) or self._compiled
            return self._fast
        return getattr(self._compiled, name)

    def _for(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        """The pattern to run over ``text[pos:endpos]``, None where it cannot match."""
        return None if self._words is not None and self._words.search(text, pos, endpos) is None else self._fast

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        p = self._for(text, pos, endpos)
        return None if p is None else p.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        p = self._for(text, pos, endpos)
        return iter(()) if p is None else p.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        p = self._for(text, pos, endpos)
        return [] if p is None else p.findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        p = self._for(text)
        return text if p is None else p.sub(repl, text, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> tuple[str, int]:
        p = self._for(text)
        return (text, 0) if p is None else p.subn(repl, text, count)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._fast.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._fast.fullmatch(text, pos, endpos)


def gated(pattern: str, flags: int = 0) -> Gated | re.Pattern[str]:
    """``re.compile(pattern, flags)``, gated by the words its matches need (when known) and checked by the
    characters they open with (see :func:`with_first_characters`)."""
    compiled = re.compile(pattern, flags)
    words = needed_words(compiled)
    return Gated(compiled, words) if words else first_checked(pattern, flags)


class FirstChecked:
    """A compiled pattern whose scans and matches run behind a check of the characters its matches may open with
    (:func:`with_first_characters`); each is the checked pattern's own method, called without a step of Python
    between, and every other attribute (``pattern``, ``groups``…) is the pattern's own."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn")
    __slots__ = ("_compiled", "_first") + _METHODS

    def __init__(self, pattern: re.Pattern[str], first: str):
        self._compiled = pattern
        self._first = first  # the class of first characters; the checked pattern is compiled when first used

    def __getattr__(self, name: str) -> Any:
        if name in self._METHODS:
            checked = _behind(self._first, self._compiled)
            for method in self._METHODS:
                setattr(self, method, getattr(checked, method))
        return getattr(self._compiled, name) if name not in self._METHODS else getattr(self, name)


def first_checked(pattern: str, flags: int = 0) -> FirstChecked | re.Pattern[str]:
    """``re.compile(pattern, flags)``, checked by the characters its matches may open with when that helps."""
    compiled = re.compile(pattern, flags)
    first = first_characters(compiled)
    return FirstChecked(compiled, first) if first is not None else compiled


class Switched(Gated):
    """A gated alternation whose branches opening with a class over the ideographs (``[一-鿿]{1,6}率…``, tried
    at every character of a text) are switched off in a text lacking their words.

    A branch that cannot match anywhere in the text changes nothing where it is left out: it is written as
    ``(?!)`` and empty groups (the other groups keep their numbers), and the rest of the alternation is
    checked by its first characters.  The variants, one per set of switched words present, are compiled
    once, when first used; at most :data:`SWITCHES_MAX` word sets are switched, so they stay few."""

    __slots__ = ("_switches", "_sources", "_variants")

    def __init__(self, pattern: re.Pattern[str], words: _Words, switches: list[re.Pattern[str]], sources: list[str]):
        super().__init__(pattern, words)
        self._switches = switches
        self._sources = sources
        self._variants: dict[int, re.Pattern[str]] = {}  # compiled when first used

    def _for(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        if self._words is not None and self._words.search(text, pos, endpos) is None:
            return None
        on = 0
        for bit, switch in enumerate(self._switches):
            if switch.search(text, pos, endpos) is not None:
                on |= 1 << bit
        if on not in self._variants:
            variant = re.compile(self._sources[on], self._compiled.flags)
            self._variants[on] = with_first_characters(variant) or variant
        return self._variants[on]


#: the most word sets of one alternation's wide branches switched apart (2 ** SWITCHES_MAX variants)
SWITCHES_MAX = 2


def switched(pattern: str, flags: int = 0) -> Gated | re.Pattern[str]:
    """:func:`gated`, and a :class:`Switched` alternation where some of its branches open with a class over the
    ideographs and need words the others do not."""
    compiled = re.compile(pattern, flags)
    words = needed_words(compiled)
    plain = gated(pattern, flags)
    branches = top_branches(pattern)
    if not words or len(branches) < 2 or flags & (re.IGNORECASE | re.VERBOSE):
        return plain
    try:
        parsed = [list(_p.parse(b, flags)) for b in branches]
        needs = [needed_words(re.compile(b, flags)) if _first_sequence(items) is None else None for b, items in zip(branches, parsed)]
    except re.error:  # (a branch referring to another's group is no pattern alone)
        return plain
    sets = list(dict.fromkeys(w for w in needs if w))
    if not sets or len(sets) > SWITCHES_MAX or any(_first_sequence(items) is None and not w for items, w in zip(parsed, needs)):
        return plain
    sources = ["|".join(b if not w or on >> sets.index(w) & 1 else _switched_off(b, flags) for b, w in zip(branches, needs)) for on in range(1 << len(sets))]
    off = re.compile(sources[0], flags)  # (every switch off: the groups must still be the pattern's)
    if off.groups != compiled.groups or off.groupindex != compiled.groupindex:
        return plain
    switches = [re.compile("|".join(map(re.escape, sorted(w, key=lambda x: (-len(x), x))))) for w in sets]
    return Switched(compiled, words, switches, sources)


def _switched_off(branch: str, flags: int) -> str:
    """A branch that never matches, with the groups (and their names) of ``branch``."""
    alone = re.compile(branch, flags)
    names = {i: n for n, i in alone.groupindex.items()}
    return "(?!)" + "".join(f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, alone.groups + 1))


def top_branches(source: str) -> list[str]:
    """``source`` cut at its top-level ``|`` (none inside a group or a class, nor an escaped one)."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # a ] right after [ or [^ is a plain character of the class
            i += source.startswith("^", i + 1)
            i += source.startswith("]", i + 1)
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and not depth:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return out + [source[start:]]

#: the widest range of characters a first-character check lists (a class over all ideographs checks nothing)
RANGE_MAX = 64


def with_first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` behind a check of the characters its matches may open with (``(?=[…])``), or None where
    :func:`first_characters` finds no check to make."""
    first = first_characters(pattern)
    return None if first is None else _behind(first, pattern)


def _behind(first: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind the lookahead ``(?=first)``: its matches, found only where one may open."""
    return re.compile(f"(?={first})(?:{pattern.pattern})", pattern.flags)


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """The class of the characters the matches of ``pattern`` may open with (``[来走在]``), or None where ``re``
    checks them itself (the pattern opens with a character, a class or words) or any character may open one.

    ``re`` skips through a text by a pattern's first characters only when it opens with them plainly; one
    opening with a group, an optional word or a lookbehind (``(已|累计)?(复工|复产)``, ``(?<!记者)(来到|…)``)
    is tried in full at every position.  Behind a check of this class a match still opens where it did, so
    the matches are the same."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    items = list(_p.parse(pattern.pattern, pattern.flags))
    if _checked_by_re(items):
        return None
    first = _first_sequence(items)
    if first is None or first[1] or not first[0]:
        return None
    # (inline flags must open a pattern, so one opening with them takes no check before it)
    return None if _INLINE_FLAGS.match(pattern.pattern) else f"[{''.join(dict.fromkeys(first[0]))}]"


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _checked_by_re(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``re`` finds the first characters of the pattern itself: it opens with a character, a class (also
    repeated: ``\\d{3,6}``), or words each opening with a character."""
    if not items:
        return False
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    if op is _c.BRANCH:
        return all(alt and alt[0][0] is _c.LITERAL for alt in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return av[0] >= 1 and bool(av[2]) and av[2][0][0] in (_c.LITERAL, _c.IN)
    return op is _c.SUBPATTERN and not av[1] and not av[2] and _checked_by_re(list(av[3]))


_First = tuple[list[str], bool]


def _first_sequence(items: list[tuple[Any, Any]]) -> _First | None:
    """The class items (as pattern text) one of which opens every match of a sequence, and whether the sequence
    may match nothing; None when any character may open one."""
    out: list[str] = []
    for op, av in items:
        if op is _c.ASSERT_NOT and not av[1]:
            return out, False  # (?!): nothing after it matches
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # (zero width: the characters after it open the match)
        found = _first_item(op, av)
        if found is None:
            return None
        out += found[0]
        if not found[1]:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> _First | None:
    """:func:`_first_sequence` of one parsed item."""
    if op is _c.LITERAL:
        return [re.escape(chr(av))], False
    if op is _c.IN:
        chars = [_class_item(o, v) for o, v in av]
        return None if None in chars else ([c for c in chars if c], False)
    if op is _c.SUBPATTERN:
        return None if av[1] or av[2] else _first_sequence(list(av[3]))
    if op is _c.BRANCH:
        out: list[str] = []
        empty = False
        for alt in av[1]:
            found = _first_sequence(list(alt))
            if found is None:
                return None
            out += found[0]
            empty = empty or found[1]
        return out, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        found = _first_sequence(list(av[2]))
        return None if found is None else (found[0], found[1] or av[0] == 0)
    return None


def _class_item(op: Any, av: Any) -> str | None:
    """One item of a class as pattern text, or None for a negated or wide class."""
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE and av[1] - av[0] <= RANGE_MAX:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _c.CATEGORY and av in (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE):
        return r"\d" if av is _c.CATEGORY_DIGIT else r"\s"
    return None


#: a run of Chinese characters, the most a pattern of :class:`HanRuns` matches in one piece
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


class HanRuns:
    """A pattern every match of which lies inside one run of Chinese characters (``[一-鿿]{2,8}?处``),
    searched only in the runs holding a word every match holds.

    Such a pattern opening with a class is tried at each character of a whole document, though few runs
    hold its word; a run is a stretch no match crosses, so its matches are the pattern's in that stretch
    (a lookahead at its end sees no character where the text has one that is not Chinese, which no
    lookahead of such a pattern asks for)."""

    __slots__ = ("_compiled", "_words")

    def __init__(self, pattern: str):
        self._compiled = re.compile(pattern)
        words = needed_words(self._compiled)
        if not words:
            raise ValueError(f"no word every match of {pattern!r} holds")
        self._words = re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``."""
        for run in _HAN_RUN.finditer(text):
            s, e = run.span()
            if self._words.search(text, s, e):
                yield from self._compiled.finditer(text, s, e)
