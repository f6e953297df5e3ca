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

import ahocorasick

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


class _Gate:
    """What the gated patterns share: ``search``, ``finditer``, ``findall``, ``sub`` and ``subn`` give what the
    pattern gives, run with the pattern :meth:`_for` picks for the text (None: no match there); ``match`` and
    ``fullmatch`` (anchored at one position, where a scan of the rest of the text would cost more than it saves)
    and every other attribute are the pattern's own."""

    __slots__ = ("_compiled",)

    def __init__(self, pattern: re.Pattern[str]):
        self._compiled = pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)

    def _for(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        raise NotImplementedError

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


class Gated(_Gate):
    """A compiled pattern whose searches first look for the words every match holds."""

    __slots__ = ("_words",)

    def __init__(self, pattern: re.Pattern[str], words: _Words):
        super().__init__(pattern)
        # longest first, so that a word is never hidden by a shorter one it starts with (irrelevant to the
        # answer, which only asks whether one is there, but it keeps the scan's alternation stable)
        self._words = re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))

    def _for(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        return None if self._words.search(text, pos, endpos) is None else self._compiled


class BranchGated(_Gate):
    """A top-level alternation searched with only the branches whose words the text holds.

    One common word (企业) opens a plain gate for every branch, and a branch opening with a class
    (``[一-鿿]{1,6}率``) is then tried at every position of the text although the word it needs (率) is not
    there.  A branch that cannot match anywhere in the text changes nothing where it is left out, so each
    branch whose words the text lacks is switched off (``(?!)`` before it: the groups keep their numbers);
    one automaton pass finds the words, and each set of branches switched on is compiled once.
    """

    __slots__ = ("_branches", "_always", "_automaton", "_variants")

    def __init__(self, pattern: re.Pattern[str], branches: list[str], words: list[_Words | None]):
        super().__init__(pattern)
        self._branches = branches
        # the branches no word gates are always on
        self._always = sum(1 << i for i, w in enumerate(words) if not w)
        opened: dict[str, int] = {}
        for i, found in enumerate(words):
            for word in found or ():
                opened[word] = opened.get(word, 0) | 1 << i
        self._automaton = ahocorasick.Automaton()
        for word, bits in opened.items():
            self._automaton.add_word(word, bits)
        self._automaton.make_automaton()
        self._variants: dict[int, re.Pattern[str] | None] = {}

    def _for(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        on = self._always
        for _end, bits in self._automaton.iter(text, pos, min(endpos, len(text))):
            on |= bits
        if on not in self._variants:
            self._variants[on] = self._variant(on)
        return self._variants[on]

    def _variant(self, on: int) -> re.Pattern[str] | None:
        """The pattern with the branches not in ``on`` switched off (None when none is on)."""
        if not on:
            return None
        if on == (1 << len(self._branches)) - 1:
            return self._compiled
        source = "|".join(b if on >> i & 1 else "(?!)" + b for i, b in enumerate(self._branches))
        return re.compile(source, self._compiled.flags)


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


def gated(pattern: str, flags: int = 0, by_branch: bool = False) -> _Gate | re.Pattern[str]:
    """``re.compile(pattern, flags)``, gated by the words its matches need when they are known; ``by_branch``: each
    top-level branch by its own words (:class:`BranchGated`), for a pattern whose branches need different words
    and some cost a try at every position."""
    compiled = re.compile(pattern, flags)
    branches = top_branches(pattern) if by_branch and not flags & (re.IGNORECASE | re.VERBOSE) else []
    if len(branches) > 1 and (words := _branch_words(compiled, branches)) is not None and any(words):
        return BranchGated(compiled, branches, words)
    words = needed_words(compiled)
    return Gated(compiled, words) if words else compiled


def _branch_words(compiled: re.Pattern[str], branches: list[str]) -> list[_Words | None] | None:
    """Each branch's needed words, or None when a branch is no pattern of its own (a reference to another
    branch's group) or switching branches off would renumber the groups."""
    try:
        words = [needed_words(re.compile(b, compiled.flags)) for b in branches]
        off = re.compile("|".join("(?!)" + b for b in branches), compiled.flags)
    except re.error:
        return None
    return words if off.groups == compiled.groups and off.groupindex == compiled.groupindex else None
